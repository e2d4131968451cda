package org.wteval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.model.Committee;

/** The committee's technical scores and agreement from score sheets, worked by hand. */
class TechnicalScoresTest {

    private static final double EPS = 1e-9;

    private static CommitteeSpec spec(Map<String, Double> weights, String aggregation) {
        return new CommitteeSpec(weights, 0, 10, aggregation, 2.5, Double.NaN, 0);
    }

    private static Committee.ScoreSheet sheet(String name, List<String> conflicts, Object... bidSubScore) {
        SortedMap<String, SortedMap<String, Double>> scores = new TreeMap<>();
        for (int i = 0; i < bidSubScore.length; i += 3) {
            scores.computeIfAbsent((String) bidSubScore[i], k -> new TreeMap<>())
                    .put((String) bidSubScore[i + 1], ((Number) bidSubScore[i + 2]).doubleValue());
        }
        return new Committee.ScoreSheet(name, conflicts, scores);
    }

    /**
     * The panel of {@link CommitteeStatisticsTest#kendallWWithTies} on one sub-criterion of weight 1: each
     * evaluator's total is 10 × the mark, so the rankings, W = 73/84 and p = 0.04985… are the same. No mark is an
     * outlier (A: 8, 7, 9 has MAD 1, limit 3.7065; C: 6, 5, 6 has MAD 0), so the aggregates are the means:
     * A 8, B 6, C 17/3, D 3, and the technical scores 80, 60, 56.67, 30.
     */
    @Test
    @DisplayName("3 evaluators × 4 bids: technical scores and Kendall's W on the evaluators' totals")
    void panelOfThree() {
        Committee c = new Committee(List.of(), List.of(
                sheet("E1", List.of(), "A", "q", 8, "B", "q", 6, "C", "q", 6, "D", "q", 3),
                sheet("E2", List.of(), "A", "q", 7, "B", "q", 7, "C", "q", 5, "D", "q", 4),
                sheet("E3", List.of(), "A", "q", 9, "B", "q", 5, "C", "q", 6, "D", "q", 2)));
        TechnicalScores t = TechnicalScores.compute(spec(Map.of("q", 1.0), CommitteeSpec.MEAN_WITHOUT_OUTLIERS), c,
                List.of("A", "B", "C", "D"));
        assertEquals(80, t.of("A").score(), EPS);
        assertEquals(60, t.of("B").score(), EPS);
        assertEquals(100 * 17.0 / 30, t.of("C").score(), EPS);
        assertEquals(30, t.of("D").score(), EPS);
        assertEquals(73.0 / 84, t.agreement().concordance().w(), EPS);
        assertEquals(0.04985006458957009, t.agreement().concordance().pValue(), EPS);
        assertEquals(List.of("E1", "E2", "E3"), t.agreement().evaluators());
    }

    /**
     * Two sub-criteria (a 0.6, b 0.4), one outlier, one conflict.
     * <pre>
     *   A.a: E1 8, E2 8, E3 2, E4 7.5   median 7.75, MAD 0.25, limit 0.926625: E3's 2 removed; mean 23.5/3
     *   A.b: E1 6, E2 7, E3 6, E4 7     median 6.5, MAD 0.5, limit 1.85325: none; mean 6.5
     *   A = 100 × (0.6 × 7.8333…/10 + 0.4 × 6.5/10) = 47 + 26 = 73
     *   B (E4 declared a conflict): B.a 5, 6, 5 → median 5, MAD 0: none; mean 16/3. B.b 4, 4, 4 → 4
     *   B = 100 × (0.6 × 5.3333…/10 + 0.4 × 0.4) = 32 + 16 = 48
     * </pre>
     * The median aggregation gives A = 100 × (0.6 × 0.775 + 0.4 × 0.65) = 46.5 + 26 = 72.5.
     * Kendall's W compares E1, E2, E3 only (E4's ranking is incomplete), on each one's own totals:
     * E1 A 72, B 46; E2 A 76, B 52; E3 A 100 × (0.12 + 0.24) = 36, B 46 — the outlier puts B first.
     * Ranks (A, B): (2, 1), (2, 1), (1, 2); R = 5, 4; mean 4.5; S = 0.5; W = 12 × 0.5 / (9 × 6) = 1/9;
     * χ² = 3 × 1 × 1/9 = 1/3 on 1 df; p = erfc(√(1/6)) = 0.5637028616507731.
     */
    @Test
    @DisplayName("outliers are removed before the mean; a conflicted evaluator neither scores the bid nor enters W")
    void outlierAndConflict() {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("a", 0.6);
        w.put("b", 0.4);
        Committee c = new Committee(List.of(), List.of(
                sheet("E1", List.of(), "A", "a", 8, "A", "b", 6, "B", "a", 5, "B", "b", 4),
                sheet("E2", List.of(), "A", "a", 8, "A", "b", 7, "B", "a", 6, "B", "b", 4),
                sheet("E3", List.of(), "A", "a", 2, "A", "b", 6, "B", "a", 5, "B", "b", 4),
                sheet("E4", List.of("B"), "A", "a", 7.5, "A", "b", 7)));
        TechnicalScores t = TechnicalScores.compute(spec(w, CommitteeSpec.MEAN_WITHOUT_OUTLIERS), c,
                List.of("A", "B"));
        TechnicalScores.SubCriterion aa = t.of("A").subCriteria().get(0);
        assertEquals(0.926625, aa.outlierThreshold(), EPS);
        assertEquals(List.of(false, false, true, false), aa.marks().stream().map(TechnicalScores.Mark::outlier)
                .toList());
        assertEquals(73, t.of("A").score(), EPS);
        assertEquals(48, t.of("B").score(), EPS);
        assertEquals(List.of("E4"), t.of("B").conflicted());
        assertEquals(3, t.of("B").subCriteria().get(0).marks().size());
        assertEquals(List.of("E4"), t.agreement().excluded());
        assertEquals(1.0 / 9, t.agreement().concordance().w(), EPS);
        assertEquals(1.0 / 3, t.agreement().concordance().chiSquare(), EPS);
        assertEquals(0.5637028616507731, t.agreement().concordance().pValue(), EPS);

        TechnicalScores median = TechnicalScores.compute(spec(w, CommitteeSpec.MEDIAN), c, List.of("A", "B"));
        assertEquals(72.5, median.of("A").score(), EPS);
    }

    @Test
    @DisplayName("with fewer than two evaluators who scored every bid, no W is computed and the reason is given")
    void noAgreementWithOneCompleteEvaluator() {
        Committee c = new Committee(List.of(), List.of(
                sheet("E1", List.of(), "A", "q", 8, "B", "q", 6),
                sheet("E2", List.of("A"), "B", "q", 7)));
        TechnicalScores t = TechnicalScores.compute(spec(Map.of("q", 1.0), CommitteeSpec.MEAN), c, List.of("A", "B"));
        assertNull(t.agreement().concordance());
        assertTrue(t.agreement().note().contains("at least two evaluators"));
    }
}
