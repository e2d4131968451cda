package org.wteval.calc;

import org.wteval.model.Figure;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.ResolvedTender;
import org.wteval.resolve.Resolver;

/**
 * JCM Model Project screening figures (DOMAIN §6). The subsidy cap is a share of the initial investment that steps
 * down with the number of similar JCM projects already in the country (toolkit {@code jcm.subsidyCap.*}; a planning
 * rule chooses the tier from {@code jcm.similarWteProjects} and the revenue plan carries it); cost-effectiveness is
 * the subsidy over the reductions it buys, {@code subsidy ÷ (annual reductions × legal durable years)}, in JPY per
 * tCO2; the payback is the project's own, without the subsidy.
 */
public final class JcmScreening {

    private JcmScreening() {
    }

    /** @param annualReductions the bid's annual emission reductions (tCO2e/yr) */
    public static JcmResult compute(ResolvedTender t, ResolvedBid b, Figure annualReductions, Figure paybackYears,
                                    RevenuePlan plan) {
        Figure yen = Resolver.yenRate(t.tender());
        Figure subsidy = Figure.derived("jcmSubsidyJpy", b.jcmSubsidyRequested().value() / yen.value(), "JPY",
                "jcmSubsidyRequested / exchange rate of JPY", b.jcmSubsidyRequested(), yen);
        Figure investment = Figure.derived("initialInvestmentJpy", b.capex().value() / yen.value(), "JPY",
                "capex / exchange rate of JPY", b.capex(), yen);
        Figure share = Figure.derived("jcmSubsidyShare", subsidy.value() / investment.value(),
                "fraction of initial investment", "jcmSubsidyJpy / initialInvestmentJpy", subsidy, investment);
        Figure similar = t.param("jcm.similarWteProjects");
        String tier = plan.jcmSubsidyCapTier();
        if (tier == null) {
            throw new IllegalStateException("no planning rule chose the JCM subsidy-cap tier for bid " + b.id());
        }
        Figure tierCap = t.param("jcm.subsidyCap." + tier);
        Figure cap = Figure.derived("jcmSubsidyCapShare", tierCap.value(), "fraction of initial investment",
                "rule " + plan.jcmSubsidyCapRule() + ": jcm.subsidyCap tier for " + (int) similar.value()
                        + " similar project(s) in the country: " + tier, similar, tierCap);
        Figure years = b.input("legalDurableYears", b.bid().jcm().legalDurableYears(), "years",
                "jcm.legalDurableYears");
        Figure ce = Figure.derived("jcmCostEffectiveness",
                subsidy.value() / (annualReductions.value() * years.value()), "JPY/tCO2",
                "jcmSubsidyJpy / (annualEmissionReductions × legalDurableYears)", subsidy, annualReductions, years);
        return new JcmResult(subsidy, investment, share, cap, ce, paybackYears);
    }
}
