package org.wteval.robust;

/**
 * What an SMAA-2 run ({@link Smaa2}) says about each bid: its rank acceptabilities b_i^r, central weight vector
 * w_i^c, confidence factor p_i^c and holistic acceptability index a_i^h. Bids and criteria go by the indices of the
 * ranking analysed. Immutable.
 *
 * <p>The holistic index a_i^h = Σ_r α_r b_i^r weighs the ranks with meta-weights 1 = α_1 ≥ α_2 ≥ … ≥ α_m ≥ 0, as
 * Lahdelma and Salminen (2001) require; of the choices they discuss this uses the centroid meta-weights,
 * α_r = (Σ_{k=r}^m 1/k) / (Σ_{k=1}^m 1/k) for m bids: the rank-order centroid of m ordered weights, scaled so that
 * α_1 = 1. It makes no assumption on how much more first place is worth than second beyond their order, and a bid
 * ranked first in every draw scores 1.
 */
public final class SmaaResult {

    private final int draws;
    private final int bids;
    private final int criteria;
    private final long[] rankCounts;
    private final double[] central;
    private final double[] confidence;

    SmaaResult(int draws, int bids, int criteria, long[] rankCounts, double[] central, double[] confidence) {
        this.draws = draws;
        this.bids = bids;
        this.criteria = criteria;
        this.rankCounts = rankCounts.clone();
        this.central = central.clone();
        this.confidence = confidence.clone();
    }

    /**
     * The same result with the confidence factors computed elsewhere: over uncertain criteria values, as the share of
     * their draws in which each bid ranks first at its central weights.
     */
    SmaaResult withConfidence(double[] confidence) {
        return new SmaaResult(draws, bids, criteria, rankCounts, central, confidence);
    }

    /** How many weight vectors were drawn. */
    public int draws() {
        return draws;
    }

    public int bids() {
        return bids;
    }

    public int criteria() {
        return criteria;
    }

    /** Draws in which bid {@code i} has rank {@code r} (1-based). */
    public long rankCount(int i, int r) {
        return rankCounts[i * bids + r - 1];
    }

    /** b_i^r: the share of draws in which bid {@code i} has rank {@code r} (1-based). */
    public double acceptability(int i, int r) {
        return (double) rankCount(i, r) / draws;
    }

    /** Whether some draw ranked bid {@code i} first, so that its central weights and confidence are defined. */
    public boolean hasCentralWeights(int i) {
        return rankCount(i, 1) > 0;
    }

    /** w_ic: the mean weight of criterion {@code c} over the draws that rank bid {@code i} first; NaN if none did. */
    public double centralWeight(int i, int c) {
        return central[i * criteria + c];
    }

    /** p_i^c: 1 if bid {@code i} ranks first at its central weights, 0 if not; NaN if no draw ranked it first. */
    public double confidence(int i) {
        return confidence[i];
    }

    /** a_i^h = Σ_r α_r b_i^r with the centroid meta-weights {@link #metaWeight}. */
    public double holistic(int i) {
        double sum = 0;
        for (int r = 1; r <= bids; r++) {
            sum += metaWeight(r, bids) * acceptability(i, r);
        }
        return sum;
    }

    /** α_r = (Σ_{k=r}^m 1/k) / (Σ_{k=1}^m 1/k), the centroid meta-weight of rank {@code r} among {@code m}. */
    public static double metaWeight(int r, int m) {
        double tail = 0;
        double all = 0;
        for (int k = m; k >= 1; k--) {
            all += 1.0 / k;
            if (k >= r) {
                tail += 1.0 / k;
            }
        }
        return tail / all;
    }
}
