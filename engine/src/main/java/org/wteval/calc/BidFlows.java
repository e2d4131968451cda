package org.wteval.calc;

/**
 * A reusable workspace holding one bid's yearly flows and the scalar figures scoring and the rules read, computed
 * from a {@link BidKernel} with no {@link org.wteval.model.Figure} and no allocation: one workspace serves every bid
 * of a tender in turn. The explained path ({@link BidMetrics#explain}) turns a filled workspace into figures.
 *
 * <p>Yearly arrays run over construction and operation, index {@code j} for year {@code j + 1} after the base year;
 * money is nominal, in the evaluation currency. The arrays returned are the workspace itself: read them before the
 * next {@link #compute}, never write them. The IRR, a bisection, is left to {@link #irrNominal()} on demand.
 */
public final class BidFlows {

    private final double[] capex;
    private final double[] fixedOm;
    private final double[] variableOm;
    private final double[] supportFuelCost;
    private final double[] majorMaintenance;
    private final double[] replacements;
    private final double[] decommissioning;
    private final double[] residual;
    private final double[] electricity;
    private final double[] fees;
    private final double[] feesAtGuarantee;
    private final double[] shortfall;
    private final double[] landfill;
    private final double[] delivered;
    private final double[] treated;
    private final double[] supportFuelGj;
    private final double[] mwh;
    private final double[] physicalMwh;
    private final double[] guaranteed;
    private final double[] shortfallTonnes;
    private final double[] totalCost;
    private final double[] net;
    private final double[] cfads;
    private final double[] grants;
    private final double[] netWithGrants;
    private GhgFlows ghg;
    private GhgFlows jcmGhg;
    private boolean jcmGhgComputed;
    private boolean ghgComputed;

    private int constructionYears;
    private double netMwhFirstYear;
    private double supportFuelGjFirstYear;
    private double wasteEnergyGjFirstYear;
    private double netKwhPerTonneLocal;
    private double netKwhPerTonneDelivered;
    private double netEfficiencyLocal;
    private double r1;
    private double r1Corrected;
    private double treatedShare;

    private double pvCosts;
    private double pvElectricityRevenue;
    private double pvTippingFees;
    private double pvShortfallPayments;
    private double pvResidualValue;
    private double pvDecommissioning;
    private double pvShortfallTonnesReal;
    private double npvProject;
    private double pvCapex;
    private double paybackYears;
    private double revenueCostCoverage;
    private double pvTreatedTonnesReal;
    private double pvTreatedTonnesNominal;
    private double pvNetMwhReal;
    private double pvNetMwhNominal;
    private double pvDeliveredTonnesReal;
    private double pvGuaranteedTonnesReal;
    private double levelisedCostPerTonneReal;
    private double levelisedCostPerTonneNominal;
    private double levelisedCostPerMwhReal;
    private double levelisedCostPerMwhNominal;
    private double breakEvenGateFeeReal;
    private double pvGateFeesAtGuaranteedTonnage;
    private double levelisedGateFeeReal;
    private double pvLandfillCost;
    private double authorityPv;
    private double authorityCostPerTonneReal;
    private double jcmCostEffectiveness;
    private double pvGrants;
    private double npvProjectWithGrants;
    private double paybackYearsWithGrants;

    /** @param years construction plus operating years of the contract, {@link BidKernel#years()} */
    public BidFlows(int years) {
        capex = new double[years];
        fixedOm = new double[years];
        variableOm = new double[years];
        supportFuelCost = new double[years];
        majorMaintenance = new double[years];
        replacements = new double[years];
        decommissioning = new double[years];
        residual = new double[years];
        electricity = new double[years];
        fees = new double[years];
        feesAtGuarantee = new double[years];
        shortfall = new double[years];
        landfill = new double[years];
        delivered = new double[years];
        treated = new double[years];
        supportFuelGj = new double[years];
        mwh = new double[years];
        physicalMwh = new double[years];
        guaranteed = new double[years];
        shortfallTonnes = new double[years];
        totalCost = new double[years];
        net = new double[years];
        cfads = new double[years];
        grants = new double[years];
        netWithGrants = new double[years];
    }

