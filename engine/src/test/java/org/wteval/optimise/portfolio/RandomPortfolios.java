package org.wteval.optimise.portfolio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.wteval.optimise.portfolio.domain.Budget;
import org.wteval.optimise.portfolio.domain.Candidate;
import org.wteval.optimise.portfolio.domain.CountryCap;
import org.wteval.optimise.portfolio.domain.Objective;
import org.wteval.optimise.portfolio.domain.Portfolio;
import org.wteval.optimise.portfolio.domain.Programme;
import org.wteval.optimise.portfolio.domain.Project;
import org.wteval.optimise.portfolio.domain.ScreeningFailure;
import org.wteval.optimise.portfolio.domain.ShareMinimum;
import org.wteval.optimise.portfolio.domain.StackingPolicy;

/** Seeded random portfolios for the exact checks: grants of 100 to 5,000 units, about a third of them fundable. */
final class RandomPortfolios {

    static final ScreeningFailure TOO_DEAR = new ScreeningFailure("JCM-COST-EFFECTIVENESS",
            "JCM cost-effectiveness exceeds the threshold", 5200, 4000, "JPY/tCO2");

    private RandomPortfolios() {
    }

    static Candidate candidate(String id, String plant, Programme programme, String country, String technology,
                               long grant, int japaneseShareBasisPoints, double tco2PerYear, int years,
                               List<ScreeningFailure> failures) {
        return new Candidate(id, id, plant, programme, country, technology, grant, japaneseShareBasisPoints,
                tco2PerYear, years, null, failures, "summary");
    }

    /**
     * A portfolio of {@code n} projects over {@code countries} countries, each capped with probability 1/2; one in
     * eight fails its screening. With {@code rich}, it also has stacking pairs and a Japanese-share minimum.
     */
    static Portfolio generate(long seed, int n, int countries, boolean rich) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Project> projects = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < n; i++) {
            long grant = r.nextLong(100, 5_001);
            total += grant;
            // tCO2 roughly in line with the grant, spread so that value per unit differs by up to 4×
            double perYear = grant * (0.5 + 1.5 * r.nextDouble());
            String plant = rich && i % 5 == 1 ? "P" + (i - 1) : "P" + i;
            Programme programme = rich && i % 5 == 1 ? Programme.JFJCM : Programme.JCM;
            List<ScreeningFailure> failures = r.nextInt(8) == 0 ? List.of(TOO_DEAR) : List.of();
            projects.add(new Project(candidate("P" + i, plant, programme, "C" + r.nextInt(countries),
                    r.nextBoolean() ? "grate" : "fluidised bed", grant, r.nextInt(11) * 1_000, perYear,
                    r.nextInt(10, 21), failures), Objective.TCO2));
        }
        Map<String, Long> capByCountry = new LinkedHashMap<>();
        for (int c = 0; c < countries; c++) {
            if (r.nextBoolean()) {
                capByCountry.put("C" + c, total / countries / 3 + r.nextLong(1, 2_000));
            }
        }
        List<CountryCap> caps = capByCountry.entrySet().stream().map(e -> new CountryCap(e.getKey(), e.getValue()))
                .toList();
        List<ShareMinimum> shares = rich ? List.of(ShareMinimum.japaneseTechnology(6_000)) : List.of();
        return new Portfolio(Objective.TCO2, new Budget(total / 3, "USD"), new StackingPolicy(false), caps, shares,
                projects);
    }

    /** The currency step of {@link #large}: grants, caps and budget are whole multiples of it. */
    static final long LARGE_STEP = 100;

    /**
     * A large portfolio: {@code n} projects over {@code countries} countries, every country capped at a fifth of its
     * requests, the budget a sixth of all requests (so that both bind); grants of 100 to 5,000 units in steps of
     * {@link #LARGE_STEP}, so that the dynamic programme counts in steps, not units, and stays exact.
     */
    static Portfolio large(long seed, int n, int countries) {
        return large(seed, n, countries, false);
    }

    /**
     * As {@link #large(long, int, int)}; with {@code correlated}, each project's tCO2 a year is its grant plus a fixed
     * 1,000 (all value ratios close together), the kind of knapsack that is hardest to bound.
     */
    static Portfolio large(long seed, int n, int countries, boolean correlated) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Project> projects = new ArrayList<>();
        Map<String, Long> requested = new LinkedHashMap<>();
        long total = 0;
        for (int i = 0; i < n; i++) {
            long grant = LARGE_STEP * r.nextLong(1, 51);
            total += grant;
            String country = "C" + r.nextInt(countries);
            requested.merge(country, grant, Long::sum);
            double perYear = correlated ? grant + 1_000 : grant * (0.5 + 1.5 * r.nextDouble());
            projects.add(new Project(candidate("P" + i, "P" + i, Programme.JCM, country, "grate", grant, 0, perYear,
                    correlated ? 10 : r.nextInt(10, 21), List.of()), Objective.TCO2));
        }
        List<CountryCap> caps = requested.entrySet().stream()
                .map(e -> new CountryCap(e.getKey(), e.getValue() / 5 / LARGE_STEP * LARGE_STEP)).toList();
        return new Portfolio(Objective.TCO2, new Budget(total / 6 / LARGE_STEP * LARGE_STEP, "USD"),
                new StackingPolicy(false), caps, List.of(), projects);
    }
}
