package org.wteval.calc;

import org.wteval.model.Bid;
import org.wteval.model.Origin;
import org.wteval.model.UncertainVariable;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.ResolvedTender;

/**
 * Everything about one bid under its revenue plan that does not change from one evaluation to the next, reduced
 * to doubles once so that {@link BidFlows#compute} is arithmetic on arrays: the plant run against the tender's
 * waste, the money inputs in the evaluation currency with every escalation factor {@code (1 + rate)^y} already
 * raised, the plan's tariff and caps by year, the guarantee, and the GHG and JCM constants when they apply.
 *
 * <p>Arrays run by contract year, index {@code j} for year {@code j + 1} after the base year; operating year
 * {@code k} is index {@code constructionYears + k − 1}. Each table entry is computed by the same expression the
 * explained figures state, so the fast and the explained paths agree to the last bit.
 */
public final class BidKernel {

    /** The toolkit's CO2 emission factor of a support fuel, by fuel: this prefix and the fuel's name. */
    public static final String FUEL_EMISSION_FACTOR = "ghg.fuelEmissionFactor.";

    private final int constructionYears;
    private final int years;
    private final int firstYear;
    private final PlantModel model;
    private final double netCapacityMw;
    private final double netEfficiencyDesign;
    private final double climateCorrectionFactor;
    private final double grossEfficiency;
    private final boolean authorityOwns;
    private final double guaranteedTonnes;

    // What the scenario tables are priced from (see #price).
    private final boolean scenarioCopy;
    private final double realRate;
    private final double inflation;
    private final double tonnesPerDay;
    private final double growthPerYear;
    private final double capexAsBid;
    private final double[] constructionSchedule;
    private final double[] fixedOmAsBid;
    private final double variableOmAsBid;
    private final double residualValue;
    private final double decommissioningCost;
    private final RevenuePlan plan;
    private final double tariffIndexation;
    private final double landfillCost;
    private final double fuelPrice;

    // Scenario tables: rewritten in a scenario copy, fixed in a shared kernel.
    private DiscountRates rates;
    private double variableOmPerTonne;

    private final double[] delivered;
    private final double[] degradation;
    private final double[] mwhCap;
    private final double[] capex;
    private final double[] fixedOm;
    private final double[] variableOmGrowth;
    private final double[] majorMaintenance;
    private final double[] replacements;
    private final double[] residual;
    private final double[] decommissioning;
    private final double[] tariff;
    private final double[] fee;
    private final double[] landfillPrice;
    private final double[] supportFuelPrice;
    private final double[] grants;
    private final double jcmSubsidyRequested;
    private final double jfjcmGrant;

    private final GhgKernel ghg;
    private final GhgKernel jcmGhg;
    private final boolean jcm;
    private final double jcmSubsidyJpy;
    private final double jcmSubsidyShare;
    private final double jcmSubsidyCapShare;
    private final double jcmLegalDurableYears;

