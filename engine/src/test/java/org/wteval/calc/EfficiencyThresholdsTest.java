package org.wteval.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EfficiencyThresholdsTest {

    /** MOEJ points: 15.5% at 200 t/d, 21% at 600 t/d, 25% at 1,800 t/d. */
    private static double at(double tpd) {
        return EfficiencyThresholds.japanese(tpd, 200, 0.155, 600, 0.21, 1800, 0.25);
    }

    @Test
    void publishedPointsHoldAndAreFlatOutside() {
        assertEquals(0.155, at(100), 1e-15);
        assertEquals(0.155, at(200), 1e-15);
        assertEquals(0.21, at(600), 1e-15);
        assertEquals(0.25, at(1800), 1e-15);
        assertEquals(0.25, at(3000), 1e-15);
    }

    @Test
    void linearBetweenThePoints() {
        assertEquals(0.155 + 0.055 * 200 / 400, at(400), 1e-15); // 18.25% at 400 t/d
        assertEquals(0.21 + 0.04 * 600 / 1200, at(1200), 1e-15); // 23% at 1,200 t/d
    }
}
