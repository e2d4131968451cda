package org.wteval.bench;

import java.util.List;
import java.util.Map;
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
import org.wteval.calc.RevenuePlan;
import org.wteval.pipeline.Engine;
import org.wteval.pipeline.Evaluation;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.ResolvedTender;

/**
 * Every bid of a case through the fast path (kernels built once, one workspace refilled bid after bid) next to the
 * kernels' own cost and the explained path, in microseconds for the whole case. Run with {@code -prof gc} to see
 * the fast path allocate nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class FastPathBenchmark {

    /** Case folder relative to the repository root. */
    @Param("cases/id-west-java")
    public String caseDir;

    private ResolvedTender tender;
    private List<ResolvedBid> bids;
    private Map<String, RevenuePlan> plans;
    private BidKernel[] kernels;
    private BidFlows flows;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Engine engine = Engine.bundled();
        Evaluation e = engine.evaluate(BenchCase.load(engine, caseDir));
        tender = e.tender();
        bids = e.bids().stream().map(b -> b.metrics().bid()).toList();
        plans = new java.util.HashMap<>();
        e.bids().forEach(b -> plans.put(b.bidId(), b.plan()));
        kernels = bids.stream().map(b -> BidKernel.of(tender, b, plans.get(b.id()))).toArray(BidKernel[]::new);
        flows = BidFlows.of(kernels[0]);
    }

    /** Flows and the scalars scoring reads, for every bid, into one reused workspace. */
    @Benchmark
    public void flows(Blackhole bh) {
        for (BidKernel k : kernels) {
            flows.compute(k);
            bh.consume(flows.authorityCostPerTonneReal());
            bh.consume(flows.netKwhPerTonneLocal());
            bh.consume(flows.treatedShare());
        }
    }

    /** The per-bid precomputation the fast path starts from. */
    @Benchmark
    public void kernels(Blackhole bh) {
        for (ResolvedBid b : bids) {
            bh.consume(BidKernel.of(tender, b, plans.get(b.id())));
        }
    }

    /** The explained path for every bid: flows, then every figure with its inputs. */
    @Benchmark
    public void explained(Blackhole bh) {
        for (ResolvedBid b : bids) {
            bh.consume(BidMetrics.compute(tender, b, plans.get(b.id())));
        }
    }
}
