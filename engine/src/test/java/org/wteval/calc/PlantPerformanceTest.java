package org.wteval.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wteval.Fixtures;
import org.wteval.Fixtures.Resolved;
import org.wteval.model.Bid;
import org.wteval.model.Tender;

/**
 * Worked example for the combustion diagram, energy and stability calculators.
 *
 * <p>One line: mechanical limit m = 10 t/h, thermal limit Q = 20 MW, stable window 6–12 MJ/kg, design 7.2 MJ/kg,
 * gross efficiency 0.25, auxiliary load 1 MW, availability 8,760 h (so only the diagram limits throughput).
 * Waste: 72,000 t/yr (6,000 t a month) with monthly LHVs 5, 5, 7, 7, 7, 7, 9, 9, 9, 9, 12, 13 MJ/kg.
 * Throughput t(L) = min(10, 3.6 × 20 / L) = 10 t/h at 7, 8 t/h at 9, 6 t/h at 12, 72/13 t/h at 13. A month has
 * 8,760/12 = 730 h, so monthly capacity is 7,300 t at 7, 5,840 t at 9, 4,380 t at 12 and 52,560/13 ≈ 4,043 t at 13
 * MJ/kg. 5 MJ/kg is below the window and the bid offers no support firing, so it is not treated; 13 MJ/kg is above
 * the window, where the grate derates to its thermal limit and keeps burning. The minimum load (base toolkit, 60% of
 * 20 MW = 12 MW) binds nowhere: the lowest heat input treated is 10 × 7 / 3.6 = 19.4 MW.
 */
class PlantPerformanceTest {

    private static final double MONTH_T = 6000;
    private static final double AT_13 = 730 * 3.6 * 20 / 13;
    private static final double TREATED = 4 * Math.min(MONTH_T, 7300) + 4 * Math.min(MONTH_T, 5840) + 4380 + AT_13;
    // Net MWh per tonne: 0.25 × L / 3.6 − 1 MW / t(L)
    private static final double MWH_AT_7 = 0.25 * 7 / 3.6 - 1.0 / 10;
    private static final double MWH_AT_9 = 0.25 * 9 / 3.6 - 1.0 / 8;
    private static final double MWH_AT_12 = 0.25 * 12 / 3.6 - 1.0 / 6;
    private static final double MWH_AT_13 = 0.25 * 13 / 3.6 - 1.0 / (72.0 / 13);
    private static final double NET_MWH = 4 * 6000 * MWH_AT_7 + 4 * 5840 * MWH_AT_9 + 4380 * MWH_AT_12
            + AT_13 * MWH_AT_13;

    private final Resolved r = Fixtures.resolve(
            Fixtures.tender(Fixtures.monthlyWaste(72000.0 / 365, 0, 5, 5, 7, 7, 7, 7, 9, 9, 9, 9, 12, 13), 1, 10,
                    72000),
            Fixtures.baseToolkit(Map.of()),
            Fixtures.plant().lines(1).lhvWindow(6, 7.2, 12).thermalMw(20).mechanicalTph(10).grossEfficiency(0.25)
                    .auxiliaryMw(1.0).hours(8760).build(),
            Fixtures.finance().build());
    private final BidKernel kernel = BidKernel.of(r.tender(), r.bid(),
            RevenuePlan.bidAssumed(r.bid().electricityTariffPerMwh()));
    private final BidFlows flows = computed(kernel);
    private final StabilityResult s = StabilityCalculator.explain(r.tender(), r.bid(), kernel, flows);
    private final EnergyResult e = EnergyCalculator.explain(r.tender(), r.bid(), kernel, flows, s);

    private static BidFlows computed(BidKernel k) {
        BidFlows f = BidFlows.of(k);
        f.compute(k);
        return f;
    }

    @Test
    void throughputIsTheLowerOfTheMechanicalAndThermalLimits() {
        Bid.CombustionDiagram d = r.bid().diagram();
        assertEquals(10.0, PlantModel.tonnesPerHourPerLine(d, 5.0), 1e-12); // 3.6 × 20 / 5 = 14.4 > 10
        assertEquals(8.0, PlantModel.tonnesPerHourPerLine(d, 9.0), 1e-12); // 3.6 × 20 / 9
    }

