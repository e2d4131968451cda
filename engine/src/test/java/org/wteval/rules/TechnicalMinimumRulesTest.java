package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wteval.rules.RuleFacts.A;
import static org.wteval.rules.RuleFacts.B;
import static org.wteval.rules.RuleFacts.assertFires;
import static org.wteval.rules.RuleFacts.assertSilent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.BundledRules;
import org.wteval.model.Severity;

/** The committee's minimum technical score (rules/scoring/technical-minimum.drl). */
class TechnicalMinimumRulesTest {

    /** The baseline's judging facts with a minimum of 60 points and the committee's scores of A and B. */
    private static RuleOutcome fire(Double minimum, double scoreA, double scoreB) {
        RuleFacts f = RuleFacts.baseline();
        if (minimum != null) {
            f.param("committee.minTechnicalScore", minimum);
        }
        List<Object> facts = new ArrayList<>(f.facts());
        facts.add(new TechnicalScoreFacts(A, scoreA));
        facts.add(new TechnicalScoreFacts(B, scoreB));
        return BundledRules.book().judge(facts);
    }

    @Test
    @DisplayName("WB-TECH-MIN-SCORE disqualifies a bid the committee scored below the minimum, before prices")
    @Fires("WB-TECH-MIN-SCORE")
    void firesBelowTheMinimum() {
        RuleOutcome o = fire(60.0, 59.99, 72.5);
        Finding f = assertFires(o, "WB-TECH-MIN-SCORE", A, Severity.DISQUALIFY);
        assertEquals(59.99, f.measured());
        assertEquals(60.0, f.threshold());
        assertEquals(List.of("committee.minTechnicalScore"), f.params());
        assertEquals(Set.of(B), o.qualifiedBids(), "A is not ranked");
    }

    @Test
    @DisplayName("WB-TECH-MIN-SCORE stays silent at exactly the minimum")
    @Silent("WB-TECH-MIN-SCORE")
    void silentAtTheMinimum() {
        RuleOutcome o = fire(60.0, 60.0, 72.5);
        assertSilent(o, "WB-TECH-MIN-SCORE");
        assertEquals(Set.of(A, B), o.qualifiedBids());
    }

    @Test
    @DisplayName("WB-TECH-MIN-SCORE stays silent when the toolkit sets no minimum, however low the score")
    @Silent("WB-TECH-MIN-SCORE")
    void silentWithoutAMinimum() {
        RuleOutcome o = fire(null, 10.0, 20.0);
        assertSilent(o, "WB-TECH-MIN-SCORE");
        assertEquals(Set.of(A, B), o.qualifiedBids());
    }
}
