package org.wteval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wteval.Fixtures;
import org.wteval.model.Criterion;
import org.wteval.model.Figure;
import org.wteval.model.Origin;
import org.wteval.model.Toolkit;

/**
 * Each evaluation method on one worked example. Bid A: efficiency 80, stability 60, lifecycle 80, price 20/t.
 * Bid B: efficiency 50, stability 50, lifecycle 100, price 16/t. Weights 0.3 / 0.3 / 0.4.
 */
class EvaluationMethodsTest {

    private static final Candidate A = candidate("A", 80, 60, 80, 20);
    private static final Candidate B = candidate("B", 50, 50, 100, 16);
    private static final List<Candidate> BOTH = List.of(A, B);

    private static Candidate candidate(String id, double eff, double stab, double life, double price) {
        Map<Criterion, Double> s = new EnumMap<>(Criterion.class);
        s.put(Criterion.EFFICIENCY, eff);
        s.put(Criterion.STABILITY, stab);
        s.put(Criterion.LIFECYCLE, life);
        return new Candidate(id, s, price);
    }

    private static Map<Criterion, Figure> weights() {
        Map<Criterion, Figure> w = new EnumMap<>(Criterion.class);
        w.put(Criterion.EFFICIENCY, Figure.input("efficiencyWeight", 0.3, "fraction", new Origin.Handover("test")));
        w.put(Criterion.STABILITY, Figure.input("stabilityWeight", 0.3, "fraction", new Origin.Handover("test")));
        w.put(Criterion.LIFECYCLE, Figure.input("lifecycleWeight", 0.4, "fraction", new Origin.Handover("test")));
        return w;
    }

    private static EvaluationMethod method(String name) {
        Toolkit tk = Fixtures.baseToolkit(Map.of("scoring.method", name));
        return EvaluationMethods.of(tk, weights(), "USD");
    }

    @Test
    void weightedSum() {
        List<RankedBid> r = Ranking.rank(method("weighted-sum"), BOTH, TieBreak.LOWER_LIFECYCLE_COST);
        // A: 0.3 × 80 + 0.3 × 60 + 0.4 × 80 = 24 + 18 + 32 = 74; B: 15 + 15 + 40 = 70
        assertEquals("A", r.get(0).bidId());
        assertEquals(74, r.get(0).total(), 1e-12);
        assertEquals(70, r.get(1).total(), 1e-12);
        assertEquals(32, r.get(0).audit().get("lifecycleWeighted"), 1e-12);
    }

    @Test
    void technicalPricePointsJapaneseSeventyFiveTwentyFive() {
        List<RankedBid> r = Ranking.rank(method("technical-price-points"), BOTH, TieBreak.LOWER_LIFECYCLE_COST);
        // A: quality (0.3 × 80 + 0.3 × 60) / 0.6 = 70 → 75 × 0.70 = 52.5; price 25 × 16 / 20 = 20; total 72.5
        // B: quality 50 → 37.5; price 25 × 16 / 16 = 25; total 62.5
        assertEquals("A", r.get(0).bidId());
        assertEquals(72.5, r.get(0).total(), 1e-12);
        assertEquals(52.5, r.get(0).audit().get("technicalPoints"), 1e-12);
        assertEquals(20, r.get(0).audit().get("pricePoints"), 1e-12);
        assertEquals(62.5, r.get(1).total(), 1e-12);
    }

    @Test
    void qualityPerPriceDividesInsteadOfAdding() {
        List<RankedBid> r = Ranking.rank(method("quality-per-price"), BOTH, TieBreak.LOWER_LIFECYCLE_COST);
        // A: (100 + 70) / 20 = 8.5; B: (100 + 50) / 16 = 9.375 — dividing by price favours the cheaper bid here
        assertEquals("B", r.get(0).bidId());
        assertEquals(9.375, r.get(0).total(), 1e-12);
        assertEquals(8.5, r.get(1).total(), 1e-12);
    }

