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

    static List<Long> seeds() {
        return java.util.stream.LongStream.rangeClosed(1, 40).boxed().toList();
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

    /*
     * Local search does not prove optimality. With the default settings it reached the exact optimum on 36 of the 40
     * capped portfolios (seeds 12, 21, 31 and 36 ended 4.7%, 6.7%, 0.5% and 3.2% below it) and on 40 of the 40 with
     * every rule, when these tests were written. The tests hold it to that record, so that a worse setting fails.
     */
    static final int EXACT_AT_LEAST = 36;
    static final double GAP_AT_MOST = 0.07;

    @Test
    @DisplayName("on 40 seeded portfolios of 10 to 25 projects with country caps the solver reaches the dynamic "
            + "programme's optimum on at least 36, and is within 7% of it on all")
    void solverAgainstDynamicProgramme() {
        int exact = 0;
        for (long seed : seeds()) {
            int n = 10 + (int) (seed % 16);
            Portfolio p = RandomPortfolios.generate(seed, n, 3 + (int) (seed % 3), false);
            Portfolio best = solver.solve(p);
            long optimum = ExactPortfolio.optimum(items(p), p.budget().amount(), caps(p));
            exact += check(seed, best, optimum);
        }
        assertTrue(exact >= EXACT_AT_LEAST, "exact on " + exact + " of 40");
    }

    @Test
    @DisplayName("with stacking pairs and a 60% Japanese-share minimum on 14 projects, the solver reaches the brute "
            + "force optimum on at least 36 of 40 seeds, and is within 7% of it on all")
    void solverAgainstBruteForceWithEveryRule() {
        int exact = 0;
        for (long seed : seeds()) {
            Portfolio p = RandomPortfolios.generate(seed, 14, 3, true);
            exact += check(seed, solver.solve(p), BruteForce.optimum(p));
        }
        assertTrue(exact >= EXACT_AT_LEAST, "exact on " + exact + " of 40");
    }

    /** 1 when the solver's portfolio is feasible and optimal; fails when it is infeasible or more than 7% off. */
    private static int check(long seed, Portfolio best, long optimum) {
        assertEquals(0, best.score().hardScore(), "seed " + seed + " feasible");
        long value = best.score().softScore();
        assertTrue(value <= optimum, "seed " + seed + ": no portfolio beats the optimum");
        assertTrue(value >= (1 - GAP_AT_MOST) * optimum, "seed " + seed + ": " + value + " against " + optimum);
        return value == optimum ? 1 : 0;
    }

    private static List<ExactPortfolio.Item> items(Portfolio p) {
        return p.projects().stream().filter(x -> x.candidate().eligible())
                .map(x -> new ExactPortfolio.Item(x.country(), x.grant(), x.value())).toList();
    }

    private static Map<String, Long> caps(Portfolio p) {
        return p.countryCaps().stream().collect(Collectors.toMap(CountryCap::country, CountryCap::limit));
    }
}
