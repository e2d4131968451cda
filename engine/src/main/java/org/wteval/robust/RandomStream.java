package org.wteval.robust;

/**
 * A counter-based random stream per scenario, the {@link SplitMix64} sequence of its index: what scenario
 * {@code index} draws depends on the seed and the index alone, not on the thread that draws it or on what was drawn
 * before it.
 *
 * <p>Normals come from the ziggurat method of Marsaglia and Tsang (2000, "The ziggurat method for generating random
 * variables", J. Stat. Software 5(8)) with 128 layers, as Doornik (2005) describes it: one 64-bit output gives the
 * sign and position (top 53 bits) and the layer (low 7 bits); about 99% of the normals need nothing more, the rest
 * a wedge test or the tail beyond r = 3.4426. Mutable: one per thread.
 */
final class RandomStream {

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

    private long state;

    /** Starts the stream of scenario {@code index} of the run with {@code seed}. */
    void start(long seed, long index) {
        state = SplitMix64.start(seed, index);
    }

    /** A standard normal. */
    double normal() {
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

    /** A double in [0, 1) from the top 53 bits of the next output. */
    double uniform() {
        return SplitMix64.unit(next());
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

    private long next() {
        state = SplitMix64.step(state);
        return SplitMix64.mix(state);
    }
}
