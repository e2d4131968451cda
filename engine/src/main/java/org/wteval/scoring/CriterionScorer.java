package org.wteval.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.wteval.calc.BidFlows;
import org.wteval.calc.BidMetrics;
import org.wteval.model.Criterion;
import org.wteval.model.Toolkit;

/**
 * Scores the qualified bids 0..100 on each criterion as the toolkit's {@link ScoringSpec} says. Scoring is
 * arithmetic on the metrics, not a decision, so it runs in Java: {@link #score} fills a caller's array without
 * allocating, for re-scoring thousands of times; {@link #explain} builds the {@link CriterionScore} records a report
 * prints. Both read the metric values of the qualified bids only, because relative-to-best scores depend on them
 * all.
 */
public final class CriterionScorer {

    private final Map<Criterion, ScoringSpec> specs = new EnumMap<>(Criterion.class);

    /** @param specs one per criterion */
    public CriterionScorer(Collection<ScoringSpec> specs) {
        specs.forEach(s -> this.specs.put(s.criterion(), s));
        for (Criterion c : Criterion.values()) {
            if (!this.specs.containsKey(c)) {
                throw new IllegalArgumentException("no scoring spec for " + c.key());
            }
        }
    }

    /** The scorer of toolkit {@code tk}, which must have passed {@link ScoringSpec#check}. */
    public static CriterionScorer of(Toolkit tk) {
        return of(tk, null);
    }

    /**
     * The scorer of toolkit {@code tk} with the tender's published price anchors.
     *
     * @param anchors the tender's ceiling and owner's estimate; {@code null} when it publishes none
     */
    public static CriterionScorer of(Toolkit tk, PublishedAnchors anchors) {
        List<ScoringSpec> specs = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            specs.add(ScoringSpec.of(tk, c, anchors));
        }
        return new CriterionScorer(specs);
    }

    /** Costs score better when lower; yields and shares when higher. */
    public static boolean lowerIsBetter(Criterion c) {
        return c == Criterion.LIFECYCLE;
    }

    /**
     * The metric criterion {@code c} scores: net kWh per tonne delivered (so treating less never raises it), the
     * share of delivered waste treated, or the authority's real lifecycle cost per tonne delivered.
     */
    public static double metric(Criterion c, BidMetrics m) {
        return switch (c) {
            case EFFICIENCY -> m.energy().netKwhPerTonneDelivered().value();
            case STABILITY -> m.stability().treatedShare().value();
            case LIFECYCLE -> m.lifecycle().authorityCostPerTonneReal().value();
        };
    }

    /** The same metric read from a bid's flows on the fast path. */
    public static double metric(Criterion c, BidFlows f) {
        return switch (c) {
            case EFFICIENCY -> f.netKwhPerTonneDelivered();
            case STABILITY -> f.treatedShare();
            case LIFECYCLE -> f.authorityCostPerTonneReal();
        };
    }

    /** The unit of {@link #metric}, as a score reports it. */
    public static String unit(Criterion c, BidMetrics m) {
        return switch (c) {
            case EFFICIENCY -> "kWh/t delivered";
            case STABILITY -> "fraction of delivered waste treated";
            case LIFECYCLE -> m.lifecycle().authorityCostPerTonneReal().unit();
        };
    }

    public ScoringSpec spec(Criterion c) {
        return specs.get(c);
    }

    /**
     * Marks {@code out[i]} for each of the first {@code n} bids that alone holds the lowest or the highest of
     * {@code values} (every bid, if a value is not a number). {@link #score} reads the other bids' values only
     * through those extremes, and the methods compare prices only with the lowest, so these are the only bids whose
     * leaving can change another bid's score or total.
     */
    public static void markSoleExtremes(double[] values, int n, boolean[] out) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean nan = false;
        for (int i = 0; i < n; i++) {
            nan |= Double.isNaN(values[i]);
            lo = Math.min(lo, values[i]);
            hi = Math.max(hi, values[i]);
        }
        int atLo = 0;
        int atHi = 0;
        for (int i = 0; i < n; i++) {
            atLo += values[i] == lo ? 1 : 0;
            atHi += values[i] == hi ? 1 : 0;
        }
        for (int i = 0; i < n; i++) {
            out[i] |= nan || (values[i] == lo && atLo == 1) || (values[i] == hi && atHi == 1);
        }
    }

    /**
     * Scores criterion {@code c}: {@code out[i]} becomes the score of the bid whose metric is {@code values[i]}.
     *
     * @param values the criterion's metric for every qualified bid
     */
    public void score(Criterion c, double[] values, double[] out) {
        ScoringSpec s = specs.get(c);
        boolean lower = lowerIsBetter(c);
        double lowest = min(values);
        double highest = max(values);
        for (int i = 0; i < values.length; i++) {
            out[i] = clamp(s.normalisation().raw(values[i], s, lower, lowest, highest));
        }
    }

    /**
     * The scores of {@link #score} as records, in the order of {@code bidIds}.
     *
     * @param values the criterion's metric for every qualified bid, in the order of {@code bidIds}
     */
    public List<CriterionScore> explain(Criterion c, List<String> bidIds, double[] values, String unit) {
        ScoringSpec s = specs.get(c);
        boolean lower = lowerIsBetter(c);
        double lowest = min(values);
        double highest = max(values);
        double[] scores = new double[values.length];
        score(c, values, scores);
        String formula = s.normalisation().formula(s, lower, lowest, highest);
        List<CriterionScore> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(new CriterionScore(bidIds.get(i), c, scores[i], values[i], unit, s.normalisation().key(),
                    formula, s.normalisation().id(), s.normalisation().clause(), s.params()));
        }
        return out;
    }

    /** Every criterion score of the qualified bids, by bid in the given order, then by criterion. */
    public List<CriterionScore> explain(List<BidMetrics> qualified) {
        List<String> ids = qualified.stream().map(BidMetrics::bidId).toList();
        List<List<CriterionScore>> byCriterion = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            double[] values = qualified.stream().mapToDouble(m -> metric(c, m)).toArray();
            String unit = qualified.isEmpty() ? "" : unit(c, qualified.get(0));
            byCriterion.add(explain(c, ids, values, unit));
        }
        List<CriterionScore> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (List<CriterionScore> scores : byCriterion) {
                out.add(scores.get(i));
            }
        }
        return List.copyOf(out);
    }

    private static double clamp(double score) {
        return Math.max(0, Math.min(100, score));
    }

    private static double min(double[] values) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double max(double[] values) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
