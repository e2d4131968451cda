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
 * Criterion scores (rules/scoring/criteria.drl), checked against hand calculations with the base anchors:
 * efficiency 250 → 590 kWh/t, stability 0.60 → 0.92 of the waste treated, lifecycle 100 × lowest / own.
 */
class CriteriaRulesTest {

    private static final double EPS = 1e-9;

    @Test
    @DisplayName("SC-EFFICIENCY-LINEAR scores qualified bids linearly between 250 and 590 kWh/t")
    void efficiencyLinear() {
        RuleOutcome o = RuleFacts.baseline().fire();
        CriterionScore a = score(o, "SC-EFFICIENCY-LINEAR", A, Criterion.EFFICIENCY);
        assertEquals(100 * (420.0 - 250) / (590 - 250), a.score(), EPS);
        assertEquals(50.0, a.score(), EPS); // 100 × 170 / 340
        assertEquals(420, a.rawValue());
        assertEquals("kWh/t", a.rawUnit());
        assertEquals("linear", a.method());
        assertEquals(List.of("scoring.efficiency.normalisation", "scoring.efficiency.worst",
                "scoring.efficiency.best"), a.params());
        assertTrue(a.formula().contains("250") && a.formula().contains("590"), a.formula());
        // B: 100 × (505 − 250) / (590 − 250) = 100 × 255 / 340 = 75.0
        assertEquals(75.0, score(o, "SC-EFFICIENCY-LINEAR", B, Criterion.EFFICIENCY).score(), EPS);
    }

