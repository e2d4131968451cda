package org.wteval.calc;

import java.util.ArrayList;
import java.util.List;
import org.wteval.model.Figure;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.ResolvedTender;

/**
 * Explains the project view with grants from flows already computed. Convention: the grants (the JCM subsidy as
 * requested, in the evaluation currency, plus the JFJCM grant as computed) are received in each construction year
 * in proportion to the construction schedule, reducing that year's capex outlay; nothing else changes. Whether the
 * two may finance the same plant is a rule's question (JCM-JFJCM-STACKING), not the arithmetic's.
 */
public final class GrantsCalculator {

    private GrantsCalculator() {
    }

    public static GrantsResult explain(ResolvedTender t, ResolvedBid b, BidFlows f, Figure jfjcmGrant,
                                       LifecycleResult l) {
        Figure inflation = t.param("finance.inflation");
        DiscountRates rates = new DiscountRates(t.param("finance.discountRateReal").value(), inflation.value());
        int first = t.tender().baseYear() + 1;
        String unit = t.currency();
        List<Figure> schedules = new ArrayList<>();
        Figure total = b.jcmSubsidyRequested() == null
                ? Figure.derived(FigureNames.GRANTS_TOTAL, jfjcmGrant.value(), unit,
                        "jfjcmGrant (the bid requests no JCM subsidy)", jfjcmGrant)
                : Figure.derived(FigureNames.GRANTS_TOTAL, b.jcmSubsidyRequested().value() + jfjcmGrant.value(),
                        unit, "jcmSubsidyRequested + jfjcmGrant", b.jcmSubsidyRequested(), jfjcmGrant);
        Figure schedule = b.input(FigureNames.CONSTRUCTION_SCHEDULE, b.finance().constructionSchedule().size(),
                "years", "finance.constructionSchedule");
        Figure grantsS = LifecycleCalculator.money(schedules, rates, first, unit, FigureNames.GRANTS, f.grants(),
                "grantsTotal × constructionSchedule[y] in construction years, 0 after: the grants reduce the capex "
                        + "outlay in proportion to the construction schedule", total, schedule);
        Figure netS = l.schedules().stream().filter(s -> s.name().equals(FigureNames.nominal(FigureNames.NET_CASH_FLOW)))
                .findFirst().orElseThrow();
        Figure netG = LifecycleCalculator.money(schedules, rates, first, unit, FigureNames.NET_CASH_FLOW_WITH_GRANTS,
                f.netCashFlowWithGrants(), "netCashFlow + grants", netS, grantsS);
        Figure rNom = l.discountRateNominal();
        Figure pvGrants = LifecycleCalculator.pv(FigureNames.PV_GRANTS, unit, f.pvGrants(),
                "Σ_y grants_y / (1 + discountRateNominal)^y", grantsS, rNom);
        Figure npv = LifecycleCalculator.pv(FigureNames.NPV_PROJECT_WITH_GRANTS, unit, f.npvProjectWithGrants(),
                "npvProject + pvGrants (grants received in step with the construction schedule)", l.npvProject(),
                pvGrants);
        double irr = f.irrNominalWithGrants();
        Figure irrNominal = Figure.derived(FigureNames.IRR_NOMINAL_WITH_GRANTS, irr, "fraction/yr (nominal)",
                "rate at which Σ_y netCashFlowWithGrantsNominal_y / (1 + rate)^y = 0", netG);
        Figure irrReal = Figure.derived(FigureNames.IRR_REAL_WITH_GRANTS, rates.realFromNominal(irr),
                "fraction/yr (real)", "(1 + irrNominalWithGrants) / (1 + inflation) − 1", irrNominal, inflation);
        Figure payback = Figure.derived(FigureNames.PAYBACK_YEARS_WITH_GRANTS, f.paybackYearsWithGrants(),
                "years from the start of operation", "years until the cumulative netCashFlowWithGrantsNominal, capex "
                        + "net of grants included, turns non-negative, interpolated within the year", netG);
        return new GrantsResult(total, pvGrants, npv, irrNominal, irrReal, payback, List.copyOf(schedules));
    }
}
