package org.wteval.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wteval.model.Figure;
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
 * @param scoreFigures its criterion scores and total as explained figures, by name; empty when disqualified
 */
public record BidEvaluation(BidMetrics metrics, RevenuePlan plan, boolean qualified, RankedBid ranking, List<Finding> findings,
                            List<CriterionScore> scores, Map<String, Figure> scoreFigures) {

    public BidEvaluation {
        scoreFigures = Collections.unmodifiableMap(new LinkedHashMap<>(scoreFigures));
    }

    public String bidId() {
        return metrics.bidId();
    }
}
