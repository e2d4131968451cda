package org.wteval.robust;

/**
 * Draws the benchmark model's scenarios. Each scenario has its own {@link RandomStream}, keyed by the run's seed
 * and the scenario's index alone, so a scenario's draws do not depend on which thread draws it, or on what was drawn
 * before it.
 *
 * <p>Within a scenario the draws come in a fixed order: inflation, discount rate, tonnage growth, LHV shift,
 * electricity price, landfill cost, then each bid's capex overrun and O&amp;M overrun. Mutable: one per thread.
 */
public final class ScenarioSampler {

    private static final double INFLATION_MEAN = 0.03;
    private static final double INFLATION_SD = 0.012;
    private static final double INFLATION_MIN = -0.01;
    private static final double INFLATION_MAX = 0.10;
    private static final double RATE_LEFT = 0.03;
    private static final double RATE_MODE = 0.055;
    private static final double RATE_RIGHT = 0.09;
    private static final double GROWTH_MEAN = 0.025;
    private static final double GROWTH_SD = 0.010;
    private static final double GROWTH_MIN = -0.01;
    private static final double GROWTH_MAX = 0.06;
    private static final double SHIFT_SD = 0.6;
    private static final double SHIFT_LIMIT = 2.5;
    private static final double PRICE_MEAN = 80;
    private static final double PRICE_LOG_SD = 0.20;
    /** σ²/2 for σ = 0.20: exp(σZ − σ²/2) has mean 1, so the price's mean is 80. */
    private static final double PRICE_LOG_MEAN_CORRECTION = 0.02;
    private static final double LANDFILL_LEFT = 10;
    private static final double LANDFILL_MODE = 18;
    private static final double LANDFILL_RIGHT = 35;

    private final int bids;
    private final double[] capexLogMedian;
    private final double[] capexLogSd;
    private final double[] omLogMedian;
    private final double[] omLogSd;
    private final RandomStream stream = new RandomStream();

    public ScenarioSampler(McWorkload w) {
        bids = w.bids();
        capexLogMedian = new double[bids];
        omLogMedian = new double[bids];
        for (int b = 0; b < bids; b++) {
            capexLogMedian[b] = Math.log(1 + w.capexOverrunMedianExcess[b]);
            omLogMedian[b] = Math.log(1 + w.omOverrunMedianExcess[b]);
        }
        capexLogSd = w.capexOverrunLogSd.clone();
        omLogSd = w.omOverrunLogSd.clone();
    }

    /** Draws scenario {@code index} of the run with {@code seed} into {@code slot}. */
    public void draw(long seed, long index, ScenarioDraws out, int slot) {
        stream.start(seed, index);
        double inflation = clip(INFLATION_MEAN + INFLATION_SD * stream.normal(), INFLATION_MIN, INFLATION_MAX);
        double rate = triangular(RATE_LEFT, RATE_MODE, RATE_RIGHT, stream.uniform());
        double growth = clip(GROWTH_MEAN + GROWTH_SD * stream.normal(), GROWTH_MIN, GROWTH_MAX);
        double shift = clip(SHIFT_SD * stream.normal(), -SHIFT_LIMIT, SHIFT_LIMIT);
        double price = PRICE_MEAN * Math.exp(PRICE_LOG_SD * stream.normal() - PRICE_LOG_MEAN_CORRECTION);
        double landfill = triangular(LANDFILL_LEFT, LANDFILL_MODE, LANDFILL_RIGHT, stream.uniform());
        out.setScenario(slot, inflation, rate, growth, shift, price, landfill);
        for (int b = 0; b < bids; b++) {
            double kappa = Math.exp(capexLogMedian[b] + capexLogSd[b] * stream.normal());
            out.setOverruns(slot, b, kappa, Math.exp(omLogMedian[b] + omLogSd[b] * stream.normal()));
        }
    }

    /** Every draw at its centre: normal means, triangular modes, the price's mean, overruns at their medians. */
    public static void central(McWorkload w, ScenarioDraws out, int slot) {
        out.setScenario(slot, INFLATION_MEAN, RATE_MODE, GROWTH_MEAN, 0, PRICE_MEAN, LANDFILL_MODE);
        for (int b = 0; b < w.bids(); b++) {
            out.setOverruns(slot, b, 1 + w.capexOverrunMedianExcess[b], 1 + w.omOverrunMedianExcess[b]);
        }
    }

    /** Inverse CDF of Triangular(left, mode, right) at u. */
    static double triangular(double left, double mode, double right, double u) {
        double width = right - left;
        double split = (mode - left) / width;
        return u < split ? left + Math.sqrt(u * width * (mode - left))
                : right - Math.sqrt((1 - u) * width * (right - mode));
    }

    private static double clip(double v, double lo, double hi) {
        return Math.min(Math.max(v, lo), hi);
    }
}
