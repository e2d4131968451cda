package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wteval.rules.RuleFacts.A;
import static org.wteval.rules.RuleFacts.B;
import static org.wteval.rules.RuleFacts.assertFires;
import static org.wteval.rules.RuleFacts.assertSilent;
import static org.wteval.rules.RuleFacts.findings;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.model.Severity;

/**
 * Abnormally low prices (rules/scoring/abnormally-low.drl). The rules read ratios the facts carry; a price is
 * abnormally low at or below 1 − share (≤ 0.60 of the mean of the others, ≤ 0.70 of the next bid) and when revenues
 * cover under 75% of cost; a price at or below 0.80 of the owner's estimate, or of the mean of the other qualified
 * bids. They warn; they never disqualify. The Prozorro tests run only when the toolkit switches them on.
 */
class AbnormallyLowRulesTest {

    /** The baseline with the Prozorro tests switched on, as a country toolkit may. */
    private static RuleFacts prozorro() {
        return RuleFacts.baseline().param("abnormallyLow.prozorroTests", true);
    }

    // Computed as the rules compute them, so the boundary cases are exact in floating point.
    private static final double MEAN_LIMIT = 1 - RuleFacts.BELOW_MEAN_SHARE; // 0.60
    private static final double NEXT_LIMIT = 1 - RuleFacts.BELOW_NEXT_SHARE; // 0.70

    @Test
    @DisplayName("ALP-BELOW-MEAN fires for a fee half the mean of the other bids")
    @Fires("ALP-BELOW-MEAN")
    void belowMeanFires() {
        RuleFacts f = prozorro();
        f.bid(A).feeToMeanOfOthers = 0.5;
        RuleOutcome o = f.fire();
        Finding w = assertFires(o, "ALP-BELOW-MEAN", A, Severity.WARNING);
        assertEquals(0.5, w.measured());
        assertEquals(0.6, w.threshold(), 1e-12);
        assertEquals("ratio", w.unit());
        assertEquals(List.of("abnormallyLow.belowMeanOfOthers"), w.params());
        assertTrue(o.qualifiedBids().contains(A), "a price flag does not disqualify");
    }

    @Test
    @DisplayName("ALP-BELOW-MEAN fires at exactly 1 − 0.40 of the mean (at least 40% below)")
    @Fires("ALP-BELOW-MEAN")
    void belowMeanFiresAtBoundary() {
        RuleFacts f = prozorro();
        f.bid(A).feeToMeanOfOthers = MEAN_LIMIT;
        assertFires(f.fire(), "ALP-BELOW-MEAN", A, Severity.WARNING);
    }

    @Test
    @DisplayName("ALP-BELOW-MEAN stays silent just above 1 − 0.40")
    @Silent("ALP-BELOW-MEAN")
    void belowMeanSilentAbove() {
        RuleFacts f = prozorro();
        f.bid(A).feeToMeanOfOthers = Math.nextUp(MEAN_LIMIT);
        assertSilent(f.fire(), "ALP-BELOW-MEAN");
    }

    @Test
    @DisplayName("ALP-BELOW-MEAN stays silent for a lone bid (ratio NaN)")
    @Silent("ALP-BELOW-MEAN")
    void belowMeanSilentForLoneBid() {
        RuleFacts f = prozorro().only(A);
        assertTrue(Double.isNaN(f.bid(A).feeToMeanOfOthers));
        assertSilent(f.fire(), "ALP-BELOW-MEAN");
    }

    @Test
    @DisplayName("ALP-BELOW-NEXT fires for a fee 60% of the next higher bid's")
    @Fires("ALP-BELOW-NEXT")
    void belowNextFires() {
        RuleFacts f = prozorro();
        f.bid(A).feeToNextBid = 0.6;
        Finding w = assertFires(f.fire(), "ALP-BELOW-NEXT", A, Severity.WARNING);
        assertEquals(0.6, w.measured());
        assertEquals(0.7, w.threshold(), 1e-12);
        assertEquals("ratio", w.unit());
        assertEquals(List.of("abnormallyLow.belowNextBid"), w.params());
    }

    @Test
    @DisplayName("ALP-BELOW-NEXT fires at exactly 1 − 0.30 of the next bid (at least 30% below)")
    @Fires("ALP-BELOW-NEXT")
    void belowNextFiresAtBoundary() {
        RuleFacts f = prozorro();
        f.bid(A).feeToNextBid = NEXT_LIMIT;
        assertFires(f.fire(), "ALP-BELOW-NEXT", A, Severity.WARNING);
    }

