package org.wteval.calc;

import org.wteval.model.Figure;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.ResolvedTender;

/**
 * JCM Model Project screening figures (DOMAIN §6). The subsidy cap is a share of the initial investment that steps
 * down with the number of similar JCM projects already in the country (toolkit {@code jcm.subsidyCap.*}, chosen by
 * {@code jcm.similarWteProjects}); cost-effectiveness is the subsidy over the reductions it buys,
 * {@code subsidy ÷ (annual reductions × legal durable years)}, in JPY per tCO2; the payback is the project's own,
 * without the subsidy.
 */
public final class JcmScreening {

    private JcmScreening() {
    }

    /** @param annualReductions the bid's annual emission reductions (tCO2e/yr) */
    public static JcmResult compute(ResolvedTender t, ResolvedBid b, Figure annualReductions, Figure paybackYears) {
        Figure yen = t.yenRate();
        Figure subsidy = Figure.derived("jcmSubsidyJpy", b.jcmSubsidyRequested().value() / yen.value(), "JPY",
                "jcmSubsidyRequested / exchange rate of JPY", b.jcmSubsidyRequested(), yen);
        Figure investment = Figure.derived("initialInvestmentJpy", b.capex().value() / yen.value(), "JPY",
                "capex / exchange rate of JPY", b.capex(), yen);
        Figure share = Figure.derived("jcmSubsidyShare", subsidy.value() / investment.value(),
                "fraction of initial investment", "jcmSubsidyJpy / initialInvestmentJpy", subsidy, investment);
        Figure similar = t.param("jcm.similarWteProjects");
        String tier = similar.value() < 1 ? "noSimilarProjects"
                : similar.value() <= 3 ? "oneToThreeSimilarProjects" : "fourOrMoreSimilarProjects";
        Figure tierCap = t.param("jcm.subsidyCap." + tier);
        Figure cap = Figure.derived("jcmSubsidyCapShare", tierCap.value(), "fraction of initial investment",
                "jcm.subsidyCap tier for " + (int) similar.value() + " similar project(s) in the country: " + tier,
                similar, tierCap);
        Figure years = b.input("legalDurableYears", b.bid().jcm().legalDurableYears(), "years",
                "jcm.legalDurableYears");
        Figure ce = Figure.derived("jcmCostEffectiveness",
                subsidy.value() / (annualReductions.value() * years.value()), "JPY/tCO2",
                "jcmSubsidyJpy / (annualEmissionReductions × legalDurableYears)", subsidy, annualReductions, years);
        return new JcmResult(subsidy, investment, share, cap, ce, paybackYears);
    }
}
