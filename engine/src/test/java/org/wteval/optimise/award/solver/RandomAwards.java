package org.wteval.optimise.award.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.wteval.optimise.award.domain.AwardOption;
import org.wteval.optimise.award.domain.AwardPlan;
import org.wteval.optimise.award.domain.LotAward;
import org.wteval.optimise.award.domain.Objective;
import org.wteval.optimise.award.domain.Offer;
import org.wteval.optimise.award.domain.SupplierCap;

/**
 * Award problems drawn from a seed: lots of 100 to 600 t/d, bids from fewer bidders than bids (so the supplier cap
 * and capacity bind across bids), some package bids on one lot group, some ineligible options, sometimes a lot the
 * committee fixed.
 */
final class RandomAwards {

    private RandomAwards() {
    }

    static AwardPlan draw(long seed, int maxLots, int maxBids) {
        Random r = new Random(seed);
        int lotCount = 1 + r.nextInt(maxLots);
        int bidCount = 1 + r.nextInt(maxBids);
        List<String> lots = new ArrayList<>();
        double[] tonnes = new double[lotCount];
        for (int l = 0; l < lotCount; l++) {
            lots.add("L" + (l + 1));
            tonnes[l] = 100 + 50 * r.nextInt(11);
        }
        List<String> group = new ArrayList<>();
        if (lotCount >= 2) {
            int size = 2 + r.nextInt(Math.min(3, lotCount) - 1);
            int start = r.nextInt(lotCount - size + 1);
            group.addAll(lots.subList(start, start + size));
        }
        int bidders = 1 + r.nextInt(Math.max(1, bidCount - 1));
        long[] capacity = new long[bidders];
        for (int b = 0; b < bidders; b++) {
            capacity[b] = r.nextInt(3) == 0 ? (300 + 100 * r.nextInt(10)) * 1000L : Offer.UNLIMITED;
        }
        List<List<AwardOption>> options = new ArrayList<>();
        lots.forEach(l -> options.add(new ArrayList<>()));
        for (int b = 0; b < bidCount; b++) {
            int bidder = r.nextInt(bidders);
            boolean isPackage = !group.isEmpty() && r.nextInt(4) == 0;
            List<String> covered = new ArrayList<>();
            if (isPackage) {
                covered.addAll(group);
            } else {
                for (String l : lots) {
                    if (r.nextInt(3) > 0) {
                        covered.add(l);
                    }
                }
                if (covered.isEmpty()) {
                    covered.add(lots.get(r.nextInt(lotCount)));
                }
            }
            Offer offer = new Offer("B" + (b + 1), "S" + (bidder + 1), isPackage ? "G1" : null, covered,
                    capacity[bidder]);
            for (int l = 0; l < lotCount; l++) {
                if (covered.contains(lots.get(l))) {
                    List<String> why = r.nextInt(8) == 0 ? List.of("not qualified") : List.of();
                    options.get(l).add(new AwardOption(offer, lots.get(l), tonnes[l], 1_000 + r.nextInt(9_000),
                            50_000 + r.nextInt(50_000), why));
                }
            }
        }
        List<LotAward> awards = new ArrayList<>();
        for (int l = 0; l < lotCount; l++) {
            boolean fix = !options.get(l).isEmpty() && r.nextInt(12) == 0;
            AwardOption fixed = fix ? options.get(l).get(r.nextInt(options.get(l).size())) : null;
            awards.add(new LotAward(lots.get(l), options.get(l), fixed, fix));
        }
        SupplierCap cap = r.nextBoolean() ? new SupplierCap(1 + r.nextInt(3)) : null;
        Objective objective = r.nextBoolean() ? Objective.LOWEST_COST : Objective.HIGHEST_SCORE;
        return new AwardPlan(objective, cap, awards);
    }
}
