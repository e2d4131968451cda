package org.wteval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.Bundled;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.Criterion;
import org.wteval.pipeline.Engine;
import org.wteval.pipeline.FastPath;
import org.wteval.robust.RankReversalChecks.Outcome;

/**
 * The rank-reversal checks on th-songkhla's three bids, with costs chosen so that a worse copy of the cheapest bid
 * hands the award from the winner to the runner-up when the lifecycle score is relative to the cheapest bid, and
 * changes nothing when the same costs are scored against fixed anchors.
 */
class RankReversalChecksTest {

    private static final Criterion E = Criterion.EFFICIENCY;
    private static final Criterion S = Criterion.STABILITY;
    private static final Criterion L = Criterion.LIFECYCLE;

    /** The lowest cost: the cheap bid's, 10% of which moves every relative-to-best lifecycle score by about 10%. */
    private static final double C0 = 300;

    @Test
    void aWorseCopyOfTheCheapestBidChangesTheWinnerWhenCostIsScoredAgainstIt() throws Exception {
        FastPath fast = FastPath.of(BundledRules.engine().evaluate(CaseFolderReader.read(CaseFolders.sample(
                "th-songkhla"))));
        FastPath.Workspace ws = fast.workspace();
        fast.run(ws);
        int[] roles = setCosts(fast, ws);
        int winner = roles[0];
        int runnerUp = roles[1];
        int cheap = roles[2];

        RankReversalChecks checks = RankReversalChecks.of(fast, ws);
        assertEquals(winner, ws.ranked(0), "the construction makes " + fast.bidId(winner) + " win");
        assertEquals(Outcome.FAIL, checks.tc1().outcome(), checks.tc1().toString());
        assertEquals(1, checks.tc1().failures());
        assertEquals(List.of(fast.bidId(cheap), fast.bidId(winner), fast.bidId(runnerUp)), checks.tc1().bids());
        assertEquals(List.of("with " + fast.bidId(cheap) + " 10% worse, " + fast.bidId(runnerUp) + " wins instead of "
                + fast.bidId(winner)), checks.tc1().detail());
        String w = fast.bidId(winner);
        String r = fast.bidId(runnerUp);
        // Three bids have one triple, and W ahead of R ahead of the cheap bid in every pair has no cycle.
        assertEquals(Outcome.PASS, checks.tc2().outcome(), checks.tc2().toString());
        // On their own, the runner-up is the cheaper of the two and its lifecycle points rise to 40: it leads.
        assertEquals(Outcome.FAIL, checks.tc3().outcome());
        assertEquals(List.of(w + " ranks ahead of " + r + " among all bids but behind it when the two are ranked on "
                + "their own"), checks.tc3().detail());
        // Without the cheap bid the same happens among the two left.
        assertEquals(Outcome.FAIL, checks.leaveOneOut().outcome());
        assertEquals(List.of(fast.bidId(cheap)), checks.leaveOneOut().bids());
        assertEquals(List.of("without " + fast.bidId(cheap) + " the order of the others becomes " + r + " > " + w
                + " (was " + w + " > " + r + "): no longer " + w + " ahead of " + r), checks.leaveOneOut().detail());
    }

    @Test
    void theSameCostsAgainstFixedAnchorsPassEveryCheck(@TempDir Path toolkits) throws Exception {
        copyToolkitsWithFixedCostAnchors(toolkits);
        FastPath fast = FastPath.of(Engine.of(BundledRules.book(), toolkits).evaluate(CaseFolderReader.read(
                CaseFolders.sample("th-songkhla"))));
        FastPath.Workspace ws = fast.workspace();
        fast.run(ws);
        int cheap = setCosts(fast, ws)[2];
        RankReversalChecks checks = RankReversalChecks.of(fast, ws);
        // The anchors are in force: 300 THB/t between 3,000 (0 points) and 0 (100 points) scores 90.
        assertEquals(100.0 * (3000 - 300) / 3000, ws.score(L, cheap), 1e-9);
        for (RankReversalChecks.Check c : List.of(checks.tc1(), checks.tc2(), checks.tc3(), checks.leaveOneOut())) {
            assertEquals(Outcome.PASS, c.outcome(), c.toString());
        }
    }

