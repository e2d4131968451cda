package org.wteval.model;

/**
 * A distribution as an {@code uncertainty} block declares it: its family, the parameters that family takes, and
 * where the figures come from. Which parameters a family needs, and the checks on them, are the robust analysis's
 * ({@code org.wteval.robust.Uncertainty}); a parameter the family does not take is a problem, not ignored.
 *
 * @param family {@code fixed} (value), {@code normal} (mean, sd; optional min, max at which draws are clipped),
 *     {@code lognormal} (median, logSd: the standard deviation of the natural logarithm), {@code uniform} (min, max)
 *     or {@code triangular} (min, mode, max)
 * @param source the publication or judgement the figures come from
 * @param effective when the figures were current; optional in a tender
 * @param status {@code verified} or {@code assumed}, as for toolkit parameters; optional in a tender
 */
public record Distribution(String family, Double value, Double mean, Double sd, Double median, Double logSd,
                           Double min, Double mode, Double max, String source, String effective, String status) {
}
