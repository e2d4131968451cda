package org.wteval.robust;

/**
 * Bids ranked from criterion weights, ranked again with any other weights: what SMAA-2 explores. A plain score matrix
 * and a tender's fast path are both such rankings.
 *
 * <p>Every ranking is strict: bids whose totals tie are ordered by the ranking's own tie-break, so each weight vector
 * gives every bid exactly one rank.
 */
public interface WeightedRanking {

    /** How many bids are ranked. */
    int bids();

    /** How many criterion weights a ranking takes. */
    int criteria();

    /** A ranker with its own working space, for one thread. */
    Ranker ranker();

    /** Ranks the bids with given weights; mutable, for one thread. */
    interface Ranker {

        /** Ranks every bid with {@code weights}, by criterion; allocates nothing. */
        void rank(double[] weights);

        /** Bid {@code i}'s rank in the last {@link #rank}, 1 for the best. */
        int rank(int i);
    }
}
