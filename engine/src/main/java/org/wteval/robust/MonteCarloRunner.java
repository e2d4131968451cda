package org.wteval.robust;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the benchmark model over N scenarios on a fixed pool of threads. Scenarios go in blocks of
 * {@value #BLOCK}, whatever the thread count; each thread takes the next free block, draws it into its own buffer,
 * costs it and counts the ranks. Every cost lands at its scenario's place in one column per bid, rank counts are
 * integers, and the statistics are then computed per bid in scenario order, so the result is the same bytes for any
 * thread count. Reuses its buffers from run to run; not for concurrent use. Close it to stop its threads.
 */
public final class MonteCarloRunner implements AutoCloseable {

    static final int BLOCK = 1024;
    private static final double[] PERCENTILES = {0.05, 0.95};

    private final McWorkload workload;
    private final int bids;
    private final ExecutorService pool;
    private final Worker[] workers;
    /** The next free block of scenarios; in the summary, the next bid. */
    private final AtomicInteger nextBlock = new AtomicInteger();
    /** Costs of the last run, bid b's column at {@code [b * n, (b + 1) * n)}. */
    private double[] costs = new double[0];

    public MonteCarloRunner(McWorkload workload, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.workload = workload;
        this.bids = workload.bids();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "monte-carlo");
            t.setDaemon(true);
            return t;
        });
        workers = new Worker[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = new Worker();
        }
    }

    /** Draws scenarios 0..n−1 of the run with {@code seed}, costs them and summarises costs and ranks. */
    public RankingStatistics run(long seed, int n) {
        if (costs.length != n * bids) {
            costs = new double[n * bids];
        }
        double[] lc = costs;
        inParallel(w -> w.drawAndCost(seed, n, lc));
        long[] rankCounts = new long[bids * bids];
        for (Worker w : workers) {
            for (int i = 0; i < rankCounts.length; i++) {
                rankCounts[i] += w.rankCounts[i];
            }
        }
        return summarise(n, rankCounts);
    }

    /** Draws scenarios 0..n−1 of the run with {@code seed} into {@code out}, which holds at least n. */
    public void draw(long seed, int n, ScenarioDraws out) {
        inParallel(w -> w.draw(seed, n, out));
    }

    /** Costs the n scenarios already in {@code drawn}: bid b's cost in scenario s goes to {@code out[b * n + s]}. */
    public void cost(ScenarioDraws drawn, int n, double[] out) {
        inParallel(w -> w.cost(drawn, n, out));
    }

    private RankingStatistics summarise(int n, long[] rankCounts) {
        double[] mean = new double[bids];
        double[] sd = new double[bids];
        double[] p5 = new double[bids];
        double[] p95 = new double[bids];
        inParallel(w -> {
            double[] q = new double[PERCENTILES.length];
            for (int b = nextBlock.getAndIncrement(); b < bids; b = nextBlock.getAndIncrement()) {
                int from = b * n;
                int to = from + n;
                double sum = 0;
                for (int i = from; i < to; i++) {
                    sum += costs[i];
                }
                double m = sum / n;
                double squares = 0;
                for (int i = from; i < to; i++) {
                    double dev = costs[i] - m;
                    squares += dev * dev;
                }
                mean[b] = m;
                sd[b] = Math.sqrt(squares / (n - 1));
                Quantiles.type7(costs, from, to, PERCENTILES, q);
                p5[b] = q[0];
                p95[b] = q[1];
            }
        });
        return new RankingStatistics(n, mean, sd, p5, p95, rankCounts);
    }

    private interface Task {
        void run(Worker w);
    }

    private void inParallel(Task task) {
        nextBlock.set(0);
        List<Callable<Void>> calls = new ArrayList<>(workers.length);
        for (Worker w : workers) {
            calls.add(() -> {
                task.run(w);
                return null;
            });
        }
        try {
            for (Future<Void> f : pool.invokeAll(calls)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Monte Carlo run interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Monte Carlo run failed", e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** One thread's sampler, kernel, block buffer and rank counts. */
    private final class Worker {
        final ScenarioSampler sampler = new ScenarioSampler(workload);
        final CostKernel kernel = new CostKernel(workload);
        final ScenarioDraws block = new ScenarioDraws(BLOCK, bids);
        final double[] scenarioCosts = new double[bids];
        final long[] rankCounts = new long[bids * bids];

        void drawAndCost(long seed, int n, double[] lc) {
            Arrays.fill(rankCounts, 0);
            for (int start = claim(); start < n; start = claim()) {
                int end = Math.min(start + BLOCK, n);
                for (int s = start; s < end; s++) {
                    sampler.draw(seed, s, block, s - start);
                }
                kernel.evaluate(block, 0, end - start, lc, start, n);
                for (int s = start; s < end; s++) {
                    countRanks(lc, n, s);
                }
            }
        }

        void draw(long seed, int n, ScenarioDraws out) {
            for (int start = claim(); start < n; start = claim()) {
                int end = Math.min(start + BLOCK, n);
                for (int s = start; s < end; s++) {
                    sampler.draw(seed, s, out, s);
                }
            }
        }

        void cost(ScenarioDraws drawn, int n, double[] out) {
            for (int start = claim(); start < n; start = claim()) {
                int end = Math.min(start + BLOCK, n);
                kernel.evaluate(drawn, start, end - start, out, start, n);
            }
        }

        /** rank_b = 1 + #{b′ : LC_b′ < LC_b} + #{b′ < b : LC_b′ = LC_b}. */
        private void countRanks(double[] lc, int n, int s) {
            for (int b = 0; b < bids; b++) {
                scenarioCosts[b] = lc[b * n + s];
            }
            for (int b = 0; b < bids; b++) {
                double c = scenarioCosts[b];
                int rank = 0;
                for (int o = 0; o < bids; o++) {
                    double other = scenarioCosts[o];
                    if (other < c || (other == c && o < b)) {
                        rank++;
                    }
                }
                rankCounts[b * bids + rank]++;
            }
        }
    }

    private int claim() {
        return nextBlock.getAndIncrement() * BLOCK;
    }
}
