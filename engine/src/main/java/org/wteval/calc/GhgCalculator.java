package org.wteval.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wteval.model.Figure;

/**
 * A bid's greenhouse-gas account in the JCM/CDM style, year by year over the crediting period (DOMAIN §6).
 *
 * <p>Reference emissions are what would happen without the plant: the tonnes it burns would have gone to the
 * landfill and decayed into methane ({@link LandfillMethane}, each tonne split by the tender's composition), and
 * the electricity it exports would have come from the grid. Project emissions are the plant's own: the fossil
 * carbon in the waste it burns (biogenic CO2 is not counted), its auxiliary fuel and the power it imports.
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
        GhgParameters p = in.parameters();
        int first = in.firstOperatingYear();
        int given = in.tonnesTreatedByYear().length;
        int years = Math.min(wholeYears(p.creditingPeriodYears()), given);
        Figure creditingYears = Figure.derived("creditingYears", years, "years",
                "min(creditingPeriodYears, " + given + " operating years given)", p.creditingPeriodYears());
        double[] tonnes = Arrays.copyOf(in.tonnesTreatedByYear(), years);
        double[] mwh = Arrays.copyOf(in.netMwhExportedByYear(), years);
        Figure tonnesF = inputSchedule("tonnesTreatedByYear", "t", first, tonnes);
        Figure mwhF = inputSchedule("netMwhExportedByYear", "MWh", first, mwh);
        Map<String, Figure> fractions = new LinkedHashMap<>();
        in.composition().forEach((type, share) -> fractions.put(type, Figure.input("composition." + type, share,
                "fraction (wet)", "tender.yaml: waste.composition." + type)));

        Figure factor = Figure.derived("methaneFactor", LandfillMethane.factor(p.modelCorrectionFactor().value(),
                        p.methaneCapturedFraction().value(), p.gwpCh4().value(), p.landfillOxidationFactor().value(),
                        p.methaneFractionInGas().value(), p.docDecomposingFraction().value(),
                        p.methaneCorrectionFactor().value()), "tCO2e/t DOC decaying",
                "modelCorrectionFactor × (1 − methaneCapturedFraction) × gwpCh4 × (1 − landfillOxidationFactor) × "
                        + "16/12 × methaneFractionInGas × docDecomposingFraction × methaneCorrectionFactor",
                p.modelCorrectionFactor(), p.methaneCapturedFraction(), p.gwpCh4(), p.landfillOxidationFactor(),
                p.methaneFractionInGas(), p.docDecomposingFraction(), p.methaneCorrectionFactor());
        Figure methane = avoidedMethane(p, fractions, tonnes, tonnesF, factor, first);
        double[] grid = new double[years];
        for (int y = 0; y < years; y++) {
            grid[y] = mwh[y] * in.gridEmissionFactor().value();
        }
        Figure gridS = schedule("displacedGridByYear", first, grid, "netMwhExportedByYear_y × gridEmissionFactor",
                mwhF, in.gridEmissionFactor());
        Figure reference = schedule("referenceByYear", first, add(values(methane), grid),
                "avoidedLandfillMethaneByYear_y + displacedGridByYear_y", methane, gridS);

        Figure perTonne = fossilCo2PerTonne(p, fractions);
        double[] fossil = new double[years];
        for (int y = 0; y < years; y++) {
            fossil[y] = tonnes[y] * perTonne.value();
        }
        Figure fossilS = schedule("fossilCo2ByYear", first, fossil, "tonnesTreatedByYear_y × fossilCo2PerTonne",
                tonnesF, perTonne);
        Figure auxS = auxiliaryFuel(in, first, years);
        Figure importedMwh = Figure.input("importedMwhPerYear", in.importedMwhPerYear(), "MWh/yr",
                "GHG inputs: grid electricity imported per year");
        Figure importedS = schedule("importedPowerByYear", first,
                constant(years, in.importedMwhPerYear() * in.gridEmissionFactor().value()),
                "importedMwhPerYear × gridEmissionFactor", importedMwh, in.gridEmissionFactor());
        Figure project = schedule("projectByYear", first, add(add(fossil, values(auxS)), values(importedS)),
                "fossilCo2ByYear_y + auxiliaryFuelByYear_y + importedPowerByYear_y", fossilS, auxS, importedS);

        double[] reductions = values(reference);
        double[] projectValues = values(project);
        for (int y = 0; y < years; y++) {
            reductions[y] -= projectValues[y];
        }
        Figure reductionsS = schedule("emissionReductionsByYear", first, reductions,
                "referenceByYear_y − projectByYear_y", reference, project);
        Figure annual = Figure.derived("annualEmissionReductions", reductionsS.value() / years, "tCO2e/yr",
                "emissionReductionsByYear (total) / creditingYears", reductionsS, creditingYears);
        return new GhgResult(creditingYears, factor, perTonne, methane, gridS, reference, fossilS, auxS, importedS,
                project, reductionsS, annual, p.modelCorrectionFactor().value() < 1);
    }

    /** BE_CH4,y of CDM TOOL04 on the tonnes treated, split into waste types by the tender's composition. */
    private static Figure avoidedMethane(GhgParameters p, Map<String, Figure> fractions, double[] tonnes,
                                         Figure tonnesF, Figure factor, int first) {
        int n = fractions.size();
        double[] doc = new double[n];
        double[] k = new double[n];
        double[][] deposits = new double[n][tonnes.length];
        List<Figure> inputs = new ArrayList<>(List.of(factor, tonnesF));
        int j = 0;
        for (Map.Entry<String, Figure> e : fractions.entrySet()) {
            String type = e.getKey();
            Figure docF = required(p.degradableOrganicCarbon(), type, "ghg.degradableOrganicCarbon");
            doc[j] = docF.value();
            inputs.add(e.getValue());
            inputs.add(docF);
            // A type with no degradable carbon yields no methane whatever its decay rate, so it needs none.
            if (doc[j] > 0) {
                Figure kF = required(p.decayRate(), type, "ghg.decayRate.<climateZone>");
                k[j] = kF.value();
                inputs.add(kF);
            }
            for (int x = 0; x < tonnes.length; x++) {
                deposits[j][x] = tonnes[x] * e.getValue().value();
            }
            j++;
        }
        return schedule("avoidedLandfillMethaneByYear", first,
                LandfillMethane.series(factor.value(), doc, k, deposits, tonnes.length),
                "methaneFactor × Σ_{x=1..y} Σ_j tonnesTreatedByYear_x × composition_j × DOC_j × e^(−k_j·(y−x)) × "
                        + "(1 − e^(−k_j)), the first-order decay of CDM TOOL04 with x = 1 the first operating year",
                inputs.toArray(Figure[]::new));
    }

    /** IPCC 2006 Vol. 5 eq. 5.1 per tonne of mixed waste: only the types with fossil carbon contribute. */
    private static Figure fossilCo2PerTonne(GhgParameters p, Map<String, Figure> fractions) {
        Figure oxidation = p.incinerationOxidationFactor();
        List<Figure> inputs = new ArrayList<>(List.of(oxidation));
        List<String> burning = new ArrayList<>();
        double carbon = 0;
        for (Map.Entry<String, Figure> e : fractions.entrySet()) {
            GhgParameters.FossilCarbon c = p.fossilCarbon().get(e.getKey());
            if (c != null) {
                carbon += e.getValue().value() * c.dryMatter().value() * c.carbonFraction().value()
                        * c.fossilFraction().value();
                burning.add(e.getKey());
                inputs.addAll(List.of(e.getValue(), c.dryMatter(), c.carbonFraction(), c.fossilFraction()));
            }
        }
        return Figure.derived("fossilCo2PerTonne", carbon * oxidation.value() * CO2_PER_CARBON, "tCO2/t treated",
                "Σ_j composition_j × dryMatter_j × carbonFraction_j × fossilFraction_j × incinerationOxidationFactor "
                        + "× 44/12 over the types burning fossil carbon " + burning,
                inputs.toArray(Figure[]::new));
    }

    private static Figure auxiliaryFuel(GhgInputs in, int first, int years) {
        Figure gj = Figure.input("auxiliaryFuelGjPerYear", in.auxiliaryFuelGjPerYear(), "GJ/yr",
                "GHG inputs: auxiliary fuel burnt per year");
        if (in.auxiliaryFuelEmissionFactor() == null) {
            return schedule("auxiliaryFuelByYear", first, new double[years], "no auxiliary fuel is burnt", gj);
        }
        return schedule("auxiliaryFuelByYear", first,
                constant(years, in.auxiliaryFuelGjPerYear() * in.auxiliaryFuelEmissionFactor().value()),
                "auxiliaryFuelGjPerYear × auxiliaryFuelEmissionFactor", gj, in.auxiliaryFuelEmissionFactor());
    }

    private static Figure required(Map<String, Figure> byType, String type, String key) {
        Figure f = byType.get(type);
        if (f == null) {
            throw new IllegalArgumentException("no " + key + "." + type + " for waste type '" + type + "' of the "
                    + "tender's composition");
        }
        return f;
    }

    private static int wholeYears(Figure period) {
        double v = period.value();
        if (v < 1 || v != Math.rint(v)) {
            throw new IllegalArgumentException(period.name() + " must be a whole number of years, not " + v);
        }
        return (int) v;
    }

    /** A schedule given to the calculator rather than computed by it. */
    private static Figure inputSchedule(String name, String unit, int first, double[] values) {
        return new Figure(name, sum(values), unit + " (total)", null, "GHG inputs: " + name, null, Figure.INPUT,
                List.of(), first, Arrays.stream(values).boxed().toList());
    }

    private static Figure schedule(String name, int first, double[] values, String formula, Figure... inputs) {
        return Figure.schedule(name, sum(values), UNIT, formula, first, values, inputs);
    }

    private static double[] values(Figure schedule) {
        return schedule.byYear().stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] add(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    private static double[] constant(int years, double value) {
        double[] out = new double[years];
        Arrays.fill(out, value);
        return out;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
