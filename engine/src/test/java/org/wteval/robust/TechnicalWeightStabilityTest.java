package org.wteval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.model.Criterion;
import org.wteval.model.Figure;
import org.wteval.model.Origin;
import org.wteval.scoring.EvaluationMethod;
import org.wteval.scoring.QualityPerPrice;
import org.wteval.scoring.TechnicalPricePoints;
import org.wteval.scoring.TechnicalScores;
import org.wteval.scoring.WeightedPrice;
import org.wteval.scoring.WeightedSum;

class TechnicalWeightStabilityTest {

    private static final int CASES = 200;
    private static final int GRID_STEPS = 10_000;
    private static final double NEAR = 1e-9;
    private static final int E = Criterion.EFFICIENCY.ordinal();
    private static final int S = Criterion.STABILITY.ordinal();

    @Test
    @DisplayName("technical-price points 75/25: A and B meet at τ = 0.6, worked out by hand")
    void technicalPointsByHand() {
        // N = 100, ℓ = 90. Per τ: A (Q 80, p 120) = 100·(0.8τ + 0.75(1 − τ)) = 75 + 5τ; B (Q 70, p 100) = 90 − 20τ;
        // C (Q 50, p 90) = 100 − 50τ. At τ = 0.75: 78.75, 75, 62.5. A–B: 75 + 5τ = 90 − 20τ at τ = 15/25 = 0.6 (check:
        // T = 60, P = 40 gives A 48 + 30 = 78 and B 42 + 36 = 78); B–C at 1/3 lies beyond it; nothing meets above.
        WeightStability.Interval in = TechnicalWeightStability.technicalPoints(new double[] {78.75, 75, 62.5},
                new double[] {80, 70, 50}, new double[] {120, 100, 90}, 100, 0, 0.75);
        assertBound(in.lower(), 0.6, 0, 1);
        assertBound(in.upper(), 1, -1, -1);
    }

    @Test
    @DisplayName("quality per price: A and B meet at base points 110, worked out by hand")
    void basePointsByHand() {
        // B0 = 100: A (Q 90, p 2.0) = 190/2 = 95, B (Q 50, p 1.6) = 150/1.6 = 93.75. (B + 90)/2 = (B + 50)/1.6 gives
        // 1.6B + 144 = 2B + 100, B = 110; B's line is the steeper (1/1.6 > 1/2), so it overtakes above. At B = 0 A
        // still leads (45 against 31.25): no bound below.
        WeightStability.Interval in = TechnicalWeightStability.basePoints(new double[] {95, 93.75},
                new double[] {2.0, 1.6}, 0, 100);
        assertBound(in.lower(), 0, -1, -1);
        assertBound(in.upper(), 110, 0, 1);
    }

    @Test
    @DisplayName("weighted price: A and B meet at ΣF_max = 0.2, worked out by hand")
    void featureMaximumByHand() {
        // F_max 0.15 + 0.15, m = 0.3. A: p 100, both scores 100, ΣF = 0.3, total 100/(1 + 0.3/0.7) = 70. B: p 80,
        // scores 0, total 80. In λ = m/(1 − m): 1/U_A = (1 + λ)/100, 1/U_B = 1/80, equal at λ = 0.25, m = 0.2 (check:
        // F = 0.1 + 0.1, A = 100/(1 + 0.2/0.8) = 80 = B). Above, A only gains.
        WeightStability.Interval in = TechnicalWeightStability.featureMaximum(new double[] {70, 80},
                new double[] {100, 80}, new double[] {0.3, 0}, 0.3);
        assertBound(in.lower(), 0.2, 0, 1);
        assertBound(in.upper(), 0.3, -1, -1);
    }

    @Test
    @DisplayName("committee share: B leads while the committee carries more than 0.2, worked out by hand")
    void committeeShareByHand() {
        // σ = 0.3. Method totals M: B 70, A 80; committee K: B 90, A 50. U_B = 49 + 27 = 76, U_A = 56 + 15 = 71.
        // Lines: B = 70 + 20σ, A = 80 − 30σ, equal at σ = 0.2; B gains as σ rises, so nothing meets above.
        WeightStability.Interval in = TechnicalWeightStability.committeeShare(new double[] {76, 71},
                new double[] {90, 50}, 0.3);
        assertBound(in.lower(), 0.2, 0, 1);
        assertBound(in.upper(), 1, -1, -1);
    }

