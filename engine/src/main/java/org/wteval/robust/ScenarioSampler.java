package org.wteval.robust;

/**
 * Draws the benchmark model's scenarios. Each scenario has its own {@link SplitMix64} stream, keyed by the run's
 * seed and the scenario's index alone, so a scenario's draws do not depend on which thread draws it, or on what was
 * drawn before it.
 *
 * <p>Within a scenario the draws come in a fixed order: inflation, discount rate, tonnage growth, LHV shift,
 * electricity price, landfill cost, then each bid's capex overrun and O&amp;M overrun. Normals come from the
 * ziggurat method of Marsaglia and Tsang (2000) with 128 layers, as Doornik (2005) describes it: one 64-bit output
 * gives the sign and position (top 53 bits) and the layer (low 7 bits); about 99% of the normals need nothing more,
 * the rest a wedge test or the tail beyond r = 3.4426. Mutable: one per thread.
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

    /** Ziggurat with 128 layers of equal area V; the base layer holds the tail beyond R. */
    private static final int ZIG_LAYERS = 128;
    private static final double ZIG_R = 3.442619855899;
    private static final double ZIG_V = 9.91256303526217e-3;
    /** Layer i's right edge x_i (x_0 = V / f(R) is the base layer's width with its tail as area), x_128 = 0. */
    private static final double[] ZIG_X = new double[ZIG_LAYERS + 1];
    /** x_{i+1} / x_i: the share of layer i that lies wholly under the density. */
    private static final double[] ZIG_RATIO = new double[ZIG_LAYERS];

    static {
        ZIG_X[0] = ZIG_V / density(ZIG_R);
        ZIG_X[1] = ZIG_R;
        for (int i = 2; i < ZIG_LAYERS; i++) {
            // each layer has area V: x_i (f(x_i) - f(x_{i-1})) = V
            ZIG_X[i] = Math.sqrt(-2 * Math.log(ZIG_V / ZIG_X[i - 1] + density(ZIG_X[i - 1])));
        }
        ZIG_X[ZIG_LAYERS] = 0;
        for (int i = 0; i < ZIG_LAYERS; i++) {
            ZIG_RATIO[i] = ZIG_X[i + 1] / ZIG_X[i];
        }
    }

    private final int bids;
    private final double[] capexLogMedian;
    private final double[] capexLogSd;
    private final double[] omLogMedian;
    private final double[] omLogSd;
    private long state;

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
        state = SplitMix64.start(seed, index);
        double inflation = clip(INFLATION_MEAN + INFLATION_SD * normal(), INFLATION_MIN, INFLATION_MAX);
        double rate = triangular(RATE_LEFT, RATE_MODE, RATE_RIGHT, uniform());
        double growth = clip(GROWTH_MEAN + GROWTH_SD * normal(), GROWTH_MIN, GROWTH_MAX);
        double shift = clip(SHIFT_SD * normal(), -SHIFT_LIMIT, SHIFT_LIMIT);
        double price = PRICE_MEAN * Math.exp(PRICE_LOG_SD * normal() - PRICE_LOG_MEAN_CORRECTION);
        double landfill = triangular(LANDFILL_LEFT, LANDFILL_MODE, LANDFILL_RIGHT, uniform());
        out.setScenario(slot, inflation, rate, growth, shift, price, landfill);
        for (int b = 0; b < bids; b++) {
            double kappa = Math.exp(capexLogMedian[b] + capexLogSd[b] * normal());
            out.setOverruns(slot, b, kappa, Math.exp(omLogMedian[b] + omLogSd[b] * normal()));
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

    private double normal() {
        while (true) {
            long bits = next();
            int layer = (int) (bits & (ZIG_LAYERS - 1));
            double u = 2 * ((bits >>> 11) * 0x1.0p-53) - 1;
            if (Math.abs(u) < ZIG_RATIO[layer]) {
                return u * ZIG_X[layer];
            }
            if (layer == 0) {
                return tail(u < 0);
            }
            double x = u * ZIG_X[layer];
            double f0 = density(ZIG_X[layer]);
            double f1 = density(ZIG_X[layer + 1]);
            if (f1 + (f0 - f1) * uniform() < density(x)) {
                return x;
            }
        }
    }

    /** A normal beyond -r or r, by Marsaglia's exponential rejection. */
    private double tail(boolean negative) {
        double x;
        double y;
        do {
            x = Math.log(openUniform()) / ZIG_R;
            y = Math.log(openUniform());
        } while (-2 * y < x * x);
        return negative ? x - ZIG_R : ZIG_R - x;
    }

    private static double density(double x) {
        return Math.exp(-0.5 * x * x);
    }

    /** A double in (0, 1): the logarithm's argument. */
    private double openUniform() {
        return ((next() >>> 11) + 0.5) * 0x1.0p-53;
    }

    /** A double in [0, 1) from the top 53 bits of the next output. */
    private double uniform() {
        return SplitMix64.unit(next());
    }

    private long next() {
        state = SplitMix64.step(state);
        return SplitMix64.mix(state);
    }
}
