package org.wteval.optimise.award.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A package bid is awarded some lots of its group but not all: a package wins every lot of its group or none. */
public record PackageSplit(String bidId, String lotGroup, int lotsAwarded, int lotsInGroup)
        implements ConstraintJustification {

    @Override
    public String toString() {
        return "package bid " + bidId + " would win " + lotsAwarded + " of the " + lotsInGroup + " lots of group "
                + lotGroup + "; a package wins all of them or none";
    }
}
