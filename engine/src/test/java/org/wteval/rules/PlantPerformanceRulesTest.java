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

/** Mandatory performance gates (rules/compliance/plant-performance.drl). */
class PlantPerformanceRulesTest {

    @Test
    @DisplayName("BID-AVAILABILITY-MIN disqualifies a bid guaranteeing under 7,500 h/yr")
    @Fires("BID-AVAILABILITY-MIN")
    void availabilityFires() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).availabilityHours = 7400;
        RuleOutcome o = f.fire();
        Finding d = assertFires(o, "BID-AVAILABILITY-MIN", A, Severity.DISQUALIFY);
        assertEquals(7400, d.measured());
        assertEquals(7500, d.threshold());
        assertEquals("h/yr", d.unit());
        assertEquals(List.of("gates.bid.minAvailabilityHours"), d.params());
        assertFalse(o.qualifiedBids().contains(A), "a disqualified bid is not qualified");
    }

    @Test
    @DisplayName("BID-AVAILABILITY-MIN stays silent at exactly 7,500 h/yr")
    @Silent("BID-AVAILABILITY-MIN")
    void availabilitySilentAtThreshold() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).availabilityHours = RuleFacts.MIN_AVAILABILITY_HOURS;
        RuleOutcome o = f.fire();
        assertSilent(o, "BID-AVAILABILITY-MIN");
        assertTrue(o.qualifiedBids().contains(A));
    }

    @Test
    @DisplayName("BID-EFFICIENCY-MIN disqualifies a bid under 15% net efficiency at design")
    @Fires("BID-EFFICIENCY-MIN")
    void efficiencyFires() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).netEfficiencyDesign = 0.14;
        Finding d = assertFires(f.fire(), "BID-EFFICIENCY-MIN", A, Severity.DISQUALIFY);
        assertEquals(0.14, d.measured());
        assertEquals(0.15, d.threshold());
        assertEquals("fraction", d.unit());
        assertEquals(List.of("gates.bid.minNetEfficiencyDesign"), d.params());
    }

    @Test
    @DisplayName("BID-EFFICIENCY-MIN stays silent at exactly 15%")
    @Silent("BID-EFFICIENCY-MIN")
    void efficiencySilentAtThreshold() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).netEfficiencyDesign = RuleFacts.MIN_NET_EFFICIENCY;
        RuleOutcome o = f.fire();
        assertSilent(o, "BID-EFFICIENCY-MIN");
        assertTrue(o.qualifiedBids().contains(A));
    }

    @Test
    @DisplayName("BID-CAPACITY-DIAGRAM warns when declared capacity exceeds the diagram's by more than 2%")
    @Fires("BID-CAPACITY-DIAGRAM")
    void capacityFires() {
        RuleFacts f = RuleFacts.baseline();
        RuleFacts.Bid a = f.bid(A);
        a.declaredCapacity = 1050;
        a.diagramCapacity = 1000;
        a.declaredToDiagram = 1050.0 / 1000.0; // 1.05 > 1 + 0.02
        RuleOutcome o = f.fire();
        Finding w = assertFires(o, "BID-CAPACITY-DIAGRAM", A, Severity.WARNING);
        // The finding reports capacities in t/d: declared against the diagram's plus tolerance, 1000 × 1.02.
        assertEquals(1050, w.measured());
        assertEquals(1000 * (1 + RuleFacts.CAPACITY_TOLERANCE), w.threshold(), 1e-9);
        assertEquals("t/d", w.unit());
        assertEquals(List.of("gates.bid.capacityTolerance"), w.params());
        assertTrue(o.qualifiedBids().contains(A), "a warning does not disqualify");
    }

    @Test
    @DisplayName("BID-CAPACITY-DIAGRAM stays silent at exactly 1 + 2% (the rule uses strict >)")
    @Silent("BID-CAPACITY-DIAGRAM")
    void capacitySilentAtTolerance() {
        RuleFacts f = RuleFacts.baseline();
        RuleFacts.Bid a = f.bid(A);
        a.declaredCapacity = 1020;
        a.diagramCapacity = 1000;
        // The same expression the rule compares against, so the boundary is exact in floating point.
        a.declaredToDiagram = 1 + RuleFacts.CAPACITY_TOLERANCE;
        assertSilent(f.fire(), "BID-CAPACITY-DIAGRAM");
    }
}
