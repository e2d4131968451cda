package org.wteval.calc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.Fixtures;
import org.wteval.Fixtures.Resolved;
import org.wteval.model.UncertainVariable;

/**
 * A kernel's scenario copy priced for a draw. The plant and tender are those of {@link PlantPerformanceTest}: one
 * line of 20 MW thermal and 10 t/h mechanical, stable window 6–12 MJ/kg, no support firing, 6,000 t a month over
 * the monthly LHVs 5, 5, 7, 7, 7, 7, 9, 9, 9, 9, 12, 13 MJ/kg, 8,760 h a year (730 h a month).
 */
class ScenarioKernelTest {

    private final Resolved r = Fixtures.resolve(
            Fixtures.tender(Fixtures.monthlyWaste(72000.0 / 365, 0.02, 5, 5, 7, 7, 7, 7, 9, 9, 9, 9, 12, 13), 1, 10,
                    72000),
            Fixtures.baseToolkit(Map.of()),
            Fixtures.plant().lines(1).lhvWindow(6, 7.2, 12).thermalMw(20).mechanicalTph(10).grossEfficiency(0.25)
                    .auxiliaryMw(1.0).hours(8760).build(),
            Fixtures.finance().capex(50e6).fixedOm(1e6).variableOm(5).fee(20).tariff(80).residualValue(1e6)
                    .build());
    private final BidKernel shared = BidKernel.of(r.tender(), r.bid(),
            RevenuePlan.bidAssumed(r.bid().electricityTariffPerMwh()));

    private static BidFlows flows(BidKernel k) {
        BidFlows f = BidFlows.of(k);
        f.compute(k);
        return f;
    }

    private static double[] draw(UncertainVariable v, double value) {
        double[] d = UncertainVariable.centralDraw();
        d[v.ordinal()] = value;
        return d;
    }

    @Test
    @DisplayName("an LHV shift of −1.5 MJ/kg takes the months at 7 below the window: the treated share falls to 0.466")
    void lhvShiftDownLowersTheTreatedShare() {
        BidKernel copy = shared.scenarioCopy();
        copy.applyScenario(draw(UncertainVariable.LHV_SHIFT, -1.5));
        // Shifted months: 3.5, 3.5, 5.5 ×4 below min 6, not treated; 7.5 ×4 at t = min(10, 3.6·20/7.5 = 9.6) t/h,
        // capacity 9.6 × 730 = 7,008 t ≥ 6,000 delivered; 10.5 and 11.5 at the thermal limit 72/L t/h × 730 h.
        double treated = 4 * 6000 + 730 * 72 / 10.5 + 730 * 72 / 11.5;
        assertEquals(treated / 72000, flows(copy).treatedShare(), 1e-12);
        // Unshifted (PlantPerformanceTest): 4 × 6,000 + 4 × 5,840 + 4,380 + 730 × 72/13 treated of 72,000.
        double before = (4 * 6000 + 4 * 5840 + 4380 + 730 * 72 / 13.0) / 72000;
        assertEquals(before, flows(shared).treatedShare(), 1e-12);
        assertEquals(0.4663, treated / 72000, 5e-5);
    }

    @Test
    @DisplayName("a copy at the central draw, also after another scenario, gives the shared kernel's flows bit for bit")
    void centralDrawReproducesTheKernel() {
        BidFlows want = flows(shared);
        BidKernel copy = shared.scenarioCopy();
        double[] moved = UncertainVariable.centralDraw();
        for (UncertainVariable v : UncertainVariable.values()) {
            moved[v.ordinal()] += 0.1;
        }
        copy.applyScenario(moved);
        copy.applyScenario(UncertainVariable.centralDraw());
        BidFlows got = flows(copy);
        assertEquals(want.authorityCostPerTonneReal(), got.authorityCostPerTonneReal(), 0);
        assertEquals(want.netKwhPerTonneDelivered(), got.netKwhPerTonneDelivered(), 0);
        assertEquals(want.treatedShare(), got.treatedShare(), 0);
        assertArrayEquals(want.netCashFlow(), got.netCashFlow(), 0);
    }

    @Test
    @DisplayName("each factor and shift moves what it names: capex × 1.2, O&M × 1.1, tariff × 0.8, rates, tonnage")
    void eachVariableMovesItsTable() {
        BidFlows base = flows(shared);
        double pvCapex = base.pvCapex();
        double pvFixedOm = shared.rates().presentValue(base.fixedOm(), Basis.NOMINAL);
        double pvVariableOm = shared.rates().presentValue(base.variableOm(), Basis.NOMINAL);
        double pvElectricity = base.pvElectricityRevenue();
        double year5 = base.deliveredTonnes()[shared.constructionYears() + 4];

        BidKernel copy = shared.scenarioCopy();
        copy.applyScenario(draw(UncertainVariable.CAPEX_OVERRUN, 1.2));
        assertEquals(1.2 * pvCapex, flows(copy).pvCapex(), 1e-9 * pvCapex);

        copy.applyScenario(draw(UncertainVariable.OM_OVERRUN, 1.1));
        BidFlows om = flows(copy);
        assertEquals(1.1 * pvFixedOm, copy.rates().presentValue(om.fixedOm(), Basis.NOMINAL), 1e-9 * pvFixedOm);
        assertEquals(1.1 * pvVariableOm, copy.rates().presentValue(om.variableOm(), Basis.NOMINAL),
                1e-9 * pvVariableOm);

        copy.applyScenario(draw(UncertainVariable.ELECTRICITY_PRICE, 0.8));
        assertEquals(0.8 * pvElectricity, flows(copy).pvElectricityRevenue(), 1e-9 * pvElectricity);

        // Fisher: (1 + r_nominal) = (1 + r_real + 0.01)(1 + i + 0.02), with the toolkit's r_real and i
        double real = r.tender().param("finance.discountRateReal").value();
        double inflation = r.tender().param("finance.inflation").value();
        double[] rates = UncertainVariable.centralDraw();
        rates[UncertainVariable.DISCOUNT_RATE_REAL_SHIFT.ordinal()] = 0.01;
        rates[UncertainVariable.INFLATION_SHIFT.ordinal()] = 0.02;
        copy.applyScenario(rates);
        assertEquals(real + 0.01, copy.rates().rate(Basis.REAL), 1e-15);
        assertEquals((1 + real + 0.01) * (1 + inflation + 0.02) - 1, copy.rates().nominal(), 1e-15);

        // Operating year 5 delivers 72,000 × (1 + 0.02 + 0.01)^4 t
        copy.applyScenario(draw(UncertainVariable.TONNAGE_GROWTH_SHIFT, 0.01));
        assertEquals(72000 * Math.pow(1.02, 4), year5, 1e-6);
        assertEquals(72000 * Math.pow(1.03, 4), flows(copy).deliveredTonnes()[shared.constructionYears() + 4], 1e-6);
    }

    @Test
    @DisplayName("a shared kernel cannot be priced for a scenario")
    void sharedKernelsStayAsBuilt() {
        assertThrows(IllegalStateException.class, () -> shared.applyScenario(UncertainVariable.centralDraw()));
    }
}
