package org.wteval.robust;

/**
 * What a Monte Carlo run says about each bid's levelised cost and rank: mean, standard deviation, P5 and P95
 * (type 7) of the cost over the scenarios, and the rank acceptability a_bk, the share of scenarios in which bid b
 * has rank k (rank 1 the cheapest; exact ties go to the earlier bid). Immutable.
 */
public final class RankingStatistics {

    private final int scenarios;
    private final double[] mean;
    private final double[] sd;
    private final double[] p5;
    private final double[] p95;
    private final long[] rankCounts;

    RankingStatistics(int scenarios, double[] mean, double[] sd, double[] p5, double[] p95, long[] rankCounts) {
        this.scenarios = scenarios;
        this.mean = mean.clone();
        this.sd = sd.clone();
        this.p5 = p5.clone();
        this.p95 = p95.clone();
        this.rankCounts = rankCounts.clone();
    }

    public int bids() {
        return mean.length;
    }

    public double mean(int bid) {
        return mean[bid];
    }

    /** Sample standard deviation (n − 1 in the denominator). */
    public double sd(int bid) {
        return sd[bid];
    }

    public double p5(int bid) {
        return p5[bid];
    }

    public double p95(int bid) {
        return p95[bid];
    }

    /** Scenarios in which the bid has rank {@code rank} (1-based). */
    public long rankCount(int bid, int rank) {
        return rankCounts[bid * bids() + rank - 1];
    }

    /** a_bk: the share of scenarios in which the bid has rank {@code rank} (1-based). */
    public double acceptability(int bid, int rank) {
        return (double) rankCount(bid, rank) / scenarios;
    }

    /** Σ_k k a_bk. */
    public double expectedRank(int bid) {
        long sum = 0;
        for (int k = 1; k <= bids(); k++) {
            sum += k * rankCount(bid, k);
        }
        return (double) sum / scenarios;
    }
}
