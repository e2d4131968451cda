package org.wteval.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wteval.Fixtures;
import org.wteval.Fixtures.Resolved;
import org.wteval.model.Bid;
import org.wteval.model.Figure;
import org.wteval.model.Origin;
import org.wteval.model.SourceLocation;
import org.wteval.model.Tender;

/**
 * Lifecycle figures against closed forms. Common set-up: one year of construction, ten of operation, 73,000 t/yr
 * of 8 MJ/kg waste all treated (one line of 10 t/h for 8,760 h has room for 87,600 t), so year 1 is capex and
 * years 2..11 are operation.
 */
class LifecycleCalculatorTest {

    private static final double T = 73000;
    // Net MWh per tonne at 8 MJ/kg: 0.25 × 8 / 3.6 − 1 MW / 10 t/h
    private static final double MWH = T * (0.25 * 8 / 3.6 - 0.1);

    private static Resolved resolve(double real, double inflation, double minLhv, Bid.Finance finance) {
        return Fixtures.resolve(
                Fixtures.tender(Fixtures.monthlyWaste(T / 365, 0, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8), 1, 10, T),
                Fixtures.baseToolkit(Map.of("finance.discountRateReal", real, "finance.inflation", inflation,
                        "finance.landfillCostPerTonne", 12.0)),
                Fixtures.plant().lines(1).lhvWindow(minLhv, Math.max(8, minLhv), 12).thermalMw(30).mechanicalTph(10)
                        .grossEfficiency(0.25).auxiliaryMw(1.0).hours(8760).build(),
                finance);
    }

    private static LifecycleResult compute(Resolved r) {
        return compute(r, RevenuePlan.bidAssumed(r.bid().electricityTariffPerMwh()));
    }

    private static LifecycleResult compute(Resolved r, RevenuePlan plan) {
        Figure netCapacity = Figure.input("netCapacityMw", PlantModel.netCapacityMw(r.bid().plant()), "MW",
                new Origin.Handover("test"));
        return LifecycleCalculator.compute(r.tender(), r.bid(), PlantModel.of(r.tender(), r.bid()),
                plan, netCapacity);
    }

    /** Σ_{y=2}^{11} 1 / (1 + r)^y = a(10) / (1 + r), the level annuity deferred one year. */
    private static double deferredAnnuity(double r) {
        return (1 - Math.pow(1 + r, -10)) / r / (1 + r);
    }

    @Test
    void levelCostsWithoutInflation() {
        // capex 10m in year 1; fixed O&M 0.5m + 2/t; overhaul 1m in operating years 5 and 10 (years 6 and 11);
        // gate fee 20/t and tariff 80/MWh, neither indexed.
        LifecycleResult l = compute(resolve(0.08, 0, 6,
                Fixtures.finance().capex(10e6).fixedOm(0.5e6).variableOm(2).majorMaintenance(5, 1e6).fee(20).tariff(80)
                        .build()));
        double a = deferredAnnuity(0.08); // 6.710081 / 1.08
        double pvCosts = 10e6 / 1.08 + (0.5e6 + 2 * T) * a + 1e6 / Math.pow(1.08, 6) + 1e6 / Math.pow(1.08, 11);
        assertEquals(pvCosts, l.pvCosts().value(), 1e-6);
        assertEquals(80 * MWH * a, l.pvElectricityRevenue().value(), 1e-6);
        assertEquals(20 * T * a, l.pvTippingFees().value(), 1e-6);
        assertEquals(20 * T * a + 80 * MWH * a - pvCosts, l.npvProject().value(), 1e-6);
        // Levelised cost per tonne: PV(costs) / PV(tonnes); with no inflation real and nominal agree.
        assertEquals(pvCosts / (T * a), l.levelisedCostPerTonneReal().value(), 1e-9);
        assertEquals(pvCosts / (T * a), l.levelisedCostPerTonneNominal().value(), 1e-9);
        assertEquals(pvCosts / (MWH * a), l.levelisedCostPerMwhReal().value(), 1e-9);
        // No residual value and no shortfall: the break-even fee is (pvCosts − pvElectricity) / PV(tonnes).
        assertEquals((pvCosts - 80 * MWH * a) / (T * a), l.breakEvenGateFeeReal().value(), 1e-9);
        // A flat fee levelises to itself; with everything treated the authority pays only fees.
        assertEquals(20, l.levelisedGateFeeReal().value(), 1e-9);
        assertEquals(0, l.pvLandfillCost().value(), 1e-9);
        assertEquals(20, l.authorityCostPerTonneReal().value(), 1e-9);
        // What the bidder earns over what it spends: (fees + electricity) / costs.
        assertEquals((20 * T * a + 80 * MWH * a) / pvCosts, l.revenueCostCoverage().value(), 1e-12);
    }

