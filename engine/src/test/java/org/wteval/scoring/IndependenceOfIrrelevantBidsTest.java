package org.wteval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wteval.model.Criterion;
import org.wteval.model.Figure;
import org.wteval.model.Origin;

/**
 * Removing a bid that did not win must not reorder the others when every score depends on its own bid alone (fixed
 * anchors, linear or published) and the weighted sum adds them; relative-to-best breaks this, because the best bid
 * sets every other bid's score. Bid sets are random metric vectors in the ranges sample bids span.
 */
class IndependenceOfIrrelevantBidsTest {

    private static final int SETS = 2000;

    private static final ScoringSpec EFFICIENCY = ScoringSpec.spec(Criterion.EFFICIENCY, Normalisation.LINEAR, 250,
            590, Double.NaN);
    private static final ScoringSpec STABILITY = ScoringSpec.spec(Criterion.STABILITY, Normalisation.LINEAR, 0.60,
            0.92, Double.NaN);

    private static WeightedSum weightedSum(double e, double s, double l) {
        Map<Criterion, Figure> w = new EnumMap<>(Criterion.class);
        Origin.Given given = new Origin.Handover("test weight");
        w.put(Criterion.EFFICIENCY, Figure.input("efficiencyWeight", e, "fraction", given));
        w.put(Criterion.STABILITY, Figure.input("stabilityWeight", s, "fraction", given));
        w.put(Criterion.LIFECYCLE, Figure.input("lifecycleWeight", l, "fraction", given));
        return new WeightedSum(w);
    }

    /** The bid ids in ranking order. */
    private static List<String> order(CriterionScorer scorer, EvaluationMethod method, List<String> ids,
                                      double[][] metrics) {
        List<Candidate> candidates = new ArrayList<>();
        Map<Criterion, List<CriterionScore>> byCriterion = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            byCriterion.put(c, scorer.explain(c, ids, metrics[c.ordinal()], ""));
        }
        for (int i = 0; i < ids.size(); i++) {
            Map<Criterion, Double> scores = new EnumMap<>(Criterion.class);
            for (Criterion c : Criterion.values()) {
                scores.put(c, byCriterion.get(c).get(i).score());
            }
            candidates.add(new Candidate(ids.get(i), scores, metrics[Criterion.LIFECYCLE.ordinal()][i]));
        }
        return Ranking.rank(method, candidates, TieBreak.LOWER_LIFECYCLE_COST).stream().map(RankedBid::bidId)
                .toList();
    }

    private static double[][] without(double[][] metrics, int drop) {
        double[][] out = new double[metrics.length][];
        for (int c = 0; c < metrics.length; c++) {
            double[] v = new double[metrics[c].length - 1];
            for (int i = 0, k = 0; i < metrics[c].length; i++) {
                if (i != drop) {
                    v[k++] = metrics[c][i];
                }
            }
            out[c] = v;
        }
        return out;
    }

    private static int checkRemovals(CriterionScorer scorer, Random random) {
        int checked = 0;
        for (int set = 0; set < SETS; set++) {
            int n = 3 + random.nextInt(6);
            List<String> ids = new ArrayList<>();
            double[][] m = new double[Criterion.values().length][n];
            for (int i = 0; i < n; i++) {
                ids.add("B" + (i + 1));
                m[Criterion.EFFICIENCY.ordinal()][i] = 200 + 450 * random.nextDouble();
                m[Criterion.STABILITY.ordinal()][i] = 0.5 + 0.5 * random.nextDouble();
                m[Criterion.LIFECYCLE.ordinal()][i] = 5 + 55 * random.nextDouble();
            }
            double we = 0.15 + 0.3 * random.nextDouble();
            double ws = 0.15 + 0.3 * random.nextDouble();
            WeightedSum method = weightedSum(we, ws, 1 - we - ws);
            List<String> full = order(scorer, method, ids, m);
            for (int drop = 0; drop < n; drop++) {
                String removed = ids.get(drop);
                if (removed.equals(full.get(0))) {
                    continue;
                }
                List<String> expected = new ArrayList<>(full);
                expected.remove(removed);
                List<String> rest = new ArrayList<>(ids);
                rest.remove(drop);
                assertEquals(expected, order(scorer, method, rest, without(m, drop)),
                        "removing " + removed + " from set " + set);
                checked++;
            }
        }
        return checked;
    }

    @Test
    void withLinearAnchorsRemovingALosingBidNeverReordersTheOthers() {
        CriterionScorer scorer = new CriterionScorer(List.of(EFFICIENCY, STABILITY,
                ScoringSpec.spec(Criterion.LIFECYCLE, Normalisation.LINEAR, 60, 5, Double.NaN)));
        assertTrue(checkRemovals(scorer, new Random(20080101)) > SETS);
    }

    @Test
    void withPublishedAnchorsRemovingALosingBidNeverReordersTheOthers() {
        // Ceiling 45, owner's estimate 30, floor share 0.75: floor 22.5 (bids above the ceiling score 0).
        CriterionScorer scorer = new CriterionScorer(List.of(EFFICIENCY, STABILITY,
                new ScoringSpec(Criterion.LIFECYCLE, Normalisation.PUBLISHED_ANCHORS, 45, 22.5, Double.NaN,
                        List.of("scoring.lifecycle.normalisation", PublishedAnchors.FLOOR_SHARE), null)));
        assertTrue(checkRemovals(scorer, new Random(19)) > SETS);
    }

    /**
     * Relative to the best, weights 0.3 / 0.3 / 0.4: A (efficiency 420, stability 0.92, cost 30), B (300, 0.92, 20)
     * and D (250, 0.60, 5). Efficiency A 100 × 170 / 340 = 50, B 100 × 50 / 340 = 14.71, D 0; stability A and B 100,
     * D 0. With D the cheapest: lifecycle A 100 × 5 / 30 = 16.67, B 25, D 100; totals A 15 + 30 + 6.67 = 51.67,
     * B 4.41 + 30 + 10 = 44.41, D 40: A, B, D. Without D, a bid that came last: lifecycle A 100 × 20 / 30 = 66.67,
     * B 100; A 15 + 30 + 26.67 = 71.67 < B 4.41 + 30 + 40 = 74.41. The losing bid D decided A against B.
     */
    @Test
    void relativeToBestLetsOneBidDecideTheOrderOfTwoOthers() {
        CriterionScorer scorer = new CriterionScorer(List.of(EFFICIENCY, STABILITY,
                ScoringSpec.spec(Criterion.LIFECYCLE, Normalisation.RELATIVE_TO_BEST, Double.NaN, Double.NaN,
                        Double.NaN)));
        WeightedSum method = weightedSum(0.3, 0.3, 0.4);
        double[][] with = {{420, 300, 250}, {0.92, 0.92, 0.60}, {30, 20, 5}};
        List<String> full = order(scorer, method, List.of("A", "B", "D"), with);
        assertEquals(List.of("A", "B", "D"), full, "D, the cheapest bid, ranks last");
        List<String> rest = order(scorer, method, List.of("A", "B"), without(with, 2));
        assertEquals(List.of("B", "A"), rest);
        assertNotEquals(full.subList(0, 2), rest);
    }
}
