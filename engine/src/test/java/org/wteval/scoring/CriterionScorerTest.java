package org.wteval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.model.Criterion;

/**
 * Criterion scores checked against hand calculations, with the anchors of toolkits/base.yaml: efficiency linear
 * 250 → 590 kWh/t, stability linear 0.60 → 0.92 of the waste treated, lifecycle relative to the lowest cost.
 * Qualified bids A and B: efficiency 420 and 505, stability 0.84 and 0.76, lifecycle 60 and 75 per tonne.
 */
class CriterionScorerTest {

    private static final double EPS = 1e-9;
    private static final List<String> AB = List.of("A", "B");

    private static CriterionScorer scorer(ScoringSpec... overrides) {
        List<ScoringSpec> specs = new ArrayList<>(List.of(
                ScoringSpec.spec(Criterion.EFFICIENCY, Normalisation.LINEAR, 250, 590, Double.NaN),
                ScoringSpec.spec(Criterion.STABILITY, Normalisation.LINEAR, 0.60, 0.92, Double.NaN),
                ScoringSpec.spec(Criterion.LIFECYCLE, Normalisation.RELATIVE_TO_BEST, Double.NaN, Double.NaN,
                        Double.NaN)));
        for (ScoringSpec o : overrides) {
            specs.removeIf(s -> s.criterion() == o.criterion());
            specs.add(o);
        }
        return new CriterionScorer(specs);
    }

    private static double[] scores(CriterionScorer s, Criterion c, double... values) {
        double[] out = new double[values.length];
        s.score(c, values, out);
        return out;
    }

    @Test
    @DisplayName("linear: 100 × (value − worst) / (best − worst) between the toolkit's anchors")
    void linear() {
        CriterionScorer s = scorer();
        // Efficiency A: 100 × (420 − 250) / (590 − 250) = 100 × 170 / 340 = 50; B: 100 × 255 / 340 = 75
        List<CriterionScore> e = s.explain(Criterion.EFFICIENCY, AB, new double[] {420, 505}, "kWh/t");
        assertEquals(50.0, e.get(0).score(), EPS);
        assertEquals(75.0, e.get(1).score(), EPS);
        CriterionScore a = e.get(0);
        assertEquals("A", a.bidId());
        assertEquals(420, a.rawValue());
        assertEquals("kWh/t", a.rawUnit());
        assertEquals("linear", a.method());
        assertEquals("SC-LINEAR", a.ruleId());
        assertEquals(Normalisation.LINEAR.clause(), a.clause());
        assertEquals("100 × (value − 250) / (590 − 250), clamped to 0..100", a.formula());
        assertEquals(List.of("scoring.efficiency.normalisation", "scoring.efficiency.worst",
                "scoring.efficiency.best"), a.params());
        // Stability A: 100 × (0.84 − 0.60) / 0.32 = 75; B: 100 × 0.16 / 0.32 = 50
        double[] st = scores(s, Criterion.STABILITY, 0.84, 0.76);
        assertEquals(75.0, st[0], EPS);
        assertEquals(50.0, st[1], EPS);
    }

    @Test
    @DisplayName("linear clamps to 0 below the worst anchor and 100 above the best")
    void linearClamped() {
        // 100 × (200 − 250) / 340 = −14.7 → 0; 100 × (650 − 250) / 340 = 117.6 → 100
        double[] e = scores(scorer(), Criterion.EFFICIENCY, 200, 650);
        assertEquals(0.0, e[0], EPS);
        assertEquals(100.0, e[1], EPS);
    }

    @Test
    @DisplayName("linear with lower costs better: anchors given worst > best")
    void linearLowerIsBetter() {
        CriterionScorer s = scorer(ScoringSpec.spec(Criterion.LIFECYCLE, Normalisation.LINEAR, 100, 40, Double.NaN));
        // A: 100 × (60 − 100) / (40 − 100) = 66.67; B: 100 × (75 − 100) / (−60) = 41.67
        double[] l = scores(s, Criterion.LIFECYCLE, 60, 75);
        assertEquals(100 * 40.0 / 60.0, l[0], EPS);
        assertEquals(100 * 25.0 / 60.0, l[1], EPS);
    }

    @Test
    @DisplayName("relative-to-best: the lowest cost scores 100, others 100 × lowest / own")
    void relativeLowerIsBetter() {
        List<CriterionScore> l = scorer().explain(Criterion.LIFECYCLE, AB, new double[] {60, 75}, "USD/t");
        assertEquals(100.0, l.get(0).score(), EPS); // 100 × 60 / 60
        assertEquals(80.0, l.get(1).score(), EPS); // 100 × 60 / 75
        assertEquals("relative-to-best", l.get(1).method());
        assertEquals("SC-RELATIVE-TO-BEST", l.get(1).ruleId());
        assertEquals("100 × lowest among qualified bids (60) / value", l.get(1).formula());
        assertEquals(List.of("scoring.lifecycle.normalisation"), l.get(1).params());
    }

