package org.wteval.optimise.award.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveListFactory;
import org.wteval.optimise.award.domain.AwardOption;
import org.wteval.optimise.award.domain.AwardPlan;
import org.wteval.optimise.award.domain.LotAward;

/**
 * Hand-overs between two lots, lots the committee fixed left out: a lot now awarded to some bidder changes to any of
 * its options (or to none) while another lot goes to that bidder. It is the move that exchanges awards when a
 * supplier cap or a build capacity binds, where changing one lot at a time would first break the rule; two lots
 * changing to bidders that neither held are reached by single changes, which break neither rule on the way.
 * Keeping to hand-overs keeps the list linear in the options per lot (for each lot pair, each option of one lot
 * times the other lot's options from one bidder) instead of their square. Rebuilt every step from the current
 * award, in lot and option order, so the list is the same on every run.
 */
public final class PairMoves implements MoveListFactory<AwardPlan> {

    @Override
    public List<SetAwardsMove> createMoveList(AwardPlan plan) {
        List<LotAward> open = plan.lots().stream().filter(l -> !l.fixed()).toList();
        List<SetAwardsMove> moves = new ArrayList<>();
        for (LotAward from : open) {
            if (!from.awarded()) {
                continue;
            }
            String bidder = from.getOption().bidder();
            for (LotAward to : open) {
                if (to == from) {
                    continue;
                }
                for (AwardOption taken : to.getOptions()) {
                    if (!taken.bidder().equals(bidder) || taken.equals(to.getOption())) {
                        continue;
                    }
                    for (AwardOption replacement : withNone(from)) {
                        if (!bidder.equals(replacement == null ? null : replacement.bidder())) {
                            moves.add(new SetAwardsMove(List.of(from, to), Arrays.asList(replacement, taken)));
                        }
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
