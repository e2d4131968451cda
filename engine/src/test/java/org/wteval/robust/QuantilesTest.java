package org.wteval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuantilesTest {

    @Test
    @DisplayName("type-7 P5 and P95 of five values in any order, interpolated between order statistics")
    void type7ByHand() {
        // sorted 1, 2, 3, 4, 5; n = 5: h = 4 · 0.05 = 0.2 → 1 + 0.2 (2 − 1) = 1.2; h = 4 · 0.95 = 3.8 → 4 + 0.8 (5 − 4) = 4.8
        double[] a = {9, 9, 5, 1, 4, 2, 3, 9};
        double[] q = new double[2];
        Quantiles.type7(a, 2, 7, new double[] {0.05, 0.95}, q);
        assertEquals(1.2, q[0], 1e-15);
        assertEquals(4.8, q[1], 1e-15);
        // the values outside [2, 7) are left alone
        assertEquals(9, a[0]);
        assertEquals(9, a[7]);
    }

    @Test
    @DisplayName("ties and a quantile falling exactly on an order statistic")
    void tiesAndExactOrderStatistic() {
        // sorted 2, 2, 2, 7, 7; h = 4 · 0.5 = 2 → x_2 = 2; h = 4 · 0.75 = 3 → x_3 = 7; h = 4 · 0.625 = 2.5 → 2 + 0.5 · 5 = 4.5
        double[] q = new double[3];
        Quantiles.type7(new double[] {7, 2, 7, 2, 2}, 0, 5, new double[] {0.5, 0.625, 0.75}, q);
        assertEquals(2, q[0], 0);
        assertEquals(4.5, q[1], 0);
        assertEquals(7, q[2], 0);
    }

    @Test
    @DisplayName("one value is every quantile")
    void singleValue() {
        double[] q = new double[2];
        Quantiles.type7(new double[] {3.5}, 0, 1, new double[] {0.05, 0.95}, q);
        assertEquals(3.5, q[0], 0);
        assertEquals(3.5, q[1], 0);
    }
}
