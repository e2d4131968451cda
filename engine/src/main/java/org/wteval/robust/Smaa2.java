package org.wteval.robust;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * SMAA-2, stochastic multicriteria acceptability analysis over all ranks (Lahdelma and Salminen 2001, "SMAA-2:
 * Stochastic multicriteria acceptability analysis for group decision making", Operations Research 49(3):444-454):
 * which rankings the weights a toolkit allows can give, and how often. The criterion values are held as they are;
 * weights w are drawn uniformly from the weight space W that the bounds allow ({@link WeightSampler}), and each draw
 * ranks the bids again. Over N draws it estimates, for each bid i:
 * <ul>
 *   <li>the rank acceptability b_i^r: the share of W in which i has rank r;</li>
 *   <li>the central weight vector w_i^c: the mean of the weights in W that rank i first, the typical preferences of
 *       a committee that would pick i; undefined when b_i^1 = 0;</li>
 *   <li>the confidence factor p_i^c: the probability that i ranks first when the weights are w_i^c. With the
 *       criterion values fixed it is 1 or 0 ({@link #winsAt} once); with uncertain values it is the share of their
 *       scenarios in which {@link #winsAt} holds. For a weighted sum the weights that rank i first form a convex
 *       set, so with fixed values p_i^c is 1 unless w_i^c falls on that set's edge;</li>
 *   <li>the holistic acceptability index a_i^h = Σ_r α_r b_i^r ({@link SmaaResult#holistic}).</li>
 * </ul>
 *
 * <p>Ties. Each draw gives one strict ranking: bids whose totals tie are ordered by the ranking's own tie-break,
 * for a tender the toolkit's tie-break exactly as the evaluation applies it. Other SMAA implementations let tied
 * bids share a rank or break ties at random. A committee can award only in the order the evaluation itself would
 * rank, and a weight vector on which two bids tie would be settled by the tender's stated tie-break, not by a coin:
 * counting each draw as the evaluation would rank it makes b_i^1 the share of allowed weights under which i would
 * actually be awarded. For weights drawn from a continuum, exact ties of a weighted sum have probability zero;
 * totals that tie only as printed (six significant digits) are what the tie-break settles.
 *
 * <p>Determinism. Draw s uses its own stream ({@link WeightSampler#draw}); draws go in fixed chunks of
 * {@value #CHUNK}, whatever the thread count; rank counts are integers; the weights that rank a bid first are summed
 * per chunk in draw order and the chunks' sums added in chunk order. The results are therefore the same bytes for
 * any number of threads. The draw loop allocates nothing.
 */
public final class Smaa2 {

    /** The seed of a run when none is given. */
    public static final long DEFAULT_SEED = 20_260_202L;

    static final int CHUNK = 4096;

    private Smaa2() {
    }

    /**
     * Runs draws 0..N−1 of the run with {@code seed}.
     *
     * @param threads how many threads rank the draws; the results do not depend on it
     * @throws IllegalArgumentException if the sampler weighs another number of criteria than the ranking, or
     *     {@code draws} or {@code threads} is below 1
     */
    public static SmaaResult run(WeightedRanking ranking, WeightSampler sampler, long seed, int draws, int threads) {
        return run(ranking, sampler, seed, draws, threads, new Progress());
    }

    /** The same, adding each finished chunk of draws to {@code progress}. */
    public static SmaaResult run(WeightedRanking ranking, WeightSampler sampler, long seed, int draws, int threads,
                                 Progress progress) {
        if (sampler.criteria() != ranking.criteria()) {
            throw new IllegalArgumentException("the sampler draws " + sampler.criteria() + " weights for a ranking on "
                    + ranking.criteria() + " criteria");
        }
        if (draws < 1 || threads < 1) {
            throw new IllegalArgumentException("draws and threads must be at least 1, not " + draws + " and "
                    + threads);
        }
        int bids = ranking.bids();
        int criteria = ranking.criteria();
        int chunks = (draws - 1) / CHUNK + 1;
        double[] chunkSums = new double[chunks * bids * criteria];
        AtomicInteger nextChunk = new AtomicInteger();
        List<Worker> workers = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            workers.add(new Worker(ranking, sampler, seed, draws, chunkSums, nextChunk, progress));
        }
        Workers.run(workers, "smaa-2");

        long[] rankCounts = new long[bids * bids];
        for (Worker w : workers) {
            for (int k = 0; k < rankCounts.length; k++) {
                rankCounts[k] += w.rankCounts[k];
            }
        }
        double[] central = new double[bids * criteria];
        for (int chunk = 0; chunk < chunks; chunk++) {
            int base = chunk * bids * criteria;
            for (int k = 0; k < central.length; k++) {
                central[k] += chunkSums[base + k];
            }
        }
        double[] confidence = new double[bids];
        WeightedRanking.Ranker ranker = workers.get(0).ranker;
        double[] weights = new double[criteria];
        for (int i = 0; i < bids; i++) {
            long firsts = rankCounts[i * bids];
            for (int c = 0; c < criteria; c++) {
                central[i * criteria + c] = firsts == 0 ? Double.NaN : central[i * criteria + c] / firsts;
                weights[c] = central[i * criteria + c];
            }
            confidence[i] = firsts == 0 ? Double.NaN : winsAt(ranker, weights, i) ? 1 : 0;
        }
        return new SmaaResult(draws, bids, criteria, rankCounts, central, confidence);
    }

    /**
     * Whether bid {@code i} ranks first with {@code weights}: with a ranker over one scenario's criterion values and
     * the bid's central weights, one scenario's term of the confidence factor p_i^c.
     */
    public static boolean winsAt(WeightedRanking.Ranker ranker, double[] weights, int i) {
        ranker.rank(weights);
        return ranker.rank(i) == 1;
    }

    /** One thread's ranker, weights and rank counts; it takes the next free chunk until none is left. */
    private static final class Worker implements Callable<Void> {

        final WeightedRanking.Ranker ranker;
        final long[] rankCounts;
        private final WeightSampler sampler;
        private final long seed;
        private final int draws;
        private final int bids;
        private final int criteria;
        private final double[] chunkSums;
        private final AtomicInteger nextChunk;
        private final double[] weights;
        private final Progress progress;

        Worker(WeightedRanking ranking, WeightSampler sampler, long seed, int draws, double[] chunkSums,
               AtomicInteger nextChunk, Progress progress) {
            this.progress = progress;
            ranker = ranking.ranker();
            bids = ranking.bids();
            criteria = ranking.criteria();
            rankCounts = new long[bids * bids];
            weights = new double[criteria];
            this.sampler = sampler;
            this.seed = seed;
            this.draws = draws;
            this.chunkSums = chunkSums;
            this.nextChunk = nextChunk;
        }

        @Override
        public Void call() {
            for (int chunk = nextChunk.getAndIncrement(); (long) chunk * CHUNK < draws;
                 chunk = nextChunk.getAndIncrement()) {
                int from = chunk * CHUNK;
                int to = Math.min(from + CHUNK, draws);
                int base = chunk * bids * criteria;
                for (int s = from; s < to; s++) {
                    sampler.draw(seed, s, weights);
                    ranker.rank(weights);
                    for (int i = 0; i < bids; i++) {
                        int r = ranker.rank(i);
                        rankCounts[i * bids + r - 1]++;
                        if (r == 1) {
                            for (int c = 0; c < criteria; c++) {
                                chunkSums[base + i * criteria + c] += weights[c];
                            }
                        }
                    }
                }
                progress.advance(to - from);
            }
            return null;
        }
    }
}
