package org.wteval.optimise.award.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveListFactory;
import org.wteval.optimise.award.domain.AwardOption;
import org.wteval.optimise.award.domain.AwardPlan;
import org.wteval.optimise.award.domain.LotAward;
import org.wteval.optimise.award.domain.Offer;

/**
 * Two moves per package bid: award it every lot of its group at once; and the same while its bidder hands the other
 * lots it holds to their best eligible single-lot option from another bidder (or leaves them open if there is
 * none), so that a bidder at its cap or its build capacity can take a package in one step instead of passing
 * through awards that break the rule. A package that would change a lot the committee fixed is left out. Rebuilt
 * every step from the current award, in lot and option order, so the list is the same on every run.
 */
public final class PackageMoves implements MoveListFactory<AwardPlan> {

    @Override
    public List<SetAwardsMove> createMoveList(AwardPlan plan) {
        Map<Offer, List<LotAward>> lotsByPackage = new LinkedHashMap<>();
        Map<Offer, List<AwardOption>> optionsByPackage = new LinkedHashMap<>();
        Map<Offer, Boolean> blocked = new LinkedHashMap<>();
        for (LotAward lot : plan.lots()) {
            for (AwardOption option : lot.getOptions()) {
                if (option.offer().isPackage()) {
                    lotsByPackage.computeIfAbsent(option.offer(), o -> new ArrayList<>()).add(lot);
                    optionsByPackage.computeIfAbsent(option.offer(), o -> new ArrayList<>()).add(option);
                    if (lot.fixed() && !option.equals(lot.getOption())) {
                        blocked.put(option.offer(), true);
                    }
                }
            }
        }
        List<SetAwardsMove> moves = new ArrayList<>();
        lotsByPackage.forEach((offer, lots) -> {
            if (blocked.containsKey(offer)) {
                return;
            }
            moves.add(new SetAwardsMove(lots, optionsByPackage.get(offer)));
            List<LotAward> handed = new ArrayList<>(lots);
            List<AwardOption> options = new ArrayList<>(optionsByPackage.get(offer));
            for (LotAward other : plan.lots()) {
                if (!lots.contains(other) && !other.fixed() && other.awarded()
                        && other.getOption().bidder().equals(offer.bidder())) {
                    handed.add(other);
                    options.add(bestFromAnother(other, offer.bidder(), plan));
                }
            }
            if (handed.size() > lots.size()) {
                moves.add(new SetAwardsMove(handed, options));
            }
        });
        return moves;
    }

    /** The lot's best eligible single-lot option from a bidder other than {@code bidder}, or {@code null}. */
    private static AwardOption bestFromAnother(LotAward lot, String bidder, AwardPlan plan) {
        return lot.getOptions().stream()
                .filter(o -> o.eligible() && !o.offer().isPackage() && !o.bidder().equals(bidder))
                .max(Comparator.comparingLong(o -> o.softValue(plan.objective()))).orElse(null);
    }
}
