package org.wteval.optimise.portfolio.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * A share the programme sets a minimum for falls short: {@code shortfall} more qualifying grant (whole currency
 * units) would meet it.
 */
public record ShareBelowMinimum(String share, long fundedGrants, double achieved, double minimum, long shortfall)
        implements ConstraintJustification {
}
