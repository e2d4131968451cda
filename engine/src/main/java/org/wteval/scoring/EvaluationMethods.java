package org.wteval.scoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.wteval.model.Criterion;
import org.wteval.model.Figure;
import org.wteval.model.Toolkit;

/** Builds the evaluation method a toolkit names in {@code scoring.method}, from the toolkit's parameters. */
public final class EvaluationMethods {

    public static final List<String> NAMES = List.of(WeightedSum.NAME, TechnicalPricePoints.NAME,
            QualityPerPrice.NAME, LowestLifecycleCost.NAME, WeightedPrice.NAME);

    private static final String WEIGHTED_PRICE_MAX = "scoring.weightedPrice.maxFeature.";

    private EvaluationMethods() {
    }

    /** Why the toolkit's method cannot be built, as {@code {field, reason}}, or {@code null} if it can. */
    public static String[] check(Toolkit tk) {
        String name = tk.text("scoring.method");
        if (!NAMES.contains(name)) {
            return new String[] {"scoring.method", "unsupported evaluation method '" + name + "'; supported: "
                    + String.join(", ", NAMES)};
        }
        if (name.equals(WeightedPrice.NAME)) {
            double sum = tk.number(WEIGHTED_PRICE_MAX + "efficiency") + tk.number(WEIGHTED_PRICE_MAX + "stability");
            if (sum > WeightedPrice.MAX_FEATURE_SUM + 1e-12) {
                return new String[] {"scoring.weightedPrice.maxFeature", "non-price features may weigh at most "
                        + WeightedPrice.MAX_FEATURE_SUM + " in all, not " + sum};
            }
        }
        return null;
    }

    /** The toolkit parameters the named method reads, for the report's list of parameters used. */
    public static List<String> paramKeys(String name) {
        return switch (name) {
            case TechnicalPricePoints.NAME -> List.of("scoring.points.technical", "scoring.points.price");
            case QualityPerPrice.NAME -> List.of("scoring.qualityPerPrice.basePoints");
            case WeightedPrice.NAME -> List.of(WEIGHTED_PRICE_MAX + "efficiency", WEIGHTED_PRICE_MAX + "stability");
            default -> List.of();
        };
    }

    /** The method of toolkit {@code tk} with the tender's effective weights. */
    public static EvaluationMethod of(Toolkit tk, Map<Criterion, Figure> weights, String currency) {
        return switch (tk.text("scoring.method")) {
            case WeightedSum.NAME -> new WeightedSum(weights);
            case TechnicalPricePoints.NAME -> new TechnicalPricePoints(weights,
                    tk.number("scoring.points.technical"), tk.number("scoring.points.price"));
            case QualityPerPrice.NAME -> new QualityPerPrice(weights, tk.number("scoring.qualityPerPrice.basePoints"));
            case LowestLifecycleCost.NAME -> new LowestLifecycleCost(currency);
            case WeightedPrice.NAME -> {
                Map<Criterion, Double> max = new EnumMap<>(Criterion.class);
                max.put(Criterion.EFFICIENCY, tk.number(WEIGHTED_PRICE_MAX + "efficiency"));
                max.put(Criterion.STABILITY, tk.number(WEIGHTED_PRICE_MAX + "stability"));
                yield new WeightedPrice(max, currency);
            }
            default -> throw new IllegalStateException("unchecked method " + tk.text("scoring.method"));
        };
    }
}