    @Test
    void growingCostsDiscountedAtTheNominalRate() {
        // Real 5%, inflation 3% → nominal 8.15%. Fixed O&M 1m grows 4%/yr from the base year:
        // PV = Σ_{y=2}^{11} 1m × q^y with q = 1.04 / 1.0815 = 1m × q² (1 − q^10) / (1 − q).
        LifecycleResult l = compute(resolve(0.05, 0.03, 6,
                Fixtures.finance().fixedOm(1e6).omEscalation(0.04).fee(20).feeIndexation(0.03).build()));
        double q = 1.04 / (1.05 * 1.03);
        double pvOm = 1e6 * q * q * (1 - Math.pow(q, 10)) / (1 - q);
        assertEquals(pvOm, l.pvCosts().value(), 1e-6);
        // A fee indexed exactly at inflation is constant in real terms, so it levelises to the base fee.
        assertEquals(20, l.levelisedGateFeeReal().value(), 1e-9);
        // Tonnes discounted at the real rate for the real figure, at the nominal rate for the nominal one.
        assertEquals(pvOm / (T * deferredAnnuity(0.05)), l.levelisedCostPerTonneReal().value(), 1e-9);
        assertEquals(pvOm / (T * deferredAnnuity(1.05 * 1.03 - 1)), l.levelisedCostPerTonneNominal().value(),
                1e-9);
        assertTrue(l.levelisedCostPerTonneNominal().value() > l.levelisedCostPerTonneReal().value());
    }

    @Test
    void realSchedulesAreTheNominalOnesDeflated() {
        LifecycleResult l = compute(resolve(0.05, 0.03, 6,
                Fixtures.finance().fixedOm(1e6).omEscalation(0.04).fee(20).feeIndexation(0.03).build()));
        Figure nominal = schedule(l, "fixedOmNominal");
        Figure real = schedule(l, "fixedOmReal");
        // Operating year 1 is year y = 2: 1m × 1.04² nominal, ÷ 1.03² real.
        assertEquals(1e6 * 1.04 * 1.04, nominal.byYear().get(1), 1e-6);
        assertEquals(1e6 * 1.04 * 1.04 / (1.03 * 1.03), real.byYear().get(1), 1e-6);
        assertEquals(2027, nominal.firstYear());
        assertTrue(real.unit().contains("real") && nominal.unit().contains("nominal"));
    }

    @Test
    void wasteOutsideTheWindowIsLandfilledAtTheAuthoritysCost() {
        // Minimum LHV 9 > 8: nothing is treated. A fee of 10/t indexed at inflation is below the landfill's 12/t,
        // so the authority pays landfill at 12/t in real terms, and a cost per tonne treated is undefined.
        LifecycleResult l = compute(resolve(0.05, 0.03, 9,
                Fixtures.finance().capex(10e6).fixedOm(1e6).fee(10).feeIndexation(0.03).tariff(80).build()));
        assertEquals(0, l.pvTippingFees().value(), 1e-9);
        assertEquals(12, l.authorityCostPerTonneReal().value(), 1e-9);
        assertTrue(Double.isNaN(l.levelisedCostPerTonneReal().value()));
    }

    @Test
    void anUntreatedTonneCostsNoLessThanTheBidsOwnGateFee() {
        // The same plant at a fee of 20/t indexed at inflation: landfill at 12/t would make treating nothing look
        // cheaper than treating everything at 20, so each untreated tonne is costed at the fee, 20/t real.
        LifecycleResult l = compute(resolve(0.05, 0.03, 9,
                Fixtures.finance().capex(10e6).fixedOm(1e6).fee(20).feeIndexation(0.03).tariff(80).build()));
        assertEquals(0, l.pvTippingFees().value(), 1e-9);
        assertEquals(20, l.authorityCostPerTonneReal().value(), 1e-9);
        LifecycleResult treatsAll = compute(resolve(0.05, 0.03, 6,
                Fixtures.finance().capex(10e6).fixedOm(1e6).fee(20).feeIndexation(0.03).tariff(80).build()));
        assertEquals(20, treatsAll.authorityCostPerTonneReal().value(), 1e-9);
    }

