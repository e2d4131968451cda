package org.wteval.model;

import java.util.List;
import java.util.Objects;

/**
 * A number together with the reasoning behind it, so that a committee asking "why 412 kWh/t?" gets an answer.
 *
 * <p>A figure is either a leaf (an input read from the case or handed over, or a toolkit parameter with its source
 * and status) or derived by {@link #formula} from {@link #inputs}. Schedules (one value per year) keep the yearly
 * values in {@link #byYear}; their {@link #value} is stated by the formula (usually a sum or present value).
 *
 * @param name stable identifier, e.g. {@code netKwhPerTonneLocal}
 * @param origin where the value comes from
 * @param firstYear calendar year of {@code byYear[0]}; 0 when there is no schedule
 */
public record Figure(String name, double value, String unit, String formula, Origin origin, List<Figure> inputs,
                     int firstYear, List<Double> byYear) {

    private static final Origin FORMULA = new Origin.Formula();

    public Figure {
        Objects.requireNonNull(origin, "origin of " + name);
        inputs = List.copyOf(inputs);
        byYear = YearlyValues.copyOf(byYear);
    }

    /** {@code input}, {@code derived}, or the toolkit status ({@code verified}/{@code assumed}). */
    public String status() {
        return origin.status();
    }

    /** The citation behind a toolkit value; {@code null} for any other figure. */
    public String source() {
        return origin instanceof Origin.ToolkitParameter p ? p.source() : null;
    }

    /** A value read from the case or handed over by the caller. */
    public static Figure input(String name, double value, String unit, Origin.Given origin) {
        return new Figure(name, value, unit, null, origin, List.of(), 0, List.of());
    }

    /** A yearly schedule handed over by the caller; {@code value} is its total. */
    public static Figure input(String name, double value, String unit, Origin.Given origin, int firstYear,
                               double[] byYear) {
        return new Figure(name, value, unit, null, origin, List.of(), firstYear, yearly(byYear));
    }

    /** A toolkit parameter, carrying its citation and verification status. */
    public static Figure param(Param p) {
        return new Figure(p.key(), p.number(), p.unit(), null, Origin.ToolkitParameter.of(p), List.of(), 0,
                List.of());
    }

    /** A value computed from other figures. */
    public static Figure derived(String name, double value, String unit, String formula, Figure... inputs) {
        return new Figure(name, value, unit, formula, FORMULA, List.of(inputs), 0, List.of());
    }

    /** A value rule {@code ruleId} decided from other figures; the formula names the rule, as reports show it. */
    public static Figure decided(String name, double value, String unit, String ruleId, String formula,
                                 Figure... inputs) {
        return new Figure(name, value, unit, "rule " + ruleId + ": " + formula, new Origin.RuleDecision(ruleId),
                List.of(inputs), 0, List.of());
    }

    /** A yearly schedule computed from other figures; {@code value} is its total or present value. */
    public static Figure schedule(String name, double value, String unit, String formula, int firstYear,
                                  double[] byYear, Figure... inputs) {
        return new Figure(name, value, unit, formula, FORMULA, List.of(inputs), firstYear, yearly(byYear));
    }

    private static List<Double> yearly(double[] values) {
        return YearlyValues.of(values);
    }
}