    /** A workspace sized for the kernel's contract. */
    public static BidFlows of(BidKernel k) {
        return new BidFlows(k.years());
    }

    /**
     * Overwrites every flow and figure with the kernel's. Allocation-free once the workspace has held a bid with a
     * GHG account of the same crediting years.
     */
    public void compute(BidKernel k) {
        int years = capex.length;
        if (k.years() != years) {
            throw new IllegalArgumentException("a workspace of " + years + " years cannot hold a contract of "
                    + k.years());
        }
        int c = k.constructionYears();
        constructionYears = c;
        PlantModel model = k.model();
        double guarantee = k.guaranteedTonnes();
        for (int j = 0; j < c; j++) {
            capex[j] = k.capex(j);
            fixedOm[j] = 0;
            variableOm[j] = 0;
            supportFuelCost[j] = 0;
            majorMaintenance[j] = 0;
            replacements[j] = 0;
            decommissioning[j] = 0;
            residual[j] = 0;
            electricity[j] = 0;
            fees[j] = 0;
            feesAtGuarantee[j] = 0;
            shortfall[j] = 0;
            landfill[j] = 0;
            delivered[j] = 0;
            treated[j] = 0;
            supportFuelGj[j] = 0;
            mwh[j] = 0;
            physicalMwh[j] = 0;
            guaranteed[j] = 0;
            shortfallTonnes[j] = 0;
        }
        for (int j = c; j < years; j++) {
            double d = k.delivered(j);
            double plantMwh = model.netMwhAndTreated(d, treated, supportFuelGj, j);
            if (j == c) {
                netMwhFirstYear = plantMwh;
            }
            delivered[j] = d;
            physicalMwh[j] = plantMwh * k.degradation(j);
            // A plant-load-factor cap limits the MWh the tariff pays for, not what the plant exports.
            mwh[j] = Math.min(physicalMwh[j], k.mwhCap(j));
            guaranteed[j] = guarantee;
            shortfallTonnes[j] = Math.max(0, guarantee - d);
            capex[j] = 0;
            fixedOm[j] = k.fixedOm(j);
            variableOm[j] = k.variableOmPerTonne() * treated[j] * k.variableOmGrowth(j);
            // The operator buys the support fuel its guarantee needs; its fee is meant to cover it.
            supportFuelCost[j] = k.supportFuelPrice(j) * supportFuelGj[j];
            majorMaintenance[j] = k.majorMaintenance(j);
            replacements[j] = k.replacements(j);
            residual[j] = k.residual(j);
            decommissioning[j] = k.decommissioning(j);
            double fee = k.fee(j);
            electricity[j] = k.tariff(j) * mwh[j];
            fees[j] = fee * treated[j];
            feesAtGuarantee[j] = fee * guarantee;
            // Put-or-pay: the authority pays the fee on guaranteed tonnes it fails to deliver.
            shortfall[j] = fee * shortfallTonnes[j];
            landfill[j] = k.landfillPrice(j) * (d - treated[j]);
        }
        for (int j = 0; j < years; j++) {
            totalCost[j] = capex[j] + fixedOm[j] + variableOm[j] + supportFuelCost[j] + majorMaintenance[j]
                    + replacements[j] + decommissioning[j];
            net[j] = fees[j] + shortfall[j] + electricity[j] + residual[j] - totalCost[j];
            grants[j] = k.grants(j);
            netWithGrants[j] = net[j] + grants[j];
            cfads[j] = j < c ? 0 : fees[j] + shortfall[j] + electricity[j] - fixedOm[j] - variableOm[j]
                    - supportFuelCost[j] - majorMaintenance[j] - replacements[j];
        }
        firstYear(k);
        presentValues(k);
        ghgAndJcm(k);
    }

