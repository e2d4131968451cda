package org.wteval.optimise.portfolio.solver;

import java.util.List;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.heuristic.selector.common.SelectionOrder;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.wteval.optimise.portfolio.domain.Portfolio;
import org.wteval.optimise.portfolio.domain.Project;

/**
 * How the portfolio is solved, reproducibly by default: REPRODUCIBLE mode, a fixed seed, no move threads, and a stop
 * after a number of steps without improvement (or a ceiling on all steps), never after a wall-clock time.
 *
 * <p>A first-fit construction, then, for up to {@link ExactSmallPortfolio#MAX_PROJECTS} projects, the proven optimum
 * by branch and bound (tabu search alone missed it on 4 of 40 such portfolios), then tabu search over two moves,
 * every one of them evaluated at each step: fund or drop one project, and swap one funded project for one left out
 * (the move a knapsack needs when the budget is tight). On a small portfolio the tabu search starts from the optimum
 * and cannot improve on it; on a large one it is the search.
 *
 * @param seed the random seed
 * @param unimprovedStepLimit steps without a better portfolio before the search stops
 * @param stepLimit the most steps in all
 * @param secondsLimit a wall-clock limit in seconds, or 0 for none; with one the result may differ from run to run
 */
public record PortfolioSolverSettings(long seed, int unimprovedStepLimit, int stepLimit, long secondsLimit) {

    /** Chosen on seeded random portfolios of 10 to 25 projects against their exact optimum (ExactOptimumTest). */
    public static final PortfolioSolverSettings DEFAULT = new PortfolioSolverSettings(0, 200, 100_000, 0);

    /** Projects a step may not touch again for this many steps: 3 to 7 were tried, 5 reached the optimum most often. */
    static final int ENTITY_TABU_SIZE = 5;

    public PortfolioSolverSettings {
        if (unimprovedStepLimit < 1 || stepLimit < 1 || secondsLimit < 0) {
            throw new IllegalArgumentException("step limits must be positive and the seconds limit not negative");
        }
    }

    public SolverConfig config() {
        TerminationConfig stop = new TerminationConfig().withUnimprovedStepCountLimit(unimprovedStepLimit)
                .withStepCountLimit(stepLimit);
        if (secondsLimit > 0) {
            stop = stop.withSecondsSpentLimit(secondsLimit);
        }
        LocalSearchPhaseConfig tabu = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(List.of(
                        new ChangeMoveSelectorConfig().withSelectionOrder(SelectionOrder.ORIGINAL),
                        new SwapMoveSelectorConfig().withSelectionOrder(SelectionOrder.ORIGINAL)))
                        .withSelectionOrder(SelectionOrder.ORIGINAL))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(ENTITY_TABU_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig())
                .withTerminationConfig(stop);
        return new SolverConfig()
                .withSolutionClass(Portfolio.class)
                .withEntityClasses(Project.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed)
                .withMoveThreadCount(SolverConfig.MOVE_THREAD_COUNT_NONE)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(PortfolioConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withPhases(new ConstructionHeuristicPhaseConfig(),
                        new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(ExactSmallPortfolio.class)),
                        tabu);
    }
}
