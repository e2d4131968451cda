package org.wteval.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wteval.model.Criterion;

/** EU "lowest cost" award: the qualified bid with the lowest evaluated lifecycle cost wins; quality only qualifies. */
record LowestLifecycleCost(String currency) implements EvaluationMethod {

    static final String NAME = "lowest-lifecycle-cost";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String formula() {
        return "total = authority's real lifecycle cost per tonne delivered; lowest wins";
    }

    @Override
    public boolean higherIsBetter() {
        return false;
    }

    @Override
    public String unit() {
        return currency + "/t (real)";
    }

    @Override
    public Result total(Candidate bid, List<Candidate> all) {
        Map<String, Double> audit = new LinkedHashMap<>();
        audit.put("price", bid.price());
        return new Result(total(weightVector(), bid.scoreVector(), bid.price(), Double.NaN), audit);
    }

    @Override
    public double total(double[] weights, double[] scores, double price, double lowestPrice) {
        return price;
    }

    /** Quality only qualifies under this method, so nothing weighs it. */
    @Override
    public double[] weightVector() {
        return new double[Criterion.values().length];
    }
}
