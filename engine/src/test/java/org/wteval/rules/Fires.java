package org.wteval.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a test makes each named rule fire and asserts what it found or decided;
 * {@link RuleCatalogueCoverageTest} requires one for every rule.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Fires {

    /** Rule ids. */
    String[] value();
}