    @Test
    void stabilityOnTheMonthlyProfile() {
        assertEquals(72000, s.deliveredTonnes().value(), 1e-6);
        assertEquals(55783.076923, TREATED, 1e-6); // 24,000 + 23,360 + 4,380 + 4,043.08
        assertEquals(TREATED, s.expectedTonnesTreated().value(), 1e-6);
        assertEquals(3.0 / 12, s.shareOfYearOutsideWindow().value(), 1e-12); // two months at 5, one at 13
        assertEquals(0, s.supportFuelGjPerYear().value(), 0);
        assertEquals(72000 - TREATED, s.tonnesToLandfill().value(), 1e-6);
        assertEquals(TREATED / 72000, s.treatedShare().value(), 1e-12);
        // At design 7.2 MJ/kg: t = min(10, 72 / 7.2 = 10) = 10 t/h, × 8,760 h
        assertEquals(87600, s.capacityTonnesPerYearAtDesign().value(), 1e-6);
    }

    @Test
    void energyOnTheMonthlyProfile() {
        // 4,043.08 t at 13 MJ/kg × (0.9028 − 0.1806) MWh/t = 2,920 MWh more than with the window's top as a wall
        assertEquals(23866.666666 + 2920, NET_MWH, 1e-5);
        assertEquals(NET_MWH, e.netMwhPerYear().value(), 1e-6);
        assertEquals(1000 * NET_MWH / TREATED, e.netKwhPerTonneLocal().value(), 1e-9); // ≈ 480.2 kWh/t
        // The efficiency criterion divides by all 72,000 t delivered, the 16,217 t left untreated included.
        assertEquals(1000 * NET_MWH / 72000, e.netKwhPerTonneDelivered().value(), 1e-9); // ≈ 372.0 kWh/t
        double wasteGj = 4 * 6000 * 7 + 4 * 5840 * 9 + 4380 * 12 + AT_13 * 13; // 483,360 GJ
        assertEquals(NET_MWH / (wasteGj / 3.6), e.netEfficiencyLocal().value(), 1e-12);
    }

    @Test
    void netEfficiencyAtDesignSubtractsAuxiliaryLoadOverThermalInput() {
        // P_th(7.2) = min(10 × 7.2 / 3.6, 20) = 20 MW; η_net = 0.25 − 1 / 20 = 0.20
        assertEquals(0.20, e.netEfficiencyDesign().value(), 1e-12);
        // 277.8 × L × η_net = 1000 / 3.6 × 7.2 × 0.20 = 400 kWh/t
        assertEquals(400.0, e.netKwhPerTonneDesign().value(), 1e-9);
    }

    @Test
    void r1FollowsTheDirectiveFormula() {
        // R1 = (Ep − (Ef + Ei)) / (0.97 × (Ew + Ef)) with Ep = 2.6 × gross electricity, Ef = Ei = 0.
        double ew = 4 * 6000 * 7 + 4 * 5840 * 9 + 4380 * 12 + AT_13 * 13;
        double ep = 2.6 * 0.25 * ew;
        assertEquals((ep - 0) / (0.97 * (ew + 0)), e.r1().value(), 1e-12); // = 0.65 / 0.97 = 0.6701
        // Base toolkit: HDD 0 → climate factor 1.12
        assertEquals(1.12, e.climateCorrectionFactor().value(), 1e-12);
        assertEquals(0.65 / 0.97 * 1.12, e.r1Corrected().value(), 1e-12);
    }

    @Test
    void climateCorrectionFactorOfDirective2015_1127() {
        assertEquals(1.12, EnergyCalculator.climateCorrectionFactor(2150), 1e-12);
        assertEquals(1.0, EnergyCalculator.climateCorrectionFactor(3350), 1e-12);
        assertEquals(1.0, EnergyCalculator.climateCorrectionFactor(4000), 1e-12);
        // −(0.12 / 1200) × 2750 + 1.335 = −0.275 + 1.335
        assertEquals(1.06, EnergyCalculator.climateCorrectionFactor(2750), 1e-12);
    }

    @Test
    void deliveredTonnesGrowFromTheFirstOperatingYear() {
        Tender t = Fixtures.tender(Fixtures.monthlyWaste(100, 0.05, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8), 2, 5, 0);
        Resolved g = Fixtures.resolve(t, Fixtures.baseToolkit(Map.of()),
                Fixtures.plant().lines(1).lhvWindow(6, 8, 12).thermalMw(20).mechanicalTph(10).grossEfficiency(0.25)
                        .auxiliaryMw(1).hours(8000).build(),
                Fixtures.finance().schedule(0.5, 0.5).build());
        assertEquals(36500, g.tender().deliveredTonnes(1), 1e-9);
        assertEquals(36500 * 1.05 * 1.05, g.tender().deliveredTonnes(3), 1e-9);
    }
}
