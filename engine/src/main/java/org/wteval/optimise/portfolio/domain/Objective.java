package org.wteval.optimise.portfolio.domain;

/** What the funder maximises. */
public enum Objective {
    /** Emission reductions over each project's crediting period, in whole tCO2. */
    TCO2,
    /** The sum of the reviewers' scores, in hundredths of a point so that it stays a whole number. */
    SCORE;

    /** One project's contribution, in this objective's whole units. */
    public long valueOf(Candidate c) {
        return switch (this) {
            case TCO2 -> Math.round(c.tco2PerYear() * c.creditingYears());
            case SCORE -> Math.round(c.score() * 100);
        };
    }
}
