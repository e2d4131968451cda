package org.wteval.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wteval.calc.RevenuePlan;
import org.wteval.model.Figure;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.ResolvedTender;

/** Turns the planning session's decisions into one {@link RevenuePlan} per bid; it applies them, never makes them. */
public final class Plans {

    private Plans() {
    }

    public static Map<String, RevenuePlan> of(ResolvedTender t, List<ResolvedBid> bids, RuleOutcome planning) {
        List<String> owners = new ArrayList<>();
        for (PlanDecision d : planning.decisions()) {
            if (d instanceof OwnershipDecision o) {
                owners.add(o.ruleId());
            }
        }
        Map<String, List<PlanDecision>> byBid = new HashMap<>();
        for (PlanDecision d : planning.decisions()) {
            if (d.bidId() != null) {
                byBid.computeIfAbsent(d.bidId(), id -> new ArrayList<>()).add(d);
            }
        }
        Map<String, RevenuePlan> plans = new LinkedHashMap<>();
        for (ResolvedBid b : bids) {
            TariffDecision tariff = null;
            ElectricityValueDecision value = null;
            OutputCapDecision cap = null;
            JcmTierDecision jcm = null;
            NoGateFeeDecision noFee = null;
            for (PlanDecision d : byBid.getOrDefault(b.id(), List.of())) {
                if (d instanceof TariffDecision td && td.bidId().equals(b.id())) {
                    tariff = only(tariff, td, b.id());
                } else if (d instanceof ElectricityValueDecision ev && ev.bidId().equals(b.id())) {
                    value = only(value, ev, b.id());
                } else if (d instanceof OutputCapDecision oc && oc.bidId().equals(b.id())) {
                    cap = only(cap, oc, b.id());
                } else if (d instanceof JcmTierDecision jt && jt.bidId().equals(b.id())) {
                    jcm = only(jcm, jt, b.id());
                } else if (d instanceof NoGateFeeDecision nf && nf.bidId().equals(b.id())) {
                    noFee = only(noFee, nf, b.id());
                }
            }
            if (tariff != null && value != null) {
                only(tariff, value, b.id());
            }
            List<String> decidedBy = new ArrayList<>(owners);
            Figure price = b.electricityTariffPerMwh();
            if (tariff != null) {
                decidedBy.add(tariff.ruleId());
                price = figure(t, tariff);
            } else if (value != null) {
                decidedBy.add(value.ruleId());
                price = t.input("electricityValuePerMwh", value.perMwh(), t.currency() + "/MWh",
                        "contract.electricityValuePerMwh");
            }
            if (cap != null) {
                decidedBy.add(cap.ruleId());
            }
            if (noFee != null) {
                decidedBy.add(noFee.ruleId());
            }
            plans.put(b.id(), new RevenuePlan(price, tariff != null || value != null,
                    tariff == null ? 0 : tariff.premiumPerMwh(),
                    tariff == null ? 0 : tariff.premiumYears(), cap == null ? List.of() : cap.plantLoadFactors(),
                    !owners.isEmpty(), decidedBy, jcm == null ? null : jcm.tier(), jcm == null ? null : jcm.ruleId(),
                    tariff == null && value != null, noFee == null ? null : noFee.ruleId()));
        }
        return plans;
    }

    private static <T> T only(Object already, T next, String bidId) {
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
