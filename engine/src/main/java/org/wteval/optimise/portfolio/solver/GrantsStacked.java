package org.wteval.optimise.portfolio.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Two funded requests from different Japanese programmes finance the same plant. */
public record GrantsStacked(String plant, String jcmProject, String jfjcmProject) implements ConstraintJustification {
}
