package org.wteval.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.wteval.Fixtures;
import org.wteval.model.Figure;
import org.wteval.model.Origin;
import org.wteval.model.Param;
import org.wteval.model.Toolkit;

/**
 * The GHG account on the JCM basis with the bundled base defaults, worked by hand. Methane factor on the JCM basis:
 * φ 0.85 × GWP 25 × (1 − OX 0) × 16/12 × F 0.5 × DOC_f 0.5 × MCF 0.6 = 4.25 tCO2e per tonne of DOC decaying
 * (the CDM account's MCF 0.8 gives 5.66667). Waste: 85% food (DOC 0.15, k 0.40), 15% plastics (dry matter 1.0,
 * carbon 0.75, all fossil, burnt completely), so fossil CO2 = 0.15 × 0.75 × 44/12 = 0.4125 t per tonne.
 */
class JcmGhgAccountTest {

    private static final double JCM_FACTOR = 0.85 * 25 * 16 / 12 * 0.5 * 0.5 * 0.6;
    /** Tonnes of DOC decaying in the year of deposit per 100,000 t: 100,000 × 0.85 × 0.15 × (1 − e^(−0.40)). */
    private static final double DOC_FIRST_YEAR = 100000 * 0.85 * 0.15 * (1 - Math.exp(-0.40));

    private static Toolkit toolkit(Map<String, Object> overrides) {
        return Fixtures.baseToolkit(overrides);
    }

    private static TreeMap<String, Double> waste() {
        return new TreeMap<>(Map.of("food", 0.85, "plastics", 0.15));
    }

    private static Figure years(int n) {
        return Figure.input("legalDurableYears", n, "years", new Origin.Handover("test"));
    }

    @Test
    void oneYearOnTheJcmDefaultsAndTheJcmGridFactor() {
        Toolkit tk = toolkit(Map.of("ghg.gridEmissionFactor", 0.6592, JcmGhgAccount.GRID_FACTOR, 0.5));
        GhgResult r = GhgCalculator.compute(JcmGhgAccount.inputs(tk, 2029, new double[] {100000}, waste(),
                new double[] {40000}, years(15)), GhgBasis.JCM);
        // methane  = 4.25 × 100,000 × 0.85 × 0.15 × (1 − e^(−0.40)) = 4.25 × 4,203.42 = 17,864.5
        // grid     = 40,000 MWh × 0.5 (the JCM factor, not the country's 0.6592) = 20,000
        // fossil   = 100,000 × 0.4125 = 41,250
        // reduction = 17,864.5 + 20,000 − 41,250 = −3,385.5, over min(15 legal durable years, 1 given) = 1 year
        assertEquals(4.25, JCM_FACTOR, 1e-12);
        assertEquals(JCM_FACTOR, r.methaneFactor().value(), 1e-12);
        assertEquals(JCM_FACTOR * DOC_FIRST_YEAR, r.avoidedLandfillMethaneByYear().value(), 1e-6);
        assertEquals(20000, r.displacedGridByYear().value(), 1e-9);
        assertEquals(41250, r.projectByYear().value(), 1e-9);
        assertEquals(1, r.creditingYears().value(), 0);
        assertEquals(JCM_FACTOR * DOC_FIRST_YEAR + 20000 - 41250, r.annualEmissionReductions().value(), 1e-6);
        assertEquals(-3385.5, r.annualEmissionReductions().value(), 0.1);
    }

    @Test
    void theAverageRunsOverTheLegalDurableYearsGiven() {
        Toolkit tk = toolkit(Map.of("ghg.gridEmissionFactor", 0.6592));
        double[] tonnes = {100000, 100000, 100000};
        double[] mwh = {40000, 40000, 40000};
        GhgResult two = GhgCalculator.compute(JcmGhgAccount.inputs(tk, 2029, tonnes, waste(), mwh, years(2)),
                GhgBasis.JCM);
        // Year 2 also counts year 1's deposit, decayed once: methane_2 = methane_1 × (1 + e^(−0.40)).
        // grid 40,000 × 0.6592 = 26,368 (no JCM factor recorded: the country's factor stands in); fossil 41,250.
        double m1 = JCM_FACTOR * DOC_FIRST_YEAR;
        double m2 = m1 * (1 + Math.exp(-0.40));
        double expected = ((m1 + 26368 - 41250) + (m2 + 26368 - 41250)) / 2;
        assertEquals(2, two.creditingYears().value(), 0);
        assertEquals(expected, two.annualEmissionReductions().value(), 1e-6);
        assertEquals(List.of(m1, m2), two.avoidedLandfillMethaneByYear().byYear(), "methane by year");
        assertEquals("ghg.gridEmissionFactor", two.displacedGridByYear().inputs().get(1).name());
    }

