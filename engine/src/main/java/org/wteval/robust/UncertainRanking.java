package org.wteval.robust;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.wteval.calc.BidKernel;
import org.wteval.model.Criterion;
import org.wteval.model.UncertainVariable;
import org.wteval.pipeline.Evaluation;
import org.wteval.pipeline.FastPath;

/**
 * How sure the ranking is when the tender's uncertain inputs vary: a Monte Carlo run over an evaluation's fast
 * path. Each draw prices every ranked bid's kernel for one scenario of an {@link Uncertainty} (the plant run again
 * on the shifted LHV, the lifecycle flows, the scores, the totals) and ranks the bids as the evaluation's method
 * does. Qualification is held fixed: the bids the evaluation ranked are ranked in every draw, under the revenue
 * plans the planning rules gave them; no draw runs the rules again.
 *
 * <p>Per bid the result gives its rank acceptability and probability of winning, the pairwise winning index
 * against every other bid ({@link RankTally}), and P5, P50 and P95 (type 7, {@link Quantiles}) of its lifecycle
 * cost per tonne and of its total. The standard error of a probability p estimated from N draws is
 * √(p(1 − p)/N). Draws go in blocks of {@value #BLOCK}, whatever the thread count; each draw's figures land at its
 * own place and the counts are integers, so the result is the same bits for any number of threads.
 */
public final class UncertainRanking {

    /** The seed of a run that names none: fixed, so that a report can be reproduced. */
    public static final long DEFAULT_SEED = 20260101L;
    /** Draws of a run that names none: a probability's standard error is at most 0.5 %. */
    public static final int DEFAULT_DRAWS = 10_000;
    static final int BLOCK = 256;
    private static final double[] PERCENTILES = {0.05, 0.50, 0.95};

    private UncertainRanking() {
    }

    /** P5, P50 and P95 of a figure over the draws. */
    public record Spread(double p5, double p50, double p95) {
    }

    /**
     * What the run says about one bid.
     *
     * @param rankProbability element k − 1: the share of draws in which the bid has rank k (its rank acceptability)
     * @param aheadOf element j: the share of draws in which the bid is ranked ahead of bid j (0 against itself)
     * @param costPerTonne the lifecycle criterion's metric, the authority's real cost per tonne delivered
     * @param total the bid's total under the evaluation's method
     * @param winsAtCentralWeights the share of draws in which the bid ranks first at its own SMAA-2 central weights
     *     (its confidence factor, Lahdelma and Salminen 2001); NaN when no central weights were given for it
     */
    public record BidOutcome(String bidId, List<Double> rankProbability, double winProbability, List<Double> aheadOf,
                             Spread costPerTonne, Spread total, double winsAtCentralWeights) {

        public BidOutcome {
            rankProbability = List.copyOf(rankProbability);
            aheadOf = List.copyOf(aheadOf);
        }
    }

    /**
     * The result of a run.
     *
     * @param qualificationHeldFixed always true: every draw ranks the bids the evaluation ranked, as reports state
     * @param higherTotalIsBetter whether the method ranks the highest total first
     * @param inputs the distributions drawn and where each was declared
     * @param bids in the order of the evaluation's ranked bids
     */
    public record Result(int draws, long seed, boolean qualificationHeldFixed, boolean higherTotalIsBetter,
                         List<Uncertainty.Declared> inputs, List<BidOutcome> bids) {

        public Result {
            inputs = List.copyOf(inputs);
            bids = List.copyOf(bids);
        }
    }

    /**
     * Runs {@code draws} scenarios of {@code u} over the ranked bids of {@code e}.
     *
     * @param seed the run's seed ({@link #DEFAULT_SEED} when the user names none)
     * @param threads threads to run on; the result does not depend on it
     */
    public static Result run(Evaluation e, Uncertainty u, int draws, long seed, int threads) {
        return run(e, u, draws, seed, threads, new Progress());
    }

    /** The same, adding each finished block of draws to {@code progress}. */
    public static Result run(Evaluation e, Uncertainty u, int draws, long seed, int threads, Progress progress) {
        return run(e, u, draws, seed, threads, progress, null);
    }

    /**
     * The same, also counting for each bid the draws in which it ranks first at its own weights: with SMAA-2's
     * central weights, the confidence factors of the bids over the uncertain inputs.
     *
     * @param centralWeights by bid in the fast path's order, weights by criterion; a bid's entry is {@code null} when
     *     it has none, and the whole array may be {@code null}
     */
    public static Result run(Evaluation e, Uncertainty u, int draws, long seed, int threads, Progress progress,
                             double[][] centralWeights) {
        return run(FastPath.of(e), u, draws, seed, threads, progress, centralWeights);
    }

