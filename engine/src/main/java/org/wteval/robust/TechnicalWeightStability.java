package org.wteval.robust;

import org.wteval.scoring.WeightedPrice;

/**
 * Stability intervals of the parameter that weighs quality against price in the technical/price methods, and of
 * the share a committee's technical score carries: the range within which the order of the bids holds. Each total
 * is a line in the parameter chosen below, so the exact bounds follow from the adjacent pairs alone
 * ({@link LinearStability}). Arrays are by rank, best first; Q_r is the quality score (the weighted mean of the
 * efficiency and stability scores, {@link org.wteval.scoring.QualityScore}), p_r the evaluated price, ℓ the lowest
 * price, σ the committee's share and K_r its technical score.
 *
 * <ul>
 *   <li>Technical-price points (total T·Q/100 + P·ℓ/p): the technical weight a committee reads is τ = T/(T + P),
 *       e.g. 75 of 100 points. Holding N = T + P, U_r(τ) = (1 − σ)·N·(τ·Q_r/100 + (1 − τ)·ℓ/p_r) + σ·K_r, a line
 *       with slope (1 − σ)·N·(Q_r/100 − ℓ/p_r), on τ ∈ [0, 1].</li>
 *   <li>Quality per price (total (B + Q)/p): no weight divides quality from price; the base points B do, since a
 *       larger B drowns the quality differences. U_r(B) = (1 − σ)·(B + Q_r)/p_r + σ·K_r is a line with slope
 *       (1 − σ)/p_r, on B ≥ 0.</li>
 *   <li>Weighted price (total p/(1 + ΣF/(1 − ΣF_max)), lowest wins): the features' combined maximum m = ΣF_max is
 *       the weight of quality, their mix held (each F_q = m·φ_q·a_q/100, Φ_r = Σ φ_q·a_rq/100). The total is not a
 *       line in m, but its inverse is one in λ = m/(1 − m): 1/U_r = 1/p_r + λ·Φ_r/p_r, the higher the better, and
 *       λ rises with m, so the swap points in λ map one to one to m = λ/(1 + λ), on m ∈ [0, 0.3] (Prozorro's cap).</li>
 *   <li>A committee's share σ (toolkits allow one under the weighted sum only): U_r(σ) = (1 − σ)·M_r + σ·K_r over the
 *       method's own total M_r, a line with slope K_r − M_r, on σ ∈ [0, 1].</li>
 * </ul>
 * The lowest-lifecycle-cost method has no such parameter, so it has no interval here.
 *
 * <p>The sensitivity of an additive ranking to one weight through the pairs of alternatives whose totals meet is
 * that of E. Triantaphyllou and A. Sánchez (1997), "A sensitivity analysis approach for some deterministic
 * multi-criteria decision-making methods", Decision Sciences 28(1):151-194; here it is applied to each method's own
 * parameter.
 */
public final class TechnicalWeightStability {

    /** Prozorro's cap on ΣF_max, the end of m's range. */
    private static final double CAP = WeightedPrice.MAX_FEATURE_SUM;

    private TechnicalWeightStability() {
    }

    /**
     * The interval of τ = T/(T + P) for technical-price points.
     *
     * @param totals each bid's total as ranked (with the committee's part, if any)
     * @param quality Q_r, 0..100
     * @param price p_r, all above 0
     * @param points N = T + P
     * @param share σ, 0 without a committee
     * @param tau the current T/(T + P)
     */
    public static WeightStability.Interval technicalPoints(double[] totals, double[] quality, double[] price,
                                                           double points, double share, double tau) {
        double lowest = lowest(price);
        double[] slopes = new double[totals.length];
        for (int r = 0; r < totals.length; r++) {
            slopes[r] = (1 - share) * points * (quality[r] / 100 - lowest / price[r]);
        }
        return LinearStability.of(totals, slopes, tau, 0, 1);
    }

    /**
     * The interval of the base points B of quality per price; the upper bound is infinite where no pair meets above.
     *
     * @param totals each bid's total as ranked (with the committee's part, if any)
     * @param price p_r, all above 0
     * @param share σ, 0 without a committee
     * @param basePoints the current B
     */
    public static WeightStability.Interval basePoints(double[] totals, double[] price, double share,
                                                      double basePoints) {
        double[] slopes = new double[totals.length];
        for (int r = 0; r < totals.length; r++) {
            slopes[r] = (1 - share) / price[r];
        }
        return LinearStability.of(totals, slopes, basePoints, 0, Double.POSITIVE_INFINITY);
    }

    /**
     * The interval of the features' combined maximum m = ΣF_max of weighted price, their mix held.
     *
     * @param totals each bid's weighted price as ranked, lowest first
     * @param price p_r, all above 0
     * @param featureSum ΣF_r of each bid at the current m
     * @param maxSum the current m, above 0 (else there is no mix to hold) and at most 0.3
     */
    public static WeightStability.Interval featureMaximum(double[] totals, double[] price, double[] featureSum,
                                                          double maxSum) {
        double[] inverse = new double[totals.length];
        double[] slopes = new double[totals.length];
        for (int r = 0; r < totals.length; r++) {
            inverse[r] = 1 / totals[r];
            slopes[r] = featureSum[r] / maxSum / price[r];
        }
        WeightStability.Interval lambda = LinearStability.of(inverse, slopes, maxSum / (1 - maxSum), 0,
                CAP / (1 - CAP));
        return new WeightStability.Interval(fromLambda(lambda.lower()), fromLambda(lambda.upper()));
    }

    /**
     * The interval of a committee's share σ.
     *
     * @param totals U_r = (1 − σ)·M_r + σ·K_r as ranked
     * @param technical K_r
     * @param share the current σ, in [0, 1)
     */
    public static WeightStability.Interval committeeShare(double[] totals, double[] technical, double share) {
        double[] slopes = new double[totals.length];
        for (int r = 0; r < totals.length; r++) {
            // K_r − M_r with M_r = (U_r − σ·K_r)/(1 − σ), written so it needs no M_r: (K_r − U_r)/(1 − σ).
            slopes[r] = (technical[r] - totals[r]) / (1 - share);
        }
        return LinearStability.of(totals, slopes, share, 0, 1);
    }

    private static WeightStability.Bound fromLambda(WeightStability.Bound b) {
        if (!b.swaps()) {
            return new WeightStability.Bound(b.weight() == 0 ? 0 : CAP, -1, -1);
        }
        double lambda = b.weight();
        return new WeightStability.Bound(lambda / (1 + lambda), b.ahead(), b.behind());
    }

    private static double lowest(double[] price) {
        double m = Double.POSITIVE_INFINITY;
        for (double p : price) {
            m = Math.min(m, p);
        }
        return m;
    }
}
