package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wteval.rules.RuleFacts.A;
import static org.wteval.rules.RuleFacts.B;
import static org.wteval.rules.RuleFacts.assertFires;
import static org.wteval.rules.RuleFacts.assertSilent;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.model.Severity;

/** Debt-service cover (rules/compliance/finance.drl) and net emissions (rules/compliance/ghg.drl). */
class FinanceAndGhgRulesTest {

    @Test
    @DisplayName("FIN-DSCR-MIN warns when the lowest debt-service cover falls below finance.minDscr (1.20)")
    @Fires("FIN-DSCR-MIN")
    void dscrBelowTheMinimumWarns() {
        // Bac Ninh B1's stated financing: cash flow for debt service below zero in its worst year.
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).dscrMinimum = -0.18;
        Finding w = assertFires(f.fire(), "FIN-DSCR-MIN", A, Severity.WARNING);
        assertEquals(-0.18, w.measured());
        assertEquals(1.20, w.threshold());
    }

    @Test
    @DisplayName("FIN-DSCR-MIN is silent at the minimum, above it, and for a bid that states no financing")
    @Silent("FIN-DSCR-MIN")
    void dscrAtTheMinimumIsSilent() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).dscrMinimum = 1.20;
        // B states no financing (no FinancingFacts), so it has no cover to judge.
        assertSilent(f.fire(), "FIN-DSCR-MIN");
        f.bid(A).dscrMinimum = Double.NaN; // a loan of no operating year has no cover
        f.bid(B).dscrMinimum = 1.35;
        assertSilent(f.fire(), "FIN-DSCR-MIN");
    }

    @Test
    @DisplayName("GHG-NET-INCREASE warns when net emission reductions are negative")
    @Fires("GHG-NET-INCREASE")
    void netIncreaseWarns() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).annualEmissionReductions = -12_500;
        Finding w = assertFires(f.fire(), "GHG-NET-INCREASE", A, Severity.WARNING);
        assertEquals(-12_500, w.measured());
        assertEquals(0, w.threshold());
    }

    @Test
    @DisplayName("GHG-NET-INCREASE is silent at zero, for a reduction, and for a bid without a GHG account")
    @Silent("GHG-NET-INCREASE")
    void reductionIsSilent() {
        RuleFacts f = RuleFacts.baseline();
        assertSilent(f.fire(), "GHG-NET-INCREASE");
        f.bid(A).annualEmissionReductions = 0;
        assertSilent(f.fire(), "GHG-NET-INCREASE");
    }
}
