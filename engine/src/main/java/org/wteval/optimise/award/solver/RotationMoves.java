package org.wteval.optimise.award.solver;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveListFactory;
import org.wteval.optimise.award.domain.AwardOption;
import org.wteval.optimise.award.domain.AwardPlan;
import org.wteval.optimise.award.domain.LotAward;

/**
 * Rotations of three or four lots among their bidders: each lot goes to a single-lot bid of the bidder that holds
 * the next lot of the cycle. Every bidder keeps as many lots as before, so when all of them are at the supplier cap
 * the award can still move, where any shorter change would first break the cap. Lots the committee fixed and lots
 * held by a package bid are left out (a package moves whole, see {@link PackageMoves}). Each cycle is listed once,
 * from its lowest lot; rebuilt every step from the current award, in lot and option order.
 */
public final class RotationMoves implements MoveListFactory<AwardPlan> {

    /** The longest cycle: a rotation of four covers what two hand-overs and a rotation of three cannot do at once. */
    static final int LONGEST = 4;

    @Override
    public List<SetAwardsMove> createMoveList(AwardPlan plan) {
        List<LotAward> held = plan.lots().stream()
                .filter(l -> !l.fixed() && l.awarded() && !l.getOption().offer().isPackage()).toList();
        List<SetAwardsMove> moves = new ArrayList<>();
        for (int start = 0; start < held.size(); start++) {
            List<LotAward> cycle = new ArrayList<>();
            cycle.add(held.get(start));
            extend(held, start, cycle, moves);
        }
        return moves;
    }

    private static void extend(List<LotAward> held, int start, List<LotAward> cycle, List<SetAwardsMove> moves) {
        if (cycle.size() >= 3) {
            rotate(cycle, 0, new ArrayList<>(), moves);
        }
        if (cycle.size() == LONGEST) {
            return;
        }
        for (int next = start + 1; next < held.size(); next++) {
            if (!cycle.contains(held.get(next))) {
                cycle.add(held.get(next));
                extend(held, start, cycle, moves);
                cycle.remove(cycle.size() - 1);
            }
        }
    }

    /** Every choice, lot by lot, of a single-lot option of the bidder holding the next lot of the cycle. */
    private static void rotate(List<LotAward> cycle, int i, List<AwardOption> chosen, List<SetAwardsMove> moves) {
        if (i == cycle.size()) {
            moves.add(new SetAwardsMove(cycle, chosen));
            return;
        }
        String next = cycle.get((i + 1) % cycle.size()).getOption().bidder();
        if (next.equals(cycle.get(i).getOption().bidder())) {
            return;
        }
        for (AwardOption o : cycle.get(i).getOptions()) {
            if (o.bidder().equals(next) && !o.offer().isPackage()) {
                chosen.add(o);
                rotate(cycle, i + 1, chosen, moves);
                chosen.remove(chosen.size() - 1);
            }
        }
    }
}
