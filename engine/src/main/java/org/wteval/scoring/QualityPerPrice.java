package org.wteval.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wteval.model.Criterion;
import org.wteval.model.Figure;

/**
 * Japanese comprehensive evaluation, division form: {@code total = (base points + quality score) / price}, the
 * quality obtained per unit of evaluated price. The base points keep a bid with a zero quality score comparable.
 */
public record QualityPerPrice(Map<Criterion, Figure> weights, double basePoints) implements EvaluationMethod {

    public static final String NAME = "quality-per-price";

    public QualityPerPrice {
        // An EnumMap keeps the criteria in their declared order, which sums and formulas follow.
        weights = Collections.unmodifiableMap(new EnumMap<>(weights));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String formula() {
        return "total = (" + basePoints + " + qualityScore) / price; qualityScore = weighted mean of efficiency and "
                + "stability scores";
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public String unit() {
        return "points per unit of price";
    }

    @Override
    public Result total(Candidate bid, List<Candidate> all) {
        double[] w = weightVector();
        double[] scores = bid.scoreVector();
        double quality = QualityScore.of(w, scores);
        Map<String, Double> audit = new LinkedHashMap<>();
        audit.put("qualityScore", quality);
        audit.put("points", basePoints + quality);
        audit.put("price", bid.price());
        return new Result(total(w, scores, bid.price(), Double.NaN), audit);
    }

    @Override
    public double total(double[] weights, double[] scores, double price, double lowestPrice) {
        return (basePoints + QualityScore.of(weights, scores)) / price;
    }

    @Override
    public double[] weightVector() {
        return EvaluationMethod.values(weights);
    }
}
