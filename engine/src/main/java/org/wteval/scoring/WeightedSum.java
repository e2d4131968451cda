package org.wteval.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wteval.model.Criterion;
import org.wteval.model.Figure;

/** ADB merit-point style: {@code total = Σ_c weight_c × score_c} over the three criteria, 0..100. */
public record WeightedSum(Map<Criterion, Figure> weights) implements EvaluationMethod {

    public static final String NAME = "weighted-sum";

    public WeightedSum {
        // An EnumMap keeps the criteria in their declared order, which sums and formulas follow.
        weights = Collections.unmodifiableMap(new EnumMap<>(weights));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String formula() {
        StringBuilder s = new StringBuilder("total = ");
        for (Criterion c : Criterion.values()) {
            s.append(c.ordinal() == 0 ? "" : " + ").append(weights.get(c).value()).append(" × ").append(c.key());
        }
        return s.append(" (scores 0..100)").toString();
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public String unit() {
        return "points (0..100)";
    }

    @Override
    public Result total(Candidate bid, List<Candidate> all) {
        Map<String, Double> audit = new LinkedHashMap<>();
        for (Criterion c : Criterion.values()) {
            audit.put(c.key() + "Weighted", weights.get(c).value() * bid.score(c));
        }
        return new Result(total(weightVector(), bid.scoreVector(), bid.price(), Double.NaN), audit);
    }

    @Override
    public double total(double[] weights, double[] scores, double price, double lowestPrice) {
        double total = 0;
        for (int c = 0; c < scores.length; c++) {
            total += weights[c] * scores[c];
        }
        return total;
    }

    @Override
    public double[] weightVector() {
        return EvaluationMethod.values(weights);
    }
}
