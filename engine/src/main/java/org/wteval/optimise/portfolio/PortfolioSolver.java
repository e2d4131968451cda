package org.wteval.optimise.portfolio;

import org.optaplanner.core.api.solver.SolverFactory;
import org.wteval.optimise.portfolio.domain.Portfolio;
import org.wteval.optimise.portfolio.solver.PortfolioSolverSettings;

/**
 * The portfolio solver, built once (building the solver factory compiles the constraint streams, the slow part) and
 * then asked to solve any number of portfolios; each call gets its own solver, so it is safe to share.
 */
public final class PortfolioSolver {

    private final SolverFactory<Portfolio> factory;

    public PortfolioSolver(PortfolioSolverSettings settings) {
        this.factory = SolverFactory.create(settings.config());
    }

    public static PortfolioSolver reproducible() {
        return new PortfolioSolver(PortfolioSolverSettings.DEFAULT);
    }

    SolverFactory<Portfolio> factory() {
        return factory;
    }

    /** The best portfolio found: every project decided, with its score. */
    public Portfolio solve(Portfolio problem) {
        return factory.buildSolver().solve(problem);
    }
}
