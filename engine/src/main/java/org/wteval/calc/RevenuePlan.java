package org.wteval.calc;

import java.util.List;
import org.wteval.model.Figure;

/**
 * What the planning rules decided about a bid's revenue, as plain data the lifecycle calculator applies: the
 * tariff that regulation sets (or the bid's own assumption when none does), any cap on the generation a regulator
 * recognises year by year, and whether the authority owns the plant (DBO), so that electricity revenue and capex
 * fall on the public side.
 *
 * @param tariffPerMwh the tariff in the first operating year, in the evaluation currency, explained
 * @param regulated true when a rule set the tariff; then it is flat in nominal terms (a FiT), else the bid's
 *     indexation applies
 * @param premiumPerMwh an addition to the tariff during the first {@code premiumYears} operating years
 * @param plantLoadFactorCaps the highest plant load factor recognised in operating year {@code k} (index
 *     {@code k − 1}; the last value holds for later years); empty for no cap
 * @param authorityOwns the authority owns the plant (DBO): it pays the capex and keeps the electricity revenue
 * @param decidedBy the rule ids behind this plan, for the report
 * @param jcmSubsidyCapTier the JCM subsidy-cap tier, a key under {@code jcm.subsidyCap.}; null when the bid requests
 *     no JCM subsidy
 * @param jcmSubsidyCapRule the planning rule that chose {@code jcmSubsidyCapTier}; null with it
 * @param priceIndexedAtInflation the decided price is a value in base-year money (the tender's DBO value of power),
 *     so it rises with inflation like every other base-year price; false for a FiT, flat in nominal terms
 * @param noGateFeeRule the planning rule that decided the authority pays no gate fee (the regime has none), so the
 *     fee the bid asked counts nowhere; {@code null} when the bid's own gate fee is paid
 */
public record RevenuePlan(Figure tariffPerMwh, boolean regulated, double premiumPerMwh, int premiumYears,
                          List<Double> plantLoadFactorCaps, boolean authorityOwns, List<String> decidedBy,
                          String jcmSubsidyCapTier, String jcmSubsidyCapRule, boolean priceIndexedAtInflation,
                          String noGateFeeRule) {

    public RevenuePlan {
        plantLoadFactorCaps = List.copyOf(plantLoadFactorCaps);
        decidedBy = List.copyOf(decidedBy);
    }

    /** A plan whose decided price, if any, is a nominal tariff. */
    public RevenuePlan(Figure tariffPerMwh, boolean regulated, double premiumPerMwh, int premiumYears,
                       List<Double> plantLoadFactorCaps, boolean authorityOwns, List<String> decidedBy,
                       String jcmSubsidyCapTier, String jcmSubsidyCapRule) {
        this(tariffPerMwh, regulated, premiumPerMwh, premiumYears, plantLoadFactorCaps, authorityOwns, decidedBy,
                jcmSubsidyCapTier, jcmSubsidyCapRule, false, null);
    }

    /** A plan for a bid that requests no JCM subsidy. */
    public RevenuePlan(Figure tariffPerMwh, boolean regulated, double premiumPerMwh, int premiumYears,
                       List<Double> plantLoadFactorCaps, boolean authorityOwns, List<String> decidedBy) {
        this(tariffPerMwh, regulated, premiumPerMwh, premiumYears, plantLoadFactorCaps, authorityOwns, decidedBy, null,
                null);
    }

    /** No rule decided anything: the bid's own tariff assumption, no cap, private ownership. */
    public static RevenuePlan bidAssumed(Figure bidTariff) {
        return new RevenuePlan(bidTariff, false, 0, 0, List.of(), false, List.of());
    }

    /**
     * The gate fee the authority pays per tonne in the base year: the bid's own, or nothing when a rule decided the
     * regime pays none (then a figure naming that rule, so every fee flow explains why it is zero).
     */
    public Figure gateFeePerTonne(Figure bidGateFee) {
        return noGateFeeRule == null ? bidGateFee
                : Figure.decided(bidGateFee.name(), 0, bidGateFee.unit(), noGateFeeRule,
                        "0, the regime pays no gate fee; the fee the bid asked (the input) is not counted",
                        bidGateFee);
    }

    /** The recognised plant load factor in operating year {@code k} (1-based), or 1 when uncapped. */
    public double plantLoadFactorCap(int k) {
        if (plantLoadFactorCaps.isEmpty()) {
            return 1;
        }
        return plantLoadFactorCaps.get(Math.min(k, plantLoadFactorCaps.size()) - 1);
    }
}
