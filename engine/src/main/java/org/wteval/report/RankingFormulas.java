package org.wteval.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.wteval.calc.FigureNames;
import org.wteval.model.Criterion;
import org.wteval.model.Param;
import org.wteval.pipeline.BidEvaluation;
import org.wteval.pipeline.Evaluation;
import org.wteval.scoring.CriterionScore;
import org.wteval.scoring.CriterionScorer;
import org.wteval.scoring.EvaluationMethod;
import org.wteval.scoring.Normalisation;
import org.wteval.scoring.PublishedAnchors;
import org.wteval.scoring.QualityPerPrice;
import org.wteval.scoring.RankOrder;
import org.wteval.scoring.RankedBid;
import org.wteval.scoring.ScoringSpec;
import org.wteval.scoring.TechnicalPricePoints;
import org.wteval.scoring.TieBreak;
import org.wteval.scoring.WeightedPrice;
import org.wteval.scoring.WeightedSum;

/**
 * The summary's ranking table as formulas: each criterion's metric read from the bid's sheet, its score by the
 * toolkit's normalisation ({@link Normalisation}, over the scored bids' metrics), the total by the evaluation method,
 * and the rank by the engine's order ({@link RankOrder}): totals compared at the six significant digits the report
 * prints, then the toolkit's tie-break value, then the bid id. Each cell caches the engine's value.
 *
 * <p>Columns: rank, bid, bidder, total, one score per criterion, one metric per criterion, the technical score where
 * the committee's carries a share of the total, the total as compared, the tie-break value, the bid id's place in
 * the engine's order of ids, the status.
 */
final class RankingFormulas {

    private static final int RANK = 0;
    private static final int TOTAL = 3;
    private static final int FIRST_SCORE = 4;

    private final Evaluation e;
    private final Map<String, Map<String, String>> at;
    private final List<Criterion> criteria;
    private final boolean technical;
    private final int firstRow;
    private final int lastScored;
    private final int lastRanked;
    private final String[] sortedIds;
    private final Map<Criterion, ScoringSpec> specs = new EnumMap<>(Criterion.class);

    /**
     * @param at each bid's metric cells, by bid id
     * @param firstRow the 0-based row of the first bid
     */
    RankingFormulas(Evaluation e, Map<String, Map<String, String>> at, int firstRow) {
        this.e = e;
        this.at = at;
        this.criteria = new ArrayList<>(e.weights().keySet());
        this.technical = e.technicalShare() > 0;
        this.firstRow = firstRow;
        int scored = 0;
        int ranked = 0;
        for (int i = 0; i < e.bids().size(); i++) {
            BidEvaluation b = e.bids().get(i);
            if (!b.scores().isEmpty()) {
                scored = i;
            }
            if (b.ranking() != null) {
                if (ranked != i) {
                    // The rank formula compares a bid with a block of rows: the ranked bids must come first.
                    throw new IllegalStateException("the ranked bids are not the first rows of the evaluation");
                }
                ranked++;
            }
        }
        this.lastScored = firstRow + scored;
        this.lastRanked = firstRow + ranked - 1;
        this.sortedIds = e.ranking().stream().map(RankedBid::bidId).sorted().toArray(String[]::new);
        var p = e.tender().priceReference();
        // The anchors the evaluator scored with: the tender's ceiling and owner's estimate, when it states both.
        CriterionScorer scorer = CriterionScorer.of(e.tender().toolkit(), p == null || p.ceiling() == null
                || p.ownerEstimate() == null ? null
                : new PublishedAnchors(p.ceiling(), p.ownerEstimate()));
        for (Criterion c : criteria) {
            specs.put(c, scorer.spec(c));
        }
    }

    /** How many columns the table has. */
    static int columns(Evaluation e) {
        return FIRST_SCORE + 2 * e.weights().size() + (e.technicalShare() > 0 ? 1 : 0) + 4;
    }

    static String weightName(Criterion c) {
        return "weight_" + c.key();
    }

    List<Criterion> criteria() {
        return criteria;
    }

    int scoreColumn(int criterion) {
        return FIRST_SCORE + criterion;
    }

    private int metricColumn(int criterion) {
        return FIRST_SCORE + criteria.size() + criterion;
    }

    private int technicalColumn() {
        return FIRST_SCORE + 2 * criteria.size();
    }

    private int comparedColumn() {
        return technicalColumn() + (technical ? 1 : 0);
    }

    private int tieColumn() {
        return comparedColumn() + 1;
    }

    private int idColumn() {
        return comparedColumn() + 2;
    }

