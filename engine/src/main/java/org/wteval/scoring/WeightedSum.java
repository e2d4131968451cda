package org.wteval.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wteval.model.Criterion;
import org.wteval.model.Figure;
import org.wteval.rules.CriterionScore;

/**
 * The weighted-sum method (ADB merit-point style): {@code total = Σ_c weight_c × score_c} over the three criteria,
 * scores 0..100. Totals are compared at the two decimals the report prints, so bids a committee sees as equal are
 * tied; ties are broken by the toolkit's {@code scoring.tieBreak}, then by bid id (recorded as such).
 */
public final class WeightedSum {

    public static final String METHOD = "weighted-sum";
    /** Tie-break: the lower lifecycle cost to the authority wins. */
    public static final String LOWER_LIFECYCLE_COST = "lower-lifecycle-cost";
    /** Tie-break: the higher efficiency score wins. */
    public static final String HIGHER_EFFICIENCY = "higher-efficiency-score";

    private WeightedSum() {
    }

    /**
     * @param scores every criterion score of the qualified bids
     * @param lifecycleCost each qualified bid's authority cost per tonne, for the lifecycle tie-break
     */
    public static List<RankedBid> rank(List<String> qualified, List<CriterionScore> scores,
                                       Map<Criterion, Figure> weights, String tieBreak,
                                       Map<String, Double> lifecycleCost) {
        Map<String, Map<Criterion, Double>> byBid = new HashMap<>();
        for (CriterionScore s : scores) {
            Double previous = byBid.computeIfAbsent(s.bidId(), k -> new EnumMap<>(Criterion.class))
                    .put(s.criterion(), s.score());
            if (previous != null) {
                throw new IllegalStateException("two rules scored " + s.criterion().key() + " for bid " + s.bidId());
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String id : qualified) {
            Map<Criterion, Double> own = byBid.getOrDefault(id, Map.of());
            Map<Criterion, Double> weighted = new EnumMap<>(Criterion.class);
            double total = 0;
            for (Criterion c : Criterion.values()) {
                Double score = own.get(c);
                if (score == null) {
                    throw new IllegalStateException("no rule scored " + c.key() + " for bid " + id
                            + ": the toolkit's scoring." + c.key() + ".normalisation has no scoring rule");
                }
                double w = weights.get(c).value() * score;
                weighted.put(c, w);
                total += w;
            }
            rows.add(new Row(id, total, rounded(total), weighted, own.get(Criterion.EFFICIENCY),
                    lifecycleCost.get(id)));
        }
        Comparator<Row> byTotal = Comparator.comparing(Row::rounded).reversed();
        Comparator<Row> tie = switch (tieBreak) {
            case LOWER_LIFECYCLE_COST -> Comparator.comparingDouble(Row::lifecycleCost);
            case HIGHER_EFFICIENCY -> Comparator.comparingDouble(Row::efficiency).reversed();
            default -> throw new IllegalStateException("unknown tie-break rule '" + tieBreak + "'");
        };
        rows.sort(byTotal.thenComparing(tie).thenComparing(Row::id));
        List<RankedBid> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            ranked.add(new RankedBid(i + 1, r.id, r.total, r.weighted, tieNote(rows, i, tie, tieBreak)));
        }
        return List.copyOf(ranked);
    }

    /** Says how a bid was separated from a neighbour with the same rounded total, if it has one. */
    private static String tieNote(List<Row> rows, int i, Comparator<Row> tie, String tieBreak) {
        Row r = rows.get(i);
        for (int j = Math.max(0, i - 1); j <= Math.min(rows.size() - 1, i + 1); j++) {
            Row o = rows.get(j);
            if (j != i && o.rounded.compareTo(r.rounded) == 0) {
                return tie.compare(r, o) != 0 ? "tied on total with " + o.id + "; separated by " + tieBreak
                        : "tied on total and on " + tieBreak + " with " + o.id + "; separated by bid id";
            }
        }
        return null;
    }

    static BigDecimal rounded(double total) {
        return BigDecimal.valueOf(total).setScale(2, RoundingMode.HALF_UP);
    }

    private record Row(String id, double total, BigDecimal rounded, Map<Criterion, Double> weighted,
                       double efficiency, double lifecycleCost) {
    }
}
