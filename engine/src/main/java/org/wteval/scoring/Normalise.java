package org.wteval.scoring;

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

    /**
     * Relative to the best value among qualified bids: {@code 100 × lowest / value} when lower is better,
     * {@code 100 × value / highest} otherwise. A value at or below zero where lower is better is the best possible.
     */
    public static double relativeToBest(double value, double lowest, double highest, boolean lowerIsBetter) {
        if (lowerIsBetter) {
            return value <= 0 ? 100 : 100 * lowest / value;
        }
        return highest <= 0 ? 0 : 100 * value / highest;
    }

    /** Threshold: 100 points for meeting it (at most it when lower is better, at least it otherwise), else 0. */
    public static double threshold(double value, double threshold, boolean lowerIsBetter) {
        return (lowerIsBetter ? value <= threshold : value >= threshold) ? 100 : 0;
    }
}
