package org.wteval.robust;

/**
 * Counts, over the draws of a Monte Carlo run, how often each bid takes each rank and how often each bid is ranked
 * ahead of each other: the rank acceptability a_bk = #{draws with rank(b) = k} / N of stochastic multicriteria
 * acceptability analysis (Lahdelma, Hokkanen and Salminen 1998, "SMAA — Stochastic multiobjective acceptability
 * analysis", EJOR 106(1)) and the pairwise winning index p_ij = #{draws with rank(i) &lt; rank(j)} / N (Leskinen,
 * Viitanen, Kangas and Kangas 2006, "Alternatives to incorporate uncertainty and risk attitude in multicriteria
 * evaluation of forest plans", Forest Science 52(3)). The counts are integers, so tallies of fixed blocks of draws
 * merged in any order give the same result. Mutable: one per thread.
 */
final class RankTally {

    private final int bids;
    private final long[] rankCounts;
    private final long[] aheadCounts;

    RankTally(int bids) {
        this.bids = bids;
        rankCounts = new long[bids * bids];
        aheadCounts = new long[bids * bids];
    }

    /** Counts one draw's ranks, {@code ranks[b]} bid b's rank (1 the best, each rank once). */
    void add(int[] ranks) {
        for (int i = 0; i < bids; i++) {
            rankCounts[i * bids + ranks[i] - 1]++;
            for (int j = 0; j < bids; j++) {
                if (ranks[i] < ranks[j]) {
                    aheadCounts[i * bids + j]++;
                }
            }
        }
    }

    /** Adds another tally's counts to this one's. */
    void add(RankTally other) {
        for (int i = 0; i < rankCounts.length; i++) {
            rankCounts[i] += other.rankCounts[i];
            aheadCounts[i] += other.aheadCounts[i];
        }
    }

    /** Draws in which bid {@code b} has rank {@code rank} (1-based). */
    long rankCount(int b, int rank) {
        return rankCounts[b * bids + rank - 1];
    }

    /** Draws in which bid {@code i} is ranked ahead of bid {@code j}. */
    long aheadCount(int i, int j) {
        return aheadCounts[i * bids + j];
    }
}
