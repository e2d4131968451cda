package org.wteval.optimise.award.solver;

import java.util.List;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A lot awarded to a bid that may not win it: not qualified, rejected by the committee, or below the minimum score. */
public record IneligibleAward(String lot, String bidId, List<String> reasons) implements ConstraintJustification {

    public IneligibleAward {
        reasons = List.copyOf(reasons);
    }

    @Override
    public String toString() {
        return bidId + " may not win " + lot + ": " + String.join("; ", reasons);
    }
}
