package org.wteval.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.cli.Main;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.Criterion;
import org.wteval.scoring.CriterionScore;

/**
 * One bid set under two Indonesian laws: {@code id-west-java} (launched 2025-09-15, Perpres 35/2018) and
 * {@code id-west-java-2025} (the same bids, launched 2025-11-03, Perpres 109/2025). Each is ranked by its own law,
 * and the comparison names the rules and parameters that differ.
 */
class LawChangeComparisonTest {

    private static final double USD = 16000; // IDR per USD, the tender's rate

    private static Evaluation before;
    private static Evaluation after;
    private static String output;

    @BeforeAll
    static void evaluateBoth() throws Exception {
        before = BundledRules.engine().evaluate(CaseFolderReader.read(CaseFolders.sample("id-west-java")));
        after = BundledRules.engine().evaluate(CaseFolderReader.read(CaseFolders.sample("id-west-java-2025")));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BundledRules.run(new String[] {"compare", CaseFolders.sample("id-west-java").toString(),
                CaseFolders.sample("id-west-java-2025").toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(Main.OK, code, err.toString());
        output = out.toString();
    }

    @Test
    void eachTenderIsEvaluatedUnderTheLawInForceOnItsLaunchDate() {
        assertEquals("id@2018-04-16", before.tender().toolkit().label());
        assertEquals("2025-09-15", before.tender().toolkit().date());
        assertEquals("id@2025-10-10", after.tender().toolkit().label());
        assertEquals("2025-11-03", after.tender().toolkit().date());
    }

    @Test
    void everyBidIsPricedByItsLaw() {
        for (BidEvaluation b : after.bids()) {
            // Perpres 109/2025: USD 0.20/kWh = 200 USD/MWh for any capacity, × 16,000 IDR/USD.
            assertEquals(200 * USD, b.plan().tariffPerMwh().value(), 1e-6, b.bidId());
            assertEquals(List.of("ID-TARIFF-SINGLE-PRICE", "ID-GATE-FEE-NONE"), b.plan().decidedBy(), b.bidId());
            assertEquals(0, b.metrics().lifecycle().pvTippingFees().value(), 1e-9, b.bidId());
        }
        for (BidEvaluation b : before.bids()) {
            if (!b.bidId().equals("I2")) { // I2 sells 28 MW, above the 20 MW band
                // Perpres 35/2018: 13.35 US cents/kWh = 133.5 USD/MWh up to 20 MW, × 16,000 IDR/USD.
                assertEquals(133.5 * USD, b.plan().tariffPerMwh().value(), 1e-6, b.bidId());
            }
            assertTrue(b.metrics().lifecycle().pvTippingFees().value() > 0, b.bidId());
        }
    }

    @Test
    void underPerpres109TheLifecycleScoreIsTheBestCostOverEachBidsAndTheRankingFollowsTheTotals() {
        double best = after.bids().stream().filter(b -> b.ranking() != null)
                .mapToDouble(b -> b.metrics().lifecycle().authorityCostPerTonneReal().value()).min().orElseThrow();
        for (BidEvaluation b : after.bids()) {
            if (b.ranking() == null) {
                continue;
            }
            double cost = b.metrics().lifecycle().authorityCostPerTonneReal().value();
            assertEquals(100 * best / cost, score(b, Criterion.LIFECYCLE), 1e-9, b.bidId()); // SC-RELATIVE-TO-BEST
            double total = 0.25 * score(b, Criterion.EFFICIENCY) + 0.25 * score(b, Criterion.STABILITY)
                    + 0.5 * score(b, Criterion.LIFECYCLE);
            assertEquals(total, b.ranking().total(), 1e-9, b.bidId());
        }
        List<String> order = after.bids().stream().filter(b -> b.ranking() != null)
                .sorted(Comparator.comparingDouble((BidEvaluation b) -> b.ranking().total()).reversed())
                .map(BidEvaluation::bidId).toList();
        assertEquals(order, after.ranking().stream().map(r -> r.bidId()).toList());
        assertEquals(List.of("I1", "I6", "I5", "I4"), order);
        assertEquals(List.of("I4", "I5", "I6", "I1"), before.ranking().stream().map(r -> r.bidId()).toList());
    }

    @Test
    void theComparisonNamesTheRulesThatFiredUnderOnlyOneLaw() {
        assertTrue(output.contains("Cases id-west-java and id-west-java-2025 under toolkits id@2018-04-16"), output);
        assertTrue(output.contains("The ranking differs between the toolkits."), output);
        assertTrue(output.contains("only under id@2018-04-16: ID-TARIFF-BAND-LOW on I1, I3, I4, I5, I6"), output);
        assertTrue(output.contains("only under id@2018-04-16: ID-TARIFF-BAND-HIGH on I2"), output);
        assertTrue(output.contains("only under id@2025-10-10: ID-TARIFF-SINGLE-PRICE on I1, I2, I3, I4, I5, I6"),
                output);
        assertTrue(output.contains("only under id@2025-10-10: ID-GATE-FEE-NONE on I1, I2, I3, I4, I5, I6"), output);
        assertTrue(output.contains("only under id@2025-10-10: ID-GATE-FEE-ASKED on I1, I2, I3, I4, I5, I6"), output);
        assertTrue(output.contains("I4: rank 1 under id@2018-04-16; rank 4 under id@2025-10-10"), output);
    }

    @Test
    void theComparisonNamesTheParametersThatDifferWithTheVersionThatSetThem() {
        assertTrue(output.contains("tariff.single.perMwh: id@2018-04-16 (not set) | id@2025-10-10 200.0 USD/MWh "
                + "(verified, layer id@2025-10-10)"), output);
        assertTrue(output.contains("tariff.banded.lowPerMwh: id@2018-04-16 133.5 USD/MWh (verified, layer "
                + "id@2018-04-16) | id@2025-10-10 (not set)"), output);
        assertTrue(output.contains("tippingFee.payable: id@2018-04-16 (not set) | id@2025-10-10 false flag"), output);
        assertTrue(output.contains("scoring.lifecycle.normalisation: id@2018-04-16 published-anchors"), output);
        assertTrue(output.contains("tariff.ppaYears: id@2018-04-16 25.0 years (assumed, layer id@2018-04-16) | "
                + "id@2025-10-10 30.0 years (assumed, layer id@2025-10-10)"), output);
        assertTrue(output.contains("tippingFee.centralSupportCapPerTonne: id@2018-04-16 500000.0 IDR/t"), output);
    }

    private static double score(BidEvaluation b, Criterion c) {
        return b.scores().stream().filter(s -> s.criterion() == c).mapToDouble(CriterionScore::score).findFirst()
                .orElseThrow();
    }
}
