package org.wteval.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wteval.Fixtures;
import org.wteval.Fixtures.Resolved;
import org.wteval.model.Bid;
import org.wteval.model.Tender;

/**
 * Worked example for the three regions of a combustion diagram and its minimum load.
 *
 * <p>One line: mechanical limit m = 10 t/h, thermal limit Q = 20 MW, stable window 6–10 MJ/kg (design 7.2), gross
 * efficiency 0.25, auxiliary load a = 1 MW, availability 8,760 h, minimum load 60% of Q = 12 MW, support firing on
 * gas/diesel oil down to 5.0 MJ/kg (consumption factor 1 unless a test states one). Waste: 6,000 t in each month (730 h) at 4, 5.5, 7 (nine months) and 12 MJ/kg.
 * Throughput t(L) = min(10, 72 / L).
 * <ul>
 *   <li>12 MJ/kg, above the window: the grate derates to t(12) = 6 t/h, 6 × 730 = 4,380 t treated, each yielding
 *       0.25 × 12 / 3.6 − 1 / 6 = 2/3 MWh: 2,920 MWh.</li>
 *   <li>5.5 MJ/kg, below the window, within the support firing: 6 − 5.5 = 0.5 GJ of fuel per tonne lifts the heat input
 *       to 6 MJ/kg, at t(6) = 10 t/h (capacity 7,300 t, so all 6,000 t are treated) with 3,000 GJ of fuel. The waste
 *       is credited with its own heat only: 0.25 × 5.5 / 3.6 − 1 / 10 MWh/t.</li>
 *   <li>4 MJ/kg, below the support firing's reach: not treated.</li>
 *   <li>7 MJ/kg: t = 10 t/h, 6,000 t treated each month.</li>
 * </ul>
 */
class CombustionDiagramRegionsTest {

    private static final double MONTH = 6000;
    private static final double PRICE_PER_GJ = 20;
    private static final double INFLATION = 0.03;
    private static final double GRID = 0.7;

    private static final double AT_12 = 730 * 72.0 / 12; // 4,380 t
    private static final double MWH_AT_12 = 0.25 * 12 / 3.6 - 1.0 / 6;
    private static final double MWH_AT_7 = 0.25 * 7 / 3.6 - 1.0 / 10;
    private static final double MWH_AT_5_5 = 0.25 * 5.5 / 3.6 - 1.0 / 10;
    private static final double FUEL_GJ = MONTH * (6 - 5.5); // 3,000 GJ
    private static final double TREATED = MONTH + 9 * MONTH + AT_12; // 64,380 t

    private final Tender tender = Fixtures.tender(Fixtures.monthlyWaste(12 * MONTH / 365, 0, 4, 5.5, 7, 7, 7, 7, 7, 7,
            7, 7, 7, 12), 1, 10, 0).withSupportFuelPrices(Map.of("gasDieselOil",
            new Tender.FuelPrice(PRICE_PER_GJ, "USD", "test price")));

    private Resolved resolve(Fixtures.PlantBuilder plant) {
        return Fixtures.resolve(tender, Fixtures.baseToolkit(Map.of("finance.inflation", INFLATION,
                "ghg.gridEmissionFactor", GRID)), plant.build(), Fixtures.finance().build());
    }

    private static Fixtures.PlantBuilder plant() {
        return Fixtures.plant().lines(1).lhvWindow(6, 7.2, 10).thermalMw(20).mechanicalTph(10).grossEfficiency(0.25)
                .auxiliaryMw(1).hours(8760).minLoadShare(0.6);
    }

    private static BidFlows flows(Resolved r) {
        BidKernel k = BidKernel.of(r.tender(), r.bid(), RevenuePlan.bidAssumed(r.bid().electricityTariffPerMwh()));
        BidFlows f = BidFlows.of(k);
        f.compute(k);
        return f;
    }