    @Test
    void theTendersAlternativeDisposalIsConvertedAtItsRate() {
        // Nothing treated, fee 10/t: 25 EUR/t at 1.2 USD per EUR is 30 USD/t, above the fee, and replaces the
        // toolkit's 12.
        Resolved base = resolve(0.05, 0.03, 9, Fixtures.finance().fee(10).feeIndexation(0.03).tariff(80).build());
        Tender t = base.tender().tender();
        Tender own = new Tender(t.id(), t.title(), t.country(), t.currency(), t.baseYear(),
                Map.of("EUR", new Tender.ExchangeRate(1.2, "2026-01-02", "test")), t.waste(), t.contract(),
                t.weights(), null, null, new Tender.AlternativeDisposal(25, "EUR", "city landfill tariff 2026"),
                t.supportFuelPrices(), null);
        Resolved r = Fixtures.resolve(own, base.tender().toolkit(), base.bid().plant(), base.bid().finance());
        assertEquals(30, compute(r).authorityCostPerTonneReal().value(), 1e-9);
        assertEquals(30, r.tender().param("finance.landfillCostPerTonne").value(), 1e-12);
    }

    @Test
    void aRegulatedTariffWithPremiumReplacesTheBidsAssumption() {
        // No inflation, 8%: tariff 100/MWh flat (not the bid's 80 indexed), plus 30 in operating years 1–3.
        Resolved r = resolve(0.08, 0, 6, Fixtures.finance().tariff(80).tariffIndexation(0.05).build());
        Figure regulated = Figure.input("regulatedTariffPerMwh", 100, "USD/MWh", new Origin.Handover("test"));
        LifecycleResult l = compute(r, Fixtures.revenue(regulated).regulated().premium(30, 3).decidedBy("T").build());
        Figure elec = schedule(l, "electricityRevenueNominal");
        assertEquals(130 * MWH, elec.byYear().get(1), 1e-6); // operating year 1 (y = 2)
        assertEquals(130 * MWH, elec.byYear().get(3), 1e-6); // operating year 3
        assertEquals(100 * MWH, elec.byYear().get(4), 1e-6); // operating year 4: premium over
        // PV = MWH × (100 a(10) + 30 a(3)), both deferred one year
        double a3 = (1 - Math.pow(1.08, -3)) / 0.08 / 1.08;
        assertEquals(MWH * (100 * deferredAnnuity(0.08) + 30 * a3), l.pvElectricityRevenue().value(), 1e-6);
    }

    @Test
    void aRegimeWithoutGateFeesPaysNoneWhateverTheBidAsked() {
        // No inflation, 8%: the bid asks 20/t, but a rule decided the regime pays no gate fee; the tariff is a flat
        // 200/MWh (Perpres 109/2025 style). Everything is treated, so the authority pays nothing at all, and the
        // bidder's only revenue is its electricity: coverage = 200 × MWH × a / PV(costs).
        Resolved r = resolve(0.08, 0, 6, Fixtures.finance().capex(10e6).fixedOm(0.5e6).fee(20).tariff(80).build());
        Figure price = Figure.input("regulatedTariffPerMwh", 200, "USD/MWh", new Origin.Handover("test"));
        LifecycleResult l = compute(r, Fixtures.revenue(price).regulated().noGateFee("ID-GATE-FEE-NONE").build());
        double a = deferredAnnuity(0.08);
        double pvCosts = 10e6 / 1.08 + 0.5e6 * a;
        assertEquals(0, l.pvTippingFees().value(), 1e-9);
        assertEquals(0, l.levelisedGateFeeReal().value(), 1e-9);
        assertEquals(0, l.authorityCostPerTonneReal().value(), 1e-9);
        assertEquals(200 * MWH * a / pvCosts, l.revenueCostCoverage().value(), 1e-12);
        Figure fees = schedule(l, "tippingFeesNominal");
        assertTrue(fees.inputs().stream().anyMatch(f -> f.formula().contains("ID-GATE-FEE-NONE")
                && f.inputs().get(0).value() == 20), "the zero fee names its rule and shows the fee asked");
        // Nothing treated (minimum LHV 9): each untreated tonne costs the landfill's 12/t, not the 20/t asked.
        LifecycleResult none = compute(resolve(0.08, 0, 9, Fixtures.finance().fee(20).tariff(80).build()),
                Fixtures.revenue(price).regulated().noGateFee("ID-GATE-FEE-NONE").build());
        assertEquals(12, none.authorityCostPerTonneReal().value(), 1e-9);
    }

