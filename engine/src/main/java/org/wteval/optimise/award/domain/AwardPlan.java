package org.wteval.optimise.award.domain;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The planning solution: the lots and the tender's rules across them. Hard: the rules broken; medium: lots left
 * unawarded; soft: the objective (minus the total cost, or the total score).
 */
@PlanningSolution
public class AwardPlan {

    @ProblemFactProperty
    private Objective objective;

    /** Empty when the tender sets no cap; a list so that the cap constraint joins nothing then. */
    @ProblemFactCollectionProperty
    private List<SupplierCap> supplierCaps;

    @PlanningEntityCollectionProperty
    private List<LotAward> lots;

    @PlanningScore
    private HardMediumSoftLongScore score;

    /** For the solver's cloning only. */
    AwardPlan() {
    }

    /** Lots in the tender's order; lists keep that order, so that the solver's moves and its answer reproduce. */
    public AwardPlan(Objective objective, SupplierCap cap, List<LotAward> lots) {
        this.objective = objective;
        this.supplierCaps = cap == null ? List.of() : List.of(cap);
        this.lots = List.copyOf(lots);
    }

    public Objective objective() {
        return objective;
    }

    public SupplierCap supplierCap() {
        return supplierCaps.isEmpty() ? null : supplierCaps.get(0);
    }

    public List<LotAward> lots() {
        return lots;
    }

    public HardMediumSoftLongScore score() {
        return score;
    }

    /** The same problem with the awards given (in lot order, {@code null} for none), pins kept. */
    public AwardPlan with(List<AwardOption> awards) {
        List<LotAward> copy = new ArrayList<>();
        for (int i = 0; i < lots.size(); i++) {
            LotAward l = lots.get(i);
            copy.add(new LotAward(l.lot(), l.getOptions(), l.fixed() ? l.getOption() : awards.get(i), l.fixed()));
        }
        return new AwardPlan(objective, supplierCap(), copy);
    }

    /** The same problem, unsolved, with {@code option} taken out of its lot's options. */
    public AwardPlan without(AwardOption option) {
        List<LotAward> copy = new ArrayList<>();
        for (LotAward l : lots) {
            List<AwardOption> options = l.getOptions().stream().filter(o -> !o.equals(option)).toList();
            copy.add(new LotAward(l.lot(), options, l.fixed() ? l.getOption() : null, l.fixed()));
        }
        return new AwardPlan(objective, supplierCap(), copy);
    }

    /** The awards in lot order, {@code null} for a lot left unawarded. */
    public List<AwardOption> awards() {
        return lots.stream().map(LotAward::getOption).toList();
    }
}
