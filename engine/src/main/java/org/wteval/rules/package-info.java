/**
 * The Drools runtime: compiles the DRL rule files once (executable model, failing loudly on any error), turns
 * tender, bid and toolkit data into facts, fires the rules and returns what they decided as plain records
 * ({@link org.wteval.rules.Finding}, {@link org.wteval.rules.Qualified}, planning decisions).
 * Rules read facts and insert these records; they never modify a fact.
 */
package org.wteval.rules;
