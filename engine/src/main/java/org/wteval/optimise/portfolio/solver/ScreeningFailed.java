package org.wteval.optimise.portfolio.solver;

import java.util.List;
import org.optaplanner.core.api.score.stream.ConstraintJustification;
import org.wteval.optimise.portfolio.domain.ScreeningFailure;

/** A funded project fails its own screening (JCM subsidy cap, cost-effectiveness, payback, or the fund's limit). */
public record ScreeningFailed(String project, List<ScreeningFailure> failures) implements ConstraintJustification {
}
