package org.wteval.robust;

/**
 * The counter-based random streams of the robust analyses: a SplitMix64 sequence (Steele, Lea and Flood 2014, "Fast
 * splittable pseudorandom number generators", OOPSLA), a Weyl counter stepped by the golden-ratio gamma with each
 * step put through the MurmurHash3 64-bit finaliser. The stream of draw {@code index} of a run starts at
 * {@code mix(seed + (index + 1) * gamma)}, so a draw depends on the seed and its index alone, never on the thread
 * that makes it or on the draws before it. The state is a plain {@code long} the caller holds, so drawing
 * allocates nothing.
 */
final class SplitMix64 {

    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    private SplitMix64() {
    }

    /** The state that starts the stream of draw {@code index} of the run with {@code seed}. */
    static long start(long seed, long index) {
        return mix(seed + (index + 1) * GAMMA);
    }

    /** The state after {@code state}: read the step's output with {@link #mix}. */
    static long step(long state) {
        return state + GAMMA;
    }

    /** The output for a state. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    /** A double in [0, 1) from the top 53 bits of an output. */
    static double unit(long bits) {
        return (bits >>> 11) * 0x1.0p-53;
    }
}
