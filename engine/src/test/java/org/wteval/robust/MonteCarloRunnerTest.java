package org.wteval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MonteCarloRunnerTest {

    private static final int N = 100_000;
    private static final long SEED = 20_260_101L;
    private static RankingStatistics stats;

    @BeforeAll
    static void run() {
        try (MonteCarloRunner runner = new MonteCarloRunner(McWorkload.benchmark(), 2)) {
            stats = runner.run(SEED, N);
        }
    }

    // Source: docs/MC-MODEL.md, "Reference result, N = 100,000": mean, SE(mean), P5, P95, rank 1, rank 2, expected rank.
    private static final double[] MEAN = {31.112, 39.062, 27.534, 21.278, 26.416, 27.406, 26.222, 28.884, 30.252,
        24.173};
    private static final double[] SE_MEAN = {0.013, 0.035, 0.015, 0.021, 0.013, 0.011, 0.017, 0.026, 0.013, 0.019};
    private static final double[] P5 = {25.432, 21.127, 21.095, 11.623, 21.087, 22.524, 19.086, 18.895, 24.453,
        15.619};
    private static final double[] P95 = {38.536, 57.239, 36.533, 33.109, 33.965, 34.016, 35.970, 44.885, 37.985,
        34.778};
    private static final double[] RANK1 = {0.0003, 0.0066, 0.0305, 0.5834, 0.0350, 0.0177, 0.0473, 0.0564, 0.0004,
        0.2224};
    private static final double[] RANK2 = {0.0021, 0.0222, 0.0812, 0.1458, 0.1055, 0.0587, 0.1499, 0.1277, 0.0031,
        0.3038};
    private static final double[] EXPECTED_RANK = {8.09, 8.83, 5.24, 2.34, 4.59, 5.33, 4.37, 5.50, 7.31, 3.42};

    @Test
    @DisplayName("mean cost of each bid within 3 standard errors of the reference run")
    void meansMatchTheReference() {
        for (int b = 0; b < MEAN.length; b++) {
            // docs/MC-MODEL.md: within 3 SE(mean), plus the reference's rounding to 3 decimals
            assertEquals(MEAN[b], stats.mean(b), 3 * SE_MEAN[b] + 0.0005, "B" + (b + 1));
        }
    }

    @Test
    @DisplayName("P5 and P95 within 3 standard errors of a quantile of the reference run")
    void percentilesMatchTheReference() {
        for (int b = 0; b < P5.length; b++) {
            // docs/MC-MODEL.md: SE of P5 at most 0.044 USD/t, of P95 at most 0.082; 3 SE, plus the reference's rounding
            assertEquals(P5[b], stats.p5(b), 3 * 0.044 + 0.0005, "P5 B" + (b + 1));
            assertEquals(P95[b], stats.p95(b), 3 * 0.082 + 0.0005, "P95 B" + (b + 1));
        }
    }

    @Test
    @DisplayName("rank-1 and rank-2 acceptability within 3·sqrt(a(1−a)/N) of the reference run")
    void acceptabilityMatchesTheReference() {
        for (int b = 0; b < RANK1.length; b++) {
            assertEquals(RANK1[b], stats.acceptability(b, 1), tolerance(RANK1[b]), "rank 1 B" + (b + 1));
            assertEquals(RANK2[b], stats.acceptability(b, 2), tolerance(RANK2[b]), "rank 2 B" + (b + 1));
        }
    }

    @Test
    @DisplayName("expected rank within 3 standard errors of the reference run")
    void expectedRankMatchesTheReference() {
        for (int b = 0; b < EXPECTED_RANK.length; b++) {
            // a rank lies in 1..10, so its sd is at most 4.5 and SE at most 4.5/√N = 0.0142; 3 SE plus the
            // reference's rounding to 2 decimals
            assertEquals(EXPECTED_RANK[b], stats.expectedRank(b), 3 * 4.5 / Math.sqrt(N) + 0.005, "B" + (b + 1));
        }
    }

    @Test
    @DisplayName("each row and each column of the rank acceptability sums to 1")
    void acceptabilityIsDoublyStochastic() {
        int n = stats.bids();
        for (int i = 0; i < n; i++) {
            long row = 0;
            long column = 0;
            for (int j = 0; j < n; j++) {
                row += stats.rankCount(i, j + 1);
                column += stats.rankCount(j, i + 1);
            }
            assertEquals(N, row, "bid " + (i + 1));
            assertEquals(N, column, "rank " + (i + 1));
        }
    }

    @Test
    @DisplayName("1, 2 and 4 threads give the same bytes, also when N is not a whole number of blocks")
    void sameResultForAnyThreadCount() {
        int n = 3 * MonteCarloRunner.BLOCK + 17;
        RankingStatistics[] results = new RankingStatistics[3];
        int[] threads = {1, 2, 4};
        for (int i = 0; i < threads.length; i++) {
            try (MonteCarloRunner runner = new MonteCarloRunner(McWorkload.benchmark(), threads[i])) {
                results[i] = runner.run(SEED, n);
            }
        }
        for (int i = 1; i < results.length; i++) {
            for (int b = 0; b < stats.bids(); b++) {
                assertEquals(bits(results[0].mean(b)), bits(results[i].mean(b)), "mean, threads " + threads[i]);
                assertEquals(bits(results[0].sd(b)), bits(results[i].sd(b)), "sd, threads " + threads[i]);
                assertEquals(bits(results[0].p5(b)), bits(results[i].p5(b)), "P5, threads " + threads[i]);
                assertEquals(bits(results[0].p95(b)), bits(results[i].p95(b)), "P95, threads " + threads[i]);
                for (int k = 1; k <= stats.bids(); k++) {
                    assertEquals(results[0].rankCount(b, k), results[i].rankCount(b, k), "rank, threads " + threads[i]);
                }
            }
        }
        // a run whose scenarios all came out alike would pass the comparison trivially
        assertTrue(results[0].sd(0) > 1, "costs vary between scenarios");
    }

    /** 3 sqrt(a(1 − a)/N) from docs/MC-MODEL.md, at least the reference's rounding to 4 decimals. */
    private static double tolerance(double a) {
        return 3 * Math.sqrt(a * (1 - a) / N) + 0.00005;
    }

    private static long bits(double v) {
        return Double.doubleToRawLongBits(v);
    }
}