    @Test
    void generationIsCappedAtTheRecognisedPlantLoadFactor() {
        // Net capacity at design: 1 line × (10 t/h × 8 / 3.6 = 22.2 MW thermal) × (0.25 − 1 / 22.2) = 4.556 MW.
        Resolved r = resolve(0.08, 0, 6, Fixtures.finance().tariff(80).build());
        double capacity = 10 * 8 / 3.6 * (0.25 - 1 / (10 * 8 / 3.6));
        assertEquals(capacity, PlantModel.netCapacityMw(r.bid().plant()), 1e-12);
        LifecycleResult l = compute(r, Fixtures.revenue(r.bid().electricityTariffPerMwh())
                .plantLoadFactorCaps(0.65, 0.75, 0.80).decidedBy("CAP").build());
        Figure mwh = schedule(l, "netMwhByYear");
        // Uncapped the plant would export 33,256 MWh; 65% of 4.556 MW × 8,760 h is 25,940 MWh.
        assertEquals(Math.min(MWH, 0.65 * capacity * 8760), mwh.byYear().get(1), 1e-6);
        assertEquals(Math.min(MWH, 0.75 * capacity * 8760), mwh.byYear().get(2), 1e-6);
        assertEquals(Math.min(MWH, 0.80 * capacity * 8760), mwh.byYear().get(10), 1e-6);
    }

    @Test
    void underDboTheAuthorityPaysTheCapexAndKeepsTheElectricityRevenue() {
        Resolved r = resolve(0.08, 0, 6, Fixtures.finance().capex(10e6).fee(20).tariff(80).build());
        LifecycleResult l = compute(r, Fixtures.revenue(r.bid().electricityTariffPerMwh()).authorityOwns()
                .decidedBy("DBO").build());
        double a = deferredAnnuity(0.08);
        // authority: fees 20 × T + capex 10m in year 1 − electricity 80 × MWh; nothing landfilled
        double pv = 20 * T * a + 10e6 / 1.08 - 80 * MWH * a;
        assertEquals(pv, l.authorityPv().value(), 1e-6);
        assertEquals(pv / (T * a), l.authorityCostPerTonneReal().value(), 1e-9);
        // The contractor earns only its fees and spends nothing but O&M (zero here): fees over (costs − capex) = ∞
        // is undefined, so the coverage of an operator with no operating cost is NaN, not a flag.
        assertEquals(Double.NaN, l.revenueCostCoverage().value());
    }

    @Test
    void eachCostLineEscalatesAtItsOwnRate() {
        Resolved r = resolve(0.05, 0, 6, Fixtures.finance().fixedOm(1e6).variableOm(2).omEscalation(0.03)
                .majorMaintenance(5, 1e6).fee(20).tariff(80).fixedOmEscalation(0.01).majorMaintenanceEscalation(0.05)
                .build());
        LifecycleResult l = compute(r);
        // Operating year 1 is y = 2; fixed O&M at 1%, variable at the default 3%, overhaul (year 5, y = 6) at 5%.
        assertEquals(1e6 * 1.01 * 1.01, schedule(l, "fixedOmNominal").byYear().get(1), 1e-6);
        assertEquals(2 * T * 1.03 * 1.03, schedule(l, "variableOmNominal").byYear().get(1), 1e-6);
        assertEquals(1e6 * Math.pow(1.05, 6), schedule(l, "majorMaintenanceNominal").byYear().get(5), 1e-6);
    }

    @Test
    void replacementsResidualValueAndDecommissioning() {
        // Inflation 2%: residual 5m and decommissioning 2m at base-year prices fall after operating year 10 (y = 11).
        Resolved r = resolve(0.05, 0.02, 6, Fixtures.finance().omEscalation(0.04).replacement("turbine", 7, 3e6)
                .residualValue(5e6).decommissioning(2e6).build());
        LifecycleResult l = compute(r);
        // The turbine in operating year 7 (y = 8) escalates like major maintenance: 4%.
        assertEquals(3e6 * Math.pow(1.04, 8), schedule(l, "replacementsNominal").byYear().get(7), 1e-6);
        assertEquals(5e6 * Math.pow(1.02, 11), schedule(l, "residualValueNominal").byYear().get(10), 1e-6);
        assertEquals(2e6 * Math.pow(1.02, 11), schedule(l, "decommissioningNominal").byYear().get(10), 1e-6);
        // A value escalated at inflation is constant in real terms: its PV is 5m / 1.05^11 at the real rate.
        assertEquals(5e6 / Math.pow(1.05, 11), l.pvResidualValue().value(), 1e-6);
    }