    @Test
    void aboveTheWindowTheGrateDeratesToItsThermalLimit() {
        assertEquals(6.0, PlantModel.tonnesPerHourPerLine(resolve(plant()).bid().diagram(), 12), 1e-12); // 72 / 12
        assertEquals(2920, AT_12 * MWH_AT_12, 1e-9);
        // Only the 12 MJ/kg month delivered: the derated tonnes and their MWh.
        Resolved r = Fixtures.resolve(Fixtures.tender(Fixtures.monthlyWaste(12 * MONTH / 365, 0, 12, 12, 12, 12, 12,
                12, 12, 12, 12, 12, 12, 12), 1, 10, 0), Fixtures.baseToolkit(Map.of()), plant().build(),
                Fixtures.finance().build());
        PlantModel high = PlantModel.of(r.tender(), r.bid());
        assertEquals(12 * AT_12, high.treatedTonnes(12 * MONTH), 1e-6); // 52,560 t of 72,000
        assertEquals(12 * AT_12 * MWH_AT_12, high.netMwh(12 * MONTH), 1e-6); // 35,040 MWh
        assertEquals(1.0, high.shareOutsideWindow(), 0); // outside the window all year, and still burning
    }

    @Test
    void belowTheWindowTheSupportFuelLiftsTheHeatInputToTheMinimum() {
        Resolved r = resolve(plant().supportFuel("gasDieselOil", 5.0));
        BidFlows f = flows(r);
        int first = 1; // one construction year, so the first operating year is index 1, contract year y = 2
        assertEquals(64380, TREATED, 1e-9);
        assertEquals(TREATED, f.treatedTonnes()[first], 1e-6);
        assertEquals(3000, FUEL_GJ, 1e-9);
        assertEquals(FUEL_GJ, f.supportFuelGj()[first], 1e-9);
        assertEquals(FUEL_GJ, f.supportFuelGjFirstYear(), 1e-9);
        // The 5.5 MJ/kg tonnes export their own heat's worth, the fuel's heat none.
        double mwh = MONTH * MWH_AT_5_5 + 9 * MONTH * MWH_AT_7 + AT_12 * MWH_AT_12;
        assertEquals(mwh, f.netMwhFirstYear(), 1e-6);
        assertEquals(1000 * mwh / (12 * MONTH), f.netKwhPerTonneDelivered(), 1e-9);
        // Fuel cost: base-year 20 USD/GJ escalated at inflation to contract year 2: 20 × 1.03² × 3,000 = 63,654.
        assertEquals(63654, PRICE_PER_GJ * Math.pow(1 + INFLATION, 2) * FUEL_GJ, 1e-6);
        assertEquals(63654, f.supportFuelCost()[first], 1e-6);
        assertEquals(63654, f.totalCost()[first], 1e-6); // every other cost of this test bid is zero
        // Fuel CO2: 3,000 GJ × 74,100 kg/TJ (IPCC 2006 Vol. 2 Table 1.4, gas/diesel oil) = 222.3 t.
        assertEquals(222.3, f.ghg().supportFuel()[0], 1e-9);
        assertEquals(f.ghg().fossilCo2()[0] + 222.3, f.ghg().project()[0], 1e-9);

        BidMetrics m = BidMetrics.explain(r.tender(), r.bid(),
                RevenuePlan.bidAssumed(r.bid().electricityTariffPerMwh()), BidKernel.of(r.tender(), r.bid(),
                        RevenuePlan.bidAssumed(r.bid().electricityTariffPerMwh())), f);
        assertEquals(FUEL_GJ, m.stability().supportFuelGjPerYear().value(), 1e-9);
        assertEquals(TREATED / (12 * MONTH), m.stability().treatedShare().value(), 1e-12);
        assertEquals(222.3 * 10, m.ghg().supportFuelCo2ByYear().value(), 1e-6); // ten flat crediting years
    }

