package org.wteval.robust;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.wteval.model.Correlation;
import org.wteval.model.Distribution;
import org.wteval.model.InputProblem;
import org.wteval.model.SourceLocation;
import org.wteval.model.UncertainVariable;

/**
 * The checks on an {@code uncertainty} block, each problem recorded with its file and field: a family that is
 * missing or unknown, a parameter the family needs that is missing or one it does not take, a negative standard
 * deviation, min above max, a mode outside [min, max], a factor that could reach zero, and a correlation that names
 * an unknown variable or one without a distribution, or whose matrix is not square, not symmetric, has a diagonal
 * other than 1, a coefficient beyond ±1, or is not positive definite.
 */
final class UncertaintyChecks {

    /** Eigenvalues down to this are rounding of a positive semi-definite matrix, not a negative direction. */
    private static final double EIGENVALUE_TOLERANCE = 1e-12;

    private UncertaintyChecks() {
    }

    /** The lower Cholesky factor of a checked correlation, over the variables' ordinals in ascending order. */
    record Factor(int[] variables, double[][] lower) {
    }

    /**
     * The marginal of {@code d}, or {@code null} after recording its problems.
     *
     * @param at the location of one of the distribution's fields by name
     */
    static Marginal marginal(UncertainVariable v, Distribution d, Function<String, SourceLocation> at,
                             List<InputProblem> problems) {
        int before = problems.size();
        if (d.source() == null || d.source().isBlank()) {
            problems.add(InputProblem.at(at.apply("source"), "missing: cite the publication or judgement the "
                    + "distribution comes from"));
        }
        Marginal.Family family = Marginal.Family.byKey(d.family());
        if (d.family() == null) {
            problems.add(InputProblem.at(at.apply("family"), "missing: one of " + families()));
            return null;
        }
        if (family == null) {
            problems.add(InputProblem.at(at.apply("family"), "unknown family '" + d.family() + "': one of "
                    + families()));
            return null;
        }
        Map<String, Double> given = parameters(d);
        for (Map.Entry<String, Double> e : given.entrySet()) {
            String name = e.getKey();
            if (e.getValue() == null) {
                if (family.required().contains(name)) {
                    problems.add(InputProblem.at(at.apply(name), "missing: a " + family.key() + " distribution "
                            + "needs " + String.join(", ", family.required())));
                }
            } else if (!family.required().contains(name) && !family.optional().contains(name)) {
                problems.add(InputProblem.at(at.apply(name), "is not a parameter of a " + family.key()
                        + " distribution, which takes " + takes(family)));
            } else if (!Double.isFinite(e.getValue())) {
                problems.add(InputProblem.at(at.apply(name), "must be a finite number, not " + e.getValue()));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        double min = given.get("min") == null ? Double.NEGATIVE_INFINITY : given.get("min");
        double max = given.get("max") == null ? Double.POSITIVE_INFINITY : given.get("max");
        if (min > max) {
            problems.add(InputProblem.at(at.apply("min"), "must not exceed max (" + num(min) + " > " + num(max)
                    + ")"));
        }
        switch (family) {
            case NORMAL -> notNegative(given.get("sd"), at.apply("sd"), problems);
            case LOGNORMAL -> {
                if (given.get("median") <= 0) {
                    problems.add(InputProblem.at(at.apply("median"), "must be positive: a lognormal's median is "
                            + "exp of its log-mean, not " + num(given.get("median"))));
                }
                notNegative(given.get("logSd"), at.apply("logSd"), problems);
            }
            case TRIANGULAR -> {
                double mode = given.get("mode");
                if (min <= max && (mode < min || mode > max)) {
                    problems.add(InputProblem.at(at.apply("mode"), "must lie between min and max [" + num(min)
                            + ", " + num(max) + "], not " + num(mode)));
                }
            }
            default -> {
            }
        }
        if (!v.shift()) {
            stayPositive(v, family, given, at, problems);
        }
        if (problems.size() > before) {
            return null;
        }
        return switch (family) {
            case FIXED -> Marginal.fixed(given.get("value"));
            case NORMAL -> Marginal.normal(given.get("mean"), given.get("sd"), min, max);
            case LOGNORMAL -> Marginal.lognormal(given.get("median"), given.get("logSd"));
            case UNIFORM -> Marginal.uniform(min, max);
            case TRIANGULAR -> Marginal.triangular(min, given.get("mode"), max);
        };
    }

    /** A factor multiplies a price or cost: at zero or below it would make it vanish or turn into income. */
    private static void stayPositive(UncertainVariable v, Marginal.Family family, Map<String, Double> given,
                                     Function<String, SourceLocation> at, List<InputProblem> problems) {
        String why = v.key() + " multiplies what the evaluation used, so it must stay positive";
        switch (family) {
            case FIXED -> {
                if (given.get("value") <= 0) {
                    problems.add(InputProblem.at(at.apply("value"), why + ", not " + num(given.get("value"))));
                }
            }
            case NORMAL, UNIFORM, TRIANGULAR -> {
                Double min = given.get("min");
                if (min == null) {
                    problems.add(InputProblem.at(at.apply("min"), "missing: " + why + "; a normal distribution of "
                            + "it needs min > 0 to clip its draws at"));
                } else if (min <= 0) {
                    problems.add(InputProblem.at(at.apply("min"), why + ": min must be above 0, not " + num(min)));
                }
            }
            case LOGNORMAL -> {
            }
        }
    }

    private static void notNegative(double value, SourceLocation at, List<InputProblem> problems) {
        if (value < 0) {
            problems.add(InputProblem.at(at, "must not be negative, not " + num(value)));
        }
    }

    /**
     * The Cholesky factor of {@code c}, or {@code null} after recording its problems.
     *
     * @param hasDistribution by ordinal, whether the variable has a distribution to correlate
     * @param at the location of a field of the correlation by its path below it ({@code ".matrix[0][1]"})
     */
    static Factor correlation(Correlation c, boolean[] hasDistribution, Function<String, SourceLocation> at,
                              List<InputProblem> problems) {
        int before = problems.size();
        List<String> names = c.variables() == null ? List.of() : c.variables();
        if (c.variables() == null) {
            problems.add(InputProblem.at(at.apply(".variables"), "missing: the variables the matrix correlates"));
        }
        int n = names.size();
        int[] ordinal = new int[n];
        boolean[] seen = new boolean[hasDistribution.length];
        for (int i = 0; i < n; i++) {
            SourceLocation where = at.apply(".variables[" + i + "]");
            UncertainVariable v = UncertainVariable.byKey(names.get(i));
            if (v == null) {
                problems.add(InputProblem.at(where, "unknown variable '" + names.get(i) + "': one of "
                        + variables()));
                continue;
            }
            ordinal[i] = v.ordinal();
            if (seen[v.ordinal()]) {
                problems.add(InputProblem.at(where, v.key() + " appears twice"));
            } else if (!hasDistribution[v.ordinal()]) {
                problems.add(InputProblem.at(where, v.key() + " has no distribution to correlate: declare one in "
                        + "uncertainty." + v.key()));
            }
            seen[v.ordinal()] = true;
        }
        List<List<Double>> m = c.matrix();
        if (m == null || m.size() != n) {
            problems.add(InputProblem.at(at.apply(".matrix"), m == null ? "missing: the correlation matrix"
                    : "must have one row per variable: " + n + " rows, not " + m.size()));
            return null;
        }
        for (int i = 0; i < n; i++) {
            if (m.get(i) == null || m.get(i).size() != n) {
                problems.add(InputProblem.at(at.apply(".matrix[" + i + "]"), "must have one entry per variable: "
                        + n + ", not " + (m.get(i) == null ? 0 : m.get(i).size())));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Double r = m.get(i).get(j);
                SourceLocation where = at.apply(".matrix[" + i + "][" + j + "]");
                if (r == null || !Double.isFinite(r)) {
                    problems.add(InputProblem.at(where, "must be a finite number, not " + r));
                } else if (i == j && r != 1) {
                    problems.add(InputProblem.at(where, "must be 1, a variable's correlation with itself, not "
                            + num(r)));
                } else if (Math.abs(r) > 1) {
                    problems.add(InputProblem.at(where, "must lie between -1 and 1, not " + num(r)));
                } else if (j < i && m.get(j).get(i) != null && !r.equals(m.get(j).get(i))) {
                    problems.add(InputProblem.at(where, "must equal matrix[" + j + "][" + i + "] ("
                            + num(m.get(j).get(i)) + "): a correlation matrix is symmetric, not " + num(r)));
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return factor(ordinal, m, at.apply(".matrix"), problems);
    }

    /** R in the order of the variables, checked positive semi-definite, then factored R = L Lᵀ. */
    private static Factor factor(int[] ordinal, List<List<Double>> m, SourceLocation at,
                                 List<InputProblem> problems) {
        int n = ordinal.length;
        Integer[] byVariable = new Integer[n];
        for (int i = 0; i < n; i++) {
            byVariable[i] = i;
        }
        Arrays.sort(byVariable, (x, y) -> Integer.compare(ordinal[x], ordinal[y]));
        double[][] r = new double[n][n];
        int[] variables = new int[n];
        for (int i = 0; i < n; i++) {
            variables[i] = ordinal[byVariable[i]];
            for (int j = 0; j < n; j++) {
                r[i][j] = m.get(byVariable[i]).get(byVariable[j]);
            }
        }
        RealMatrix matrix = new Array2DRowRealMatrix(r);
        double smallest = Double.POSITIVE_INFINITY;
        for (double lambda : new EigenDecomposition(matrix).getRealEigenvalues()) {
            smallest = Math.min(smallest, lambda);
        }
        if (smallest < -EIGENVALUE_TOLERANCE) {
            problems.add(InputProblem.at(at, "is not positive semi-definite (smallest eigenvalue " + num(smallest)
                    + "): no joint distribution has these correlations; weaken the ones that contradict each "
                    + "other"));
            return null;
        }
        try {
            return new Factor(variables, new CholeskyDecomposition(matrix).getL().getData());
        } catch (NonPositiveDefiniteMatrixException e) {
            problems.add(InputProblem.at(at, "is singular (smallest eigenvalue " + num(smallest) + "): a "
                    + "variable would be an exact combination of others; keep every correlation strictly between "
                    + "-1 and 1"));
            return null;
        }
    }

    /** The distribution's parameters by name, null where not given, in the order the block documents them. */
    private static Map<String, Double> parameters(Distribution d) {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("value", d.value());
        p.put("mean", d.mean());
        p.put("sd", d.sd());
        p.put("median", d.median());
        p.put("logSd", d.logSd());
        p.put("min", d.min());
        p.put("mode", d.mode());
        p.put("max", d.max());
        return p;
    }

    private static String takes(Marginal.Family f) {
        List<String> all = new ArrayList<>(f.required());
        for (String o : f.optional()) {
            all.add(o + " (optional)");
        }
        return String.join(", ", all);
    }

    private static String families() {
        List<String> keys = new ArrayList<>();
        for (Marginal.Family f : Marginal.Family.values()) {
            keys.add(f.key());
        }
        return String.join(", ", keys);
    }

    private static String variables() {
        List<String> keys = new ArrayList<>();
        for (UncertainVariable v : UncertainVariable.values()) {
            keys.add(v.key());
        }
        return String.join(", ", keys);
    }

    private static String num(double v) {
        return Double.toString(v);
    }
}
