package org.wteval.pipeline;

import java.util.List;
import java.util.Map;
import org.wteval.calc.TenderMetrics;
import org.wteval.model.Criterion;
import org.wteval.model.Figure;
import org.wteval.model.Param;
import org.wteval.resolve.ResolvedTender;
import org.wteval.rules.Finding;
import org.wteval.scoring.EvaluationMethod;
import org.wteval.scoring.RankedBid;

/**
 * The complete, immutable result of evaluating a case.
 *
 * @param bids every bid, in ranking order, then the disqualified ones by id
 * @param usedParams toolkit parameters that a calculator, rule or the method used, by key
 * @param rankReversals each removal of one qualified bid that reorders the others; empty when none does
 */
public record Evaluation(ResolvedTender tender, TenderMetrics tenderMetrics, List<Finding> tenderFindings,
                         EvaluationMethod method, Map<Criterion, Figure> weights, String tieBreak, List<BidEvaluation> bids,
                         List<RankedBid> ranking, Map<String, Param> usedParams, Audit audit,
                         List<RankReversal> rankReversals) {

    public Evaluation {
        rankReversals = List.copyOf(rankReversals);
    }
}
