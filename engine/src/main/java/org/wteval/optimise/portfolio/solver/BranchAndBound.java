package org.wteval.optimise.portfolio.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.wteval.optimise.portfolio.domain.CountryCap;
import org.wteval.optimise.portfolio.domain.Portfolio;
import org.wteval.optimise.portfolio.domain.Project;
import org.wteval.optimise.portfolio.domain.SearchOutcome;
import org.wteval.optimise.portfolio.domain.ShareMinimum;

/**
 * The portfolio by depth-first branch and bound: proven optimal up to {@link #EXACT_UP_TO} projects, and beyond
 * that the best portfolio found within a node limit (a count, not a time, so that it is reproducible).
 *
 * <p>Why: local search does not prove optimality; tabu search over fund/drop and swap moves ended up to 6.7% below the
 * exact optimum on 4 of 40 portfolios of 10 to 25 projects, and 1.8% below it on a portfolio of 200 projects with 10
 * country caps (after a greedy start by value per unit). A knapsack with caps has a tight bound that local search does
 * not use: projects are taken in decreasing value per currency unit, each either funded (when the budget, its country's
 * cap and the stacking rule allow) or left out, and a branch is cut when its value plus the fractional knapsack of the
 * remaining projects within the budget and caps left cannot beat the best portfolio found. That bound relaxes
 * integrality, the stacking rule and the shares, so it never cuts an optimum; with only a budget and caps nested inside
 * it, taking projects greedily by value per unit is the optimum of the relaxation. Share minimums are not monotone in
 * the projects funded, so they are checked on each candidate portfolio, not used to cut. The rules are the ones the
 * constraints state, through the same {@link ShareMinimum} arithmetic, so the portfolio found scores hard 0.
 */
public final class BranchAndBound implements CustomPhaseCommand<Portfolio> {

    /** Up to this many projects the search runs to the end, so the portfolio is the proven optimum. */
    public static final int EXACT_UP_TO = 25;

    /** Beyond {@link #EXACT_UP_TO}, the nodes visited by default before the search stops with the best found. */
    public static final long NODE_LIMIT = 2_000_000;

    private final long nodeLimit;

    public BranchAndBound(long nodeLimit) {
        this.nodeLimit = nodeLimit;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<Portfolio> director) {
        Portfolio portfolio = director.getWorkingSolution();
        Search search = new Search(portfolio, nodeLimit);
        boolean[] best = search.run();
        List<Project> projects = portfolio.projects();
        for (int i = 0; i < projects.size(); i++) {
            Project p = projects.get(i);
            director.beforeVariableChanged(p, "funded");
            p.setFunded(best[i]);
            director.afterVariableChanged(p, "funded");
        }
        director.triggerVariableListeners();
        portfolio.recordSearch(new SearchOutcome(search.nodes, search.nodeLimit, !search.stopped));
    }

    /** One run; the projects are indexed in the portfolio's order. */
    private static final class Search {

        private final Portfolio portfolio;
        private final List<Project> projects;
        private final int[] order;       // eligible projects, best value per currency unit first
        private final int[] countryOf;   // index into capLeft, or -1 when the country has no cap
        private final long[] capLeft;
        private final long[] capScratch;
        private final boolean[] funded;
        private final long nodeLimit;
        private long nodes;
        private boolean stopped;     // the node limit cut a branch the bound could not
        private boolean[] best;
        private long bestValue = -1;

        Search(Portfolio portfolio, long nodeLimit) {
            this.portfolio = portfolio;
            this.projects = portfolio.projects();
            int n = projects.size();
            List<Integer> eligible = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (projects.get(i).candidate().eligible()) {
                    eligible.add(i);
                }
            }
            // Stable sort: equal ratios keep the input order, so the optimum chosen among equals is reproducible.
            eligible.sort(Comparator.comparingDouble(i -> -valuePerUnit(projects.get(i))));
            this.order = eligible.stream().mapToInt(Integer::intValue).toArray();
            Map<String, Integer> capIndex = new LinkedHashMap<>();
            List<CountryCap> caps = portfolio.countryCaps();
            this.capLeft = new long[caps.size()];
            for (int c = 0; c < caps.size(); c++) {
                capIndex.put(caps.get(c).country(), c);
                capLeft[c] = caps.get(c).limit();
            }
            this.capScratch = new long[caps.size()];
            this.countryOf = projects.stream().mapToInt(p -> capIndex.getOrDefault(p.country(), -1)).toArray();
            this.funded = new boolean[n];
            this.nodeLimit = n <= EXACT_UP_TO ? Long.MAX_VALUE : nodeLimit;
        }

        private static double valuePerUnit(Project p) {
            return p.grant() == 0 ? Double.POSITIVE_INFINITY : (double) p.value() / p.grant();
        }

        boolean[] run() {
            branch(0, portfolio.budget().amount(), 0);
            return best;
        }

        private void branch(int k, long budgetLeft, long value) {
            nodes++;
            if (value > bestValue && sharesMet()) {
                bestValue = value;
                best = funded.clone();
            }
            if (k == order.length || bound(k, budgetLeft, value) <= bestValue) {
                return;
            }
            if (nodes >= nodeLimit) {
                stopped = true;
                return;
            }
            int i = order[k];
            Project p = projects.get(i);
            int c = countryOf[i];
            if (p.grant() <= budgetLeft && (c < 0 || p.grant() <= capLeft[c]) && !stacked(p)) {
                funded[i] = true;
                if (c >= 0) {
                    capLeft[c] -= p.grant();
                }
                branch(k + 1, budgetLeft - p.grant(), value + p.value());
                if (c >= 0) {
                    capLeft[c] += p.grant();
                }
                funded[i] = false;
            }
            branch(k + 1, budgetLeft, value);
        }

        /** Funding {@code p} would stack two programmes' grants on one plant without the funders' agreement. */
        private boolean stacked(Project p) {
            if (portfolio.stacking().agreed()) {
                return false;
            }
            for (int i = 0; i < projects.size(); i++) {
                Project q = projects.get(i);
                if (funded[i] && q.plant().equals(p.plant())
                        && q.candidate().programme() != p.candidate().programme()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The fractional knapsack of projects {@code k..} within the budget and caps left: no portfolio below this
         * node is worth more.
         */
        private double bound(int k, long budgetLeft, long value) {
            System.arraycopy(capLeft, 0, capScratch, 0, capLeft.length);
            double bound = value;
            long left = budgetLeft;
            for (int j = k; j < order.length; j++) {
                Project p = projects.get(order[j]);
                int c = countryOf[order[j]];
                long room = c < 0 ? left : Math.min(left, capScratch[c]);
                long taken = Math.min(room, p.grant());
                if (taken > 0) {
                    bound += p.grant() == 0 ? p.value() : (double) p.value() * taken / p.grant();
                    left -= taken;
                    if (c >= 0) {
                        capScratch[c] -= taken;
                    }
                } else if (p.grant() == 0) {
                    bound += p.value();
                }
            }
            return bound;
        }

        private boolean sharesMet() {
            for (ShareMinimum m : portfolio.shareMinimums()) {
                long grants = 0;
                long qualifying = 0;
                for (int i = 0; i < projects.size(); i++) {
                    if (funded[i]) {
                        grants += projects.get(i).grant();
                        qualifying += m.qualifying(projects.get(i));
                    }
                }
                if (m.shortfall(grants, qualifying) > 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
