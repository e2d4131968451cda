package org.wteval.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wteval.optimise.award.domain.AwardOption;
import org.wteval.optimise.award.domain.AwardPlan;
import org.wteval.optimise.award.domain.LotAward;
import org.wteval.optimise.award.domain.Offer;

/**
 * The exact optimum of a lot award with no lot fixed and the lowest-cost objective, by depth-first branch and bound
 * over the awards that break no rule, written afresh from the tender's rules (not through the solver's constraints):
 * lots in order, each to one of its eligible options (cheapest first) or to none; a bidder never over the cap or its
 * build capacity; a package, once awarded a lot, awarded every lot of its group, and once passed over, none. The
 * bound: the lots left unawarded so far, then the cost so far plus each remaining lot's cheapest eligible option.
 * Every award that breaks a rule scores below every one that does not, so the best rule-abiding award is the
 * optimum whenever one exists (the empty award always does).
 */
final class BranchAndBound {

    /** The optimum: lots left unawarded (fewest first), then the total cost (lowest first). */
    record Optimum(int unawarded, long cost, List<AwardOption> awards) {
    }

    private final List<LotAward> lots;
    private final int cap;
    private final long[] cheapestFrom;
    private final Map<String, Integer> lotsByBidder = new HashMap<>();
    private final Map<String, Long> kgByBidder = new HashMap<>();
    /** For each package bid: how many of its lots are awarded to it (positive) or to something else (negative). */
    private final Map<Offer, int[]> packages = new HashMap<>();
    private final AwardOption[] chosen;
    private Optimum best;

    private BranchAndBound(AwardPlan plan) {
        this.lots = plan.lots();
        this.cap = plan.supplierCap() == null ? Integer.MAX_VALUE : plan.supplierCap().maximumLots();
        this.chosen = new AwardOption[lots.size()];
        this.cheapestFrom = new long[lots.size() + 1];
        for (int i = lots.size() - 1; i >= 0; i--) {
            long cheapest = lots.get(i).getOptions().stream().filter(AwardOption::eligible)
                    .mapToLong(AwardOption::cost).min().orElse(0);
            cheapestFrom[i] = cheapestFrom[i + 1] + cheapest;
        }
        for (LotAward l : lots) {
            for (AwardOption o : l.getOptions()) {
                if (o.offer().isPackage()) {
                    packages.putIfAbsent(o.offer(), new int[2]);
                }
            }
        }
    }

    static Optimum solve(AwardPlan plan) {
        if (plan.lots().stream().anyMatch(LotAward::fixed)) {
            throw new IllegalArgumentException("the branch and bound takes problems with no lot fixed");
        }
        BranchAndBound b = new BranchAndBound(plan);
        b.search(0, 0, 0);
        return b.best;
    }

    private void search(int lot, int unawarded, long cost) {
        if (best != null && (unawarded > best.unawarded()
                || unawarded == best.unawarded() && cost + cheapestFrom[lot] >= best.cost())) {
            return;
        }
        if (lot == lots.size()) {
            best = new Optimum(unawarded, cost, List.of(chosen.clone()));
            return;
        }
        List<AwardOption> options = new ArrayList<>(lots.get(lot).getOptions());
        options.sort(Comparator.comparingLong(AwardOption::cost));
        for (AwardOption o : options) {
            if (allowed(o)) {
                take(lot, o, +1);
                search(lot + 1, unawarded, cost + o.cost());
                take(lot, o, -1);
            }
        }
        if (packagesAllowNone(lot)) {
            passOver(lot, null, +1);
            search(lot + 1, unawarded + 1, cost);
            passOver(lot, null, -1);
        }
    }

    /** Whether {@code o} may win its lot given the lots decided so far. */
    private boolean allowed(AwardOption o) {
        if (!o.eligible() || lotsByBidder.getOrDefault(o.bidder(), 0) + 1 > cap) {
            return false;
        }
        long capacity = o.offer().capacityKgPerDay();
        if (capacity != Offer.UNLIMITED && kgByBidder.getOrDefault(o.bidder(), 0L) + o.kgPerDay() > capacity) {
            return false;
        }
        for (Map.Entry<Offer, int[]> p : packages.entrySet()) {
            if (!p.getKey().lots().contains(o.lot())) {
                continue;
            }
            boolean same = p.getKey().equals(o.offer());
            // a package already awarded a lot must win this one too; one passed over may win none
            if (same && p.getValue()[1] > 0 || !same && p.getValue()[0] > 0) {
                return false;
            }
        }
        return true;
    }

    /** Leaving a lot open passes over every package covering it, so none may already hold one of its lots. */
    private boolean packagesAllowNone(int lot) {
        String id = lots.get(lot).lot();
        return packages.entrySet().stream().noneMatch(p -> p.getKey().lots().contains(id) && p.getValue()[0] > 0);
    }

    private void take(int lot, AwardOption o, int sign) {
        chosen[lot] = sign > 0 ? o : null;
        lotsByBidder.merge(o.bidder(), sign, Integer::sum);
        kgByBidder.merge(o.bidder(), sign * o.kgPerDay(), Long::sum);
        passOver(lot, o, sign);
    }

    /** Counts the lot for the package awarded it, and against every other package covering it. */
    private void passOver(int lot, AwardOption o, int sign) {
        String id = lots.get(lot).lot();
        for (Map.Entry<Offer, int[]> p : packages.entrySet()) {
            if (p.getKey().lots().contains(id)) {
                p.getValue()[o != null && p.getKey().equals(o.offer()) ? 0 : 1] += sign;
            }
        }
    }
}
