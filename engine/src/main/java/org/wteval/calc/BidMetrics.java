package org.wteval.calc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wteval.model.Figure;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.ResolvedTender;

/** Everything the calculators say about one bid. */
public record BidMetrics(ResolvedBid bid, EnergyResult energy, StabilityResult stability,
                         LifecycleResult lifecycle, JfjcmGrant.Result jfjcm, GrantsResult grants, GhgResult ghg,
                         GhgResult jcmGhg, JcmResult jcm) {

    /** The toolkit parameter GHG accounting cannot do without; country toolkits set it. */
    public static final String GRID_FACTOR = "ghg.gridEmissionFactor";

    /** Runs every calculator for one bid under the revenue plan the planning rules decided for it. */
    public static BidMetrics compute(ResolvedTender t, ResolvedBid b, RevenuePlan plan) {
        BidKernel k = BidKernel.of(t, b, plan);
        BidFlows f = BidFlows.of(k);
        f.compute(k);
        return explain(t, b, plan, k, f);
    }

    /** The figures behind flows just computed on {@code k}, the kernel of this bid under this plan. */
    public static BidMetrics explain(ResolvedTender t, ResolvedBid b, RevenuePlan plan, BidKernel k, BidFlows f) {
        StabilityResult s = StabilityCalculator.explain(t, b, k, f);
        EnergyResult e = EnergyCalculator.explain(t, b, k, f, s);
        LifecycleResult l = LifecycleCalculator.explain(t, b, plan, f, e.netCapacityMw(), s);
        GhgResult ghg = k.hasGhg() ? GhgCalculator.explain(k.ghg(), f.ghg()) : null;
        GhgResult jcmGhg = k.hasJcm() ? GhgCalculator.explain(k.jcmGhg(), f.jcmGhg(), GhgBasis.JCM) : null;
        JcmResult jcm = k.hasJcm()
                ? JcmScreening.compute(t, b, jcmGhg.annualEmissionReductions(), l.paybackYears(), plan) : null;
        JfjcmGrant.Result jfjcm = JfjcmGrant.compute(t, b);
        return new BidMetrics(b, e, s, l, jfjcm, GrantsCalculator.explain(t, b, f, jfjcm.grant(), l), ghg, jcmGhg,
                jcm);
    }

    public String bidId() {
        return bid.id();
    }

    /** Every top-level figure by name, in a fixed order (energy, stability, lifecycle, then schedules). */
    public Map<String, Figure> figures() {
        Map<String, Figure> out = new LinkedHashMap<>();
        add(out, List.of(energy.netEfficiencyDesign(), energy.netKwhPerTonneDesign(), energy.netCapacityMw(),
                energy.netMwhPerYear(),
                energy.netKwhPerTonneLocal(), energy.netKwhPerTonneDelivered(), energy.netEfficiencyLocal(), energy.r1(),
                energy.climateCorrectionFactor(), energy.r1Corrected()));
        add(out, List.of(stability.deliveredTonnes(), stability.shareOfYearOutsideWindow(),
                stability.capacityTonnesPerYearAtDesign(), stability.expectedTonnesTreated(),
                stability.tonnesToLandfill(), stability.treatedShare(), stability.supportFuelGjPerYear()));
        add(out, List.of(lifecycle.discountRateNominal(), lifecycle.pvCosts(), lifecycle.pvElectricityRevenue(),
                lifecycle.pvTippingFees(), lifecycle.pvShortfallPayments(), lifecycle.pvResidualValue(),
                lifecycle.npvProject(), lifecycle.irrNominal(), lifecycle.irrReal(), lifecycle.paybackYears(),
                lifecycle.revenueCostCoverage(),
                lifecycle.levelisedCostPerTonneReal(),
                lifecycle.levelisedCostPerTonneNominal(), lifecycle.levelisedCostPerMwhReal(),
                lifecycle.levelisedCostPerMwhNominal(), lifecycle.breakEvenGateFeeReal(),
                lifecycle.pvGateFeesAtGuaranteedTonnage(), lifecycle.levelisedGateFeeReal(),
                lifecycle.pvLandfillCost(), lifecycle.authorityPv(), lifecycle.authorityCostPerTonneReal()));
        FinancingResult f = lifecycle.financing();
        if (f != null) {
            add(out, List.of(f.interestDuringConstruction(), f.debtAtCommercialOperation(), f.debtServicePerYear(),
                    f.cashFlowAvailableForDebtService(), f.dscrMinimum(), f.dscrAverage(), f.dscrMinimumYear()));
        }
        add(out, List.of(jfjcm.additionalCost(), jfjcm.grant()));
        add(out, List.of(grants.grantsTotal(), grants.pvGrants(), grants.npvProjectWithGrants(),
                grants.irrNominalWithGrants(), grants.irrRealWithGrants(), grants.paybackYearsWithGrants()));
        if (ghg != null) {
            add(out, List.of(ghg.annualEmissionReductions(), ghg.creditingYears(), ghg.methaneFactor(),
                    ghg.fossilCo2PerTonne()));
            add(out, ghg.schedules());
        }
        if (jcmGhg != null) {
            add(out, List.of(jcmGhg.annualEmissionReductions(), jcmGhg.creditingYears(), jcmGhg.methaneFactor(),
                    jcmGhg.fossilCo2PerTonne()));
            add(out, jcmGhg.schedules());
        }
        if (jcm != null) {
            add(out, List.of(jcm.subsidyJpy(), jcm.initialInvestmentJpy(), jcm.subsidyShare(), jcm.subsidyCapShare(),
                    jcm.costEffectivenessJpyPerTco2()));
        }
        add(out, lifecycle.schedules());
        add(out, grants.schedules());
        return out;
    }

    private static void add(Map<String, Figure> out, List<Figure> figures) {
        for (Figure f : figures) {
            if (out.putIfAbsent(f.name(), f) != null) {
                throw new IllegalStateException("two figures are named " + f.name());
            }
        }
    }
}
