package org.wteval.scoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wteval.calc.BidMetrics;
import org.wteval.calc.FigureNames;
import org.wteval.model.Criterion;
import org.wteval.model.Figure;
import org.wteval.model.Toolkit;
import org.wteval.rules.Numbers;

/**
 * The explanation trees of the scores and totals: every criterion score of a qualified bid from its metric and the
 * normalisation's anchors, and every ranked bid's total from its scores, the weights and the method's parameters.
 * The values are the ones {@link CriterionScorer} and {@link Ranking} computed, so a tree states exactly the number
 * the ranking used; the trees only add where each number came from.
 */
public final class ScoreFigures {

    private ScoreFigures() {
    }

    /** The metric figure criterion {@code c} scores, as {@link CriterionScorer#metric(Criterion, BidMetrics)}. */
    public static Figure metric(Criterion c, BidMetrics m) {
        return switch (c) {
            case EFFICIENCY -> m.energy().netKwhPerTonneDelivered();
            case STABILITY -> m.stability().treatedShare();
            case LIFECYCLE -> m.lifecycle().authorityCostPerTonneReal();
        };
    }

    /**
     * Every qualified and ranked bid's score and total figures, by bid id, then by figure name in the order
     * efficiency, stability, lifecycle score, then the total and its intermediate figures.
     *
     * @param qualified the qualified bids in the order {@code scores} were computed
     * @param scores the criterion scores of the qualified bids
     * @param ranking the ranked bids with the method's audit
     */
    public static Map<String, Map<String, Figure>> of(CriterionScorer scorer, Toolkit tk, EvaluationMethod method,
                                                      Map<Criterion, Figure> weights, List<BidMetrics> qualified,
                                                      List<CriterionScore> scores, List<RankedBid> ranking,
                                                      Map<String, Figure> technical) {
        Map<Criterion, Figure> best = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            best.put(c, bestQualified(c, qualified));
        }
        Map<String, Map<String, Figure>> out = new LinkedHashMap<>();
        for (BidMetrics m : qualified) {
            Map<String, Figure> figures = new LinkedHashMap<>();
            Map<Criterion, Figure> byCriterion = new EnumMap<>(Criterion.class);
            for (CriterionScore s : scores) {
                if (s.bidId().equals(m.bidId())) {
                    Figure f = score(scorer.spec(s.criterion()), tk, s, metric(s.criterion(), m),
                            best.get(s.criterion()));
                    byCriterion.put(s.criterion(), f);
                    figures.put(f.name(), f);
                }
            }
            for (RankedBid r : ranking) {
                if (r.bidId().equals(m.bidId())) {
                    Figure total = blended(tk, r, technical.get(r.bidId()), total(method, tk, weights, byCriterion,
                            metric(Criterion.LIFECYCLE, m), best.get(Criterion.LIFECYCLE), r));
                    figures.put(total.name(), total);
                }
            }
            out.put(m.bidId(), figures);
        }
        return out;
    }

    /** Bids whose values the best value's formula lists at most; a longer list would repeat in every bid's tree. */
    static final int MAX_LISTED = 20;

    /**
     * The best value among the qualified bids, naming every bid's value so a committee can check the choice; past
     * {@link #MAX_LISTED} bids it says how many there were instead, since each bid's own figure gives its value and
     * the list, repeated in every bid's score, would make the report grow with the square of the bids.
     */
    private static Figure bestQualified(Criterion c, List<BidMetrics> qualified) {
        if (qualified.isEmpty()) {
            return null;
        }
        boolean lower = CriterionScorer.lowerIsBetter(c);
        BidMetrics bestBid = qualified.get(0);
        StringBuilder values = new StringBuilder();
        for (BidMetrics m : qualified) {
            double v = CriterionScorer.metric(c, m);
            double b = CriterionScorer.metric(c, bestBid);
            if (lower ? v < b : v > b) {
                bestBid = m;
            }
            if (qualified.size() <= MAX_LISTED) {
                values.append(values.isEmpty() ? "" : ", ").append(m.bidId()).append(' ').append(Numbers.format(v));
            }
        }
        Figure metric = metric(c, bestBid);
        String among = qualified.size() <= MAX_LISTED ? "among the qualified bids (" + values + ")"
                : "among the " + qualified.size() + " qualified bids (each bid's own " + metric.name()
                        + " gives its value)";
        return Figure.derived(FigureNames.BEST_QUALIFIED_VALUE, metric.value(), metric.unit(),
                (lower ? "lowest " : "highest ") + metric.name() + " " + among + ": " + bestBid.bidId() + "'s",
                metric);
    }

    private static Figure score(ScoringSpec spec, Toolkit tk, CriterionScore s, Figure metric, Figure best) {
        List<Figure> inputs = new ArrayList<>(List.of(metric));
        switch (spec.normalisation()) {
            case LINEAR -> {
                inputs.add(Figure.param(tk.param(spec.params().get(1))));
                inputs.add(Figure.param(tk.param(spec.params().get(2))));
            }
            case THRESHOLD -> inputs.add(Figure.param(tk.param(spec.params().get(1))));
            case RELATIVE_TO_BEST -> inputs.add(best);
            case PUBLISHED_ANCHORS -> {
                inputs.add(spec.anchors().ceiling());
                inputs.add(spec.anchors().floor(tk));
            }
        }
        return Figure.derived(FigureNames.score(s.criterion().key()), s.score(), "points (0..100)",
                s.ruleId() + " (" + s.method() + "): " + s.formula(), inputs.toArray(Figure[]::new));
    }

    /**
     * Where a committee's technical score carries a share of the total, the total blends the method's own total (its
     * tree renamed {@code methodTotal}) with the technical score; otherwise the method's total as it is.
     */
    private static Figure blended(Toolkit tk, RankedBid r, Figure technical, Figure methodTotal) {
        Double own = r.audit().get(FigureNames.METHOD_TOTAL);
        if (own == null || technical == null) {
            return methodTotal;
        }
        Figure method = new Figure(FigureNames.METHOD_TOTAL, own, methodTotal.unit(), methodTotal.formula(),
                methodTotal.origin(), methodTotal.inputs(), methodTotal.firstYear(), methodTotal.byYear());
        return Figure.derived(FigureNames.TOTAL, r.total(), methodTotal.unit(),
                "(1 − committee.technicalShare) × methodTotal + committee.technicalShare × technicalScore",
                method, Figure.param(tk.param(CommitteeSpec.SHARE)), technical);
    }

    /**
     * A committee technical score: the sum of each sub-criterion's points, each from the evaluators' marks
     * aggregated as the toolkit says, each mark read from its score sheet.
     *
     * @param markOrigin where evaluator {@code e}'s mark on sub-criterion {@code k} was read: {@code (e, k)}
     */
    public static Figure technical(TechnicalScores.BidTechnical b, CommitteeSpec spec, Toolkit tk,
                                   java.util.function.BiFunction<String, String, org.wteval.model.Origin.Given>
                                           markOrigin) {
        List<Figure> subs = new ArrayList<>();
        for (TechnicalScores.SubCriterion c : b.subCriteria()) {
            List<Figure> marks = new ArrayList<>();
            for (TechnicalScores.Mark m : c.marks()) {
                marks.add(Figure.input(FigureNames.MARK_PREFIX + m.evaluator(), m.score(),
                        "points (" + Numbers.format(spec.scaleMin()) + ".." + Numbers.format(spec.scaleMax()) + ")"
                                + (m.outlier() ? ", outlier left out" : ""), markOrigin.apply(m.evaluator(), c.key())));
            }
            marks.add(Figure.param(tk.param(CommitteeSpec.SUB_CRITERIA + "." + c.key() + ".weight")));
            subs.add(Figure.derived(FigureNames.TECHNICAL_PREFIX + c.key(), c.points(), "points",
                    "100 × weight × (" + spec.aggregation() + " of the marks " + Numbers.format(c.aggregate())
                            + " − " + Numbers.format(spec.scaleMin()) + ") / (" + Numbers.format(spec.scaleMax())
                            + " − " + Numbers.format(spec.scaleMin()) + ")", marks.toArray(Figure[]::new)));
        }
        return Figure.derived(FigureNames.TECHNICAL_SCORE, b.score(), "points (0..100)",
                "Σ over the sub-criteria of their points", subs.toArray(Figure[]::new));
    }

    /** The total with the method's intermediate figures, each valued from the ranking's audit. */
    private static Figure total(EvaluationMethod method, Toolkit tk, Map<Criterion, Figure> weights,
                                Map<Criterion, Figure> scores, Figure price, Figure lowestPrice, RankedBid r) {
        Map<String, Double> a = r.audit();
        String unit = method.unit();
        String formula = method.name() + ": " + method.formula();
        if (method instanceof WeightedSum) {
            List<Figure> in = new ArrayList<>();
            for (Criterion c : Criterion.values()) {
                in.add(Figure.derived(FigureNames.weighted(c.key()), a.get(FigureNames.weighted(c.key())),
                        "points", c.key() + "Weight × " + FigureNames.score(c.key()), weights.get(c),
                        scores.get(c)));
            }
            return Figure.derived(FigureNames.TOTAL, r.total(), unit, formula, in.toArray(Figure[]::new));
        }
        if (method instanceof TechnicalPricePoints) {
            Figure quality = quality(a, weights, scores);
            Figure technical = Figure.derived(FigureNames.TECHNICAL_POINTS, a.get(FigureNames.TECHNICAL_POINTS),
                    "points", "scoring.points.technical × qualityScore / 100",
                    Figure.param(tk.param("scoring.points.technical")), quality);
            Figure lowest = Figure.derived(FigureNames.LOWEST_PRICE, a.get(FigureNames.LOWEST_PRICE),
                    price.unit(), "the lowest evaluated price among the qualified bids", lowestPrice);
            Figure points = Figure.derived(FigureNames.PRICE_POINTS, a.get(FigureNames.PRICE_POINTS), "points",
                    "scoring.points.price × lowestPrice / " + price.name(),
                    Figure.param(tk.param("scoring.points.price")), lowest, price);
            return Figure.derived(FigureNames.TOTAL, r.total(), unit, formula, technical, points);
        }
        if (method instanceof QualityPerPrice) {
            Figure points = Figure.derived(FigureNames.POINTS, a.get(FigureNames.POINTS), "points",
                    "scoring.qualityPerPrice.basePoints + qualityScore",
                    Figure.param(tk.param("scoring.qualityPerPrice.basePoints")), quality(a, weights, scores));
            return Figure.derived(FigureNames.TOTAL, r.total(), unit, formula, points, price);
        }
        if (method instanceof WeightedPrice p) {
            List<Figure> in = new ArrayList<>();
            for (Criterion c : p.maxFeature().keySet()) {
                in.add(Figure.param(tk.param("scoring.weightedPrice.maxFeature." + c.key())));
                in.add(scores.get(c));
            }
            Figure sum = Figure.derived(FigureNames.FEATURE_SUM, a.get(FigureNames.FEATURE_SUM), "fraction",
                    "Σ_q F_max,q × score_q / 100", in.toArray(Figure[]::new));
            Figure denominator = Figure.derived(FigureNames.WEIGHTED_PRICE_DENOMINATOR,
                    a.get(FigureNames.WEIGHTED_PRICE_DENOMINATOR), "factor",
                    "1 + featureSum / (1 − " + Numbers.format(a.get("maxFeatureSum")) + ")", sum);
            return Figure.derived(FigureNames.TOTAL, r.total(), unit, formula, price, denominator);
        }
        if (method instanceof LowestLifecycleCost) {
            return Figure.derived(FigureNames.TOTAL, r.total(), unit, formula, price);
        }
        throw new IllegalStateException("no explanation for method " + method.name());
    }

    private static Figure quality(Map<String, Double> audit, Map<Criterion, Figure> weights,
                                  Map<Criterion, Figure> scores) {
        return Figure.derived(FigureNames.QUALITY_SCORE, audit.get(FigureNames.QUALITY_SCORE), "points (0..100)",
                "(efficiencyWeight × efficiencyScore + stabilityWeight × stabilityScore) / (efficiencyWeight + "
                        + "stabilityWeight)", weights.get(Criterion.EFFICIENCY), scores.get(Criterion.EFFICIENCY),
                weights.get(Criterion.STABILITY), scores.get(Criterion.STABILITY));
    }
}
