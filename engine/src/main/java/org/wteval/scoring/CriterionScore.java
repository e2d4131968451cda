package org.wteval.scoring;

import java.util.List;
import org.wteval.model.Criterion;

/**
 * A bid's score on one criterion, 0 to 100, with the normalisation that produced it.
 *
 * @param rawValue the metric scored, in {@code rawUnit}
 * @param method the normalisation, e.g. {@code linear} or {@code relative-to-best}
 * @param formula the normalisation written out with its anchors, as the report prints it
 * @param params toolkit parameters used (anchors, method)
 */
public record CriterionScore(String bidId, Criterion criterion, double score, double rawValue, String rawUnit,
                             String method, String formula, String ruleId, String clause, List<String> params) {

    public CriterionScore {
        params = List.copyOf(params);
    }
}
