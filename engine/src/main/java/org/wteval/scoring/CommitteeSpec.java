package org.wteval.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.wteval.model.Param;
import org.wteval.model.Toolkit;

/**
 * How the toolkit says a committee scores the technical proposals ({@code committee.*}): the sub-criteria with
 * their weights, the scale, how the evaluators' scores are combined, the outlier multiplier, the minimum
 * technical score and the technical score's share of a weighted-sum total. Committee scoring is on when the
 * toolkit declares at least one sub-criterion ({@code committee.subCriteria.<key>.weight}); base declares none.
 *
 * @param weights sub-criterion weights by key, in key order, summing to 1
 * @param minTechnicalScore points (0..100) a bid needs to be ranked; NaN when the toolkit sets none
 * @param technicalShare the share of a weighted-sum total the technical score carries; 0 makes it a gate only
 */
public record CommitteeSpec(Map<String, Double> weights, double scaleMin, double scaleMax, String aggregation,
                            double madMultiplier, double minTechnicalScore, double technicalShare) {

    public static final String PREFIX = "committee.";
    public static final String SUB_CRITERIA = "committee.subCriteria";
    public static final String SCALE_MIN = "committee.scale.min";
    public static final String SCALE_MAX = "committee.scale.max";
    public static final String AGGREGATION = "committee.aggregation";
    public static final String MAD_MULTIPLIER = "committee.outlierMadMultiplier";
    public static final String MIN_TECHNICAL = "committee.minTechnicalScore";
    public static final String SHARE = "committee.technicalShare";

    public static final String MEAN = "mean";
    public static final String MEDIAN = "median";
    public static final String MEAN_WITHOUT_OUTLIERS = "mean-without-outliers";
    public static final List<String> AGGREGATIONS = List.of(MEAN, MEDIAN, MEAN_WITHOUT_OUTLIERS);

    public CommitteeSpec {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    /** Whether toolkit {@code tk} has its technical proposals scored by a committee. */
    public static boolean enabled(Toolkit tk) {
        return !tk.section(SUB_CRITERIA).isEmpty();
    }

    /** The committee spec of a toolkit that passed {@link #check} with committee scoring on. */
    public static CommitteeSpec of(Toolkit tk) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Map.Entry<String, Param> e : tk.section(SUB_CRITERIA).entrySet()) {
            if (e.getKey().endsWith(".weight")) {
                weights.put(e.getKey().substring(0, e.getKey().length() - ".weight".length()),
                        e.getValue().number());
            }
        }
        return new CommitteeSpec(weights, tk.number(SCALE_MIN), tk.number(SCALE_MAX), tk.text(AGGREGATION),
                tk.number(MAD_MULTIPLIER), tk.has(MIN_TECHNICAL) ? tk.number(MIN_TECHNICAL) : Double.NaN,
                tk.number(SHARE));
    }

    /** Whether a technical score below a minimum keeps a bid from being ranked. */
    public boolean hasMinimum() {
        return !Double.isNaN(minTechnicalScore);
    }

    /** The toolkit keys a technical score rests on, for the report's list of parameters used. */
    public List<String> params() {
        List<String> keys = new ArrayList<>();
        weights.keySet().forEach(k -> keys.add(SUB_CRITERIA + "." + k + ".weight"));
        keys.addAll(List.of(SCALE_MIN, SCALE_MAX, AGGREGATION, SHARE));
        if (aggregation.equals(MEAN_WITHOUT_OUTLIERS)) {
            keys.add(MAD_MULTIPLIER);
        }
        if (hasMinimum()) {
            keys.add(MIN_TECHNICAL);
        }
        return keys;
    }

    /**
     * Why the toolkit's committee scoring cannot work, each as {@code {field, reason}}; empty when it can or when it
     * is off.
     */
    public static List<String[]> check(Toolkit tk) {
        List<String[]> problems = new ArrayList<>();
        SortedMap<String, Param> sub = tk.section(SUB_CRITERIA);
        if (sub.isEmpty()) {
            if (tk.has(MIN_TECHNICAL)) {
                // Without sub-criteria no bid has a technical score, so a minimum would silently test nothing.
                problems.add(new String[] {MIN_TECHNICAL, "a minimum technical score needs technical sub-criteria ("
                        + SUB_CRITERIA + ") for a committee to score"});
            }
            return problems;
        }
        double sum = 0;
        for (Map.Entry<String, Param> e : sub.entrySet()) {
            String key = e.getKey();
            if (!key.endsWith(".weight") && !key.endsWith(".title")) {
                problems.add(new String[] {SUB_CRITERIA + "." + key, "a sub-criterion has a weight and a title only"});
            } else if (key.endsWith(".weight")) {
                if (!e.getValue().numeric() || e.getValue().number() <= 0) {
                    problems.add(new String[] {SUB_CRITERIA + "." + key, "a sub-criterion weight is a number above 0"});
                } else {
                    sum += e.getValue().number();
                }
            }
        }
        if (problems.isEmpty() && Math.abs(sum - 1) > 1e-9) {
            problems.add(new String[] {SUB_CRITERIA, "sub-criterion weights sum to " + sum + ", not 1"});
        }
        for (String key : List.of(SCALE_MIN, SCALE_MAX, MAD_MULTIPLIER, SHARE)) {
            if (!tk.has(key) || !tk.param(key).numeric()) {
                problems.add(new String[] {key, "committee scoring needs a number here"});
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (tk.number(SCALE_MAX) <= tk.number(SCALE_MIN)) {
            problems.add(new String[] {SCALE_MAX, "the scale's maximum must lie above its minimum"});
        }
        if (!tk.has(AGGREGATION) || !AGGREGATIONS.contains(tk.text(AGGREGATION))) {
            problems.add(new String[] {AGGREGATION, "unknown aggregation; known: " + String.join(", ", AGGREGATIONS)});
        }
        if (tk.number(MAD_MULTIPLIER) <= 0) {
            problems.add(new String[] {MAD_MULTIPLIER, "the MAD multiplier must be above 0"});
        }
        double share = tk.number(SHARE);
        if (share < 0 || share >= 1) {
            problems.add(new String[] {SHARE, "the technical share must lie in [0, 1)"});
        } else if (share > 0 && !WeightedSum.NAME.equals(tk.text("scoring.method"))) {
            // Other methods price or split points their own way; there the technical score is a gate only.
            problems.add(new String[] {SHARE, "a technical share of the total is defined for " + WeightedSum.NAME
                    + " only; under " + tk.text("scoring.method") + " set it to 0 and use the minimum score"});
        }
        if (tk.has(MIN_TECHNICAL) && (!tk.param(MIN_TECHNICAL).numeric() || tk.number(MIN_TECHNICAL) < 0
                || tk.number(MIN_TECHNICAL) > 100)) {
            problems.add(new String[] {MIN_TECHNICAL, "the minimum technical score is a number of points in 0..100"});
        }
        return problems;
    }
}