    @Test
    @DisplayName("SC-EFFICIENCY-LINEAR clamps to 0 below the worst anchor and 100 above the best")
    void efficiencyClamped() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).netKwhPerTonneLocal = 200; // 100 × (200 − 250) / 340 = −14.7 → 0
        f.bid(B).netKwhPerTonneLocal = 650; // 100 × (650 − 250) / 340 = 117.6 → 100
        RuleOutcome o = f.fire();
        assertEquals(0.0, score(o, "SC-EFFICIENCY-LINEAR", A, Criterion.EFFICIENCY).score(), EPS);
        assertEquals(100.0, score(o, "SC-EFFICIENCY-LINEAR", B, Criterion.EFFICIENCY).score(), EPS);
    }

    @Test
    @DisplayName("SC-EFFICIENCY-LINEAR stays silent for a disqualified bid")
    void efficiencySilentForDisqualified() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).netEfficiencyDesign = 0.10;
        RuleOutcome o = f.fire();
        assertTrue(scores(o, "SC-EFFICIENCY-LINEAR").stream().noneMatch(s -> s.bidId().equals(A)),
                "disqualified A must not be scored");
        assertEquals(1, scores(o, "SC-EFFICIENCY-LINEAR").size(), "only B is scored");
    }

    @Test
    @DisplayName("SC-EFFICIENCY-LINEAR stays silent when the toolkit names another normalisation")
    void efficiencySilentForOtherNormalisation() {
        RuleFacts f = RuleFacts.baseline().param("scoring.efficiency.normalisation", "relative-to-best");
        RuleOutcome o = f.fire();
        assertEquals(List.of(), scores(o, "SC-EFFICIENCY-LINEAR"));
        // The other criteria are unaffected.
        assertEquals(2, scores(o, "SC-STABILITY-LINEAR").size());
    }

    @Test
    @DisplayName("SC-STABILITY-LINEAR scores the treated share linearly between 0.60 and 0.92")
    void stabilityLinear() {
        RuleOutcome o = RuleFacts.baseline().fire();
        CriterionScore a = score(o, "SC-STABILITY-LINEAR", A, Criterion.STABILITY);
        // A: 100 × (0.84 − 0.60) / (0.92 − 0.60) = 100 × 0.24 / 0.32 = 75.0
        assertEquals(75.0, a.score(), EPS);
        assertEquals(0.84, a.rawValue());
        assertEquals("fraction", a.rawUnit());
        assertEquals("linear", a.method());
        assertEquals(List.of("scoring.stability.normalisation", "scoring.stability.worst",
                "scoring.stability.best"), a.params());
        // B: 100 × (0.76 − 0.60) / 0.32 = 100 × 0.16 / 0.32 = 50.0
        assertEquals(50.0, score(o, "SC-STABILITY-LINEAR", B, Criterion.STABILITY).score(), EPS);
    }

    @Test
    @DisplayName("SC-STABILITY-LINEAR stays silent for a disqualified bid")
    void stabilitySilentForDisqualified() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(B).minLhv = 7.0; // above the tender's P10 of 6.2
        RuleOutcome o = f.fire();
        assertEquals(List.of(A), scores(o, "SC-STABILITY-LINEAR").stream().map(CriterionScore::bidId).toList());
    }

    @Test
    @DisplayName("SC-STABILITY-LINEAR stays silent when the toolkit names another normalisation")
    void stabilitySilentForOtherNormalisation() {
        RuleFacts f = RuleFacts.baseline().param("scoring.stability.normalisation", "relative-to-best");
        assertEquals(List.of(), scores(f.fire(), "SC-STABILITY-LINEAR"));
    }

    @Test
    @DisplayName("SC-LIFECYCLE-RELATIVE gives the cheapest qualified bid 100 and others 100 × lowest / own")
    void lifecycleRelative() {
        RuleOutcome o = RuleFacts.baseline().fire();
        CriterionScore a = score(o, "SC-LIFECYCLE-RELATIVE", A, Criterion.LIFECYCLE);
        // A is the lowest: 100 × 60 / 60 = 100
        assertEquals(100.0, a.score(), EPS);
        assertEquals(60, a.rawValue());
        assertEquals("relative-to-best", a.method());
        assertEquals(List.of("scoring.lifecycle.normalisation"), a.params());
        // B: 100 × 60 / 75 = 80.0
        CriterionScore b = score(o, "SC-LIFECYCLE-RELATIVE", B, Criterion.LIFECYCLE);
        assertEquals(100 * 60.0 / 75.0, b.score(), EPS);
        assertEquals(80.0, b.score(), EPS);
        assertTrue(b.formula().contains("(60)"), "the formula names the lowest cost: " + b.formula());
    }

    @Test
    @DisplayName("SC-LIFECYCLE-RELATIVE ignores a cheaper but disqualified bid when finding the lowest")
    void lifecycleIgnoresDisqualifiedCheaperBid() {
        RuleFacts f = RuleFacts.baseline();
        RuleFacts.Bid c = f.addCopy(A, "C");
        c.authorityCostPerTonne = 40; // cheaper than A's 60 ...
        c.availabilityHours = 7000; // ... but disqualified
        RuleOutcome o = f.fire();
        assertEquals(java.util.Set.of(A, B), o.qualifiedBids());
        // Lowest among qualified stays A's 60: A = 100 × 60 / 60 = 100, B = 100 × 60 / 75 = 80.
        // Had C's 40 counted, A would get 66.7 and B 53.3.
        assertEquals(100.0, score(o, "SC-LIFECYCLE-RELATIVE", A, Criterion.LIFECYCLE).score(), EPS);
        assertEquals(80.0, score(o, "SC-LIFECYCLE-RELATIVE", B, Criterion.LIFECYCLE).score(), EPS);
        assertTrue(scores(o, "SC-LIFECYCLE-RELATIVE").stream().noneMatch(s -> s.bidId().equals("C")));
    }

    @Test
    @DisplayName("SC-LIFECYCLE-RELATIVE with three qualified bids uses the lowest of all three")
    void lifecycleThreeBids() {
        RuleFacts f = RuleFacts.baseline();
        f.addCopy(A, "C").authorityCostPerTonne = 50;
        RuleOutcome o = f.fire();
        // Lowest is C's 50: A = 100 × 50 / 60 = 83.33, B = 100 × 50 / 75 = 66.67, C = 100.
        assertEquals(100 * 50.0 / 60.0, score(o, "SC-LIFECYCLE-RELATIVE", A, Criterion.LIFECYCLE).score(), EPS);
        assertEquals(100 * 50.0 / 75.0, score(o, "SC-LIFECYCLE-RELATIVE", B, Criterion.LIFECYCLE).score(), EPS);
        assertEquals(100.0, score(o, "SC-LIFECYCLE-RELATIVE", "C", Criterion.LIFECYCLE).score(), EPS);
    }

    @Test
    @DisplayName("SC-LIFECYCLE-RELATIVE stays silent when the toolkit names another normalisation")
    void lifecycleSilentForOtherNormalisation() {
        RuleFacts f = RuleFacts.baseline().param("scoring.lifecycle.normalisation", "linear");
        assertEquals(List.of(), scores(f.fire(), "SC-LIFECYCLE-RELATIVE"));
    }
}
