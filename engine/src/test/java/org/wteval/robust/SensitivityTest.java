package org.wteval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.Criterion;
import org.wteval.pipeline.Evaluation;
import org.wteval.pipeline.FastPath;

/**
 * What a committee relies on in th-songkhla (T3 first, then T2 and T1, cases/th-songkhla/README.md): how far each
 * weight may move, that no weights within the toolkit's bounds make another bid win, and what T2 and T1 would have
 * to offer to draw level.
 */
class SensitivityTest {

    private static final int E = Criterion.EFFICIENCY.ordinal();
    private static final int S = Criterion.STABILITY.ordinal();
    private static final int L = Criterion.LIFECYCLE.ordinal();

    private static FastPath fast;
    private static FastPath.Workspace ws;
    private static Sensitivity sensitivity;

    @BeforeAll
    static void evaluate() throws Exception {
        Evaluation e = BundledRules.engine()
                .evaluate(CaseFolderReader.read(CaseFolders.root().resolve("cases/th-songkhla")));
        fast = FastPath.of(e);
        ws = fast.workspace();
        fast.run(ws);
        sensitivity = Sensitivity.of(fast);
    }

    @Test
    @DisplayName("each weight's interval holds the tender's weight, and the pair it names swaps just past it")
    void weightIntervals() {
        List<Sensitivity.Stability> in = sensitivity.stability();
        assertEquals(List.of("scoring.weights.efficiency", "scoring.weights.stability", "scoring.weights.lifecycle"),
                in.stream().map(Sensitivity.Stability::parameter).toList());
        double[] w = fast.weights();
        assertEquals(0.25, w[E]);
        assertEquals(0.35, w[S]);
        assertEquals(0.40, w[L]);
        int swaps = 0;
        for (int k = 0; k < w.length; k++) {
            Sensitivity.Stability s = in.get(k);
            assertEquals(w[k], s.value());
            assertTrue(s.lower().value() < w[k] && w[k] < s.upper().value(), s.parameter());
            for (Sensitivity.Limit b : List.of(s.lower(), s.upper())) {
                if (!b.swaps()) {
                    assertNull(b.behind());
                    continue;
                }
                swaps++;
                // 1e-4 past the bound, the bid named behind totals more than the bid named ahead (the totals' slopes
                // differ by tens of points per unit of weight, so the gap clears the six-digit rounding).
                double past = b.value() + (b.value() < w[k] ? -1e-4 : 1e-4);
                fast.run(ws, rescaled(w, k, past));
                assertTrue(ws.rank(index(b.behind())) < ws.rank(index(b.ahead())), s.parameter() + " past " + past);
            }
        }
        fast.run(ws);
        assertTrue(swaps > 0);
    }

    @Test
    @DisplayName("no weights within the toolkit's bounds make T2 or T1 win: confirmed at their best vertices")
    void noAdmissibleWeightsChangeTheWinner() {
        Map<String, Sensitivity.WeightChange> changes = new HashMap<>();
        sensitivity.weightChanges().forEach(c -> changes.put(c.bidId(), c));
        assertEquals(3, changes.size());
        Sensitivity.WeightChange t3 = changes.get("T3");
        assertTrue(t3.feasible());
        assertEquals(0, t3.distance());
        assertEquals(Map.of(Criterion.EFFICIENCY, 0.25, Criterion.STABILITY, 0.35, Criterion.LIFECYCLE, 0.40),
                t3.weights());
        assertFalse(changes.get("T2").feasible());
        assertTrue(Double.isNaN(changes.get("T2").distance()));
        assertFalse(changes.get("T1").feasible());

        // Bounds (base toolkit): efficiency and stability 0.15..0.45, lifecycle 0.25..0.60.
        assertEquals(List.of(0.15, 0.15, 0.25), Arrays.stream(fast.weightMin()).boxed().toList());
        assertEquals(List.of(0.45, 0.45, 0.60), Arrays.stream(fast.weightMax()).boxed().toList());
        // U_i − U_T3 = Σ w_c·g_c
        // with g = a_i − a_T3 is largest at the vertex that fills the criterion with the largest g_c to its maximum
        // and leaves the one with the smallest g_c at its minimum, the third taking the rest.
        assertTrue(stillBehind("T2", new double[] {0.25, 0.15, 0.60}, L, E, S));
        assertTrue(stillBehind("T1", new double[] {0.45, 0.30, 0.25}, E, S, L));
    }

    @Test
    @DisplayName("T2 can draw level on any one criterion, T1 only on lifecycle cost")
    void margins() {
        List<Sensitivity.BidMargins> m = sensitivity.margins();
        assertEquals(List.of("T1", "T2"), m.stream().map(Sensitivity.BidMargins::bidId).sorted().toList());
        for (Sensitivity.BidMargins b : m) {
            assertEquals(3, b.margins().size());
            boolean t2 = b.bidId().equals("T2");
            assertEquals(t2, b.margins().get(E).overtakes(), b.bidId() + " on efficiency");
            assertEquals(t2, b.margins().get(S).overtakes(), b.bidId() + " on stability");
            assertTrue(b.margins().get(L).overtakes(), b.bidId() + " on lifecycle");
        }
        // T1 cannot make up its gap on stability alone even treating all the waste (the range ends at share 1).
        OvertakeMargins.Margin t1 = m.stream().filter(b -> b.bidId().equals("T1")).findFirst().orElseThrow()
                .margins().get(S);
        assertEquals(1, t1.searchedTo());
        assertTrue(t1.shortfall() > 0);
    }

    /**
     * Checks that g_best > 0 > g_mid > g_worst (so the vertex maximises Σ w·g) and that T3 still totals more there,
     * re-run on the fast path.
     */
    private static boolean stillBehind(String id, double[] vertex, int best, int mid, int worst) {
        int i = index(id);
        int w = index("T3");
        double[] g = new double[3];
        for (Criterion c : Criterion.values()) {
            g[c.ordinal()] = ws.score(c, i) - ws.score(c, w);
        }
        assertTrue(g[best] > 0 && g[mid] < 0 && g[worst] < g[mid], id + ": " + Arrays.toString(g));
        fast.run(ws, vertex);
        boolean behind = ws.total(i) < ws.total(w) && ws.rank(w) == 1;
        fast.run(ws);
        return behind;
    }

    private static int index(String id) {
        for (int i = 0; i < fast.size(); i++) {
            if (fast.bidId(i).equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no bid " + id);
    }

    /** The weights with w_k = t and the others scaled by (1 − t)/(1 − w_k). */
    private static double[] rescaled(double[] w, int k, double t) {
        double[] out = new double[w.length];
        for (int c = 0; c < w.length; c++) {
            out[c] = c == k ? t : w[c] * (1 - t) / (1 - w[k]);
        }
        return out;
    }
}
