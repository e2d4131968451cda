package org.wteval.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.wteval.model.Figure;
import org.wteval.model.Origin;

/**
 * The GHG account on one or a few years, worked by hand. Parameters, stated here rather than read from a toolkit:
 * φ 0.85, f 0, GWP 25, OX 0, F 0.5, DOC_f 0.5, MCF 0.8, so the methane factor is
 * 0.85 × 25 × 16/12 × 0.5 × 0.5 × 0.8 = 5.66667 tCO2e per tonne of DOC decaying; food DOC 0.15 with k 0.40;
 * plastics 100% dry matter, 75% carbon, all fossil; incineration oxidises all carbon; grid factor 0.6592 tCO2/MWh.
 */
class GhgCalculatorTest {

    private static final double GRID = 0.6592;
    private static final double METHANE_FACTOR = 0.85 * 25 * 16 / 12 * 0.5 * 0.5 * 0.8;

    private static Figure value(String name, double v) {
        return Figure.input(name, v, "-", new Origin.Handover("test"));
    }

    private static GhgParameters parameters(double phi, int creditingYears) {
        Figure zero = value("zero", 0);
        return new GhgParameters(value("phi", phi), zero, value("gwpCh4", 25), zero, value("F", 0.5),
                value("DOCf", 0.5), value("MCF", 0.8),
                Map.of("food", value("docFood", 0.15), "plastics", zero, "glassMetalInert", zero),
                Map.of("food", value("kFood", 0.40)),
                Map.of("plastics", new GhgParameters.FossilCarbon(value("dm", 1.0), value("cf", 0.75),
                        value("fcf", 1.0))),
                value("oxidation", 1.0), value("creditingPeriodYears", creditingYears));
    }

    private static TreeMap<String, Double> composition(double food, double plastics, double inert) {
        return new TreeMap<>(Map.of("food", food, "plastics", plastics, "glassMetalInert", inert));
    }

    private static Figure grid() {
        return value("gridEmissionFactor", GRID);
    }

    /**
     * One operating year: 100,000 t of 60% food, 15% plastics, 25% glass/metal/inert; 40,000 MWh exported.
     *
     * <pre>
     * avoided methane = 5.66667 × 100,000 × 0.6 × 0.15 × (1 − e^−0.4) = 5.66667 × 9,000 × 0.329680 = 16,813.68
     * displaced grid  = 40,000 MWh × 0.6592 = 26,368
     * fossil CO2      = 100,000 × 0.15 × 1.0 × 0.75 × 1.0 × 1.0 × 44/12 = 41,250
     * reduction       = (16,813.68 + 26,368) − 41,250 = 1,931.68
     * </pre>
     */
    @Test
    void oneYearReferenceMinusProject() {
        GhgResult r = GhgCalculator.compute(GhgInputs.withoutAuxiliaries(2028, new double[] {100000},
                composition(0.6, 0.15, 0.25), new double[] {40000}, grid(), parameters(0.85, 10)));
        assertEquals(5.666667, r.methaneFactor().value(), 1e-6);
        assertEquals(METHANE_FACTOR * 9000 * (1 - Math.exp(-0.4)), r.avoidedLandfillMethaneByYear().value(), 1e-6);
        assertEquals(16813.68, r.avoidedLandfillMethaneByYear().value(), 0.01);
        assertEquals(40000 * GRID, r.displacedGridByYear().value(), 1e-9); // 26,368
        assertEquals(100000 * 0.15 * 0.75 * 44 / 12, r.fossilCo2ByYear().value(), 1e-9); // 41,250
        assertEquals(2.75 * 0.15, r.fossilCo2PerTonne().value(), 1e-12); // 0.4125 t per tonne of mixed waste
        assertEquals(16813.68 + 26368, r.referenceByYear().value(), 0.01);
        assertEquals(41250, r.projectByYear().value(), 1e-9);
        assertEquals(16813.68 + 26368 - 41250, r.emissionReductionsByYear().value(), 0.01); // 1,931.68
        assertEquals(r.emissionReductionsByYear().value(), r.annualEmissionReductions().value(), 1e-9);
        assertEquals(2028, r.emissionReductionsByYear().firstYear());
        // Reference (methane, grid, total), project (fossil, auxiliary, imported, support fuel, total), reductions
        assertEquals(9, r.schedules().size());
        assertEquals(0, r.supportFuelCo2ByYear().value(), 0); // GHG inputs of a plant firing no support fuel
        assertTrue(r.conservative(), "φ = 0.85 discounts the methane for model uncertainty");
    }

    @Test
    void auxiliaryFuelAndImportedPowerAddToTheProject() {
        // 1,000 GJ of diesel × 0.0741 tCO2/GJ = 74.1; 500 MWh imported × 0.6592 = 329.6; no waste burnt.
        GhgResult r = GhgCalculator.compute(new GhgInputs(2028, new double[] {0}, composition(0.6, 0.15, 0.25),
                new double[] {0}, grid(), 1000, value("dieselFactor", 0.0741), 500, parameters(1, 10)));
        assertEquals(74.1, r.auxiliaryFuelByYear().value(), 1e-9);
        assertEquals(329.6, r.importedPowerByYear().value(), 1e-9);
        assertEquals(74.1 + 329.6, r.projectByYear().value(), 1e-9);
        assertFalse(r.conservative(), "φ = 1 applies no correction");
    }

    @Test
    void aNegativeReductionIsReportedAsItIs() {
        // All plastics, nothing exported: reference 0, project 1,000 × 2.75 = 2,750.
        GhgResult r = GhgCalculator.compute(GhgInputs.withoutAuxiliaries(2028, new double[] {1000},
                composition(0, 1, 0), new double[] {0}, grid(), parameters(0.85, 10)));
        assertEquals(-2750, r.emissionReductionsByYear().value(), 1e-9);
    }

    @Test
    void methaneBuildsUpOverTheYearsAndCreditingStopsAtThePeriod() {
        // 10,000 t of pure food for 3 operating years, crediting period 2: DOC 1,500 t a year.
        // y1 = 5.66667 × 1,500 × (1 − e^−0.4); y2 = y1 × (1 + e^−0.4); year 3 lies outside the period.
        GhgResult r = GhgCalculator.compute(GhgInputs.withoutAuxiliaries(2030, new double[] {10000, 10000, 10000},
                composition(1, 0, 0), new double[] {0, 0, 0}, grid(), parameters(0.85, 2)));
        double y1 = METHANE_FACTOR * 1500 * (1 - Math.exp(-0.4));
        List<Double> byYear = r.avoidedLandfillMethaneByYear().byYear();
        assertEquals(2, byYear.size());
        assertEquals(y1, byYear.get(0), 1e-9);
        assertEquals(y1 * (1 + Math.exp(-0.4)), byYear.get(1), 1e-9);
        assertEquals(2, r.creditingYears().value(), 0);
        assertEquals((byYear.get(0) + byYear.get(1)) / 2, r.annualEmissionReductions().value(), 1e-9);
    }

    @Test
    void everyTypeOfTheCompositionNeedsItsDoc() {
        TreeMap<String, Double> withPaper = composition(0.5, 0.15, 0.25);
        withPaper.put("paper", 0.1);
        GhgInputs in = GhgInputs.withoutAuxiliaries(2028, new double[] {1000}, withPaper, new double[] {0}, grid(),
                parameters(0.85, 10));
        assertThrows(IllegalArgumentException.class, () -> GhgCalculator.compute(in));
    }
}
