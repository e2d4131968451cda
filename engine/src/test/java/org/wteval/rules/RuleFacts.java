package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wteval.BundledRules;
import org.wteval.model.Param;
import org.wteval.model.Severity;

/**
 * A realistic fact set for rule tests: one tender and two bids that pass every gate, with the toolkit parameters
 * the rules read at the values of {@code toolkits/base.yaml}. A test changes exactly one thing and fires the
 * bundled rules over the result.
 *
 * <p>Baseline, and why it passes:
 * <ul>
 *   <li>tender: average LHV 8.0 MJ/kg (≥ 7), P10 6.2 (≥ 6), P90 10.0; 365,000 t/yr (≥ 50,000); weekly variation
 *       0.10 (≤ 0.20); 25 operating years (≥ 15); 330,000 t/yr guaranteed;</li>
 *   <li>bid A: 8,000 h/yr (≥ 7,500), 22% net (≥ 15%), LHV window 6.0–11.0 (covers 6.2–10.0), declared capacity
 *       equal to the diagram's, dust 5 and NOx 150 mg/Nm3 (limits 10 and 200), a 5-year reference on 8.5 MJ/kg
 *       waste (≤ 8.0 × 1.15 = 9.2); fee ratios 0.8 (above 0.6 and 0.7), cost coverage 1.1 (≥ 0.75); lowest
 *       debt-service cover 1.35 (≥ 1.20); net emission reductions 40,000 tCO2e/yr (≥ 0); its diagram treats at
 *       least 340,000 t/yr across the tender's LHV range (≥ 330,000);</li>
 *   <li>bid B: the same kind of bid with other numbers, and the higher fee, so it has no next bid (NaN); it states
 *       no financing and has no GHG account, as a bid under a toolkit without a grid factor.</li>
 * </ul>
 */
final class RuleFacts {

    static final String A = "A";
    static final String B = "B";

    // Toolkit values from toolkits/base.yaml; BaselineFactsTest checks them against the file.
    static final double MIN_AVERAGE_LHV = 7.0;
    static final double MIN_LHV = 6.0;
    static final double MIN_ANNUAL_TONNES = 50_000;
    static final double MAX_WEEKLY_VARIATION = 0.20;
    static final double MIN_HORIZON_YEARS = 15;
    static final double MIN_AVAILABILITY_HOURS = 7500;
    static final double MIN_NET_EFFICIENCY = 0.15;
    static final double CAPACITY_TOLERANCE = 0.02;
    static final double REFERENCE_MIN_YEARS = 3;
    static final double REFERENCE_LHV_TOLERANCE = 0.15;
    static final double DUST_LIMIT = 10;
    static final double NOX_LIMIT = 200;
    static final double BELOW_MEAN_SHARE = 0.40;
    static final double BELOW_NEXT_SHARE = 0.30;
    static final double MIN_COST_COVERAGE = 0.75;
    static final double BELOW_ESTIMATE_SHARE = 0.20;
    static final double RELATIVE_MIN_BIDS = 5;
    static final double RELATIVE_STD_DEVS = 1.0;
    static final double TARIFF_TOLERANCE = 0.02;
    static final double R1_THRESHOLD = 0.65;
    static final double MIN_DSCR = 1.20;
    static final String ALL_MODALITIES = "BOT,BOO,BOOT,DBO,DBFO,concession";

    /**
     * Keys only country toolkits set (base.yaml has no default for them): the rules reading them stay silent
     * unless a toolkit provides them, and their tests add them explicitly.
     */
    static final java.util.Set<String> COUNTRY_KEYS = java.util.Set.of("tariff.ppaYears", "tippingFee.centralSupportCapPerTonne",
            "tariff.fixed.perMwh", "tariff.banded.thresholdMw", "tariff.banded.lowPerMwh",
            "tariff.banded.highInterceptPerMwh", "tariff.banded.highSlopePerMwhPerMw", "tariff.tiered.smallMaxMw",
            "tariff.tiered.smallBasePerMwh", "tariff.tiered.smallPremiumPerMwh", "tariff.tiered.premiumYears",
            "tariff.tiered.largeMaxMw", "tariff.tiered.largePerMwh", "tariff.plf.perMwh", "tariff.plf.year1",
            "tariff.plf.year2", "tariff.plf.year3On",
            // Set only by Indonesia's Perpres 109/2025 version.
            "tariff.single.perMwh", "tippingFee.payable", "supply.minTonnesPerDay",
            // Set only by a toolkit that has a committee score technical proposals (e.g. th-committee).
            "committee.minTechnicalScore");

