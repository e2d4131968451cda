package org.wteval.robust;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.wteval.model.Correlation;
import org.wteval.model.Distribution;
import org.wteval.model.UncertainVariable;
import org.wteval.model.UncertaintyBlock;

/** Uncertainty blocks written in tests. */
final class UncertaintyBlocks {

    static final String SOURCE = "test";

    private UncertaintyBlocks() {
    }

    static Distribution fixed(double value) {
        return new Distribution("fixed", value, null, null, null, null, null, null, null, SOURCE, null, null);
    }

    static Distribution normal(double mean, double sd) {
        return new Distribution("normal", null, mean, sd, null, null, null, null, null, SOURCE, null, null);
    }

    static Distribution normal(double mean, double sd, Double min, Double max) {
        return new Distribution("normal", null, mean, sd, null, null, min, null, max, SOURCE, null, null);
    }

    static Distribution lognormal(double median, double logSd) {
        return new Distribution("lognormal", null, null, null, median, logSd, null, null, null, SOURCE, null, null);
    }

    static Distribution uniform(double min, double max) {
        return new Distribution("uniform", null, null, null, null, null, min, null, max, SOURCE, null, null);
    }

    static Distribution triangular(double min, double mode, double max) {
        return new Distribution("triangular", null, null, null, null, null, min, mode, max, SOURCE, null, null);
    }

    static Correlation correlation(List<String> variables, double[][] matrix) {
        return new Correlation(variables,
                java.util.Arrays.stream(matrix).map(r -> java.util.Arrays.stream(r).boxed().toList()).toList());
    }

    static UncertaintyBlock block(Map<UncertainVariable, Distribution> d, Correlation c) {
        Map<UncertainVariable, Distribution> m = new EnumMap<>(UncertainVariable.class);
        m.putAll(d);
        return new UncertaintyBlock(m.get(UncertainVariable.INFLATION_SHIFT),
                m.get(UncertainVariable.DISCOUNT_RATE_REAL_SHIFT), m.get(UncertainVariable.TONNAGE_GROWTH_SHIFT),
                m.get(UncertainVariable.LHV_SHIFT), m.get(UncertainVariable.ELECTRICITY_PRICE),
                m.get(UncertainVariable.ALTERNATIVE_DISPOSAL_COST), m.get(UncertainVariable.CAPEX_OVERRUN),
                m.get(UncertainVariable.OM_OVERRUN), c);
    }
}
