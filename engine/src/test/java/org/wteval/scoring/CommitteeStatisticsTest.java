package org.wteval.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Median, MAD, the outlier rule and Kendall's W, each against values worked by hand in the comments. */
class CommitteeStatisticsTest {

    private static final double EPS = 1e-12;

    @Test
    @DisplayName("MAD and outliers: one evaluator far from three who agree is flagged, and only that one")
    void madOutlierOfFourMarks() {
        double[] x = {8, 8, 2, 7.5};
        // sorted 2, 7.5, 8, 8: median (7.5 + 8) / 2 = 7.75
        assertEquals(7.75, CommitteeStatistics.median(x), EPS);
        // |x − 7.75| = 0.25, 0.25, 5.75, 0.25; sorted 0.25, 0.25, 0.25, 5.75: MAD 0.25
        assertEquals(0.25, CommitteeStatistics.mad(x), EPS);
        // threshold 2.5 × 1.4826 × 0.25 = 0.926625; only 5.75 exceeds it
        assertEquals(0.926625, CommitteeStatistics.outlierThreshold(x, 2.5), EPS);
        boolean[] flagged = CommitteeStatistics.outliers(x, 2.5);
        assertArrayEquals(new boolean[] {false, false, true, false}, flagged);
        // mean without the outlier (8 + 8 + 7.5) / 3 = 7.8333…; the plain mean 25.5 / 4 = 6.375
        assertEquals(23.5 / 3, CommitteeStatistics.meanWithout(x, flagged), EPS);
        assertEquals(6.375, CommitteeStatistics.meanWithout(x, new boolean[4]), EPS);
    }

    @Test
    @DisplayName("MAD and outliers: three marks, odd count")
    void madOutlierOfThreeMarks() {
        double[] x = {7, 8, 2};
        // median 7; |x − 7| = 0, 1, 5: MAD 1; threshold 2.5 × 1.4826 = 3.7065; 5 > 3.7065
        assertEquals(7, CommitteeStatistics.median(x), EPS);
        assertEquals(1, CommitteeStatistics.mad(x), EPS);
        assertEquals(3.7065, CommitteeStatistics.outlierThreshold(x, 2.5), EPS);
        assertArrayEquals(new boolean[] {false, false, true}, CommitteeStatistics.outliers(x, 2.5));
        // with k = 5 the threshold is 7.413 and nothing is flagged
        assertArrayEquals(new boolean[] {false, false, false}, CommitteeStatistics.outliers(x, 5));
    }

    @Test
    @DisplayName("a MAD of 0 gives the rule no scale: nothing is flagged")
    void zeroMadFlagsNothing() {
        double[] x = {6, 5, 6};
        // median 6; |x − 6| = 0, 1, 0: MAD 0
        assertEquals(0, CommitteeStatistics.mad(x), EPS);
        assertArrayEquals(new boolean[] {false, false, false}, CommitteeStatistics.outliers(x, 2.5));
    }

    @Test
    @DisplayName("mid-ranks and the tie sum Σ (t³ − t)")
    void midRanksAndTies() {
        double[] x = {6, 6, 8, 3};
        // ascending: 3 → 1; the two 6s share ranks 2 and 3 → 2.5 each; 8 → 4
        assertArrayEquals(new double[] {2.5, 2.5, 4, 1}, CommitteeStatistics.midRanks(x), EPS);
        // one tie group of t = 2: 2³ − 2 = 6
        assertEquals(6, CommitteeStatistics.tieSum(x), EPS);
        assertEquals(0, CommitteeStatistics.tieSum(new double[] {1, 2, 3}), EPS);
    }

    /**
     * Three evaluators rank four bids (A, B, C, D), two of them with a tie.
     * <pre>
     *   scores   A  B  C  D      mid-ranks (ascending)    ties T = Σ(t³ − t)
     *   E1       8  6  6  3      4    2.5  2.5  1          B,C tied: 8 − 2 = 6
     *   E2       7  7  5  4      3.5  3.5  2    1          A,B tied: 6
     *   E3       9  5  6  2      4    2    3    1          none: 0
     *   rank sums R              11.5 8    7.5  3          Σ R = 30 = m n (n + 1) / 2
     * </pre>
     * Mean rank sum m (n + 1) / 2 = 3 × 5 / 2 = 7.5; S = 4² + 0.5² + 0² + (−4.5)² = 16 + 0.25 + 0 + 20.25 = 36.5.
     * W = 12 S / (m²(n³ − n) − m Σ T) = 12 × 36.5 / (9 × 60 − 3 × 12) = 438 / 504 = 73 / 84 = 0.869047…
     * χ² = m (n − 1) W = 3 × 3 × 73 / 84 = 657 / 84 = 7.821428…, on 3 degrees of freedom.
     * For 3 degrees of freedom P(χ² ≥ x) = erfc(√(x/2)) + √(2x/π) e^(−x/2) = 0.0498500645895…, just under the
     * 5% critical value 7.815 being exceeded.
     */
    @Test
    @DisplayName("Kendall's W with ties, its χ² and p-value, for 3 evaluators × 4 bids")
    void kendallWWithTies() {
        double[][] scores = {{8, 6, 6, 3}, {7, 7, 5, 4}, {9, 5, 6, 2}};
        CommitteeStatistics.Concordance c = CommitteeStatistics.kendallW(scores);
        assertEquals(3, c.m());
        assertEquals(4, c.n());
        assertEquals(36.5, c.s(), EPS);
        assertEquals(12, c.tieSum(), EPS);
        assertEquals(73.0 / 84, c.w(), EPS);
        assertEquals(657.0 / 84, c.chiSquare(), EPS);
        assertEquals(3, c.degreesOfFreedom());
        assertEquals(0.04985006458957009, c.pValue(), 1e-9);
    }

    @Test
    @DisplayName("Kendall's W is 1 when every evaluator ranks alike and undefined when all tie everything")
    void kendallWExtremes() {
        // two raters, same order of two items: R = 4, 2; mean 3; S = 2; W = 12 × 2 / (4 × 6) = 1;
        // χ² = 2 × 1 × 1 = 2 on 1 df; P(χ²(1) ≥ 2) = erfc(1) = 0.157299207…
        CommitteeStatistics.Concordance c = CommitteeStatistics.kendallW(new double[][] {{70, 46}, {74, 52}});
        assertEquals(1, c.w(), EPS);
        assertEquals(2, c.chiSquare(), EPS);
        assertEquals(0.15729920705028513, c.pValue(), 1e-9);
        CommitteeStatistics.Concordance tied = CommitteeStatistics.kendallW(new double[][] {{5, 5}, {7, 7}});
        assertTrue(Double.isNaN(tied.w()));
    }
}
