package org.wteval.optimise.portfolio.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** The funded grants add up to more than the year's budget, in whole currency units. */
public record BudgetExceeded(long funded, long budget) implements ConstraintJustification {

    public long excess() {
        return funded - budget;
    }
}
