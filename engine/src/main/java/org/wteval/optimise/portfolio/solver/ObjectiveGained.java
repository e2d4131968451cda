package org.wteval.optimise.portfolio.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** What one funded project adds to the objective, in its whole units (tCO2, or hundredths of a score point). */
public record ObjectiveGained(String project, long value) implements ConstraintJustification {
}
