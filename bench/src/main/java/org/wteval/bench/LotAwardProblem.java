package org.wteval.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.wteval.optimise.award.domain.AwardOption;
import org.wteval.optimise.award.domain.AwardPlan;
import org.wteval.optimise.award.domain.LotAward;
import org.wteval.optimise.award.domain.Objective;
import org.wteval.optimise.award.domain.Offer;
import org.wteval.optimise.award.domain.SupplierCap;

/**
 * The lot-award benchmark problem, drawn from a fixed seed: 8 lots of 200 to 550 t/d and 40 bids from 14 bidders
 * under a cap of 2 lots per supplier, with two lot groups (L1-L3 and L6-L7) and 6 package bids for them; a third of
 * the bidders state a build capacity of 700 to 1,100 t/d, one option in ten is ineligible, and each bid for lots on
 * its own covers 3 to 6 of them. Costs are lifecycle costs in whole units, a lot's size times a bidder's price level
 * times a bid's own spread, so that a few strong bidders would win most lots without the cap.
 */
final class LotAwardProblem {

    static final int LOTS = 8;
    static final int BIDS = 40;
    static final int BIDDERS = 14;
    static final int CAP = 2;

    private LotAwardProblem() {
    }

    static AwardPlan draw(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> lots = new ArrayList<>();
        double[] tonnes = new double[LOTS];
        for (int l = 0; l < LOTS; l++) {
            lots.add("L" + (l + 1));
            tonnes[l] = 200 + 50 * r.nextInt(8);
        }
        List<List<String>> groups = List.of(lots.subList(0, 3), lots.subList(5, 7));
        double[] priceLevel = new double[BIDDERS];
        long[] capacity = new long[BIDDERS];
        for (int b = 0; b < BIDDERS; b++) {
            priceLevel[b] = 0.85 + 0.3 * r.nextDouble();
            capacity[b] = b % 3 == 0 ? (700 + 100 * r.nextInt(5)) * 1000L : Offer.UNLIMITED;
        }
        List<List<AwardOption>> options = new ArrayList<>();
        lots.forEach(l -> options.add(new ArrayList<>()));
        for (int i = 0; i < BIDS; i++) {
            int bidder = i % BIDDERS;
            boolean isPackage = i >= BIDS - 6;
            int group = i % 2;
            List<String> covered = new ArrayList<>();
            if (isPackage) {
                covered.addAll(groups.get(group));
            } else {
                int count = 3 + r.nextInt(4);
                int start = r.nextInt(LOTS);
                for (int k = 0; k < count; k++) {
                    covered.add(lots.get((start + k) % LOTS));
                }
                covered.sort((a, b) -> Integer.compare(lots.indexOf(a), lots.indexOf(b)));
            }
            Offer offer = new Offer("B" + (i + 1), "S" + (bidder + 1), isPackage ? "G" + (group + 1) : null, covered,
                    capacity[bidder]);
            // a package's price per lot is lower, as a bidder building several plants at once offers
            double packageDiscount = isPackage ? 0.93 : 1.0;
            for (int l = 0; l < LOTS; l++) {
                if (covered.contains(lots.get(l))) {
                    long cost = Math.round(tonnes[l] * 100_000 * priceLevel[bidder] * packageDiscount
                            * (0.95 + 0.1 * r.nextDouble()));
                    List<String> why = r.nextInt(10) == 0 ? List.of("not qualified") : List.of();
                    options.get(l).add(new AwardOption(offer, lots.get(l), tonnes[l], cost, 0, why));
                }
            }
        }
        List<LotAward> awards = new ArrayList<>();
        for (int l = 0; l < LOTS; l++) {
            awards.add(new LotAward(lots.get(l), options.get(l), null, false));
        }
        return new AwardPlan(Objective.LOWEST_COST, new SupplierCap(CAP), awards);
    }
}