    @Test
    void degradationReducesOutputEachYear() {
        Resolved r = resolve(0.05, 0, 6, Fixtures.finance().tariff(80).degradation(0.01).build());
        Figure mwh = schedule(compute(r), "netMwhByYear");
        assertEquals(MWH, mwh.byYear().get(1), 1e-6);
        assertEquals(MWH * Math.pow(0.99, 9), mwh.byYear().get(10), 1e-6); // operating year 10
    }

    @Test
    void theAuthorityPaysTheFeeOnGuaranteedTonnesItDoesNotDeliver() {
        // Guarantee 80,000 t but 73,000 delivered: 7,000 t × 20 each year, paid to the project.
        Resolved r = Fixtures.resolve(
                Fixtures.tender(Fixtures.monthlyWaste(T / 365, 0, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8), 1, 10, 80000),
                Fixtures.baseToolkit(Map.of("finance.discountRateReal", 0.08, "finance.inflation", 0.0,
                        "finance.landfillCostPerTonne", 12.0)),
                Fixtures.plant().lines(1).lhvWindow(6, 8, 12).thermalMw(30).mechanicalTph(10).grossEfficiency(0.25)
                        .auxiliaryMw(1.0).hours(8760).build(),
                Fixtures.finance().fee(20).build());
        LifecycleResult l = compute(r);
        double a = deferredAnnuity(0.08);
        assertEquals(20 * 7000 * a, l.pvShortfallPayments().value(), 1e-6);
        assertEquals(20 * T * a + 20 * 7000 * a, l.authorityPv().value(), 1e-6);
    }

    @Test
    void underDboTheContractorsCoverageIsItsFeesOverItsOperatingCosts() {
        // Capex 10m is the authority's; the contractor spends 0.5m a year on O&M and earns 20/t on 73,000 t.
        Resolved r = resolve(0.08, 0, 6, Fixtures.finance().capex(10e6).fixedOm(0.5e6).fee(20).tariff(80).build());
        LifecycleResult l = compute(r, Fixtures.revenue(r.bid().electricityTariffPerMwh()).authorityOwns()
                .decidedBy("DBO").build());
        double a = deferredAnnuity(0.08);
        assertEquals(20 * T * a / (0.5e6 * a), l.revenueCostCoverage().value(), 1e-12); // 1.46m / 0.5m = 2.92
    }

    @Test
    void theTendersOwnLandfillCostReplacesTheToolkits() {
        // Nothing treated (minimum LHV 9 > 8): the authority's cost per tonne is its landfill cost, here 30 (tender)
        // rather than 12 (toolkit).
        Resolved base = resolve(0.05, 0.03, 9, Fixtures.finance().fee(20).tariff(80).build());
        Tender t = base.tender().tender();
        Tender own = new Tender(t.id(), t.title(), t.country(), t.currency(), t.baseYear(), t.exchangeRates(),
                t.waste(), t.contract(), t.weights(), 30.0, null, null, t.supportFuelPrices(), null);
        Resolved r = Fixtures.resolve(own, base.tender().toolkit(), base.bid().plant(), base.bid().finance());
        assertEquals(30, compute(r).authorityCostPerTonneReal().value(), 1e-9);
        assertEquals(new Origin.CaseField(new SourceLocation("tender.yaml", "landfillCostPerTonne")),
                r.tender().param("finance.landfillCostPerTonne").origin());
    }

    @Test
    void irrAndPaybackOfTheProject() {
        // Capex 10m in year 1; then fees 20 × 73,000 = 1.46m a year for 10 years, nothing else.
        Resolved r = resolve(0.05, 0, 6, Fixtures.finance().capex(10e6).fee(20).build());
        LifecycleResult l = compute(r);
        double[] flows = new double[11];
        flows[0] = -10e6;
        java.util.Arrays.fill(flows, 1, 11, 20 * T);
        assertEquals(ProjectReturns.irr(flows), l.irrNominal().value(), 1e-12);
        assertEquals(0, ProjectReturns.npv(flows, l.irrNominal().value()), 1e-3);
        // 10m / 1.46m = 6.849 years
        assertEquals(10e6 / (20 * T), l.paybackYears().value(), 1e-9);
    }