    @Test
    void lowestLifecycleCost() {
        List<RankedBid> r = Ranking.rank(method("lowest-lifecycle-cost"), BOTH, TieBreak.LOWER_LIFECYCLE_COST);
        assertEquals(List.of("B", "A"), r.stream().map(RankedBid::bidId).toList());
        assertEquals(16, r.get(0).total(), 1e-12);
    }

    @Test
    void prozorroWeightedPriceRecordsItsDenominator() {
        List<RankedBid> r = Ranking.rank(method("weighted-price"), BOTH, TieBreak.LOWER_LIFECYCLE_COST);
        // F_max 0.15 + 0.15 = 0.3. A: ΣF = 0.15 × 0.8 + 0.15 × 0.6 = 0.21, denominator 1 + 0.21 / 0.7 = 1.3,
        // weighted price 20 / 1.3 = 15.385. B: ΣF = 0.15, denominator 1 + 0.15 / 0.7 = 1.2143, 16 / 1.2143 = 13.176.
        assertEquals("B", r.get(0).bidId());
        assertEquals(16 / (1 + 0.15 / 0.7), r.get(0).total(), 1e-12);
        RankedBid a = r.get(1);
        assertEquals(20 / 1.3, a.total(), 1e-12);
        assertEquals(1.3, a.audit().get("denominator"), 1e-12);
        assertEquals(0.21, a.audit().get("featureSum"), 1e-12);
        assertEquals(0.3, a.audit().get("maxFeatureSum"), 1e-12);
    }

    @Test
    void prozorroCapsNonPriceWeightAtThirtyPercent() {
        Toolkit tk = Fixtures.baseToolkit(Map.of("scoring.method", "weighted-price",
                "scoring.weightedPrice.maxFeature.efficiency", 0.2));
        String[] problem = EvaluationMethods.check(tk);
        assertEquals("scoring.weightedPrice.maxFeature", problem[0]);
        assertTrue(problem[1].contains("at most 0.3 in all, not 0.35"), problem[1]);
        assertNull(EvaluationMethods.check(Fixtures.baseToolkit(Map.of())));
        assertTrue(EvaluationMethods.check(Fixtures.baseToolkit(Map.of("scoring.method", "coin-toss")))[1]
                .contains("unsupported evaluation method 'coin-toss'"));
    }

    @Test
    void equalPrintedTotalsAreBrokenByTheToolkitsRuleAndSaySo() {
        Candidate c = candidate("C", 80, 60, 80, 30);
        Candidate d = candidate("D", 80, 60, 80, 25); // the same scores: the same weighted-sum total
        List<RankedBid> byCost = Ranking.rank(method("weighted-sum"), List.of(c, d), TieBreak.LOWER_LIFECYCLE_COST);
        assertEquals("D", byCost.get(0).bidId());
        assertTrue(byCost.get(0).tieBreak().contains("separated by lower-lifecycle-cost"), byCost.get(0).tieBreak());

        Candidate e = candidate("E", 80, 60, 80, 25);
        List<RankedBid> byId = Ranking.rank(method("weighted-sum"), List.of(e, d), TieBreak.HIGHER_EFFICIENCY_SCORE);
        assertEquals("D", byId.get(0).bidId());
        assertTrue(byId.get(0).tieBreak().contains("separated by bid id"), byId.get(0).tieBreak());
        assertNull(Ranking.rank(method("weighted-sum"), BOTH, TieBreak.LOWER_LIFECYCLE_COST).get(0).tieBreak());
    }

    @Test
    void aQualifiedBidWithoutAScoreIsAnError() {
        Candidate bare = new Candidate("X", Map.of(Criterion.EFFICIENCY, 50.0), 10);
        IllegalStateException ex = assertThrows(IllegalStateException.class,
                () -> Ranking.rank(method("weighted-sum"), List.of(bare), TieBreak.LOWER_LIFECYCLE_COST));
        assertTrue(ex.getMessage().contains("no stability score for bid X"), ex.getMessage());
    }
}
