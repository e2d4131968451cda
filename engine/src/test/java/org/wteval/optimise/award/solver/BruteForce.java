package org.wteval.optimise.award.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.wteval.optimise.award.domain.AwardOption;
import org.wteval.optimise.award.domain.AwardPlan;
import org.wteval.optimise.award.domain.LotAward;
import org.wteval.optimise.award.domain.Offer;

/**
 * Every award of a small problem, scored by the tender's rules written out afresh (not through the constraint
 * streams): hard = lots over the supplier cap + lots a split package misses + tonnes per day over capacity (rounded
 * up) + ineligible awards; medium = lots left open; soft = minus the costs, or the scores.
 */
final class BruteForce {

    private BruteForce() {
    }

    static HardMediumSoftLongScore score(AwardPlan plan, List<AwardOption> awards) {
        long hard = 0;
        long medium = 0;
        long soft = 0;
        Map<String, Integer> lotsByBidder = new HashMap<>();
        Map<String, Long> kgByBidder = new HashMap<>();
        Map<String, Long> capacityByBidder = new HashMap<>();
        Map<Offer, Integer> lotsByPackage = new HashMap<>();
        for (AwardOption o : awards) {
            if (o == null) {
                medium--;
                continue;
            }
            soft += o.softValue(plan.objective());
            if (!o.eligible()) {
                hard--;
            }
            lotsByBidder.merge(o.bidder(), 1, Integer::sum);
            kgByBidder.merge(o.bidder(), Math.round(o.tonnesPerDay() * 1000), Long::sum);
            capacityByBidder.put(o.bidder(), o.offer().capacityKgPerDay());
            if (o.offer().isPackage()) {
                lotsByPackage.merge(o.offer(), 1, Integer::sum);
            }
        }
        if (plan.supplierCap() != null) {
            for (int won : lotsByBidder.values()) {
                hard -= Math.max(0, won - plan.supplierCap().maximumLots());
            }
        }
        for (Map.Entry<String, Long> e : kgByBidder.entrySet()) {
            long excess = e.getValue() - capacityByBidder.get(e.getKey());
            if (capacityByBidder.get(e.getKey()) != Offer.UNLIMITED && excess > 0) {
                hard -= (excess + 999) / 1000;
            }
        }
        for (Map.Entry<Offer, Integer> e : lotsByPackage.entrySet()) {
            hard -= e.getKey().lots().size() - e.getValue();
        }
        return HardMediumSoftLongScore.of(hard, medium, soft);
    }

    /** The best score over every award, fixed lots kept, leaving out the award {@code except} (or none if null). */
    static HardMediumSoftLongScore best(AwardPlan plan, List<AwardOption> except) {
        List<List<AwardOption>> choices = new ArrayList<>();
        for (LotAward l : plan.lots()) {
            List<AwardOption> c = new ArrayList<>();
            if (l.fixed()) {
                c.add(l.getOption());
            } else {
                c.add(null);
                c.addAll(l.getOptions());
            }
            choices.add(c);
        }
        HardMediumSoftLongScore[] best = {null};
        enumerate(plan, choices, new ArrayList<>(), except, best);
        return best[0];
    }

    private static void enumerate(AwardPlan plan, List<List<AwardOption>> choices, List<AwardOption> chosen,
                                  List<AwardOption> except, HardMediumSoftLongScore[] best) {
        if (chosen.size() == choices.size()) {
            if (except != null && chosen.equals(except)) {
                return;
            }
            HardMediumSoftLongScore s = score(plan, chosen);
            if (best[0] == null || s.compareTo(best[0]) > 0) {
                best[0] = s;
            }
            return;
        }
        for (AwardOption o : choices.get(chosen.size())) {
            chosen.add(o);
            enumerate(plan, choices, chosen, except, best);
            chosen.remove(chosen.size() - 1);
        }
    }
}
