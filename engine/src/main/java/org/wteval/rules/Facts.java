package org.wteval.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wteval.calc.BidMetrics;
import org.wteval.calc.EfficiencyThresholds;
import org.wteval.calc.PlantModel;
import org.wteval.calc.RevenuePlan;
import org.wteval.calc.TenderMetrics;
import org.wteval.model.Bid;
import org.wteval.model.Figure;
import org.wteval.model.Param;
import org.wteval.model.Tender;
import org.wteval.model.Toolkit;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.ResolvedPriceReference;
import org.wteval.resolve.ResolvedTender;

/** Turns resolved inputs and calculated metrics into the facts each rule session matches on. */
public final class Facts {

    private static final String LIMITS = "emissions.limits";
    private static final String REFERENCE_OXYGEN = "emissions.referenceOxygenPercent";
    private static final String JAPAN = "efficiency.japan.";

    private Facts() {
    }

    /**
     * Facts for the planning session: toolkit parameters, the contract, and what each bid's tariff and JCM tier
     * depend on.
     */
    public static List<Object> plan(ResolvedTender t, List<ResolvedBid> bids) {
        List<Object> facts = params(t);
        Double value = t.tender().contract().electricityValuePerMwh();
        facts.add(new ContractFacts(t.tender().contract().modality(), t.operationYears(),
                value == null ? Double.NaN : value));
        for (ResolvedBid b : bids) {
            facts.add(new PlanFacts(b.id(), PlantModel.netCapacityMw(b.plant()), b.plant().capacityTonnesPerDay(),
                    b.bid().jcm() != null));
        }
        return facts;
    }

    /** Facts for the evaluation session: gates, qualification and price checks. */
    public static List<Object> of(ResolvedTender t, TenderMetrics tm, List<BidMetrics> bids,
                                  Map<String, RevenuePlan> plans) {
        return of(t, tm, bids, plans, Set.of());
    }

    /**
     * Facts for the evaluation session once the committee has rejected bids {@code rejected} as abnormally low.
     */
    public static List<Object> of(ResolvedTender t, TenderMetrics tm, List<BidMetrics> bids,
                                  Map<String, RevenuePlan> plans, Set<String> rejected) {
        List<Object> facts = params(t);
        double referenceOxygen = t.toolkit().number(REFERENCE_OXYGEN);
        for (Map.Entry<String, Param> e : t.toolkit().section(LIMITS).entrySet()) {
            Param p = e.getValue();
            facts.add(new EmissionLimit(e.getKey(), OxygenCorrection.toBidBasis(p.number(), referenceOxygen),
                    p.unit(), p.key()));
        }
        Double weekly = t.tender().waste().weeklyVariationFraction();
        facts.add(new TenderFacts(tm.averageLhv().value(), tm.lowLhv().value(), tm.highLhv().value(),
                tm.annualTonnes().value(), weekly == null ? Double.NaN : weekly, t.operationYears(),
                t.tender().contract().modality(), t.tender().waste().sourceSegregated(),
                t.tender().contract().guaranteedTonnesPerYear(), t.tender().waste().tonnesPerDay()));
        double[] fees = bids.stream().mapToDouble(m -> m.lifecycle().levelisedGateFeeReal().value()).toArray();
        FeeComparisons comparisons = FeeComparisons.of(fees);
        for (int i = 0; i < bids.size(); i++) {
            addBid(facts, t.toolkit(), tm, bids.get(i), plans.get(bids.get(i).bidId()), fees, comparisons, i);
        }
        addPrices(facts, t, bids, rejected);
        return facts;
    }

    /**
     * Each bid's price on the basis of the tender's price reference (the levelised gate fee when it states none),
     * and the owner's estimate when it gives one. Which bids count as responsive is left to the rules, since
     * qualification is decided in the same session.
     */
    private static void addPrices(List<Object> facts, ResolvedTender t, List<BidMetrics> bids,
                                  Set<String> rejected) {
        ResolvedPriceReference ref = t.priceReference();
        String basis = ref == null ? Tender.LEVELISED_GATE_FEE : ref.basis();
        for (BidMetrics m : bids) {
            facts.add(new PriceFacts(m.bidId(), basis, basisFigure(m, basis).value(), rejected.contains(m.bidId())));
        }
        if (ref != null && ref.ownerEstimate() != null) {
            facts.add(new OwnerEstimate(basis, ref.ownerEstimate().value()));
        }
    }

    /** The bid figure a price reference on {@code basis} compares with. */
    public static Figure basisFigure(BidMetrics m, String basis) {
        return Tender.AUTHORITY_COST_PER_TONNE.equals(basis) ? m.lifecycle().authorityCostPerTonneReal()
                : m.lifecycle().levelisedGateFeeReal();
    }

    /** Every toolkit parameter, money converted into the evaluation currency. */
    private static List<Object> params(ResolvedTender t) {
        List<Object> facts = new ArrayList<>();
        for (Param p : t.toolkit().params().values()) {
            Figure money = t.money().get(p.key());
            facts.add(money == null ? p : p.withValue(money.value(), money.unit(), "converted at the tender's rate"));
        }
        return facts;
    }

