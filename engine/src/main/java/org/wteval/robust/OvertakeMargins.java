package org.wteval.robust;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.AllowedSolution;
import org.apache.commons.math3.analysis.solvers.BracketingNthOrderBrentSolver;
import org.wteval.model.Criterion;
import org.wteval.pipeline.FastPath;
import org.wteval.rules.Numbers;

/**
 * How far each bid that does not win would have to improve on one criterion, all else fixed, to draw level with the
 * winner: the metric value x at which g(x) = U_i(x) − U_w(x) reaches 0 (the other way round where the lowest total
 * wins), with U the tender's ranked totals re-run on the fast path with x in bid i's place.
 *
 * <p>Where the criterion is scored against fixed anchors and the method adds scores, g is linear in the score and x
 * can be written by hand: the score i needs is a_ic + (U_w − U_i)/w_c, mapped back through the anchors. Relative to
 * the best bid, an improving metric can make i the best and lower every other bid's score, and the technical/price
 * methods compare each price with the lowest, so g is re-run on the fast path instead. It never falls as i improves
 * (i's own score cannot fall, the others' cannot rise), so a root exists if and only if g is not negative at the end
 * of the metric's reachable range, and it is found by the bracketing form of Brent's method (R. P. Brent, 1973,
 * Algorithms for Minimization without Derivatives, Prentice-Hall, ch. 4) in Apache Commons Math 3.6.1, an engine
 * dependency: it needs no derivative of a total that has kinks (clamps, a new best bid) and returns the end of the
 * final bracket on the side where i has caught up, also where a threshold score jumps rather than crosses.
 *
 * <p>The reachable range, from i's own metric: a share treated cannot exceed 1; net kWh per tonne delivered cannot
 * exceed the energy in a tonne of the tender's richest waste ({@link FastPath#wasteEnergyKwhPerTonne}); a cost per
 * tonne cannot fall below 0 (searched down to a billionth of i's own cost, where the methods that divide by a price
 * stay finite). Where even the end of the range leaves i behind (a score caps at 100, and the others' scores can
 * fall no further), the answer is "cannot overtake on this criterion alone", with how far behind i stays there.
 */
public final class OvertakeMargins {

    private static final int MAX_EVALUATIONS = 500;
    private static final double RELATIVE_ACCURACY = 1e-14;
    private static final double LOWEST_COST_SHARE = 1e-9;

    private OvertakeMargins() {
    }

    /**
     * One bid's margin on one criterion.
     *
     * @param metric the bid's own metric (kWh per tonne delivered, share treated, cost per tonne)
     * @param overtakes whether some metric within the reachable range draws the bid level with the winner
     * @param value that metric, NaN when none does; at it the totals are equal and the tie-break decides
     * @param change {@code value − metric}, NaN when none does
     * @param searchedTo the end of the reachable range searched, from {@code metric}
     * @param limit why the range ends there; where the bid cannot draw level because the method does not score the
     *     criterion at all, that instead
     * @param shortfall how far the bid's total stays behind the winner's at {@code searchedTo}, in the method's
     *     unit; 0 when it overtakes
     */
    public record Margin(Criterion criterion, double metric, boolean overtakes, double value, double change,
                         double searchedTo, String limit, double shortfall) {
    }

    /**
     * The margins of every bid, by bid index then {@link Criterion#ordinal()}; the winner's row is empty.
     *
     * @param fast the tender's fast path, run here with its own weights
     */
    public static Margin[][] of(FastPath fast) {
        Margin[][] out = new Margin[fast.size()][];
        if (fast.size() == 0) {
            return out;
        }
        FastPath.Workspace ws = fast.workspace();
        double[] weights = fast.weights();
        fast.run(ws, weights);
        int winner = ws.ranked(0);
        for (int i = 0; i < fast.size(); i++) {
            if (i == winner) {
                out[i] = new Margin[0];
                continue;
            }
            out[i] = new Margin[Criterion.values().length];
            for (Criterion c : Criterion.values()) {
                out[i][c.ordinal()] = margin(fast, ws, weights, winner, i, c);
            }
        }
        return out;
    }

    private static Margin margin(FastPath fast, FastPath.Workspace ws, double[] weights, int winner, int i,
                                 Criterion c) {
        double own = ws.metric(c, i);
        double sign = fast.method().higherIsBetter() ? 1 : -1;
        UnivariateFunction gap = x -> {
            ws.setMetric(c, i, x);
            fast.rerank(ws, weights);
            return sign * (ws.total(i) - ws.total(winner));
        };
        double end;
        String limit;
        switch (c) {
            case STABILITY -> {
                end = Math.max(own, 1);
                limit = "a plant cannot treat more than all the waste delivered (share 1)";
            }
            case EFFICIENCY -> {
                end = Math.max(own, fast.wasteEnergyKwhPerTonne());
                limit = "net output cannot exceed the energy in a tonne of the tender's richest waste ("
                        + Numbers.format(fast.wasteEnergyKwhPerTonne()) + " kWh/t)";
            }
            default -> {
                end = own > 0 ? own * LOWEST_COST_SHARE : own;
                limit = "a cost per tonne cannot fall below 0 (searched down to a billionth of the bid's own)";
            }
        }
        try {
            double atOwn = gap.value(own);
            double atEnd = gap.value(end);
            if (atOwn >= 0) {
                // Level already, the tie-break having put the winner first.
                return new Margin(c, own, true, own, 0, end, limit, 0);
            }
            if (atEnd < 0) {
                // A method that does not score the criterion (lowest lifecycle cost scores no efficiency) leaves
                // the gap where it was: that, not the end of the range, is why the bid cannot draw level.
                String why = atEnd == atOwn ? "the method " + fast.method().name() + " does not score "
                        + c.key() + " (the gap stays the same over the whole range)" : limit;
                return new Margin(c, own, false, Double.NaN, Double.NaN, end, why, -atEnd);
            }
            double lo = Math.min(own, end);
            double hi = Math.max(own, end);
            double absolute = RELATIVE_ACCURACY * Math.max(Math.abs(lo), Math.abs(hi));
            double x = new BracketingNthOrderBrentSolver(RELATIVE_ACCURACY, absolute, 0, 5)
                    .solve(MAX_EVALUATIONS, gap, lo, hi, AllowedSolution.ABOVE_SIDE);
            return new Margin(c, own, true, x, x - own, end, limit, 0);
        } finally {
            ws.setMetric(c, i, own);
            fast.rerank(ws, weights);
        }
    }
}