    @Test
    @DisplayName("relative-to-best where higher is better: 100 × value / highest")
    void relativeHigherIsBetter() {
        CriterionScorer s = scorer(ScoringSpec.spec(Criterion.EFFICIENCY, Normalisation.RELATIVE_TO_BEST,
                Double.NaN, Double.NaN, Double.NaN));
        List<CriterionScore> e = s.explain(Criterion.EFFICIENCY, AB, new double[] {420, 505}, "kWh/t");
        assertEquals(100 * 420.0 / 505.0, e.get(0).score(), EPS); // 83.17
        assertEquals(100.0, e.get(1).score(), EPS);
        assertEquals("100 × value / highest among qualified bids (505)", e.get(0).formula());
    }

    @Test
    @DisplayName("relative-to-best with three bids uses the best of all three; a cost at or below zero scores 100")
    void relativeThreeBids() {
        double[] l = scores(scorer(), Criterion.LIFECYCLE, 60, 75, 50);
        assertEquals(100 * 50.0 / 60.0, l[0], EPS); // 83.33
        assertEquals(100 * 50.0 / 75.0, l[1], EPS); // 66.67
        assertEquals(100.0, l[2], EPS);
        assertEquals(100.0, scores(scorer(), Criterion.LIFECYCLE, -5, 75)[0], EPS);
    }

    @Test
    @DisplayName("threshold: 100 for meeting it in the criterion's direction, else 0")
    void threshold() {
        CriterionScorer s = scorer(ScoringSpec.spec(Criterion.STABILITY, Normalisation.THRESHOLD, Double.NaN,
                Double.NaN, 0.80), ScoringSpec.spec(Criterion.LIFECYCLE, Normalisation.THRESHOLD, Double.NaN,
                Double.NaN, 70));
        List<CriterionScore> st = s.explain(Criterion.STABILITY, AB, new double[] {0.84, 0.76}, "fraction");
        assertEquals(100.0, st.get(0).score(), EPS); // 0.84 ≥ 0.80
        assertEquals(0.0, st.get(1).score(), EPS); // 0.76 < 0.80
        assertEquals("100 if value ≥ 0.8, else 0", st.get(0).formula());
        assertEquals("SC-THRESHOLD", st.get(0).ruleId());
        assertEquals(List.of("scoring.stability.normalisation", "scoring.stability.threshold"), st.get(0).params());
        List<CriterionScore> l = s.explain(Criterion.LIFECYCLE, AB, new double[] {60, 75}, "USD/t");
        assertEquals(100.0, l.get(0).score(), EPS); // 60 ≤ 70
        assertEquals(0.0, l.get(1).score(), EPS); // 75 > 70
        assertEquals("100 if value ≤ 70, else 0", l.get(0).formula());
    }

    @Test
    @DisplayName("the array method and the explained one agree, and a scorer needs every criterion's spec")
    void fillMatchesExplainAndSpecsAreComplete() {
        CriterionScorer s = scorer();
        double[] values = {300, 590, 611};
        double[] filled = scores(s, Criterion.EFFICIENCY, values);
        List<CriterionScore> explained = s.explain(Criterion.EFFICIENCY, List.of("A", "B", "C"), values, "kWh/t");
        for (int i = 0; i < values.length; i++) {
            assertEquals(filled[i], explained.get(i).score(), 0);
        }
        assertThrows(IllegalArgumentException.class, () -> new CriterionScorer(List.of(
                ScoringSpec.spec(Criterion.EFFICIENCY, Normalisation.LINEAR, 250, 590, Double.NaN))));
    }

    @Test
    @DisplayName("published anchors: 0 points at the tender's ceiling, 100 at the toolkit's share of its estimate")
    void publishedAnchors() {
        // Ceiling 500, owner's estimate 450, floor share 0.8: floor = 0.8 × 450 = 360.
        // A at 411.5: 100 × (411.5 − 500) / (360 − 500) = 100 × 88.5 / 140 = 63.214...; B at 343: above the floor
        // in merit, so 100; C at 520, above the ceiling, 0.
        ScoringSpec spec = new ScoringSpec(Criterion.LIFECYCLE, Normalisation.PUBLISHED_ANCHORS, 500, 360, Double.NaN,
                List.of("scoring.lifecycle.normalisation", PublishedAnchors.FLOOR_SHARE), null);
        CriterionScorer s = scorer(spec);
        List<CriterionScore> l = s.explain(Criterion.LIFECYCLE, List.of("A", "B", "C"),
                new double[] {411.5, 343, 520}, "USD/t");
        assertEquals(100 * 88.5 / 140, l.get(0).score(), EPS);
        assertEquals(100.0, l.get(1).score(), EPS);
        assertEquals(0.0, l.get(2).score(), EPS);
        assertEquals("SC-PUBLISHED-ANCHORS", l.get(0).ruleId());
        assertEquals("100 × (value − ceiling 500) / (floor 360 − ceiling 500), clamped to 0..100",
                l.get(0).formula());
        // The other bids play no part: A alone scores the same.
        assertEquals(l.get(0).score(), scores(s, Criterion.LIFECYCLE, 411.5)[0], 0);
    }
}
