package org.wteval.optimise.award.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A lot left without an award. */
public record LotUnawarded(String lot) implements ConstraintJustification {

    @Override
    public String toString() {
        return lot + " is left unawarded";
    }
}
