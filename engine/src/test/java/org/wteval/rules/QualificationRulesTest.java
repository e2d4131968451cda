package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wteval.rules.RuleFacts.A;
import static org.wteval.rules.RuleFacts.B;
import static org.wteval.rules.RuleFacts.assertFires;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;
import org.wteval.BundledRules;
import org.wteval.model.Severity;

/**
 * Qualification (rules/scoring/qualification.drl). EVAL-QUALIFIED inserts a Qualified fact rather than a finding,
 * so firing shows as the bid's id in {@code qualifiedBids()}.
 */
class QualificationRulesTest {

    @Test
    @DisplayName("EVAL-QUALIFIED qualifies every bid with no DISQUALIFY finding")
    @Fires("EVAL-QUALIFIED")
    void qualifiesCompliantBids() {
        RuleOutcome o = RuleFacts.baseline().fire();
        assertEquals(Set.of(A, B), o.qualifiedBids(), "EVAL-QUALIFIED");
    }

    @Test
    @DisplayName("EVAL-QUALIFIED stays silent for a bid with a DISQUALIFY finding")
    @Silent("EVAL-QUALIFIED")
    void silentForDisqualifiedBid() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).availabilityHours = 7000;
        RuleOutcome o = f.fire();
        assertFires(o, "BID-AVAILABILITY-MIN", A, Severity.DISQUALIFY);
        assertEquals(Set.of(B), o.qualifiedBids(), "EVAL-QUALIFIED must not qualify A");
    }

    @Test
    @DisplayName("EVAL-QUALIFIED still qualifies a bid whose findings are only warnings")
    @Fires("EVAL-QUALIFIED")
    void warningsDoNotBlockQualification() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).references.clear();
        f.bid(A).costCoverage = 0.5;
        RuleOutcome o = f.fire();
        assertFires(o, "BID-REFERENCE-SIMILAR-WASTE", A, Severity.WARNING);
        assertFires(o, "ALP-BELOW-COST", A, Severity.WARNING);
        assertEquals(Set.of(A, B), o.qualifiedBids(), "EVAL-QUALIFIED");
    }

    @Test
    @DisplayName("EVAL-QUALIFIED qualifies no one when every bid is disqualified")
    @Silent("EVAL-QUALIFIED")
    void noneQualifiedWhenAllFail() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).guarantees.put("dust", 11.0);
        f.bid(B).maxLhv = 9.0;
        RuleOutcome o = f.fire();
        assertEquals(Set.of(), o.qualifiedBids(), "EVAL-QUALIFIED");
    }

    @Test
    @DisplayName("EVAL-QUALIFIED's Qualified fact is withdrawn when a disqualifying finding arrives afterwards")
    @Fires("EVAL-QUALIFIED")
    @Silent("EVAL-QUALIFIED")
    void qualificationIsWithdrawnByTruthMaintenance() throws Exception {
        KieSession session = BundledRules.book().session(RuleBook.Stage.JUDGE);
        try {
            RuleFacts.baseline().facts().forEach(session::insert);
            session.fireAllRules();
            assertEquals(Set.of(A, B), qualified(session));
            session.insert(new Finding("TEST-GATE", Severity.DISQUALIFY, "test", A, "fails a test gate", 1, 2, "-",
                    List.of()));
            session.fireAllRules();
            assertEquals(Set.of(B), qualified(session), "A's qualification no longer holds");
            // A warning does not withdraw it.
            session.insert(new Finding("TEST-NOTE", Severity.WARNING, "test", B, "a note", 1, 2, "-", List.of()));
            session.fireAllRules();
            assertEquals(Set.of(B), qualified(session));
        } finally {
            session.dispose();
        }
    }

    private static Set<String> qualified(KieSession session) {
        Set<String> ids = new java.util.TreeSet<>();
        session.getObjects(o -> o instanceof Qualified).forEach(o -> ids.add(((Qualified) o).bidId()));
        return ids;
    }
}
