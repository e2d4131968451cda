package org.wteval.calc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.Figure;
import org.wteval.pipeline.BidEvaluation;
import org.wteval.pipeline.Engine;
import org.wteval.pipeline.Evaluation;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.ResolvedTender;

/**
 * The fast path against the explained one on every sample case, bid by bid: each flow and scalar of a
 * {@link BidFlows} must equal, to the last bit, the figure the report prints for it. One workspace serves all the
 * bids of a case, as it would in a re-run of the fast path, so a value left over from the previous bid would fail.
 */
class BidFlowsTest {

    private static final Engine ENGINE = BundledRules.engine();

    /** A sample case resolved, with the revenue plans its planning rules decided in a full evaluation. */
    private record Planned(ResolvedTender tender, List<ResolvedBid> bids, Map<String, RevenuePlan> plans) {

        static Planned load(Path dir) throws Exception {
            Evaluation e = ENGINE.evaluate(CaseFolderReader.read(dir));
            List<ResolvedBid> bids = new ArrayList<>();
            Map<String, RevenuePlan> plans = new java.util.HashMap<>();
            for (BidEvaluation b : e.bids()) {
                bids.add(b.metrics().bid());
                plans.put(b.bidId(), b.plan());
            }
            return new Planned(e.tender(), bids, plans);
        }

        BidKernel kernel(ResolvedBid b) {
            return BidKernel.of(tender, b, plans.get(b.id()));
        }
    }

    private static List<Path> sampleCases() throws IOException {
        return CaseFolders.singleSiteSamples();
    }

