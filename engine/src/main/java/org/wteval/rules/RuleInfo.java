package org.wteval.rules;

import java.util.List;
import java.util.Map;
import org.wteval.model.Param;

/**
 * A rule's catalogue entry, read from its DRL metadata.
 *
 * @param stage the folder under {@code rules/} (eligibility, compliance, scoring, ...)
 * @param country toolkit id the rule belongs to, or {@code all}
 * @param params the toolkit parameters its conditions match, in the order written
 */
public record RuleInfo(String id, String stage, String severity, String country, String clause, String meaning,
                       String file, List<ParamCondition> params) implements Comparable<RuleInfo> {

    public RuleInfo {
        params = List.copyOf(params);
    }

    /**
     * Whether a toolkit gives the rule what it needs to fire: every parameter it matches, with the value it requires
     * where it requires one. A rule that does not apply under a toolkit cannot fire under it whatever the case.
     */
    public boolean appliesUnder(Map<String, Param> toolkit) {
        for (ParamCondition c : params) {
            Param p = toolkit.get(c.key());
            if (p == null || c.value() != null && !c.value().equals(p.text())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(RuleInfo o) {
        int c = stage.compareTo(o.stage);
        return c != 0 ? c : id.compareTo(o.id);
    }
}
