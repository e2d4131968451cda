package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Limits published at another oxygen content are restated at the 11% O2 that bids guarantee at. */
class OxygenCorrectionTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void aLimitAtElevenPercentIsUnchanged() {
        assertEquals(10.0, OxygenCorrection.toBidBasis(10.0, 11.0), TOLERANCE);
    }

    @Test
    void aLimitAtLessOxygenIsStricterAtElevenPercent() {
        // 100 mg/Nm3 at 7% O2 is 100 x (21 - 11) / (21 - 7) at 11% O2.
        assertEquals(100.0 * 10 / 14, OxygenCorrection.toBidBasis(100.0, 7.0), TOLERANCE);
    }

    @Test
    void aLimitAtMoreOxygenIsLooserAtElevenPercent() {
        // 30 mg/Nm3 at 15% O2 (gas turbines) is 30 x 10 / 6 = 50 mg/Nm3 at 11% O2.
        assertEquals(50.0, OxygenCorrection.toBidBasis(30.0, 15.0), TOLERANCE);
    }
}