    private BidKernel(ResolvedTender t, ResolvedBid b, RevenuePlan plan, PlantModel model, double netCapacityMw) {
        Bid.Finance fin = b.finance();
        Bid.Plant p = b.plant();
        constructionYears = t.constructionYears();
        years = constructionYears + t.operationYears();
        firstYear = t.tender().baseYear() + 1;
        this.model = model;
        this.netCapacityMw = netCapacityMw;
        double ld = p.combustionDiagram().designLhvMjPerKg();
        netEfficiencyDesign = PlantModel.netEfficiency(p.grossElectricalEfficiency(),
                p.auxiliaryLoadMw() / p.lines(), ld, PlantModel.tonnesPerHourPerLine(p.combustionDiagram(), ld));
        climateCorrectionFactor = EnergyCalculator.climateCorrectionFactor(
                t.param("r1.heatingDegreeDays").value());
        grossEfficiency = p.grossElectricalEfficiency();
        authorityOwns = plan.authorityOwns();
        guaranteedTonnes = t.tender().contract().guaranteedTonnesPerYear();
        scenarioCopy = false;
        realRate = t.param("finance.discountRateReal").value();
        inflation = t.param("finance.inflation").value();
        tonnesPerDay = t.tender().waste().tonnesPerDay();
        growthPerYear = t.tender().waste().growthPerYear();
        capexAsBid = b.capex().value();
        variableOmAsBid = b.variableOmPerTonne().value();
        residualValue = b.residualValue().value();
        decommissioningCost = b.decommissioningCost().value();
        this.plan = plan;
        tariffIndexation = fin.tariffIndexationPerYear();
        landfillCost = t.param("finance.landfillCostPerTonne").value();
        fuelPrice = b.supportFuelPricePerGj() == null ? 0 : b.supportFuelPricePerGj().value();

        delivered = new double[years];
        degradation = new double[years];
        mwhCap = new double[years];
        capex = new double[years];
        fixedOm = new double[years];
        variableOmGrowth = new double[years];
        majorMaintenance = new double[years];
        replacements = new double[years];
        residual = new double[years];
        decommissioning = new double[years];
        tariff = new double[years];
        fee = new double[years];
        landfillPrice = new double[years];
        supportFuelPrice = new double[years];
        fixedOmAsBid = new double[years];
        constructionSchedule = new double[constructionYears];
        grants = new double[years];
        jcmSubsidyRequested = b.jcmSubsidyRequested() == null ? 0 : b.jcmSubsidyRequested().value();
        jfjcmGrant = JfjcmGrant.grant(b.capex().value(), t.param("jfjcm.referenceCapexPerTonnePerDay").value(),
                p.capacityTonnesPerDay(), t.param("jfjcm.maxGrant").value());
        int c = constructionYears;
        for (int j = 0; j < c; j++) {
            constructionSchedule[j] = fin.constructionSchedule().get(j);
            // Grants reduce the capex outlay in step with the construction schedule.
            grants[j] = (jcmSubsidyRequested + jfjcmGrant) * fin.constructionSchedule().get(j);
        }
        // A regime without gate fees pays none, whatever the bid asked (RevenuePlan.noGateFeeRule).
        double gateFee = plan.noGateFeeRule() == null ? b.tippingFeePerTonne().value() : 0;
        for (int j = c; j < years; j++) {
            int y = j + 1;
            int k = j - c + 1;
            double mmEsc = Math.pow(1 + fin.majorMaintenanceEscalation(), y);
            degradation[j] = Math.pow(1 - fin.degradationPerYear(), k - 1);
            mwhCap[j] = plan.plantLoadFactorCap(k) * netCapacityMw * 8760;
            fixedOmAsBid[j] = b.fixedOmPerYear().value() * Math.pow(1 + fin.fixedOmEscalation(), y);
            variableOmGrowth[j] = Math.pow(1 + fin.variableOmEscalation(), y);
            majorMaintenance[j] = k % fin.majorMaintenance().everyYears() == 0
                    ? b.majorMaintenanceCost().value() * mmEsc : 0;
            for (int i = 0; i < fin.replacements().size(); i++) {
                if (fin.replacements().get(i).operatingYear() == k) {
                    replacements[j] += b.replacementCosts().get(i).value() * mmEsc;
                }
            }
            fee[j] = gateFee * Math.pow(1 + fin.tippingFeeIndexationPerYear(), y);
        }
        price(UncertainVariable.centralDraw());

        Bid.SupportFuel fuel = p.supportFuel();
        ghg = t.toolkit().has(BidMetrics.GRID_FACTOR)
                ? GhgKernel.withSupportFuel(firstYear + c, t.operationYears(), t.tender().waste().composition(),
                        type -> new Origin.CaseField(t.sources().tender("waste.composition." + type)),
                        t.param(BidMetrics.GRID_FACTOR), GhgParameters.from(t.toolkit()),
                        fuel == null ? null : t.param(FUEL_EMISSION_FACTOR + fuel.fuel()))
                : null;
        jcm = ghg != null && b.bid().jcm() != null;
        if (jcm) {
            JcmScreening.Terms terms = JcmScreening.terms(t, b, plan);
            jcmGhg = JcmGhgAccount.kernel(t.toolkit(), firstYear + c, t.operationYears(),
                    t.tender().waste().composition(),
                    type -> new Origin.CaseField(t.sources().tender("waste.composition." + type)),
                    terms.legalDurableYears(), fuel == null ? null : t.param(FUEL_EMISSION_FACTOR + fuel.fuel()));
            jcmSubsidyJpy = terms.subsidyJpy().value();
            jcmSubsidyShare = terms.subsidyShare().value();
            jcmSubsidyCapShare = terms.subsidyCapShare().value();
            jcmLegalDurableYears = terms.legalDurableYears().value();
        } else {
            jcmGhg = null;
            jcmSubsidyJpy = Double.NaN;
            jcmSubsidyShare = Double.NaN;
            jcmSubsidyCapShare = Double.NaN;
            jcmLegalDurableYears = Double.NaN;
        }
    }