    int statusColumn() {
        return comparedColumn() + 3;
    }

    List<String> titles() {
        List<String> t = new ArrayList<>(List.of("Rank", "Bid", "Bidder", "Total, " + e.method().unit()));
        for (Criterion c : criteria) {
            t.add(c.key() + " score (0..100), " + spec(c).normalisation().id() + ", weight above");
        }
        for (Criterion c : criteria) {
            t.add(c.key() + " metric: " + metricFigure(c) + " (bid sheet)");
        }
        if (technical) {
            t.add("technical score (committee), share " + e.technicalShare());
        }
        t.add("Total as compared (6 significant digits)");
        t.add("Tie-break: " + e.tieBreak());
        t.add("Bid id order");
        t.add("Status");
        return t;
    }

    private ScoringSpec spec(Criterion c) {
        return specs.get(c);
    }

    /** Writes bid {@code b}'s formulas in {@code row}, the sheet's row {@code r}. */
    void write(XlsxCells cells, Row row, int r, BidEvaluation b) {
        if (b.scores().isEmpty()) {
            return;
        }
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            CriterionScore s = b.scores().stream().filter(x -> x.criterion() == c).findFirst().orElseThrow();
            cells.formula(row, metricColumn(i), at.get(b.bidId()).get(metricFigure(c)), s.rawValue(), cells.decimal);
            cells.formula(row, scoreColumn(i), score(c, XlsxCells.cell(r, metricColumn(i)), range(metricColumn(i),
                    lastScored)), s.score(), cells.decimal);
        }
        RankedBid ranked = b.ranking();
        if (ranked == null) {
            return;
        }
        String total = total(r);
        if (technical) {
            double score = e.technical().of(b.bidId()).score();
            cells.number(row, technicalColumn(), score, cells.input);
            total = "(1-" + number(e.technicalShare()) + ")*(" + total + ")+" + number(e.technicalShare()) + "*"
                    + XlsxCells.cell(r, technicalColumn());
        }
        cells.formula(row, TOTAL, total, ranked.total(), cells.decimalBold);
        String t = XlsxCells.cell(r, TOTAL);
        cells.formula(row, comparedColumn(), "IF(" + t + "=0,0,ROUND(" + t + ",5-INT(LOG10(ABS(" + t + ")))))",
                RankOrder.printed(ranked.total()).doubleValue(), cells.decimal);
        TieBreak rule = TieBreak.byKey(e.tieBreak());
        int efficiency = criteria.indexOf(Criterion.EFFICIENCY);
        String tieKey = rule == TieBreak.LOWER_LIFECYCLE_COST
                ? XlsxCells.cell(r, metricColumn(criteria.indexOf(Criterion.LIFECYCLE)))
                : XlsxCells.cell(r, scoreColumn(efficiency));
        double tieValue = rule.value(price(b), b.scores().stream()
                .filter(x -> x.criterion() == Criterion.EFFICIENCY).mapToDouble(CriterionScore::score).sum());
        cells.formula(row, tieColumn(), tieKey, tieValue, cells.decimal);
        // Ids in the engine's order (by character code), which a spreadsheet's text comparison, ignoring case and
        // following the locale's collation, does not reproduce: so a number, not a formula.
        cells.number(row, idColumn(), Arrays.binarySearch(sortedIds, b.bidId()) + 1, cells.year);
        cells.formula(row, RANK, rank(r, rule), ranked.rank(), cells.year);
    }

    private double price(BidEvaluation b) {
        return b.metrics().lifecycle().authorityCostPerTonneReal().value();
    }

    /** The figure on the bid sheet that criterion {@code c} scores ({@link CriterionScorer#metric}). */
    private static String metricFigure(Criterion c) {
        return switch (c) {
            case EFFICIENCY -> FigureNames.NET_KWH_PER_TONNE_DELIVERED;
            case STABILITY -> FigureNames.TREATED_SHARE;
            case LIFECYCLE -> FigureNames.AUTHORITY_COST_PER_TONNE_REAL;
        };
    }

    /** The normalisation's formula, clamped to 0..100 as the scorer clamps it. */
    private String score(Criterion c, String value, String all) {
        ScoringSpec s = spec(c);
        boolean lower = CriterionScorer.lowerIsBetter(c);
        String raw = switch (s.normalisation()) {
            case LINEAR, PUBLISHED_ANCHORS -> {
                String worst = anchor(s, "worst", s.worst());
                String best = anchor(s, "best", s.best());
                yield "100*MAX(0,MIN(1,(" + value + "-" + worst + ")/(" + best + "-" + worst + ")))";
            }
            case RELATIVE_TO_BEST -> lower ? "IF(" + value + "<=0,100,100*MIN(" + all + ")/" + value + ")"
                    : "IF(MAX(" + all + ")<=0,0,100*" + value + "/MAX(" + all + "))";
            case THRESHOLD -> "IF(" + value + (lower ? "<=" : ">=") + anchor(s, "threshold", s.threshold())
                    + ",100,0)";
        };
        return "MAX(0,MIN(100," + raw + "))";
    }

    /** A toolkit anchor by its cell on the Parameters sheet, or its value where the tender publishes it. */
    private String anchor(ScoringSpec s, String suffix, double value) {
        for (String key : s.params()) {
            Param p = e.usedParams().get(key);
            if (key.endsWith("." + suffix) && p != null && p.numeric() && p.number() == value) {
                return ParametersSheet.paramName(key);
            }
        }
        return number(value);
    }

    /** The method's total over this row's scores and price ({@link EvaluationMethod#total}). */
    private String total(int r) {
        String price = XlsxCells.cell(r, metricColumn(criteria.indexOf(Criterion.LIFECYCLE)));
        EvaluationMethod m = e.method();
        if (m instanceof WeightedSum) {
            StringBuilder s = new StringBuilder();
            for (Criterion c : Criterion.values()) {
                s.append(s.length() == 0 ? "" : "+").append(weightName(c)).append('*').append(scoreCell(r, c));
            }
            return s.toString();
        }
        if (m instanceof QualityPerPrice q) {
            return "(" + number(q.basePoints()) + "+" + quality(r) + ")/" + price;
        }
        if (m instanceof TechnicalPricePoints t) {
            return number(t.technicalPoints()) + "*" + quality(r) + "/100+" + number(t.pricePoints()) + "*MIN("
                    + range(metricColumn(criteria.indexOf(Criterion.LIFECYCLE)), lastRanked) + ")/" + price;
        }
        if (m instanceof WeightedPrice w) {
            StringBuilder features = new StringBuilder("0");
            StringBuilder max = new StringBuilder("0");
            for (Map.Entry<Criterion, Double> f : w.maxFeature().entrySet()) {
                features.append('+').append(number(f.getValue())).append('*').append(scoreCell(r, f.getKey()))
                        .append("/100");
                max.append('+').append(number(f.getValue()));
            }
            return price + "/(1+(" + features + ")/(1-(" + max + ")))";
        }
        // The lowest lifecycle cost: the price itself.
        return price;
    }

    /** {@link org.wteval.scoring.QualityScore}: the weighted mean of the efficiency and stability scores. */
    private String quality(int r) {
        String we = weightName(Criterion.EFFICIENCY);
        String ws = weightName(Criterion.STABILITY);
        return "((" + we + "*" + scoreCell(r, Criterion.EFFICIENCY) + "+" + ws + "*" + scoreCell(r,
                Criterion.STABILITY) + ")/(" + we + "+" + ws + "))";
    }

    private String scoreCell(int r, Criterion c) {
        return XlsxCells.cell(r, scoreColumn(criteria.indexOf(c)));
    }

    /**
     * 1 + the ranked bids that come before this one: a total that compares better, or the same total and a better
     * tie-break value, or both the same and an id earlier in the engine's order.
     */
    private String rank(int r, TieBreak rule) {
        String compared = range(comparedColumn(), lastRanked);
        String tie = range(tieColumn(), lastRanked);
        String ids = range(idColumn(), lastRanked);
        String q = XlsxCells.cell(r, comparedColumn());
        String k = XlsxCells.cell(r, tieColumn());
        String better = e.method().higherIsBetter() ? ">" : "<";
        String tieBetter = rule.higherFirst() ? ">" : "<";
        return "1+SUMPRODUCT((" + compared + better + q + ")+(" + compared + "=" + q + ")*((" + tie + tieBetter + k
                + ")+(" + tie + "=" + k + ")*(" + ids + "<" + XlsxCells.cell(r, idColumn()) + ")))";
    }

    /** A column's absolute range from the first bid's row to {@code lastRow}. */
    private String range(int col, int lastRow) {
        String c = XlsxCells.column(col);
        return "$" + c + "$" + (firstRow + 1) + ":$" + c + "$" + (lastRow + 1);
    }

    /** A constant as the shortest decimal that reads back as the same double, never in E notation. */
    private static String number(double v) {
        return BigDecimal.valueOf(v).toPlainString().toLowerCase(Locale.ROOT);
    }
}
