package org.wteval.calc;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.wteval.model.Figure;
import org.wteval.model.Origin;

/**
 * What the GHG account needs besides the yearly tonnes and MWh, checked and reduced to doubles once: the methane
 * factor, each waste type's share, DOC and decay table {@code e^(−k_j·d)}, the fossil CO2 per tonne, and the
 * constant auxiliary and imported-power emissions. It keeps the figures it was built from for the explanation.
 */
final class GhgKernel {

    private final int firstOperatingYear;
    private final int givenYears;
    private final int years;
    private final SortedMap<String, Double> composition;
    private final Function<String, Origin.Given> compositionOrigin;
    private final Figure gridEmissionFactor;
    private final double auxiliaryFuelGjPerYear;
    private final Figure auxiliaryFuelEmissionFactor;
    private final double importedMwhPerYear;
    private final GhgParameters parameters;
    private final Figure supportFuelEmissionFactor;

    private final double methaneFactor;
    private final double[] share;
    private final double[] doc;
    private final double[][] decay;
    private final double[] decayWithinYear;
    private final double fossilCo2PerTonne;
    private final double gridFactor;
    private final double auxiliaryPerYear;
    private final double importedPerYear;
    private final double supportFuelFactor;

    private GhgKernel(int firstOperatingYear, int givenYears, SortedMap<String, Double> composition,
                      Function<String, Origin.Given> compositionOrigin, Figure gridEmissionFactor, double auxiliaryFuelGjPerYear, Figure auxiliaryFuelEmissionFactor,
                      double importedMwhPerYear, GhgParameters p, Figure supportFuelEmissionFactor) {
        this.firstOperatingYear = firstOperatingYear;
        this.givenYears = givenYears;
        this.years = Math.min(wholeYears(p.creditingPeriodYears()), givenYears);
        this.composition = new TreeMap<>(composition);
        this.compositionOrigin = compositionOrigin;
        this.gridEmissionFactor = gridEmissionFactor;
        this.auxiliaryFuelGjPerYear = auxiliaryFuelGjPerYear;
        this.auxiliaryFuelEmissionFactor = auxiliaryFuelEmissionFactor;
        this.importedMwhPerYear = importedMwhPerYear;
        this.parameters = p;
        this.supportFuelEmissionFactor = supportFuelEmissionFactor;
        this.supportFuelFactor = supportFuelEmissionFactor == null ? 0 : supportFuelEmissionFactor.value();
        this.methaneFactor = LandfillMethane.factor(p.modelCorrectionFactor().value(),
                p.methaneCapturedFraction().value(), p.gwpCh4().value(), p.landfillOxidationFactor().value(),
                p.methaneFractionInGas().value(), p.docDecomposingFraction().value(),
                p.methaneCorrectionFactor().value());
        int n = this.composition.size();
        share = new double[n];
        doc = new double[n];
        decay = new double[n][years];
        decayWithinYear = new double[n];
        double carbon = 0;
        int j = 0;
        for (Map.Entry<String, Double> e : this.composition.entrySet()) {
            String type = e.getKey();
            share[j] = e.getValue();
            doc[j] = required(p.degradableOrganicCarbon(), type, "ghg.degradableOrganicCarbon").value();
            // A type with no degradable carbon yields no methane whatever its decay rate, so it needs none.
            double k = doc[j] > 0 ? required(p.decayRate(), type, "ghg.decayRate.<climateZone>").value() : 0;
            for (int d = 0; d < years; d++) {
                decay[j][d] = Math.exp(-k * d);
            }
            decayWithinYear[j] = 1 - Math.exp(-k);
            GhgParameters.FossilCarbon c = p.fossilCarbon().get(type);
            if (c != null) {
                carbon += share[j] * c.dryMatter().value() * c.carbonFraction().value() * c.fossilFraction().value();
            }
            j++;
        }
        fossilCo2PerTonne = carbon * p.incinerationOxidationFactor().value() * GhgCalculator.CO2_PER_CARBON;
        gridFactor = gridEmissionFactor.value();
        auxiliaryPerYear = auxiliaryFuelEmissionFactor == null ? 0
                : auxiliaryFuelGjPerYear * auxiliaryFuelEmissionFactor.value();
        importedPerYear = importedMwhPerYear * gridFactor;
    }

