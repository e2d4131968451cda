package org.wteval.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LhvDistributionTest {

    /** P10 6, P50 8, P90 10 lie on one line: Q(p) = 5.5 + 5p, so every property has a closed form. */
    private final LhvDistribution linear = LhvDistribution.fromPercentiles(
            new TreeMap<>(Map.of("P10", 6.0, "P50", 8.0, "P90", 10.0)));

    @Test
    void quantilesInterpolateAndExtrapolateAlongTheSegments() {
        assertEquals(6.0, linear.quantile(0.10), 1e-12);
        assertEquals(7.0, linear.quantile(0.30), 1e-12); // 5.5 + 5 × 0.3
        assertEquals(5.5, linear.quantile(0.00), 1e-12); // extrapolated below P10
        assertEquals(10.25, linear.quantile(0.95), 1e-12); // 5.5 + 5 × 0.95
    }

    @Test
    void meanOfTheMidpointSampleIsTheMeanOfTheLine() {
        // Midpoints p_k = (k + 0.5)/100 average 0.5, so the mean is 5.5 + 5 × 0.5 = 8.
        assertEquals(8.0, linear.mean(), 1e-12);
        assertEquals(100, linear.size());
    }

    @Test
    void sharesOfTheYearAreCountsOfEqualProbabilityPoints() {
        // Q(p) < 7 ⇔ p < 0.3: the 30 midpoints 0.005 … 0.295, each 1/100 of the year.
        assertEquals(0.30, shareBelow(linear, 7.0), 1e-12);
    }

    private static double shareBelow(LhvDistribution d, double lhv) {
        double s = 0;
        for (int i = 0; i < d.size(); i++) {
            s += d.lhv(i) < lhv ? d.weight(i) : 0;
        }
        return s;
    }

    @Test
    void extrapolatedTailNeverFallsBelowTheFloor() {
        // Slope (5 − 1)/0.4 = 10 per unit p: Q(0.005) = 1 − 10 × 0.095 = 0.05, floored at 0.1 MJ/kg.
        LhvDistribution steep = LhvDistribution.fromPercentiles(
                new TreeMap<>(Map.of("P10", 1.0, "P50", 5.0, "P90", 9.0)));
        assertEquals(0.1, steep.lhv(0), 1e-12);
    }

    @Test
    void monthlyProfileWeighsEachMonthOneTwelfthAndUsesHazenPositions() {
        double[] months = {8, 6, 7, 9, 10, 11, 12, 13, 5, 4, 3, 14};
        LhvDistribution d = LhvDistribution.fromMonthly(months);
        assertEquals(8.5, d.mean(), 1e-12); // (3 + 4 + … + 14) / 12 = 102 / 12
        assertEquals(3.0 / 12, shareBelow(d, 6.0), 1e-12); // months at 3, 4 and 5 MJ/kg
        // Sorted months sit at p = (i + 0.5)/12; p = 0.125 is the second (4 MJ/kg), p = 0.5 halfway 8 → 9.
        assertEquals(4.0, d.quantile(1.5 / 12), 1e-12);
        assertEquals(8.5, d.quantile(0.5), 1e-12);
        assertEquals(3.0, d.quantile(0.0), 1e-12); // flat beyond the lowest month
    }

    @Test
    void decreasingPercentilesAreReported() {
        String why = LhvDistribution.checkPercentiles(Map.of("P10", 7.0, "P50", 6.0, "P90", 9.0));
        assertEquals("must not decrease: P50 (6.0) is below P10 (7.0)", why);
    }
}
