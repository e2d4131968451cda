package org.wteval.scoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wteval.Fixtures;
import org.wteval.calc.BidFlows;
import org.wteval.calc.BidKernel;
import org.wteval.calc.PlantModel;
import org.wteval.calc.RevenuePlan;
import org.wteval.model.Bid;
import org.wteval.model.Criterion;
import org.wteval.model.Tender;
import org.wteval.model.Toolkit;

/**
 * The product's first promise, over many generated bids: a bid that treats less of the city's waste never looks
 * better for it. Each trial draws a random waste profile, contract, toolkit, plant (with or without support firing,
 * with its own minimum load or the toolkit's) and finance, then the same bid with a plant that treats less, all else
 * equal: its stable LHV window narrowed from below (and its support firing withdrawn), its window's top lowered
 * (which the grate's derating makes harmless), its thermal limit lowered at the same minimum load in MW, its support
 * firing withdrawn or cut short, or its minimum load raised. Treating less must never lower the authority's cost per
 * tonne delivered, never raise the lifecycle score (fixed anchors, and relative to the best of a fixed set of other
 * bids) and never raise the efficiency score (the same two ways). Seeds are fixed so a failure reproduces.
 */
class TreatingLessNeverPaysPropertyTest {

    private static final int TRIALS = 3000;
    private static final String FUEL = "gasDieselOil";
    private static final double DEFAULT_MIN_LOAD = 0.6;
    private static final int TOP_LOWERED = 1;
    private static final String[] PERTURBATIONS = {"window narrowed from below, no support firing",
        "window's top lowered", "thermal limit lowered", "support firing withdrawn", "support firing cut short",
        "minimum load raised"};
    private static final int TOOLKITS = 6;
    private static final double TOLERANCE = 1e-9;
    private static final List<Toolkit> toolkits = new ArrayList<>();

    @BeforeAll
    static void toolkits() {
        Random random = new Random(20261202);
        for (int i = 0; i < TOOLKITS; i++) {
            // Landfill from free to dearer than most fees: the gate-fee floor must hold either way.
            toolkits.add(Fixtures.baseToolkit(Map.of("finance.discountRateReal", between(random, 0.02, 0.12),
                    "finance.inflation", between(random, 0, 0.06),
                    "finance.landfillCostPerTonne", between(random, 0, 60))));
        }
    }

    /** One generated bid and the same bid with a plant that treats less. */
    private record Pair(int kind, String perturbation, double baseCost, double lessCost, double baseKwh, double lessKwh,
                        double baseShare, double lessShare) {
    }

