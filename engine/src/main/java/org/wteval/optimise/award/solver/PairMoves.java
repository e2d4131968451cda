package org.wteval.optimise.award.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveListFactory;
import org.wteval.optimise.award.domain.AwardOption;
import org.wteval.optimise.award.domain.AwardPlan;
import org.wteval.optimise.award.domain.LotAward;

/**
 * Every change of two lots at once (each to one of its options or to none), lots the committee fixed left out: the
 * move that exchanges awards between bidders when a supplier cap or a build capacity binds, where changing one lot
 * at a time would first break the rule. Built in lot and option order, so the list is the same on every run.
 */
public final class PairMoves implements MoveListFactory<AwardPlan> {

    @Override
    public List<SetAwardsMove> createMoveList(AwardPlan plan) {
        List<LotAward> open = plan.lots().stream().filter(l -> !l.fixed()).toList();
        List<SetAwardsMove> moves = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            for (int j = i + 1; j < open.size(); j++) {
                for (AwardOption a : withNone(open.get(i))) {
                    for (AwardOption b : withNone(open.get(j))) {
                        moves.add(new SetAwardsMove(List.of(open.get(i), open.get(j)), Arrays.asList(a, b)));
                    }
                }
            }
        }
        return moves;
    }

    private static List<AwardOption> withNone(LotAward lot) {
        List<AwardOption> options = new ArrayList<>();
        options.add(null);
        options.addAll(lot.getOptions());
        return options;
    }
}
