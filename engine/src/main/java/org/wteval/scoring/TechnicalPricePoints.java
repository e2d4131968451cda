package org.wteval.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wteval.model.Criterion;
import org.wteval.model.Figure;

/**
 * Japanese comprehensive evaluation, additive form (e.g. Tokyo's Meguro plant: technical 75, price 25 points):
 * {@code technical = T × Σ_q w_q s_q / (100 Σ_q w_q)} over the quality criteria (efficiency, stability) and
 * {@code price = P × lowest price / own price}; the total is their sum.
 */
public record TechnicalPricePoints(Map<Criterion, Figure> weights, double technicalPoints, double pricePoints)
        implements EvaluationMethod {

    public static final String NAME = "technical-price-points";

    public TechnicalPricePoints {
        // An EnumMap keeps the criteria in their declared order, which sums and formulas follow.
        weights = Collections.unmodifiableMap(new EnumMap<>(weights));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String formula() {
        return "total = " + technicalPoints + " × qualityScore / 100 + " + pricePoints
                + " × lowest price / price; qualityScore = weighted mean of efficiency and stability scores";
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public String unit() {
        return "points (0.." + (technicalPoints + pricePoints) + ")";
    }

    @Override
    public Result total(Candidate bid, List<Candidate> all) {
        double[] w = weightVector();
        double[] scores = bid.scoreVector();
        double quality = QualityScore.of(w, scores);
        double lowest = EvaluationMethod.lowestPrice(all);
        Map<String, Double> audit = new LinkedHashMap<>();
        audit.put("qualityScore", quality);
        audit.put("technicalPoints", technicalPoints * quality / 100);
        audit.put("lowestPrice", lowest);
        audit.put("pricePoints", pricePoints * lowest / bid.price());
        return new Result(total(w, scores, bid.price(), lowest), audit);
    }

    @Override
    public double total(double[] weights, double[] scores, double price, double lowestPrice) {
        double technical = technicalPoints * QualityScore.of(weights, scores) / 100;
        return technical + pricePoints * lowestPrice / price;
    }

    @Override
    public double[] weightVector() {
        return EvaluationMethod.values(weights);
    }
}
