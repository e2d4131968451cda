/**
 * JMH benchmarks of the engine's warm paths: a whole evaluation, rule firing, and the lifecycle calculator next to
 * the plant kernel it calls every operating year. Inputs are read and rules compiled once per trial, so the scores
 * leave out file reading and rule compilation, which a process pays once.
 */
package org.wteval.bench;
