/**
 * The Drools runtime: compiles the DRL rule files once (executable model, failing loudly on any error) into two
 * rule bases, one per stage, turns tender, bid and toolkit data into facts, fires the rules and returns what they
 * decided as plain records.
 *
 * <p>{@link org.wteval.rules.RuleBook#plan} fires the planning rules ({@code rules/plan/**}) before any lifecycle
 * figure exists; their {@link org.wteval.rules.PlanDecision}s (tariff, output cap, ownership, DBO value of power,
 * JCM subsidy-cap tier) become each bid's {@link org.wteval.calc.RevenuePlan} through
 * {@link org.wteval.rules.Plans}, which applies them and decides nothing. {@link org.wteval.rules.RuleBook#judge}
 * fires all other rules on the computed metrics: {@link org.wteval.rules.Finding}s and, by truth maintenance, a
 * {@link org.wteval.rules.Qualified} fact for each bid no gate disqualified. A stage's rules are absent from the
 * other stage's rule base, so they cannot fire there. Rules read facts and insert these records; they never modify
 * a fact. Scores are not rules: {@code org.wteval.scoring} computes them.
 */
package org.wteval.rules;
