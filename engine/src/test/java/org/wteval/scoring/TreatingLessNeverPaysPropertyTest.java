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
 * better for it. Each trial draws a random waste profile, contract, toolkit, plant and finance, then the same bid
 * with a plant that treats less, all else equal: its stable LHV window narrowed from below or above, or its thermal
 * limit lowered. Treating less must never lower the authority's cost per tonne delivered, never raise the lifecycle
 * score (fixed anchors, and relative to the best of a fixed set of other bids) and never raise the efficiency score
 * (the same two ways). Seeds are fixed so a failure reproduces.
 */
class TreatingLessNeverPaysPropertyTest {

    private static final int TRIALS = 3000;
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
    private record Pair(double baseCost, double lessCost, double baseKwh, double lessKwh, double baseShare,
                        double lessShare) {
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
        // The generator must mostly produce comparable bids, and the perturbation must mostly bite.
        assertTrue(compared > TRIALS * 0.8, compared + " of " + TRIALS + " trials compared");
        assertTrue(treatedLess > compared / 3, treatedLess + " of " + compared + " perturbations treated less");
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
                construction, operation, random.nextBoolean() ? 0 : between(random, 0.3, 1.1) * tonnesPerDay * 365);
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

        Bid.Plant base = plant(lines, min, design, max, thermal, mechanical, gross, auxiliary, hours);
        Bid.Plant less = switch (random.nextInt(3)) {
            case 0 -> plant(lines, between(random, min, design), design, max, thermal, mechanical, gross, auxiliary,
                    hours);
            case 1 -> plant(lines, min, design, between(random, design, max), thermal, mechanical, gross, auxiliary,
                    hours);
            default -> plant(lines, min, design, max, thermal * between(random, 0.4, 1), mechanical, gross,
                    auxiliary, hours);
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
        return new Pair(baseCost, CriterionScorer.metric(Criterion.LIFECYCLE, l), baseKwh,
                CriterionScorer.metric(Criterion.EFFICIENCY, l), baseShare, l.treatedShare());
    }

    private static Bid.Plant plant(int lines, double min, double design, double max, double thermal,
                                   double mechanical, double gross, double auxiliary, double hours) {
        return Fixtures.plant().lines(lines).lhvWindow(min, design, max).thermalMw(thermal).mechanicalTph(mechanical)
                .grossEfficiency(gross).auxiliaryMw(auxiliary).hours(hours).build();
    }

    private static boolean everyTonneExports(Bid.Plant p, double[] monthly) {
        for (double lhv : monthly) {
            double tph = PlantModel.tonnesPerHourPerLine(p.combustionDiagram(), lhv);
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
