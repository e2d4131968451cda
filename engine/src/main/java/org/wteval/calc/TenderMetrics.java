package org.wteval.calc;

import org.wteval.model.Figure;
import org.wteval.model.Tender;
import org.wteval.resolve.ResolvedTender;

/**
 * The tender-level figures the feasibility gates look at.
 *
 * @param lowLhv the low end of the year's LHV: the quantile at the toolkit's lower window percentile
 * @param highLhv the high end: the quantile at the upper window percentile
 */
public record TenderMetrics(Figure averageLhv, Figure lowLhv, Figure highLhv, Figure annualTonnes) {

    public static TenderMetrics compute(ResolvedTender t) {
        Tender.Waste w = t.tender().waste();
        Figure dist = lhvDistribution(t);
        Figure lowP = t.param("gates.bid.lhvWindowLowerPercentile");
        Figure highP = t.param("gates.bid.lhvWindowUpperPercentile");
        return new TenderMetrics(
                Figure.derived(FigureNames.AVERAGE_LHV, t.lhv().mean(), "MJ/kg", "Σ_i w_i × L_i over the year's LHV points",
                        dist),
                Figure.derived(FigureNames.LOW_LHV, t.lhv().quantile(lowP.value() / 100), "MJ/kg",
                        "quantile of the LHV distribution at gates.bid.lhvWindowLowerPercentile", dist, lowP),
                Figure.derived(FigureNames.HIGH_LHV, t.lhv().quantile(highP.value() / 100), "MJ/kg",
                        "quantile of the LHV distribution at gates.bid.lhvWindowUpperPercentile", dist, highP),
                Figure.derived(FigureNames.ANNUAL_TONNES, w.tonnesPerDay() * 365, "t/yr", "tonnesPerDay × 365",
                        t.input(FigureNames.TONNES_PER_DAY, w.tonnesPerDay(), "t/d", "waste.tonnesPerDay")));
    }

    /** The tender's LHV distribution as an input, its mean as value and its summary as the note. */
    static Figure lhvDistribution(ResolvedTender t) {
        return t.input(FigureNames.LHV_DISTRIBUTION, t.lhv().mean(), "MJ/kg (mean)", "waste.lhvMjPerKg",
                t.lhv().description());
    }
}
