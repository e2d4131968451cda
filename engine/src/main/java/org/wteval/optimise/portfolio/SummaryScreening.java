package org.wteval.optimise.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wteval.model.PortfolioFile;
import org.wteval.optimise.portfolio.domain.ScreeningFailure;

/**
 * A summary project's own screening, the tests of the engine's JCM rules ({@code rules/jcm/screening.drl}) on the
 * figures the summary gives. MOEJ JCM Model Project: the subsidy at most the tier's share of the initial investment
 * (50% with no similar project in the country, stepping down with similar projects), cost-effectiveness
 * {@code subsidy in JPY ÷ (tCO2 per year × legal durable years)} at most the threshold (in principle 4,000 JPY per
 * tCO2), and a payback without the subsidy of at least the minimum (about 3 years), which shows the subsidy is
 * needed. A JFJCM request is held to the fund's largest grant when the file gives one.
 */
final class SummaryScreening {

    static final String SUBSIDY_CAP = "JCM-SUBSIDY-CAP";
    static final String COST_EFFECTIVENESS = "JCM-COST-EFFECTIVENESS";
    static final String PAYBACK = "JCM-PAYBACK";

    /** What each JCM screening failure means, as the engine's rules word it. */
    static final Map<String, String> MEANING = Map.of(
            SUBSIDY_CAP, "JCM subsidy share of the initial investment exceeds the tier cap",
            COST_EFFECTIVENESS, "JCM cost-effectiveness exceeds the threshold",
            PAYBACK, "payback without the subsidy is shorter than the minimum");

    private SummaryScreening() {
    }

    static List<ScreeningFailure> failures(PortfolioFile.Project p, PortfolioFile.Screening s) {
        List<ScreeningFailure> failures = new ArrayList<>();
        if (p.programme().equals("JFJCM")) {
            if (s.jfjcmMaxGrant() != null && p.grantRequested() > s.jfjcmMaxGrant()) {
                failures.add(new ScreeningFailure("JFJCM-MAX-GRANT", "the grant exceeds the fund's largest grant",
                        p.grantRequested(), s.jfjcmMaxGrant(), "currency units"));
            }
            return failures;
        }
        PortfolioFile.JcmTerms jcm = p.jcm();
        double share = (double) p.grantRequested() / jcm.initialInvestment();
        double cap = capShare(jcm.similarWteProjects(), s.subsidyCap());
        if (share > cap) {
            failures.add(new ScreeningFailure(SUBSIDY_CAP, MEANING.get(SUBSIDY_CAP), share, cap,
                    "fraction"));
        }
        double costEffectiveness = p.grantRequested() * s.yenPerCurrencyUnit()
                / (p.tco2PerYear() * jcm.legalDurableYears());
        if (costEffectiveness > s.costEffectivenessMaxJpyPerTco2()) {
            failures.add(new ScreeningFailure(COST_EFFECTIVENESS, MEANING.get(COST_EFFECTIVENESS),
                    costEffectiveness, s.costEffectivenessMaxJpyPerTco2(), "JPY/tCO2"));
        }
        if (jcm.paybackYears() != null && jcm.paybackYears() < s.minPaybackYears()) {
            failures.add(new ScreeningFailure(PAYBACK, MEANING.get(PAYBACK), jcm.paybackYears(), s.minPaybackYears(),
                    "years"));
        }
        return failures;
    }

    /** The cap's tier by similar JCM WtE projects already in the country: none, one to three, four or more. */
    static double capShare(int similarProjects, PortfolioFile.SubsidyCap cap) {
        return similarProjects == 0 ? cap.noSimilarProjects()
                : similarProjects <= 3 ? cap.oneToThreeSimilarProjects() : cap.fourOrMoreSimilarProjects();
    }
}
