package org.wteval.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The allocation-free order agrees with the rule a committee reads in the report: totals compared as printed (six
 * significant digits, half up), then the tie-break, then the bid id. The reference below states that rule directly
 * with {@link BigDecimal}, and many generated rankings, crowded on purpose around rounding boundaries, must agree.
 */
class RankOrderTest {

    @Test
    void totalsThatPrintAlikeAreTied() {
        // 57.57256 and 57.57264 both print as 57.5726; 57.57266 prints as 57.5727.
        assertTrue(RankOrder.printedEqual(57.57256, 57.57264));
        assertFalse(RankOrder.printedEqual(57.57256, 57.57266));
        assertFalse(RankOrder.printedEqual(57.0, 58.0));
    }

    @Test
    void agreesWithPrintedComparisonOnGeneratedRankings() {
        Random random = new Random(20261201);
        for (int round = 0; round < 2_000; round++) {
            // Small rankings are insertion-sorted, large ones heap-sorted: both must give the reference order.
            int n = round % 4 == 0 ? 25 + random.nextInt(400) : 2 + random.nextInt(23);
            double[] totals = new double[n];
            double[] tieKeys = new double[n];
            double base = 10 + 90 * random.nextDouble();
            for (int i = 0; i < n; i++) {
                // Half the totals sit within a few units of the sixth digit of one another.
                totals[i] = random.nextBoolean() ? base + (random.nextInt(7) - 3) * 0.5e-4 * random.nextDouble()
                        : 10 + 90 * random.nextDouble();
                tieKeys[i] = random.nextInt(3);
            }
            boolean higherIsBetter = random.nextBoolean();
            boolean tieHigherFirst = random.nextBoolean();
            int[] idRank = shuffled(n, random);

            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            RankOrder.sort(order, n, totals, higherIsBetter, tieKeys, tieHigherFirst, idRank);
            assertArrayEquals(reference(totals, higherIsBetter, tieKeys, tieHigherFirst, idRank), order,
                    "round " + round + ": totals " + Arrays.toString(totals));
        }
    }

    private static int[] reference(double[] totals, boolean higherIsBetter, double[] tieKeys, boolean tieHigherFirst,
                                   int[] idRank) {
        Comparator<Integer> byPrinted = Comparator.comparing(i -> new BigDecimal(totals[i]).round(Ranking.PRECISION));
        if (higherIsBetter) {
            byPrinted = byPrinted.reversed();
        }
        Comparator<Integer> byTie = Comparator.comparingDouble(i -> tieKeys[i]);
        if (tieHigherFirst) {
            byTie = byTie.reversed();
        }
        return java.util.stream.IntStream.range(0, totals.length).boxed()
                .sorted(byPrinted.thenComparing(byTie).thenComparingInt(i -> idRank[i]))
                .mapToInt(Integer::intValue).toArray();
    }

    private static int[] shuffled(int n, Random random) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
