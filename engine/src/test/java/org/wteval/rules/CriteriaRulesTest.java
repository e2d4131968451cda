package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wteval.rules.RuleFacts.A;
import static org.wteval.rules.RuleFacts.B;
import static org.wteval.rules.RuleFacts.score;
import static org.wteval.rules.RuleFacts.scores;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.model.Criterion;

/**
 * Criterion scores (rules/scoring/criteria.drl), checked against hand calculations. Baseline: efficiency A 420,
 * B 505 kWh/t (linear 250 → 590); stability A 0.84, B 0.76 of the waste treated (linear 0.60 → 0.92); lifecycle A
 * 60, B 75 per tonne (relative to the lowest).
 */
class CriteriaRulesTest {

    private static final double EPS = 1e-9;

    @Test
    @DisplayName("SC-LINEAR scores efficiency and stability linearly between the toolkit's anchors")
    void linear() {
        RuleOutcome o = RuleFacts.baseline().fire();
        CriterionScore a = score(o, "SC-LINEAR", A, Criterion.EFFICIENCY);
        assertEquals(100 * (420.0 - 250) / (590 - 250), a.score(), EPS);
        assertEquals(50.0, a.score(), EPS); // 100 × 170 / 340
        assertEquals(420, a.rawValue());
        assertEquals("kWh/t", a.rawUnit());
        assertEquals("linear", a.method());
        assertEquals(List.of("scoring.efficiency.normalisation", "scoring.efficiency.worst",
                "scoring.efficiency.best"), a.params());
        assertTrue(a.formula().contains("250") && a.formula().contains("590"), a.formula());
        // B: 100 × (505 − 250) / 340 = 75.0
        assertEquals(75.0, score(o, "SC-LINEAR", B, Criterion.EFFICIENCY).score(), EPS);
        // Stability A: 100 × (0.84 − 0.60) / 0.32 = 75.0; B: 100 × 0.16 / 0.32 = 50.0
        assertEquals(75.0, score(o, "SC-LINEAR", A, Criterion.STABILITY).score(), EPS);
        assertEquals(50.0, score(o, "SC-LINEAR", B, Criterion.STABILITY).score(), EPS);
    }

