package org.wteval.calc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wteval.model.Figure;
import org.wteval.model.Origin;

/**
 * A bid's greenhouse-gas account, year by year over the crediting period, on a {@link GhgBasis}: the CDM style
 * with the {@code ghg.*} defaults, or the JCM basis with its own ({@link JcmGhgAccount}).
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
        return compute(in, GhgBasis.CDM);
    }

    /** The account on the given basis; {@code in} carries that basis's parameters and grid factor. */
    public static GhgResult compute(GhgInputs in, GhgBasis basis) {
        GhgKernel k = GhgKernel.of(in);
        GhgFlows f = new GhgFlows(k.years());
        double[] tonnes = in.tonnesTreatedByYear();
        f.compute(k, tonnes, in.netMwhExportedByYear(), new double[tonnes.length], 0);
        return explain(k, f, basis);
    }

    /** The account's figures, each yearly value read from flows computed on {@code k}. */
    static GhgResult explain(GhgKernel k, GhgFlows f) {
        return explain(k, f, GhgBasis.CDM);
    }

    /** The same, with each figure named and explained for {@code basis}. */
    static GhgResult explain(GhgKernel k, GhgFlows f, GhgBasis basis) {
        GhgParameters p = k.parameters();
        int first = k.firstOperatingYear();
        int years = k.years();
        Figure creditingYears = Figure.derived(basis.name(FigureNames.CREDITING_YEARS), years, "years",
                "min(" + basis.periodName() + ", " + k.givenYears() + " operating years given)",
                p.creditingPeriodYears());
        Figure tonnesF = inputSchedule(FigureNames.TONNES_TREATED_BY_YEAR, "t", first, f.tonnesTreated());
        Figure mwhF = inputSchedule(FigureNames.NET_MWH_EXPORTED_BY_YEAR, "MWh", first, f.netMwhExported());
        Map<String, Figure> fractions = new LinkedHashMap<>();
        k.composition().forEach((type, share) -> fractions.put(type, Figure.input(FigureNames.COMPOSITION_PREFIX
                + type, share, "fraction (wet)", k.compositionOrigin(type))));

        Figure factor = Figure.derived(basis.name(FigureNames.METHANE_FACTOR), k.methaneFactor(),
                "tCO2e/t DOC decaying",
                "modelCorrectionFactor × (1 − methaneCapturedFraction) × gwpCh4 × (1 − landfillOxidationFactor) × "
                        + "16/12 × methaneFractionInGas × docDecomposingFraction × methaneCorrectionFactor",
                p.modelCorrectionFactor(), p.methaneCapturedFraction(), p.gwpCh4(), p.landfillOxidationFactor(),
                p.methaneFractionInGas(), p.docDecomposingFraction(), p.methaneCorrectionFactor());
        Figure methane = avoidedMethane(basis, p, fractions, f.avoidedLandfillMethane(), tonnesF, factor, first);
        Figure gridS = schedule(basis.name(FigureNames.DISPLACED_GRID_BY_YEAR), first, f.displacedGrid(),
                "netMwhExportedByYear_y × gridEmissionFactor (the physical export after degradation, before any "
                        + "plant-load-factor cap on the MWh a tariff pays for)", mwhF, k.gridEmissionFactor());
        Figure reference = schedule(basis.name(FigureNames.REFERENCE_BY_YEAR), first, f.reference(),
                methane.name() + "_y + " + gridS.name() + "_y", methane, gridS);

        Figure perTonne = fossilCo2PerTonne(basis, p, fractions, k.fossilCo2PerTonne());
        Figure fossilS = schedule(basis.name(FigureNames.FOSSIL_CO2_BY_YEAR), first, f.fossilCo2(),
                "tonnesTreatedByYear_y × " + perTonne.name(), tonnesF, perTonne);
        Figure auxS = auxiliaryFuel(basis, k, first, f.auxiliaryFuel());
        Figure importedMwh = Figure.input(FigureNames.IMPORTED_MWH_PER_YEAR, k.importedMwhPerYear(), "MWh/yr",
                new Origin.Handover("GHG inputs: grid electricity imported per year"));
        Figure importedS = schedule(basis.name(FigureNames.IMPORTED_POWER_BY_YEAR), first, f.importedPower(),
                "importedMwhPerYear × gridEmissionFactor", importedMwh, k.gridEmissionFactor());
        Figure supportS = supportFuel(basis, k, first, f);
        Figure project = schedule(basis.name(FigureNames.PROJECT_BY_YEAR), first, f.project(),
                fossilS.name() + "_y + " + auxS.name() + "_y + " + importedS.name() + "_y + " + supportS.name() + "_y",
                fossilS, auxS, importedS, supportS);
        Figure reductionsS = schedule(basis.name(FigureNames.EMISSION_REDUCTIONS_BY_YEAR), first,
                f.emissionReductions(), reference.name() + "_y − " + project.name() + "_y", reference, project);
        Figure annual = Figure.derived(basis.name(FigureNames.ANNUAL_EMISSION_REDUCTIONS),
                f.annualEmissionReductions(), "tCO2e/yr", reductionsS.name() + " (total) / " + creditingYears.name()
                        + basis.averagingNote(), reductionsS, creditingYears);
        return new GhgResult(creditingYears, factor, perTonne, methane, gridS, reference, fossilS, auxS, importedS,
                supportS, project, reductionsS, annual, p.modelCorrectionFactor().value() < 1);
    }

    /** BE_CH4,y of CDM TOOL04 on the tonnes treated, split into waste types by the tender's composition. */
    private static Figure avoidedMethane(GhgBasis basis, GhgParameters p, Map<String, Figure> fractions,
                                         double[] methane, Figure tonnesF, Figure factor, int first) {
        List<Figure> inputs = new ArrayList<>(List.of(factor, tonnesF));
        for (Map.Entry<String, Figure> e : fractions.entrySet()) {
            Figure docF = p.degradableOrganicCarbon().get(e.getKey());
            inputs.add(e.getValue());
            inputs.add(docF);
            if (docF.value() > 0) {
                inputs.add(p.decayRate().get(e.getKey()));
            }
        }
        return schedule(basis.name(FigureNames.AVOIDED_LANDFILL_METHANE_BY_YEAR), first, methane,
                factor.name() + " × Σ_{x=1..y} Σ_j tonnesTreatedByYear_x × composition_j × DOC_j × e^(−k_j·(y−x)) × "
                        + "(1 − e^(−k_j)), the " + basis.methaneModel() + " with x = 1 the first operating year",
                inputs.toArray(Figure[]::new));
    }

    /** IPCC 2006 Vol. 5 eq. 5.1 per tonne of mixed waste: only the types with fossil carbon contribute. */
    private static Figure fossilCo2PerTonne(GhgBasis basis, GhgParameters p, Map<String, Figure> fractions,
                                            double perTonne) {
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
        return Figure.derived(basis.name(FigureNames.FOSSIL_CO2_PER_TONNE), perTonne, "tCO2/t treated",
                "Σ_j composition_j × dryMatter_j × carbonFraction_j × fossilFraction_j × incinerationOxidationFactor "
                        + "× 44/12 over the types burning fossil carbon " + burning,
                inputs.toArray(Figure[]::new));
    }

    private static Figure auxiliaryFuel(GhgBasis basis, GhgKernel k, int first, double[] auxiliary) {
        String name = basis.name(FigureNames.AUXILIARY_FUEL_BY_YEAR);
        Figure gj = Figure.input(FigureNames.AUXILIARY_FUEL_GJ_PER_YEAR, k.auxiliaryFuelGjPerYear(), "GJ/yr",
                new Origin.Handover("GHG inputs: auxiliary fuel burnt per year"));
        if (k.auxiliaryFuelEmissionFactor() == null) {
            return schedule(name, first, auxiliary, "no auxiliary fuel is burnt", gj);
        }
        return schedule(name, first, auxiliary,
                "auxiliaryFuelGjPerYear × auxiliaryFuelEmissionFactor", gj, k.auxiliaryFuelEmissionFactor());
    }

    /** The support fuel's CO2, a term of its own beside the constant auxiliary fuel: it follows the waste's LHV. */
    private static Figure supportFuel(GhgBasis basis, GhgKernel k, int first, GhgFlows f) {
        Figure gj = inputSchedule(basis.name(FigureNames.SUPPORT_FUEL_GJ_BY_CREDITING_YEAR), "GJ", first,
                f.supportFuelGj());
        String name = basis.name(FigureNames.SUPPORT_FUEL_CO2_BY_YEAR);
        if (k.supportFuelEmissionFactor() == null) {
            return schedule(name, first, f.supportFuel(), "no support fuel is fired", gj);
        }
        return schedule(name, first, f.supportFuel(), gj.name() + "_y × " + k.supportFuelEmissionFactor().name(), gj,
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
