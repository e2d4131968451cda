package org.wteval.robust;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.wteval.model.Criterion;
import org.wteval.pipeline.FastPath;
import org.wteval.scoring.QualityPerPrice;
import org.wteval.scoring.QualityScore;
import org.wteval.scoring.TechnicalPricePoints;
import org.wteval.scoring.WeightedPrice;
import org.wteval.scoring.WeightedSum;

/**
 * How sure a ranking is, by arithmetic alone: the range of each weight or technical/price parameter within which
 * the order holds ({@link WeightStability}, {@link TechnicalWeightStability}), the smallest change of the weights
 * within the toolkit's bounds that would put each bid first ({@link SmallestWeightChange}, weighted sum only), and
 * each bid's margin to draw level with the winner on one criterion ({@link OvertakeMargins}). Bids are named by id.
 *
 * @param stability one entry per parameter: each criterion weight of a weighted sum (and the committee's share, if
 *     it has one), or the one parameter of a technical/price method; empty for lowest lifecycle cost
 * @param weightChanges per bid in the fast path's order; empty unless the method is the weighted sum
 * @param margins per bid that does not win, in the fast path's order
 */
public record Sensitivity(List<Stability> stability, List<WeightChange> weightChanges, List<BidMargins> margins) {

    /** The toolkit key of the share of the committee's technical score. */
    private static final String COMMITTEE_SHARE = "committee.technicalShare";

    public Sensitivity {
        stability = List.copyOf(stability);
        weightChanges = List.copyOf(weightChanges);
        margins = List.copyOf(margins);
    }

    /**
     * One parameter's interval.
     *
     * @param parameter the toolkit key of the parameter, or the ratio of keys it is
     * @param value its current value
     */
    public record Stability(String parameter, double value, Limit lower, Limit upper) {
    }

    /**
     * One side of an interval.
     *
     * @param value where the two bids' totals meet, or the end of the parameter's range
     * @param ahead the bid ahead now, {@code null} if no pair meets on this side
     * @param behind the bid that draws level with it there, {@code null} if no pair meets
     */
    public record Limit(double value, String ahead, String behind) {

        /** Whether a pair of bids meets here, rather than the parameter reaching the end of its range. */
        public boolean swaps() {
            return ahead != null;
        }
    }

    /**
     * The smallest change of the weights that puts one bid first.
     *
     * @param weights the weights found, by criterion; empty when not feasible
     * @param distance Σ_c |w_c − w0_c|, NaN when not feasible
     */
    public record WeightChange(String bidId, boolean feasible, Map<Criterion, Double> weights, double distance) {

        public WeightChange {
            weights = Collections.unmodifiableMap(weights.isEmpty() ? Map.of() : new EnumMap<>(weights));
        }
    }

    /** One bid's margins, one per criterion in {@link Criterion} order. */
    public record BidMargins(String bidId, List<OvertakeMargins.Margin> margins) {

        public BidMargins {
            margins = List.copyOf(margins);
        }
    }

    /** The three analyses of the tender behind {@code fast}, at its own weights and parameters. */
    public static Sensitivity of(FastPath fast) {
        FastPath.Workspace ws = fast.workspace();
        fast.run(ws);
        List<WeightChange> changes = fast.method() instanceof WeightedSum
                ? weightChanges(fast, ws, fast.weights(), fast.technicalShare()) : List.of();
        return new Sensitivity(stability(fast), changes, margins(fast));
    }

