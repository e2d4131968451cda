package org.wteval.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wteval.calc.RevenuePlan;
import org.wteval.model.Figure;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.ResolvedTender;

/** Turns the planning session's decisions into one {@link RevenuePlan} per bid. */
public final class Plans {

    private Plans() {
    }

    public static Map<String, RevenuePlan> of(ResolvedTender t, List<ResolvedBid> bids, RuleOutcome planning) {
        List<String> owners = new ArrayList<>();
        for (Record d : planning.decisions()) {
            if (d instanceof OwnershipDecision o) {
                owners.add(o.ruleId());
            }
        }
        Map<String, RevenuePlan> plans = new LinkedHashMap<>();
        for (ResolvedBid b : bids) {
            TariffDecision tariff = null;
            OutputCapDecision cap = null;
            for (Record d : planning.decisions()) {
                if (d instanceof TariffDecision td && td.bidId().equals(b.id())) {
                    tariff = only(tariff, td, b.id());
                } else if (d instanceof OutputCapDecision oc && oc.bidId().equals(b.id())) {
                    cap = only(cap, oc, b.id());
                }
            }
            List<String> decidedBy = new ArrayList<>(owners);
            if (tariff != null) {
                decidedBy.add(tariff.ruleId());
            }
            if (cap != null) {
                decidedBy.add(cap.ruleId());
            }
            // Under DBO the authority sells the power: the tender's value of a MWh, where it states one, replaces
            // each bidder's own assumption, which would otherwise lower that bidder's evaluated cost.
            Double authorityValue = t.tender().contract().electricityValuePerMwh();
            boolean tenderValue = tariff == null && !owners.isEmpty() && authorityValue != null;
            Figure price = tariff != null ? figure(t, tariff)
                    : tenderValue ? t.input("electricityValuePerMwh", authorityValue, t.currency() + "/MWh",
                            "contract.electricityValuePerMwh") : b.electricityTariffPerMwh();
            plans.put(b.id(), new RevenuePlan(price, tariff != null || tenderValue,
                    tariff == null ? 0 : tariff.premiumPerMwh(),
                    tariff == null ? 0 : tariff.premiumYears(), cap == null ? List.of() : cap.plantLoadFactors(),
                    !owners.isEmpty(), decidedBy));
        }
        return plans;
    }

    private static <T> T only(T already, T next, String bidId) {
        if (already != null) {
            throw new IllegalStateException("two planning rules decided the same thing for bid " + bidId + ": "
                    + already + " and " + next);
        }
        return next;
    }

    private static Figure figure(ResolvedTender t, TariffDecision d) {
        Figure[] params = d.params().stream().map(t::param).toArray(Figure[]::new);
        return Figure.decided("regulatedTariffPerMwh", d.perMwh(), t.currency() + "/MWh", d.ruleId(), d.formula(),
                params);
    }
}
