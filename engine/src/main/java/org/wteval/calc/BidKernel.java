package org.wteval.calc;

import org.wteval.model.Bid;
import org.wteval.model.Origin;
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
    private final DiscountRates rates;
    private final boolean authorityOwns;
    private final double guaranteedTonnes;
    private final double variableOmPerTonne;

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
        rates = new DiscountRates(t.param("finance.discountRateReal").value(), t.param("finance.inflation").value());
        authorityOwns = plan.authorityOwns();
        guaranteedTonnes = t.tender().contract().guaranteedTonnesPerYear();
        variableOmPerTonne = b.variableOmPerTonne().value();
        double landfillCost = t.param("finance.landfillCostPerTonne").value();

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
        double fuelPrice = b.supportFuelPricePerGj() == null ? 0 : b.supportFuelPricePerGj().value();
        grants = new double[years];
        jcmSubsidyRequested = b.jcmSubsidyRequested() == null ? 0 : b.jcmSubsidyRequested().value();
        jfjcmGrant = JfjcmGrant.grant(b.capex().value(), t.param("jfjcm.referenceCapexPerTonnePerDay").value(),
                p.capacityTonnesPerDay(), t.param("jfjcm.maxGrant").value());
        int c = constructionYears;
        for (int j = 0; j < c; j++) {
            capex[j] = b.capex().value() * fin.constructionSchedule().get(j);
            // Grants reduce the capex outlay in step with the construction schedule.
            grants[j] = (jcmSubsidyRequested + jfjcmGrant) * fin.constructionSchedule().get(j);
        }
        // A regime without gate fees pays none, whatever the bid asked (RevenuePlan.noGateFeeRule).
        double gateFee = plan.noGateFeeRule() == null ? b.tippingFeePerTonne().value() : 0;
        for (int j = c; j < years; j++) {
            int y = j + 1;
            int k = j - c + 1;
            double mmEsc = Math.pow(1 + fin.majorMaintenanceEscalation(), y);
            delivered[j] = t.deliveredTonnes(k);
            degradation[j] = Math.pow(1 - fin.degradationPerYear(), k - 1);
            mwhCap[j] = plan.plantLoadFactorCap(k) * netCapacityMw * 8760;
            fixedOm[j] = b.fixedOmPerYear().value() * Math.pow(1 + fin.fixedOmEscalation(), y);
            variableOmGrowth[j] = Math.pow(1 + fin.variableOmEscalation(), y);
            majorMaintenance[j] = k % fin.majorMaintenance().everyYears() == 0
                    ? b.majorMaintenanceCost().value() * mmEsc : 0;
            for (int i = 0; i < fin.replacements().size(); i++) {
                if (fin.replacements().get(i).operatingYear() == k) {
                    replacements[j] += b.replacementCosts().get(i).value() * mmEsc;
                }
            }
            if (j == years - 1) {
                double inflated = Math.pow(1 + rates.inflation(), y);
                residual[j] = b.residualValue().value() * inflated;
                decommissioning[j] = b.decommissioningCost().value() * inflated;
            }
            // A FiT is flat nominal; the DBO value of power is base-year money and rises with inflation.
            tariff[j] = plan.priceIndexedAtInflation()
                    ? plan.tariffPerMwh().value() * Math.pow(1 + rates.inflation(), y)
                    : plan.regulated()
                    ? plan.tariffPerMwh().value() + (k <= plan.premiumYears() ? plan.premiumPerMwh() : 0)
                    : plan.tariffPerMwh().value() * Math.pow(1 + fin.tariffIndexationPerYear(), y);
            fee[j] = gateFee * Math.pow(1 + fin.tippingFeeIndexationPerYear(), y);
            // An untreated tonne costs at least what the bid would have been paid to treat it: a cheap landfill
            // must never make treating less look cheaper.
            landfillPrice[j] = Math.max(landfillCost * Math.pow(1 + rates.inflation(), y), fee[j]);
            // The tender's fuel price is base-year money, like the landfill cost.
            supportFuelPrice[j] = fuelPrice * Math.pow(1 + rates.inflation(), y);
        }

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

    double tariff(int j) {
        return tariff[j];
    }

    double fee(int j) {
        return fee[j];
    }

    double landfillPrice(int j) {
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
