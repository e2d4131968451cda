package org.wteval.calc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The first-order-decay kernel of CDM TOOL04 against numbers worked by hand. */
class LandfillMethaneTest {

    private static final double FOOD_DOC = 0.15;
    private static final double FOOD_K = 0.40;
    private static final double PAPER_DOC = 0.40;
    private static final double PAPER_K = 0.07;

    /**
     * The worked example: 1,000 t of food waste deposited in year 1 and nothing after, decaying over 10 years.
     * Parameters: DOC 0.15, k 0.40 (tropical wet, food), MCF 1.0, F 0.5, DOC_f 0.5, OX 0, φ 1, f 0, GWP 25.
     *
     * <pre>
     * factor = φ·(1−f)·GWP·(1−OX)·16/12·F·DOC_f·MCF = 1 × 1 × 25 × 1 × 1.33333 × 0.5 × 0.5 × 1 = 8.33333 tCO2e/t DOC
     * DOC deposited = 1,000 t × 0.15 = 150 t
     * BE_1 = 8.33333 × 150 × (1 − e^−0.4) = 1,250 × 0.329680 = 412.0999 tCO2e
     * BE_y = BE_1 × e^(−0.4·(y−1)), e^−0.4 = 0.670320:
     *   y:    1         2         3         4         5        6        7        8        9        10
     *   BE: 412.0999  276.2389  185.1684  124.1221  83.2015  55.7717  37.3849  25.0598  16.7981  11.2601
     * Σ_{y=1..10} BE_y = 1,250 × Σ e^(−0.4(y−1))·(1 − e^−0.4) = 1,250 × (1 − e^−4) = 1,250 × 0.981684 = 1,227.1055
     * </pre>
     */
    @Test
    void aSingleDepositDecaysOverTenYears() {
        double factor = LandfillMethane.factor(1, 0, 25, 0, 0.5, 0.5, 1.0);
        assertEquals(25.0 / 3, factor, 1e-12);
        double[] be = LandfillMethane.series(factor, new double[] {FOOD_DOC}, new double[] {FOOD_K},
                new double[][] {{1000}}, 10);
        double[] byHand = {412.0999, 276.2389, 185.1684, 124.1221, 83.2015, 55.7717, 37.3849, 25.0598, 16.7981,
            11.2601};
        assertArrayEquals(byHand, be, 1e-4);
        double total = 0;
        for (double v : be) {
            total += v;
        }
        assertEquals(1250 * (1 - Math.exp(-4)), total, 1e-9);
        assertEquals(1227.1055, total, 1e-4);
    }

    /**
     * Two types deposited over two years, decay followed into year 3 (when nothing more is deposited).
     * Food (DOC 0.15, k 0.40): 100 t in year 1, 300 t in year 2. Paper (DOC 0.40, k 0.07): 200 t, then 50 t.
     * With 1 − e^−0.4 = 0.329680 and 1 − e^−0.07 = 0.067606:
     *
     * <pre>
     * y = 1: food 100 × 0.15 × 0.329680 = 4.94520;  paper 200 × 0.40 × 0.067606 = 5.40849;  sum 10.35369
     * y = 2: food (100·e^−0.4 + 300) × 0.15 × 0.329680 = 367.032 × 0.049452 = 18.15046
     *        paper (200·e^−0.07 + 50) × 0.40 × 0.067606 = 236.479 × 0.027042 = 6.39497;  sum 24.54543
     * y = 3: food (100·e^−0.8 + 300·e^−0.4) × 0.049452 = 246.028 × 0.049452 = 12.16662
     *        paper (200·e^−0.14 + 50·e^−0.07) × 0.027042 = 220.491 × 0.027042 = 5.96263;  sum 18.12925
     * </pre>
     */
    @Test
    void theDoubleSumRunsOverTypesAndDepositYears() {
        double[] doc = {FOOD_DOC, PAPER_DOC};
        double[] k = {FOOD_K, PAPER_K};
        double[][] tonnes = {{100, 300}, {200, 50}};
        assertEquals(10.35369, LandfillMethane.decayingDoc(doc, k, tonnes, 1), 1e-5);
        assertEquals(24.54543, LandfillMethane.decayingDoc(doc, k, tonnes, 2), 1e-5);
        assertEquals(18.12925, LandfillMethane.decayingDoc(doc, k, tonnes, 3), 1e-5);
        // The series is the factor times the same sums: here GWP 25 and the rest 1 or 0.5 as above.
        double[] be = LandfillMethane.series(25.0 / 3, doc, k, tonnes, 3);
        assertArrayEquals(new double[] {10.35369 * 25 / 3, 24.54543 * 25 / 3, 18.12925 * 25 / 3}, be, 1e-3);
    }

    @Test
    void eachFactorScalesTheResult() {
        // φ 0.85, f 0.2, GWP 21, OX 0.1, F 0.5, DOC_f 0.5, MCF 0.8:
        // 0.85 × 0.8 × 21 × 0.9 × 16/12 × 0.5 × 0.5 × 0.8 = 3.4272
        assertEquals(3.4272, LandfillMethane.factor(0.85, 0.2, 21, 0.1, 0.5, 0.5, 0.8), 1e-12);
    }

    @Test
    void typesMustLineUp() {
        assertThrows(IllegalArgumentException.class, () -> LandfillMethane.decayingDoc(new double[] {0.15},
                new double[] {0.4, 0.07}, new double[][] {{1}}, 1));
    }
}