    static GhgKernel of(GhgInputs in) {
        return new GhgKernel(in.firstOperatingYear(), in.tonnesTreatedByYear().length, in.composition(),
                type -> new Origin.Handover("GHG inputs: waste.composition." + type), in.gridEmissionFactor(), in.auxiliaryFuelGjPerYear(), in.auxiliaryFuelEmissionFactor(),
                in.importedMwhPerYear(), in.parameters(), null);
    }

    /**
     * A plant that needs no auxiliary fuel and imports no power, over {@code operatingYears} given years.
     *
     * @param compositionOrigin where each waste type's share was read, for the explanation
     */
    static GhgKernel withoutAuxiliaries(int firstOperatingYear, int operatingYears,
                                        SortedMap<String, Double> composition,
                                        Function<String, Origin.Given> compositionOrigin, Figure gridEmissionFactor,
                                        GhgParameters p) {
        return withSupportFuel(firstOperatingYear, operatingYears, composition, compositionOrigin, gridEmissionFactor,
                p, null);
    }

    /**
     * The same, for a plant that fires support fuel in some years: its fuel by year is given to {@link GhgFlows}.
     *
     * @param supportFuelEmissionFactor the fuel's CO2 emission factor (tCO2/GJ); {@code null} when no support
     *     firing is guaranteed
     */
    static GhgKernel withSupportFuel(int firstOperatingYear, int operatingYears,
                                     SortedMap<String, Double> composition,
                                     Function<String, Origin.Given> compositionOrigin, Figure gridEmissionFactor,
                                     GhgParameters p, Figure supportFuelEmissionFactor) {
        return new GhgKernel(firstOperatingYear, operatingYears, composition, compositionOrigin, gridEmissionFactor,
                0, null, 0, p, supportFuelEmissionFactor);
    }

    /** Tonnes of DOC of every type decaying in crediting year {@code y} (1-based) from the tonnes diverted so far. */
    double decayingDoc(double[] tonnes, int y) {
        double sum = 0;
        for (int j = 0; j < doc.length; j++) {
            double[] e = decay[j];
            double remaining = 0;
            for (int x = 1; x <= y; x++) {
                remaining += tonnes[x - 1] * share[j] * e[y - x];
            }
            sum += doc[j] * remaining * decayWithinYear[j];
        }
        return sum;
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

    int firstOperatingYear() {
        return firstOperatingYear;
    }

    int givenYears() {
        return givenYears;
    }

    /** Crediting years counted: the crediting period, or fewer when fewer operating years are given. */
    int years() {
        return years;
    }

    SortedMap<String, Double> composition() {
        return composition;
    }

    /** Where the share of waste type {@code type} was read. */
    Origin.Given compositionOrigin(String type) {
        return compositionOrigin.apply(type);
    }

    Figure gridEmissionFactor() {
        return gridEmissionFactor;
    }

    double auxiliaryFuelGjPerYear() {
        return auxiliaryFuelGjPerYear;
    }

    Figure auxiliaryFuelEmissionFactor() {
        return auxiliaryFuelEmissionFactor;
    }

    double importedMwhPerYear() {
        return importedMwhPerYear;
    }

    GhgParameters parameters() {
        return parameters;
    }

    double methaneFactor() {
        return methaneFactor;
    }

    double fossilCo2PerTonne() {
        return fossilCo2PerTonne;
    }

    double gridFactor() {
        return gridFactor;
    }

    double auxiliaryPerYear() {
        return auxiliaryPerYear;
    }

    double importedPerYear() {
        return importedPerYear;
    }

    /** The support fuel's emission factor, or {@code null} when the plant fires none. */
    Figure supportFuelEmissionFactor() {
        return supportFuelEmissionFactor;
    }

    /** tCO2 per GJ of support fuel; zero when the plant fires none. */
    double supportFuelFactor() {
        return supportFuelFactor;
    }
}
