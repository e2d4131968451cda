package org.wteval.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The chart axis and the page's number format, against values worked out by hand. */
class AxisAndNumTest {

    @Test
    @DisplayName("0..97 in about 5 ticks: raw step 19.4, rounded up to 2 × 10 = 20, axis 0..100")
    void roundStep() {
        Axis a = new Axis(0, 97, 5, 0, 100);
        assertEquals(20, a.step, 1e-12);
        assertEquals(0, a.min, 0);
        assertEquals(100, a.max, 1e-12);   // ceil(97 / 20) × 20
        assertEquals(List.of(0.0, 20.0, 40.0, 60.0, 80.0, 100.0), a.ticks());
        assertEquals(50, a.at(50), 1e-12); // 0 + (50 − 0) / (100 − 0) × (100 − 0)
        assertEquals(0, a.at(-5), 0);      // clamped to the axis
        assertEquals("20", a.label(20));
    }

    @Test
    @DisplayName("-0.3..0.72 in about 4 ticks onto pixels 200..0: step 5 × 0.1 = 0.5, axis -0.5..1, zero at 133.3")
    void negativeRangeOntoAnInvertedPixelScale() {
        Axis a = new Axis(-0.3, 0.72, 4, 200, 0);
        assertEquals(0.5, a.step, 1e-12);  // raw 1.02 / 4 = 0.255 = 2.55 × 0.1, so 5 × 0.1
        assertEquals(-0.5, a.min, 1e-12);  // floor(−0.3 / 0.5) × 0.5
        assertEquals(1.0, a.max, 1e-12);   // ceil(0.72 / 0.5) × 0.5
        assertEquals(200 + (0 + 0.5) / 1.5 * (0 - 200), a.at(0), 1e-9);
        assertEquals("-0.5", a.label(-0.5)); // one decimal for a step of 0.5
        assertEquals(4, a.ticks().size());
    }

    @Test
    @DisplayName("numbers: half-even rounding of the exact binary value, no -0, infinities and NaN as signs")
    void numbers() {
        assertEquals("76.38", Num.fixed(76.3756, 2));
        assertEquals("2", Num.fixed(2.5, 0));        // half to even
        assertEquals("0.12", Num.fixed(0.125, 2));   // 0.125 is exact in binary: half to even
        assertEquals("0.0", Num.fixed(-0.04, 1));    // rounds to zero: no minus sign
        assertEquals("–", Num.fixed(Double.NaN, 1));
        assertEquals("−∞", Num.fixed(Double.NEGATIVE_INFINITY, 1));
        assertEquals("1,234,568", Num.grouped(1_234_567.5)); // half to even
        assertEquals("0", Num.grouped(-0.4));
        assertEquals("92.9%", Num.percent(0.929, 1));
        assertEquals("133.3", Num.px(133.333));
    }
}
