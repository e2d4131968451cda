package org.wteval.pipeline;

import java.util.List;
import org.wteval.calc.BidMetrics;
import org.wteval.calc.RevenuePlan;
import org.wteval.scoring.CriterionScore;
import org.wteval.rules.Finding;
import org.wteval.scoring.RankedBid;

/**
 * One bid's result.
 *
 * @param plan the revenue plan the planning rules decided for it
 * @param ranking its place, or {@code null} when disqualified
 */
public record BidEvaluation(BidMetrics metrics, RevenuePlan plan, boolean qualified, RankedBid ranking, List<Finding> findings,
                            List<CriterionScore> scores) {

    public String bidId() {
        return metrics.bidId();
    }
}
