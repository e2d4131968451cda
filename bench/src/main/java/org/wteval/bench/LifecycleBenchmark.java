package org.wteval.bench;

import java.util.Comparator;
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
import org.wteval.calc.LifecycleCalculator;
import org.wteval.calc.LifecycleResult;
import org.wteval.calc.PlantModel;
import org.wteval.calc.RevenuePlan;
import org.wteval.model.Figure;
import org.wteval.model.Origin;
import org.wteval.pipeline.BidEvaluation;
import org.wteval.pipeline.Engine;
import org.wteval.pipeline.Evaluation;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.ResolvedTender;

/**
 * The lifecycle cost of the case's first bid, under the plan its planning rules decided, next to the plant kernel
 * it calls in every operating year, both in nanoseconds so the cost of explaining every figure shows against the
 * arithmetic itself.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
// The explained path settles within three or four one-second iterations; five leave a margin.
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class LifecycleBenchmark {

    /** Case folder relative to the repository root. */
    @Param("cases/vn-bac-ninh")
    public String caseDir;

    private ResolvedTender tender;
    private ResolvedBid bid;
    private PlantModel model;
    private RevenuePlan plan;
    private Figure netCapacity;
    // Not final, so the compiler cannot fold the kernel's result into a constant.
    private double tonnes;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        // The first bid under the plan its planning rules decided (tariff, JCM tier) in a full evaluation.
        Engine engine = Engine.bundled();
        Evaluation e = engine.evaluate(BenchCase.load(engine, caseDir));
        BidEvaluation first = e.bids().stream().min(Comparator.comparing(BidEvaluation::bidId)).orElseThrow();
        tender = e.tender();
        bid = first.metrics().bid();
        model = PlantModel.of(tender, bid);
        plan = first.plan();
        netCapacity = Figure.input("netCapacityMw", PlantModel.netCapacityMw(bid.plant()), "MW",
                new Origin.Handover("benchmark"));
        tonnes = tender.deliveredTonnes(1);
    }

    /** The explained path: yearly schedules, present values and levelised costs, each a figure with its inputs. */
    @Benchmark
    public LifecycleResult lifecycle() {
        return LifecycleCalculator.compute(tender, bid, model, plan, netCapacity);
    }

    /** One operating year's tonnes treated and net MWh: loops over the LHV points on primitives, no allocation. */
    @Benchmark
    public void plantKernel(Blackhole bh) {
        bh.consume(model.treatedTonnes(tonnes));
        bh.consume(model.netMwh(tonnes));
    }
}
