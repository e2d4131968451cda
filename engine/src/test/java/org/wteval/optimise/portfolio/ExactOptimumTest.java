package org.wteval.optimise.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wteval.optimise.portfolio.domain.CountryCap;
import org.wteval.optimise.portfolio.domain.Portfolio;

/** The solver's portfolio against the exact optimum: the dynamic programme, and brute force where it cannot go. */
class ExactOptimumTest {

    private static PortfolioSolver solver;

    @BeforeAll
    static void buildSolver() {
        solver = PortfolioSolver.reproducible();
    }

    static final int SEEDS = 200;

    static List<Long> seeds() {
        return java.util.stream.LongStream.rangeClosed(1, SEEDS).boxed().toList();
    }

    @Test
    @DisplayName("the dynamic programme on a hand-solved instance: budget 10, cap 6 on A")
    void dynamicProgrammeByHand() {
        // A1 (6, 60) and A2 (5, 45) share country A capped at 6, so at most one; B1 (4, 30), B2 (5, 38).
        // Within 10: A1 + B1 = 10 → 90; A2 + B2 = 10 → 83; A2 + B1 = 9 → 75; B1 + B2 = 9 → 68. Optimum 90.
        List<ExactPortfolio.Item> items = List.of(new ExactPortfolio.Item("A", 6, 60),
                new ExactPortfolio.Item("A", 5, 45), new ExactPortfolio.Item("B", 4, 30),
                new ExactPortfolio.Item("B", 5, 38));
        assertEquals(90, ExactPortfolio.optimum(items, 10, Map.of("A", 6L)));
        // Without the cap A1 + A2 = 11 still breaks the budget, so the optimum stays 90; with budget 11 it is 105.
        assertEquals(90, ExactPortfolio.optimum(items, 10, Map.of()));
        assertEquals(105, ExactPortfolio.optimum(items, 11, Map.of()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("the dynamic programme equals brute force on 14 projects with country caps")
    void dynamicProgrammeEqualsBruteForce(long seed) {
        Portfolio p = RandomPortfolios.generate(seed, 14, 4, false);
        assertEquals(BruteForce.optimum(p), ExactPortfolio.optimum(items(p), p.budget().amount(), caps(p)));
    }

    @Test
    @DisplayName("on 200 seeded portfolios of 10 to 25 projects with country caps the solver reaches the dynamic "
            + "programme's optimum on every one")
    void solverAgainstDynamicProgramme() {
        for (long seed : seeds()) {
            int n = 10 + (int) (seed % 16);
            Portfolio p = RandomPortfolios.generate(seed, n, 3 + (int) (seed % 3), false);
            long optimum = ExactPortfolio.optimum(items(p), p.budget().amount(), caps(p));
            assertOptimal(seed, solver.solve(p), optimum);
        }
    }

    @Test
    @DisplayName("with stacking pairs and a 60% Japanese-share minimum on 14 projects, the solver reaches the brute "
            + "force optimum on every one of 200 seeds")
    void solverAgainstBruteForceWithEveryRule() {
        for (long seed : seeds()) {
            Portfolio p = RandomPortfolios.generate(seed, 14, 3, true);
            assertOptimal(seed, solver.solve(p), BruteForce.optimum(p));
        }
    }

    private static void assertOptimal(long seed, Portfolio best, long optimum) {
        assertEquals(0, best.score().hardScore(), "seed " + seed + " feasible");
        assertEquals(optimum, best.score().softScore(), "seed " + seed);
        assertTrue(best.search().proven(), "seed " + seed + ": up to 25 projects the search runs to the end");
    }

    private static List<ExactPortfolio.Item> items(Portfolio p) {
        return p.projects().stream().filter(x -> x.candidate().eligible())
                .map(x -> new ExactPortfolio.Item(x.country(), x.grant(), x.value())).toList();
    }

    private static Map<String, Long> caps(Portfolio p) {
        return p.countryCaps().stream().collect(Collectors.toMap(CountryCap::country, CountryCap::limit));
    }
}
