package org.wteval.optimise.portfolio.domain;

/**
 * How far the search for a portfolio went, so that the answer can say whether it is the proven optimum.
 *
 * @param nodes the branch-and-bound nodes visited
 * @param nodeLimit the nodes the search was allowed; {@link Long#MAX_VALUE} when it was allowed to run to the end
 * @param proven {@code true} when every branch was explored or cut by a bound that relaxes no rule the constraints
 *               state, so no portfolio is worth more; {@code false} when the node limit stopped it first
 */
public record SearchOutcome(long nodes, long nodeLimit, boolean proven) {

    public SearchOutcome {
        if (nodes < 1 || nodeLimit < 1) {
            throw new IllegalArgumentException("a search visits at least its root, within a positive limit");
        }
    }
}
