package org.wteval.calc;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.wteval.model.Figure;

/**
 * What the GHG account needs from a bid, its tender and its toolkit, as plain values so that any caller can supply
 * them. Arrays run by operating year: index 0 is {@code firstOperatingYear}.
 *
 * <p>A class rather than a record: a record would hand its arrays out for anyone to change.
 */
public final class GhgInputs {

    private final int firstOperatingYear;
    private final double[] tonnesTreatedByYear;
    private final SortedMap<String, Double> composition;
    private final double[] netMwhExportedByYear;
    private final Figure gridEmissionFactor;
    private final double auxiliaryFuelGjPerYear;
    private final Figure auxiliaryFuelEmissionFactor;
    private final double importedMwhPerYear;
    private final GhgParameters parameters;

    /**
     * Checks that both schedules cover the same operating years and keeps copies of them.
     *
     * @param tonnesTreatedByYear tonnes the plant burns each operating year (each tonne is kept out of the landfill)
     * @param composition wet-basis mass fractions by waste type, the tender's {@code waste.composition}
     * @param netMwhExportedByYear net electricity exported each operating year, displacing grid electricity
     * @param gridEmissionFactor the country toolkit's {@code ghg.gridEmissionFactor} (tCO2/MWh); it also prices
     *     imported power
     * @param auxiliaryFuelGjPerYear fossil fuel burnt each year (start-up, support firing), 0 if none
     * @param auxiliaryFuelEmissionFactor its emission factor (tCO2/GJ), e.g. the toolkit's
     *     {@code ghg.auxiliaryFuelEmissionFactor} for diesel; {@code null} only when no fuel is burnt
     * @param importedMwhPerYear grid electricity imported each year, 0 if none
     */
    public GhgInputs(int firstOperatingYear, double[] tonnesTreatedByYear, SortedMap<String, Double> composition,
                     double[] netMwhExportedByYear, Figure gridEmissionFactor, double auxiliaryFuelGjPerYear,
                     Figure auxiliaryFuelEmissionFactor, double importedMwhPerYear, GhgParameters parameters) {
        if (tonnesTreatedByYear.length == 0 || tonnesTreatedByYear.length != netMwhExportedByYear.length) {
            throw new IllegalArgumentException("tonnes treated and net MWh exported must cover the same operating "
                    + "years: " + tonnesTreatedByYear.length + " and " + netMwhExportedByYear.length);
        }
        if (auxiliaryFuelGjPerYear != 0 && auxiliaryFuelEmissionFactor == null) {
            throw new IllegalArgumentException("auxiliary fuel is burnt but has no emission factor");
        }
        this.firstOperatingYear = firstOperatingYear;
        this.tonnesTreatedByYear = tonnesTreatedByYear.clone();
        this.composition = Collections.unmodifiableSortedMap(new TreeMap<>(composition));
        this.netMwhExportedByYear = netMwhExportedByYear.clone();
        this.gridEmissionFactor = gridEmissionFactor;
        this.auxiliaryFuelGjPerYear = auxiliaryFuelGjPerYear;
        this.auxiliaryFuelEmissionFactor = auxiliaryFuelEmissionFactor;
        this.importedMwhPerYear = importedMwhPerYear;
        this.parameters = parameters;
    }

    /** No auxiliary fuel and no imported power: the plant starts and runs on its own steam and electricity. */
    public static GhgInputs withoutAuxiliaries(int firstOperatingYear, double[] tonnesTreatedByYear,
                                               SortedMap<String, Double> composition, double[] netMwhExportedByYear,
                                               Figure gridEmissionFactor, GhgParameters parameters) {
        return new GhgInputs(firstOperatingYear, tonnesTreatedByYear, composition, netMwhExportedByYear,
                gridEmissionFactor, 0, null, 0, parameters);
    }

    public int firstOperatingYear() {
        return firstOperatingYear;
    }

    /** A copy: the inputs stay as given. */
    public double[] tonnesTreatedByYear() {
        return tonnesTreatedByYear.clone();
    }

    public SortedMap<String, Double> composition() {
        return composition;
    }

    /** A copy: the inputs stay as given. */
    public double[] netMwhExportedByYear() {
        return netMwhExportedByYear.clone();
    }

    public Figure gridEmissionFactor() {
        return gridEmissionFactor;
    }

    public double auxiliaryFuelGjPerYear() {
        return auxiliaryFuelGjPerYear;
    }

    public Figure auxiliaryFuelEmissionFactor() {
        return auxiliaryFuelEmissionFactor;
    }

    public double importedMwhPerYear() {
        return importedMwhPerYear;
    }

    public GhgParameters parameters() {
        return parameters;
    }
}
