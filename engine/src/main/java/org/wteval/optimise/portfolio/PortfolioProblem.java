package org.wteval.optimise.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wteval.model.PortfolioFile;
import org.wteval.optimise.portfolio.domain.Budget;
import org.wteval.optimise.portfolio.domain.Candidate;
import org.wteval.optimise.portfolio.domain.CountryCap;
import org.wteval.optimise.portfolio.domain.Objective;
import org.wteval.optimise.portfolio.domain.Portfolio;
import org.wteval.optimise.portfolio.domain.Programme;
import org.wteval.optimise.portfolio.domain.Project;
import org.wteval.optimise.portfolio.domain.ShareMinimum;
import org.wteval.optimise.portfolio.domain.StackingPolicy;

/**
 * The planning problem a portfolio file states: its projects screened, in the file's order, and its limits. A
 * summary is screened by {@link SummaryScreening}; a case folder's bid comes with the engine's own screening.
 */
public final class PortfolioProblem {

    private PortfolioProblem() {
    }

    /** A file of summaries only. */
    public static Portfolio of(PortfolioFile f) {
        return of(f, Map.of());
    }

    /** @param cases each case-folder project's bid, by project id */
    public static Portfolio of(PortfolioFile f, Map<String, CaseBid> cases) {
        Objective objective = f.objective().equals("score") ? Objective.SCORE : Objective.TCO2;
        List<Project> projects = new ArrayList<>();
        for (PortfolioFile.Project p : f.projects()) {
            CaseBid c = cases.get(p.id());
            Candidate candidate = c == null
                    ? new Candidate(p.id(), p.name(), p.plant(), Programme.valueOf(p.programme()), p.country(),
                            p.technology(), p.grantRequested(), basisPoints(p.japaneseTechnologyShare()),
                            p.tco2PerYear(), p.creditingYears(), p.score(), SummaryScreening.failures(p, f.screening()),
                            p.source())
                    : new Candidate(p.id(), p.name() != null ? p.name() : c.name(),
                            p.plant() != null ? p.plant() : p.caseFolder(), Programme.JCM, c.country(), c.technology(),
                            c.grant(), basisPoints(p.japaneseTechnologyShare()), c.tco2PerYear(), p.creditingYears(),
                            p.score(), c.failures(), p.source());
            projects.add(new Project(candidate, objective));
        }
        List<ShareMinimum> shares = new ArrayList<>();
        if (f.japaneseTechnologyMinimum() != null) {
            shares.add(ShareMinimum.japaneseTechnology(basisPoints(f.japaneseTechnologyMinimum())));
        }
        for (PortfolioFile.TechnologyMinimum m : f.technologyMinimums()) {
            shares.add(ShareMinimum.technology(m.technology(), basisPoints(m.minimum())));
        }
        return new Portfolio(objective, new Budget(f.budget(), f.currency()),
                new StackingPolicy(Boolean.TRUE.equals(f.stackingAgreed())),
                f.countryCaps().stream().map(c -> new CountryCap(c.country(), c.limit())).toList(), shares, projects);
    }

    /** A fraction in whole basis points, so that the share constraint compares whole numbers. */
    static int basisPoints(double fraction) {
        return (int) Math.round(fraction * ShareMinimum.WHOLE);
    }
}
