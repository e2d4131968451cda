package org.wteval.calc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wteval.model.Figure;
import org.wteval.model.Origin;

/**
 * A bid's greenhouse-gas account in the JCM/CDM style, year by year over the crediting period (DOMAIN §6).
 *
 * <p>Reference emissions are what would happen without the plant: the tonnes it burns would have gone to the
 * landfill and decayed into methane ({@link LandfillMethane}, each tonne split by the tender's composition), and
 * the electricity it exports would have come from the grid. Project emissions are the plant's own: the fossil
 * carbon in the waste it burns (biogenic CO2 is not counted), its auxiliary fuel, the power it imports, and the
 * support fuel it fires year by year to burn waste below its combustion diagram's minimum LHV.
 * Emission reductions are the difference, reported as they are, negative or not.
 *
 * <p>Year {@code x = 1} of the decay model is the first operating year, so the reference counts only methane from
 * waste the plant itself diverted; methane from waste landfilled before the plant opened would be emitted either
 * way and is not credited.
 */
public final class GhgCalculator {

    /** Tonnes of CO2 per tonne of carbon burnt (molar masses 44 and 12). */
    public static final double CO2_PER_CARBON = 44.0 / 12.0;

    private static final String UNIT = "tCO2e (total)";

    private GhgCalculator() {
    }

    public static GhgResult compute(GhgInputs in) {
        GhgKernel k = GhgKernel.of(in);
        GhgFlows f = new GhgFlows(k.years());
        double[] tonnes = in.tonnesTreatedByYear();
        f.compute(k, tonnes, in.netMwhExportedByYear(), new double[tonnes.length], 0);
        return explain(k, f);
    }

    /** The account's figures, each yearly value read from flows computed on {@code k}. */
    static GhgResult explain(GhgKernel k, GhgFlows f) {
        GhgParameters p = k.parameters();
        int first = k.firstOperatingYear();
        int years = k.years();
        Figure creditingYears = Figure.derived(FigureNames.CREDITING_YEARS, years, "years",
                "min(creditingPeriodYears, " + k.givenYears() + " operating years given)", p.creditingPeriodYears());
        Figure tonnesF = inputSchedule(FigureNames.TONNES_TREATED_BY_YEAR, "t", first, f.tonnesTreated());
        Figure mwhF = inputSchedule(FigureNames.NET_MWH_EXPORTED_BY_YEAR, "MWh", first, f.netMwhExported());
        Map<String, Figure> fractions = new LinkedHashMap<>();
        k.composition().forEach((type, share) -> fractions.put(type, Figure.input(FigureNames.COMPOSITION_PREFIX
                + type, share, "fraction (wet)", k.compositionOrigin(type))));

        Figure factor = Figure.derived(FigureNames.METHANE_FACTOR, k.methaneFactor(), "tCO2e/t DOC decaying",
                "modelCorrectionFactor × (1 − methaneCapturedFraction) × gwpCh4 × (1 − landfillOxidationFactor) × "
                        + "16/12 × methaneFractionInGas × docDecomposingFraction × methaneCorrectionFactor",
                p.modelCorrectionFactor(), p.methaneCapturedFraction(), p.gwpCh4(), p.landfillOxidationFactor(),
                p.methaneFractionInGas(), p.docDecomposingFraction(), p.methaneCorrectionFactor());
        Figure methane = avoidedMethane(p, fractions, f.avoidedLandfillMethane(), tonnesF, factor, first);
        Figure gridS = schedule(FigureNames.DISPLACED_GRID_BY_YEAR, first, f.displacedGrid(),
                "netMwhExportedByYear_y × gridEmissionFactor (the physical export after degradation, before any "
                        + "plant-load-factor cap on the MWh a tariff pays for)", mwhF, k.gridEmissionFactor());
        Figure reference = schedule(FigureNames.REFERENCE_BY_YEAR, first, f.reference(),
                "avoidedLandfillMethaneByYear_y + displacedGridByYear_y", methane, gridS);

        Figure perTonne = fossilCo2PerTonne(p, fractions, k.fossilCo2PerTonne());
        Figure fossilS = schedule(FigureNames.FOSSIL_CO2_BY_YEAR, first, f.fossilCo2(),
                "tonnesTreatedByYear_y × fossilCo2PerTonne", tonnesF, perTonne);
        Figure auxS = auxiliaryFuel(k, first, f.auxiliaryFuel());
        Figure importedMwh = Figure.input(FigureNames.IMPORTED_MWH_PER_YEAR, k.importedMwhPerYear(), "MWh/yr",
                new Origin.Handover("GHG inputs: grid electricity imported per year"));
        Figure importedS = schedule(FigureNames.IMPORTED_POWER_BY_YEAR, first, f.importedPower(),
                "importedMwhPerYear × gridEmissionFactor", importedMwh, k.gridEmissionFactor());
        Figure supportS = supportFuel(k, first, f);
        Figure project = schedule(FigureNames.PROJECT_BY_YEAR, first, f.project(),
                "fossilCo2ByYear_y + auxiliaryFuelByYear_y + importedPowerByYear_y + supportFuelCo2ByYear_y", fossilS,
                auxS, importedS, supportS);
        Figure reductionsS = schedule(FigureNames.EMISSION_REDUCTIONS_BY_YEAR, first, f.emissionReductions(),
                "referenceByYear_y − projectByYear_y", reference, project);
        Figure annual = Figure.derived(FigureNames.ANNUAL_EMISSION_REDUCTIONS, f.annualEmissionReductions(),
                "tCO2e/yr", "emissionReductionsByYear (total) / creditingYears", reductionsS, creditingYears);
        return new GhgResult(creditingYears, factor, perTonne, methane, gridS, reference, fossilS, auxS, importedS,
                supportS, project, reductionsS, annual, p.modelCorrectionFactor().value() < 1);
    }