    @Test
    void theSampleCasesPassAndSayWhy() throws Exception {
        FastPath fast = FastPath.of(BundledRules.engine().evaluate(CaseFolderReader.read(CaseFolders.sample(
                "th-songkhla"))));
        RankReversalChecks checks = RankReversalChecks.of(fast);
        assertEquals(Outcome.PASS, checks.tc1().outcome());
        assertEquals(Outcome.PASS, checks.tc2().outcome());
        assertEquals(Outcome.PASS, checks.tc3().outcome());
        assertEquals(Outcome.PASS, checks.leaveOneOut().outcome());
        assertTrue(checks.tc1().rule().contains("10% worse"), checks.tc1().rule());
    }

    @Test
    void aWorseMetricIsWorseWhateverItsSign() {
        assertEquals(270, RankReversalChecks.worse(E, 300), 1e-12);
        assertEquals(0.9 * 0.8, RankReversalChecks.worse(S, 0.8), 1e-12);
        assertEquals(330, RankReversalChecks.worse(L, 300), 1e-12);
        // A cost below zero (revenue above cost) gets higher, not lower, when made worse.
        assertEquals(-90, RankReversalChecks.worse(L, -100), 1e-12);
    }

    /**
     * Puts costs in the bids' places (and the cheap bid at the worst efficiency and stability) so that the bid with the best fixed part q = w_E·e + w_S·s wins by a little.
     * With x_i = w_L · 100 · C0 / c_i a bid's lifecycle points, the winner W leads the runner-up R by
     * (q_W − q_R) − (x_R − x_W); a worse copy of the cheap bid raises the lowest cost to 1.1·C0 and so every x by 10%,
     * which reverses the lead if q_W − q_R &lt; 1.1 (x_R − x_W). Choosing x_R − x_W = (q_W − q_R)/1.05 does both.
     *
     * @return the indices of W, R and the cheap bid
     */
    private static int[] setCosts(FastPath fast, FastPath.Workspace ws) {
        double[] w = fast.weights();
        int n = fast.size();
        assertEquals(3, n);
        double[] q = new double[n];
        Integer[] byQ = {0, 1, 2};
        for (int i = 0; i < n; i++) {
            q[i] = w[E.ordinal()] * ws.score(E, i) + w[S.ordinal()] * ws.score(S, i);
        }
        java.util.Arrays.sort(byQ, (a, b) -> Double.compare(q[b], q[a]));
        int winner = byQ[0];
        int runnerUp = byQ[1];
        int cheap = byQ[2];
        // The cheap bid at the worst efficiency and stability anchors (250 kWh/t, 60% treated) scores 0 on both.
        ws.setMetric(E, cheap, 250);
        ws.setMetric(S, cheap, 0.60);
        q[cheap] = 0;
        double full = 100 * w[L.ordinal()];
        double gap = (q[winner] - q[runnerUp]) / 1.05;
        double xWinner = full / 4;
        double xRunnerUp = xWinner + gap;
        // The cheap bid must stay the cheapest after its 10% worse copy, and must not win itself.
        assertTrue(xRunnerUp < full / 1.1, "the runner-up's cost must stay above 1.1·C0: gap " + gap);
        assertTrue(q[cheap] + full < q[winner] + xWinner, "the cheap bid must not win");
        ws.setMetric(L, cheap, C0);
        ws.setMetric(L, winner, full * C0 / xWinner);
        ws.setMetric(L, runnerUp, full * C0 / xRunnerUp);
        return new int[] {winner, runnerUp, cheap};
    }

    /** The bundled toolkits with Thailand's lifecycle cost scored linearly between fixed anchors. */
    private static void copyToolkitsWithFixedCostAnchors(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(Bundled.toolkits())) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName().toString()));
            }
        }
        CaseFolders.edit(dir.resolve("th.yaml"), "  scoring:\n", """
                  scoring:
                    lifecycle:
                      normalisation: {value: linear, unit: method, source: "test: fixed anchors", effective: "2026", status: assumed}
                      worst: {value: 3000, unit: THB/t, source: "test: 0 points", effective: "2026", status: assumed}
                      best: {value: 0, unit: THB/t, source: "test: 100 points", effective: "2026", status: assumed}
                """);
    }
}
