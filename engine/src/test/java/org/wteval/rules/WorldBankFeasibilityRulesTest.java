package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wteval.rules.RuleFacts.assertFires;
import static org.wteval.rules.RuleFacts.assertSilent;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.model.Severity;

/** Tender feasibility gates (rules/eligibility/world-bank-feasibility.drl): warnings about the tender itself. */
class WorldBankFeasibilityRulesTest {

    @Test
    @DisplayName("WB-LHV-AVG fires when the average LHV is below 7 MJ/kg")
    @Fires("WB-LHV-AVG")
    void lhvAverageFires() {
        RuleFacts f = RuleFacts.baseline();
        f.averageLhv = 6.9;
        Finding w = assertFires(f.fire(), "WB-LHV-AVG", Finding.TENDER, Severity.WARNING);
        assertEquals(6.9, w.measured());
        assertEquals(7.0, w.threshold());
        assertEquals("MJ/kg", w.unit());
        assertEquals(List.of("gates.tender.minAverageLhvMjPerKg"), w.params());
    }

    @Test
    @DisplayName("WB-LHV-AVG stays silent at exactly 7 MJ/kg (the rule uses strict <)")
    @Silent("WB-LHV-AVG")
    void lhvAverageSilentAtThreshold() {
        RuleFacts f = RuleFacts.baseline();
        f.averageLhv = RuleFacts.MIN_AVERAGE_LHV;
        assertSilent(f.fire(), "WB-LHV-AVG");
    }

    @Test
    @DisplayName("WB-LHV-LOW fires when the low-end LHV is below 6 MJ/kg")
    @Fires("WB-LHV-LOW")
    void lhvLowFires() {
        RuleFacts f = RuleFacts.baseline();
        f.lowLhv = 5.8;
        Finding w = assertFires(f.fire(), "WB-LHV-LOW", Finding.TENDER, Severity.WARNING);
        assertEquals(5.8, w.measured());
        assertEquals(6.0, w.threshold());
        // The finding cites the percentile that defines "low end" as well as the floor.
        assertEquals(List.of("gates.tender.minLhvMjPerKg", "gates.bid.lhvWindowLowerPercentile"), w.params());
    }

    @Test
    @DisplayName("WB-LHV-LOW stays silent at exactly 6 MJ/kg")
    @Silent("WB-LHV-LOW")
    void lhvLowSilentAtThreshold() {
        RuleFacts f = RuleFacts.baseline();
        f.lowLhv = RuleFacts.MIN_LHV;
        assertSilent(f.fire(), "WB-LHV-LOW");
    }

    @Test
    @DisplayName("WB-TONNAGE-MIN fires below 50,000 t/yr")
    @Fires("WB-TONNAGE-MIN")
    void tonnageFires() {
        RuleFacts f = RuleFacts.baseline();
        f.annualTonnes = 49_999;
        Finding w = assertFires(f.fire(), "WB-TONNAGE-MIN", Finding.TENDER, Severity.WARNING);
        assertEquals(49_999, w.measured());
        assertEquals(50_000, w.threshold());
        assertEquals("t/yr", w.unit());
    }

    @Test
    @DisplayName("WB-TONNAGE-MIN stays silent at exactly 50,000 t/yr")
    @Silent("WB-TONNAGE-MIN")
    void tonnageSilentAtThreshold() {
        RuleFacts f = RuleFacts.baseline();
        f.annualTonnes = RuleFacts.MIN_ANNUAL_TONNES;
        assertSilent(f.fire(), "WB-TONNAGE-MIN");
    }

    @Test
    @DisplayName("WB-SUPPLY-VARIATION fires above 20% weekly variation")
    @Fires("WB-SUPPLY-VARIATION")
    void supplyVariationFires() {
        RuleFacts f = RuleFacts.baseline();
        f.weeklyVariation = 0.25;
        Finding w = assertFires(f.fire(), "WB-SUPPLY-VARIATION", Finding.TENDER, Severity.WARNING);
        assertEquals(0.25, w.measured());
        assertEquals(0.20, w.threshold());
        assertEquals("fraction", w.unit());
    }

    @Test
    @DisplayName("WB-SUPPLY-VARIATION stays silent at exactly 20% (the rule uses strict >)")
    @Silent("WB-SUPPLY-VARIATION")
    void supplyVariationSilentAtThreshold() {
        RuleFacts f = RuleFacts.baseline();
        f.weeklyVariation = RuleFacts.MAX_WEEKLY_VARIATION;
        assertSilent(f.fire(), "WB-SUPPLY-VARIATION");
    }

    @Test
    @DisplayName("WB-SUPPLY-VARIATION stays silent when the tender has no survey (NaN)")
    @Silent("WB-SUPPLY-VARIATION")
    void supplyVariationSilentWithoutSurvey() {
        RuleFacts f = RuleFacts.baseline();
        f.weeklyVariation = Double.NaN;
        assertSilent(f.fire(), "WB-SUPPLY-VARIATION");
    }

    @Test
    @DisplayName("WB-SUPPLY-UNSURVEYED notes that the criterion could not be checked when there is no survey")
    @Fires("WB-SUPPLY-UNSURVEYED")
    void supplyUnsurveyedFires() {
        RuleFacts f = RuleFacts.baseline();
        f.weeklyVariation = Double.NaN;
        Finding i = assertFires(f.fire(), "WB-SUPPLY-UNSURVEYED", Finding.TENDER, Severity.INFO);
        assertEquals(RuleFacts.MAX_WEEKLY_VARIATION, i.threshold());
    }

    @Test
    @DisplayName("WB-SUPPLY-UNSURVEYED stays silent when the tender gives a survey")
    @Silent("WB-SUPPLY-UNSURVEYED")
    void supplyUnsurveyedSilentWithSurvey() {
        assertSilent(RuleFacts.baseline().fire(), "WB-SUPPLY-UNSURVEYED");
    }

    @Test
    @DisplayName("WB-HORIZON fires for an operating period under 15 years")
    @Fires("WB-HORIZON")
    void horizonFires() {
        RuleFacts f = RuleFacts.baseline();
        f.operationYears = 14;
        Finding w = assertFires(f.fire(), "WB-HORIZON", Finding.TENDER, Severity.WARNING);
        assertEquals(14, w.measured());
        assertEquals(15, w.threshold());
        assertEquals("years", w.unit());
    }

    @Test
    @DisplayName("WB-HORIZON stays silent at exactly 15 years")
    @Silent("WB-HORIZON")
    void horizonSilentAtThreshold() {
        RuleFacts f = RuleFacts.baseline();
        f.operationYears = (int) RuleFacts.MIN_HORIZON_YEARS;
        assertSilent(f.fire(), "WB-HORIZON");
    }

    @Test
    @DisplayName("WB-* gates only warn: a tender failing them leaves compliant bids qualified")
    void feasibilityWarningsDoNotDisqualify() {
        RuleFacts f = RuleFacts.baseline();
        f.annualTonnes = 40_000;
        f.operationYears = 10;
        RuleOutcome o = f.fire();
        assertFires(o, "WB-TONNAGE-MIN", Finding.TENDER, Severity.WARNING);
        assertFires(o, "WB-HORIZON", Finding.TENDER, Severity.WARNING);
        assertEquals(java.util.Set.of(RuleFacts.A, RuleFacts.B), o.qualifiedBids());
    }
}