    /** A scenario copy of {@code shared}: the invariant tables shared, the scenario tables its own. */
    private BidKernel(BidKernel shared) {
        constructionYears = shared.constructionYears;
        years = shared.years;
        firstYear = shared.firstYear;
        model = shared.model.scenarioCopy();
        netCapacityMw = shared.netCapacityMw;
        netEfficiencyDesign = shared.netEfficiencyDesign;
        climateCorrectionFactor = shared.climateCorrectionFactor;
        grossEfficiency = shared.grossEfficiency;
        authorityOwns = shared.authorityOwns;
        guaranteedTonnes = shared.guaranteedTonnes;
        scenarioCopy = true;
        realRate = shared.realRate;
        inflation = shared.inflation;
        tonnesPerDay = shared.tonnesPerDay;
        growthPerYear = shared.growthPerYear;
        capexAsBid = shared.capexAsBid;
        constructionSchedule = shared.constructionSchedule;
        fixedOmAsBid = shared.fixedOmAsBid;
        variableOmAsBid = shared.variableOmAsBid;
        residualValue = shared.residualValue;
        decommissioningCost = shared.decommissioningCost;
        plan = shared.plan;
        tariffIndexation = shared.tariffIndexation;
        landfillCost = shared.landfillCost;
        fuelPrice = shared.fuelPrice;
        delivered = new double[years];
        degradation = shared.degradation;
        mwhCap = shared.mwhCap;
        capex = new double[years];
        fixedOm = new double[years];
        variableOmGrowth = shared.variableOmGrowth;
        majorMaintenance = shared.majorMaintenance;
        replacements = shared.replacements;
        residual = new double[years];
        decommissioning = new double[years];
        tariff = new double[years];
        fee = shared.fee;
        landfillPrice = new double[years];
        supportFuelPrice = new double[years];
        grants = shared.grants;
        jcmSubsidyRequested = shared.jcmSubsidyRequested;
        jfjcmGrant = shared.jfjcmGrant;
        ghg = shared.ghg;
        jcmGhg = shared.jcmGhg;
        jcm = shared.jcm;
        jcmSubsidyJpy = shared.jcmSubsidyJpy;
        jcmSubsidyShare = shared.jcmSubsidyShare;
        jcmSubsidyCapShare = shared.jcmSubsidyCapShare;
        jcmLegalDurableYears = shared.jcmLegalDurableYears;
        price(UncertainVariable.centralDraw());
    }

