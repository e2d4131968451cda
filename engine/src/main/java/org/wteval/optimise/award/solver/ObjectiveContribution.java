package org.wteval.optimise.award.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * What one awarded lot adds to the objective: its authority lifecycle cost in whole currency units, or its bid's
 * total score in thousandths of a point.
 */
public record ObjectiveContribution(String lot, String bidId, long softValue) implements ConstraintJustification {
}
