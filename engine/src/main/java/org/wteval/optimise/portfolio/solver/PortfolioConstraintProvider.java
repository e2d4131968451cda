package org.wteval.optimise.portfolio.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.wteval.optimise.portfolio.domain.Budget;
import org.wteval.optimise.portfolio.domain.CountryCap;
import org.wteval.optimise.portfolio.domain.Programme;
import org.wteval.optimise.portfolio.domain.Project;
import org.wteval.optimise.portfolio.domain.ShareMinimum;
import org.wteval.optimise.portfolio.domain.StackingPolicy;

/**
 * One constraint per programme rule. Hard penalties are the money, in whole currency units, by which a rule is
 * broken, so that a portfolio that breaks a rule by less is nearer to feasible; the soft reward is the objective.
 */
public final class PortfolioConstraintProvider implements ConstraintProvider {

    public static final String BUDGET = "budget";
    public static final String COUNTRY_CAP = "country cap";
    public static final String SHARE_MINIMUM = "share minimum";
    public static final String SCREENING = "screening";
    public static final String STACKING = "stacking";
    public static final String OBJECTIVE = "objective";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {budget(f), countryCap(f), shareMinimum(f), screening(f), stacking(f), objective(f)};
    }

    /** The funded grants stay within the year's budget. */
    Constraint budget(ConstraintFactory f) {
        return f.forEach(Project.class).filter(Project::funded)
                .groupBy(sumLong(Project::grant))
                .join(Budget.class, Joiners.filtering((funded, budget) -> funded > budget.amount()))
                .penalizeLong(HardSoftLongScore.ONE_HARD, (funded, budget) -> funded - budget.amount())
                .justifyWith((funded, budget, score) -> new BudgetExceeded(funded, budget.amount()))
                .asConstraint(BUDGET);
    }

    /** Each country's funded grants stay within its cap. */
    Constraint countryCap(ConstraintFactory f) {
        return f.forEach(Project.class).filter(Project::funded)
                .groupBy(Project::country, sumLong(Project::grant))
                .join(CountryCap.class, Joiners.equal((country, funded) -> country, CountryCap::country))
                .filter((country, funded, cap) -> funded > cap.limit())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (country, funded, cap) -> funded - cap.limit())
                .justifyWith((country, funded, cap, score) -> new CountryCapExceeded(country, funded, cap.limit()))
                .asConstraint(COUNTRY_CAP);
    }

    /** The Japanese-technology share, or a technology's share, of the funded grants meets the programme's minimum. */
    Constraint shareMinimum(ConstraintFactory f) {
        return f.forEach(ShareMinimum.class)
                .join(f.forEach(Project.class).filter(Project::funded))
                .groupBy((m, p) -> m, sumLong((m, p) -> p.grant()), sumLong(ShareMinimum::qualifying))
                .filter((m, grants, qualifying) -> m.shortfall(grants, qualifying) > 0)
                .penalizeLong(HardSoftLongScore.ONE_HARD, (m, grants, qualifying) -> m.shortfall(grants, qualifying))
                .justifyWith((m, grants, qualifying, score) -> new ShareBelowMinimum(m.label(), grants,
                        (double) qualifying / ShareMinimum.WHOLE / grants,
                        (double) m.minimumBasisPoints() / ShareMinimum.WHOLE, m.shortfall(grants, qualifying)))
                .asConstraint(SHARE_MINIMUM);
    }

    /** A project that fails its own screening is not funded; the penalty is its grant. */
    Constraint screening(ConstraintFactory f) {
        return f.forEach(Project.class).filter(p -> p.funded() && !p.candidate().eligible())
                .penalizeLong(HardSoftLongScore.ONE_HARD, Project::grant)
                .justifyWith((p, score) -> new ScreeningFailed(p.id(), p.candidate().screeningFailures()))
                .asConstraint(SCREENING);
    }

    /**
     * A JCM Model Project subsidy and a JFJCM grant do not both finance one plant unless both funders agreed; the
     * penalty is the smaller grant, the one that would have to go.
     */
    Constraint stacking(ConstraintFactory f) {
        return f.forEachUniquePair(Project.class, Joiners.equal(Project::plant))
                .filter((a, b) -> a.funded() && b.funded()
                        && a.candidate().programme() != b.candidate().programme())
                .ifNotExists(StackingPolicy.class, Joiners.filtering((a, b, policy) -> policy.agreed()))
                .penalizeLong(HardSoftLongScore.ONE_HARD, (a, b) -> Math.min(a.grant(), b.grant()))
                .justifyWith((a, b, score) -> a.candidate().programme() == Programme.JCM
                        ? new GrantsStacked(a.plant(), a.id(), b.id()) : new GrantsStacked(a.plant(), b.id(), a.id()))
                .asConstraint(STACKING);
    }

    /** The most tCO2 reduced over the crediting periods, or the highest total score. */
    Constraint objective(ConstraintFactory f) {
        return f.forEach(Project.class).filter(Project::funded)
                .rewardLong(HardSoftLongScore.ONE_SOFT, Project::value)
                .justifyWith((p, score) -> new ObjectiveGained(p.id(), p.value()))
                .asConstraint(OBJECTIVE);
    }
}