    /**
     * Fills the scenario tables from {@code draw}, values by {@link UncertainVariable#ordinal()}: the shifts are
     * added to the evaluated inflation, real discount rate, tonnage growth and LHV, the factors multiply the tariff
     * (of a plan not regulated by law), the alternative-disposal cost, the capex and the fixed and variable O&amp;M.
     * Grants stay those of the capex as bid, as awarded; inflation moves every price indexed to it.
     */
    private void price(double[] draw) {
        double inflationNow = inflation + draw[UncertainVariable.INFLATION_SHIFT.ordinal()];
        rates = new DiscountRates(realRate + draw[UncertainVariable.DISCOUNT_RATE_REAL_SHIFT.ordinal()],
                inflationNow);
        double growth = growthPerYear + draw[UncertainVariable.TONNAGE_GROWTH_SHIFT.ordinal()];
        double electricity = draw[UncertainVariable.ELECTRICITY_PRICE.ordinal()];
        double disposal = landfillCost * draw[UncertainVariable.ALTERNATIVE_DISPOSAL_COST.ordinal()];
        double capexNow = capexAsBid * draw[UncertainVariable.CAPEX_OVERRUN.ordinal()];
        double om = draw[UncertainVariable.OM_OVERRUN.ordinal()];
        variableOmPerTonne = variableOmAsBid * om;
        int c = constructionYears;
        for (int j = 0; j < c; j++) {
            capex[j] = capexNow * constructionSchedule[j];
        }
        for (int j = c; j < years; j++) {
            int y = j + 1;
            int k = j - c + 1;
            double inflated = Math.pow(1 + inflationNow, y);
            delivered[j] = ResolvedTender.deliveredTonnes(tonnesPerDay, growth, k);
            fixedOm[j] = fixedOmAsBid[j] * om;
            if (j == years - 1) {
                residual[j] = residualValue * inflated;
                decommissioning[j] = decommissioningCost * inflated;
            }
            // A FiT is flat nominal; the DBO value of power is base-year money and rises with inflation.
            tariff[j] = plan.priceIndexedAtInflation()
                    ? plan.tariffPerMwh().value() * inflated * electricity
                    : plan.regulated()
                    ? plan.tariffPerMwh().value() + (k <= plan.premiumYears() ? plan.premiumPerMwh() : 0)
                    : plan.tariffPerMwh().value() * Math.pow(1 + tariffIndexation, y) * electricity;
            // An untreated tonne costs at least what the bid would have been paid to treat it: a cheap landfill
            // must never make treating less look cheaper.
            landfillPrice[j] = Math.max(disposal * inflated, fee[j]);
            // The tender's fuel price is base-year money, like the landfill cost.
            supportFuelPrice[j] = fuelPrice * inflated;
        }
        if (scenarioCopy) {
            model.shiftLhv(draw[UncertainVariable.LHV_SHIFT.ordinal()]);
        }
    }

    /**
     * A copy of this kernel for one thread's scenarios, priced at the central draw until {@link #applyScenario}: its
     * scenario tables are its own, the rest is shared with this kernel, which stays as it is.
     */
    public BidKernel scenarioCopy() {
        return new BidKernel(this);
    }

    /**
     * Prices this scenario copy for one scenario's draw (see {@link #price}). Allocates one {@link DiscountRates}
     * and nothing else.
     *
     * @param draw every {@link UncertainVariable}'s value by ordinal, this bid's own for the per-bid ones
     * @throws IllegalStateException on a kernel that is not a {@link #scenarioCopy()}: kernels are shared
     */
    public void applyScenario(double[] draw) {
        if (!scenarioCopy) {
            throw new IllegalStateException("only a scenario copy of a kernel can be priced for a scenario");
        }
        price(draw);
    }

    /** The kernel of a bid under the revenue plan the planning rules decided for it. */
    public static BidKernel of(ResolvedTender t, ResolvedBid b, RevenuePlan plan) {
        return new BidKernel(t, b, plan, PlantModel.of(t, b), PlantModel.netCapacityMw(b.plant()));
    }

    /** The same with a plant model and net capacity the caller already holds. */
    static BidKernel of(ResolvedTender t, ResolvedBid b, RevenuePlan plan, PlantModel model, double netCapacityMw) {
        return new BidKernel(t, b, plan, model, netCapacityMw);
    }