    @Test
    void theJcmBasisDiffersFromTheCdmAccountOnlyInItsMethaneFactorsGridFactorAndPeriod() {
        Toolkit tk = toolkit(Map.of("ghg.gridEmissionFactor", 0.6592));
        double[] tonnes = {100000};
        double[] mwh = {40000};
        GhgResult jcm = GhgCalculator.compute(JcmGhgAccount.inputs(tk, 2029, tonnes, waste(), mwh, years(15)),
                GhgBasis.JCM);
        GhgResult cdm = GhgCalculator.compute(GhgInputs.withoutAuxiliaries(2029, tonnes, waste(), mwh,
                Figure.param(tk.param("ghg.gridEmissionFactor")), GhgParameters.from(tk)));
        // Methane scales with MCF only (0.6 against 0.8); grid and fossil CO2 are the same here.
        assertEquals(0.6 / 0.8, jcm.avoidedLandfillMethaneByYear().value() / cdm.avoidedLandfillMethaneByYear().value(),
                1e-12);
        assertEquals(cdm.displacedGridByYear().value(), jcm.displacedGridByYear().value(), 0);
        assertEquals(cdm.projectByYear().value(), jcm.projectByYear().value(), 0);
        assertEquals("jcm.ghg.methaneCorrectionFactor", jcm.methaneFactor().inputs().stream()
                .map(Figure::name).filter(n -> n.contains("methaneCorrectionFactor")).findFirst()
                .orElseThrow());
    }

    @Test
    void jcmFiguresCarryTheirOwnNamesAndDescriptions() {
        Toolkit tk = toolkit(Map.of("ghg.gridEmissionFactor", 0.6592));
        GhgResult r = GhgCalculator.compute(JcmGhgAccount.inputs(tk, 2029, new double[] {1000}, waste(),
                new double[] {400}, years(15)), GhgBasis.JCM);
        assertEquals(FigureNames.JCM_ANNUAL_EMISSION_REDUCTIONS, r.annualEmissionReductions().name());
        assertEquals(FigureNames.JCM_CREDITING_YEARS, r.creditingYears().name());
        assertEquals(FigureNames.JCM_METHANE_FACTOR, r.methaneFactor().name());
        assertEquals(FigureNames.JCM_FOSSIL_CO2_PER_TONNE, r.fossilCo2PerTonne().name());
        assertEquals(List.of(FigureNames.JCM_AVOIDED_LANDFILL_METHANE_BY_YEAR, FigureNames.JCM_DISPLACED_GRID_BY_YEAR,
                FigureNames.JCM_REFERENCE_BY_YEAR, FigureNames.JCM_FOSSIL_CO2_BY_YEAR,
                FigureNames.JCM_AUXILIARY_FUEL_BY_YEAR, FigureNames.JCM_IMPORTED_POWER_BY_YEAR,
                FigureNames.JCM_SUPPORT_FUEL_CO2_BY_YEAR, FigureNames.JCM_PROJECT_BY_YEAR, FigureNames.JCM_EMISSION_REDUCTIONS_BY_YEAR),
                r.schedules().stream().map(Figure::name).toList());
        for (Figure f : List.of(r.annualEmissionReductions(), r.creditingYears(), r.methaneFactor(),
                r.fossilCo2PerTonne())) {
            assertTrue(FigureDescriptions.of(f.name()).isPresent(), f.name());
        }
        r.schedules().forEach(f -> assertTrue(FigureDescriptions.of(f.name()).isPresent(), f.name()));
        // The explanation states the averaging convention and why.
        assertTrue(r.annualEmissionReductions().formula().contains("legal durable years"),
                r.annualEmissionReductions().formula());
    }

    @Test
    void everyJcmGhgDefaultIsCitedAndAssumed() {
        Map<String, Param> jcm = Fixtures.bundledToolkit("base").section("jcm.ghg");
        assertEquals(Set.of("modelCorrectionFactor", "gwpCh4", "landfillOxidationFactor",
                "methaneCorrectionFactor"), jcm.keySet());
        jcm.forEach((key, p) -> {
            assertEquals(Param.ASSUMED, p.status(), "jcm.ghg." + key + ": no JCM methodology text was read");
            assertTrue(p.source().contains("JCM"), "jcm.ghg." + key + " says nothing of JCM: " + p.source());
        });
    }
}
