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
import org.wteval.scoring.TechnicalScores;

/**
 * The complete, immutable result of evaluating a case.
 *
 * @param bids every bid, in ranking order, then the disqualified ones by id
 * @param usedParams toolkit parameters that a calculator, rule or the method used, by key
 * @param technical the committee's technical scores, or {@code null} when the toolkit has no committee scoring
 * @param abnormallyLow the abnormally-low-bid procedure: the committee's decisions, whether the ranking is final,
 *     and the rankings each open decision would give
 * @param rankReversals each removal of one ranked bid that reorders the others; empty when none does
 */
public record Evaluation(ResolvedTender tender, TenderMetrics tenderMetrics, List<Finding> tenderFindings,
                         EvaluationMethod method, Map<Criterion, Figure> weights, String tieBreak, List<BidEvaluation> bids,
                         List<RankedBid> ranking, Map<String, Param> usedParams, Audit audit,
                         TechnicalScores technical, AlpProcedure abnormallyLow, List<RankReversal> rankReversals) {

    public Evaluation {
        rankReversals = List.copyOf(rankReversals);
    }

    /** The share of each total the technical score carries; 0 without committee scoring or as a gate only. */
    public double technicalShare() {
        return technical == null ? 0 : technical.spec().technicalShare();
    }

    /** Whether the ranking waits on the committee's decision on a flagged bid. */
    public boolean provisional() {
        return abnormallyLow.status() == AlpProcedure.Status.PROVISIONAL;
    }
}
