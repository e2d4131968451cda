package org.wteval.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one rule session decided, in a stable order.
 *
 * @param decisions planning decisions ({@link TariffDecision}, {@link OutputCapDecision},
 *     {@link OwnershipDecision}), in the order the session returned them sorted by their text
 */
public record RuleOutcome(List<Finding> findings, Set<String> qualifiedBids, List<PlanDecision> decisions) {

    static RuleOutcome of(List<Finding> findings, List<Qualified> qualified, List<PlanDecision> decisions) {
        List<Finding> f = new ArrayList<>(findings);
        f.sort(null);
        Set<String> q = new TreeSet<>();
        qualified.forEach(x -> q.add(x.bidId()));
        List<PlanDecision> d = new ArrayList<>(decisions);
        d.sort(Comparator.comparing(PlanDecision::toString));
        return new RuleOutcome(List.copyOf(f), Collections.unmodifiableSet(q), List.copyOf(d));
    }

    public List<Finding> findingsFor(String subject) {
        return findings.stream().filter(x -> x.subject().equals(subject)).toList();
    }

    /** This outcome's findings followed by another's, in one stable order. */
    public RuleOutcome withFindingsOf(RuleOutcome earlier) {
        List<Finding> all = new ArrayList<>(earlier.findings);
        all.addAll(findings);
        all.sort(null);
        return new RuleOutcome(List.copyOf(all), qualifiedBids, decisions);
    }
}
