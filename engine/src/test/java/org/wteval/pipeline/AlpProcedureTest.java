package org.wteval.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.Committee;
import org.wteval.model.Criterion;
import org.wteval.scoring.RankedBid;

/**
 * The abnormally-low-bid procedure on the sample cases: a flagged ranked bid without the committee's decision makes
 * the ranking provisional, with the ranking each decision would give; a rejection takes the bid out and re-scores
 * the others; an acceptance keeps the ranking.
 */
class AlpProcedureTest {

    private static final Engine ENGINE = BundledRules.engine();

    @TempDir
    Path tmp;

    private Evaluation evaluate(Path caseDir) throws Exception {
        return ENGINE.evaluate(CaseFolderReader.read(caseDir));
    }

    private static List<String> order(List<RankedBid> ranking) {
        return ranking.stream().map(RankedBid::bidId).toList();
    }

    private static double score(BidEvaluation b, Criterion c) {
        return b.scores().stream().filter(s -> s.criterion() == c).findFirst().orElseThrow().score();
    }

    private static BidEvaluation bid(Evaluation e, String id) {
        return e.bids().stream().filter(b -> b.bidId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anUndecidedFlaggedBidMakesTheRankingProvisionalWithBothOutcomes() throws Exception {
        // West Java: I4 (cost coverage; 136,179 IDR/t is 0.30 of the owner's estimate of 450,000) is flagged and has
        // no decision. I5 costs its gate fee, 400,000 IDR/t, 0.89 of the estimate, so it is not flagged.
        Evaluation e = evaluate(CaseFolders.sample("id-west-java"));
        AlpProcedure p = e.abnormallyLow();
        assertTrue(e.provisional());
        assertEquals(List.of("I4"), p.unresolved());
        assertEquals(2, p.alternatives().size());
        AlpProcedure.Alternative accepted = p.alternatives().get(0);
        AlpProcedure.Alternative rejected = p.alternatives().get(1);
        assertEquals(Committee.ACCEPTED, accepted.outcome());
        assertEquals(Committee.REJECTED, rejected.outcome());
        // Accepting I4 leaves the ranking as it is; rejecting it ranks the other three, re-scored among themselves.
        assertEquals(e.ranking(), accepted.ranking());
        assertEquals("I4", accepted.bidId());
        assertFalse(order(rejected.ranking()).contains("I4"));
        assertEquals(e.ranking().size() - 1, rejected.ranking().size());
    }

    @Test
    void rejectingABidTakesItOutAndReScoresTheOthers() throws Exception {
        // Bac Ninh without the committee's file: B4 is first, provisionally.
        Path undecided = CaseFolders.copy("vn-bac-ninh", tmp);
        Files.delete(undecided.resolve("committee.yaml"));
        Evaluation before = evaluate(undecided);
        assertTrue(before.provisional());
        assertEquals("B4", before.ranking().get(0).bidId());

        // With the committee's rejection of B4 the ranking is final and B4 is not ranked.
        Evaluation after = evaluate(CaseFolders.sample("vn-bac-ninh"));
        assertFalse(after.provisional());
        assertEquals(List.of("B1", "B5"), order(after.ranking()));
        BidEvaluation b4 = bid(after, "B4");
        assertTrue(b4.qualified(), "a rejected bid passed every gate; the committee took it out");
        assertNull(b4.ranking());
        assertEquals("Bid evaluation committee, minutes no. 4", after.abnormallyLow().decision("B4").decidedBy());
        assertEquals(order(before.abnormallyLow().alternatives().get(1).ranking()), order(after.ranking()));

        // Lifecycle is scored relative to the best (lowest) authority cost: score = 100 × best / cost. B4's cost was
        // the best; without it B5's is, so B5 scores 100 and B1 100 × cost(B5) / cost(B1).
        double c1 = bid(after, "B1").metrics().lifecycle().authorityCostPerTonneReal().value();
        double c4 = b4.metrics().lifecycle().authorityCostPerTonneReal().value();
        double c5 = bid(after, "B5").metrics().lifecycle().authorityCostPerTonneReal().value();
        assertEquals(100 * c4 / c1, score(bid(before, "B1"), Criterion.LIFECYCLE), 1e-9);
        assertEquals(100 * c5 / c1, score(bid(after, "B1"), Criterion.LIFECYCLE), 1e-9);
        assertEquals(100.0, score(bid(after, "B5"), Criterion.LIFECYCLE), 1e-9);
        // The efficiency and stability scores do not depend on B4 here; the total is 0.3 E + 0.3 S + 0.4 L.
        BidEvaluation b1 = bid(after, "B1");
        assertEquals(score(bid(before, "B1"), Criterion.EFFICIENCY), score(b1, Criterion.EFFICIENCY), 1e-12);
        assertEquals(0.3 * score(b1, Criterion.EFFICIENCY) + 0.3 * score(b1, Criterion.STABILITY)
                + 0.4 * 100 * c5 / c1, b1.ranking().total(), 1e-9);
    }

    @Test
    void acceptingABidKeepsTheRankingAndRecordsTheDecision() throws Exception {
        Path undecided = CaseFolders.copy("in-lucknow", tmp);
        Files.delete(undecided.resolve("committee.yaml"));
        Evaluation before = evaluate(undecided);
        Evaluation after = evaluate(CaseFolders.sample("in-lucknow"));
        assertTrue(before.provisional());
        assertFalse(after.provisional());
        assertEquals(before.ranking(), after.ranking());
        assertEquals("N3", after.ranking().get(0).bidId());
        Committee.Decision d = after.abnormallyLow().decision("N3");
        assertEquals(Committee.ACCEPTED, d.outcome());
        assertEquals(0.05, d.addedPerformanceSecurity());
        assertTrue(after.abnormallyLow().alternatives().isEmpty());
    }
}