    @Test
    @DisplayName("ALP-BELOW-NEXT stays silent just above 1 − 0.30")
    @Silent("ALP-BELOW-NEXT")
    void belowNextSilentAbove() {
        RuleFacts f = prozorro();
        f.bid(A).feeToNextBid = Math.nextUp(NEXT_LIMIT);
        assertSilent(f.fire(), "ALP-BELOW-NEXT");
    }

    @Test
    @DisplayName("ALP-BELOW-NEXT stays silent for the highest bid, which has no next bid (NaN)")
    @Silent("ALP-BELOW-NEXT")
    void belowNextSilentForHighestBid() {
        // Baseline B has the higher fee, so its ratio to a next bid is NaN.
        RuleFacts f = prozorro();
        assertTrue(Double.isNaN(f.bid(RuleFacts.B).feeToNextBid));
        assertSilent(f.fire(), "ALP-BELOW-NEXT");
    }

    @Test
    @DisplayName("ALP-BELOW-NEXT stays silent for a lone bid (ratio NaN)")
    @Silent("ALP-BELOW-NEXT")
    void belowNextSilentForLoneBid() {
        assertSilent(prozorro().only(A).fire(), "ALP-BELOW-NEXT");
    }

    @Test
    @DisplayName("ALP-BELOW-COST fires when revenues cover 60% of lifecycle cost (< 75%)")
    @Fires("ALP-BELOW-COST")
    void belowCostFires() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).costCoverage = 0.60;
        Finding w = assertFires(f.fire(), "ALP-BELOW-COST", A, Severity.WARNING);
        assertEquals(0.60, w.measured());
        assertEquals(0.75, w.threshold());
        assertEquals("fraction", w.unit());
        assertEquals(List.of("abnormallyLow.minCostCoverage"), w.params());
    }

    @Test
    @DisplayName("ALP-BELOW-COST stays silent at exactly 75% coverage (the rule uses strict <)")
    @Silent("ALP-BELOW-COST")
    void belowCostSilentAtThreshold() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).costCoverage = RuleFacts.MIN_COST_COVERAGE;
        assertSilent(f.fire(), "ALP-BELOW-COST");
    }

    @Test
    @DisplayName("ALP-BELOW-COST stays silent when coverage is undefined (NaN, no costs)")
    @Silent("ALP-BELOW-COST")
    void belowCostSilentForNaN() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).costCoverage = Double.NaN;
        assertSilent(f.fire(), "ALP-BELOW-COST");
    }

    @Test
    @DisplayName("ALP-BELOW-MEAN and ALP-BELOW-NEXT stay silent when the toolkit leaves the Prozorro tests off")
    @Silent({"ALP-BELOW-MEAN", "ALP-BELOW-NEXT"})
    void prozorroTestsOffByDefault() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).feeToMeanOfOthers = 0.1;
        f.bid(A).feeToNextBid = 0.1;
        RuleOutcome o = f.fire();
        assertSilent(o, "ALP-BELOW-MEAN");
        assertSilent(o, "ALP-BELOW-NEXT");
    }

    // ---- owner's estimate: price / estimate <= 1 - 0.20 ----

    @Test
    @DisplayName("ALP-BELOW-ESTIMATE fires for a price of 30 against an owner's estimate of 50 (0.60 <= 0.80)")
    @Fires("ALP-BELOW-ESTIMATE")
    void belowEstimateFires() {
        RuleFacts f = RuleFacts.baseline();
        f.ownerEstimate = 50;
        f.bid(A).pricePerTonne = 30;
        Finding w = assertFires(f.fire(), "ALP-BELOW-ESTIMATE", A, Severity.WARNING);
        assertEquals(30.0 / 50.0, w.measured(), 1e-12);
        assertEquals(0.8, w.threshold(), 1e-12);
        assertEquals("ratio", w.unit());
        assertEquals(List.of("abnormallyLow.belowOwnerEstimate"), w.params());
    }

    @Test
    @DisplayName("ALP-BELOW-ESTIMATE fires at exactly 0.80 of the estimate (40 against 50)")
    @Fires("ALP-BELOW-ESTIMATE")
    void belowEstimateFiresAtBoundary() {
        RuleFacts f = RuleFacts.baseline();
        f.ownerEstimate = 50;
        f.bid(A).pricePerTonne = 40; // 40 / 50 = 0.8 exactly in floating point
        f.bid(B).pricePerTonne = 45;
        assertFires(f.fire(), "ALP-BELOW-ESTIMATE", A, Severity.WARNING);
    }

    @Test
    @DisplayName("ALP-BELOW-ESTIMATE stays silent for prices above 0.80 of the estimate (41 and 50 against 50)")
    @Silent("ALP-BELOW-ESTIMATE")
    void belowEstimateSilentAbove() {
        RuleFacts f = RuleFacts.baseline();
        f.ownerEstimate = 50;
        f.bid(A).pricePerTonne = 41;
        assertSilent(f.fire(), "ALP-BELOW-ESTIMATE");
    }

    @Test
    @DisplayName("ALP-BELOW-ESTIMATE stays silent when the tender states no owner's estimate")
    @Silent("ALP-BELOW-ESTIMATE")
    void belowEstimateSilentWithoutEstimate() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).pricePerTonne = 1;
        assertSilent(f.fire(), "ALP-BELOW-ESTIMATE");
    }

    // ---- other responsive bids: price / mean of the other qualified bids <= 1 - 0.20 ----

    @Test
    @DisplayName("ALP-BELOW-RESPONSIVE fires for 30 against qualified bids of 50 and 60 (30 / 55 = 0.545)")
    @Fires("ALP-BELOW-RESPONSIVE")
    void belowResponsiveFires() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).pricePerTonne = 30;
        f.addCopy(B, "C").pricePerTonne = 60;
        Finding w = assertFires(f.fire(), "ALP-BELOW-RESPONSIVE", A, Severity.WARNING);
        assertEquals(30.0 / 55.0, w.measured(), 1e-12);
        assertEquals(0.8, w.threshold(), 1e-12);
        assertEquals(List.of("abnormallyLow.belowMeanOfResponsive"), w.params());
    }

    @Test
    @DisplayName("ALP-BELOW-RESPONSIVE ignores a disqualified bid: 30 against qualified 35 only (0.857) stays silent,"
            + " though with the disqualified 100 the mean of all others would be 67.5 (0.444)")
    @Silent("ALP-BELOW-RESPONSIVE")
    void belowResponsiveIgnoresDisqualified() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).pricePerTonne = 30;
        f.bid(B).pricePerTonne = 35;
        RuleFacts.Bid c = f.addCopy(B, "C");
        c.pricePerTonne = 100;
        c.availabilityHours = 7000; // below the 7,500 h minimum: disqualified
        RuleOutcome o = f.fire();
        assertFires(o, "BID-AVAILABILITY-MIN", "C", Severity.DISQUALIFY);
        assertSilent(o, "ALP-BELOW-RESPONSIVE");
    }

    @Test
    @DisplayName("ALP-BELOW-RESPONSIVE fires at exactly 0.80 of the mean (40 against 50) and not for a disqualified bid")
    @Fires("ALP-BELOW-RESPONSIVE")
    void belowResponsiveBoundaryAndOwnQualification() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).pricePerTonne = 40;
        f.bid(B).pricePerTonne = 50;
        assertFires(f.fire(), "ALP-BELOW-RESPONSIVE", A, Severity.WARNING);
        f.bid(A).availabilityHours = 7000;
        assertSilent(f.fire(), "ALP-BELOW-RESPONSIVE");
    }

    @Test
    @DisplayName("ALP-BELOW-RESPONSIVE stays silent just above 0.80 of the mean and for a lone bid")
    @Silent("ALP-BELOW-RESPONSIVE")
    void belowResponsiveSilent() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).pricePerTonne = 40.5;
        f.bid(B).pricePerTonne = 50;
        assertSilent(f.fire(), "ALP-BELOW-RESPONSIVE");
        assertSilent(RuleFacts.baseline().only(A).fire(), "ALP-BELOW-RESPONSIVE");
    }

    @Test
    @DisplayName("ALP-BELOW-RESPONSIVE leaves out a bid the committee rejected: 40 against 50 alone (0.8) fires,"
            + " though with the rejected 10 the mean of the others would be 30 (1.33)")
    @Fires("ALP-BELOW-RESPONSIVE")
    void belowResponsiveLeavesOutRejectedBid() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).pricePerTonne = 40;
        f.bid(B).pricePerTonne = 50;
        RuleFacts.Bid c = f.addCopy(B, "C");
        c.pricePerTonne = 10;
        c.rejectedByCommittee = true;
        RuleOutcome o = f.fire();
        assertEquals(40.0 / 50.0, findings(o, "ALP-BELOW-RESPONSIVE").stream()
                .filter(x -> x.subject().equals(A)).findFirst().orElseThrow().measured(), 1e-12);
        // The rejected bid keeps its own flag: 10 against the mean of 40 and 50, 45.
        assertEquals(10.0 / 45.0, findings(o, "ALP-BELOW-RESPONSIVE").stream()
                .filter(x -> x.subject().equals("C")).findFirst().orElseThrow().measured(), 1e-12);
    }
}