    /**
     * The least yearly throughput of the plant's combustion diagram at any LHV in {@code [low, high]}: a line's
     * tonnes per hour only fall as the LHV rises, so it is the throughput at {@code high}, and zero if the stable
     * window does not cover the whole range (waste the plant cannot burn is waste it cannot treat).
     */
    static double leastCapacity(Bid.Plant p, double low, double high) {
        Bid.CombustionDiagram d = p.combustionDiagram();
        if (d.minLhvMjPerKg() > low || d.maxLhvMjPerKg() < high) {
            return 0;
        }
        return p.lines() * PlantModel.tonnesPerHourPerLine(d, high) * p.availabilityHoursPerYear();
    }

    /**
     * Every bid's fee against the others, in one pass over the sorted fees rather than one per bid: the mean of the
     * other fees (NaN for a single bid) and the lowest other fee at or above its own (NaN for the highest).
     */
    record FeeComparisons(double[] meanOfOthers, double[] nextAtOrAbove) {

        static FeeComparisons of(double[] fees) {
            int n = fees.length;
            double total = 0;
            for (double f : fees) {
                total += f;
            }
            double[] sorted = fees.clone();
            java.util.Arrays.sort(sorted);
            double[] mean = new double[n];
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                mean[i] = n > 1 ? (total - fees[i]) / (n - 1) : Double.NaN;
                int first = lowerBound(sorted, fees[i]);
                int after = lowerBound(sorted, Math.nextUp(fees[i]));
                // Another bid at the same fee is the next one up; otherwise the first fee above it.
                next[i] = Double.isNaN(fees[i]) ? Double.NaN
                        : after - first > 1 ? fees[i] : after < n ? sorted[after] : Double.NaN;
            }
            return new FeeComparisons(mean, next);
        }

        /** The first index whose fee is at least {@code v}. */
        private static int lowerBound(double[] sorted, double v) {
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] < v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    private static void addBid(List<Object> facts, Toolkit tk, TenderMetrics tm, BidMetrics m, RevenuePlan plan,
                               double[] fees, FeeComparisons comparisons, int self) {
        Bid.Plant p = m.bid().plant();
        Bid.CombustionDiagram d = p.combustionDiagram();
        String id = m.bidId();
        double diagramCapacity = p.lines() * PlantModel.tonnesPerHourPerLine(d, d.designLhvMjPerKg()) * 24;
        double assumedToRegulated = plan.regulated()
                ? m.bid().electricityTariffPerMwh().value() / plan.tariffPerMwh().value() : Double.NaN;
        double japanese = EfficiencyThresholds.japanese(p.capacityTonnesPerDay(),
                tk.number(JAPAN + "smallPlantTonnesPerDay"), tk.number(JAPAN + "smallPlantMinNetEfficiency"),
                tk.number(JAPAN + "midPlantTonnesPerDay"), tk.number(JAPAN + "midPlantMinNetEfficiency"),
                tk.number(JAPAN + "largePlantTonnesPerDay"), tk.number(JAPAN + "largePlantMinNetEfficiency"));
        facts.add(new BidFacts(id, p.availabilityHoursPerYear(), m.energy().netEfficiencyDesign().value(),
                d.minLhvMjPerKg(), d.maxLhvMjPerKg(), p.capacityTonnesPerDay(), diagramCapacity,
                p.capacityTonnesPerDay() / diagramCapacity,
                fees[self], fees[self] / comparisons.meanOfOthers()[self],
                fees[self] / comparisons.nextAtOrAbove()[self], m.lifecycle().revenueCostCoverage().value(),
                m.bid().tippingFeePerTonne().value(), assumedToRegulated, p.continuousEmissionMonitoring(), japanese,
                m.energy().r1Corrected().value(), leastCapacity(p, tm.lowLhv().value(), tm.highLhv().value())));
        if (m.lifecycle().financing() != null) {
            facts.add(new FinancingFacts(id, m.lifecycle().financing().dscrMinimum().value(),
                    (int) m.lifecycle().financing().dscrMinimumYear().value()));
        }
        if (m.ghg() != null) {
            facts.add(new GhgFacts(id, m.ghg().annualEmissionReductions().value()));
        }
        Figure jcmRequested = m.bid().jcmSubsidyRequested();
        facts.add(new GrantFacts(id, jcmRequested != null, jcmRequested == null ? 0 : jcmRequested.value(),
                m.jfjcm().grant().value(), m.jfjcm().grant().unit()));
        if (m.jcm() != null) {
            facts.add(new JcmFacts(id, m.jcm().subsidyShare().value(), m.jcm().subsidyCapShare().value(),
                    m.jcm().costEffectivenessJpyPerTco2().value(), m.jcm().paybackYears().value()));
        }
        for (Map.Entry<String, Double> g : p.emissionGuarantees().entrySet()) {
            facts.add(new EmissionGuarantee(id, g.getKey(), g.getValue()));
        }
        for (Bid.ReferencePlant r : p.referencePlants()) {
            facts.add(new ReferencePlantFact(id, r.name(), r.yearsOperating(), r.averageLhvMjPerKg()));
        }
    }
}