    public int constructionYears() {
        return constructionYears;
    }

    /** Construction plus operating years: the length of every yearly flow. */
    public int years() {
        return years;
    }

    /** Calendar year of index 0. */
    public int firstYear() {
        return firstYear;
    }

    public PlantModel model() {
        return model;
    }

    public double netCapacityMw() {
        return netCapacityMw;
    }

    public double netEfficiencyDesign() {
        return netEfficiencyDesign;
    }

    public double climateCorrectionFactor() {
        return climateCorrectionFactor;
    }

    double grossEfficiency() {
        return grossEfficiency;
    }

    public DiscountRates rates() {
        return rates;
    }

    public boolean authorityOwns() {
        return authorityOwns;
    }

    public double guaranteedTonnes() {
        return guaranteedTonnes;
    }

    /** Whether the toolkit gives a grid emission factor, so the bid has a GHG account. */
    public boolean hasGhg() {
        return ghg != null;
    }

    /** Whether the bid requests a JCM subsidy and has a GHG account to screen it against. */
    public boolean hasJcm() {
        return jcm;
    }

    GhgKernel ghg() {
        return ghg;
    }

    /** The JCM-basis account's kernel; present exactly when {@link #hasJcm()}. */
    GhgKernel jcmGhg() {
        return jcmGhg;
    }

    double variableOmPerTonne() {
        return variableOmPerTonne;
    }

    double delivered(int j) {
        return delivered[j];
    }

    double degradation(int j) {
        return degradation[j];
    }

    double mwhCap(int j) {
        return mwhCap[j];
    }

    double capex(int j) {
        return capex[j];
    }

    double fixedOm(int j) {
        return fixedOm[j];
    }

    double variableOmGrowth(int j) {
        return variableOmGrowth[j];
    }

    double majorMaintenance(int j) {
        return majorMaintenance[j];
    }

    double replacements(int j) {
        return replacements[j];
    }

    double residual(int j) {
        return residual[j];
    }

    double decommissioning(int j) {
        return decommissioning[j];
    }

    /** Price of a MWh the plan pays in contract year {@code j + 1}, nominal; zero in construction. */
    public double tariff(int j) {
        return tariff[j];
    }

    /** Gate fee per tonne in contract year {@code j + 1}, nominal; zero in construction. */
    public double fee(int j) {
        return fee[j];
    }

    /** What an untreated tonne costs the authority in contract year {@code j + 1}, nominal. */
    public double landfillPrice(int j) {
        return landfillPrice[j];
    }

    /** Nominal price of a GJ of the bid's support fuel in contract year {@code j + 1}; zero without support fuel. */
    double supportFuelPrice(int j) {
        return supportFuelPrice[j];
    }

    /** Grants received in contract year {@code j + 1}: zero outside construction. */
    public double grants(int j) {
        return grants[j];
    }

    /** The JCM subsidy the bid requests, in the evaluation currency; zero when it requests none. */
    public double jcmSubsidyRequested() {
        return jcmSubsidyRequested;
    }

    /** The JFJCM grant the engine computes for the bid, in the evaluation currency. */
    public double jfjcmGrant() {
        return jfjcmGrant;
    }

    /** The JCM subsidy requested in JPY; NaN without {@link #hasJcm()}. */
    public double jcmSubsidyJpy() {
        return jcmSubsidyJpy;
    }

    /** The subsidy as a share of the initial investment; NaN without {@link #hasJcm()}. */
    public double jcmSubsidyShare() {
        return jcmSubsidyShare;
    }

    /** The highest share JCM grants the bid's tier; NaN without {@link #hasJcm()}. */
    public double jcmSubsidyCapShare() {
        return jcmSubsidyCapShare;
    }

    double jcmLegalDurableYears() {
        return jcmLegalDurableYears;
    }
}
