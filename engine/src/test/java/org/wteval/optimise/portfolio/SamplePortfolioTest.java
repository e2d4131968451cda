package org.wteval.optimise.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.CaseFolders;
import org.wteval.io.PortfolioFileReader;
import org.wteval.optimise.portfolio.domain.Portfolio;
import org.wteval.optimise.portfolio.domain.Project;

/** The sample portfolio's optimum by brute force, and the greedy choice it beats (cases/portfolio-jcm/README.md). */
class SamplePortfolioTest {

    @Test
    @DisplayName("cases/portfolio-jcm: brute force over every subset gives 1,730,000 tCO2, the solver the same; "
            + "greedy by tCO2 per dollar within the rules gives 1,690,000")
    void optimumIsNotTheGreedyChoice() throws Exception {
        Portfolio p = PortfolioProblem.of(PortfolioFileReader.read(
                CaseFolders.sample("portfolio-jcm").resolve("portfolio.yaml")));
        assertEquals(1_730_000, BruteForce.optimum(p));
        assertEquals(1_730_000, PortfolioSolver.reproducible().solve(p).score().softScore());
        assertEquals(1_690_000, greedy(p));
    }

    /** Each eligible project in decreasing tCO2 per dollar, funded when the budget and its country's cap allow. */
    private static long greedy(Portfolio p) {
        List<Project> eligible = new ArrayList<>(p.projects().stream().filter(x -> x.candidate().eligible()).toList());
        eligible.sort(Comparator.comparingDouble(x -> -(double) x.value() / x.grant()));
        long spent = 0;
        long value = 0;
        List<Project> funded = new ArrayList<>();
        for (Project x : eligible) {
            long inCountry = funded.stream().filter(f -> f.country().equals(x.country())).mapToLong(Project::grant)
                    .sum();
            long cap = p.countryCaps().stream().filter(c -> c.country().equals(x.country()))
                    .mapToLong(c -> c.limit()).findFirst().orElse(Long.MAX_VALUE);
            if (spent + x.grant() <= p.budget().amount() && inCountry + x.grant() <= cap) {
                funded.add(x);
                spent += x.grant();
                value += x.value();
            }
        }
        return value;
    }
}
