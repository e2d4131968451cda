package org.wteval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.Criterion;
import org.wteval.pipeline.Evaluation;
import org.wteval.pipeline.FastPath;

/** {@link Sensitivity} on the sample cases ranked by a committee's share and by weighted price. */
class SensitivityOfOtherMethodsTest {

    @Test
    @DisplayName("th-songkhla-committee: the committee's share has an interval, and its pair swaps just past it")
    void committeeShare() throws Exception {
        FastPath fast = fastPath("cases/th-songkhla-committee");
        double share = fast.technicalShare();
        assertEquals(0.3, share, "th-committee.yaml: committee.technicalShare");
        Sensitivity s = Sensitivity.of(fast);
        assertEquals(List.of("scoring.weights.efficiency", "scoring.weights.stability", "scoring.weights.lifecycle",
                "committee.technicalShare"), s.stability().stream().map(Sensitivity.Stability::parameter).toList());
        Sensitivity.Stability in = s.stability().get(3);
        assertEquals(share, in.value());
        assertTrue(in.lower().value() <= share && share <= in.upper().value());
        FastPath.Workspace ws = fast.workspace();
        fast.run(ws);
        double[] w = fast.weights();
        int swaps = 0;
        for (Sensitivity.Limit b : List.of(in.lower(), in.upper())) {
            if (!b.swaps()) {
                continue;
            }
            swaps++;
            // Totals written out: (1 − σ)·Σ w_c·a_c + σ·K, σ a thousandth past the bound.
            double past = b.value() + (b.value() < share ? -1e-3 : 1e-3);
            double ahead = total(fast, ws, w, index(fast, b.ahead()), past);
            double behind = total(fast, ws, w, index(fast, b.behind()), past);
            assertTrue(behind > ahead, b + " past " + past);
            double inside = b.value() + (b.value() < share ? 1e-3 : -1e-3);
            assertTrue(total(fast, ws, w, index(fast, b.behind()), inside)
                    < total(fast, ws, w, index(fast, b.ahead()), inside), b + " inside at " + inside);
        }
        assertTrue(swaps > 0, "a share whose pair never meets would check nothing here");
        // The weights' programme runs with the committee's part fixed; the winner needs no change.
        int winner = ws.ranked(0);
        Sensitivity.WeightChange first = s.weightChanges().get(winner);
        assertEquals(fast.bidId(winner), first.bidId());
        assertEquals(0, first.distance());
    }

    @Test
    @DisplayName("in-lucknow, weighted price: no pair meets for any ΣF_max in [0, 0.3], as the prices alone show")
    void weightedPrice() throws Exception {
        FastPath fast = fastPath("cases/in-lucknow");
        Sensitivity s = Sensitivity.of(fast);
        assertEquals(1, s.stability().size());
        Sensitivity.Stability in = s.stability().get(0);
        assertEquals("scoring.weightedPrice.maxFeature (sum)", in.parameter());
        assertEquals(0.3, in.value(), 1e-12, "in.yaml: 0.15 + 0.15");
        // At m = 0 every total is the bid's own price, INR 1,800 (N3) < 2,950 (N2) < 3,400 (N1): the order it has at
        // m = 0.3. Each pair's 1/U is a line in m/(1 − m) and meets at most once, so none meets in between.
        assertFalse(in.lower().swaps());
        assertFalse(in.upper().swaps());
        assertEquals(0, in.lower().value());
        assertEquals(0.3, in.upper().value());
        assertTrue(s.weightChanges().isEmpty(), "weighted price has no criterion weights to move");
        assertEquals(fast.size() - 1, s.margins().size());
    }

    private static FastPath fastPath(String folder) throws Exception {
        Evaluation e = BundledRules.engine().evaluate(CaseFolderReader.read(CaseFolders.root().resolve(folder)));
        return FastPath.of(e);
    }

    private static double total(FastPath fast, FastPath.Workspace ws, double[] w, int i, double share) {
        double sum = 0;
        for (Criterion c : Criterion.values()) {
            sum += w[c.ordinal()] * ws.score(c, i);
        }
        return (1 - share) * sum + share * fast.technicalScore(i);
    }

    private static int index(FastPath fast, String id) {
        for (int i = 0; i < fast.size(); i++) {
            if (fast.bidId(i).equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no bid " + id);
    }
}
