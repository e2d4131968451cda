package org.wteval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.model.Param;
import org.wteval.model.Toolkit;

/** The toolkit's committee parameters: off without sub-criteria, and every inconsistency named by its key. */
class CommitteeSpecTest {

    private static Toolkit toolkit(Map<String, Object> values) {
        Map<String, Param> params = new TreeMap<>();
        values.forEach((k, v) -> params.put(k, new Param(k, v, "-", "committee spec test", "2026", Param.ASSUMED, "t")));
        return new Toolkit("t", "test", List.of("t"), new TreeMap<>(params));
    }

    private static Map<String, Object> valid() {
        Map<String, Object> v = new TreeMap<>();
        v.put("scoring.method", "weighted-sum");
        v.put("committee.subCriteria.omPlan.weight", 0.6);
        v.put("committee.subCriteria.omPlan.title", "O&M plan");
        v.put("committee.subCriteria.team.weight", 0.4);
        v.put("committee.scale.min", 0.0);
        v.put("committee.scale.max", 10.0);
        v.put("committee.aggregation", "median");
        v.put("committee.outlierMadMultiplier", 2.5);
        v.put("committee.technicalShare", 0.3);
        return v;
    }

    private static List<String> fields(Map<String, Object> values) {
        return CommitteeSpec.check(toolkit(values)).stream().map(p -> p[0]).toList();
    }

    @Test
    @DisplayName("without sub-criteria committee scoring is off and nothing is checked")
    void offWithoutSubCriteria() {
        Map<String, Object> v = Map.of("scoring.method", "lowest-lifecycle-cost", "committee.technicalShare", 0.5);
        assertFalse(CommitteeSpec.enabled(toolkit(v)));
        assertEquals(List.of(), fields(v));
        Map<String, Object> minimumAlone = new TreeMap<>(v);
        minimumAlone.put("committee.minTechnicalScore", 60.0);
        assertEquals(List.of(CommitteeSpec.MIN_TECHNICAL), fields(minimumAlone), "a minimum with nothing to test");
    }

    @Test
    @DisplayName("a valid spec reads back in key order, with no minimum")
    void validSpec() {
        assertEquals(List.of(), fields(valid()));
        CommitteeSpec s = CommitteeSpec.of(toolkit(valid()));
        assertEquals(Map.of("omPlan", 0.6, "team", 0.4), s.weights());
        assertEquals(List.of("omPlan", "team"), List.copyOf(s.weights().keySet()));
        assertFalse(s.hasMinimum());
        assertFalse(s.params().contains(CommitteeSpec.MAD_MULTIPLIER), "the median reads no outlier multiplier");
    }

    @Test
    @DisplayName("weights that do not sum to 1, an unknown aggregation and a share under a price method are named")
    void inconsistenciesAreNamed() {
        Map<String, Object> v = valid();
        v.put("committee.subCriteria.team.weight", 0.5);
        assertEquals(List.of(CommitteeSpec.SUB_CRITERIA), fields(v));

        v = valid();
        v.put("committee.aggregation", "trimmed-mean");
        v.put("scoring.method", "lowest-lifecycle-cost");
        v.put("committee.minTechnicalScore", 120.0);
        List<String> f = fields(v);
        assertTrue(f.containsAll(List.of(CommitteeSpec.AGGREGATION, CommitteeSpec.SHARE, CommitteeSpec.MIN_TECHNICAL)),
                f.toString());

        v = valid();
        v.put("scoring.method", "lowest-lifecycle-cost");
        v.put("committee.technicalShare", 0.0);
        assertEquals(List.of(), fields(v), "a gate-only committee works under any method");
    }
}
