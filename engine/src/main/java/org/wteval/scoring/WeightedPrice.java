package org.wteval.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wteval.model.Criterion;

/**
 * Prozorro (Ukraine) weighted price: {@code price / (1 + ΣF / (1 − ΣF_max))}, where each non-price feature's value
 * is {@code F_q = F_max,q × score_q / 100} and {@code ΣF_max} is capped at 0.3. The denominator is recorded so the
 * weighted price can be audited. The lowest weighted price wins.
 */
public record WeightedPrice(Map<Criterion, Double> maxFeature, String currency) implements EvaluationMethod {

    public static final String NAME = "weighted-price";
    /** Prozorro's cap on the total weight of non-price features. */
    public static final double MAX_FEATURE_SUM = 0.3;

    public WeightedPrice {
        // An EnumMap keeps the criteria in their declared order, which sums and formulas follow.
        maxFeature = Collections.unmodifiableMap(new EnumMap<>(maxFeature));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String formula() {
        return "total = price / (1 + ΣF / (1 − ΣF_max)); F_q = F_max,q × score_q / 100; F_max: efficiency "
                + maxFeature.get(Criterion.EFFICIENCY) + ", stability " + maxFeature.get(Criterion.STABILITY);
    }

    @Override
    public boolean higherIsBetter() {
        return false;
    }

    @Override
    public String unit() {
        return currency + "/t (real, weighted)";
    }

    @Override
    public Result total(Candidate bid, List<Candidate> all) {
        double[] scores = bid.scoreVector();
        Map<String, Double> audit = new LinkedHashMap<>();
        audit.put("price", bid.price());
        audit.put("featureSum", featureSum(scores));
        audit.put("maxFeatureSum", maxFeatureSum());
        audit.put("denominator", denominator(scores));
        return new Result(total(weightVector(), scores, bid.price(), Double.NaN), audit);
    }

    @Override
    public double total(double[] weights, double[] scores, double price, double lowestPrice) {
        return price / denominator(scores);
    }

    /** The features' own maxima weigh them, so criterion weights play no part. */
    @Override
    public double[] weightVector() {
        return new double[Criterion.values().length];
    }

    /** {@code 1 + ΣF / (1 − ΣF_max)}. */
    private double denominator(double[] scores) {
        return 1 + featureSum(scores) / (1 - maxFeatureSum());
    }

    /** {@code ΣF = Σ_q F_max,q × score_q / 100}, in criterion order. */
    private double featureSum(double[] scores) {
        double sumF = 0;
        for (Map.Entry<Criterion, Double> f : maxFeature.entrySet()) {
            sumF += f.getValue() * scores[f.getKey().ordinal()] / 100;
        }
        return sumF;
    }

    private double maxFeatureSum() {
        double sumMax = 0;
        for (double m : maxFeature.values()) {
            sumMax += m;
        }
        return sumMax;
    }
}
