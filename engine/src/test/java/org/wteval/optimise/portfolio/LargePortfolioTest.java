package org.wteval.optimise.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.optimise.portfolio.domain.CountryCap;
import org.wteval.optimise.portfolio.domain.Portfolio;
import org.wteval.optimise.portfolio.solver.PortfolioSolverSettings;

/**
 * 200 projects with 10 country caps, beyond the proven range: branch and bound within its node limit against the
 * dynamic programme's optimum, which counts money in steps of {@link RandomPortfolios#LARGE_STEP} (every grant, cap and
 * the budget are whole steps, so it stays exact). Prints the solver factory's build and each solve's time: the
 * benchmark command of the README's Performance section.
 */
class LargePortfolioTest {

    static final double GAP_AT_MOST = 0.001;
    static final int SEEDS = 10;

    private static PortfolioSolver solver;

    /** Built once, in a fresh test JVM: the start-up cost, reported apart from the solves. */
    @BeforeAll
    static void buildSolver() {
        long start = System.nanoTime();
        solver = PortfolioSolver.reproducible();
        System.out.printf(Locale.ROOT, "portfolio solver factory built in %.0f ms%n",
                (System.nanoTime() - start) / 1e6);
    }

    @Test
    @DisplayName("200 projects, 10 country caps: within 0.1% of the exact optimum on 10 seeded portfolios")
    void withinATenthOfAPercent() {
        check(false);
    }

    @Test
    @DisplayName("200 projects, 10 country caps, tCO2 strongly correlated with the grant: within 0.1% of the exact "
            + "optimum on 10 seeded portfolios")
    void withinATenthOfAPercentWhenCorrelated() {
        check(true);
    }

    private static void check(boolean correlated) {
        long start;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Portfolio p = RandomPortfolios.large(seed, 200, 10, correlated);
            start = System.nanoTime();
            Portfolio best = solver.solve(p);
            double seconds = (System.nanoTime() - start) / 1e9;
            long optimum = ExactPortfolio.optimum(steps(p), p.budget().amount() / RandomPortfolios.LARGE_STEP,
                    caps(p));
            double gap = 1 - (double) best.score().softScore() / optimum;
            System.out.printf(Locale.ROOT, (correlated ? "correlated " : "")
                    + "seed %d: %d against the optimum %d, gap %.4f%%, %s, solved in %.2f s%n",
                    seed, best.score().softScore(), optimum, 100 * gap,
                    best.search().proven() ? "proven" : "node limit reached", seconds);
            assertEquals(0, best.score().hardScore(), "seed " + seed + " feasible");
            assertTrue(gap >= 0 && gap <= GAP_AT_MOST, "seed " + seed + ": gap " + gap);
            // A claim of proof is checked, never trusted: a proven portfolio is the optimum itself.
            assertTrue(!best.search().proven() || gap == 0, "seed " + seed + ": proven but " + gap + " below");
        }
    }

    @Test
    @DisplayName("a node limit that stops the search is owned up to: the answer says it is not proven optimal")
    void aStoppedSearchSaysSo() {
        Portfolio best = new PortfolioSolver(new PortfolioSolverSettings(1_000)).solve(RandomPortfolios.large(1, 200,
                10, false));
        assertEquals(0, best.score().hardScore());
        assertFalse(best.search().proven());
        assertEquals(1_000, best.search().nodeLimit());
        // Each open branch above the cut visits its node once more before it returns.
        assertTrue(best.search().nodes() >= 1_000, "nodes " + best.search().nodes());
    }

    private static List<ExactPortfolio.Item> steps(Portfolio p) {
        return p.projects().stream().map(x -> new ExactPortfolio.Item(x.country(),
                x.grant() / RandomPortfolios.LARGE_STEP, x.value())).toList();
    }

    private static Map<String, Long> caps(Portfolio p) {
        return p.countryCaps().stream().collect(Collectors.toMap(CountryCap::country,
                c -> c.limit() / RandomPortfolios.LARGE_STEP));
    }
}
