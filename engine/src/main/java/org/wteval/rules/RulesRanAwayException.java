package org.wteval.rules;

/** A rule session stopped because it overran its {@link SessionBudget}: a rule that does not reach an end. */
public final class RulesRanAwayException extends RuntimeException {

    public RulesRanAwayException(String message) {
        super(message);
    }
}
