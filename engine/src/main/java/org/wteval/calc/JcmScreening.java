package org.wteval.calc;

import org.wteval.model.Figure;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.ResolvedTender;

/**
 * JCM Model Project screening figures (DOMAIN §6). The subsidy cap is a share of the initial investment that steps
 * down with the number of similar JCM projects already in the country (toolkit {@code jcm.subsidyCap.*}, chosen by
 * {@code jcm.similarWteProjects}); cost-effectiveness is the subsidy over the reductions it buys,
 * {@code subsidy ÷ (annual reductions × legal durable years)}, in JPY per tCO2, with the reductions on the JCM basis
 * ({@link JcmGhgAccount}); the payback is the project's own, without the subsidy.
 */
public final class JcmScreening {

    private JcmScreening() {
    }

    /** What screening takes from the bid and tender alone: the subsidy against its cap, and the durable years. */
    record Terms(Figure subsidyJpy, Figure initialInvestmentJpy, Figure subsidyShare, Figure subsidyCapShare,
                 Figure legalDurableYears) {
    }

    /** @param annualReductions the bid's annual emission reductions on the JCM basis (tCO2e/yr) */
    public static JcmResult compute(ResolvedTender t, ResolvedBid b, Figure annualReductions, Figure paybackYears,
                                    RevenuePlan plan) {
        Terms s = terms(t, b, plan);
        Figure ce = Figure.derived(FigureNames.JCM_COST_EFFECTIVENESS, costEffectiveness(s.subsidyJpy().value(),
                        annualReductions.value(), s.legalDurableYears().value()), "JPY/tCO2",
                "jcmSubsidyJpy / (" + annualReductions.name() + " × legalDurableYears)", s.subsidyJpy(),
                annualReductions, s.legalDurableYears());
        return new JcmResult(s.subsidyJpy(), s.initialInvestmentJpy(), s.subsidyShare(), s.subsidyCapShare(), ce,
                paybackYears);
    }

    /** JPY of subsidy per tCO2 it buys over the plant's legal durable years. */
    static double costEffectiveness(double subsidyJpy, double annualReductions, double legalDurableYears) {
        return subsidyJpy / (annualReductions * legalDurableYears);
    }

    /** The terms of the bid's request, with the subsidy-cap tier the planning rules chose for it. */
    static Terms terms(ResolvedTender t, ResolvedBid b, RevenuePlan plan) {
        Figure yen = t.yenRate();
        Figure subsidy = Figure.derived(FigureNames.JCM_SUBSIDY_JPY, b.jcmSubsidyRequested().value() / yen.value(),
                "JPY", "jcmSubsidyRequested / exchange rate of JPY", b.jcmSubsidyRequested(), yen);
        Figure investment = Figure.derived(FigureNames.INITIAL_INVESTMENT_JPY, b.capex().value() / yen.value(),
                "JPY", "capex / exchange rate of JPY", b.capex(), yen);
        Figure share = Figure.derived(FigureNames.JCM_SUBSIDY_SHARE, subsidy.value() / investment.value(),
                "fraction of initial investment", "jcmSubsidyJpy / initialInvestmentJpy", subsidy, investment);
        Figure similar = t.param("jcm.similarWteProjects");
        String tier = plan.jcmSubsidyCapTier();
        if (tier == null) {
            throw new IllegalStateException("no planning rule chose the JCM subsidy-cap tier for bid " + b.id());
        }
        Figure tierCap = t.param("jcm.subsidyCap." + tier);
        Figure cap = Figure.derived(FigureNames.JCM_SUBSIDY_CAP_SHARE, tierCap.value(), "fraction of initial investment",
                "rule " + plan.jcmSubsidyCapRule() + ": jcm.subsidyCap tier for " + (int) similar.value()
                        + " similar project(s) in the country: " + tier, similar, tierCap);
        Figure years = b.input(FigureNames.LEGAL_DURABLE_YEARS, b.bid().jcm().legalDurableYears(), "years",
                "jcm.legalDurableYears");
        return new Terms(subsidy, investment, share, cap, years);
    }
}
