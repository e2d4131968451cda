package org.wteval.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.wteval.optimise.award.solver.AwardSolverSettings;
import org.wteval.optimise.award.solver.LotAwardSolver;

/**
 * The lot award's start-up: building the solver factory and its solution manager (the constraint streams and the
 * moves configured), once in each of seven fresh JVMs, nothing built before it, as {@code wte award} pays it once
 * per run.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(7)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class SolverFactoryBenchmark {

    @Benchmark
    public LotAwardSolver buildSolverFactory() {
        return new LotAwardSolver(AwardSolverSettings.DEFAULT);
    }
}
