package org.wteval.robust;

/**
 * The range of one parameter x within which an order of bids holds, when every bid's total is a line in x:
 * U_i(x) = U_i(x0) + (x − x0)·s_i. Two lines meet at most once, at x* = x0 − (U_i − U_j)/(s_i − s_j). The totals are
 * continuous in x, so the first change of the order as x moves away from x0 is a swap of two bids adjacent in it:
 * only adjacent pairs need checking, and the nearest meeting point on each side is that side's bound.
 *
 * <p>Ties at x0 and at a bound are read as in {@link WeightStability}: a pair tied now bounds the range at x0 on the
 * side where the bid behind gains, and a pair with equal slopes never swaps.
 */
final class LinearStability {

    private LinearStability() {
    }

    /**
     * @param totals each bid's total at x0, best first; a total must not exceed the one before it (higher is better)
     * @param slopes dU_i/dx of each bid, in the same order
     * @param x0 the parameter's current value
     * @param min the lowest value the parameter may take, the lower bound where no pair meets below x0
     * @param max the highest, the upper bound where no pair meets above x0 (may be infinite)
     * @throws IllegalArgumentException if the totals are out of order or the arrays differ in length
     */
    static WeightStability.Interval of(double[] totals, double[] slopes, double x0, double min, double max) {
        if (totals.length != slopes.length) {
            throw new IllegalArgumentException(totals.length + " totals for " + slopes.length + " slopes");
        }
        for (int r = 1; r < totals.length; r++) {
            if (totals[r] > totals[r - 1]) {
                throw new IllegalArgumentException("bid ranked " + r + " totals more than the bid above it");
            }
        }
        WeightStability.Bound lower = new WeightStability.Bound(min, -1, -1);
        WeightStability.Bound upper = new WeightStability.Bound(max, -1, -1);
        for (int i = 0; i + 1 < totals.length; i++) {
            int j = i + 1;
            double slopeGap = slopes[i] - slopes[j];
            if (slopeGap == 0) {
                continue;
            }
            double meet = x0 - (totals[i] - totals[j]) / slopeGap;
            // Bid i gains on j as x rises when its slope is the larger, so they can only meet below x0.
            if (slopeGap > 0 && meet >= lower.weight() && (meet > lower.weight() || !lower.swaps())) {
                lower = new WeightStability.Bound(meet, i, j);
            } else if (slopeGap < 0 && meet <= upper.weight() && (meet < upper.weight() || !upper.swaps())) {
                upper = new WeightStability.Bound(meet, i, j);
            }
        }
        return new WeightStability.Interval(lower, upper);
    }
}
