package org.wteval.bench;

import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;
import org.wteval.calc.BidFlows;
import org.wteval.calc.BidKernel;
import org.wteval.calc.BidMetrics;
import org.wteval.pipeline.BidEvaluation;
import org.wteval.pipeline.Engine;
import org.wteval.pipeline.Evaluation;
import org.wteval.pipeline.FastPath;
import org.wteval.resolve.ResolvedTender;

/**
 * The fast path of a case next to its parts and to the explained path, in microseconds for the whole case. Run with
 * {@code -prof gc} to see what each allocates per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
// Plain Java on primitives: it settles within a few one-second iterations; ten leave a margin.
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class FastPathBenchmark {

    /** Case folder relative to the repository root. */
    @Param("cases/id-west-java")
    public String caseDir;

    private ResolvedTender tender;
    private List<BidEvaluation> bids;
    private BidKernel[] kernels;
    private BidFlows flows;
    private FastPath fastPath;
    private FastPath.Workspace workspace;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Engine engine = Engine.bundled();
        Evaluation e = engine.evaluate(BenchCase.load(engine, caseDir));
        tender = e.tender();
        bids = e.bids();
        kernels = bids.stream().map(b -> BidKernel.of(tender, b.metrics().bid(), b.plan())).toArray(BidKernel[]::new);
        flows = BidFlows.of(kernels[0]);
        fastPath = FastPath.of(e);
        workspace = fastPath.workspace();
    }

    /** The whole fast path: every qualified bid's flows, the criterion scores, the totals and the ranking order. */
    @Benchmark
    public void fastPath(Blackhole bh) {
        fastPath.run(workspace);
        bh.consume(workspace.ranked(0));
    }

    /** Flows and the scalars scoring reads, for every bid (disqualified ones too), into one reused workspace. */
    @Benchmark
    public void flows(Blackhole bh) {
        for (BidKernel k : kernels) {
            flows.compute(k);
            bh.consume(flows.authorityCostPerTonneReal());
            bh.consume(flows.netKwhPerTonneLocal());
            bh.consume(flows.treatedShare());
        }
    }

    /** The per-bid precomputation the fast path starts from, paid once per plan. */
    @Benchmark
    public void kernels(Blackhole bh) {
        for (BidEvaluation b : bids) {
            bh.consume(BidKernel.of(tender, b.metrics().bid(), b.plan()));
        }
    }

    /** The explained path for every bid: flows, then every figure with its inputs. */
    @Benchmark
    public void explained(Blackhole bh) {
        for (BidEvaluation b : bids) {
            bh.consume(BidMetrics.compute(tender, b.metrics().bid(), b.plan()));
        }
    }
}