    /** BE_CH4,y of CDM TOOL04 on the tonnes treated, split into waste types by the tender's composition. */
    private static Figure avoidedMethane(GhgParameters p, Map<String, Figure> fractions, double[] methane,
                                         Figure tonnesF, Figure factor, int first) {
        List<Figure> inputs = new ArrayList<>(List.of(factor, tonnesF));
        for (Map.Entry<String, Figure> e : fractions.entrySet()) {
            Figure docF = p.degradableOrganicCarbon().get(e.getKey());
            inputs.add(e.getValue());
            inputs.add(docF);
            if (docF.value() > 0) {
                inputs.add(p.decayRate().get(e.getKey()));
            }
        }
        return schedule(FigureNames.AVOIDED_LANDFILL_METHANE_BY_YEAR, first, methane,
                "methaneFactor × Σ_{x=1..y} Σ_j tonnesTreatedByYear_x × composition_j × DOC_j × e^(−k_j·(y−x)) × "
                        + "(1 − e^(−k_j)), the first-order decay of CDM TOOL04 with x = 1 the first operating year",
                inputs.toArray(Figure[]::new));
    }

    /** IPCC 2006 Vol. 5 eq. 5.1 per tonne of mixed waste: only the types with fossil carbon contribute. */
    private static Figure fossilCo2PerTonne(GhgParameters p, Map<String, Figure> fractions, double perTonne) {
        Figure oxidation = p.incinerationOxidationFactor();
        List<Figure> inputs = new ArrayList<>(List.of(oxidation));
        List<String> burning = new ArrayList<>();
        for (Map.Entry<String, Figure> e : fractions.entrySet()) {
            GhgParameters.FossilCarbon c = p.fossilCarbon().get(e.getKey());
            if (c != null) {
                burning.add(e.getKey());
                inputs.addAll(List.of(e.getValue(), c.dryMatter(), c.carbonFraction(), c.fossilFraction()));
            }
        }
        return Figure.derived(FigureNames.FOSSIL_CO2_PER_TONNE, perTonne, "tCO2/t treated",
                "Σ_j composition_j × dryMatter_j × carbonFraction_j × fossilFraction_j × incinerationOxidationFactor "
                        + "× 44/12 over the types burning fossil carbon " + burning,
                inputs.toArray(Figure[]::new));
    }

    private static Figure auxiliaryFuel(GhgKernel k, int first, double[] auxiliary) {
        Figure gj = Figure.input(FigureNames.AUXILIARY_FUEL_GJ_PER_YEAR, k.auxiliaryFuelGjPerYear(), "GJ/yr",
                new Origin.Handover("GHG inputs: auxiliary fuel burnt per year"));
        if (k.auxiliaryFuelEmissionFactor() == null) {
            return schedule(FigureNames.AUXILIARY_FUEL_BY_YEAR, first, auxiliary, "no auxiliary fuel is burnt", gj);
        }
        return schedule(FigureNames.AUXILIARY_FUEL_BY_YEAR, first, auxiliary,
                "auxiliaryFuelGjPerYear × auxiliaryFuelEmissionFactor", gj, k.auxiliaryFuelEmissionFactor());
    }

    /** The support fuel's CO2, a term of its own beside the constant auxiliary fuel: it follows the waste's LHV. */
    private static Figure supportFuel(GhgKernel k, int first, GhgFlows f) {
        Figure gj = inputSchedule(FigureNames.SUPPORT_FUEL_GJ_BY_CREDITING_YEAR, "GJ", first, f.supportFuelGj());
        if (k.supportFuelEmissionFactor() == null) {
            return schedule(FigureNames.SUPPORT_FUEL_CO2_BY_YEAR, first, f.supportFuel(), "no support fuel is fired",
                    gj);
        }
        return schedule(FigureNames.SUPPORT_FUEL_CO2_BY_YEAR, first, f.supportFuel(),
                "supportFuelGjByCreditingYear_y × " + k.supportFuelEmissionFactor().name(), gj,
                k.supportFuelEmissionFactor());
    }

    /** A schedule given to the calculator rather than computed by it. */
    private static Figure inputSchedule(String name, String unit, int first, double[] values) {
        return Figure.input(name, Flows.sum(values), unit + " (total)", new Origin.Handover("GHG inputs: " + name),
                first, values);
    }

    private static Figure schedule(String name, int first, double[] values, String formula, Figure... inputs) {
        return Figure.schedule(name, Flows.sum(values), UNIT, formula, first, values, inputs);
    }
}