    @Test
    void financingInterestDuringConstructionAndDebtServiceCover() {
        // Capex 100m over two years (50/50), 60% debt at 10%, repaid over 5 years.
        Resolved r = Fixtures.resolve(
                Fixtures.tender(Fixtures.monthlyWaste(T / 365, 0, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8), 2, 10, T),
                Fixtures.baseToolkit(Map.of()),
                Fixtures.plant().lines(1).lhvWindow(6, 8, 12).thermalMw(30).mechanicalTph(10).grossEfficiency(0.25)
                        .auxiliaryMw(1.0).hours(8760).build(),
                Fixtures.finance().capex(100e6).schedule(0.5, 0.5).fee(300).financing(0.6, 0.10, 5).build());
        FinancingResult f = compute(r).financing();
        // Draw 30m at the end of year 1; year 2 interest on it, 3m, is capitalised; draw 30m more: 63m at COD.
        assertEquals(3e6, f.interestDuringConstruction().value(), 1e-6);
        assertEquals(63e6, f.debtAtCommercialOperation().value(), 1e-6);
        double service = 63e6 * 0.10 / (1 - Math.pow(1.10, -5));
        assertEquals(service, f.debtServicePerYear().value(), 1e-6);
        // Cash flow for debt service: fees 300 × 73,000 = 21.9m a year, no operating costs.
        assertEquals(300 * T / service, f.dscrMinimum().value(), 1e-9);
        assertEquals(300 * T / service, f.dscrAverage().value(), 1e-9);
        assertEquals(2029, f.dscrMinimumYear().value(), 0); // first operating year: base 2026 + 3
    }

    @Test
    void realFlowsAreDiscountedOnlyAtTheRealRate() {
        // If any real flow met the nominal rate (or a nominal flow the real rate), these would differ.
        Resolved r = resolve(0.05, 0.03, 6,
                Fixtures.finance().capex(10e6).fixedOm(1e6).variableOm(2).omEscalation(0.04).majorMaintenance(5, 1e6)
                        .fee(20).feeIndexation(0.025).tariff(80).tariffIndexation(0.01).build());
        LifecycleResult l = compute(r);
        DiscountRates rates = new DiscountRates(0.05, 0.03);
        for (Figure nominal : l.schedules()) {
            if (!nominal.name().endsWith("Nominal")) {
                continue;
            }
            Figure real = schedule(l, nominal.name().replace("Nominal", "Real"));
            double[] n = nominal.byYear().stream().mapToDouble(Double::doubleValue).toArray();
            double[] re = real.byYear().stream().mapToDouble(Double::doubleValue).toArray();
            assertEquals(rates.presentValue(n, Basis.NOMINAL), rates.presentValue(re, Basis.REAL),
                    1e-6 * Math.max(1, Math.abs(rates.presentValue(n, Basis.NOMINAL))), nominal.name());
        }
        double[] realCosts = schedule(l, "totalCostReal").byYear().stream().mapToDouble(Double::doubleValue).toArray();
        assertEquals(rates.presentValue(realCosts, Basis.REAL), l.pvCosts().value(), 1e-6);
    }

    /** The common set-up with a put-or-pay guarantee of 80,000 t against the 73,000 t delivered. */
    private static Resolved guaranteed80000(double real, double inflation, Bid.Finance finance) {
        return Fixtures.resolve(
                Fixtures.tender(Fixtures.monthlyWaste(T / 365, 0, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8), 1, 10, 80000),
                Fixtures.baseToolkit(Map.of("finance.discountRateReal", real, "finance.inflation", inflation,
                        "finance.landfillCostPerTonne", 12.0)),
                Fixtures.plant().lines(1).lhvWindow(6, 8, 12).thermalMw(30).mechanicalTph(10).grossEfficiency(0.25)
                        .auxiliaryMw(1.0).hours(8760).build(),
                finance);
    }