    /** Energy and stability on the first operating year's waste. */
    private void firstYear(BidKernel k) {
        int c = constructionYears;
        double d = delivered[c];
        double t = treated[c];
        wasteEnergyGjFirstYear = k.model().wasteEnergyGj(d);
        supportFuelGjFirstYear = supportFuelGj[c];
        double wasteGj = wasteEnergyGjFirstYear;
        netKwhPerTonneLocal = t > 0 ? 1000 * netMwhFirstYear / t : Double.NaN;
        netKwhPerTonneDelivered = d > 0 ? 1000 * netMwhFirstYear / d : Double.NaN;
        netEfficiencyLocal = wasteGj > 0 ? netMwhFirstYear / (wasteGj / 3.6) : 0;
        double grossGj = k.grossEfficiency() * wasteGj;
        r1 = wasteGj > 0 ? 2.6 * grossGj / (0.97 * wasteGj) : 0;
        r1Corrected = r1 * k.climateCorrectionFactor();
        treatedShare = t / d;
    }

    private void presentValues(BidKernel k) {
        DiscountRates rates = k.rates();
        pvCosts = rates.presentValue(totalCost, Basis.NOMINAL);
        pvElectricityRevenue = rates.presentValue(electricity, Basis.NOMINAL);
        pvTippingFees = rates.presentValue(fees, Basis.NOMINAL);
        pvShortfallPayments = rates.presentValue(shortfall, Basis.NOMINAL);
        pvResidualValue = rates.presentValue(residual, Basis.NOMINAL);
        pvDecommissioning = rates.presentValue(decommissioning, Basis.NOMINAL);
        npvProject = pvTippingFees + pvShortfallPayments + pvElectricityRevenue + pvResidualValue - pvCosts;
        paybackYears = ProjectReturns.paybackYears(net, constructionYears);
        pvCapex = rates.presentValue(capex, Basis.NOMINAL);
        revenueCostCoverage = k.authorityOwns()
                ? safeDivide(pvTippingFees + pvShortfallPayments, pvCosts - pvCapex)
                : safeDivide(pvTippingFees + pvShortfallPayments + pvElectricityRevenue + pvResidualValue, pvCosts);
        pvTreatedTonnesReal = rates.presentValue(treated, Basis.REAL);
        pvTreatedTonnesNominal = rates.presentValue(treated, Basis.NOMINAL);
        pvNetMwhReal = rates.presentValue(mwh, Basis.REAL);
        pvNetMwhNominal = rates.presentValue(mwh, Basis.NOMINAL);
        pvDeliveredTonnesReal = rates.presentValue(delivered, Basis.REAL);
        pvGuaranteedTonnesReal = rates.presentValue(guaranteed, Basis.REAL);
        pvShortfallTonnesReal = rates.presentValue(shortfallTonnes, Basis.REAL);
        levelisedCostPerTonneReal = safeDivide(pvCosts, pvTreatedTonnesReal);
        levelisedCostPerTonneNominal = safeDivide(pvCosts, pvTreatedTonnesNominal);
        levelisedCostPerMwhReal = safeDivide(pvCosts, pvNetMwhReal);
        levelisedCostPerMwhNominal = safeDivide(pvCosts, pvNetMwhNominal);
        // The base-year fee F, indexed at inflation, that zeroes npvProject: its fees and put-or-pay shortfall
        // payments are F × (1 + inflation)^y per tonne, worth F × PV of those tonnes at the real rate.
        breakEvenGateFeeReal = safeDivide(pvCosts - pvElectricityRevenue - pvResidualValue,
                pvTreatedTonnesReal + pvShortfallTonnesReal);
        pvGateFeesAtGuaranteedTonnage = rates.presentValue(feesAtGuarantee, Basis.NOMINAL);
        levelisedGateFeeReal = safeDivide(pvGateFeesAtGuaranteedTonnage, pvGuaranteedTonnesReal);
        pvLandfillCost = rates.presentValue(landfill, Basis.NOMINAL);
        authorityPv = k.authorityOwns()
                ? pvTippingFees + pvShortfallPayments + pvLandfillCost + pvCapex + pvDecommissioning
                        - pvElectricityRevenue - pvResidualValue
                : pvTippingFees + pvShortfallPayments + pvLandfillCost;
        authorityCostPerTonneReal = safeDivide(authorityPv, pvDeliveredTonnesReal);
        pvGrants = rates.presentValue(grants, Basis.NOMINAL);
        npvProjectWithGrants = npvProject + pvGrants;
        paybackYearsWithGrants = ProjectReturns.paybackYears(netWithGrants, constructionYears);
    }

