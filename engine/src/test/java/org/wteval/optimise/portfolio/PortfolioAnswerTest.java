package org.wteval.optimise.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.optimise.portfolio.domain.Budget;
import org.wteval.optimise.portfolio.domain.Candidate;
import org.wteval.optimise.portfolio.domain.Objective;
import org.wteval.optimise.portfolio.domain.Portfolio;
import org.wteval.optimise.portfolio.domain.Programme;
import org.wteval.optimise.portfolio.domain.Project;
import org.wteval.optimise.portfolio.domain.ScreeningFailure;
import org.wteval.optimise.portfolio.domain.StackingPolicy;

/**
 * A portfolio solved by hand. Budget 10,000; A 6,000 for 60,000 tCO2 (10 per unit), B 5,000 for 45,000 (9),
 * C 5,000 for 44,000 (8.8), E 1,000 for 50,000 but over the JCM cost-effectiveness threshold. Greedy by tCO2 per
 * unit takes A and then nothing fits (60,000); B + C spend 10,000 for 89,000, the optimum. With 11,000, A + B
 * (105,000) beats A + C (104,000) and B + C (89,000).
 */
class PortfolioAnswerTest {

    private static PortfolioSolver solver;

    @BeforeAll
    static void buildSolver() {
        solver = PortfolioSolver.reproducible();
    }

    private static Project project(String id, String country, long grant, double tco2, ScreeningFailure... failures) {
        return new Project(new Candidate(id, id, id, Programme.JCM, country, "grate", grant, 0, tco2, 1, null,
                List.of(failures), "summary"), Objective.TCO2);
    }

    private static Portfolio problem(long budget) {
        return new Portfolio(Objective.TCO2, new Budget(budget, "USD"), new StackingPolicy(false), List.of(), List.of(),
                List.of(project("A", "vn", 6_000, 60_000), project("B", "mv", 5_000, 45_000),
                        project("C", "mm", 5_000, 44_000), project("E", "lk", 1_000, 50_000,
                                new ScreeningFailure("JCM-COST-EFFECTIVENESS",
                                        "JCM cost-effectiveness exceeds the threshold", 5200, 4000, "JPY/tCO2"))));
    }

    @Test
    @DisplayName("B + C, not the greedy A; each left-out project with its binding rule; 10% more buys A for C")
    void answerByHand() {
        PortfolioAnswer a = PortfolioAnswer.of(solver, problem(10_000));
        assertEquals(89_000, a.chosen().score().softScore());
        assertEquals(List.of(
                new Decision("A", false, List.of("budget: 0 USD left of 10,000, the request is 6,000")),
                new Decision("B", true, List.of("funded: 45,000 tCO2 over the crediting period for 5,000 USD")),
                new Decision("C", true, List.of("funded: 44,000 tCO2 over the crediting period for 5,000 USD")),
                new Decision("E", false, List.of("screening JCM-COST-EFFECTIVENESS: JCM cost-effectiveness exceeds "
                        + "the threshold (5200 against 4000 JPY/tCO2)",
                        // B + C spend the whole 10,000, so E's 1,000 breaks the budget too: every binding rule is listed
                        "budget: 0 USD left of 10,000, the request is 1,000"))), a.decisions());
        assertNull(a.infeasible());
        assertEquals(105_000, a.moreBudget().score().softScore());
        assertEquals(11_000, a.moreBudget().budget().amount());
        assertEquals(List.of("A"), a.addedWithMore());
        assertEquals(List.of("C"), a.droppedWithMore());
    }

    @Test
    @DisplayName("a budget of 900, below every eligible request, is answered with the budget rule, not an exception")
    void infeasibleByHand() {
        PortfolioAnswer a = PortfolioAnswer.of(solver, problem(900));
        assertEquals("no project can be funded: the budget of 900 USD is below every eligible request (the smallest "
                + "is B, 5,000)", a.infeasible());
        assertEquals(0, a.chosen().score().softScore());
        assertEquals(0, a.chosen().score().hardScore());
    }
}
