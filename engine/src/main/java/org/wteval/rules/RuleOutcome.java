package org.wteval.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What one rule session decided, in a stable order. */
public record RuleOutcome(List<Finding> findings, List<CriterionScore> scores, Set<String> qualifiedBids) {

    static RuleOutcome of(List<Finding> findings, List<CriterionScore> scores, List<Qualified> qualified) {
        List<Finding> f = new ArrayList<>(findings);
        f.sort(null);
        List<CriterionScore> s = new ArrayList<>(scores);
        s.sort(Comparator.comparing(CriterionScore::bidId).thenComparing(CriterionScore::criterion)
                .thenComparing(CriterionScore::ruleId));
        Set<String> q = new TreeSet<>();
        qualified.forEach(x -> q.add(x.bidId()));
        return new RuleOutcome(List.copyOf(f), List.copyOf(s), java.util.Collections.unmodifiableSet(q));
    }

    public List<Finding> findingsFor(String subject) {
        return findings.stream().filter(x -> x.subject().equals(subject)).toList();
    }
}
