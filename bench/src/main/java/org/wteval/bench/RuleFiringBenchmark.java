package org.wteval.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.wteval.calc.BidMetrics;
import org.wteval.calc.RevenuePlan;
import org.wteval.calc.TenderMetrics;
import org.wteval.io.Bundled;
import org.wteval.pipeline.Engine;
import org.wteval.resolve.ResolvedTender;
import org.wteval.resolve.Resolver.ResolvedCase;
import org.wteval.rules.Facts;
import org.wteval.rules.Plans;
import org.wteval.rules.RuleBook;
import org.wteval.rules.RuleOutcome;

/**
 * Firing the rules over a case's facts in a fresh session, as an evaluation does.
 *
 * <p>The primary score is per case; the {@code bids} counter turns the same time into a figure per bid. The whole
 * case is fired because the scoring and abnormally-low rules compare bids with each other, which a one-bid fact set
 * would leave out; {@code @OperationsPerInvocation} is not used because it fixes the bid count at compile time while
 * the case is a parameter.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
// Drools' session code needs about 30 one-second iterations on two cores before it settles.
@Warmup(iterations = 30, time = 1)
@Measurement(iterations = 5, time = 1)
public class RuleFiringBenchmark {

    /** Case folder relative to the repository root. */
    @Param("cases/vn-bac-ninh")
    public String caseDir;

    private RuleBook book;
    private List<Object> facts;
    private int bids;

    /**
     * Bids fired in the iteration (JMH zeroes it before each one); JMH reports the iteration's time divided by it as
     * {@code fireCase:bids}.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class PerBid {

        public long bids;
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        ResolvedCase resolved = BenchCase.load(Engine.bundled(), caseDir).resolved();
        ResolvedTender tender = resolved.tender();
        book = RuleBook.load(Bundled.rules());
        // The evaluation session is measured; the short planning session only supplies its revenue plans.
        Map<String, RevenuePlan> plans = Plans.of(tender, resolved.bids(),
                book.plan(Facts.plan(tender, resolved.bids())));
        List<BidMetrics> metrics = resolved.bids().stream()
                .map(b -> BidMetrics.compute(tender, b, plans.get(b.id())))
                .toList();
        facts = Facts.of(tender, TenderMetrics.compute(tender), metrics, plans);
        bids = metrics.size();
    }

    @Benchmark
    public RuleOutcome fireCase(PerBid perBid) {
        perBid.bids += bids;
        return book.judge(facts);
    }
}
