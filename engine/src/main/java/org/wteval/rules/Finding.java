package org.wteval.rules;

import java.util.List;
import org.wteval.model.Severity;

/**
 * What a rule found about the tender or a bid.
 *
 * @param ruleId the rule's stable id (its DRL name)
 * @param clause the guidance or law the rule encodes, from the rule's {@code @clause}
 * @param subject a bid id, or {@link #TENDER} for the tender itself
 * @param measured the value tested, in {@code unit}
 * @param threshold the value it was tested against, in {@code unit}
 * @param params toolkit parameters the test used; the report cites their sources and status
 */
public record Finding(String ruleId, Severity severity, String clause, String subject, String message,
                      double measured, double threshold, String unit, List<String> params)
        implements Comparable<Finding> {

    public static final String TENDER = "tender";

    public Finding {
        params = List.copyOf(params);
    }

    @Override
    public int compareTo(Finding o) {
        int c = subject.compareTo(o.subject);
        if (c == 0) {
            c = severity.compareTo(o.severity);
        }
        if (c == 0) {
            c = ruleId.compareTo(o.ruleId);
        }
        return c != 0 ? c : message.compareTo(o.message);
    }
}
