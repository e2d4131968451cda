package org.wteval.model;

import java.util.List;

/**
 * A number together with the reasoning behind it, so that a committee asking "why 412 kWh/t?" gets an answer.
 *
 * <p>A figure is either a leaf (an input read from a file, or a toolkit parameter with its source and status) or
 * derived by {@link #formula} from {@link #inputs}. Schedules (one value per year) keep the yearly values in
 * {@link #byYear}; their {@link #value} is stated by the formula (usually a sum or present value).
 *
 * @param name stable identifier, e.g. {@code netKwhPerTonneLocal}
 * @param origin for leaves, where the value was read ({@code bids/b1.yaml: plant.lines}, {@code toolkit vn:
 *     finance.discountRateReal}); {@code null} for derived figures
 * @param source citation behind a toolkit value; {@code null} otherwise
 * @param status {@code input}, {@code derived}, or the toolkit status ({@code verified}/{@code assumed})
 * @param firstYear calendar year of {@code byYear[0]}; 0 when there is no schedule
 */
public record Figure(String name, double value, String unit, String formula, String origin, String source,
                     String status, List<Figure> inputs, int firstYear, List<Double> byYear) {

    public static final String INPUT = "input";
    public static final String DERIVED = "derived";

    public Figure {
        inputs = List.copyOf(inputs);
        byYear = List.copyOf(byYear);
    }

    /** A value read from a case file. */
    public static Figure input(String name, double value, String unit, String origin) {
        return new Figure(name, value, unit, null, origin, null, INPUT, List.of(), 0, List.of());
    }

    /** A toolkit parameter, carrying its citation and verification status. */
    public static Figure param(Param p) {
        return new Figure(p.key(), p.number(), p.unit(), null, "toolkit " + p.layer() + ": " + p.key(), p.source(),
                p.status(), List.of(), 0, List.of());
    }

    /** A value computed from other figures. */
    public static Figure derived(String name, double value, String unit, String formula, Figure... inputs) {
        return new Figure(name, value, unit, formula, null, null, DERIVED, List.of(inputs), 0, List.of());
    }

    /** A yearly schedule computed from other figures; {@code value} is its total or present value. */
    public static Figure schedule(String name, double value, String unit, String formula, int firstYear,
                                  double[] byYear, Figure... inputs) {
        Double[] boxed = new Double[byYear.length];
        for (int i = 0; i < byYear.length; i++) {
            boxed[i] = byYear[i];
        }
        return new Figure(name, value, unit, formula, null, null, DERIVED, List.of(inputs), firstYear,
                List.of(boxed));
    }
}
