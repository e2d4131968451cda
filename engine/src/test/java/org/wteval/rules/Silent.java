package org.wteval.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a test asserts each named rule stays silent on facts close to those that make it fire;
 * {@link RuleCatalogueCoverageTest} requires one for every rule.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Silent {

    /** Rule ids. */
    String[] value();
}
