package org.wteval.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.Criterion;
import org.wteval.robust.WeightStability;

/**
 * The weight stability intervals of a sample case, checked by re-ranking it through the fast path: the scores do not
 * depend on the weights, so the fast path re-run with w_k = t and the other weights scaled by (1 − t)/(1 − w_k)
 * must keep the order just inside each bound and break it just outside one where a pair swaps.
 */
class WeightStabilityOnACaseTest {

    /*
     * The ranking compares totals as printed, to six significant digits: about 1e-4 points for th-songkhla's totals
     * of 75 to 89, within which the tie-break decides. The totals' slopes in t differ by tens of points per unit of
     * weight, so a step of 1e-4 in the weight opens a gap of about 1e-3 points, clear of that rounding, and stays far
     * below the distances between the case's bounds.
     */
    private static final double STEP = 1e-4;

    @Test
    @DisplayName("th-songkhla: the order holds just inside every bound and changes just outside each swap")
    void boundsOfThSongkhla() throws Exception {
        Evaluation e = BundledRules.engine()
                .evaluate(CaseFolderReader.read(CaseFolders.root().resolve("cases/th-songkhla")));
        // The intervals are those of a plain weighted sum: no committee share is mixed into the totals.
        assertEquals("weighted-sum", e.method().name());
        assertEquals(0, e.technicalShare());
        FastPath fast = FastPath.of(e);
        FastPath.Workspace ws = fast.workspace();
        double[] w = e.method().weightVector();
        fast.run(ws, w);
        int[] order = order(fast, ws);
        Criterion[] criteria = Criterion.values();
        double[][] scores = new double[order.length][criteria.length];
        for (int r = 0; r < order.length; r++) {
            for (Criterion c : criteria) {
                scores[r][c.ordinal()] = ws.score(c, order[r]);
            }
        }

        WeightStability.Interval[] in = WeightStability.of(scores, w);
        int swaps = 0;
        for (Criterion c : criteria) {
            int k = c.ordinal();
            WeightStability.Bound[] sides = {in[k].lower(), in[k].upper()};
            for (WeightStability.Bound b : sides) {
                double inward = b.weight() < w[k] ? STEP : -STEP;
                fast.run(ws, rescaled(w, k, b.weight() + inward));
                assertArrayEquals(order, order(fast, ws), c.key() + " just inside " + b.weight());
                if (b.swaps()) {
                    swaps++;
                    fast.run(ws, rescaled(w, k, b.weight() - inward));
                    int[] outside = order(fast, ws);
                    assertNotEquals(Arrays.toString(order), Arrays.toString(outside),
                            c.key() + " just outside " + b.weight());
                    // The reported pair is the one that swapped.
                    assertEquals(order[b.ahead()], outside[b.behind()], c.key() + " at " + b.weight());
                    assertEquals(order[b.behind()], outside[b.ahead()], c.key() + " at " + b.weight());
                }
            }
        }
        assertTrue(swaps > 0, "a case whose order never changes would check the inside only");
    }

    /** Bid indices, best first. */
    private static int[] order(FastPath fast, FastPath.Workspace ws) {
        int[] out = new int[fast.size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = ws.ranked(r);
        }
        return out;
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
