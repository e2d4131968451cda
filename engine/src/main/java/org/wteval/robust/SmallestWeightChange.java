package org.wteval.robust;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The smallest change of the weights of a weighted-sum ranking that puts each bid first, after the sensitivity
 * analysis of W. T. M. Wolters and B. Mareschal (1995), "Novel types of sensitivity analysis for additive MCDM
 * methods", European Journal of Operational Research 81(2):281-290: a linear programme per bid i,
 *
 * <pre>
 *   minimise   Σ_c |w_c − w0_c|
 *   subject to Σ_c w_c = 1,  min_c ≤ w_c ≤ max_c (the toolkit's weight bounds),
 *              U_i(w) ≥ U_j(w) for every other bid j,
 * </pre>
 * with U_i(w) = (1 − σ)·Σ_c w_c·a_ic + σ·K_i (σ and K_i a committee's share and technical score, 0 without one).
 * The scores a_ic do not depend on the weights, so every constraint is linear in w. The absolute values are
 * linearised with one auxiliary d_c ≥ 0 per criterion, d_c ≥ w_c − w0_c and d_c ≥ w0_c − w_c, minimising Σ_c d_c.
 * Since the weights still sum to 1, the distance is twice the weight moved from some criteria to others. A bid that
 * cannot total at least every other bid at any weights within the bounds has no solution; the winner's distance is
 * 0. "First" allows a tie, which the tie-break then decides.
 *
 * <p>The programme is solved by the simplex method of Apache Commons Math 3.6.1, already one of the engine's
 * dependencies: an exact, tested solver for a problem whose optimum lies on a vertex (a grid search could only
 * approach it), with Bland's rule so that degenerate vertices, such as the winner's own weights, cannot make it
 * cycle.
 */
public final class SmallestWeightChange {

    private static final int MAX_ITERATIONS = 10_000;

    private SmallestWeightChange() {
    }

    /**
     * The change for one bid.
     *
     * @param feasible whether some weights within the bounds put the bid first
     * @param weights those weights, closest to the current ones; empty when not feasible
     * @param distance Σ_c |w_c − w0_c|, NaN when not feasible
     */
    public record Change(boolean feasible, double[] weights, double distance) {

        public Change {
            weights = weights.clone();
        }

        @Override
        public double[] weights() {
            return weights.clone();
        }
    }

    /** The change for every bid of a plain weighted sum; see {@link #of(double[][], double[], double[], double[], double, double[])}. */
    public static Change[] of(double[][] scores, double[] weights, double[] min, double[] max) {
        return of(scores, weights, min, max, 0, new double[scores.length]);
    }

    /**
     * The change for every bid.
     *
     * @param scores {@code scores[i][c]}: bid i's score on criterion c
     * @param weights the current weights w0, summing to 1
     * @param min each weight's lower bound
     * @param max each weight's upper bound
     * @param share σ, the committee's share, in [0, 1)
     * @param technical K_i, the committee's technical scores; ignored when σ is 0
     * @return by bid index
     */
    public static Change[] of(double[][] scores, double[] weights, double[] min, double[] max, double share,
                              double[] technical) {
        int n = weights.length;
        if (min.length != n || max.length != n) {
            throw new IllegalArgumentException(n + " weights with " + min.length + " lower and " + max.length
                    + " upper bounds");
        }
        if (!(share >= 0 && share < 1)) {
            throw new IllegalArgumentException("the committee's share must lie in [0, 1): " + share);
        }
        List<LinearConstraint> common = new ArrayList<>();
        common.add(new LinearConstraint(row(n, c -> c < n ? 1 : 0), Relationship.EQ, 1));
        for (int k = 0; k < n; k++) {
            int kk = k;
            common.add(new LinearConstraint(row(n, c -> c == kk ? 1 : 0), Relationship.GEQ, min[k]));
            common.add(new LinearConstraint(row(n, c -> c == kk ? 1 : 0), Relationship.LEQ, max[k]));
            // d_k ≥ w_k − w0_k and d_k ≥ w0_k − w_k
            common.add(new LinearConstraint(row(n, c -> c == n + kk ? 1 : c == kk ? -1 : 0), Relationship.GEQ,
                    -weights[k]));
            common.add(new LinearConstraint(row(n, c -> c == n + kk ? 1 : c == kk ? 1 : 0), Relationship.GEQ,
                    weights[k]));
        }
        LinearObjectiveFunction distance = new LinearObjectiveFunction(row(n, c -> c < n ? 0 : 1), 0);
        Change[] out = new Change[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = change(scores, weights, min, max, i, common, distance, share, technical);
        }
        return out;
    }

    private static Change change(double[][] scores, double[] w0, double[] min, double[] max, int i,
                                 List<LinearConstraint> common, LinearObjectiveFunction distance, double share,
                                 double[] technical) {
        int n = w0.length;
        if (firstAt(scores, w0, min, max, i, share, technical)) {
            // Already first at admissible weights: no change, exactly, rather than a solver's rounding of it.
            return new Change(true, w0, 0);
        }
        List<LinearConstraint> constraints = new ArrayList<>(common);
        for (int j = 0; j < scores.length; j++) {
            if (j == i) {
                continue;
            }
            int jj = j;
            // (1 − σ)·Σ_c w_c·(a_ic − a_jc) ≥ σ·(K_j − K_i)
            double[] gain = row(n, c -> c < n ? (1 - share) * (scores[i][c] - scores[jj][c]) : 0);
            double needed = share == 0 ? 0 : share * (technical[j] - technical[i]);
            constraints.add(new LinearConstraint(gain, Relationship.GEQ, needed));
        }
        try {
            PointValuePair p = new SimplexSolver().optimize(new MaxIter(MAX_ITERATIONS), distance,
                    new LinearConstraintSet(constraints), GoalType.MINIMIZE, new NonNegativeConstraint(true),
                    PivotSelectionRule.BLAND);
            double[] w = new double[n];
            System.arraycopy(p.getPoint(), 0, w, 0, n);
            return new Change(true, w, p.getValue());
        } catch (NoFeasibleSolutionException e) {
            return new Change(false, new double[0], Double.NaN);
        }
    }

    /** Whether w0 lies within the bounds and gives bid i a total at least every other bid's. */
    private static boolean firstAt(double[][] scores, double[] w0, double[] min, double[] max, int i, double share,
                                   double[] technical) {
        for (int c = 0; c < w0.length; c++) {
            if (w0[c] < min[c] || w0[c] > max[c]) {
                return false;
            }
        }
        double own = total(scores[i], w0, share, technical[i]);
        for (int j = 0; j < scores.length; j++) {
            if (j != i && total(scores[j], w0, share, technical[j]) > own) {
                return false;
            }
        }
        return true;
    }

    /** (1 − σ)·Σ_c w_c·a_c + σ·K, in the order of the weighted sum and the committee's share. */
    private static double total(double[] a, double[] w, double share, double technical) {
        double t = 0;
        for (int c = 0; c < a.length; c++) {
            t += w[c] * a[c];
        }
        return share == 0 ? t : (1 - share) * t + share * technical;
    }

    /** A row over the 2n variables (w_0..w_n−1, d_0..d_n−1). */
    private static double[] row(int n, IntToDoubleFunction value) {
        double[] r = new double[2 * n];
        for (int c = 0; c < r.length; c++) {
            r[c] = value.applyAsDouble(c);
        }
        return r;
    }
}
