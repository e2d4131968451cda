package org.wteval.optimise.award.solver;

import java.util.Locale;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** The lots a bidder wins need more plant than the bidder can build, in tonnes per day. */
public record CapacityExceeded(String bidder, double awardedTonnesPerDay, double capacityTonnesPerDay)
        implements ConstraintJustification {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s would build %.0f t/d where its build capacity is %.0f t/d", bidder,
                awardedTonnesPerDay, capacityTonnesPerDay);
    }
}
