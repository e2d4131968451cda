package org.wteval.optimise.portfolio;

import java.util.List;
import java.util.Locale;
import org.wteval.calc.FigureNames;
import org.wteval.model.Figure;
import org.wteval.optimise.portfolio.domain.ScreeningFailure;
import org.wteval.pipeline.BidEvaluation;
import org.wteval.pipeline.Evaluation;

/**
 * A case folder's chosen bid as a portfolio project, taken from the engine's evaluation of the case: the grant is
 * the bid's JCM subsidy request (in the case's evaluation currency), the tCO2 a year its reductions on the JCM basis
 * ({@code jcmAnnualEmissionReductions}), and the screening every JCM rule the bid fails ({@code rules/jcm/
 * screening.drl}: subsidy cap by tier, cost-effectiveness, payback).
 */
public record CaseBid(String name, String country, String technology, String currency, long grant,
                      double tco2PerYear, List<ScreeningFailure> failures) {

    public CaseBid {
        failures = List.copyOf(failures);
    }

    /** The bid's figures, or {@code null} with {@code why} set when the case has no such bid or it asks no subsidy. */
    public static CaseBid of(Evaluation e, String bidId, StringBuilder why) {
        BidEvaluation b = e.bids().stream().filter(x -> x.bidId().equals(bidId)).findFirst().orElse(null);
        if (b == null) {
            why.append("the case has no bid '").append(bidId).append("'");
            return null;
        }
        Figure subsidy = b.metrics().bid().jcmSubsidyRequested();
        Figure reductions = b.metrics().figures().get(FigureNames.JCM_ANNUAL_EMISSION_REDUCTIONS);
        if (subsidy == null || reductions == null) {
            why.append("bid '").append(bidId).append("' requests no JCM subsidy");
            return null;
        }
        List<ScreeningFailure> failures = b.findings().stream().filter(f -> SummaryScreening.MEANING.containsKey(f.ruleId()))
                .map(f -> new ScreeningFailure(f.ruleId(), SummaryScreening.MEANING.get(f.ruleId()), f.measured(),
                        f.threshold(), f.unit()))
                .toList();
        return new CaseBid(e.tender().tender().title() + ", bid " + bidId,
                e.tender().tender().country().toUpperCase(Locale.ROOT),
                b.metrics().bid().bid().plant().technology(), e.tender().tender().currency(),
                Math.round(subsidy.value()), reductions.value(), failures);
    }
}