    /** Random bids: efficiency and stability scores 0..100, prices 50..150, committee scores 0..100. */
    private record Bids(double[][] scores, double[] price, double[] technical) {

        static Bids random(Random random) {
            int n = 3 + random.nextInt(6);
            double[][] a = new double[n][3];
            double[] p = new double[n];
            double[] k = new double[n];
            for (int i = 0; i < n; i++) {
                a[i][E] = 100 * random.nextDouble();
                a[i][S] = 100 * random.nextDouble();
                a[i][Criterion.LIFECYCLE.ordinal()] = 100 * random.nextDouble();
                p[i] = 50 + 100 * random.nextDouble();
                k[i] = 100 * random.nextDouble();
            }
            return new Bids(a, p, k);
        }

        double lowest() {
            return Arrays.stream(price).min().orElseThrow();
        }

        /** Bid indices by total, best first. */
        Integer[] ranked(double[] totals, boolean higherIsBetter) {
            Integer[] order = new Integer[totals.length];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (i, j) -> higherIsBetter ? Double.compare(totals[j], totals[i])
                    : Double.compare(totals[i], totals[j]));
            return order;
        }
    }

    /** Each bid's total at parameter x, computed by the method itself (not through the lines). */
    private interface Totals {
        double[] at(Bids bids, double x);
    }

    /** The interval under test, from the totals at x0 by rank. */
    private interface Analysis {
        WeightStability.Interval of(Bids bids, Integer[] order, double[] totals, double x0);
    }

    /**
     * One method's parameter: drawn in [lo, hi], its totals and the interval under test; the grid covers
     * [min, max], and {@code end} is the end of the parameter's range, the upper bound where no pair meets.
     */
    private record Scenario(double lo, double hi, Totals totals, Analysis analysis, boolean higherIsBetter,
                            double min, double max, double end) {
    }

    /**
     * For random bids, the parameter is scanned on a grid of 10,001 points over [min, max]. Strictly inside the
     * interval no bid may beat the bid ranked just above it; at the first grid point past a bound where a pair
     * meets, that pair is reversed.
     */
    private static void scan(String what, Scenario s) {
        Random random = new Random(20261202);
        int bounds = 0;
        double step = (s.max() - s.min()) / GRID_STEPS;
        for (int c = 0; c < CASES; c++) {
            Bids bids = Bids.random(random);
            double x0 = s.lo() + (s.hi() - s.lo()) * random.nextDouble();
            double[] now = s.totals().at(bids, x0);
            Integer[] order = bids.ranked(now, s.higherIsBetter());
            WeightStability.Interval in = s.analysis().of(bids, order, byRank(now, order), x0);
            String where = what + ", case " + c;
            assertTrue(in.lower().weight() <= x0 && x0 <= in.upper().weight(), where);
            for (int m = 0; m <= GRID_STEPS; m++) {
                double x = s.min() + step * m;
                if (x > in.lower().weight() + NEAR && x < in.upper().weight() - NEAR) {
                    double[] t = byRank(s.totals().at(bids, x), order);
                    for (int r = 0; r + 1 < t.length; r++) {
                        assertTrue(!beats(t[r + 1], t[r], s.higherIsBetter()), where + " at " + x);
                    }
                }
            }
            for (WeightStability.Bound b : new WeightStability.Bound[] {in.lower(), in.upper()}) {
                if (!b.swaps()) {
                    assertEquals(b == in.lower() ? s.min() : s.end(), b.weight(), 1e-12, where);
                    continue;
                }
                bounds++;
                double x = b.weight() + (b == in.lower() ? -step : step);
                if (x >= s.min() && x <= s.end()) {
                    double[] t = byRank(s.totals().at(bids, x), order);
                    assertTrue(beats(t[b.behind()], t[b.ahead()], s.higherIsBetter()), where + " past " + x);
                }
            }
        }
        // A scan that never meets a bound would test the inside only.
        assertTrue(bounds > CASES / 2, what + ": bounds where a pair swaps: " + bounds);
    }

    private static final double SHARE = 0.3;
    private static final double[] W = {0.3, 0.2, 0.5};

    @Test
    @DisplayName("brute force, technical-price points with a committee share: τ scanned on 10,001 points")
    void technicalPointsAgreeWithAScan() {
        Totals totals = (b, tau) -> withCommittee(b, new TechnicalPricePoints(weights(W), 100 * tau, 100 * (1 - tau)));
        scan("technical points", new Scenario(0.05, 0.95, totals, (b, order, t, tau) ->
                TechnicalWeightStability.technicalPoints(t, quality(b, order), byRank(b.price(), order), 100, SHARE,
                        tau), true, 0, 1, 1));
    }

    @Test
    @DisplayName("brute force, quality per price with a committee share: B scanned on 10,001 points over 0..1,000")
    void basePointsAgreeWithAScan() {
        Totals totals = (b, base) -> withCommittee(b, new QualityPerPrice(weights(W), base));
        scan("base points", new Scenario(0, 300, totals, (b, order, t, base) ->
                TechnicalWeightStability.basePoints(t, byRank(b.price(), order), SHARE, base), true, 0, 1000,
                Double.POSITIVE_INFINITY));
    }

    @Test
    @DisplayName("brute force, weighted price: ΣF_max scanned on 10,001 points over 0..0.3, the mix 2:1 held")
    void featureMaximumAgreesWithAScan() {
        Totals totals = (b, m) -> {
            Map<Criterion, Double> max = new EnumMap<>(Criterion.class);
            max.put(Criterion.EFFICIENCY, m * 2 / 3);
            max.put(Criterion.STABILITY, m / 3);
            return methodTotals(b, new WeightedPrice(max, "USD"));
        };
        scan("feature maximum", new Scenario(0.02, 0.3, totals, (b, order, t, m) -> {
            double[] featureSum = new double[order.length];
            for (int r = 0; r < order.length; r++) {
                double[] a = b.scores()[order[r]];
                featureSum[r] = m * 2 / 3 * a[E] / 100 + m / 3 * a[S] / 100;
            }
            return TechnicalWeightStability.featureMaximum(t, byRank(b.price(), order), featureSum, m);
        }, false, 0, 0.3, 0.3));
    }

    @Test
    @DisplayName("brute force, a committee's share of a weighted sum: σ scanned on 10,001 points")
    void committeeShareAgreesWithAScan() {
        EvaluationMethod sum = new WeightedSum(weights(W));
        Totals totals = (b, share) -> {
            double[] t = methodTotals(b, sum);
            for (int i = 0; i < t.length; i++) {
                t[i] = TechnicalScores.withTechnical(t[i], share, b.technical()[i]);
            }
            return t;
        };
        scan("committee share", new Scenario(0.05, 0.6, totals, (b, order, t, share) ->
                TechnicalWeightStability.committeeShare(t, byRank(b.technical(), order), share), true, 0, 1, 1));
    }

    /** The method's totals with the committee's share {@link #SHARE} mixed in. */
    private static double[] withCommittee(Bids b, EvaluationMethod m) {
        double[] t = methodTotals(b, m);
        for (int i = 0; i < t.length; i++) {
            t[i] = TechnicalScores.withTechnical(t[i], SHARE, b.technical()[i]);
        }
        return t;
    }

    private static double[] methodTotals(Bids b, EvaluationMethod m) {
        double[] t = new double[b.price().length];
        for (int i = 0; i < t.length; i++) {
            t[i] = m.total(m.weightVector(), b.scores()[i], b.price()[i], b.lowest());
        }
        return t;
    }

    /** Q_r = (0.3·a_e + 0.2·a_s)/0.5, the weighted mean of efficiency and stability, by rank. */
    private static double[] quality(Bids b, Integer[] order) {
        double[] q = new double[order.length];
        for (int r = 0; r < q.length; r++) {
            double[] a = b.scores()[order[r]];
            q[r] = (W[E] * a[E] + W[S] * a[S]) / (W[E] + W[S]);
        }
        return q;
    }

    private static double[] byRank(double[] byBid, Integer[] order) {
        double[] out = new double[order.length];
        for (int r = 0; r < out.length; r++) {
            out[r] = byBid[order[r]];
        }
        return out;
    }

    private static boolean beats(double a, double b, boolean higherIsBetter) {
        return higherIsBetter ? a > b : a < b;
    }

    private static Map<Criterion, Figure> weights(double[] v) {
        Map<Criterion, Figure> w = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            w.put(c, Figure.input(c.key() + "Weight", v[c.ordinal()], "fraction", new Origin.Handover("test")));
        }
        return w;
    }

    private static void assertBound(WeightStability.Bound b, double weight, int ahead, int behind) {
        assertEquals(weight, b.weight(), 1e-12);
        assertEquals(ahead, b.ahead());
        assertEquals(behind, b.behind());
    }
}