    /** The toolkit keys the rules read, with their base values. */
    static Map<String, Object> baseParams() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("gates.tender.minAverageLhvMjPerKg", MIN_AVERAGE_LHV);
        p.put("gates.tender.minLhvMjPerKg", MIN_LHV);
        p.put("gates.tender.minAnnualTonnes", MIN_ANNUAL_TONNES);
        p.put("gates.tender.maxWeeklyVariation", MAX_WEEKLY_VARIATION);
        p.put("gates.tender.minPlanningHorizonYears", MIN_HORIZON_YEARS);
        p.put("gates.bid.minAvailabilityHours", MIN_AVAILABILITY_HOURS);
        p.put("gates.bid.minNetEfficiencyDesign", MIN_NET_EFFICIENCY);
        p.put("gates.bid.lhvWindowLowerPercentile", 10.0);
        p.put("gates.bid.lhvWindowUpperPercentile", 90.0);
        p.put("gates.bid.capacityTolerance", CAPACITY_TOLERANCE);
        p.put("gates.bid.referenceMinYears", REFERENCE_MIN_YEARS);
        p.put("gates.bid.referenceLhvTolerance", REFERENCE_LHV_TOLERANCE);
        p.put("emissions.referenceOxygenPercent", OxygenCorrection.BID_BASIS_PERCENT);
        p.put("emissions.limits.dust", DUST_LIMIT);
        p.put("emissions.limits.nox", NOX_LIMIT);
        p.put("abnormallyLow.belowMeanOfOthers", BELOW_MEAN_SHARE);
        p.put("abnormallyLow.belowNextBid", BELOW_NEXT_SHARE);
        p.put("abnormallyLow.minCostCoverage", MIN_COST_COVERAGE);
        p.put("abnormallyLow.belowOwnerEstimate", BELOW_ESTIMATE_SHARE);
        p.put("abnormallyLow.relativeMinResponsiveBids", RELATIVE_MIN_BIDS);
        p.put("abnormallyLow.relativeStdDevs", RELATIVE_STD_DEVS);
        p.put("abnormallyLow.prozorroTests", false);
        p.put("gates.bid.tariffTolerance", TARIFF_TOLERANCE);
        p.put("gates.bid.requireContinuousMonitoring", false);
        p.put("options.japaneseEfficiencyThreshold", false);
        p.put("options.r1Threshold", false);
        p.put("options.guaranteedCapacityGate", false);
        p.put("jfjcm.stackingWithJcmModelProjectAgreed", false);
        p.put("r1.threshold", R1_THRESHOLD);
        p.put("finance.minDscr", MIN_DSCR);
        p.put("feedstock.restriction", "none");
        p.put("ppp.modalitiesAllowed", ALL_MODALITIES);
        p.put("tariff.type", "bid-assumed");
        p.put("jcm.costEffectivenessMax", 4000.0);
        p.put("jcm.minPaybackYears", 3.0);
        p.put("jcm.similarWteProjects", 0.0);
        return p;
    }

    // The tender's price reference: none by default (as a tender that states none), so prices are levelised fees.
    String priceBasis = "levelised-gate-fee";
    double ownerEstimate = Double.NaN;

    // Tender, as TenderFacts holds it.
    double averageLhv = 8.0;
    double lowLhv = 6.2;
    double highLhv = 10.0;
    double annualTonnes = 365_000;
    double guaranteedTonnes = 330_000;
    double weeklyVariation = 0.10;
    int operationYears = 25;
    String modality = "BOT";
    boolean sourceSegregated = true;

    final Map<String, Object> params = baseParams();
    final Map<String, Double> limits = new LinkedHashMap<>();
    final Map<String, Bid> bids = new LinkedHashMap<>();

    /** One bid's facts, editable field by field; guarantees by pollutant and reference plants go with it. */
    static final class Bid {
        final String id;
        double availabilityHours;
        double netEfficiencyDesign;
        double minLhv;
        double maxLhv;
        double declaredCapacity;
        double diagramCapacity;
        double declaredToDiagram;
        double levelisedGateFee;
        double feeToMeanOfOthers;
        double feeToNextBid;
        double costCoverage;
        double tippingFeePerTonne = 20;
        double assumedToRegulatedTariff = Double.NaN;
        boolean continuousMonitoring = true;
        double japaneseEfficiencyThreshold = 0.19;
        double r1Corrected = 0.80;
        /** The diagram's least yearly throughput across the tender's low-to-high LHV. */
        double leastCapacity = 340_000;
        /** The price on the tender's reference basis ({@link PriceFacts}); NaN means the levelised gate fee. */
        double pricePerTonne = Double.NaN;
        boolean rejectedByCommittee;
        /** The lowest debt-service cover of the bid's stated financing; NaN for a bid that states none. */
        double dscrMinimum = Double.NaN;
        /** Mean net emission reductions, tCO2e/yr; NaN for a bid without a GHG account. */
        double annualEmissionReductions = Double.NaN;
        final Map<String, Double> guarantees = new LinkedHashMap<>();
        final List<ReferencePlantFact> references = new ArrayList<>();

        Bid(String id) {
            this.id = id;
        }

        /** A copy under another id, its references renamed to the new bid. */
        Bid copy(String newId) {
            Bid c = new Bid(newId);
            c.availabilityHours = availabilityHours;
            c.netEfficiencyDesign = netEfficiencyDesign;
            c.minLhv = minLhv;
            c.maxLhv = maxLhv;
            c.declaredCapacity = declaredCapacity;
            c.diagramCapacity = diagramCapacity;
            c.declaredToDiagram = declaredToDiagram;
            c.levelisedGateFee = levelisedGateFee;
            c.feeToMeanOfOthers = feeToMeanOfOthers;
            c.feeToNextBid = feeToNextBid;
            c.costCoverage = costCoverage;
            c.tippingFeePerTonne = tippingFeePerTonne;
            c.assumedToRegulatedTariff = assumedToRegulatedTariff;
            c.continuousMonitoring = continuousMonitoring;
            c.japaneseEfficiencyThreshold = japaneseEfficiencyThreshold;
            c.r1Corrected = r1Corrected;
            c.leastCapacity = leastCapacity;
            c.pricePerTonne = pricePerTonne;
            c.dscrMinimum = dscrMinimum;
            c.annualEmissionReductions = annualEmissionReductions;
            c.guarantees.putAll(guarantees);
            references.forEach(r -> c.references.add(
                    new ReferencePlantFact(newId, r.name(), r.yearsOperating(), r.averageLhv())));
            return c;
        }

        BidFacts facts() {
            return new BidFacts(id, availabilityHours, netEfficiencyDesign, minLhv, maxLhv, declaredCapacity,
                    diagramCapacity, declaredToDiagram, levelisedGateFee, feeToMeanOfOthers, feeToNextBid, costCoverage, tippingFeePerTonne,
                    assumedToRegulatedTariff, continuousMonitoring, japaneseEfficiencyThreshold, r1Corrected,
                    leastCapacity);
        }
    }

    private RuleFacts() {
    }

    /** Tender and bids A and B, passing every gate. */
    static RuleFacts baseline() {
        RuleFacts f = new RuleFacts();
        f.limits.put("dust", DUST_LIMIT);
        f.limits.put("nox", NOX_LIMIT);

        Bid a = new Bid(A);
        a.availabilityHours = 8000;
        a.netEfficiencyDesign = 0.22;
        a.minLhv = 6.0;
        a.maxLhv = 11.0;
        a.declaredCapacity = 1000;
        a.diagramCapacity = 1000;
        a.declaredToDiagram = 1000.0 / 1000.0;
        // Fees 40 and 50: A's ratio to B's is 40 / 50 = 0.8 on both tests, B has no other bid at or above it.
        a.levelisedGateFee = 40;
        a.feeToMeanOfOthers = 40.0 / 50.0;
        a.feeToNextBid = 40.0 / 50.0;
        a.costCoverage = 1.10;
        a.dscrMinimum = 1.35;
        a.annualEmissionReductions = 40_000;
        a.guarantees.put("dust", 5.0);
        a.guarantees.put("nox", 150.0);
        a.references.add(new ReferencePlantFact(A, "Ref A1", 5, 8.5));
        f.bids.put(A, a);

        Bid b = new Bid(B);
        b.availabilityHours = 7900;
        b.netEfficiencyDesign = 0.20;
        b.minLhv = 5.5;
        b.maxLhv = 12.0;
        b.declaredCapacity = 1000;
        b.diagramCapacity = 990;
        b.declaredToDiagram = 1000.0 / 990.0; // 1.0101, within 1 + 0.02
        b.levelisedGateFee = 50;
        b.feeToMeanOfOthers = 50.0 / 40.0;
        b.feeToNextBid = Double.NaN;
        b.costCoverage = 0.95;
        b.guarantees.put("dust", 8.0);
        b.guarantees.put("nox", 180.0);
        b.references.add(new ReferencePlantFact(B, "Ref B1", 4, 7.5));
        f.bids.put(B, b);
        return f;
    }

    Bid bid(String id) {
        Bid b = bids.get(id);
        if (b == null) {
            throw new IllegalArgumentException("no bid " + id);
        }
        return b;
    }

    /** Adds a copy of bid {@code from} under {@code id}. */
    Bid addCopy(String from, String id) {
        Bid c = bid(from).copy(id);
        bids.put(id, c);
        return c;
    }

    /** Drops a bid and, with it, the others' price ratios no longer have a partner: NaN, as Facts gives them. */
    RuleFacts only(String id) {
        bids.keySet().retainAll(List.of(id));
        Bid b = bid(id);
        b.feeToMeanOfOthers = Double.NaN;
        b.feeToNextBid = Double.NaN;
        return this;
    }

    RuleFacts param(String key, Object value) {
        params.put(key, value);
        return this;
    }

    TenderFacts tender() {
        return new TenderFacts(averageLhv, lowLhv, highLhv, annualTonnes, weeklyVariation, operationYears, modality,
                sourceSegregated, guaranteedTonnes, annualTonnes / 365);
    }

    List<Object> facts() {
        List<Object> out = new ArrayList<>();
        new TreeMap<>(params).forEach((k, v) ->
                out.add(new Param(k, v, "-", "rule test", "2026", Param.ASSUMED, "test")));
        limits.forEach((pollutant, v) ->
                out.add(new EmissionLimit(pollutant, v, "mg/Nm3", "emissions.limits." + pollutant)));
        out.add(tender());
        if (!Double.isNaN(ownerEstimate)) {
            out.add(new OwnerEstimate(priceBasis, ownerEstimate));
        }
        for (Bid b : bids.values()) {
            out.add(b.facts());
            out.add(new PriceFacts(b.id, priceBasis,
                    Double.isNaN(b.pricePerTonne) ? b.levelisedGateFee : b.pricePerTonne, b.rejectedByCommittee));
            if (!Double.isNaN(b.dscrMinimum)) {
                out.add(new FinancingFacts(b.id, b.dscrMinimum, 2035));
            }
            if (!Double.isNaN(b.annualEmissionReductions)) {
                out.add(new GhgFacts(b.id, b.annualEmissionReductions));
            }
            b.guarantees.forEach((pollutant, v) -> out.add(new EmissionGuarantee(b.id, pollutant, v)));
            out.addAll(b.references);
        }
        return out;
    }

    /** Fires the bundled rules over these facts. */
    RuleOutcome fire() {
        return BundledRules.book().judge(facts());
    }

    // ---- assertions shared by the rule tests ----

    static List<Finding> findings(RuleOutcome o, String ruleId) {
        return o.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** Asserts that {@code ruleId} found exactly one thing, about {@code subject}, and returns it. */
    static Finding assertFires(RuleOutcome o, String ruleId, String subject, Severity severity) {
        List<Finding> hits = findings(o, ruleId);
        if (hits.size() != 1) {
            fail(ruleId + " should find exactly one thing but found " + hits + "; all findings: " + o.findings());
        }
        Finding f = hits.get(0);
        assertEquals(subject, f.subject(), ruleId + " subject");
        assertEquals(severity, f.severity(), ruleId + " severity");
        assertTrue(!f.clause().isBlank(), ruleId + " finding carries its clause");
        return f;
    }

    static void assertSilent(RuleOutcome o, String ruleId) {
        List<Finding> hits = findings(o, ruleId);
        assertTrue(hits.isEmpty(), ruleId + " should stay silent but found " + hits);
    }
}
