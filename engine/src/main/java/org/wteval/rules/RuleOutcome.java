package org.wteval.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one rule session decided, in a stable order: its findings (indexed by subject once, so that looking up every
 * bid's findings stays linear in the number of bids), the qualified bids, and planning decisions
 * ({@link TariffDecision}, {@link OutputCapDecision}, {@link OwnershipDecision}, ...) sorted by their text.
 */
public final class RuleOutcome {

    private final List<Finding> findings;
    private final Set<String> qualifiedBids;
    private final List<PlanDecision> decisions;
    private final Map<String, List<Finding>> bySubject = new HashMap<>();

    private RuleOutcome(List<Finding> findings, Set<String> qualifiedBids, List<PlanDecision> decisions) {
        this.findings = findings;
        this.qualifiedBids = qualifiedBids;
        this.decisions = decisions;
        for (Finding f : findings) {
            bySubject.computeIfAbsent(f.subject(), s -> new ArrayList<>()).add(f);
        }
        bySubject.replaceAll((s, l) -> List.copyOf(l));
    }

    public List<Finding> findings() {
        return findings;
    }

    public Set<String> qualifiedBids() {
        return qualifiedBids;
    }

    public List<PlanDecision> decisions() {
        return decisions;
    }

    static RuleOutcome of(List<Finding> findings, List<Qualified> qualified, List<PlanDecision> decisions) {
        List<Finding> f = new ArrayList<>(findings);
        f.sort(null);
        Set<String> q = new TreeSet<>();
        qualified.forEach(x -> q.add(x.bidId()));
        List<PlanDecision> d = new ArrayList<>(decisions);
        d.sort(Comparator.comparing(PlanDecision::toString));
        return new RuleOutcome(List.copyOf(f), Collections.unmodifiableSet(q), List.copyOf(d));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleOutcome r && findings.equals(r.findings) && qualifiedBids.equals(r.qualifiedBids)
                && decisions.equals(r.decisions);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(findings, qualifiedBids, decisions);
    }

    @Override
    public String toString() {
        return "RuleOutcome[findings=" + findings + ", qualifiedBids=" + qualifiedBids + ", decisions=" + decisions
                + "]";
    }

    /** The findings about one bid, or about the tender ({@link Finding#TENDER}), in the outcome's order. */
    public List<Finding> findingsFor(String subject) {
        return bySubject.getOrDefault(subject, List.of());
    }

    /** This outcome's findings followed by another's, in one stable order. */
    public RuleOutcome withFindingsOf(RuleOutcome earlier) {
        List<Finding> all = new ArrayList<>(earlier.findings);
        all.addAll(findings);
        all.sort(null);
        return new RuleOutcome(List.copyOf(all), qualifiedBids, decisions);
    }
}
