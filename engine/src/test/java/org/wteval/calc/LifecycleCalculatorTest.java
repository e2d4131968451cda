package org.wteval.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wteval.Fixtures;
import org.wteval.Fixtures.Resolved;
import org.wteval.model.Bid;
import org.wteval.model.Figure;

/**
 * Lifecycle figures against closed forms. Common set-up: one year of construction, ten of operation, 73,000 t/yr
 * of 8 MJ/kg waste all treated (one line of 10 t/h for 8,760 h has room for 87,600 t), so year 1 is capex and
 * years 2..11 are operation.
 */
class LifecycleCalculatorTest {

    private static final double T = 73000;
    // Net MWh per tonne at 8 MJ/kg: 0.25 × 8 / 3.6 − 1 MW / 10 t/h
    private static final double MWH = T * (0.25 * 8 / 3.6 - 0.1);

    private static Resolved resolve(double real, double inflation, double minLhv, Bid.Finance finance) {
        return Fixtures.resolve(
                Fixtures.tender(Fixtures.monthlyWaste(T / 365, 0, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8), 1, 10, T),
                Fixtures.baseToolkit(Map.of("finance.discountRateReal", real, "finance.inflation", inflation,
                        "finance.landfillCostPerTonne", 12.0)),
                Fixtures.plant(1, minLhv, Math.max(8, minLhv), 12, 30, 10, 0.25, 1.0, 8760), finance);
    }

    private static LifecycleResult compute(Resolved r) {
        return LifecycleCalculator.compute(r.tender(), r.bid(), PlantModel.of(r.bid().plant(), r.tender().lhv()));
    }

    /** Σ_{y=2}^{11} 1 / (1 + r)^y = a(10) / (1 + r), the level annuity deferred one year. */
    private static double deferredAnnuity(double r) {
        return (1 - Math.pow(1 + r, -10)) / r / (1 + r);
    }

    @Test
    void levelCostsWithoutInflation() {
        // capex 10m in year 1; fixed O&M 0.5m + 2/t; overhaul 1m in operating years 5 and 10 (years 6 and 11);
        // gate fee 20/t and tariff 80/MWh, neither indexed.
        LifecycleResult l = compute(resolve(0.08, 0, 6,
                Fixtures.finance(10e6, new double[] {1}, 0.5e6, 2, 0, 5, 1e6, 20, 0, 80, 0)));
        double a = deferredAnnuity(0.08); // 6.710081 / 1.08
        double pvCosts = 10e6 / 1.08 + (0.5e6 + 2 * T) * a + 1e6 / Math.pow(1.08, 6) + 1e6 / Math.pow(1.08, 11);
        assertEquals(pvCosts, l.pvCosts().value(), 1e-6);
        assertEquals(80 * MWH * a, l.pvElectricityRevenue().value(), 1e-6);
        assertEquals(20 * T * a, l.pvTippingFees().value(), 1e-6);
        assertEquals(20 * T * a + 80 * MWH * a - pvCosts, l.npvProject().value(), 1e-6);
        // Levelised cost per tonne: PV(costs) / PV(tonnes); with no inflation real and nominal agree.
        assertEquals(pvCosts / (T * a), l.levelisedCostPerTonneReal().value(), 1e-9);
        assertEquals(pvCosts / (T * a), l.levelisedCostPerTonneNominal().value(), 1e-9);
        assertEquals(pvCosts / (MWH * a), l.levelisedCostPerMwhReal().value(), 1e-9);
        assertEquals((pvCosts - 80 * MWH * a) / (T * a), l.breakEvenGateFeeReal().value(), 1e-9);
        // A flat fee levelises to itself; with everything treated the authority pays only fees.
        assertEquals(20, l.levelisedGateFeeReal().value(), 1e-9);
        assertEquals(0, l.pvLandfillCost().value(), 1e-9);
        assertEquals(20, l.authorityCostPerTonneReal().value(), 1e-9);
    }

    @Test
    void growingCostsDiscountedAtTheNominalRate() {
        // Real 5%, inflation 3% → nominal 8.15%. Fixed O&M 1m grows 4%/yr from the base year:
        // PV = Σ_{y=2}^{11} 1m × q^y with q = 1.04 / 1.0815 = 1m × q² (1 − q^10) / (1 − q).
        LifecycleResult l = compute(resolve(0.05, 0.03, 6,
                Fixtures.finance(0, new double[] {1}, 1e6, 0, 0.04, 20, 0, 20, 0.03, 0, 0)));
        double q = 1.04 / (1.05 * 1.03);
        double pvOm = 1e6 * q * q * (1 - Math.pow(q, 10)) / (1 - q);
        assertEquals(pvOm, l.pvCosts().value(), 1e-6);
        // A fee indexed exactly at inflation is constant in real terms, so it levelises to the base fee.
        assertEquals(20, l.levelisedGateFeeReal().value(), 1e-9);
        // Tonnes discounted at the real rate for the real figure, at the nominal rate for the nominal one.
        assertEquals(pvOm / (T * deferredAnnuity(0.05)), l.levelisedCostPerTonneReal().value(), 1e-9);
        assertEquals(pvOm / (T * deferredAnnuity(1.05 * 1.03 - 1)), l.levelisedCostPerTonneNominal().value(),
                1e-9);
        assertTrue(l.levelisedCostPerTonneNominal().value() > l.levelisedCostPerTonneReal().value());
    }

    @Test
    void realSchedulesAreTheNominalOnesDeflated() {
        LifecycleResult l = compute(resolve(0.05, 0.03, 6,
                Fixtures.finance(0, new double[] {1}, 1e6, 0, 0.04, 20, 0, 20, 0.03, 0, 0)));
        Figure nominal = schedule(l, "fixedOmNominal");
        Figure real = schedule(l, "fixedOmReal");
        // Operating year 1 is year y = 2: 1m × 1.04² nominal, ÷ 1.03² real.
        assertEquals(1e6 * 1.04 * 1.04, nominal.byYear().get(1), 1e-6);
        assertEquals(1e6 * 1.04 * 1.04 / (1.03 * 1.03), real.byYear().get(1), 1e-6);
        assertEquals(2027, nominal.firstYear());
        assertTrue(real.unit().contains("real") && nominal.unit().contains("nominal"));
    }

    @Test
    void wasteOutsideTheWindowIsLandfilledAtTheAuthoritysCost() {
        // Minimum LHV 9 > 8: nothing is treated, so the authority pays only landfill at 12/t in real terms,
        // and a cost per tonne treated is undefined.
        LifecycleResult l = compute(resolve(0.05, 0.03, 9,
                Fixtures.finance(10e6, new double[] {1}, 1e6, 0, 0, 5, 0, 20, 0, 80, 0)));
        assertEquals(0, l.pvTippingFees().value(), 1e-9);
        assertEquals(12, l.authorityCostPerTonneReal().value(), 1e-9);
        assertTrue(Double.isNaN(l.levelisedCostPerTonneReal().value()));
    }

    private static Figure schedule(LifecycleResult l, String name) {
        return l.schedules().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
