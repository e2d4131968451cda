package org.wteval.optimise.award.solver;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.wteval.optimise.award.domain.AwardOption;
import org.wteval.optimise.award.domain.AwardPlan;
import org.wteval.optimise.award.domain.LotAward;

/**
 * Solves an award and explains it: the rules the award breaks (none when feasible), why each lot's cheaper (or
 * better-scored) options lost, and the runner-up, the best award that differs from it in at least one lot. Building
 * the solver factory is the costly part; build one and reuse it.
 */
public final class LotAwardSolver {

    private final SolverFactory<AwardPlan> factory;
    private final SolutionManager<AwardPlan, HardMediumSoftLongScore> manager;

    public LotAwardSolver(AwardSolverSettings settings) {
        this.factory = SolverFactory.create(settings.config());
        this.manager = SolutionManager.create(factory);
    }

    /** The best award found; the plan passed in is left as it was. */
    public AwardPlan solve(AwardPlan plan) {
        AwardPlan solved = factory.buildSolver().solve(plan);
        manager.update(solved);
        return solved;
    }

    /** The score of a given award, as the constraints count it. */
    public HardMediumSoftLongScore score(AwardPlan plan) {
        return manager.update(plan);
    }

    /** One rule broken, or one lot's contribution: the constraint's name and its justification. */
    public record Match(String constraint, HardMediumSoftLongScore score, Object justification) {
    }

    /** Every hard and medium match of {@code plan}, by constraint name then match. */
    public List<Match> brokenRules(AwardPlan plan) {
        ScoreExplanation<AwardPlan, HardMediumSoftLongScore> e = manager.explain(plan);
        List<Match> matches = new ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : e.getConstraintMatchTotalMap().values()) {
            for (ConstraintMatch<HardMediumSoftLongScore> m : total.getConstraintMatchSet()) {
                HardMediumSoftLongScore s = m.getScore();
                if (s.getHardScore() != 0 || s.getMediumScore() != 0) {
                    matches.add(new Match(total.getConstraintName(), s, m.getJustification()));
                }
            }
        }
        matches.sort((a, b) -> (a.constraint() + a.justification()).compareTo(b.constraint() + b.justification()));
        return matches;
    }

    /**
     * Why {@code alternative} does not win its lot in {@code plan}: the rules the award would break with that lot
     * changed to it alone, which {@code plan} does not break.
     */
    public List<Match> whyNot(AwardPlan plan, AwardOption alternative) {
        List<Match> before = brokenRules(plan);
        List<AwardOption> changed = new ArrayList<>(plan.awards());
        for (int i = 0; i < plan.lots().size(); i++) {
            if (plan.lots().get(i).lot().equals(alternative.lot())) {
                changed.set(i, alternative);
            }
        }
        List<Match> after = brokenRules(plan.with(changed));
        after.removeIf(m -> before.stream().anyMatch(b -> b.constraint().equals(m.constraint())
                && b.justification().toString().equals(m.justification().toString())));
        after.removeIf(m -> m.score().getHardScore() == 0);
        return after;
    }

    /**
     * The best award that differs from {@code best} in at least one lot not fixed by the committee, or {@code null}
     * when none does. Every such award either takes some awarded lot from its option (so it is optimal for the
     * problem without that option there) or awards a lot {@code best} leaves open (so it is optimal with that lot
     * fixed to one of its options); the best of those solutions is the runner-up.
     */
    public AwardPlan runnerUp(AwardPlan best) {
        AwardPlan runnerUp = null;
        for (int i = 0; i < best.lots().size(); i++) {
            LotAward lot = best.lots().get(i);
            if (lot.fixed()) {
                continue;
            }
            List<AwardPlan> candidates = new ArrayList<>();
            if (lot.awarded()) {
                candidates.add(solve(best.without(lot.getOption())));
            } else {
                for (AwardOption option : lot.getOptions()) {
                    candidates.add(solve(fixedAt(best, i, option)));
                }
            }
            for (AwardPlan c : candidates) {
                if (runnerUp == null || c.score().compareTo(runnerUp.score()) > 0) {
                    runnerUp = c;
                }
            }
        }
        return runnerUp;
    }

    /** The problem of {@code plan}, unsolved, with lot {@code index} fixed to {@code option}. */
    private static AwardPlan fixedAt(AwardPlan plan, int index, AwardOption option) {
        List<LotAward> lots = new ArrayList<>();
        for (int i = 0; i < plan.lots().size(); i++) {
            LotAward l = plan.lots().get(i);
            lots.add(i == index ? new LotAward(l.lot(), l.getOptions(), option, true)
                    : new LotAward(l.lot(), l.getOptions(), l.fixed() ? l.getOption() : null, l.fixed()));
        }
        return new AwardPlan(plan.objective(), plan.supplierCap(), lots);
    }
}
