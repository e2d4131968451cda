package org.wteval.optimise.award.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;
import org.wteval.optimise.award.domain.AwardOption;
import org.wteval.optimise.award.domain.AwardPlan;
import org.wteval.optimise.award.domain.LotAward;

/**
 * Sets several lots at once: a package bid wins all the lots of its group in one step, or two lots change hands
 * together, so that the search need not pass through an award that breaks a rule (a split package, a bidder over
 * its cap) to reach a better one.
 */
final class SetAwardsMove extends AbstractMove<AwardPlan> {

    private final List<LotAward> lots;
    private final List<AwardOption> options;

    /** {@code options.get(i)} goes to {@code lots.get(i)}; {@code null} leaves that lot unawarded. */
    SetAwardsMove(List<LotAward> lots, List<AwardOption> options) {
        this.lots = List.copyOf(lots);
        this.options = new ArrayList<>(options);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<AwardPlan> director) {
        for (int i = 0; i < lots.size(); i++) {
            if (!Objects.equals(lots.get(i).getOption(), options.get(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected AbstractMove<AwardPlan> createUndoMove(ScoreDirector<AwardPlan> director) {
        List<AwardOption> before = new ArrayList<>();
        lots.forEach(l -> before.add(l.getOption()));
        return new SetAwardsMove(lots, before);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<AwardPlan> director) {
        for (int i = 0; i < lots.size(); i++) {
            LotAward lot = lots.get(i);
            director.beforeVariableChanged(lot, "option");
            lot.setOption(options.get(i));
            director.afterVariableChanged(lot, "option");
        }
    }

    @Override
    public List<LotAward> getPlanningEntities() {
        return lots;
    }

    @Override
    public List<AwardOption> getPlanningValues() {
        return options.stream().filter(Objects::nonNull).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SetAwardsMove m && lots.equals(m.lots) && options.equals(m.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lots, options);
    }

    @Override
    public String toString() {
        return lots + " <- " + options;
    }
}
