package org.wteval.optimise.portfolio.domain;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * The planning solution: the candidate projects and the programme's limits. The hard score is the money (whole
 * currency units) by which the limits are broken, the soft score the objective.
 */
@PlanningSolution
public class Portfolio {

    public static final String FUNDED_RANGE = "funded";

    private Objective objective;

    @ProblemFactProperty
    private Budget budget;

    @ProblemFactProperty
    private StackingPolicy stacking;

    @ProblemFactCollectionProperty
    private List<CountryCap> countryCaps;

    @ProblemFactCollectionProperty
    private List<ShareMinimum> shareMinimums;

    @PlanningEntityCollectionProperty
    private List<Project> projects;

    @PlanningScore
    private HardSoftLongScore score;

    /** Set by the search, so that the best solution, cloned after it, carries how far the search went. */
    private SearchOutcome search;

    /** For the solver's cloning only. */
    Portfolio() {
    }

    /** A problem in input order; lists keep that order so that the solver's moves, and its answer, are reproducible. */
    public Portfolio(Objective objective, Budget budget, StackingPolicy stacking, List<CountryCap> countryCaps,
                     List<ShareMinimum> shareMinimums, List<Project> projects) {
        this.objective = objective;
        this.budget = budget;
        this.stacking = stacking;
        this.countryCaps = List.copyOf(countryCaps);
        this.shareMinimums = List.copyOf(shareMinimums);
        this.projects = List.copyOf(projects);
    }

    @ValueRangeProvider(id = FUNDED_RANGE)
    public List<Boolean> getFundedRange() {
        return List.of(Boolean.FALSE, Boolean.TRUE);
    }

    public Objective objective() {
        return objective;
    }

    public Budget budget() {
        return budget;
    }

    public StackingPolicy stacking() {
        return stacking;
    }

    public List<CountryCap> countryCaps() {
        return countryCaps;
    }

    public List<ShareMinimum> shareMinimums() {
        return shareMinimums;
    }

    public List<Project> projects() {
        return projects;
    }

    public HardSoftLongScore score() {
        return score;
    }

    /** How far the search went; {@code null} before a search has run. */
    public SearchOutcome search() {
        return search;
    }

    public void recordSearch(SearchOutcome outcome) {
        this.search = outcome;
    }

    /** The same problem with another budget, every project undecided. */
    public Portfolio withBudget(long amount) {
        return new Portfolio(objective, new Budget(amount, budget.currency()), stacking, countryCaps, shareMinimums,
                projects.stream().map(p -> new Project(p.candidate(), p.value(), null)).toList());
    }
}
