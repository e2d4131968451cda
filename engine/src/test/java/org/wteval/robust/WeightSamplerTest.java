package org.wteval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.Fixtures;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;

class WeightSamplerTest {

    private static final String[] NAMES = {"efficiency", "stability", "lifecycle"};
    private static final long SEED = 20_260_202L;
    private static final int DRAWS = 100_000;
    /** A free weight is lo + (hi − lo)·u, which rounding can put an ulp past hi; the sum 1 − Σ is off by ulps. */
    private static final double ROUNDING = 1e-12;

    /**
     * The base toolkit's bounds: efficiency and stability 0.15-0.45, lifecycle 0.25-0.60. In the (e, s) plane W is
     * the square [0.15, 0.45]² (area 0.09, centroid 0.3) less the corner e + s < 0.4 where l would pass 0.60 (legs 0.1,
     * area 0.005, centroid 0.15 + 0.1/3 = 11/60) and the corner e + s > 0.75 where l would fall below 0.25 (legs 0.15,
     * area 0.01125, centroid 0.45 − 0.15/3 = 0.4). Area 0.07375 = 59/800; moment of e 0.027 − 0.005·11/60 − 0.01125·0.4
     * = 259/12000; mean e = mean s = (259/12000)/(59/800) = 259/885 = 0.292655, mean l = 1 − 2·259/885 = 367/885.
     * The part with e > 0.3 is the strip [0.3, 0.45] × [0.15, 0.45] (0.045) less the whole upper corner (0.01125),
     * 0.03375 = 27/800, a share of 27/59 of W.
     */
    @Test
    @DisplayName("base bounds: every draw within the bounds and summing to 1, the means at W's centroid, uniform on W")
    void baseBounds() {
        double[] min = {0.15, 0.15, 0.25};
        double[] max = {0.45, 0.45, 0.60};
        double[] mean = means(new WeightSampler(NAMES, min, max), min, max);
        double e = 259.0 / 885;
        assertEquals(e, mean[0], fourSe(0.30), "efficiency");
        assertEquals(e, mean[1], fourSe(0.30), "stability");
        assertEquals(367.0 / 885, mean[2], fourSe(0.35), "lifecycle");
        double p = 27.0 / 59;
        assertEquals(p, mean[3], 4 * Math.sqrt(p * (1 - p) / DRAWS), "share with efficiency above 0.3");
    }

    /**
     * Efficiency 0.2-0.8, stability 0.1-0.3, lifecycle 0.1-0.4. Efficiency cannot go below 1 − 0.3 − 0.4 = 0.3, so W is
     * in the (s, l) plane the whole rectangle [0.1, 0.3] × [0.1, 0.4] (e = 1 − s − l runs from 0.3 to 0.8, inside its
     * bounds): the means are s = 0.2, l = 0.25, e = 1 − 0.2 − 0.25 = 0.55, and no draw has e below 0.3.
     */
    @Test
    @DisplayName("bounds narrowed by the others: efficiency at least 0.3 though its bound says 0.2")
    void boundsNarrowedByTheOthers() {
        double[] min = {0.2, 0.1, 0.1};
        double[] max = {0.8, 0.3, 0.4};
        WeightSampler sampler = new WeightSampler(NAMES, min, max);
        double[] mean = means(sampler, new double[] {0.3, 0.1, 0.1}, max);
        assertEquals(0.55, mean[0], fourSe(0.5), "efficiency");
        assertEquals(0.2, mean[1], fourSe(0.2), "stability");
        assertEquals(0.25, mean[2], fourSe(0.3), "lifecycle");
    }

    /** No bounds: the whole triangle, centroid (1/3, 1/3, 1/3); e > 0.3 is the triangle e ≥ 0.3, (0.7)² = 0.49 of it. */
    @Test
    @DisplayName("no bounds: uniform on the whole weight triangle")
    void wholeTriangle() {
        double[] min = {0, 0, 0};
        double[] max = {1, 1, 1};
        double[] mean = means(new WeightSampler(NAMES, min, max), min, max);
        for (int c = 0; c < 3; c++) {
            assertEquals(1.0 / 3, mean[c], fourSe(1), NAMES[c]);
        }
        assertEquals(0.49, mean[3], 4 * Math.sqrt(0.49 * 0.51 / DRAWS), "share with efficiency above 0.3");
    }

    @Test
    @DisplayName("a draw depends on the seed and its index alone")
    void drawsByIndex() {
        WeightSampler sampler = new WeightSampler(NAMES, new double[] {0.15, 0.15, 0.25}, new double[] {0.45, 0.45, 0.6});
        double[] first = new double[3];
        double[] again = new double[3];
        sampler.draw(SEED, 12_345, first);
        for (int s = 0; s < 100; s++) {
            sampler.draw(SEED, s, again);
        }
        sampler.draw(SEED, 12_345, again);
        assertEquals(List.of(first[0], first[1], first[2]), List.of(again[0], again[1], again[2]));
        sampler.draw(SEED + 1, 12_345, again);
        assertTrue(first[0] != again[0], "another seed, another draw");
    }