    @Test
    void theBreakEvenFeeCountsTheResidualValueAndThePutOrPayTonnes() {
        // No inflation, 8%: capex 10m in year 1, fixed O&M 2m a year, tariff 80, residual 5m and decommissioning 2m
        // after operating year 10 (y = 11); 7,000 t a year short of the 80,000 t guarantee.
        Bid.Finance fin = Fixtures.finance().capex(10e6).fixedOm(2e6).fee(20).tariff(80).residualValue(5e6)
                .decommissioning(2e6).build();
        LifecycleResult l = compute(guaranteed80000(0.08, 0, fin));
        double a = deferredAnnuity(0.08); // 6.213038
        double pvCosts = 10e6 / 1.08 + 2e6 * a + 2e6 / Math.pow(1.08, 11); // 22,543,101.6
        double pvElec = 80 * MWH * a; // 16,529,443.3
        double pvResidual = 5e6 / Math.pow(1.08, 11); // 2,144,414.3
        // NPV = F × (73,000 + 7,000) × a + pvElec + pvResidual − pvCosts = 0
        // → F = (pvCosts − pvElec − pvResidual) / (80,000 × a) = 3,869,244.0 / 497,043.1 = 7.7845 per tonne
        // (leaving out the residual value and the shortfall tonnes gave 6,013,658.3 / 453,551.8 = 13.2590).
        double breakEven = (pvCosts - pvElec - pvResidual) / (80000 * a);
        assertEquals(7.7845247, breakEven, 1e-6);
        assertEquals(breakEven, l.breakEvenGateFeeReal().value(), 1e-9);
        Figure shortfallTonnes = l.breakEvenGateFeeReal().inputs().stream()
                .filter(i -> i.name().equals(FigureNames.PV_SHORTFALL_TONNES_REAL)).findFirst().orElseThrow();
        assertEquals(7000 * a, shortfallTonnes.value(), 1e-6);
    }

    @Test
    void atTheBreakEvenFeeTheProjectNpvIsZero() {
        // Real 5%, inflation 3%, growing costs, residual value, decommissioning and a shortfall: charge the reported
        // break-even fee, indexed at inflation as a real fee is, and the recomputed NPV vanishes.
        java.util.function.DoubleFunction<Bid.Finance> withFee = fee -> Fixtures.finance().capex(10e6)
                .fixedOm(2e6).variableOm(2).omEscalation(0.04).majorMaintenance(5, 1e6).tariff(80)
                .tariffIndexation(0.01).residualValue(5e6).decommissioning(2e6).fee(fee).feeIndexation(0.03).build();
        LifecycleResult l = compute(guaranteed80000(0.05, 0.03, withFee.apply(20)));
        double breakEven = l.breakEvenGateFeeReal().value();
        LifecycleResult atBreakEven = compute(guaranteed80000(0.05, 0.03, withFee.apply(breakEven)));
        assertEquals(0, atBreakEven.npvProject().value() / atBreakEven.pvCosts().value(), 1e-6);
        assertTrue(atBreakEven.pvShortfallPayments().value() > 0, "the fee drives the put-or-pay payments too");
    }

