package org.wteval.scoring;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.wteval.model.Criterion;

/**
 * How far each criterion actually separates the ranked bids, in points of the weighted sum:
 * {@code weight_c × (highest score_c − lowest score_c)}. A criterion whose anchors no bid comes near spreads the
 * bids over few points whatever its weight, which a committee setting weights needs to see.
 */
public final class ScoreSpread {

    private ScoreSpread() {
    }

    /**
     * The spread of each criterion among {@code scores}; empty unless the method is the weighted sum (the only
     * method whose total is weight × score points) and at least two bids are scored.
     */
    public static Map<Criterion, Double> weightedPoints(EvaluationMethod method, Collection<CriterionScore> scores) {
        Map<Criterion, Double> out = new EnumMap<>(Criterion.class);
        if (!(method instanceof WeightedSum) || scores.stream().map(CriterionScore::bidId).distinct().count() < 2) {
            return out;
        }
        double[] w = method.weightVector();
        for (Criterion c : Criterion.values()) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (CriterionScore s : scores) {
                if (s.criterion() == c) {
                    lo = Math.min(lo, s.score());
                    hi = Math.max(hi, s.score());
                }
            }
            out.put(c, w[c.ordinal()] * (hi - lo));
        }
        return out;
    }
}