    /** The same on a fast path the caller already holds, so that the bids' kernels are not built again. */
    public static Result run(FastPath fast, Uncertainty u, int draws, long seed, int threads, Progress progress,
                             double[][] centralWeights) {
        if (draws < 1 || threads < 1) {
            throw new IllegalArgumentException("draws and threads must be at least 1, not " + draws + " and "
                    + threads);
        }
        int n = fast.size();
        double[] costs = new double[n * draws];
        double[] totals = new double[n * draws];
        AtomicInteger nextBlock = new AtomicInteger();
        List<Callable<Worker.Counts>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(() -> new Worker(fast, u, centralWeights).run(seed, draws, nextBlock, costs, totals,
                    progress));
        }
        RankTally tally = new RankTally(n);
        long[] winsAtCentral = new long[n];
        for (Worker.Counts part : Workers.run(workers, "uncertain-ranking")) {
            tally.add(part.tally());
            for (int i = 0; i < n; i++) {
                winsAtCentral[i] += part.winsAtCentral()[i];
            }
        }
        List<BidOutcome> bids = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            List<Double> ranks = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                ranks.add((double) tally.rankCount(b, k) / draws);
            }
            List<Double> ahead = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                ahead.add((double) tally.aheadCount(b, j) / draws);
            }
            double confidence = centralWeights == null || centralWeights[b] == null ? Double.NaN
                    : (double) winsAtCentral[b] / draws;
            bids.add(new BidOutcome(fast.bidId(b), ranks, ranks.get(0), ahead, spread(costs, b, draws),
                    spread(totals, b, draws), confidence));
        }
        return new Result(draws, seed, true, fast.method().higherIsBetter(), u.declared(), bids);
    }

    /** The percentiles of bid b's column; reorders it. */
    private static Spread spread(double[] column, int b, int draws) {
        double[] q = new double[PERCENTILES.length];
        Quantiles.type7(column, b * draws, (b + 1) * draws, PERCENTILES, q);
        return new Spread(q[0], q[1], q[2]);
    }

    /** One thread's sampler, scenario kernels, workspace and tally; allocation-free per draw but for the rates. */
    private static final class Worker {
        private final FastPath fast;
        private final UncertaintySampler sampler;
        private final BidKernel[] kernels;
        private final FastPath.Workspace ws;
        private final double[][] draw;
        private final int[] ranks;
        private final RankTally tally;
        private final double[][] central;
        private final long[] winsAtCentral;

        /** What one thread counted: ranks and pairs, and wins at each bid's central weights. */
        record Counts(RankTally tally, long[] winsAtCentral) {
        }

        Worker(FastPath fast, Uncertainty u, double[][] central) {
            this.central = central;
            this.fast = fast;
            int n = fast.size();
            sampler = new UncertaintySampler(u);
            kernels = new BidKernel[n];
            for (int i = 0; i < n; i++) {
                kernels[i] = fast.kernel(i).scenarioCopy();
            }
            ws = fast.workspace();
            draw = new double[n][UncertainVariable.values().length];
            ranks = new int[n];
            tally = new RankTally(n);
            winsAtCentral = new long[n];
        }

        Counts run(long seed, int draws, AtomicInteger nextBlock, double[] costs, double[] totals,
                   Progress progress) {
            int n = kernels.length;
            for (int start = nextBlock.getAndIncrement() * BLOCK; start < draws;
                 start = nextBlock.getAndIncrement() * BLOCK) {
                int end = Math.min(start + BLOCK, draws);
                for (int s = start; s < end; s++) {
                    sampler.draw(seed, s, draw);
                    for (int i = 0; i < n; i++) {
                        kernels[i].applyScenario(draw[i]);
                    }
                    fast.run(ws, kernels);
                    for (int i = 0; i < n; i++) {
                        ranks[i] = ws.rank(i);
                        costs[i * draws + s] = ws.metric(Criterion.LIFECYCLE, i);
                        totals[i * draws + s] = ws.total(i);
                    }
                    tally.add(ranks);
                    if (central != null) {
                        // The draw's metrics stay in the workspace: ranking again with other weights is cheap.
                        for (int i = 0; i < n; i++) {
                            if (central[i] != null) {
                                fast.rerank(ws, central[i]);
                                winsAtCentral[i] += ws.ranked(0) == i ? 1 : 0;
                            }
                        }
                    }
                }
                progress.advance(end - start);
            }
            return new Counts(tally, winsAtCentral);
        }
    }
}
