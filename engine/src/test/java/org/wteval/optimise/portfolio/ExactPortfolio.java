package org.wteval.optimise.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact optimum of a portfolio with a budget and country caps, by dynamic programming over whole currency units,
 * written apart from the solver so that it can check it.
 *
 * <p>Per country, a 0/1 knapsack over the exact spend {@code s ≤ min(cap, budget)} gives the best value for each
 * spend; only spends that beat every smaller one can be part of an optimum, so each country becomes a short list of
 * choices. A multiple-choice knapsack over the budget then takes one choice per country.
 */
final class ExactPortfolio {

    /** A project as the DP sees it: only eligible projects are given. */
    record Item(String country, long grant, long value) {
    }

    private ExactPortfolio() {
    }

    /** The best total value within {@code budget} and each country's cap (absent from {@code caps}: no cap). */
    static long optimum(List<Item> items, long budget, Map<String, Long> caps) {
        Map<String, List<Item>> byCountry = new LinkedHashMap<>();
        for (Item i : items) {
            byCountry.computeIfAbsent(i.country(), k -> new ArrayList<>()).add(i);
        }
        int b = Math.toIntExact(budget);
        long[] best = new long[b + 1];  // best value with spend at most s, over the countries so far
        for (Map.Entry<String, List<Item>> e : byCountry.entrySet()) {
            long[][] choices = choices(e.getValue(), (int) Math.min(budget, caps.getOrDefault(e.getKey(), budget)));
            long[] next = best.clone();
            for (int s = 0; s <= b; s++) {
                for (long[] c : choices) {
                    if (c[0] <= s) {
                        next[s] = Math.max(next[s], best[s - (int) c[0]] + c[1]);
                    }
                }
            }
            best = next;
        }
        return best[b];
    }

    /** The country's useful (spend, value) pairs: spends whose best value beats every smaller spend's. */
    private static long[][] choices(List<Item> items, int limit) {
        long[] exact = new long[limit + 1];
        Arrays.fill(exact, Long.MIN_VALUE);
        exact[0] = 0;
        for (Item i : items) {
            for (int s = limit; s >= i.grant(); s--) {
                long from = exact[s - (int) i.grant()];
                if (from != Long.MIN_VALUE) {
                    exact[s] = Math.max(exact[s], from + i.value());
                }
            }
        }
        List<long[]> out = new ArrayList<>();
        long bestSoFar = 0;
        for (int s = 1; s <= limit; s++) {
            if (exact[s] > bestSoFar) {
                bestSoFar = exact[s];
                out.add(new long[] {s, exact[s]});
            }
        }
        return out.toArray(long[][]::new);
    }
}
