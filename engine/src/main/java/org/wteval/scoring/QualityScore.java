package org.wteval.scoring;

import java.util.Map;
import org.wteval.model.Criterion;
import org.wteval.model.Figure;

/** The quality score used by methods that treat price separately: the weighted mean of the non-price criteria. */
final class QualityScore {

    private QualityScore() {
    }

    /** {@code Σ_q w_q s_q / Σ_q w_q} over efficiency and stability, 0..100. */
    static double of(Candidate bid, Map<Criterion, Figure> weights) {
        double we = weights.get(Criterion.EFFICIENCY).value();
        double ws = weights.get(Criterion.STABILITY).value();
        return (we * bid.score(Criterion.EFFICIENCY) + ws * bid.score(Criterion.STABILITY)) / (we + ws);
    }
}