    @Test
    void theBidsConsumptionFactorScalesItsGuaranteedFuel() {
        // 1.25 GJ of fuel per GJ of deficit: 1.25 × 0.5 × 6,000 = 3,750 GJ, the tonnes and their MWh unchanged.
        BidFlows f = flows(resolve(plant().supportFuel("gasDieselOil", 5.0, 1.25)));
        assertEquals(3750, 1.25 * FUEL_GJ, 1e-9);
        assertEquals(3750, f.supportFuelGj()[1], 1e-9);
        assertEquals(TREATED, f.treatedTonnes()[1], 1e-6);
        assertEquals(PRICE_PER_GJ * Math.pow(1 + INFLATION, 2) * 3750, f.supportFuelCost()[1], 1e-6); // 79,567.50
        assertEquals(3750 * 0.0741, f.ghg().supportFuel()[0], 1e-9); // 277.875 t
    }

    @Test
    void withoutSupportFuelTheWasteBelowTheWindowIsNotTreated() {
        BidFlows f = flows(resolve(plant()));
        assertEquals(TREATED - MONTH, f.treatedTonnes()[1], 1e-6); // 58,380 t: the 5.5 MJ/kg month is landfilled
        assertEquals(0, f.supportFuelGj()[1], 0);
        assertEquals(0, f.supportFuelCost()[1], 0);
        assertEquals(0, f.ghg().supportFuel()[0], 0);
        assertEquals(9 * MONTH * MWH_AT_7 + AT_12 * MWH_AT_12, f.netMwhFirstYear(), 1e-6);
        assertNull(resolve(plant()).bid().supportFuelPricePerGj());
    }

    @Test
    void theMinimumLoadBoundsTheDiagramFromBelow() {
        // Window from 5 MJ/kg: at 5.5 MJ/kg the full grate carries 10 × 5.5 / 3.6 = 15.3 MW of heat.
        Fixtures.PlantBuilder wide = Fixtures.plant().lines(1).lhvWindow(5, 7.2, 10).thermalMw(20).mechanicalTph(10)
                .grossEfficiency(0.25).auxiliaryMw(1).hours(8760);
        // At 60% of 20 MW = 12 MW the line holds that load: 5.5 MJ/kg is treated.
        assertEquals(TREATED, flows(resolve(wide.minLoadShare(0.6))).treatedTonnes()[1], 1e-6);
        // At 90% = 18 MW it cannot: 15.3 < 18, so the 5.5 MJ/kg month is not treated, while 7 MJ/kg (19.4 MW) and
        // 12 MJ/kg (the full 20 MW) still are.
        assertEquals(TREATED - MONTH, flows(resolve(wide.minLoadShare(0.9))).treatedTonnes()[1], 1e-6);
        // A diagram that states no minimum load is held to the toolkit's 60%.
        Resolved unstated = Fixtures.resolve(tender, Fixtures.baseToolkit(Map.of()), Fixtures.plant().lines(1)
                .lhvWindow(5, 7.2, 10).thermalMw(20).mechanicalTph(10).grossEfficiency(0.25).auxiliaryMw(1)
                .hours(8760).build(), Fixtures.finance().build());
        assertEquals(0.6, PlantModel.of(unstated.tender(), unstated.bid()).minLoadShare(), 0);
        assertEquals(TREATED, PlantModel.of(unstated.tender(), unstated.bid()).treatedTonnes(12 * MONTH), 1e-6);
    }

    @Test
    void theSupportFuelCannotLiftAPointAboveTheMinimumLoad() {
        // Support firing to 5 MJ/kg lifts 5.5 MJ/kg waste to 6 MJ/kg: 10 × 6 / 3.6 = 16.7 MW, below 90% of 20 MW.
        Bid.Plant p = plant().minLoadShare(0.9).supportFuel("gasDieselOil", 5.0).build();
        Resolved r = Fixtures.resolve(tender, Fixtures.baseToolkit(Map.of()), p, Fixtures.finance().build());
        PlantModel m = PlantModel.of(r.tender(), r.bid());
        assertEquals(TREATED - MONTH, m.treatedTonnes(12 * MONTH), 1e-6);
        assertEquals(0, m.supportFuelGj(12 * MONTH), 0);
    }
}
