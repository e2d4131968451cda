package org.wteval.scoring;

import java.util.Map;
import org.wteval.model.Criterion;

/**
 * A qualified bid as every evaluation method sees it.
 *
 * @param scores criterion scores 0..100 from {@link CriterionScorer}
 * @param price the evaluated price: the authority's real lifecycle cost per tonne delivered
 */
public record Candidate(String bidId, Map<Criterion, Double> scores, double price) {

    /** The scores by {@link Criterion#ordinal()}, each checked present. */
    public double[] scoreVector() {
        double[] s = new double[Criterion.values().length];
        for (Criterion c : Criterion.values()) {
            s[c.ordinal()] = score(c);
        }
        return s;
    }

    public double score(Criterion c) {
        Double s = scores.get(c);
        if (s == null) {
            throw new IllegalStateException("no " + c.key() + " score for bid " + bidId);
        }
        return s;
    }
}
