package org.wteval.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks qualified bids by an evaluation method's total. Totals are compared at the six significant digits the
 * report prints, so bids a committee sees as equal are tied; ties go to the toolkit's {@code scoring.tieBreak},
 * then to the bid id, and the ranking records which decided.
 */
public final class Ranking {

    /** Tie-break: the lower lifecycle cost to the authority wins. */
    public static final String LOWER_LIFECYCLE_COST = "lower-lifecycle-cost";
    /** Tie-break: the higher efficiency score wins. */
    public static final String HIGHER_EFFICIENCY = "higher-efficiency-score";
    public static final List<String> TIE_BREAKS = List.of(LOWER_LIFECYCLE_COST, HIGHER_EFFICIENCY);
    /** The precision totals are printed and compared at. */
    public static final MathContext PRECISION = new MathContext(6);

    private Ranking() {
    }

    public static List<RankedBid> rank(EvaluationMethod method, List<Candidate> qualified, String tieBreak) {
        List<Row> rows = new ArrayList<>();
        for (Candidate c : qualified) {
            EvaluationMethod.Result r = method.total(c, qualified);
            rows.add(new Row(c, r, new BigDecimal(r.total()).round(PRECISION)));
        }
        Comparator<Row> byTotal = Comparator.comparing(Row::printed);
        if (method.higherIsBetter()) {
            byTotal = byTotal.reversed();
        }
        Comparator<Row> tie = switch (tieBreak) {
            case LOWER_LIFECYCLE_COST -> Comparator.comparingDouble(r -> r.bid.price());
            case HIGHER_EFFICIENCY -> Comparator.comparingDouble((Row r) -> r.bid.scores()
                    .getOrDefault(org.wteval.model.Criterion.EFFICIENCY, 0.0)).reversed();
            default -> throw new IllegalStateException("unknown tie-break rule '" + tieBreak + "'");
        };
        rows.sort(byTotal.thenComparing(tie).thenComparing(r -> r.bid.bidId()));
        List<RankedBid> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            ranked.add(new RankedBid(i + 1, r.bid.bidId(), r.result.total(), r.result.audit(),
                    tieNote(rows, i, tie, tieBreak)));
        }
        return List.copyOf(ranked);
    }

    /** Says how a bid was separated from a neighbour with the same printed total, if it has one. */
    private static String tieNote(List<Row> rows, int i, Comparator<Row> tie, String tieBreak) {
        Row r = rows.get(i);
        for (int j = Math.max(0, i - 1); j <= Math.min(rows.size() - 1, i + 1); j++) {
            Row o = rows.get(j);
            if (j != i && o.printed.compareTo(r.printed) == 0) {
                return tie.compare(r, o) != 0 ? "tied on total with " + o.bid.bidId() + "; separated by " + tieBreak
                        : "tied on total and on " + tieBreak + " with " + o.bid.bidId() + "; separated by bid id";
            }
        }
        return null;
    }

    private record Row(Candidate bid, EvaluationMethod.Result result, BigDecimal printed) {
    }
}
