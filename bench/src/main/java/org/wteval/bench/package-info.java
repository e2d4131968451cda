/**
 * JMH benchmarks of the engine's warm paths: the fast path that re-scores a tender on primitives, a whole explained
 * evaluation, rule firing, and the lifecycle calculator next to the plant kernel it calls every operating year.
 * Inputs are read and rules compiled once per trial, so the scores leave out file reading and rule compilation,
 * which a process pays once.
 */
package org.wteval.bench;
