package org.wteval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.calc.BidKernel;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.Criterion;
import org.wteval.model.UncertainVariable;
import org.wteval.pipeline.Engine;
import org.wteval.pipeline.Evaluation;
import org.wteval.pipeline.FastPath;
import org.wteval.scoring.RankedBid;

/**
 * A scenario whose draws are all at their central values is the evaluation: on every sample case the fast path run
 * on scenario copies of the kernels, first priced for another scenario and then for the central one, gives the
 * evaluation's ranks, totals and cost per tonne bit for bit.
 */
class UncertainScenarioOnCasesTest {

    private static final Engine ENGINE = BundledRules.engine();

    @TestFactory
    Stream<DynamicTest> theCentralScenarioIsTheEvaluation() throws IOException {
        return CaseFolders.singleSiteSamples().stream()
                .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private static void check(Path caseDir) throws Exception {
        Evaluation e = ENGINE.evaluate(CaseFolderReader.read(caseDir));
        FastPath fast = FastPath.of(e);
        assertFalse(fast.size() == 0, "a case with no ranked bid tests nothing");
        FastPath.Workspace evaluated = fast.workspace();
        fast.run(evaluated);
        BidKernel[] copies = new BidKernel[fast.size()];
        double[] away = UncertainVariable.centralDraw();
        away[UncertainVariable.LHV_SHIFT.ordinal()] = -1;
        away[UncertainVariable.CAPEX_OVERRUN.ordinal()] = 1.3;
        for (int i = 0; i < copies.length; i++) {
            copies[i] = fast.kernel(i).scenarioCopy();
            copies[i].applyScenario(away);
            copies[i].applyScenario(UncertainVariable.centralDraw());
        }
        FastPath.Workspace central = fast.workspace();
        fast.run(central, copies);
        for (int i = 0; i < fast.size(); i++) {
            RankedBid r = rankedBid(e, fast.bidId(i));
            assertEquals(r.rank(), central.rank(i), fast.bidId(i) + " rank");
            assertEquals(r.total(), central.total(i), 0, fast.bidId(i) + " total");
            assertEquals(evaluated.metric(Criterion.LIFECYCLE, i), central.metric(Criterion.LIFECYCLE, i), 0,
                    fast.bidId(i) + " cost per tonne");
        }
    }

    private static RankedBid rankedBid(Evaluation e, String id) {
        return e.ranking().stream().filter(r -> r.bidId().equals(id)).findFirst().orElseThrow();
    }
}
