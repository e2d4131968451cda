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

    // ---- responsive bids: price < mean - 1 x population SD, with at least 5 qualified bids ----

    /** Bids A..E priced 20, 50, 50, 50, 50: n 5, mean 44, SD sqrt((24² + 4 × 6²) / 5) = sqrt(144) = 12, limit 32. */
    private static RuleFacts fiveBids() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).pricePerTonne = 20;
        f.bid(B).pricePerTonne = 50;
        for (String id : List.of("C", "D", "E")) {
            f.addCopy(B, id);
        }
        return f;
    }

    @Test
    @DisplayName("ALP-BELOW-RESPONSIVE fires for 20 against five responsive bids with mean 44 and SD 12 (20 < 32)")
    @Fires("ALP-BELOW-RESPONSIVE")
    void belowResponsiveFires() {
        Finding w = assertFires(fiveBids().fire(), "ALP-BELOW-RESPONSIVE", A, Severity.WARNING);
        assertEquals(20.0, w.measured());
        assertEquals(44.0 - 12.0, w.threshold(), 1e-9);
        assertEquals("per t", w.unit());
        assertEquals(List.of("abnormallyLow.relativeMinResponsiveBids", "abnormallyLow.relativeStdDevs"),
                w.params());
        assertTrue(w.message().contains("mean 44, standard deviation 12"), w.message());
    }

    @Test
    @DisplayName("ALP-BELOW-RESPONSIVE stays silent with four responsive bids: a fifth, disqualified, does not count")
    @Silent("ALP-BELOW-RESPONSIVE")
    void belowResponsiveNeedsFiveQualifiedBids() {
        RuleFacts f = fiveBids();
        f.bid("E").availabilityHours = 7000; // below the 7,500 h minimum: disqualified
        RuleOutcome o = f.fire();
        assertFires(o, "BID-AVAILABILITY-MIN", "E", Severity.DISQUALIFY);
        assertSilent(o, "ALP-BELOW-RESPONSIVE");
    }

    @Test
    @DisplayName("ALP-BELOW-RESPONSIVE: 36 fires and 37 stays silent among 40, 50, 50, 76 (limits 36.46 and 36.87)")
    @Fires("ALP-BELOW-RESPONSIVE")
    @Silent("ALP-BELOW-RESPONSIVE")
    void belowResponsiveEitherSideOfTheLimit() {
        RuleFacts f = fiveBids();
        f.bid(B).pricePerTonne = 40;
        f.bid("E").pricePerTonne = 76;
        // A 36: mean 50.4, Σ(x − 50.4)² = 207.36 + 108.16 + 0.16 + 0.16 + 655.36 = 971.2, SD sqrt(194.24) = 13.94,
        // limit 36.46: 36 is below it.
        f.bid(A).pricePerTonne = 36;
        Finding w = assertFires(f.fire(), "ALP-BELOW-RESPONSIVE", A, Severity.WARNING);
        assertEquals(50.4 - Math.sqrt(194.24), w.threshold(), 1e-9);
        // A 37: mean 50.6, Σ(x − 50.6)² = 184.96 + 112.36 + 0.36 + 0.36 + 645.16 = 943.2, SD sqrt(188.64) = 13.73,
        // limit 36.87: 37 is above it.
        f.bid(A).pricePerTonne = 37;
        assertSilent(f.fire(), "ALP-BELOW-RESPONSIVE");
        // Equal prices have no spread: the limit is the mean itself, and no price is strictly below it.
        RuleFacts flat = fiveBids();
        flat.bid(A).pricePerTonne = 50;
        assertSilent(flat.fire(), "ALP-BELOW-RESPONSIVE");
    }

    @Test
    @DisplayName("ALP-BELOW-RESPONSIVE stays silent for a disqualified bid, however low")
    @Silent("ALP-BELOW-RESPONSIVE")
    void belowResponsiveSilentForDisqualifiedBid() {
        RuleFacts f = fiveBids();
        f.addCopy(B, "F");
        f.bid(A).availabilityHours = 7000;
        assertSilent(f.fire(), "ALP-BELOW-RESPONSIVE");
    }

    @Test
    @DisplayName("ALP-BELOW-RESPONSIVE leaves out a bid the committee rejected, but keeps it in its own test")
    @Fires("ALP-BELOW-RESPONSIVE")
    void belowResponsiveLeavesOutRejectedBid() {
        // Six bids: F at 5 rejected. For A (20) the others are B..E at 50: with F left out n 5, mean 44, SD 12,
        // limit 32, so A fires (with F in, n 6, mean 37.5, SD sqrt(Σ(x−37.5)²/6) = sqrt(2362.5/6) = 19.84,
        // limit 17.66: A would not). F's own test counts itself: n 6, the same limit 17.66, and 5 is below it.
        RuleFacts f = fiveBids();
        RuleFacts.Bid rejected = f.addCopy(B, "F");
        rejected.pricePerTonne = 5;
        rejected.rejectedByCommittee = true;
        RuleOutcome o = f.fire();
        List<Finding> hits = findings(o, "ALP-BELOW-RESPONSIVE");
        assertEquals(32.0, hits.stream().filter(x -> x.subject().equals(A)).findFirst().orElseThrow().threshold(),
                1e-9);
        double mean6 = (20 + 4 * 50 + 5) / 6.0;
        double sd6 = Math.sqrt((Math.pow(20 - mean6, 2) + 4 * Math.pow(50 - mean6, 2) + Math.pow(5 - mean6, 2)) / 6);
        assertEquals(mean6 - sd6, hits.stream().filter(x -> x.subject().equals("F")).findFirst().orElseThrow()
                .threshold(), 1e-9);
    }
}
