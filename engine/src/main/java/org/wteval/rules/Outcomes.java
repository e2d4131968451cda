package org.wteval.rules;

import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.drools.model.Drools;
import org.kie.api.runtime.rule.RuleContext;
import org.wteval.model.Severity;

/**
 * Builds findings and decisions inside rule consequences, taking the id, severity and clause from the firing rule's
 * own metadata so that a DRL states each of them exactly once.
 */
public final class Outcomes {

    private Outcomes() {
    }

    /** A finding about a bid. */
    public static Finding bid(Drools drools, String bidId, String what, double measured, double threshold,
                              String unit, String... params) {
        return finding(drools, bidId, what, measured, threshold, unit, params);
    }

    /** A finding about the tender itself. */
    public static Finding tender(Drools drools, String what, double measured, double threshold, String unit,
                                 String... params) {
        return finding(drools, Finding.TENDER, what, measured, threshold, unit, params);
    }

    /** A regulated tariff for a bid. */
    public static TariffDecision tariff(Drools drools, String bidId, double perMwh, double premiumPerMwh,
                                        int premiumYears, String formula, String... params) {
        return new TariffDecision(bidId, rule(drools).getName(), perMwh, premiumPerMwh, premiumYears, formula,
                List.of(params));
    }

    /** A cap on the generation recognised, by operating year. */
    public static OutputCapDecision outputCap(Drools drools, String bidId, List<Double> plantLoadFactors,
                                              String... params) {
        return new OutputCapDecision(bidId, rule(drools).getName(), plantLoadFactors, List.of(params));
    }

    /** The tender's value of a MWh to the authority prices a bid's electricity. */
    public static ElectricityValueDecision electricityValue(Drools drools, String bidId, double perMwh) {
        return new ElectricityValueDecision(bidId, rule(drools).getName(), perMwh);
    }

    /** The JCM subsidy-cap tier for a bid, by its key under {@code jcm.subsidyCap.}. */
    public static JcmTierDecision jcmTier(Drools drools, String bidId, String tier) {
        return new JcmTierDecision(bidId, rule(drools).getName(), tier);
    }

    /** The authority pays the bid no gate fee. */
    public static NoGateFeeDecision noGateFee(Drools drools, String bidId, String... params) {
        return new NoGateFeeDecision(bidId, rule(drools).getName(), List.of(params));
    }

    /** The authority owns the plant. */
    public static OwnershipDecision authorityOwns(Drools drools) {
        return new OwnershipDecision(rule(drools).getName());
    }

    private static Finding finding(Drools drools, String subject, String what, double measured,
                                   double threshold, String unit, String[] params) {
        Rule r = rule(drools);
        // Some findings record an absence (no guarantee, no survey): then there is nothing measured to print.
        String message = Double.isNaN(measured)
                ? what + (Double.isNaN(threshold) ? "" : " (threshold " + Numbers.format(threshold) + " " + unit + ")")
                : what + ": " + Numbers.format(measured) + " " + unit + " against " + Numbers.format(threshold) + " "
                        + unit;
        return new Finding(r.getName(), Severity.valueOf(meta(r, "severity")), meta(r, "clause"), subject,
                message, measured, threshold, unit, List.of(params));
    }

    /** The firing rule: the executable model's {@link Drools} is also the rule context. */
    private static Rule rule(Drools drools) {
        return ((RuleContext) drools).getRule();
    }

    static String meta(Rule r, String key) {
        Map<String, Object> m = r.getMetaData();
        Object v = m.get(key);
        if (v == null) {
            throw new IllegalStateException("rule " + r.getName() + " lacks @" + key);
        }
        // Drools keeps the quotes of a metadata string literal.
        return String.valueOf(v).replaceAll("^\"|\"$", "");
    }
}
