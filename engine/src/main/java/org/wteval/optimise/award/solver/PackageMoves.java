package org.wteval.optimise.award.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveListFactory;
import org.wteval.optimise.award.domain.AwardOption;
import org.wteval.optimise.award.domain.AwardPlan;
import org.wteval.optimise.award.domain.LotAward;
import org.wteval.optimise.award.domain.Offer;

/**
 * One move per package bid: award it every lot of its group at once. A package that would change a lot the
 * committee fixed is left out. Built in lot and option order, so the list is the same on every run.
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
            if (!blocked.containsKey(offer)) {
                moves.add(new SetAwardsMove(lots, optionsByPackage.get(offer)));
            }
        });
        return moves;
    }
}
