package org.wteval.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.wteval.robust.McWorkload;
import org.wteval.robust.MonteCarloRunner;
import org.wteval.robust.RankingStatistics;
import org.wteval.robust.ScenarioDraws;

/**
 * The Monte Carlo benchmark model (100,000 scenarios × 10 bids × 25 years) end to end, and its parts: the random
 * draws alone and the cost kernel alone on scenarios drawn once per trial. Milliseconds per run of all scenarios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class MonteCarloBenchmark {

    private static final long SEED = 20_260_101L;

    @Param("100000")
    public int scenarios;

    /** Threads of the runner's pool. */
    @Param("2")
    public int threads;

    private McWorkload workload;
    private MonteCarloRunner runner;
    private ScenarioDraws drawn;
    private double[] costs;

    @Setup(Level.Trial)
    public void setUp() {
        workload = McWorkload.benchmark();
        runner = new MonteCarloRunner(workload, threads);
        drawn = new ScenarioDraws(scenarios, workload.bids());
        runner.draw(SEED, scenarios, drawn);
        costs = new double[scenarios * workload.bids()];
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        runner.close();
    }

    /** Draws, costs, ranks and summarises every scenario: mean, sd, P5, P95 and the rank acceptability. */
    @Benchmark
    public RankingStatistics workload() {
        return runner.run(SEED, scenarios);
    }

    /** Every bid's levelised cost in every scenario, the draws already made. */
    @Benchmark
    public void kernel(Blackhole bh) {
        runner.cost(drawn, scenarios, costs);
        bh.consume(costs[costs.length - 1]);
    }

    /** The random draws of every scenario alone. */
    @Benchmark
    public void draws(Blackhole bh) {
        runner.draw(SEED, scenarios, drawn);
        bh.consume(drawn.electricityPrice(scenarios - 1));
    }
}
