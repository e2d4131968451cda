package org.wteval.optimise.award.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A bidder wins more lots than {@code lotDetails.maximumLotsAwardedPerSupplier} allows. */
public record SupplierCapExceeded(String bidder, int lotsWon, int maximumLots) implements ConstraintJustification {

    @Override
    public String toString() {
        return bidder + " would win " + lotsWon + " lots where the tender allows one supplier " + maximumLots;
    }
}
