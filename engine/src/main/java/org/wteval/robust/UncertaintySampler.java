package org.wteval.robust;

import org.wteval.model.UncertainVariable;

/**
 * Draws scenarios of an {@link Uncertainty}. Scenario {@code index} of the run with {@code seed} reads its own
 * {@link RandomStream}, in a fixed order: one standard normal for each scenario variable, then for each bid in turn
 * one for each per-bid variable, in the order of {@link UncertainVariable}. Every variable takes its normal whether
 * or not it is drawn, so declaring or changing one distribution leaves the draws of the others where they were.
 * Correlated normals are mixed by the Cholesky factor ({@link Uncertainty}), then each is mapped to its variable's
 * {@link Marginal}; a variable without a distribution stays at its central value. Allocation-free; mutable: one
 * per thread.
 */
final class UncertaintySampler {

    private static final UncertainVariable[] VARIABLES = UncertainVariable.values();

    private final Marginal[] marginals = new Marginal[VARIABLES.length];
    private final int[] correlated;
    private final double[][] lower;
    /** Independent standard normals ε, by ordinal: the scenario's, then the current bid's. */
    private final double[] independent = new double[VARIABLES.length];
    private final double[] mixed = new double[VARIABLES.length];
    private final RandomStream stream = new RandomStream();

    UncertaintySampler(Uncertainty u) {
        for (UncertainVariable v : VARIABLES) {
            marginals[v.ordinal()] = u.marginal(v);
        }
        correlated = u.correlated();
        lower = u.cholesky();
    }

    /**
     * Draws scenario {@code index} of the run with {@code seed} into {@code draws}: row {@code b} holds bid
     * {@code b}'s draw of every variable by ordinal, the scenario variables the same in every row.
     */
    void draw(long seed, long index, double[][] draws) {
        stream.start(seed, index);
        drawLevel(false);
        for (UncertainVariable v : VARIABLES) {
            if (!v.perBid()) {
                double x = value(v);
                for (double[] row : draws) {
                    row[v.ordinal()] = x;
                }
            }
        }
        for (double[] row : draws) {
            drawLevel(true);
            for (UncertainVariable v : VARIABLES) {
                if (v.perBid()) {
                    row[v.ordinal()] = value(v);
                }
            }
        }
    }

    /** Independent normals for the scenario's or a bid's variables, then their mixed values z = L ε. */
    private void drawLevel(boolean perBid) {
        for (UncertainVariable v : VARIABLES) {
            if (v.perBid() == perBid) {
                independent[v.ordinal()] = stream.normal();
                mixed[v.ordinal()] = independent[v.ordinal()];
            }
        }
        // Rows of L run scenario variables first, so a scenario row reads scenario normals only.
        for (int k = 0; k < correlated.length; k++) {
            if (VARIABLES[correlated[k]].perBid() == perBid) {
                double z = 0;
                for (int l = 0; l <= k; l++) {
                    z += lower[k][l] * independent[correlated[l]];
                }
                mixed[correlated[k]] = z;
            }
        }
    }

    private double value(UncertainVariable v) {
        Marginal m = marginals[v.ordinal()];
        return m == null ? v.central() : m.fromNormal(mixed[v.ordinal()]);
    }
}