    @Test
    void theGridDisplacedIsThePhysicalExportNotTheMwhTheTariffRecognises() {
        // An Indian-style plant-load-factor rule pays for at most 65% of 4.5556 MW × 8,760 h = 25,939.3 MWh in
        // operating year 1 and 75% (29,930.0 MWh) from year 2; the plant exports 73,000 × (0.25 × 8 / 3.6 − 0.1)
        // = 33,255.6 MWh, degrading 1% a year: 33,255.6 × 0.99^9 = 30,379.5 MWh in operating year 10.
        Resolved r = Fixtures.resolve(
                Fixtures.tender(Fixtures.monthlyWaste(T / 365, 0, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8), 1, 10, T),
                Fixtures.baseToolkit(Map.of("finance.discountRateReal", 0.08, "finance.inflation", 0.0,
                        "finance.landfillCostPerTonne", 12.0, BidMetrics.GRID_FACTOR, 0.8)),
                Fixtures.plant().lines(1).lhvWindow(6, 8, 12).thermalMw(30).mechanicalTph(10).grossEfficiency(0.25)
                        .auxiliaryMw(1.0).hours(8760).build(),
                Fixtures.finance().tariff(80).degradation(0.01).build());
        Figure tariff = Figure.input("regulatedTariffPerMwh", 80, "USD/MWh", new Origin.Handover("test"));
        RevenuePlan plan = Fixtures.revenue(tariff).regulated().plantLoadFactorCaps(0.65, 0.75).decidedBy("IN-PLF")
                .build();
        BidKernel k = BidKernel.of(r.tender(), r.bid(), plan);
        BidFlows f = BidFlows.of(k);
        f.compute(k);
        double capacity = 10 * 8 / 3.6 * (0.25 - 1 / (10 * 8 / 3.6));
        // Revenue: the capped MWh.
        assertEquals(25939.333333, f.netMwh()[1], 1e-6);
        assertEquals(0.75 * capacity * 8760, f.netMwh()[10], 1e-6);
        assertEquals(80 * 0.65 * capacity * 8760, f.electricityRevenue()[1], 1e-6);
        // GHG: the physical export, crediting year 1 being operating year 1.
        double[] exported = f.ghg().netMwhExported();
        assertEquals(33255.555556, exported[0], 1e-6);
        assertEquals(30379.523575, exported[9], 1e-6);
        assertEquals(33255.555556 * 0.8, f.ghg().displacedGrid()[0], 1e-5);
        // The explained account reads the same export.
        BidMetrics m = BidMetrics.explain(r.tender(), r.bid(), plan, k, f);
        assertEquals(java.util.Arrays.stream(exported).sum(),
                m.figures().get(FigureNames.DISPLACED_GRID_BY_YEAR).value() / 0.8, 1e-6);
    }

    @Test
    void underDboTheAuthorityPaysTheDecommissioningAndKeepsTheResidualValue() {
        // 8%, no inflation: fees 20 × 73,000, capex 10m in year 1, electricity 80 × 33,255.6 MWh, and after
        // operating year 10 (y = 11) decommissioning 2m paid and residual value 5m kept by the authority.
        Resolved r = resolve(0.08, 0, 6, Fixtures.finance().capex(10e6).fee(20).tariff(80).residualValue(5e6)
                .decommissioning(2e6).build());
        LifecycleResult l = compute(r, Fixtures.revenue(r.bid().electricityTariffPerMwh()).authorityOwns()
                .decidedBy("DBO").build());
        double a = deferredAnnuity(0.08);
        // 9,070,086.7 + 9,259,259.3 + 857,765.7 − 16,529,443.3 − 2,144,414.3 = 514,203.3
        // (without the plant's end of life it was 1,800,851.9)
        double pv = 20 * T * a + 10e6 / 1.08 + 2e6 / Math.pow(1.08, 11) - 80 * MWH * a - 5e6 / Math.pow(1.08, 11);
        assertEquals(514203.332, pv, 1e-3);
        assertEquals(pv, l.authorityPv().value(), 1e-6);
        assertEquals(pv / (T * a), l.authorityCostPerTonneReal().value(), 1e-9);
    }

    @Test
    void theDboValueOfPowerIsBaseYearMoneyAndRisesWithInflation() {
        // Real 5%, inflation 3%: the tender values a MWh at 120 in base-year money, so 120 × 1.03^y nominal, as the
        // landfill cost; the bidder's own 1% indexation does not apply.
        Resolved r = resolve(0.05, 0.03, 6, Fixtures.finance().fee(20).tariff(80).tariffIndexation(0.01).build());
        Figure value = Figure.input("electricityValuePerMwh", 120, "USD/MWh", new Origin.Handover("test"));
        LifecycleResult l = compute(r, Fixtures.revenue(value).baseYearValue().authorityOwns()
                .decidedBy("PPP-DBO-ELECTRICITY-VALUE").build());
        Figure elec = schedule(l, "electricityRevenueNominal");
        // Operating year 1 is y = 2: 120 × 1.0609 × 33,255.6 = 4,233,698.3
        assertEquals(4233698.266667, elec.byYear().get(1), 1e-6);
        assertEquals(120 * Math.pow(1.03, 11) * MWH, elec.byYear().get(10), 1e-6);
        // Constant in real terms, so its PV is 120 × MWh × a(10) / 1.05 at the real 5%: 29,347,495.4
        // (flat nominal it was 24,593,129.3).
        assertEquals(29347495.42, l.pvElectricityRevenue().value(), 1e-2);
        assertEquals(120 * MWH * deferredAnnuity(0.05), l.pvElectricityRevenue().value(), 1e-6);
    }

    private static Figure schedule(LifecycleResult l, String name) {
        return l.schedules().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
