package org.wteval.calc;

/**
 * Internal rate of return and payback of a yearly net cash flow (flows at the end of years 1..n, as everywhere in
 * the lifecycle). Kernels on primitives.
 */
public final class ProjectReturns {

    private static final double LOW = -0.99;
    private static final double HIGH = 10.0;
    private static final int ITERATIONS = 200;

    private ProjectReturns() {
    }

    /**
     * The rate at which the flows' present value is zero, by bisection on [−99%, 1000%]; NaN when the present value
     * does not change sign there (e.g. no investment). A project that never repays its capex has a negative rate. Bisection is slow but cannot diverge, and 200
     * halvings fix the rate far below a basis point.
     */
    public static double irr(double[] flows) {
        double lo = LOW;
        double hi = HIGH;
        double fLo = npv(flows, lo);
        double fHi = npv(flows, hi);
        if (Double.isNaN(fLo) || Double.isNaN(fHi) || Math.signum(fLo) == Math.signum(fHi)) {
            return Double.NaN;
        }
        for (int i = 0; i < ITERATIONS; i++) {
            double mid = (lo + hi) / 2;
            double fMid = npv(flows, mid);
            if (Math.signum(fMid) == Math.signum(fLo)) {
                lo = mid;
                fLo = fMid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /** Present value at rate {@code r} of {@code flows[j]} at the end of year {@code j + 1}. */
    static double npv(double[] flows, double r) {
        return DiscountRates.presentValueAt(flows, r);
    }

    /**
     * Years from the start of operation until the cumulative undiscounted flow, capex included, turns
     * non-negative, interpolated within the year it does; NaN if it never does.
     *
     * @param firstOperatingIndex index in {@code flows} of the first operating year
     */
    public static double paybackYears(double[] flows, int firstOperatingIndex) {
        double cumulative = 0;
        for (int j = 0; j < flows.length; j++) {
            double before = cumulative;
            cumulative += flows[j];
            if (j >= firstOperatingIndex && cumulative >= 0 && before < 0) {
                return (j - firstOperatingIndex) + (-before / flows[j]);
            }
        }
        return Double.NaN;
    }
}
