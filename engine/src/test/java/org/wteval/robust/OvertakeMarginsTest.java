package org.wteval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.Criterion;
import org.wteval.model.Toolkit;
import org.wteval.pipeline.Evaluation;
import org.wteval.pipeline.FastPath;

/**
 * The margins of th-songkhla, ranked T3, T2, T1 by 0.25 × efficiency + 0.35 × stability + 0.4 × lifecycle:
 * efficiency and stability scored linearly between fixed anchors, lifecycle cost relative to the lowest.
 */
class OvertakeMarginsTest {

    private static Evaluation evaluation;
    private static FastPath fast;
    private static FastPath.Workspace ws;
    private static OvertakeMargins.Margin[][] margins;
    private static int winner;

    @BeforeAll
    static void evaluate() throws Exception {
        evaluation = BundledRules.engine()
                .evaluate(CaseFolderReader.read(CaseFolders.root().resolve("cases/th-songkhla")));
        fast = FastPath.of(evaluation);
        ws = fast.workspace();
        fast.run(ws);
        winner = ws.ranked(0);
        margins = OvertakeMargins.of(fast);
    }

    @Test
    @DisplayName("fixed anchors: the score needed is a + (U_w − U_i)/w, mapped back through the anchors")
    void fixedAnchorsByHand() {
        Toolkit tk = evaluation.tender().toolkit();
        double[] w = fast.weights();
        assertEquals(0, margins[winner].length, "the winner has no margin to make up");
        int overtaking = 0;
        int fallingShort = 0;
        for (int r = 1; r < fast.size(); r++) {
            int i = ws.ranked(r);
            for (Criterion c : new Criterion[] {Criterion.EFFICIENCY, Criterion.STABILITY}) {
                assertEquals("linear", tk.text("scoring." + c.key() + ".normalisation"));
                double worst = tk.number("scoring." + c.key() + ".worst");
                double best = tk.number("scoring." + c.key() + ".best");
                double gap = ws.total(winner) - ws.total(i);
                double needed = ws.score(c, i) + gap / w[c.ordinal()];
                OvertakeMargins.Margin m = margins[i][c.ordinal()];
                String where = fast.bidId(i) + " on " + c.key();
                assertEquals(ws.metric(c, i), m.metric(), 0, where);
                if (needed <= 100) {
                    overtaking++;
                    double value = worst + needed / 100 * (best - worst);
                    assertTrue(m.overtakes(), where);
                    assertEquals(value, m.value(), 1e-9 * Math.abs(value), where);
                    assertEquals(value - ws.metric(c, i), m.change(), 1e-9 * Math.abs(value), where);
                } else {
                    fallingShort++;
                    // At the end of the range the score caps at 100: the bid stays gap − w·(100 − a) behind.
                    assertFalse(m.overtakes(), where);
                    assertTrue(Double.isNaN(m.value()), where);
                    assertEquals(gap - w[c.ordinal()] * (100 - ws.score(c, i)), m.shortfall(), 1e-9, where);
                }
            }
        }
        assertTrue(overtaking > 0 && fallingShort > 0, "both answers occur: " + overtaking + " and " + fallingShort);
        // The ends of the ranges the search covered.
        OvertakeMargins.Margin stab = margins[ws.ranked(1)][Criterion.STABILITY.ordinal()];
        assertEquals(1, stab.searchedTo());
        // th-songkhla's richest waste: P90 of 9.2 MJ/kg is the top of its LHV percentiles; the distribution
        // reaches no further than its top point, so the bound lies at or above 9.2 × 1000 / 3.6 = 2,556 kWh/t.
        assertTrue(margins[ws.ranked(1)][Criterion.EFFICIENCY.ordinal()].searchedTo() >= 9.2 * 1000 / 3.6 - 1e-9);
    }

    @Test
    @DisplayName("relative to the lowest cost: at the root the totals are equal, just past it the bid ranks first")
    void relativeToBestByRerank() {
        double[] w = fast.weights();
        int l = Criterion.LIFECYCLE.ordinal();
        for (int r = 1; r < fast.size(); r++) {
            int i = ws.ranked(r);
            String where = fast.bidId(i);
            OvertakeMargins.Margin m = margins[i][l];
            assertTrue(m.overtakes(), where);
            assertTrue(m.change() < 0, where + " must be cheaper");

            FastPath.Workspace at = fast.workspace();
            fast.run(at);
            at.setMetric(Criterion.LIFECYCLE, i, m.value());
            fast.rerank(at, w);
            assertEquals(at.total(winner), at.total(i), 1e-9, where + " at the root");
            // A thousandth cheaper opens a gap of about 0.04 points, far above the six-digit rounding of the ranking.
            at.setMetric(Criterion.LIFECYCLE, i, m.value() * (1 - 1e-3));
            fast.rerank(at, w);
            assertEquals(1, at.rank(i), where + " just past the root");
        }

        // By hand, with the other bids' costs c and scores a fixed. T2 is already the cheapest, so it stays the best
        // (100 points) and its cheaper cost x lowers the winner's score to 100·x/c_w: 0.4·(a_w − 100·x/c_w) must equal
        // U_w − U_T2, so x = c_w·(a_w − (U_w − U_T2)/0.4)/100.
        int t2 = ws.ranked(1);
        assertEquals(100, ws.score(Criterion.LIFECYCLE, t2), 1e-12, "T2 is the cheapest");
        double cw = ws.metric(Criterion.LIFECYCLE, winner);
        double aw = ws.score(Criterion.LIFECYCLE, winner);
        double x2 = cw * (aw - (ws.total(winner) - ws.total(t2)) / w[l]) / 100;
        assertEquals(x2, margins[t2][l].value(), 1e-9 * x2);
        // T1 needs a + (U_w − U_T1)/0.4 points, 100·c_T2/x, while x stays above T2's cost (the lowest is unchanged).
        int t1 = ws.ranked(2);
        double needed = ws.score(Criterion.LIFECYCLE, t1) + (ws.total(winner) - ws.total(t1)) / w[l];
        double x1 = 100 * ws.metric(Criterion.LIFECYCLE, t2) / needed;
        assertTrue(x1 > ws.metric(Criterion.LIFECYCLE, t2), "T1 stays dearer than T2 at its root");
        assertEquals(x1, margins[t1][l].value(), 1e-9 * x1);
    }

    @Test
    @DisplayName("under lowest lifecycle cost no efficiency or stability closes the gap, and the margin says why")
    void aCriterionTheMethodDoesNotScoreIsNamedAsTheReason() throws Exception {
        FastPath cebu = FastPath.of(BundledRules.engine().evaluate(CaseFolderReader.read(
                CaseFolders.sample("ph-metro-cebu"))));
        OvertakeMargins.Margin[][] m = OvertakeMargins.of(cebu);
        int loser = m[0].length == 0 ? 1 : 0;
        for (Criterion c : new Criterion[] {Criterion.EFFICIENCY, Criterion.STABILITY}) {
            OvertakeMargins.Margin x = m[loser][c.ordinal()];
            assertFalse(x.overtakes());
            assertEquals("the method lowest-lifecycle-cost does not score " + c.key()
                    + " (the gap stays the same over the whole range)", x.limit());
        }
        assertTrue(m[loser][Criterion.LIFECYCLE.ordinal()].overtakes());
    }
}