    @Test
    @DisplayName("SC-LINEAR clamps to 0 below the worst anchor and 100 above the best")
    void linearClamped() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).netKwhPerTonneLocal = 200; // 100 × (200 − 250) / 340 = −14.7 → 0
        f.bid(B).netKwhPerTonneLocal = 650; // 100 × (650 − 250) / 340 = 117.6 → 100
        RuleOutcome o = f.fire();
        assertEquals(0.0, score(o, "SC-LINEAR", A, Criterion.EFFICIENCY).score(), EPS);
        assertEquals(100.0, score(o, "SC-LINEAR", B, Criterion.EFFICIENCY).score(), EPS);
    }

    @Test
    @DisplayName("SC-LINEAR stays silent for a disqualified bid and for criteria scored otherwise")
    void linearSilent() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).netEfficiencyDesign = 0.10; // disqualified
        assertTrue(scores(f.fire(), "SC-LINEAR").stream().noneMatch(s -> s.bidId().equals(A)));
        RuleFacts g = RuleFacts.baseline().param("scoring.efficiency.normalisation", "relative-to-best")
                .param("scoring.stability.normalisation", "relative-to-best");
        assertEquals(List.of(), scores(g.fire(), "SC-LINEAR"));
    }

    @Test
    @DisplayName("SC-RELATIVE-TO-BEST gives the cheapest qualified bid 100 and others 100 × lowest / own")
    void relativeLowerIsBetter() {
        RuleOutcome o = RuleFacts.baseline().fire();
        CriterionScore a = score(o, "SC-RELATIVE-TO-BEST", A, Criterion.LIFECYCLE);
        assertEquals(100.0, a.score(), EPS); // A is the lowest: 100 × 60 / 60
        assertEquals("relative-to-best", a.method());
        assertEquals(List.of("scoring.lifecycle.normalisation"), a.params());
        CriterionScore b = score(o, "SC-RELATIVE-TO-BEST", B, Criterion.LIFECYCLE);
        assertEquals(80.0, b.score(), EPS); // 100 × 60 / 75
        assertTrue(b.formula().contains("(60)"), "the formula names the lowest cost: " + b.formula());
    }

    @Test
    @DisplayName("SC-RELATIVE-TO-BEST uses 100 × value / highest where higher is better")
    void relativeHigherIsBetter() {
        RuleOutcome o = RuleFacts.baseline().param("scoring.efficiency.normalisation", "relative-to-best").fire();
        assertEquals(100 * 420.0 / 505.0, score(o, "SC-RELATIVE-TO-BEST", A, Criterion.EFFICIENCY).score(), EPS);
        assertEquals(100.0, score(o, "SC-RELATIVE-TO-BEST", B, Criterion.EFFICIENCY).score(), EPS);
    }

    @Test
    @DisplayName("SC-RELATIVE-TO-BEST ignores a cheaper but disqualified bid when finding the best")
    void relativeIgnoresDisqualified() {
        RuleFacts f = RuleFacts.baseline();
        RuleFacts.Bid c = f.addCopy(A, "C");
        c.authorityCostPerTonne = 40; // cheaper than A's 60 ...
        c.availabilityHours = 7000; // ... but disqualified
        RuleOutcome o = f.fire();
        assertEquals(java.util.Set.of(A, B), o.qualifiedBids());
        // Had C's 40 counted, A would get 66.7 and B 53.3.
        assertEquals(100.0, score(o, "SC-RELATIVE-TO-BEST", A, Criterion.LIFECYCLE).score(), EPS);
        assertEquals(80.0, score(o, "SC-RELATIVE-TO-BEST", B, Criterion.LIFECYCLE).score(), EPS);
        assertTrue(scores(o, "SC-RELATIVE-TO-BEST").stream().noneMatch(s -> s.bidId().equals("C")));
    }

    @Test
    @DisplayName("SC-RELATIVE-TO-BEST with three qualified bids uses the best of all three")
    void relativeThreeBids() {
        RuleFacts f = RuleFacts.baseline();
        f.addCopy(A, "C").authorityCostPerTonne = 50;
        RuleOutcome o = f.fire();
        assertEquals(100 * 50.0 / 60.0, score(o, "SC-RELATIVE-TO-BEST", A, Criterion.LIFECYCLE).score(), EPS);
        assertEquals(100 * 50.0 / 75.0, score(o, "SC-RELATIVE-TO-BEST", B, Criterion.LIFECYCLE).score(), EPS);
        assertEquals(100.0, score(o, "SC-RELATIVE-TO-BEST", "C", Criterion.LIFECYCLE).score(), EPS);
    }

    @Test
    @DisplayName("SC-RELATIVE-TO-BEST stays silent when no criterion uses it")
    void relativeSilent() {
        RuleFacts f = RuleFacts.baseline().param("scoring.lifecycle.normalisation", "linear")
                .param("scoring.lifecycle.worst", 100.0).param("scoring.lifecycle.best", 40.0);
        RuleOutcome o = f.fire();
        assertEquals(List.of(), scores(o, "SC-RELATIVE-TO-BEST"));
        // Linear with lower costs better: A 100 × (60 − 100) / (40 − 100) = 66.7
        assertEquals(100 * (60.0 - 100) / (40 - 100), score(o, "SC-LINEAR", A, Criterion.LIFECYCLE).score(), EPS);
    }

    @Test
    @DisplayName("SC-THRESHOLD gives 100 for meeting the threshold and 0 otherwise, in the criterion's direction")
    void threshold() {
        RuleFacts f = RuleFacts.baseline()
                .param("scoring.stability.normalisation", "threshold").param("scoring.stability.threshold", 0.80)
                .param("scoring.lifecycle.normalisation", "threshold").param("scoring.lifecycle.threshold", 70.0);
        RuleOutcome o = f.fire();
        assertEquals(100.0, score(o, "SC-THRESHOLD", A, Criterion.STABILITY).score(), EPS); // 0.84 ≥ 0.80
        assertEquals(0.0, score(o, "SC-THRESHOLD", B, Criterion.STABILITY).score(), EPS); // 0.76 < 0.80
        assertEquals(100.0, score(o, "SC-THRESHOLD", A, Criterion.LIFECYCLE).score(), EPS); // 60 ≤ 70
        assertEquals(0.0, score(o, "SC-THRESHOLD", B, Criterion.LIFECYCLE).score(), EPS); // 75 > 70
        assertEquals(List.of("scoring.stability.normalisation", "scoring.stability.threshold"),
                score(o, "SC-THRESHOLD", A, Criterion.STABILITY).params());
    }

    @Test
    @DisplayName("SC-THRESHOLD stays silent when no criterion uses it")
    void thresholdSilent() {
        assertEquals(List.of(), scores(RuleFacts.baseline().fire(), "SC-THRESHOLD"));
    }
}
