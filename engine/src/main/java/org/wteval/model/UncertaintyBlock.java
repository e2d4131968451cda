package org.wteval.model;

/**
 * The {@code uncertainty} block of a tender or a toolkit layer as written: a distribution for any of the
 * {@link UncertainVariable}s, each optional, and an optional correlation between them. A tender's block overrides
 * the toolkit's variable by variable, and a later toolkit layer overrides an earlier one the same way; a
 * correlation is replaced whole.
 */
public record UncertaintyBlock(Distribution inflationShift, Distribution discountRateRealShift,
                               Distribution tonnageGrowthShift, Distribution lhvShiftMjPerKg,
                               Distribution electricityPrice, Distribution alternativeDisposalCost,
                               Distribution capexOverrun, Distribution omOverrun, Correlation correlation) {

    /** The distribution the block declares for {@code v}, or {@code null}. */
    public Distribution of(UncertainVariable v) {
        return switch (v) {
            case INFLATION_SHIFT -> inflationShift;
            case DISCOUNT_RATE_REAL_SHIFT -> discountRateRealShift;
            case TONNAGE_GROWTH_SHIFT -> tonnageGrowthShift;
            case LHV_SHIFT -> lhvShiftMjPerKg;
            case ELECTRICITY_PRICE -> electricityPrice;
            case ALTERNATIVE_DISPOSAL_COST -> alternativeDisposalCost;
            case CAPEX_OVERRUN -> capexOverrun;
            case OM_OVERRUN -> omOverrun;
        };
    }

    /**
     * The uncertainty block of one toolkit layer.
     *
     * @param layer the toolkit id whose file declares it (e.g. {@code base})
     */
    public record Layer(String layer, UncertaintyBlock block) {
    }
}
