package org.wteval.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SmallestWeightChangeTest {

    private static final int CASES = 200;
    /** The grid's step in each of the first two weights; the third is 1 minus their sum. */
    private static final int GRID = 200;
    private static final double TOLERANCE = 1e-9;

    @Test
    @DisplayName("three bids: B needs 2/35 of the weight moved from efficiency to stability, C cannot win")
    void byHand() {
        // w0 = (0.4, 0.3, 0.3), every weight within [0.1, 0.6]. A = 36 + 18 + 15 = 69, B = 20 + 27 + 18 = 65,
        // C = 12 + 12 + 18 = 42.
        double[][] scores = {{90, 60, 50}, {50, 90, 60}, {30, 40, 60}};
        double[] w0 = {0.4, 0.3, 0.3};
        double[] min = {0.1, 0.1, 0.1};
        double[] max = {0.6, 0.6, 0.6};
        SmallestWeightChange.Change[] out = SmallestWeightChange.of(scores, w0, min, max);

        // A already wins at w0.
        assertTrue(out[0].feasible());
        assertEquals(0, out[0].distance(), TOLERANCE);
        assertArrayEquals(w0, out[0].weights(), TOLERANCE);

        // B − A = w·(−40, 30, 10), −4 at w0. With Σ Δ_c = 0, moving δ costs 2δ of distance and gains at most
        // (30 − (−40))·δ = 70δ, from efficiency to stability; 70δ = 4 gives δ = 2/35, distance 4/35, w = (12/35,
        // 5/14, 0.3), inside the bounds. B − C = w·(20, 50, 0) > 0 throughout.
        assertTrue(out[1].feasible());
        assertEquals(4.0 / 35, out[1].distance(), TOLERANCE);
        assertArrayEquals(new double[] {12.0 / 35, 5.0 / 14, 0.3}, out[1].weights(), TOLERANCE);

        // C − A = w·(−60, −20, 10) = 10 − 70 w_e − 30 w_s with w_l = 1 − w_e − w_s ≤ 0.6, so w_e + w_s ≥ 0.4 and at
        // best w_e = 0.1, w_s = 0.3: 10 − 7 − 9 = −6 < 0. C cannot win within the bounds.
        assertFalse(out[2].feasible());
        assertTrue(Double.isNaN(out[2].distance()));
        assertEquals(0, out[2].weights().length);
    }

    @Test
    @DisplayName("a committee's share: B must gain σ·(K_A − K_B) on the weighted criteria, worked out by hand")
    void withACommitteeShare() {
        // σ = 0.5, K = (60, 40). U = 0.5·Σ w·a + 0.5·K: A = 0.5·(0.5·80 + 0.5·40) + 30 = 60, B = 0.5·(0.5·40 + 0.5·
        // 100) + 20 = 55. B − A = 0.5·w·(−40, 60) − 10 ≥ 0 needs w·(−40, 60) ≥ 20: −40 w_0 + 60 (1 − w_0) = 60 − 100 w_0
        // ≥ 20, w_0 ≤ 0.4, so δ = 0.1 moves to criterion 1 and the distance is 0.2.
        SmallestWeightChange.Change[] out = SmallestWeightChange.of(new double[][] {{80, 40}, {40, 100}},
                new double[] {0.5, 0.5}, new double[] {0, 0}, new double[] {1, 1}, 0.5, new double[] {60, 40});
        assertEquals(0.2, out[1].distance(), TOLERANCE);
        assertArrayEquals(new double[] {0.4, 0.6}, out[1].weights(), TOLERANCE);
    }

    /**
     * For random tenders of 3 to 8 bids and random bounds, the bounded weight simplex is scanned on a grid of step
     * 1/200 in the first two weights. No grid point within the bounds that puts bid i first (U_i ≥ U_j for all j)
     * may be closer to w0 than the programme's answer; where the programme finds none, no grid point puts i first
     * with any margin; and the programme's weights lie within the bounds, sum to 1, are at the distance it reports
     * and put i first up to a tie.
     */
    @Test
    @DisplayName("property: 200 random tenders against a grid scan of the bounded weight simplex")
    void agreesWithAGridScan() {
        Random random = new Random(20261202);
        int moved = 0;
        int impossible = 0;
        for (int t = 0; t < CASES; t++) {
            int bids = 3 + random.nextInt(6);
            double[][] scores = new double[bids][3];
            for (double[] row : scores) {
                for (int c = 0; c < 3; c++) {
                    row[c] = 100 * random.nextDouble();
                }
            }
            double[] min = new double[3];
            double[] max = new double[3];
            for (int c = 0; c < 3; c++) {
                min[c] = 0.05 + 0.2 * random.nextDouble();
                max[c] = 0.45 + 0.25 * random.nextDouble();
            }
            double[] w0 = within(random, min, max);
            SmallestWeightChange.Change[] out = SmallestWeightChange.of(scores, w0, min, max);
            for (int i = 0; i < bids; i++) {
                String where = "case " + t + ", bid " + i;
                SmallestWeightChange.Change ch = out[i];
                double nearest = Double.POSITIVE_INFINITY;
                boolean clearlyFirstSomewhere = false;
                for (int e = 0; e <= GRID; e++) {
                    for (int s = 0; e + s <= GRID; s++) {
                        double[] w = {(double) e / GRID, (double) s / GRID, (double) (GRID - e - s) / GRID};
                        if (!inBounds(w, min, max, 0)) {
                            continue;
                        }
                        double margin = margin(scores, i, w);
                        if (margin >= 0) {
                            nearest = Math.min(nearest, distance(w, w0));
                        }
                        clearlyFirstSomewhere |= margin > TOLERANCE;
                    }
                }
                if (!ch.feasible()) {
                    impossible++;
                    assertFalse(clearlyFirstSomewhere, where + " is first at some grid point");
                    continue;
                }
                double[] w = ch.weights();
                assertTrue(inBounds(w, min, max, TOLERANCE), where);
                assertEquals(1, w[0] + w[1] + w[2], TOLERANCE, where);
                assertEquals(distance(w, w0), ch.distance(), TOLERANCE, where);
                assertTrue(margin(scores, i, w) >= -TOLERANCE, where + " is not first at the weights found");
                assertTrue(nearest >= ch.distance() - TOLERANCE, where + ": a grid point at " + nearest
                        + " is closer than " + ch.distance());
                if (ch.distance() > TOLERANCE) {
                    moved++;
                } else {
                    assertTrue(margin(scores, i, w0) >= -TOLERANCE, where + " is at distance 0 but not first");
                }
            }
        }
        // Both kinds of answer must occur, or half the property went untested.
        assertTrue(moved > CASES, "bids that needed the weights moved: " + moved);
        assertTrue(impossible > CASES / 4, "bids that cannot win within the bounds: " + impossible);
    }

    /** Random weights summing to 1 within the bounds, by rejection. */
    private static double[] within(Random random, double[] min, double[] max) {
        while (true) {
            double[] w = {random.nextDouble(), random.nextDouble(), random.nextDouble()};
            double sum = w[0] + w[1] + w[2];
            for (int c = 0; c < 3; c++) {
                w[c] /= sum;
            }
            if (inBounds(w, min, max, 0)) {
                return w;
            }
        }
    }

    private static boolean inBounds(double[] w, double[] min, double[] max, double tolerance) {
        for (int c = 0; c < w.length; c++) {
            if (w[c] < min[c] - tolerance || w[c] > max[c] + tolerance) {
                return false;
            }
        }
        return true;
    }

    /** U_i − max_{j ≠ i} U_j with U = Σ w_c·a_c. */
    private static double margin(double[][] scores, int i, double[] w) {
        double best = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < scores.length; j++) {
            if (j != i) {
                best = Math.max(best, total(scores[j], w));
            }
        }
        return total(scores[i], w) - best;
    }

    private static double total(double[] a, double[] w) {
        return w[0] * a[0] + w[1] * a[1] + w[2] * a[2];
    }

    private static double distance(double[] w, double[] w0) {
        return Math.abs(w[0] - w0[0]) + Math.abs(w[1] - w0[1]) + Math.abs(w[2] - w0[2]);
    }
}