    private void ghgAndJcm(BidKernel k) {
        jcmCostEffectiveness = Double.NaN;
        ghgComputed = k.hasGhg();
        jcmGhgComputed = k.hasJcm();
        if (!ghgComputed) {
            return;
        }
        GhgKernel g = k.ghg();
        if (ghg == null || ghg.years() != g.years()) {
            ghg = new GhgFlows(g.years());
        }
        // The grid displaced is what the plant physically exports, whatever the tariff recognises.
        ghg.compute(g, treated, physicalMwh, supportFuelGj, constructionYears);
        if (!k.hasJcm()) {
            return;
        }
        GhgKernel j = k.jcmGhg();
        if (jcmGhg == null || jcmGhg.years() != j.years()) {
            jcmGhg = new GhgFlows(j.years());
        }
        jcmGhg.compute(j, treated, physicalMwh, supportFuelGj, constructionYears);
        // Screening is on the JCM basis: the subsidy over the JCM reductions of its legal durable years.
        jcmCostEffectiveness = JcmScreening.costEffectiveness(k.jcmSubsidyJpy(), jcmGhg.annualEmissionReductions(),
                k.jcmLegalDurableYears());
    }

    /** A cost per unit of nothing is undefined, not zero: NaN keeps it out of every comparison. */
    private static double safeDivide(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }

    /** The project IRR of {@link #netCashFlow()} by bisection: about 200 present values, so computed on demand. */
    public double irrNominal() {
        return ProjectReturns.irr(net);
    }

    /** The project IRR of {@link #netCashFlowWithGrants()}, on demand like {@link #irrNominal()}. */
    public double irrNominalWithGrants() {
        return ProjectReturns.irr(netWithGrants);
    }

    public int years() {
        return capex.length;
    }

    public int constructionYears() {
        return constructionYears;
    }

    public double[] capex() {
        return capex;
    }

    public double[] fixedOm() {
        return fixedOm;
    }

    public double[] variableOm() {
        return variableOm;
    }

    /** What the support fuel burnt each year costs at the tender's evaluation price, nominal. */
    public double[] supportFuelCost() {
        return supportFuelCost;
    }

    /** Support fuel burnt each year (GJ). */
    public double[] supportFuelGj() {
        return supportFuelGj;
    }

    /** Support fuel burnt in the first operating year (GJ). */
    public double supportFuelGjFirstYear() {
        return supportFuelGjFirstYear;
    }

    public double[] majorMaintenance() {
        return majorMaintenance;
    }

    public double[] replacements() {
        return replacements;
    }

    public double[] decommissioning() {
        return decommissioning;
    }

    public double[] residualValue() {
        return residual;
    }

    public double[] electricityRevenue() {
        return electricity;
    }

    public double[] tippingFees() {
        return fees;
    }

    public double[] tippingFeesAtGuaranteedTonnage() {
        return feesAtGuarantee;
    }

    public double[] shortfallPayments() {
        return shortfall;
    }

    public double[] landfillCost() {
        return landfill;
    }

    public double[] deliveredTonnes() {
        return delivered;
    }

    public double[] treatedTonnes() {
        return treated;
    }

    public double[] netMwh() {
        return mwh;
    }

    public double[] guaranteedTonnes() {
        return guaranteed;
    }

    /** Net MWh the plant exports after degradation, before any plant-load-factor cap: what displaces the grid. */
    public double[] physicalNetMwh() {
        return physicalMwh;
    }

    /** Guaranteed tonnes not delivered, on which the authority pays put-or-pay. */
    public double[] shortfallTonnes() {
        return shortfallTonnes;
    }

    public double[] totalCost() {
        return totalCost;
    }

    public double[] netCashFlow() {
        return net;
    }

    /** Cash flow available for debt service: zero in construction years. */
    public double[] cashFlowAvailableForDebtService() {
        return cfads;
    }

    /** The JCM subsidy requested and the JFJCM grant, received in step with the construction schedule. */
    public double[] grants() {
        return grants;
    }

