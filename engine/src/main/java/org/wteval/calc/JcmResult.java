package org.wteval.calc;

import org.wteval.model.Figure;

/**
 * A bid's JCM Model Project screening figures, in JPY: the subsidy against its cap, its cost-effectiveness, and
 * the payback that shows the subsidy is needed.
 */
public record JcmResult(Figure subsidyJpy, Figure initialInvestmentJpy, Figure subsidyShare, Figure subsidyCapShare,
                        Figure costEffectivenessJpyPerTco2, Figure paybackYears) {
}
