package org.wteval.optimise.portfolio;

import java.util.ArrayList;
import java.util.List;
import org.wteval.optimise.portfolio.domain.Portfolio;
import org.wteval.optimise.portfolio.domain.Project;

/**
 * The portfolio chosen, each project's decision with its binding reasons, and what 10% more budget would change.
 *
 * @param infeasible why nothing can be funded, naming the rule that cannot be met; {@code null} when something can
 * @param moreBudget the portfolio chosen with {@link #MORE_BUDGET} times the budget
 * @param addedWithMore projects funded with more budget that are not funded now
 * @param droppedWithMore projects funded now that more budget would replace
 */
public record PortfolioAnswer(Portfolio chosen, List<Decision> decisions, String infeasible, Portfolio moreBudget,
                              List<String> addedWithMore, List<String> droppedWithMore) {

    /** The budget the "what more would buy" question asks about, as a multiple of the year's budget. */
    public static final double MORE_BUDGET = 1.1;

    /** Solves the portfolio and, again, with 10% more budget (rounded down to a whole unit). */
    public static PortfolioAnswer of(PortfolioSolver solver, Portfolio problem) {
        Portfolio chosen = solver.solve(problem);
        Portfolio more = solver.solve(problem.withBudget((long) Math.floor(problem.budget().amount() * MORE_BUDGET)));
        List<Decision> decisions = chosen.projects().stream().map(p -> BindingReasons.of(chosen, p)).toList();
        List<String> added = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (int i = 0; i < chosen.projects().size(); i++) {
            Project now = chosen.projects().get(i);
            Project then = more.projects().get(i);
            if (then.funded() && !now.funded()) {
                added.add(now.id());
            } else if (now.funded() && !then.funded()) {
                dropped.add(now.id());
            }
        }
        return new PortfolioAnswer(chosen, decisions, BindingReasons.nothingFundable(problem), more, added, dropped);
    }
}
