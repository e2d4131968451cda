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
import org.openjdk.jmh.annotations.Warmup;
import org.wteval.pipeline.Engine;
import org.wteval.pipeline.Evaluation;
import org.wteval.pipeline.ValidatedCase;

/**
 * A whole explained evaluation of a validated case: planning and judging rule sessions, every calculator with its
 * explanation, scores and the ranking, through {@link Engine#evaluate(ValidatedCase)}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
// Drools' session code needs about 30 one-second iterations on two cores before it settles; 15 were too few.
@Warmup(iterations = 30, time = 1)
@Measurement(iterations = 5, time = 1)
public class EvaluationBenchmark {

    /** Case folder relative to the repository root. */
    @Param("cases/vn-bac-ninh")
    public String caseDir;

    private Engine engine;
    private ValidatedCase validated;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        engine = Engine.bundled();
        validated = BenchCase.load(engine, caseDir);
    }

    @Benchmark
    public Evaluation warmEvaluation() throws Exception {
        return engine.evaluate(validated);
    }
}
