package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wteval.rules.RuleFacts.A;
import static org.wteval.rules.RuleFacts.assertFires;
import static org.wteval.rules.RuleFacts.assertSilent;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.model.Severity;

/** Emission guarantees against the toolkit's limits (rules/compliance/emissions.drl). */
class EmissionsRulesTest {

    @Test
    @DisplayName("BID-EMISSION-LIMIT disqualifies a NOx guarantee above 200 mg/Nm3")
    @Fires("BID-EMISSION-LIMIT")
    void limitFires() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).guarantees.put("nox", 210.0);
        RuleOutcome o = f.fire();
        Finding d = assertFires(o, "BID-EMISSION-LIMIT", A, Severity.DISQUALIFY);
        assertEquals(210, d.measured());
        assertEquals(200, d.threshold());
        assertEquals("mg/Nm3", d.unit());
        assertEquals(List.of("emissions.limits.nox"), d.params());
        assertTrue(d.message().contains("nox"), "the message names the pollutant: " + d.message());
        assertFalse(o.qualifiedBids().contains(A));
    }

    @Test
    @DisplayName("BID-EMISSION-LIMIT stays silent for a guarantee exactly at the limit")
    @Silent("BID-EMISSION-LIMIT")
    void limitSilentAtLimit() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).guarantees.put("nox", RuleFacts.NOX_LIMIT);
        RuleOutcome o = f.fire();
        assertSilent(o, "BID-EMISSION-LIMIT");
        assertTrue(o.qualifiedBids().contains(A));
    }

    @Test
    @DisplayName("BID-EMISSION-LIMIT ignores a guarantee for a pollutant the toolkit does not limit")
    @Silent("BID-EMISSION-LIMIT")
    void limitSilentForUnlimitedPollutant() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).guarantees.put("nh3", 999.0);
        assertSilent(f.fire(), "BID-EMISSION-LIMIT");
    }

    @Test
    @DisplayName("BID-EMISSION-MISSING disqualifies a bid with no dust guarantee")
    @Fires("BID-EMISSION-MISSING")
    void missingFires() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).guarantees.remove("dust");
        RuleOutcome o = f.fire();
        Finding d = assertFires(o, "BID-EMISSION-MISSING", A, Severity.DISQUALIFY);
        // Nothing was measured; the threshold is the dust limit.
        assertTrue(Double.isNaN(d.measured()));
        assertEquals(10, d.threshold());
        assertEquals(List.of("emissions.limits.dust"), d.params());
        assertTrue(d.message().contains("dust"), d.message());
        assertFalse(o.qualifiedBids().contains(A));
    }

    @Test
    @DisplayName("BID-EMISSION-MISSING stays silent when an over-limit guarantee is given (that is BID-EMISSION-LIMIT's case)")
    @Silent("BID-EMISSION-MISSING")
    void missingSilentWhenGuaranteed() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).guarantees.put("dust", 12.0);
        RuleOutcome o = f.fire();
        assertSilent(o, "BID-EMISSION-MISSING");
        assertFires(o, "BID-EMISSION-LIMIT", A, Severity.DISQUALIFY);
    }
}
