package org.wteval.rules;

/**
 * Restates a flue-gas concentration limit published at one reference oxygen content on the basis bids guarantee
 * their emissions at (11% O2, dry), so the emission rules compare like with like. A concentration referred to
 * oxygen content {@code O_ref} scales with {@code (21 - O_ref)}: the same flue gas diluted to more oxygen reads lower.
 */
public final class OxygenCorrection {

    /** Oxygen content (% by volume, dry) that bid emission guarantees are stated at. */
    public static final double BID_BASIS_PERCENT = 11.0;

    private static final double AIR_PERCENT = 21.0;

    private OxygenCorrection() {
    }

    /** The limit {@code value}, published at {@code referencePercent} O2, restated at 11% O2. */
    public static double toBidBasis(double value, double referencePercent) {
        return value * (AIR_PERCENT - BID_BASIS_PERCENT) / (AIR_PERCENT - referencePercent);
    }
}