    /**
     * The stability interval of each weight or technical/price parameter alone: arithmetic linear in the number of
     * bids, cheap enough for every report (the smallest weight change and the margins re-rank many times).
     */
    public static List<Stability> stability(FastPath fast) {
        FastPath.Workspace ws = fast.workspace();
        fast.run(ws);
        int[] order = byExactTotal(fast, ws);
        List<Stability> stability = new ArrayList<>();
        double share = fast.technicalShare();
        double[] totals = new double[order.length];
        double[] technical = new double[order.length];
        for (int r = 0; r < order.length; r++) {
            totals[r] = ws.total(order[r]);
            technical[r] = fast.technicalScore(order[r]);
        }
        if (fast.method() instanceof WeightedSum) {
            double[] w = fast.weights();
            WeightStability.Interval[] in = WeightStability.of(scores(ws, order), w, share, technical);
            for (Criterion c : Criterion.values()) {
                stability.add(stability("scoring.weights." + c.key(), w[c.ordinal()], in[c.ordinal()], fast, order));
            }
            if (share > 0) {
                stability.add(stability(COMMITTEE_SHARE, share,
                        TechnicalWeightStability.committeeShare(totals, technical, share), fast, order));
            }
        } else if (fast.method() instanceof TechnicalPricePoints m) {
            double points = m.technicalPoints() + m.pricePoints();
            double tau = m.technicalPoints() / points;
            stability.add(stability("scoring.points.technical / (technical + price)", tau,
                    TechnicalWeightStability.technicalPoints(totals, quality(fast, ws, order), price(ws, order),
                            points, share, tau), fast, order));
        } else if (fast.method() instanceof QualityPerPrice m) {
            stability.add(stability("scoring.qualityPerPrice.basePoints", m.basePoints(),
                    TechnicalWeightStability.basePoints(totals, price(ws, order), share, m.basePoints()), fast,
                    order));
        } else if (fast.method() instanceof WeightedPrice m) {
            double maxSum = m.maxFeature().values().stream().mapToDouble(Double::doubleValue).sum();
            // Without features there is no mix of them to hold, and price alone decides.
            if (maxSum > 0) {
                double[] featureSum = new double[order.length];
                for (int r = 0; r < order.length; r++) {
                    for (Map.Entry<Criterion, Double> f : m.maxFeature().entrySet()) {
                        featureSum[r] += f.getValue() * ws.score(f.getKey(), order[r]) / 100;
                    }
                }
                stability.add(stability("scoring.weightedPrice.maxFeature (sum)", maxSum,
                        TechnicalWeightStability.featureMaximum(totals, price(ws, order), featureSum, maxSum), fast,
                        order));
            }
        }
        // Lowest lifecycle cost weighs nothing: price alone ranks, so it has no interval.
        return stability;
    }

    /**
     * Bid indices best first by their exact totals, which the intervals are exact for; the ranking's order where
     * totals are equal. Only a tie as printed can put a bid with the lower exact total first in the ranking.
     */
    private static int[] byExactTotal(FastPath fast, FastPath.Workspace ws) {
        Integer[] order = new Integer[fast.size()];
        for (int r = 0; r < order.length; r++) {
            order[r] = ws.ranked(r);
        }
        double sign = fast.method().higherIsBetter() ? -1 : 1;
        Arrays.sort(order, (a, b) -> Double.compare(sign * ws.total(a), sign * ws.total(b)));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private static Stability stability(String parameter, double value, WeightStability.Interval in, FastPath fast,
                                       int[] order) {
        return new Stability(parameter, value, limit(in.lower(), fast, order), limit(in.upper(), fast, order));
    }

    private static Limit limit(WeightStability.Bound b, FastPath fast, int[] order) {
        return b.swaps() ? new Limit(b.weight(), fast.bidId(order[b.ahead()]), fast.bidId(order[b.behind()]))
                : new Limit(b.weight(), null, null);
    }

    private static List<WeightChange> weightChanges(FastPath fast, FastPath.Workspace ws, double[] w, double share) {
        int n = fast.size();
        int[] index = new int[n];
        Arrays.setAll(index, i -> i);
        double[] technical = new double[n];
        Arrays.setAll(technical, fast::technicalScore);
        SmallestWeightChange.Change[] out = SmallestWeightChange.of(scores(ws, index), w, fast.weightMin(),
                fast.weightMax(), share, technical);
        List<WeightChange> changes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
            double[] found = out[i].weights();
            for (Criterion c : Criterion.values()) {
                if (found.length > 0) {
                    weights.put(c, found[c.ordinal()]);
                }
            }
            changes.add(new WeightChange(fast.bidId(i), out[i].feasible(), weights, out[i].distance()));
        }
        return changes;
    }

    private static List<BidMargins> margins(FastPath fast) {
        OvertakeMargins.Margin[][] all = OvertakeMargins.of(fast);
        List<BidMargins> out = new ArrayList<>();
        for (int i = 0; i < all.length; i++) {
            if (all[i].length > 0) {
                out.add(new BidMargins(fast.bidId(i), List.of(all[i])));
            }
        }
        return out;
    }

    /** {@code scores[r][c]} of the bids {@code order[r]}. */
    private static double[][] scores(FastPath.Workspace ws, int[] order) {
        double[][] a = new double[order.length][Criterion.values().length];
        for (int r = 0; r < order.length; r++) {
            for (Criterion c : Criterion.values()) {
                a[r][c.ordinal()] = ws.score(c, order[r]);
            }
        }
        return a;
    }

    private static double[] quality(FastPath fast, FastPath.Workspace ws, int[] order) {
        double[][] a = scores(ws, order);
        double[] q = new double[order.length];
        for (int r = 0; r < order.length; r++) {
            q[r] = QualityScore.of(fast.weights(), a[r]);
        }
        return q;
    }

    private static double[] price(FastPath.Workspace ws, int[] order) {
        double[] p = new double[order.length];
        for (int r = 0; r < order.length; r++) {
            p[r] = ws.metric(Criterion.LIFECYCLE, order[r]);
        }
        return p;
    }
}
