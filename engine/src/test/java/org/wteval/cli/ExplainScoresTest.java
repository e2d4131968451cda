package org.wteval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.calc.FigureDescriptions;
import org.wteval.calc.FigureNames;
import org.wteval.explain.Explainer;
import org.wteval.io.Bundled;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.Criterion;
import org.wteval.model.Figure;
import org.wteval.model.Origin;
import org.wteval.pipeline.BidEvaluation;
import org.wteval.pipeline.Evaluation;
import org.wteval.rules.Numbers;
import org.wteval.scoring.RankedBid;

/**
 * A committee must be able to defend every criterion score and every total: each answers {@code wte explain} with a
 * tree that ends in case inputs and toolkit parameters, and every figure the command lists says what it is.
 */
class ExplainScoresTest {

    @TestFactory
    Stream<DynamicTest> everyScoreAndTotalOfEverySampleCaseExplainsItself() throws IOException {
        List<Path> cases;
        cases = CaseFolders.singleSiteSamples();
        assertFalse(cases.isEmpty());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private static void check(Path caseDir) throws Exception {
        Evaluation e = BundledRules.engine().evaluate(CaseFolderReader.read(caseDir));
        assertFalse(e.ranking().isEmpty(), "no ranked bid in " + caseDir);
        for (RankedBid r : e.ranking()) {
            Map<String, Figure> figures = Explainer.figures(e, r.bidId());
            for (Criterion c : Criterion.values()) {
                Figure score = figures.get(FigureNames.score(c.key()));
                assertNotNull(score, c.key() + " score of " + r.bidId());
                assertLeavesAreInputsOrParameters(score, r.bidId());
                answers(caseDir, r.bidId(), score);
            }
            Figure total = figures.get(FigureNames.TOTAL);
            assertNotNull(total, "total of " + r.bidId());
            assertEquals(r.total(), total.value(), 0, "the explained total is the ranked one");
            assertLeavesAreInputsOrParameters(total, r.bidId());
            answers(caseDir, r.bidId(), total);
        }
        // Every figure the engine derives, listed or inside a tree, says what it is; a leaf says where it came from.
        Set<String> undescribed = new TreeSet<>();
        for (BidEvaluation b : e.bids()) {
            collectUndescribed(Explainer.figures(e, b.bidId()), undescribed);
        }
        collectUndescribed(Explainer.figures(e, "tender"), undescribed);
        assertEquals(Set.of(), undescribed, "figures without a description");
    }

    /** Listed names, then every derived figure inside their trees. */
    private static void collectUndescribed(Map<String, Figure> listed, Set<String> out) {
        listed.forEach((name, f) -> {
            if (FigureDescriptions.of(name).isEmpty()) {
                out.add(name);
            }
            f.inputs().forEach(i -> collectUndescribed(i, out));
        });
    }

    private static void collectUndescribed(Figure f, Set<String> out) {
        if (!f.inputs().isEmpty() && FigureDescriptions.of(f.name()).isEmpty()) {
            out.add(f.name());
        }
        f.inputs().forEach(i -> collectUndescribed(i, out));
    }

    /** The command prints the same figure, value first, and lists it with its description. */
    private static void answers(Path caseDir, String bid, Figure f) {
        CliRun r = CliRun.of("explain", caseDir.toString(), bid, f.name());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith(f.name() + " = " + Numbers.format(f.value()) + " "), r.out());
    }

    private static void assertLeavesAreInputsOrParameters(Figure f, String bid) {
        if (f.inputs().isEmpty()) {
            assertTrue(f.origin() instanceof Origin.Given || f.origin() instanceof Origin.ToolkitParameter,
                    bid + ": leaf " + f.name() + " is " + f.origin());
            return;
        }
        f.inputs().forEach(i -> assertLeavesAreInputsOrParameters(i, bid));
    }

    @Test
    void listingGivesEachFigureWithWhatItIs() {
        CliRun r = CliRun.of("explain", CaseFolders.sample("vn-bac-ninh").toString(), "B1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("lifecycleScore ")
                && l.endsWith("lifecycle-cost criterion score 0..100 from authorityCostPerTonneReal")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("total ")
                && l.endsWith("the bid's total under the evaluation method, which ranks it")), r.out());
    }

    @Test
    void aCriterionsKeyNamesItsScore() {
        String c = CaseFolders.sample("vn-bac-ninh").toString();
        CliRun byKey = CliRun.of("explain", c, "B1", "lifecycle");
        assertEquals(0, byKey.code(), byKey.err());
        assertEquals(CliRun.of("explain", c, "B1", "lifecycleScore").out(), byKey.out());
    }

    @Test
    void relativeToBestNamesTheBestQualifiedValue() {
        CliRun r = CliRun.of("explain", CaseFolders.sample("vn-bac-ninh").toString(), "B1", "lifecycleScore");
        assertEquals(0, r.code(), r.err());
        // vn-bac-ninh scores lifecycle cost relative to the best among the ranked bids: the committee rejected B4,
        // so B5's 22.80 USD/t is the lowest (its untreated waste costed at its own gate fee, above the landfill's).
        assertTrue(r.out().contains("bestQualifiedValue = 22.8 USD/t"), r.out());
        assertTrue(r.out().contains("(B1 25.65, B5 22.8): B5's"), r.out());
    }

    /**
     * The methods no sample toolkit uses: vn-bac-ninh under technical-price-points and quality-per-price, by a copy
     * of the toolkits whose vn layer names the method. Each total explains itself down to inputs and parameters.
     */
    @TestFactory
    Stream<DynamicTest> totalsOfTheOtherMethodsExplainThemselves(@TempDir Path tmp) {
        return Stream.of("technical-price-points", "quality-per-price").map(m -> DynamicTest.dynamicTest(m, () -> {
            Path toolkits = tmp.resolve(m);
            Files.createDirectories(toolkits);
            try (Stream<Path> files = Files.list(Bundled.toolkits())) {
                for (Path f : files.toList()) {
                    Files.copy(f, toolkits.resolve(f.getFileName().toString()));
                }
            }
            Files.writeString(toolkits.resolve("vn.yaml"), Files.readString(toolkits.resolve("vn.yaml"))
                    + "  scoring:\n    method: {value: " + m + ", unit: method, "
                    + "source: \"test of the other methods\", effective: \"2026\", status: assumed}\n");
            Evaluation e = BundledRules.engine(Bundled.rules(), toolkits)
                    .evaluate(CaseFolderReader.read(CaseFolders.sample("vn-bac-ninh")));
            assertEquals(m, e.method().name());
            for (RankedBid r : e.ranking()) {
                Figure total = Explainer.figures(e, r.bidId()).get(FigureNames.TOTAL);
                assertEquals(r.total(), total.value(), 0);
                assertLeavesAreInputsOrParameters(total, r.bidId());
                Set<String> undescribed = new TreeSet<>();
                collectUndescribed(total, undescribed);
                assertEquals(Set.of(), undescribed);
            }
        }));
    }
}
