package org.wteval.optimise.portfolio;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wteval.optimise.portfolio.domain.CountryCap;
import org.wteval.optimise.portfolio.domain.Portfolio;
import org.wteval.optimise.portfolio.domain.Project;
import org.wteval.optimise.portfolio.domain.ShareMinimum;

/**
 * Every subset of a small portfolio, each checked against every rule as the programme states it, written apart from
 * the constraint streams: the exact optimum where the dynamic programme does not reach (shares, stacking).
 */
final class BruteForce {

    private BruteForce() {
    }

    static long optimum(Portfolio p) {
        List<Project> ps = p.projects();
        int n = ps.size();
        if (n > 20) {
            throw new IllegalArgumentException("brute force is for small portfolios: " + n);
        }
        long best = 0;
        for (int mask = 0; mask < 1 << n; mask++) {
            if (feasible(p, ps, mask)) {
                long value = 0;
                for (int i = 0; i < n; i++) {
                    value += (mask >> i & 1) == 1 ? ps.get(i).value() : 0;
                }
                best = Math.max(best, value);
            }
        }
        return best;
    }

    private static boolean feasible(Portfolio p, List<Project> ps, int mask) {
        long spent = 0;
        Map<String, Long> byCountry = new HashMap<>();
        for (int i = 0; i < ps.size(); i++) {
            if ((mask >> i & 1) == 1) {
                Project x = ps.get(i);
                if (!x.candidate().eligible()) {
                    return false;
                }
                spent += x.grant();
                byCountry.merge(x.country(), x.grant(), Long::sum);
                for (int j = i + 1; j < ps.size(); j++) {
                    Project y = ps.get(j);
                    boolean stacked = (mask >> j & 1) == 1 && x.plant().equals(y.plant())
                            && x.candidate().programme() != y.candidate().programme();
                    if (stacked && !p.stacking().agreed()) {
                        return false;
                    }
                }
            }
        }
        if (spent > p.budget().amount()) {
            return false;
        }
        for (CountryCap c : p.countryCaps()) {
            if (byCountry.getOrDefault(c.country(), 0L) > c.limit()) {
                return false;
            }
        }
        for (ShareMinimum m : p.shareMinimums()) {
            // Σ grant × share ≥ minimum × Σ grant, the share a fraction: compared in doubles with a margin below
            // the smallest step (one unit × one basis point) so that equality counts as met.
            double qualifying = 0;
            for (int i = 0; i < ps.size(); i++) {
                if ((mask >> i & 1) == 1) {
                    Project x = ps.get(i);
                    double share = m.technology() == null ? x.candidate().japaneseShareBasisPoints() / 10_000.0
                            : m.technology().equals(x.candidate().technology()) ? 1 : 0;
                    qualifying += x.grant() * share;
                }
            }
            if (qualifying < m.minimumBasisPoints() / 10_000.0 * spent - 1e-6) {
                return false;
            }
        }
        return true;
    }
}
