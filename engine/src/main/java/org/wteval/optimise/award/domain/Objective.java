package org.wteval.optimise.award.domain;

/** What the award optimises, as the toolkit's evaluation method does for one lot. */
public enum Objective {
    /** The lowest total authority lifecycle cost over the awarded lots, in whole units of the tender's currency. */
    LOWEST_COST,
    /** The highest total score over the awarded lots, in thousandths of a point. */
    HIGHEST_SCORE;

    /** Thousandths of a point per point: scores count in whole thousandths in the solver's long soft score. */
    public static final long SCORE_UNITS_PER_POINT = 1_000;
}
