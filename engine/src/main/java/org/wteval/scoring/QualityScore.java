package org.wteval.scoring;

import org.wteval.model.Criterion;

/** The quality score used by methods that treat price separately: the weighted mean of the non-price criteria. */
public final class QualityScore {

    private QualityScore() {
    }

    /** {@code Σ_q w_q s_q / Σ_q w_q} over efficiency and stability, 0..100; both arrays by criterion ordinal. */
    public static double of(double[] weights, double[] scores) {
        double we = weights[Criterion.EFFICIENCY.ordinal()];
        double ws = weights[Criterion.STABILITY.ordinal()];
        return (we * scores[Criterion.EFFICIENCY.ordinal()] + ws * scores[Criterion.STABILITY.ordinal()]) / (we + ws);
    }
}
