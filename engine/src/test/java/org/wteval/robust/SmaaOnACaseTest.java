package org.wteval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.Criterion;
import org.wteval.model.Toolkit;
import org.wteval.pipeline.Evaluation;
import org.wteval.pipeline.FastPath;
import org.wteval.scoring.RankedBid;

/** SMAA-2 on sample cases through the fast path: what a committee reads off the acceptabilities must hold. */
class SmaaOnACaseTest {

    private static final int DRAWS = 20_000;

    @Test
    @DisplayName("th-songkhla: acceptabilities are shares over ranks and bids, and the evaluation's winner can win")
    void thSongkhla() throws Exception {
        Evaluation e = evaluate("th-songkhla");
        FastPath fast = FastPath.of(e);
        Toolkit toolkit = e.tender().toolkit();
        WeightSampler sampler = WeightSampler.of(toolkit);
        double[] own = e.method().weightVector();
        for (Criterion c : Criterion.values()) {
            double min = toolkit.number("scoring.weightBounds." + c.key() + ".min");
            double max = toolkit.number("scoring.weightBounds." + c.key() + ".max");
            // Strictly inside: the weights near the evaluation's own rank its winner first too.
            assertTrue(min < own[c.ordinal()] && own[c.ordinal()] < max, c.key() + " " + own[c.ordinal()]);
        }
        FastPathRanking ranking = FastPathRanking.of(fast);
        int bids = ranking.bids();
        assertTrue(bids >= 3, "a case with " + bids + " ranked bids says little");

        // At the evaluation's own weights the ranker gives the evaluation's ranks.
        WeightedRanking.Ranker ranker = ranking.ranker();
        ranker.rank(own);
        int winner = -1;
        for (RankedBid rb : e.ranking()) {
            int i = indexOf(fast, rb.bidId());
            assertEquals(rb.rank(), ranker.rank(i), rb.bidId());
            if (rb.rank() == 1) {
                winner = i;
            }
        }

        SmaaResult r = Smaa2.run(ranking, sampler, Smaa2.DEFAULT_SEED, DRAWS, 2);
        for (int i = 0; i < bids; i++) {
            long overRanks = 0;
            long overBids = 0;
            for (int k = 1; k <= bids; k++) {
                overRanks += r.rankCount(i, k);
                overBids += r.rankCount(k - 1, i + 1);
            }
            assertEquals(DRAWS, overRanks, "bid " + fast.bidId(i) + " over its ranks");
            assertEquals(DRAWS, overBids, "rank " + (i + 1) + " over the bids");
        }
        assertTrue(r.acceptability(winner, 1) > 0, "the evaluation's winner " + fast.bidId(winner));
        for (int i = 0; i < bids; i++) {
            if (r.hasCentralWeights(i)) {
                // A mean of weights in the polytope lies in it: within the bounds, summing to 1.
                double sum = 0;
                for (Criterion c : Criterion.values()) {
                    double w = r.centralWeight(i, c.ordinal());
                    assertTrue(w >= toolkit.number("scoring.weightBounds." + c.key() + ".min") - 1e-12
                            && w <= toolkit.number("scoring.weightBounds." + c.key() + ".max") + 1e-12,
                            fast.bidId(i) + " " + c.key() + " " + w);
                    sum += w;
                }
                assertEquals(1, sum, 1e-12, fast.bidId(i));
            }
        }
        assertEquals(1, r.confidence(winner), "the winner at its central weights");
        /*
         * th-songkhla's winner leads under every weight the base bounds allow, so the draws that rank it first are all
         * the draws and its central weights are the centroid of W: (259/885, 259/885, 367/885), worked out in
         * WeightSamplerTest. A weight's range in W is at most 0.35, so its mean's standard error at most
         * 0.175/√N.
         */
        assertEquals(DRAWS, r.rankCount(winner, 1), "th-songkhla's winner wins under every allowed weight");
        double tolerance = 4 * 0.175 / Math.sqrt(DRAWS);
        assertEquals(259.0 / 885, r.centralWeight(winner, Criterion.EFFICIENCY.ordinal()), tolerance);
        assertEquals(259.0 / 885, r.centralWeight(winner, Criterion.STABILITY.ordinal()), tolerance);
        assertEquals(367.0 / 885, r.centralWeight(winner, Criterion.LIFECYCLE.ordinal()), tolerance);
        assertEquals(1, r.holistic(winner), 1e-15);

        // The counts are what ranking each draw through the fast path directly gives.
        FastPath.Workspace ws = fast.workspace();
        fast.run(ws);
        long[][] counts = new long[bids][bids];
        double[] w = new double[3];
        for (int s = 0; s < DRAWS; s++) {
            sampler.draw(Smaa2.DEFAULT_SEED, s, w);
            fast.rerank(ws, w);
            for (int i = 0; i < bids; i++) {
                counts[i][ws.rank(i) - 1]++;
            }
        }
        for (int i = 0; i < bids; i++) {
            for (int k = 1; k <= bids; k++) {
                assertEquals(counts[i][k - 1], r.rankCount(i, k), fast.bidId(i) + " rank " + k);
            }
        }
    }

    @Test
    @DisplayName("ph-metro-cebu ranks on lifecycle cost alone: SMAA-2 does not apply, and says so")
    void methodWithoutWeights() throws Exception {
        Evaluation e = evaluate("ph-metro-cebu");
        assertEquals("lowest-lifecycle-cost", e.method().name());
        FastPath fast = FastPath.of(e);
        assertFalse(FastPathRanking.applies(fast));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> FastPathRanking.of(fast));
        assertEquals("SMAA-2 does not apply: the method lowest-lifecycle-cost ranks without criterion weights, so no "
                + "weights can change the ranking", refused.getMessage());
    }

    private static Evaluation evaluate(String id) throws Exception {
        return BundledRules.engine().evaluate(CaseFolderReader.read(CaseFolders.root().resolve("cases/" + id)));
    }

    private static int indexOf(FastPath fast, String bidId) {
        for (int i = 0; i < fast.size(); i++) {
            if (fast.bidId(i).equals(bidId)) {
                return i;
            }
        }
        throw new AssertionError("no ranked bid " + bidId);
    }
}
