package org.wteval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SMAA-2 on plain score matrices, where the acceptabilities are areas of the weight triangle.
 *
 * <p>The worked example: three bids on three criteria, weights uniform on the whole triangle w1 + w2 + w3 = 1,
 * w ≥ 0 (area fractions in barycentric coordinates are |det| of the vertices' coordinates). Scores A = (40, 20, 20),
 * B = (20, 60, 20), C = (20, 20, 80); with Σw = 1 the common 20 adds 20 to every total, so the order is that of
 * U_A = 20·w1, U_B = 40·w2, U_C = 60·w3, i.e. of w1, 2·w2, 3·w3. All three are equal at P ∝ (1, 1/2, 1/3) =
 * (6, 3, 2)/11. Each pairwise boundary is a line from a vertex through P: U_A = U_B is w1 = 2·w2, from e3 to
 * F3 = (2/3, 1/3, 0); U_B = U_C is 2·w2 = 3·w3, from e1 to F1 = (0, 3/5, 2/5); U_A = U_C is w1 = 3·w3, from e2 to
 * F2 = (3/4, 0, 1/4). They cut the triangle into six triangles around P, one per order. A triangle with apex P and
 * its base on a side is (the base's share of the side) × (P's coordinate off that side):
 * <pre>
 *   T1 (P, e1, F3)  A > B > C   1/3 · 2/11 =  2/33
 *   T2 (P, F3, e2)  B > A > C   2/3 · 2/11 =  4/33
 *   T3 (P, e2, F1)  B > C > A   2/5 · 6/11 = 12/55
 *   T4 (P, F1, e3)  C > B > A   3/5 · 6/11 = 18/55
 *   T5 (P, e3, F2)  C > A > B   3/4 · 3/11 =  9/44
 *   T6 (P, F2, e1)  A > C > B   1/4 · 3/11 =  3/44        (sum 2/11 + 6/11 + 3/11 = 1)
 * </pre>
 * Rank acceptabilities: A first T1 + T6 = 17/132, second T2 + T5 = 43/132, third T3 + T4 = 6/11; B first T2 + T3 =
 * 56/165, second T1 + T4 = 64/165, third T5 + T6 = 3/11; C first T4 + T5 = 117/220, second T3 + T6 = 63/220, third
 * T1 + T2 = 2/11.
 */
class Smaa2Test {

    private static final String[] NAMES = {"w1", "w2", "w3"};
    private static final WeightSampler TRIANGLE = new WeightSampler(NAMES, new double[] {0, 0, 0}, new double[] {1, 1, 1});
    private static final double[][] EXAMPLE = {{40, 20, 20}, {20, 60, 20}, {20, 20, 80}};
    private static final int DRAWS = 1_000_000;
    private static final long SEED = Smaa2.DEFAULT_SEED;

    @Test
    @DisplayName("rank acceptabilities of the worked example: the areas of its six order triangles")
    void rankAcceptabilities() {
        SmaaResult r = Smaa2.run(new ScoreMatrix(EXAMPLE), TRIANGLE, SEED, DRAWS, 2);
        double[][] exact = {
                {17.0 / 132, 43.0 / 132, 6.0 / 11},
                {56.0 / 165, 64.0 / 165, 3.0 / 11},
                {117.0 / 220, 63.0 / 220, 2.0 / 11}};
        for (int i = 0; i < 3; i++) {
            for (int rank = 1; rank <= 3; rank++) {
                double b = exact[i][rank - 1];
                assertEquals(b, r.acceptability(i, rank), 4 * Math.sqrt(b * (1 - b) / DRAWS),
                        "bid " + i + ", rank " + rank);
            }
        }
    }

    /**
     * Central weights: the centroid of the region where the bid ranks first, the area-weighted mean of its two
     * triangles' centroids (each the mean of its vertices).
     * <pre>
     *   A: T1 centroid (73, 20, 6)/99, T6 (101, 12, 19)/132, areas 2/33 : 3/44 = 8 : 9
     *      w1 = (8·73/99 + 9·101/132)/17 = 5063/6732, w2 = (8·20/99 + 9·12/132)/17 = 241/1683,
     *      w3 = (8·6/99 + 9·19/132)/17 = 235/2244
     *   B: T2 (40, 53, 6)/99, T3 (2/11, 103/165, 32/165), areas 4/33 : 12/55 = 5 : 9
     *      w1 = (5·40/99 + 9·2/11)/14 = 181/693, w2 = (5·53/99 + 9·103/165)/14 = 2053/3465,
     *      w3 = (5·6/99 + 9·32/165)/14 = 169/1155
     *   C: T4 (2/11, 16/55, 29/55), T5 (19/44, 1/11, 21/44), areas 18/55 : 9/44 = 8 : 5
     *      w1 = (8·2/11 + 5·19/44)/13 = 159/572, w2 = (8·16/55 + 5/11)/13 = 153/715,
     *      w3 = (8·29/55 + 5·21/44)/13 = 1453/2860
     * </pre>
     * A weight lies in [0, 1], so its standard deviation within a region is at most 1/2 and its mean over the
     * N·b^1 draws there has a standard error of at most 0.5/√(N·b^1).
     */
    @Test
    @DisplayName("central weights of the worked example: the centroids of the regions where each bid ranks first")
    void centralWeights() {
        SmaaResult r = Smaa2.run(new ScoreMatrix(EXAMPLE), TRIANGLE, SEED, DRAWS, 2);
        double[][] centroid = {
                {5063.0 / 6732, 241.0 / 1683, 235.0 / 2244},
                {181.0 / 693, 2053.0 / 3465, 169.0 / 1155},
                {159.0 / 572, 153.0 / 715, 1453.0 / 2860}};
        double[] first = {17.0 / 132, 56.0 / 165, 117.0 / 220};
        for (int i = 0; i < 3; i++) {
            assertTrue(r.hasCentralWeights(i));
            double tolerance = 4 * 0.5 / Math.sqrt(DRAWS * first[i]);
            for (int c = 0; c < 3; c++) {
                assertEquals(centroid[i][c], r.centralWeight(i, c), tolerance, "bid " + i + ", weight " + c);
            }
            // Each region is convex (where one linear total is the largest), so it holds its centroid.
            assertEquals(1, r.confidence(i), "bid " + i);
        }
    }

    /**
     * Centroid meta-weights for m = 3: Σ 1/k = 1 + 1/2 + 1/3 = 11/6, so α = 1, (1/2 + 1/3)/(11/6) = 5/11 and
     * (1/3)/(11/6) = 2/11. With the exact acceptabilities: a_A = 17/132 + 5/11·43/132 + 2/11·6/11 = 91/242,
     * a_B = 56/165 + 5/11·64/165 + 2/11·3/11 = 342/605, a_C = 117/220 + 5/11·63/220 + 2/11·2/11 = 841/1210. Each draw
     * adds an α in [0, 1], so the standard error is at most 0.5/√N.
     */
    @Test
    @DisplayName("holistic acceptability of the worked example with centroid meta-weights 1, 5/11, 2/11")
    void holisticAcceptability() {
        assertEquals(1, SmaaResult.metaWeight(1, 3), 1e-15);
        assertEquals(5.0 / 11, SmaaResult.metaWeight(2, 3), 1e-15);
        assertEquals(2.0 / 11, SmaaResult.metaWeight(3, 3), 1e-15);
        assertEquals(1, SmaaResult.metaWeight(1, 1), 1e-15);
        SmaaResult r = Smaa2.run(new ScoreMatrix(EXAMPLE), TRIANGLE, SEED, DRAWS, 2);
        double tolerance = 4 * 0.5 / Math.sqrt(DRAWS);
        assertEquals(91.0 / 242, r.holistic(0), tolerance);
        assertEquals(342.0 / 605, r.holistic(1), tolerance);
        assertEquals(841.0 / 1210, r.holistic(2), tolerance);
    }

    @Test
    @DisplayName("a dominated bid is always last and has no central weights or confidence")
    void dominatedBid() {
        double[][] scores = {EXAMPLE[0], EXAMPLE[1], EXAMPLE[2], {10, 10, 10}};
        SmaaResult r = Smaa2.run(new ScoreMatrix(scores), TRIANGLE, SEED, 10_000, 1);
        assertEquals(10_000, r.rankCount(3, 4));
        assertEquals(1, r.acceptability(3, 4));
        assertFalse(r.hasCentralWeights(3));
        assertTrue(Double.isNaN(r.centralWeight(3, 0)));
        assertTrue(Double.isNaN(r.confidence(3)));
        // Last every time: a_h is α_4 = (1/4)/(1 + 1/2 + 1/3 + 1/4) = 3/25.
        assertEquals(3.0 / 25, r.holistic(3), 1e-15);
    }

    @Test
    @DisplayName("bit-identical results for 1, 2 and 3 threads and from run to run")
    void sameBytesForAnyThreadCount() {
        Random random = new Random(7);
        double[][] scores = randomScores(random, 6);
        WeightSampler base = new WeightSampler(NAMES, new double[] {0.15, 0.15, 0.25}, new double[] {0.45, 0.45, 0.6});
        // Three full chunks and part of a fourth.
        int draws = 3 * Smaa2.CHUNK + 17;
        SmaaResult one = Smaa2.run(new ScoreMatrix(scores), base, SEED, draws, 1);
        assertSameBits(one, Smaa2.run(new ScoreMatrix(scores), base, SEED, draws, 2));
        assertSameBits(one, Smaa2.run(new ScoreMatrix(scores), base, SEED, draws, 3));
        assertSameBits(one, Smaa2.run(new ScoreMatrix(scores), base, SEED, draws, 1));
    }

    /**
     * Over 100 random score matrices of 2 to 9 bids, the counts and central weights equal a direct count: each draw
     * of the sampler, the bids sorted by total (ties to the lower index), the weights of each draw's winner summed.
     */
    @Test
    @DisplayName("brute force: 100 random score matrices counted draw by draw")
    void agreesWithADirectCount() {
        Random random = new Random(20_261_202);
        WeightSampler base = new WeightSampler(NAMES, new double[] {0.15, 0.15, 0.25}, new double[] {0.45, 0.45, 0.6});
        int draws = 5_000;
        for (int k = 0; k < 100; k++) {
            int bids = 2 + random.nextInt(8);
            double[][] scores = randomScores(random, bids);
            SmaaResult r = Smaa2.run(new ScoreMatrix(scores), base, SEED + k, draws, 2);
            long[][] counts = new long[bids][bids];
            double[][] sums = new double[bids][3];
            double[] w = new double[3];
            for (int s = 0; s < draws; s++) {
                base.draw(SEED + k, s, w);
                for (int i = 0; i < bids; i++) {
                    int rank = 1;
                    double ti = total(scores[i], w);
                    for (int j = 0; j < bids; j++) {
                        double tj = total(scores[j], w);
                        if (tj > ti || (tj == ti && j < i)) {
                            rank++;
                        }
                    }
                    counts[i][rank - 1]++;
                    if (rank == 1) {
                        for (int c = 0; c < 3; c++) {
                            sums[i][c] += w[c];
                        }
                    }
                }
            }
            for (int i = 0; i < bids; i++) {
                for (int rank = 1; rank <= bids; rank++) {
                    assertEquals(counts[i][rank - 1], r.rankCount(i, rank), "case " + k + ", bid " + i);
                }
                for (int c = 0; c < 3; c++) {
                    double expected = counts[i][0] == 0 ? Double.NaN : sums[i][c] / counts[i][0];
                    assertEquals(expected, r.centralWeight(i, c), 1e-12, "case " + k + ", bid " + i);
                }
            }
        }
    }

    @Test
    @DisplayName("a sampler for other criteria, no draws or no threads are refused")
    void rejectsInvalidRuns() {
        WeightSampler two = new WeightSampler(new String[] {"a", "b"}, new double[] {0, 0}, new double[] {1, 1});
        ScoreMatrix example = new ScoreMatrix(EXAMPLE);
        assertThrows(IllegalArgumentException.class, () -> Smaa2.run(example, two, SEED, 100, 1));
        assertThrows(IllegalArgumentException.class, () -> Smaa2.run(example, TRIANGLE, SEED, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Smaa2.run(example, TRIANGLE, SEED, 100, 0));
    }

    private static double[][] randomScores(Random random, int bids) {
        double[][] a = new double[bids][3];
        for (double[] row : a) {
            for (int c = 0; c < 3; c++) {
                row[c] = 100 * random.nextDouble();
            }
        }
        return a;
    }

    private static double total(double[] a, double[] w) {
        double t = 0;
        for (int c = 0; c < a.length; c++) {
            t += w[c] * a[c];
        }
        return t;
    }

    private static void assertSameBits(SmaaResult expected, SmaaResult actual) {
        for (int i = 0; i < expected.bids(); i++) {
            for (int rank = 1; rank <= expected.bids(); rank++) {
                assertEquals(expected.rankCount(i, rank), actual.rankCount(i, rank));
            }
            for (int c = 0; c < expected.criteria(); c++) {
                assertEquals(Double.doubleToRawLongBits(expected.centralWeight(i, c)),
                        Double.doubleToRawLongBits(actual.centralWeight(i, c)), "bid " + i + ", weight " + c);
            }
            assertEquals(Double.doubleToRawLongBits(expected.confidence(i)),
                    Double.doubleToRawLongBits(actual.confidence(i)));
            assertEquals(Double.doubleToRawLongBits(expected.holistic(i)),
                    Double.doubleToRawLongBits(actual.holistic(i)));
        }
    }

    /** A weighted sum Σ_c w_c·a_ic of a score matrix, the highest total first, ties to the lower bid index. */
    private static final class ScoreMatrix implements WeightedRanking {

        private final double[][] scores;

        ScoreMatrix(double[][] scores) {
            this.scores = scores;
        }

        @Override
        public int bids() {
            return scores.length;
        }

        @Override
        public int criteria() {
            return scores[0].length;
        }

        @Override
        public Ranker ranker() {
            double[] totals = new double[scores.length];
            int[] ranks = new int[scores.length];
            return new Ranker() {
                @Override
                public void rank(double[] weights) {
                    for (int i = 0; i < totals.length; i++) {
                        totals[i] = total(scores[i], weights);
                    }
                    for (int i = 0; i < totals.length; i++) {
                        int rank = 1;
                        for (int j = 0; j < totals.length; j++) {
                            if (totals[j] > totals[i] || (totals[j] == totals[i] && j < i)) {
                                rank++;
                            }
                        }
                        ranks[i] = rank;
                    }
                }

                @Override
                public int rank(int i) {
                    return ranks[i];
                }
            };
        }
    }
}
