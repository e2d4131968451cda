package org.wteval.rules;

/**
 * A rule's catalogue entry, read from its DRL metadata.
 *
 * @param stage the folder under {@code rules/} (eligibility, compliance, scoring, ...)
 * @param country toolkit id the rule belongs to, or {@code all}
 */
public record RuleInfo(String id, String stage, String severity, String country, String clause, String meaning,
                       String file) implements Comparable<RuleInfo> {

    @Override
    public int compareTo(RuleInfo o) {
        int c = stage.compareTo(o.stage);
        return c != 0 ? c : id.compareTo(o.id);
    }
}
