package org.wteval.robust;

/**
 * Weight stability intervals of a weighted-sum ranking: for each criterion k, how far its weight w_k can move, with
 * the other weights rescaled in proportion so the weights still sum to 1, before the order of the bids changes.
 *
 * <p>Bid i's total is U_i = Σ_c w_c·a_ic over its criterion scores a_ic. Set w_k = t and scale every other weight
 * by (1 − t)/(1 − w_k). With R_i = (U_i − w_k·a_ik)/(1 − w_k), the total of the other criteria per unit of their
 * weight, the total becomes U_i(t) = t·a_ik + (1 − t)·R_i = R_i + t·s_i with slope s_i = a_ik − R_i, linear in t.
 * Two bids i and j therefore swap at most once, at t* = (R_j − R_i)/(s_i − s_j). The order of the bids holds as long
 * as every bid keeps at least the total of the one ranked just below it, so only the pairs adjacent in the ranking
 * need checking: the nearest t* above w_k among them is the upper bound, the nearest below is the lower bound, and 1
 * or 0 where no pair meets on that side.
 *
 * <p>The search along that line is {@link LinearStability}'s, which the technical/price methods share.
 * t* is computed from the gap at the current weight, D = U_i − U_j ≥ 0 for i ranked just above j, as
 * t* = w_k − D/(s_i − s_j), which is the same point and keeps the exact totals. Ties at exactly the current weight:
 * if U_i = U_j the tie-break has put i first, and the bid j overtakes on the side where its slope is the larger, so
 * that bound is w_k itself and that pair is reported; if the slopes are also equal the two totals stay equal for
 * every t and the pair never swaps. At a bound the two totals are equal, so there the tie-break decides: the order
 * is certain to hold strictly inside the interval.
 *
 * <p>The bounds are exact for the unrounded totals, which is also what the order of the input is checked on. The
 * engine's ranking compares totals as printed ({@link org.wteval.scoring.RankOrder}, six significant digits), so
 * within that rounding of a bound the tie-break already decides.
 */
public final class WeightStability {

    private WeightStability() {
    }

    /**
     * One side's limit of a weight.
     *
     * @param weight the weight (or other parameter) at which the two bids' totals meet, or the end of its range
     *     (0 or 1 for a weight) if no pair meets on this side
     * @param ahead the rank index (0 for the best) of the bid ahead now, or -1 if no pair meets
     * @param behind the rank index of the bid that overtakes it, {@code ahead + 1}, or -1 if no pair meets
     */
    public record Bound(double weight, int ahead, int behind) {

        /** Whether a pair of bids meets at this bound, rather than the parameter reaching the end of its range. */
        public boolean swaps() {
            return ahead >= 0;
        }
    }

    /** The weights of one criterion within which the order holds. */
    public record Interval(Bound lower, Bound upper) {
    }

    /**
     * The stability interval of every criterion's weight.
     *
     * @param scores {@code scores[r][c]}: the score (0..100) on criterion c of the bid ranked r, 0 for the best
     * @param weights the weight of each criterion, summing to 1; the totals Σ w_c·a_rc must not increase with r
     * @return the interval of each criterion, by the index of {@code weights}
     * @throws IllegalArgumentException if the weights do not sum to 1, a weight is 1 (the others cannot be rescaled
     *     in proportion), or the bids are not in the order of their totals
     */
    public static Interval[] of(double[][] scores, double[] weights) {
        return of(scores, weights, 0, new double[scores.length]);
    }

    /**
     * The stability intervals when a committee's technical score K_r carries a share σ of each total
     * ({@link org.wteval.scoring.TechnicalScores#withTechnical}): U_r = (1 − σ)·Σ w_c·a_rc + σ·K_r. The committee's part
     * does not move with the weights, so each total is still a line in t, with slope (1 − σ)·s_r.
     *
     * @param share σ, in [0, 1)
     * @param technical K_r by rank; ignored when σ is 0
     * @throws IllegalArgumentException as {@link #of(double[][], double[])}, or for a share outside [0, 1)
     */
    public static Interval[] of(double[][] scores, double[] weights, double share, double[] technical) {
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0 && w < 1)) {
                throw new IllegalArgumentException("weights must lie in [0, 1): " + w);
            }
            sum += w;
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("weights must sum to 1, not " + sum);
        }
        if (!(share >= 0 && share < 1)) {
            throw new IllegalArgumentException("the committee's share must lie in [0, 1): " + share);
        }
        double[] weighted = new double[scores.length];
        double[] totals = new double[scores.length];
        for (int r = 0; r < scores.length; r++) {
            if (scores[r].length != weights.length) {
                throw new IllegalArgumentException("bid ranked " + r + " has " + scores[r].length + " scores for "
                        + weights.length + " weights");
            }
            weighted[r] = total(scores[r], weights);
            totals[r] = share == 0 ? weighted[r] : (1 - share) * weighted[r] + share * technical[r];
        }
        Interval[] out = new Interval[weights.length];
        double[] slopes = new double[scores.length];
        for (int k = 0; k < weights.length; k++) {
            for (int r = 0; r < scores.length; r++) {
                slopes[r] = (1 - share) * slope(scores[r][k], weighted[r], weights[k]);
            }
            out[k] = LinearStability.of(totals, slopes, weights[k], 0, 1);
        }
        return out;
    }

    /** s_i = a_ik − R_i, written as (a_ik − U_i)/(1 − w_k) so it needs no R_i. */
    private static double slope(double aik, double total, double wk) {
        return (aik - total) / (1 - wk);
    }

    /** Σ w_c·a_c in criterion order, the same arithmetic as the weighted-sum method's total. */
    private static double total(double[] a, double[] w) {
        double t = 0;
        for (int c = 0; c < a.length; c++) {
            t += w[c] * a[c];
        }
        return t;
    }
}
