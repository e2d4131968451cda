package org.wteval.rules;

/** Score normalisations the scoring rules call; each returns 0..100. */
public final class Normalise {

    private Normalise() {
    }

    /**
     * Linear between anchors: 0 points at {@code worst}, 100 at {@code best}, clamped outside. Works in either
     * direction ({@code worst > best} means lower is better).
     */
    public static double linear(double value, double worst, double best) {
        double s = (value - worst) / (best - worst);
        return 100 * Math.max(0, Math.min(1, s));
    }

    /** Relative to the best (lowest) value among qualified bids: {@code 100 × best / value}. */
    public static double relativeToLowest(double value, double lowest) {
        return value <= 0 ? 100 : 100 * lowest / value;
    }
}
