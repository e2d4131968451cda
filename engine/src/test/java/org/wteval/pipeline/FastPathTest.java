package org.wteval.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.CaseSource;
import org.wteval.model.Criterion;
import org.wteval.model.Toolkit;
import org.wteval.scoring.RankedBid;

/**
 * Re-scoring through the fast path gives what a full evaluation gives. For every sample case the fast path is built
 * once from the case's evaluation, then run under weights drawn within the toolkit's bounds; each run is compared
 * with a full evaluation (rules, explained figures, ranking) of the same tender with those weights stated in it.
 * Ranks and totals must be equal exactly: both paths share the kernels, the scorer, the method's arithmetic and
 * the ranking order. The fast path holds no rule book, so it cannot open a rule session.
 */
class FastPathTest {

    private static final int WEIGHT_DRAWS = 12;

    private static final Engine ENGINE = BundledRules.engine();

    private static List<Path> sampleCases() throws IOException {
        return CaseFolders.singleSiteSamples();
    }

    @TestFactory
    Stream<DynamicTest> theFastPathReproducesTheEvaluationsRanking() throws IOException {
        return sampleCases().stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            Evaluation e = ENGINE.evaluate(CaseFolderReader.read(c));
            FastPath fast = FastPath.of(e);
            FastPath.Workspace ws = fast.workspace();
            fast.run(ws);
            assertSameRanking(e, fast, ws, "the evaluation's own weights");
        }));
    }

    @TestFactory
    Stream<DynamicTest> reScoringUnderOtherWeightsEqualsAFullEvaluation() throws IOException {
        return sampleCases().stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            CaseSource source = CaseFolderReader.read(c);
            Evaluation original = ENGINE.evaluate(source);
            FastPath fast = FastPath.of(original);
            FastPath.Workspace ws = fast.workspace();
            Random random = new Random(c.getFileName().toString().hashCode());
            for (int draw = 0; draw < WEIGHT_DRAWS; draw++) {
                Map<String, Double> weights = weightsWithinBounds(original.tender().toolkit(), random);
                Evaluation full = ENGINE.evaluate(source.withTender(source.tender().withWeights(weights)));
                double[] byOrdinal = new double[Criterion.values().length];
                for (Criterion k : Criterion.values()) {
                    byOrdinal[k.ordinal()] = weights.get(k.key());
                }
                fast.run(ws, byOrdinal);
                assertSameRanking(full, fast, ws, "weights " + weights);
            }
        }));
    }

    private static void assertSameRanking(Evaluation e, FastPath fast, FastPath.Workspace ws, String under) {
        Map<String, RankedBid> ranked = new HashMap<>();
        e.ranking().forEach(r -> ranked.put(r.bidId(), r));
        assertEquals(e.ranking().size(), fast.size(), "qualified bids under " + under);
        assertFalse(ranked.isEmpty(), "a sample case with no ranked bid tests nothing");
        for (int i = 0; i < fast.size(); i++) {
            RankedBid r = ranked.get(fast.bidId(i));
            assertTrue(r != null, fast.bidId(i) + " is ranked by the fast path only, under " + under);
            assertEquals(r.rank(), ws.rank(i), fast.bidId(i) + " rank under " + under);
            assertEquals(r.total(), ws.total(i), fast.bidId(i) + " total under " + under);
        }
    }

    /**
     * Efficiency and stability drawn uniformly within their bounds, lifecycle the rest; draws whose lifecycle weight
     * falls outside its bounds are drawn again, so every vector is one the toolkit allows a tender to set.
     */
    private static Map<String, Double> weightsWithinBounds(Toolkit tk, Random random) {
        while (true) {
            double e = draw(tk, Criterion.EFFICIENCY, random);
            double s = draw(tk, Criterion.STABILITY, random);
            double l = 1 - e - s;
            if (l >= bound(tk, Criterion.LIFECYCLE, "min") && l <= bound(tk, Criterion.LIFECYCLE, "max")) {
                return new TreeMap<>(Map.of(Criterion.EFFICIENCY.key(), e, Criterion.STABILITY.key(), s,
                        Criterion.LIFECYCLE.key(), l));
            }
        }
    }

    private static double draw(Toolkit tk, Criterion c, Random random) {
        double min = bound(tk, c, "min");
        return min + (bound(tk, c, "max") - min) * random.nextDouble();
    }

    private static double bound(Toolkit tk, Criterion c, String side) {
        return tk.number("scoring.weightBounds." + c.key() + "." + side);
    }
}