    @TestFactory
    Stream<DynamicTest> fastPathEqualsTheExplainedFiguresOnEverySampleCase() throws IOException {
        List<Path> cases = sampleCases();
        assertFalse(cases.isEmpty(), "no sample case");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            Planned p = Planned.load(c);
            BidFlows f = BidFlows.of(p.kernel(p.bids().get(0)));
            for (ResolvedBid b : p.bids()) {
                BidKernel k = p.kernel(b);
                f.compute(k);
                assertMatches(BidMetrics.compute(p.tender(), b, p.plans().get(b.id())), k, f);
            }
        }));
    }

    private static void assertMatches(BidMetrics m, BidKernel k, BidFlows f) {
        String id = m.bidId();
        EnergyResult e = m.energy();
        assertEquals(e.netEfficiencyDesign().value(), k.netEfficiencyDesign(), id);
        assertEquals(e.netCapacityMw().value(), k.netCapacityMw(), id);
        assertEquals(e.netMwhPerYear().value(), f.netMwhFirstYear(), id);
        assertEquals(e.netKwhPerTonneLocal().value(), f.netKwhPerTonneLocal(), id);
        assertEquals(e.netKwhPerTonneDelivered().value(), f.netKwhPerTonneDelivered(), id);
        assertEquals(e.netEfficiencyLocal().value(), f.netEfficiencyLocal(), id);
        assertEquals(e.r1().value(), f.r1(), id);
        assertEquals(e.r1Corrected().value(), f.r1Corrected(), id);
        assertEquals(m.stability().treatedShare().value(), f.treatedShare(), id);
        assertEquals(m.stability().supportFuelGjPerYear().value(), f.supportFuelGjFirstYear(), id);

        LifecycleResult l = m.lifecycle();
        assertEquals(l.pvCosts().value(), f.pvCosts(), id);
        assertEquals(l.pvElectricityRevenue().value(), f.pvElectricityRevenue(), id);
        assertEquals(l.pvTippingFees().value(), f.pvTippingFees(), id);
        assertEquals(l.pvShortfallPayments().value(), f.pvShortfallPayments(), id);
        assertEquals(l.pvResidualValue().value(), f.pvResidualValue(), id);
        assertEquals(l.npvProject().value(), f.npvProject(), id);
        assertEquals(l.irrNominal().value(), f.irrNominal(), id);
        assertEquals(l.paybackYears().value(), f.paybackYears(), id);
        assertEquals(l.revenueCostCoverage().value(), f.revenueCostCoverage(), id);
        assertEquals(l.levelisedCostPerTonneReal().value(), f.levelisedCostPerTonneReal(), id);
        assertEquals(l.levelisedCostPerTonneNominal().value(), f.levelisedCostPerTonneNominal(), id);
        assertEquals(l.levelisedCostPerMwhReal().value(), f.levelisedCostPerMwhReal(), id);
        assertEquals(l.levelisedCostPerMwhNominal().value(), f.levelisedCostPerMwhNominal(), id);
        assertEquals(l.breakEvenGateFeeReal().value(), f.breakEvenGateFeeReal(), id);
        assertEquals(l.pvGateFeesAtGuaranteedTonnage().value(), f.pvGateFeesAtGuaranteedTonnage(), id);
        assertEquals(l.levelisedGateFeeReal().value(), f.levelisedGateFeeReal(), id);
        assertEquals(l.pvLandfillCost().value(), f.pvLandfillCost(), id);
        assertEquals(l.authorityPv().value(), f.authorityPv(), id);
        assertEquals(l.authorityCostPerTonneReal().value(), f.authorityCostPerTonneReal(), id);

        assertMoney(l, FigureNames.CAPEX, f.capex(), id);
        assertMoney(l, FigureNames.FIXED_OM, f.fixedOm(), id);
        assertMoney(l, FigureNames.VARIABLE_OM, f.variableOm(), id);
        assertMoney(l, FigureNames.SUPPORT_FUEL_COST, f.supportFuelCost(), id);
        assertMoney(l, FigureNames.MAJOR_MAINTENANCE, f.majorMaintenance(), id);
        assertMoney(l, FigureNames.REPLACEMENTS, f.replacements(), id);
        assertMoney(l, FigureNames.DECOMMISSIONING, f.decommissioning(), id);
        assertMoney(l, FigureNames.RESIDUAL_VALUE, f.residualValue(), id);
        assertMoney(l, FigureNames.ELECTRICITY_REVENUE, f.electricityRevenue(), id);
        assertMoney(l, FigureNames.TIPPING_FEES, f.tippingFees(), id);
        assertMoney(l, FigureNames.TIPPING_FEES_AT_GUARANTEED_TONNAGE, f.tippingFeesAtGuaranteedTonnage(), id);
        assertMoney(l, FigureNames.SHORTFALL_PAYMENTS, f.shortfallPayments(), id);
        assertMoney(l, FigureNames.LANDFILL_COST, f.landfillCost(), id);
        assertMoney(l, FigureNames.TOTAL_COST, f.totalCost(), id);
        assertMoney(l, FigureNames.NET_CASH_FLOW, f.netCashFlow(), id);
        assertArrayEquals(values(schedule(l.schedules(), FigureNames.DELIVERED_TONNES_BY_YEAR)), f.deliveredTonnes(),
                id);
        assertArrayEquals(values(schedule(l.schedules(), FigureNames.TREATED_TONNES_BY_YEAR)), f.treatedTonnes(), id);
        assertArrayEquals(values(schedule(l.schedules(), FigureNames.SUPPORT_FUEL_GJ_BY_YEAR)), f.supportFuelGj(), id);
        assertArrayEquals(values(schedule(l.schedules(), FigureNames.NET_MWH_BY_YEAR)), f.netMwh(), id);
        assertArrayEquals(values(schedule(l.schedules(), FigureNames.GUARANTEED_TONNES_BY_YEAR)),
                f.guaranteedTonnes(), id);
        GrantsResult gr = m.grants();
        assertEquals(gr.pvGrants().value(), f.pvGrants(), id);
        assertEquals(gr.npvProjectWithGrants().value(), f.npvProjectWithGrants(), id);
        assertEquals(gr.irrNominalWithGrants().value(), f.irrNominalWithGrants(), id);
        assertEquals(gr.paybackYearsWithGrants().value(), f.paybackYearsWithGrants(), id);
        assertArrayEquals(values(schedule(gr.schedules(), FigureNames.nominal(FigureNames.GRANTS))), f.grants(), id);
        assertArrayEquals(values(schedule(gr.schedules(), FigureNames.nominal(FigureNames.NET_CASH_FLOW_WITH_GRANTS))),
                f.netCashFlowWithGrants(), id);
        if (l.financing() != null) {
            assertArrayEquals(values(l.financing().cashFlowAvailableForDebtService()),
                    f.cashFlowAvailableForDebtService(), id);
        }

        GhgResult g = m.ghg();
        assertEquals(g != null, k.hasGhg(), id);
        if (g == null) {
            assertNull(f.ghg(), id);
        } else {
            GhgFlows gf = f.ghg();
            assertNotNull(gf, id);
            assertEquals(g.annualEmissionReductions().value(), gf.annualEmissionReductions(), id);
            assertArrayEquals(values(g.avoidedLandfillMethaneByYear()), gf.avoidedLandfillMethane(), id);
            assertArrayEquals(values(g.displacedGridByYear()), gf.displacedGrid(), id);
            assertArrayEquals(values(g.referenceByYear()), gf.reference(), id);
            assertArrayEquals(values(g.fossilCo2ByYear()), gf.fossilCo2(), id);
            assertArrayEquals(values(g.auxiliaryFuelByYear()), gf.auxiliaryFuel(), id);
            assertArrayEquals(values(g.importedPowerByYear()), gf.importedPower(), id);
            assertArrayEquals(values(g.supportFuelCo2ByYear()), gf.supportFuel(), id);
            assertArrayEquals(values(g.projectByYear()), gf.project(), id);
            assertArrayEquals(values(g.emissionReductionsByYear()), gf.emissionReductions(), id);
        }
        assertEquals(m.jcm() != null, k.hasJcm(), id);
        assertEquals(m.jcmGhg() != null, k.hasJcm(), id);
        if (m.jcmGhg() == null) {
            assertNull(f.jcmGhg(), id);
        } else {
            GhgResult j = m.jcmGhg();
            GhgFlows jf = f.jcmGhg();
            assertEquals(j.annualEmissionReductions().value(), jf.annualEmissionReductions(), id);
            assertArrayEquals(values(j.avoidedLandfillMethaneByYear()), jf.avoidedLandfillMethane(), id);
            assertArrayEquals(values(j.displacedGridByYear()), jf.displacedGrid(), id);
            assertArrayEquals(values(j.projectByYear()), jf.project(), id);
            assertArrayEquals(values(j.emissionReductionsByYear()), jf.emissionReductions(), id);
        }
        if (m.jcm() != null) {
            assertEquals(m.jcm().subsidyJpy().value(), k.jcmSubsidyJpy(), id);
            assertEquals(m.jcm().subsidyShare().value(), k.jcmSubsidyShare(), id);
            assertEquals(m.jcm().subsidyCapShare().value(), k.jcmSubsidyCapShare(), id);
            assertEquals(m.jcm().costEffectivenessJpyPerTco2().value(), f.jcmCostEffectiveness(), id);
        } else {
            assertTrue(Double.isNaN(f.jcmCostEffectiveness()), id);
        }
    }

    /** The kernel's decay tables give the closed form of CDM TOOL04 exactly. */
    @Test
    void avoidedMethaneEqualsTheClosedForm() throws Exception {
        Planned p = Planned.load(CaseFolders.sample("vn-bac-ninh"));
        BidKernel k = p.kernel(p.bids().get(0));
        BidFlows f = BidFlows.of(k);
        f.compute(k);
        GhgKernel g = k.ghg();
        GhgParameters params = g.parameters();
        int types = g.composition().size();
        double[] doc = new double[types];
        double[] rate = new double[types];
        double[][] tonnes = new double[types][];
        int j = 0;
        for (Map.Entry<String, Double> e : g.composition().entrySet()) {
            doc[j] = params.degradableOrganicCarbon().get(e.getKey()).value();
            rate[j] = doc[j] > 0 ? params.decayRate().get(e.getKey()).value() : 0;
            tonnes[j] = new double[g.years()];
            for (int x = 0; x < g.years(); x++) {
                tonnes[j][x] = f.ghg().tonnesTreated()[x] * e.getValue();
            }
            j++;
        }
        assertTrue(g.years() > 1);
        assertArrayEquals(LandfillMethane.series(g.methaneFactor(), doc, rate, tonnes, g.years()),
                f.ghg().avoidedLandfillMethane());
    }

    /** Computing a bid again after another leaves the workspace as a fresh one would be. */
    @Test
    void aReusedWorkspaceGivesWhatAFreshOneGives() throws Exception {
        Planned p = Planned.load(CaseFolders.sample("vn-bac-ninh"));
        List<BidKernel> kernels = p.bids().stream().map(p::kernel).toList();
        BidFlows reused = BidFlows.of(kernels.get(0));
        for (BidKernel k : kernels) {
            reused.compute(k);
        }
        for (BidKernel k : kernels) {
            BidFlows fresh = BidFlows.of(k);
            fresh.compute(k);
            reused.compute(k);
            List<double[]> want = snapshot(fresh);
            List<double[]> got = snapshot(reused);
            for (int i = 0; i < want.size(); i++) {
                assertArrayEquals(want.get(i), got.get(i), "line " + i);
            }
            reused.compute(k);
            List<double[]> again = snapshot(reused);
            for (int i = 0; i < want.size(); i++) {
                assertArrayEquals(got.get(i), again.get(i), "line " + i);
            }
        }
    }

    /** Every flow and scalar of a workspace, copied. */
    private static List<double[]> snapshot(BidFlows f) {
        List<double[]> out = new ArrayList<>(List.of(f.capex(), f.fixedOm(), f.variableOm(), f.majorMaintenance(),
                f.replacements(), f.decommissioning(), f.residualValue(), f.electricityRevenue(), f.tippingFees(),
                f.tippingFeesAtGuaranteedTonnage(), f.shortfallPayments(), f.landfillCost(), f.deliveredTonnes(),
                f.treatedTonnes(), f.netMwh(), f.physicalNetMwh(), f.guaranteedTonnes(), f.shortfallTonnes(),
                f.totalCost(), f.netCashFlow(), f.cashFlowAvailableForDebtService()));
        out.replaceAll(double[]::clone);
        out.add(new double[] {f.netMwhFirstYear(), f.wasteEnergyGjFirstYear(), f.netKwhPerTonneLocal(),
                f.netKwhPerTonneDelivered(), f.netEfficiencyLocal(), f.r1(), f.r1Corrected(), f.treatedShare(), f.pvCosts(),
                f.pvElectricityRevenue(), f.pvTippingFees(), f.pvShortfallPayments(), f.pvResidualValue(),
                f.pvDecommissioning(), f.pvShortfallTonnesReal(), f.npvProject(), f.pvCapex(), f.paybackYears(),
                f.revenueCostCoverage(), f.pvTreatedTonnesReal(),
                f.pvTreatedTonnesNominal(), f.pvNetMwhReal(), f.pvNetMwhNominal(), f.pvDeliveredTonnesReal(),
                f.pvGuaranteedTonnesReal(), f.levelisedCostPerTonneReal(), f.levelisedCostPerTonneNominal(),
                f.levelisedCostPerMwhReal(), f.levelisedCostPerMwhNominal(), f.breakEvenGateFeeReal(),
                f.pvGateFeesAtGuaranteedTonnage(), f.levelisedGateFeeReal(), f.pvLandfillCost(), f.authorityPv(),
                f.authorityCostPerTonneReal(), f.jcmCostEffectiveness(), f.irrNominal()});
        GhgFlows g = f.ghg();
        if (g != null) {
            for (double[] line : List.of(g.tonnesTreated(), g.netMwhExported(), g.avoidedLandfillMethane(),
                    g.displacedGrid(), g.reference(), g.fossilCo2(), g.auxiliaryFuel(), g.importedPower(),
                    g.project(), g.emissionReductions(), new double[] {g.annualEmissionReductions()})) {
                out.add(line.clone());
            }
        }
        return out;
    }

    private static void assertMoney(LifecycleResult l, String line, double[] nominal, String bidId) {
        assertArrayEquals(values(schedule(l.schedules(), FigureNames.nominal(line))), nominal, bidId + " " + line);
    }

    private static Figure schedule(List<Figure> schedules, String name) {
        return schedules.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static double[] values(Figure schedule) {
        return schedule.byYear().stream().mapToDouble(Double::doubleValue).toArray();
    }
}
