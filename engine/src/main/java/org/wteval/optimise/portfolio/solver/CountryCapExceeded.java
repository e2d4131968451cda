package org.wteval.optimise.portfolio.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** One country's funded grants add up to more than its cap, in whole currency units. */
public record CountryCapExceeded(String country, long funded, long cap) implements ConstraintJustification {
}
