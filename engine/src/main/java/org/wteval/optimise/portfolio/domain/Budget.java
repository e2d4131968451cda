package org.wteval.optimise.portfolio.domain;

/** The programme's budget for the year, in whole units of {@code currency}. */
public record Budget(long amount, String currency) {
}
