package org.wteval.rules;

import java.util.List;

/**
 * A planning rule's decision on which JCM subsidy-cap tier applies to a bid that requests a JCM subsidy.
 *
 * @param tier the tier's toolkit key under {@code jcm.subsidyCap.}, e.g. {@code noSimilarProjects}
 */
public record JcmTierDecision(String bidId, String ruleId, String tier) implements PlanDecision {

    public static final String CAP_PREFIX = "jcm.subsidyCap.";
    public static final String SIMILAR_PROJECTS = "jcm.similarWteProjects";

    @Override
    public List<String> params() {
        return List.of(SIMILAR_PROJECTS, CAP_PREFIX + tier);
    }
}
