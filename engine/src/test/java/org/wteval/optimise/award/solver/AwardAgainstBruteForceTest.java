package org.wteval.optimise.award.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.wteval.optimise.award.domain.AwardPlan;

/**
 * The solver, with its default settings, finds an award as good as the best of every award (enumerated) on problems
 * of up to 6 lots and 5 bids drawn from fixed seeds; the constraints score any award as the rules written out afresh
 * do; and the runner-up is the best award that differs from the solver's.
 */
class AwardAgainstBruteForceTest {

    private static final int SEEDS = 300;
    private static LotAwardSolver solver;

    @BeforeAll
    static void buildSolver() {
        solver = new LotAwardSolver(AwardSolverSettings.DEFAULT);
    }

    @Test
    @DisplayName("on 300 seeded problems up to 6 lots x 5 bids the solver's award scores as the enumerated optimum")
    void solverMatchesBruteForce() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            AwardPlan problem = RandomAwards.draw(seed, 6, 5);
            AwardPlan solved = solver.solve(problem);
            assertEquals(BruteForce.score(solved, solved.awards()), solved.score(), "constraints, seed " + seed);
            assertEquals(BruteForce.best(problem, null), solved.score(), "optimum, seed " + seed);
        }
    }

    @Test
    @DisplayName("on 100 seeded problems the runner-up scores as the best enumerated award differing from the optimum")
    void runnerUpMatchesBruteForce() {
        for (long seed = 1001; seed <= 1100; seed++) {
            AwardPlan problem = RandomAwards.draw(seed, 6, 5);
            AwardPlan solved = solver.solve(problem);
            AwardPlan runnerUp = solver.runnerUp(solved);
            HardMediumSoftLongScore expected = BruteForce.best(problem, solved.awards());
            if (expected == null) {
                assertNull(runnerUp, "seed " + seed);
            } else {
                assertEquals(expected, runnerUp.score(), "runner-up, seed " + seed);
            }
        }
    }
}
