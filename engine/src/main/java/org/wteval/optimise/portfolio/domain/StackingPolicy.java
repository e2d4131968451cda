package org.wteval.optimise.portfolio.domain;

/**
 * Whether both funders agreed to let a JCM Model Project subsidy and a JFJCM grant finance the same plant (toolkit
 * {@code jfjcm.stackingWithJcmModelProjectAgreed}, an assumed rule: JCM Model Project facilities may receive no
 * other Government of Japan subsidy, and the JFJCM is Japan-funded).
 */
public record StackingPolicy(boolean agreed) {
}