    /** {@link #netCashFlow()} plus {@link #grants()}: the project as its grants finance it. */
    public double[] netCashFlowWithGrants() {
        return netWithGrants;
    }

    public double pvGrants() {
        return pvGrants;
    }

    public double npvProjectWithGrants() {
        return npvProjectWithGrants;
    }

    public double paybackYearsWithGrants() {
        return paybackYearsWithGrants;
    }

    /** The GHG account, or {@code null} when the last kernel had none. */
    public GhgFlows ghg() {
        return ghgComputed ? ghg : null;
    }

    /** The JCM-basis account's flows; null unless the kernel {@linkplain BidKernel#hasJcm() screens JCM}. */
    public GhgFlows jcmGhg() {
        return jcmGhgComputed ? jcmGhg : null;
    }

    /** JPY of subsidy per tCO2 reduced; NaN unless the kernel {@linkplain BidKernel#hasJcm() screens JCM}. */
    public double jcmCostEffectiveness() {
        return jcmCostEffectiveness;
    }

    /** Net MWh the plant exports on the first operating year's waste, before degradation and caps. */
    public double netMwhFirstYear() {
        return netMwhFirstYear;
    }

    /** Energy in the waste treated in the first operating year (GJ). */
    public double wasteEnergyGjFirstYear() {
        return wasteEnergyGjFirstYear;
    }

    public double netKwhPerTonneLocal() {
        return netKwhPerTonneLocal;
    }

    public double netKwhPerTonneDelivered() {
        return netKwhPerTonneDelivered;
    }

    public double netEfficiencyLocal() {
        return netEfficiencyLocal;
    }

    public double r1() {
        return r1;
    }

    public double r1Corrected() {
        return r1Corrected;
    }

    /** Tonnes treated over tonnes delivered in the first operating year. */
    public double treatedShare() {
        return treatedShare;
    }

    public double pvCosts() {
        return pvCosts;
    }

    public double pvElectricityRevenue() {
        return pvElectricityRevenue;
    }

    public double pvTippingFees() {
        return pvTippingFees;
    }

    public double pvShortfallPayments() {
        return pvShortfallPayments;
    }

    public double pvResidualValue() {
        return pvResidualValue;
    }

    public double pvDecommissioning() {
        return pvDecommissioning;
    }

    public double pvShortfallTonnesReal() {
        return pvShortfallTonnesReal;
    }

    public double npvProject() {
        return npvProject;
    }

    public double pvCapex() {
        return pvCapex;
    }

    public double paybackYears() {
        return paybackYears;
    }

    public double revenueCostCoverage() {
        return revenueCostCoverage;
    }

    public double pvTreatedTonnesReal() {
        return pvTreatedTonnesReal;
    }

    public double pvTreatedTonnesNominal() {
        return pvTreatedTonnesNominal;
    }

    public double pvNetMwhReal() {
        return pvNetMwhReal;
    }

    public double pvNetMwhNominal() {
        return pvNetMwhNominal;
    }

    public double pvDeliveredTonnesReal() {
        return pvDeliveredTonnesReal;
    }

    public double pvGuaranteedTonnesReal() {
        return pvGuaranteedTonnesReal;
    }

    public double levelisedCostPerTonneReal() {
        return levelisedCostPerTonneReal;
    }

    public double levelisedCostPerTonneNominal() {
        return levelisedCostPerTonneNominal;
    }

    public double levelisedCostPerMwhReal() {
        return levelisedCostPerMwhReal;
    }

    public double levelisedCostPerMwhNominal() {
        return levelisedCostPerMwhNominal;
    }

    public double breakEvenGateFeeReal() {
        return breakEvenGateFeeReal;
    }

    public double pvGateFeesAtGuaranteedTonnage() {
        return pvGateFeesAtGuaranteedTonnage;
    }

    public double levelisedGateFeeReal() {
        return levelisedGateFeeReal;
    }

    public double pvLandfillCost() {
        return pvLandfillCost;
    }

    public double authorityPv() {
        return authorityPv;
    }

    /** The lifecycle criterion: the authority's real levelised cost per tonne delivered. */
    public double authorityCostPerTonneReal() {
        return authorityCostPerTonneReal;
    }
}
