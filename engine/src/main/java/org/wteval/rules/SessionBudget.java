package org.wteval.rules;

import java.time.Duration;

/**
 * How far one rule session may run before the engine stops it. The bundled rules fire a few times per fact and end;
 * an adviser's rule that modifies a fact it matches, or inserts one on every firing, would never end and would fill
 * the memory. Both bounds are far above what the bundled rules need on the largest tenders the engine accepts.
 *
 * @param firingsPerFact rule firings allowed per inserted fact
 * @param minFirings     firings allowed whatever the number of facts
 * @param time           wall time allowed for one session
 */
public record SessionBudget(int firingsPerFact, int minFirings, Duration time) {

    /** 200 firings per fact (at least 100,000) and 60 seconds. */
    public static final SessionBudget DEFAULT = new SessionBudget(200, 100_000, Duration.ofSeconds(60));

    /** The firings allowed for a session over {@code facts} facts. */
    public int firings(int facts) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(minFirings, (long) firingsPerFact * facts));
    }
}
