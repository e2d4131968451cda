package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wteval.rules.RuleFacts.A;
import static org.wteval.rules.RuleFacts.assertFires;
import static org.wteval.rules.RuleFacts.assertSilent;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.model.Severity;

/**
 * Abnormally low prices (rules/scoring/abnormally-low.drl). The rules read ratios the facts carry; a price is
 * abnormally low at or below 1 − share (≤ 0.60 of the mean of the others, ≤ 0.70 of the next bid) and when revenues
 * cover under 75% of cost. They warn; they never disqualify.
 */
class AbnormallyLowRulesTest {

    // Computed as the rules compute them, so the boundary cases are exact in floating point.
    private static final double MEAN_LIMIT = 1 - RuleFacts.BELOW_MEAN_SHARE; // 0.60
    private static final double NEXT_LIMIT = 1 - RuleFacts.BELOW_NEXT_SHARE; // 0.70

    @Test
    @DisplayName("ALP-BELOW-MEAN fires for a fee half the mean of the other bids")
    @Fires("ALP-BELOW-MEAN")
    void belowMeanFires() {
        RuleFacts f = RuleFacts.baseline();
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
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).feeToMeanOfOthers = MEAN_LIMIT;
        assertFires(f.fire(), "ALP-BELOW-MEAN", A, Severity.WARNING);
    }

    @Test
    @DisplayName("ALP-BELOW-MEAN stays silent just above 1 − 0.40")
    @Silent("ALP-BELOW-MEAN")
    void belowMeanSilentAbove() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).feeToMeanOfOthers = Math.nextUp(MEAN_LIMIT);
        assertSilent(f.fire(), "ALP-BELOW-MEAN");
    }

    @Test
    @DisplayName("ALP-BELOW-MEAN stays silent for a lone bid (ratio NaN)")
    @Silent("ALP-BELOW-MEAN")
    void belowMeanSilentForLoneBid() {
        RuleFacts f = RuleFacts.baseline().only(A);
        assertTrue(Double.isNaN(f.bid(A).feeToMeanOfOthers));
        assertSilent(f.fire(), "ALP-BELOW-MEAN");
    }

    @Test
    @DisplayName("ALP-BELOW-NEXT fires for a fee 60% of the next higher bid's")
    @Fires("ALP-BELOW-NEXT")
    void belowNextFires() {
        RuleFacts f = RuleFacts.baseline();
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
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).feeToNextBid = NEXT_LIMIT;
        assertFires(f.fire(), "ALP-BELOW-NEXT", A, Severity.WARNING);
    }

    @Test
    @DisplayName("ALP-BELOW-NEXT stays silent just above 1 − 0.30")
    @Silent("ALP-BELOW-NEXT")
    void belowNextSilentAbove() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).feeToNextBid = Math.nextUp(NEXT_LIMIT);
        assertSilent(f.fire(), "ALP-BELOW-NEXT");
    }

    @Test
    @DisplayName("ALP-BELOW-NEXT stays silent for the highest bid, which has no next bid (NaN)")
    @Silent("ALP-BELOW-NEXT")
    void belowNextSilentForHighestBid() {
        // Baseline B has the higher fee, so its ratio to a next bid is NaN.
        RuleFacts f = RuleFacts.baseline();
        assertTrue(Double.isNaN(f.bid(RuleFacts.B).feeToNextBid));
        assertSilent(f.fire(), "ALP-BELOW-NEXT");
    }

    @Test
    @DisplayName("ALP-BELOW-NEXT stays silent for a lone bid (ratio NaN)")
    @Silent("ALP-BELOW-NEXT")
    void belowNextSilentForLoneBid() {
        assertSilent(RuleFacts.baseline().only(A).fire(), "ALP-BELOW-NEXT");
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
}