    @Test
    void treatingLessNeverLowersTheCostNorRaisesAScore() {
        Random random = new Random(7);
        int compared = 0;
        int treatedLess = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            Pair p = trial(random);
            if (p == null) {
                continue;
            }
            compared++;
            String at = "trial " + trial + ": " + p;
            assertTrue(p.lessShare() <= p.baseShare() + TOLERANCE, "the perturbation must not treat more; " + at);
            if (p.lessShare() < p.baseShare() - 1e-6) {
                treatedLess++;
            }
            if (p.kind() == TOP_LOWERED) {
                // Above its window the grate derates to its thermal limit, whatever the window's stated top.
                assertTrue(Math.abs(p.lessShare() - p.baseShare()) <= TOLERANCE, "the window's top moved tonnes; " + at);
            }
            assertTrue(p.lessCost() >= p.baseCost() - TOLERANCE * Math.abs(p.baseCost()),
                    "authority cost per tonne delivered fell; " + at);
            assertTrue(p.lessKwh() <= p.baseKwh() + TOLERANCE * Math.abs(p.baseKwh()),
                    "net kWh per tonne delivered rose; " + at);
            double[] others = {between(random, 5, 120), between(random, 5, 120), between(random, 5, 120)};
            double[] otherKwh = {between(random, 150, 600), between(random, 150, 600), between(random, 150, 600)};
            for (ScoringSpec lifecycle : List.of(
                    ScoringSpec.spec(Criterion.LIFECYCLE, Normalisation.LINEAR, 120, 10, Double.NaN),
                    ScoringSpec.spec(Criterion.LIFECYCLE, Normalisation.RELATIVE_TO_BEST, Double.NaN, Double.NaN,
                            Double.NaN))) {
                assertTrue(score(lifecycle, p.lessCost(), others) <= score(lifecycle, p.baseCost(), others)
                        + TOLERANCE, "lifecycle score rose under " + lifecycle.normalisation().key() + "; " + at);
            }
            for (ScoringSpec efficiency : List.of(
                    ScoringSpec.spec(Criterion.EFFICIENCY, Normalisation.LINEAR, 250, 480, Double.NaN),
                    ScoringSpec.spec(Criterion.EFFICIENCY, Normalisation.RELATIVE_TO_BEST, Double.NaN, Double.NaN,
                            Double.NaN))) {
                assertTrue(score(efficiency, p.lessKwh(), otherKwh) <= score(efficiency, p.baseKwh(), otherKwh)
                        + TOLERANCE, "efficiency score rose under " + efficiency.normalisation().key() + "; " + at);
            }
        }
        // The generator must mostly produce comparable bids, and the perturbations must often bite: lowering the
        // window's top never does, and the two on support firing only when the base bid fires any.
        assertTrue(compared > TRIALS * 0.8, compared + " of " + TRIALS + " trials compared");
        assertTrue(treatedLess > compared / 4, treatedLess + " of " + compared + " perturbations treated less");
    }

    /** The score of the bid whose metric is {@code value} among {@code others}, as the committee's scorer gives it. */
    private static double score(ScoringSpec spec, double value, double[] others) {
        List<ScoringSpec> specs = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            specs.add(c == spec.criterion() ? spec
                    : ScoringSpec.spec(c, Normalisation.RELATIVE_TO_BEST, Double.NaN, Double.NaN, Double.NaN));
        }
        double[] values = new double[others.length + 1];
        values[0] = value;
        System.arraycopy(others, 0, values, 1, others.length);
        double[] out = new double[values.length];
        new CriterionScorer(specs).score(spec.criterion(), values, out);
        return out[0];
    }

    /** A generated bid and its perturbation, or {@code null} when the draw is outside the model's premise. */
    private static Pair trial(Random random) {
        double[] monthly = new double[12];
        for (int m = 0; m < 12; m++) {
            monthly[m] = between(random, 4.5, 11);
        }
        double tonnesPerDay = between(random, 150, 1500);
        int construction = 1 + random.nextInt(2);
        int operation = 10 + random.nextInt(21);
        Tender tender = Fixtures.tender(Fixtures.monthlyWaste(tonnesPerDay, between(random, 0, 0.04), monthly),
                construction, operation, random.nextBoolean() ? 0 : between(random, 0.3, 1.1) * tonnesPerDay * 365)
                .withSupportFuelPrices(Map.of(FUEL, new Tender.FuelPrice(between(random, 0, 40), "USD", "test")));
        Toolkit tk = toolkits.get(random.nextInt(TOOLKITS));

        int lines = 1 + random.nextInt(4);
        double min = between(random, 4, 8);
        double design = between(random, min, min + 3);
        double max = between(random, design, design + 5);
        double thermal = between(random, 8, 60);
        double mechanical = between(random, 5, 35);
        double gross = between(random, 0.18, 0.30);
        double auxiliary = between(random, 0.05, 0.15) * gross * lines * thermal;
        double hours = between(random, 7000, 8760);
        Fixtures.FinanceBuilder finance = Fixtures.finance().capex(between(random, 0, 3e8))
                .fixedOm(between(random, 0, 2e7)).variableOm(between(random, 0, 30)).fee(between(random, 2, 90))
                .feeIndexation(between(random, 0, 0.06)).tariff(between(random, 30, 160))
                .tariffIndexation(between(random, 0, 0.04)).degradation(between(random, 0, 0.01))
                .residualValue(between(random, 0, 2e7)).decommissioning(between(random, 0, 2e7));
        if (construction == 2) {
            finance.schedule(0.4, 0.6);
        }
        Bid.Finance fin = finance.build();
        boolean dbo = random.nextBoolean();

        // Support firing down to some LHV below the window, or none; the minimum load stated or left to the toolkit.
        double fuelTo = random.nextBoolean() ? between(random, Math.max(2.5, min - 3), min) : Double.NaN;
        double load = random.nextBoolean() ? between(random, 0.3, 0.8) : DEFAULT_MIN_LOAD;
        Bid.Plant base = plant(lines, min, design, max, thermal, mechanical, gross, auxiliary, hours, fuelTo, load);
        boolean fired = !Double.isNaN(fuelTo);
        int perturbation = random.nextInt(PERTURBATIONS.length);
        Bid.Plant less = switch (perturbation) {
            // Narrowed from below: support firing up to the new minimum could lift a point over the minimum load,
            // so the narrowed bid fires none.
            case 0 -> plant(lines, between(random, min, design), design, max, thermal, mechanical, gross, auxiliary,
                    hours, Double.NaN, load);
            case 1 -> plant(lines, min, design, between(random, design, max), thermal, mechanical, gross, auxiliary,
                    hours, fuelTo, load);
            // A smaller furnace at the same minimum load in MW, which it can still reach.
            case 2 -> {
                double smaller = thermal * between(random, Math.max(0.4, load), 1);
                yield plant(lines, min, design, max, smaller, mechanical, gross, auxiliary, hours, fuelTo,
                        Math.min(1, load * thermal / smaller));
            }
            case 3 -> plant(lines, min, design, max, thermal, mechanical, gross, auxiliary, hours, Double.NaN, load);
            case 4 -> plant(lines, min, design, max, thermal, mechanical, gross, auxiliary, hours,
                    fired ? between(random, fuelTo, min) : Double.NaN, load);
            default -> plant(lines, min, design, max, thermal, mechanical, gross, auxiliary, hours, fuelTo,
                    between(random, load, 1));
        };
        // The plant model charges the auxiliary load per hour a line runs; a tonne that cannot pay for its own
        // auxiliary power exports less than nothing, and dropping it raises the MWh. Such a design is not a bid.
        if (!everyTonneExports(base, monthly) || !everyTonneExports(less, monthly)) {
            return null;
        }
        BidFlows b = flows(tender, tk, base, fin, dbo);
        double baseCost = CriterionScorer.metric(Criterion.LIFECYCLE, b);
        double baseKwh = CriterionScorer.metric(Criterion.EFFICIENCY, b);
        double baseShare = b.treatedShare();
        BidFlows l = flows(tender, tk, less, fin, dbo);
        return new Pair(perturbation, PERTURBATIONS[perturbation] + " of " + base, baseCost, CriterionScorer.metric(Criterion.LIFECYCLE, l), baseKwh,
                CriterionScorer.metric(Criterion.EFFICIENCY, l), baseShare, l.treatedShare());
    }

    /** @param fuelTo the lowest LHV support firing covers, NaN for none */
    private static Bid.Plant plant(int lines, double min, double design, double max, double thermal,
                                   double mechanical, double gross, double auxiliary, double hours, double fuelTo,
                                   double minLoad) {
        Fixtures.PlantBuilder p = Fixtures.plant().lines(lines).lhvWindow(min, design, max).thermalMw(thermal)
                .mechanicalTph(mechanical).grossEfficiency(gross).auxiliaryMw(auxiliary).hours(hours)
                .minLoadShare(minLoad);
        return Double.isNaN(fuelTo) ? p.build() : p.supportFuel(FUEL, fuelTo).build();
    }

    /** Whether each tonne's own heat pays for the auxiliary load of the hours it takes, at the throughput it burns. */
    private static boolean everyTonneExports(Bid.Plant p, double[] monthly) {
        Bid.CombustionDiagram d = p.combustionDiagram();
        for (double lhv : monthly) {
            boolean fired = lhv < d.minLhvMjPerKg() && p.supportFuel() != null
                    && lhv >= p.supportFuel().lowestLhvMjPerKg();
            double tph = PlantModel.tonnesPerHourPerLine(d, fired ? d.minLhvMjPerKg() : lhv);
            if (p.grossElectricalEfficiency() * lhv / 3.6 * tph <= p.auxiliaryLoadMw() / p.lines()) {
                return false;
            }
        }
        return true;
    }

    private static BidFlows flows(Tender t, Toolkit tk, Bid.Plant plant, Bid.Finance fin, boolean dbo) {
        Fixtures.Resolved r = Fixtures.resolve(t, tk, plant, fin);
        Fixtures.RevenuePlanBuilder plan = Fixtures.revenue(r.bid().electricityTariffPerMwh());
        RevenuePlan revenue = dbo ? plan.authorityOwns().decidedBy("DBO").build() : plan.build();
        BidKernel k = BidKernel.of(r.tender(), r.bid(), revenue);
        BidFlows f = BidFlows.of(k);
        f.compute(k);
        return f;
    }

    private static double between(Random random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }
}
