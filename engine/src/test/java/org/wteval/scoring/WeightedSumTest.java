package org.wteval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wteval.model.Criterion;
import org.wteval.model.Figure;
import org.wteval.rules.CriterionScore;

class WeightedSumTest {

    private static final Map<Criterion, Figure> WEIGHTS = weights(0.3, 0.3, 0.4);

    private static Map<Criterion, Figure> weights(double e, double s, double l) {
        Map<Criterion, Figure> w = new EnumMap<>(Criterion.class);
        w.put(Criterion.EFFICIENCY, Figure.input("efficiencyWeight", e, "fraction", "test"));
        w.put(Criterion.STABILITY, Figure.input("stabilityWeight", s, "fraction", "test"));
        w.put(Criterion.LIFECYCLE, Figure.input("lifecycleWeight", l, "fraction", "test"));
        return w;
    }

    private static void score(List<CriterionScore> out, String bid, double eff, double stab, double life) {
        out.add(new CriterionScore(bid, Criterion.EFFICIENCY, eff, 0, "", "linear", "", "R", "", List.of()));
        out.add(new CriterionScore(bid, Criterion.STABILITY, stab, 0, "", "linear", "", "R", "", List.of()));
        out.add(new CriterionScore(bid, Criterion.LIFECYCLE, life, 0, "", "relative-to-best", "", "R", "", List.of()));
    }

    @Test
    void totalIsTheWeightedSumOfCriterionScores() {
        List<CriterionScore> s = new ArrayList<>();
        score(s, "A", 50, 80, 100); // 0.3 × 50 + 0.3 × 80 + 0.4 × 100 = 15 + 24 + 40 = 79
        score(s, "B", 90, 100, 60); // 27 + 30 + 24 = 81
        List<RankedBid> r = WeightedSum.rank(List.of("A", "B"), s, WEIGHTS, WeightedSum.LOWER_LIFECYCLE_COST,
                Map.of("A", 10.0, "B", 20.0));
        assertEquals("B", r.get(0).bidId());
        assertEquals(81, r.get(0).total(), 1e-12);
        assertEquals(79, r.get(1).total(), 1e-12);
        assertEquals(24, r.get(0).weighted().get(Criterion.LIFECYCLE), 1e-12);
        assertEquals(2, r.get(1).rank());
        assertNull(r.get(0).tieBreak());
    }

    @Test
    void equalRoundedTotalsAreBrokenByTheToolkitsRuleAndSaySo() {
        List<CriterionScore> s = new ArrayList<>();
        score(s, "A", 50, 80, 100); // 79.000
        score(s, "B", 50, 80, 99.99); // 78.996 → 79.00 at two decimals: a tie a committee would see
        List<RankedBid> byCost = WeightedSum.rank(List.of("A", "B"), s, WEIGHTS, WeightedSum.LOWER_LIFECYCLE_COST,
                Map.of("A", 30.0, "B", 20.0));
        assertEquals("B", byCost.get(0).bidId()); // lower lifecycle cost wins the tie
        assertTrue(byCost.get(0).tieBreak().contains("separated by lower-lifecycle-cost"), byCost.get(0).tieBreak());

        List<CriterionScore> same = new ArrayList<>();
        score(same, "B", 50, 80, 100);
        score(same, "A", 50, 80, 100);
        List<RankedBid> byId = WeightedSum.rank(List.of("B", "A"), same, WEIGHTS, WeightedSum.HIGHER_EFFICIENCY,
                Map.of("A", 1.0, "B", 1.0));
        assertEquals("A", byId.get(0).bidId()); // identical on everything: bid id, and the report says so
        assertTrue(byId.get(0).tieBreak().contains("separated by bid id"), byId.get(0).tieBreak());
    }

    @Test
    void aQualifiedBidWithoutAScoreIsAnError() {
        List<CriterionScore> s = new ArrayList<>();
        s.add(new CriterionScore("A", Criterion.EFFICIENCY, 50, 0, "", "linear", "", "R", "", List.of()));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WeightedSum.rank(List.of("A"), s,
                WEIGHTS, WeightedSum.LOWER_LIFECYCLE_COST, Map.of("A", 1.0)));
        assertTrue(e.getMessage().contains("no rule scored stability for bid A"), e.getMessage());
    }
}
