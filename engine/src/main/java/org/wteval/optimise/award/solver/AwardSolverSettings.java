package org.wteval.optimise.award.solver;

import java.util.List;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.common.SelectionOrder;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveListFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.wteval.optimise.award.domain.AwardPlan;
import org.wteval.optimise.award.domain.LotAward;

/**
 * How the award is solved, reproducibly: REPRODUCIBLE mode, a fixed seed, no move threads, and a stop after a number
 * of steps without improvement (or a ceiling on all steps), never after a wall-clock time.
 *
 * <p>Tabu search over four kinds of move: change one lot's award (to another option or to none); hand one lot over
 * to the bidder of another while that lot changes ({@link PairMoves}); award a package bid every lot of its group,
 * alone or with its bidder's other lots handed to their best other bid ({@link PackageMoves}); and rotate three or
 * four lots among their bidders ({@link RotationMoves}). The last three let a bidder at its cap or its capacity
 * trade lots in one step, where single changes would first break the rule. A first-fit construction starts it.
 * Each step weighs every move, so that the search does not depend on which moves a random sample happened to draw.
 * At 8 lots x 40 bids the composite moves are some thousands a step, where every pair of changes would be tens of
 * thousands (the square of the options per lot).
 *
 * @param seed the random seed
 * @param unimprovedStepLimit steps without a better award before the search stops
 * @param stepLimit the most steps in all
 */
public record AwardSolverSettings(long seed, int unimprovedStepLimit, int stepLimit) {

    public static final AwardSolverSettings DEFAULT = new AwardSolverSettings(0, 1_000, 20_000);

    /** Recently changed lots a move may not change again, so that the search climbs out of a local optimum. */
    static final int ENTITY_TABU_SIZE = 4;

    public AwardSolverSettings {
        if (unimprovedStepLimit < 1 || stepLimit < 1) {
            throw new IllegalArgumentException("step limits must be positive");
        }
    }

    public SolverConfig config() {
        LocalSearchPhaseConfig tabu = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(List.of(
                        new ChangeMoveSelectorConfig().withSelectionOrder(SelectionOrder.ORIGINAL),
                        new MoveListFactoryConfig().withMoveListFactoryClass(PackageMoves.class)
                                .withSelectionOrder(SelectionOrder.ORIGINAL),
                        new MoveListFactoryConfig().withMoveListFactoryClass(PairMoves.class)
                                .withSelectionOrder(SelectionOrder.ORIGINAL),
                        new MoveListFactoryConfig().withMoveListFactoryClass(RotationMoves.class)
                                .withSelectionOrder(SelectionOrder.ORIGINAL)))
                        .withSelectionOrder(SelectionOrder.ORIGINAL))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(ENTITY_TABU_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(Integer.MAX_VALUE))
                .withTerminationConfig(new TerminationConfig().withUnimprovedStepCountLimit(unimprovedStepLimit)
                        .withStepCountLimit(stepLimit));
        return new SolverConfig()
                .withSolutionClass(AwardPlan.class)
                .withEntityClasses(LotAward.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed)
                .withMoveThreadCount(SolverConfig.MOVE_THREAD_COUNT_NONE)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(AwardConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withPhases(new ConstructionHeuristicPhaseConfig(), tabu);
    }
}
