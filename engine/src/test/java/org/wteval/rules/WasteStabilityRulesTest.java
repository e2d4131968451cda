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

/** LHV window and stability evidence (rules/compliance/waste-stability.drl). Tender P10 6.2, P90 10.0. */
class WasteStabilityRulesTest {

    @Test
    @DisplayName("BID-LHV-WINDOW-LOW disqualifies a bid whose minimum stable LHV is above the tender's P10")
    @Fires("BID-LHV-WINDOW-LOW")
    void windowLowFires() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).minLhv = 6.5;
        Finding d = assertFires(f.fire(), "BID-LHV-WINDOW-LOW", A, Severity.DISQUALIFY);
        assertEquals(6.5, d.measured());
        assertEquals(6.2, d.threshold());
        assertEquals("MJ/kg", d.unit());
        assertEquals(List.of("gates.bid.lhvWindowLowerPercentile"), d.params());
    }

    @Test
    @DisplayName("BID-LHV-WINDOW-LOW stays silent when the minimum LHV equals the tender's P10")
    @Silent("BID-LHV-WINDOW-LOW")
    void windowLowSilentAtBoundary() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).minLhv = f.lowLhv;
        RuleOutcome o = f.fire();
        assertSilent(o, "BID-LHV-WINDOW-LOW");
        assertTrue(o.qualifiedBids().contains(A));
    }

    @Test
    @DisplayName("BID-LHV-WINDOW-HIGH disqualifies a bid whose maximum LHV is below the tender's P90")
    @Fires("BID-LHV-WINDOW-HIGH")
    void windowHighFires() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).maxLhv = 9.5;
        Finding d = assertFires(f.fire(), "BID-LHV-WINDOW-HIGH", A, Severity.DISQUALIFY);
        assertEquals(9.5, d.measured());
        assertEquals(10.0, d.threshold());
        assertEquals(List.of("gates.bid.lhvWindowUpperPercentile"), d.params());
    }

    @Test
    @DisplayName("BID-LHV-WINDOW-HIGH stays silent when the maximum LHV equals the tender's P90")
    @Silent("BID-LHV-WINDOW-HIGH")
    void windowHighSilentAtBoundary() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).maxLhv = f.highLhv;
        RuleOutcome o = f.fire();
        assertSilent(o, "BID-LHV-WINDOW-HIGH");
        assertTrue(o.qualifiedBids().contains(A));
    }

    @Test
    @DisplayName("BID-REFERENCE-SIMILAR-WASTE warns when the only reference ran on waste richer than 8.0 × 1.15 MJ/kg")
    @Fires("BID-REFERENCE-SIMILAR-WASTE")
    void referenceFiresOnRichWaste() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).references.clear();
        // 8.0 × (1 + 0.15) = 9.2 MJ/kg is the richest waste that still counts as similar.
        f.bid(A).references.add(new ReferencePlantFact(A, "Ref on rich waste", 10, 9.5));
        RuleOutcome o = f.fire();
        Finding w = assertFires(o, "BID-REFERENCE-SIMILAR-WASTE", A, Severity.WARNING);
        // Counted as plants: none found against one needed.
        assertEquals(0, w.measured());
        assertEquals(1, w.threshold());
        assertEquals(List.of("gates.bid.referenceMinYears", "gates.bid.referenceLhvTolerance"), w.params());
        assertTrue(w.message().contains("9.2"), "the message states the LHV bound: " + w.message());
        assertTrue(o.qualifiedBids().contains(A), "weak evidence warns, it does not disqualify");
    }

    @Test
    @DisplayName("BID-REFERENCE-SIMILAR-WASTE warns when the only similar reference has run under 3 years")
    @Fires("BID-REFERENCE-SIMILAR-WASTE")
    void referenceFiresOnShortOperation() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).references.clear();
        f.bid(A).references.add(new ReferencePlantFact(A, "New plant", 2.5, 7.0));
        assertFires(f.fire(), "BID-REFERENCE-SIMILAR-WASTE", A, Severity.WARNING);
    }

    @Test
    @DisplayName("BID-REFERENCE-SIMILAR-WASTE warns when the bid cites no reference plant, even if another bid does")
    @Fires("BID-REFERENCE-SIMILAR-WASTE")
    void referenceFiresWithoutReferences() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).references.clear();
        // B's reference (4 years on 7.5 MJ/kg) would count, but only for B: exactly one finding, about A.
        assertFires(f.fire(), "BID-REFERENCE-SIMILAR-WASTE", A, Severity.WARNING);
    }

    @Test
    @DisplayName("BID-REFERENCE-SIMILAR-WASTE stays silent for a reference of exactly 3 years on exactly 8.0 × 1.15 MJ/kg")
    @Silent("BID-REFERENCE-SIMILAR-WASTE")
    void referenceSilentAtBoundary() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).references.clear();
        // The rule's own expression, avg × (1 + tol), so the boundary is exact in floating point.
        double richest = f.averageLhv * (1 + RuleFacts.REFERENCE_LHV_TOLERANCE);
        f.bid(A).references.add(new ReferencePlantFact(A, "Boundary plant", RuleFacts.REFERENCE_MIN_YEARS, richest));
        assertSilent(f.fire(), "BID-REFERENCE-SIMILAR-WASTE");
    }
}
