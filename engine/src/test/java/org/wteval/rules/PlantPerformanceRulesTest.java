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

    @Test
    @DisplayName("BID-GUARANTEED-CAPACITY warns that a diagram treating 300,000 t/yr falls 30,000 short of 330,000")
    @Fires("BID-GUARANTEED-CAPACITY")
    void guaranteedCapacityWarns() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).leastCapacity = 300_000;
        RuleOutcome o = f.fire();
        Finding w = assertFires(o, "BID-GUARANTEED-CAPACITY", A, Severity.WARNING);
        assertEquals(300_000, w.measured());
        assertEquals(330_000, w.threshold());
        assertEquals("t/yr", w.unit());
        assertTrue(w.message().contains("by 30000 t/yr"), w.message());
        assertTrue(o.qualifiedBids().contains(A), "a warning does not disqualify");
        assertSilent(o, "BID-GUARANTEED-CAPACITY-GATE");
    }

    @Test
    @DisplayName("BID-GUARANTEED-CAPACITY stays silent when the diagram treats exactly the guaranteed tonnage")
    @Silent("BID-GUARANTEED-CAPACITY")
    void guaranteedCapacitySilentAtTheGuarantee() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).leastCapacity = 330_000;
        assertSilent(f.fire(), "BID-GUARANTEED-CAPACITY");
    }

    @Test
    @DisplayName("BID-GUARANTEED-CAPACITY-GATE disqualifies the same shortfall where the toolkit makes it a gate")
    @Fires("BID-GUARANTEED-CAPACITY-GATE")
    void guaranteedCapacityGateDisqualifies() {
        RuleFacts f = RuleFacts.baseline().param("options.guaranteedCapacityGate", true);
        f.bid(A).leastCapacity = 300_000;
        RuleOutcome o = f.fire();
        assertFires(o, "BID-GUARANTEED-CAPACITY-GATE", A, Severity.DISQUALIFY);
        assertFalse(o.qualifiedBids().contains(A), "a disqualified bid is not qualified");
        assertSilent(o, "BID-GUARANTEED-CAPACITY");
    }

    @Test
    @DisplayName("BID-GUARANTEED-CAPACITY-GATE stays silent for a diagram that treats the guaranteed tonnage")
    @Silent("BID-GUARANTEED-CAPACITY-GATE")
    void guaranteedCapacityGateSilent() {
        RuleFacts f = RuleFacts.baseline().param("options.guaranteedCapacityGate", true);
        assertSilent(f.fire(), "BID-GUARANTEED-CAPACITY-GATE");
    }

    @Test
    @DisplayName("The least throughput across the tender's LHV range is the throughput at its high end, or zero")
    void leastCapacityIsTheThroughputAtTheHighLhv() {
        // Two lines, 30 MW and 12 t/h each, 8,000 h: at 10 MJ/kg t = min(12, 3.6 × 30 / 10 = 10.8) = 10.8 t/h,
        // so 2 × 10.8 × 8,000 = 172,800 t/yr; at 8 MJ/kg the mechanical limit, 12 t/h, would give more.
        org.wteval.model.Bid.Plant p = org.wteval.Fixtures.plant().lines(2).lhvWindow(6, 8, 11).thermalMw(30)
                .mechanicalTph(12).grossEfficiency(0.25).auxiliaryMw(2).hours(8000).build();
        assertEquals(172_800, Facts.leastCapacity(p, 6.2, 10), 1e-9);
        // A window that stops at 9.5 MJ/kg cannot burn the waste at 10: none of it is treated there.
        org.wteval.model.Bid.Plant narrow = org.wteval.Fixtures.plant().lines(2).lhvWindow(6, 8, 9.5).thermalMw(30)
                .mechanicalTph(12).grossEfficiency(0.25).auxiliaryMw(2).hours(8000).build();
        assertEquals(0, Facts.leastCapacity(narrow, 6.2, 10));
    }
}
