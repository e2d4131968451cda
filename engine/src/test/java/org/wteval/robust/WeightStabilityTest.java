package org.wteval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WeightStabilityTest {

    private static final int CASES = 200;
    private static final int GRID_STEPS = 10_000;
    // Grid points this close to a bound are skipped: there the two totals differ by rounding only.
    private static final double NEAR = 1e-9;

    @Test
    @DisplayName("three bids, three criteria: the swap points worked out by hand")
    void byHand() {
        // weights 0.5, 0.3, 0.2; totals A = 40 + 18 + 14 = 72, B = 30 + 27 + 10 = 67, C = 25 + 21 + 18 = 64
        double[][] scores = {{80, 60, 70}, {60, 90, 50}, {50, 70, 90}};
        WeightStability.Interval[] in = WeightStability.of(scores, new double[] {0.5, 0.3, 0.2});

        // k = 0, w = 0.5: R_A = (72 − 40)/0.5 = 64, s_A = 80 − 64 = 16; R_B = (67 − 30)/0.5 = 74, s_B = −14;
        // R_C = (64 − 25)/0.5 = 78, s_C = −28. A–B meet at (74 − 64)/(16 + 14) = 1/3, B–C at (78 − 74)/(−14 + 28)
        // = 2/7, both below 0.5; the nearer is 1/3. Above 0.5 nothing meets: at t = 1 the totals are 80 > 60 > 50.
        assertBound(in[0].lower(), 1.0 / 3, 0, 1);
        assertBound(in[0].upper(), 1, -1, -1);

        // k = 1, w = 0.3: R_A = 54/0.7, s_A = 60 − 54/0.7 = −120/7; R_B = 40/0.7, s_B = 90 − 40/0.7 = 230/7;
        // R_C = 43/0.7, s_C = 70 − 43/0.7 = 60/7. A–B: (−14/0.7)/(−350/7) = −20/−50 = 0.4 (B overtakes A going
        // up); B–C: (3/0.7)/(170/7) = 3/17 (C overtakes B going down). Check of 0.4: the others scaled by 0.6/0.7
        // are 3/7 and 1.2/7, and A = 240/7 + 24 + 84/7 = 492/7 = 180/7 + 36 + 60/7 = B.
        assertBound(in[1].lower(), 3.0 / 17, 1, 2);
        assertBound(in[1].upper(), 0.4, 0, 1);

        // k = 2, w = 0.2: R_A = 58/0.8 = 72.5, s_A = −2.5; R_B = 57/0.8 = 71.25, s_B = −21.25; R_C = 46/0.8 = 57.5,
        // s_C = 32.5. A–B: −1.25/18.75 = −1/15 < 0, never within [0, 1]; B–C: −13.75/−53.75 = 11/43.
        assertBound(in[2].lower(), 0, -1, -1);
        assertBound(in[2].upper(), 11.0 / 43, 1, 2);
    }

    @Test
    @DisplayName("a tie at the current weight bounds the interval there on the side where the bid behind gains")
    void tieAtTheCurrentWeight() {
        // weights 0.5, 0.5: A = 30 + 20 = 50 = B = 20 + 30, A first by the tie-break. On criterion 0 A scores more,
        // so lowering w_0 lets B overtake at once: lower = 0.5. On criterion 1 raising w_1 does: upper = 0.5.
        WeightStability.Interval[] in = WeightStability.of(new double[][] {{60, 40}, {40, 60}}, new double[] {0.5, 0.5});
        assertBound(in[0].lower(), 0.5, 0, 1);
        assertBound(in[0].upper(), 1, -1, -1);
        assertBound(in[1].lower(), 0, -1, -1);
        assertBound(in[1].upper(), 0.5, 0, 1);

        // Equal scores: equal totals for every weight, so they never swap and the tie-break keeps deciding.
        WeightStability.Interval same = WeightStability.of(new double[][] {{70, 30}, {70, 30}}, new double[] {0.4, 0.6})[0];
        assertBound(same.lower(), 0, -1, -1);
        assertBound(same.upper(), 1, -1, -1);
    }

    @Test
    @DisplayName("bids out of the order of their totals, and weights that do not sum to 1 or cannot be rescaled")
    void rejectsInvalidInput() {
        assertThrows(IllegalArgumentException.class,
                () -> WeightStability.of(new double[][] {{10, 10}, {20, 20}}, new double[] {0.5, 0.5}));
        assertThrows(IllegalArgumentException.class,
                () -> WeightStability.of(new double[][] {{20, 20}, {10, 10}}, new double[] {0.5, 0.4}));
        assertThrows(IllegalArgumentException.class,
                () -> WeightStability.of(new double[][] {{20, 20}, {10, 10}}, new double[] {1, 0}));
    }

    /**
     * For random scores and weights, every criterion's weight is scanned over t = m/10,000, m = 0..10,000, with the
     * other weights w_c·(1 − t)/(1 − w_k) and totals Σ w_c·a_c summed directly (not through R_i). Strictly inside
     * the interval no bid may total more than the bid ranked just above it; the first grid point past a bound that
     * is not 0 or 1 must lie within one step of it and show the reported pair reversed.
     */
    @Test
    @DisplayName("brute force: 200 random rankings scanned on a grid of 10,001 weights per criterion")
    void agreesWithAGridScan() {
        Random random = new Random(20261202);
        int interiorBounds = 0;
        for (int c = 0; c < CASES; c++) {
            int bids = 3 + random.nextInt(6);
            double[] w = randomWeights(random, 3);
            double[][] scores = ranked(randomScores(random, bids, 3), w);
            WeightStability.Interval[] in = WeightStability.of(scores, w);
            for (int k = 0; k < w.length; k++) {
                String where = "case " + c + ", criterion " + k;
                WeightStability.Interval iv = in[k];
                assertTrue(iv.lower().weight() <= w[k] && w[k] <= iv.upper().weight(), where);
                for (int m = 0; m <= GRID_STEPS; m++) {
                    double t = (double) m / GRID_STEPS;
                    if (t > iv.lower().weight() + NEAR && t < iv.upper().weight() - NEAR) {
                        assertEquals(-1, firstReversed(scores, w, k, t), where + " at t = " + t);
                    }
                }
                if (iv.upper().swaps()) {
                    interiorBounds++;
                    double t = Math.ceil((iv.upper().weight() + NEAR) * GRID_STEPS) / GRID_STEPS;
                    if (t <= 1) {
                        assertTrue(t - iv.upper().weight() <= 1.0 / GRID_STEPS + NEAR, where);
                        assertTrue(reversed(scores, w, k, t, iv.upper().ahead()), where + " above " + t);
                    }
                }
                if (iv.lower().swaps()) {
                    interiorBounds++;
                    double t = Math.floor((iv.lower().weight() - NEAR) * GRID_STEPS) / GRID_STEPS;
                    if (t >= 0) {
                        assertTrue(iv.lower().weight() - t <= 1.0 / GRID_STEPS + NEAR, where);
                        assertTrue(reversed(scores, w, k, t, iv.lower().ahead()), where + " below " + t);
                    }
                }
                if (!iv.upper().swaps()) {
                    assertEquals(1, iv.upper().weight(), where);
                }
                if (!iv.lower().swaps()) {
                    assertEquals(0, iv.lower().weight(), where);
                }
            }
        }
        // Most random rankings change somewhere: a scan that never meets a bound would test the inside only.
        assertTrue(interiorBounds > CASES, "bounds where a pair swaps: " + interiorBounds);
    }

    private static double[] randomWeights(Random random, int n) {
        double[] w = new double[n];
        double sum = 0;
        for (int c = 0; c < n; c++) {
            w[c] = 0.05 + random.nextDouble();
            sum += w[c];
        }
        for (int c = 0; c < n; c++) {
            w[c] /= sum;
        }
        return w;
    }

    private static double[][] randomScores(Random random, int bids, int criteria) {
        double[][] a = new double[bids][criteria];
        for (double[] row : a) {
            for (int c = 0; c < criteria; c++) {
                row[c] = 100 * random.nextDouble();
            }
        }
        return a;
    }

    /** The rows sorted by total, highest first, as a weighted-sum ranking orders them. */
    private static double[][] ranked(double[][] scores, double[] w) {
        double[][] out = scores.clone();
        Arrays.sort(out, Comparator.comparingDouble((double[] a) -> total(a, w)).reversed());
        return out;
    }

    private static double total(double[] a, double[] w) {
        double t = 0;
        for (int c = 0; c < a.length; c++) {
            t += w[c] * a[c];
        }
        return t;
    }

    /** The weights with w_k = t and the others scaled by (1 − t)/(1 − w_k). */
    private static double[] rescaled(double[] w, int k, double t) {
        double[] out = new double[w.length];
        for (int c = 0; c < w.length; c++) {
            out[c] = c == k ? t : w[c] * (1 - t) / (1 - w[k]);
        }
        return out;
    }

    /** The first rank r whose bid r + 1 totals strictly more under the rescaled weights, or −1. */
    private static int firstReversed(double[][] scores, double[] w, int k, double t) {
        double[] v = rescaled(w, k, t);
        for (int r = 0; r + 1 < scores.length; r++) {
            if (total(scores[r + 1], v) > total(scores[r], v)) {
                return r;
            }
        }
        return -1;
    }

    private static boolean reversed(double[][] scores, double[] w, int k, double t, int r) {
        double[] v = rescaled(w, k, t);
        return total(scores[r + 1], v) > total(scores[r], v);
    }

    private static void assertBound(WeightStability.Bound b, double weight, int ahead, int behind) {
        assertEquals(weight, b.weight(), 1e-12);
        assertEquals(ahead, b.ahead());
        assertEquals(behind, b.behind());
        assertEquals(ahead >= 0, b.swaps());
    }
}
