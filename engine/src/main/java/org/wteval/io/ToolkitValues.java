package org.wteval.io;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.wteval.model.InputProblem;
import org.wteval.model.Param;
import org.wteval.model.Toolkit;

/**
 * Checks every toolkit value against what its unit allows, after layering, and names the file and field of the
 * layer that set it: a figure where text is expected or text where a figure is, a share outside 0..1, a rate of
 * −100% a year or less, a negative quantity. A calculator would otherwise fail on the value, or compute with it, far
 * from where it was written.
 */
final class ToolkitValues {

    /** Units whose values are words (a method, a rule, a list of ids), not figures. */
    private static final Set<String> TEXT_UNITS = Set.of("descriptor", "list", "method", "rule", "text", "title",
            "zone");

    /** The unit of a yes/no switch. */
    private static final String FLAG = "flag";

    /** A yearly rate (discounting, inflation, escalation) below this is not a rate any tender could mean. */
    private static final double LOWEST_RATE = -0.5;

    private ToolkitValues() {
    }

    /**
     * Records a problem for every value its unit does not allow, and for every key the engine reads that the toolkit
     * lacks.
     *
     * @param required the keys every toolkit must hold (those of the bundled base layer), with the value set there
     */
    static void check(SortedMap<String, Param> params, Map<String, Param> required, List<InputProblem> problems) {
        for (Param p : params.values()) {
            String problem = problem(p);
            if (problem != null) {
                problems.add(new InputProblem(Toolkit.layerFile(p.layer()), field(p), problem));
            }
        }
        for (Param r : required.values()) {
            if (!params.containsKey(r.key())) {
                problems.add(new InputProblem(Toolkit.layerFile("base"), "parameters." + r.key(), "missing: the "
                        + "engine reads it (the bundled base.yaml sets it to " + r.value() + " " + r.unit() + ")"));
            }
        }
    }

    /** Where the value was written: the file's common parameters or the dated version that set it. */
    private static String field(Param p) {
        return (p.version() == null ? "" : "versions[effective " + p.version() + "].") + "parameters." + p.key()
                + ".value";
    }

    /** Why the value does not fit its unit, or {@code null}. */
    private static String problem(Param p) {
        String unit = p.unit();
        if (TEXT_UNITS.contains(unit)) {
            return p.value() instanceof String ? null : "must be text (unit " + unit + "), not " + p.value();
        }
        if (FLAG.equals(unit)) {
            return p.value() instanceof Boolean ? null : "must be true or false, not " + p.value();
        }
        if (!(p.value() instanceof Double d)) {
            return "must be a number in " + unit + ", not '" + p.value() + "'";
        }
        if (!Double.isFinite(d)) {
            return "must be a finite number, not " + d;
        }
        if (unit.endsWith("/yr") && unit.startsWith("fraction")) {
            return d > LOWEST_RATE && d < 1 ? null : "a yearly rate must lie between " + LOWEST_RATE + " and 1 (a "
                    + "fraction, 0.06 for 6%), not " + d;
        }
        if (unit.startsWith("fraction")) {
            return d >= 0 && d <= 1 ? null : "a share must lie between 0 and 1 (0.35 for 35%), not " + d;
        }
        return d >= 0 ? null : "must not be negative (unit " + unit + "), not " + d;
    }
}