    @Test
    @DisplayName("bounds that admit no weights, or weights without volume, are refused naming the bounds")
    void infeasibleBounds() {
        assertRefused(new double[] {0.5, 0.1, 0.1}, new double[] {0.4, 0.5, 0.5},
                "efficiency.min = 0.5 is above efficiency.max = 0.4");
        assertRefused(new double[] {0.1, -0.1, 0.1}, new double[] {0.5, 0.5, 1.2},
                "stability.min = -0.1 is outside [0, 1]", "lifecycle.max = 1.2 is outside [0, 1]");
        assertRefused(new double[] {0.5, 0.25, 0.375}, new double[] {0.6, 0.5, 0.5}, "the minima sum to 1.125, above 1");
        assertRefused(new double[] {0, 0, 0}, new double[] {0.25, 0.25, 0.25}, "the maxima sum to 0.75, below 1");
        // Σ min = 1 leaves the one point at the minima; Σ max = 1 the one at the maxima: nothing to sample around.
        assertRefused(new double[] {0.25, 0.25, 0.5}, new double[] {0.5, 0.5, 0.6}, "the minima sum to 1,");
        assertRefused(new double[] {0.1, 0.1, 0.1}, new double[] {0.25, 0.25, 0.5}, "the maxima sum to 1,");
        assertRefused(new double[] {0.2, 0.2, 0.3}, new double[] {0.2, 0.5, 0.6},
                "efficiency.min = efficiency.max = 0.2 fixes the weight");
        // Every problem at once.
        assertRefused(new double[] {0.5, 0.1, 0.1}, new double[] {0.4, 0.5, 1.5},
                "efficiency.min = 0.5 is above efficiency.max = 0.4", "lifecycle.max = 1.5 is outside [0, 1]");
    }

    @Test
    @DisplayName("a toolkit's bounds: the base toolkit's are sampled, broken ones reported at their parameters")
    void toolkitBounds() throws Exception {
        WeightSampler base = WeightSampler.of(Fixtures.bundledToolkit("base"));
        WeightSampler byHand = new WeightSampler(NAMES, new double[] {0.15, 0.15, 0.25}, new double[] {0.45, 0.45, 0.6});
        double[] a = new double[3];
        double[] b = new double[3];
        for (int s = 0; s < 1000; s++) {
            base.draw(SEED, s, a);
            byHand.draw(SEED, s, b);
            for (int c = 0; c < 3; c++) {
                assertEquals(Double.doubleToRawLongBits(b[c]), Double.doubleToRawLongBits(a[c]), "draw " + s);
            }
        }

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> WeightSampler.of(Fixtures.baseToolkit(
                Map.of("scoring.weightBounds.stability.min", 0.5, "scoring.weightBounds.lifecycle.min", 0.4))));
        // Stability: min 0.5 above max 0.45; minima 0.15 + 0.5 + 0.4 = 1.05 above 1.
        List<InputProblem> problems = e.problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("toolkits/base.yaml")
                && p.path().equals("parameters.scoring.weightBounds")
                && p.message().startsWith("the minima sum to 1.05")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("toolkits/test.yaml")
                && p.path().equals("parameters.scoring.weightBounds.stability.min")
                && p.message().startsWith("stability.min = 0.5 is above stability.max = 0.45")), problems.toString());
    }

    /**
     * The mean of each weight over {@value #DRAWS} draws, and last the share of draws with efficiency above 0.3,
     * checking that every draw lies within [lo, hi] and sums to 1.
     */
    private static double[] means(WeightSampler sampler, double[] lo, double[] hi) {
        double[] w = new double[3];
        double[] sum = new double[4];
        for (int s = 0; s < DRAWS; s++) {
            sampler.draw(SEED, s, w);
            double total = 0;
            for (int c = 0; c < 3; c++) {
                assertTrue(w[c] >= lo[c] - ROUNDING && w[c] <= hi[c] + ROUNDING, NAMES[c] + " " + w[c]);
                sum[c] += w[c];
                total += w[c];
            }
            assertEquals(1, total, ROUNDING, "draw " + s);
            sum[3] += w[0] > 0.3 ? 1 : 0;
        }
        for (int k = 0; k < 4; k++) {
            sum[k] /= DRAWS;
        }
        return sum;
    }

    /** Four standard errors of a mean of a weight whose range is {@code width}: its variance is at most width²/4. */
    private static double fourSe(double width) {
        return 4 * (width / 2) / Math.sqrt(DRAWS);
    }

    private static void assertRefused(double[] min, double[] max, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WeightSampler(NAMES, min, max));
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), e.getMessage());
        }
    }
}
