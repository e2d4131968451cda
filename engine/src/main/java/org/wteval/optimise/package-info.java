/**
 * Optimisers over evaluated cases, built on OptaPlanner in the layout of its quickstarts: each problem has a
 * {@code domain} (planning solution and entities) and a {@code solver} (constraints and the solver's settings).
 * Every solver here is reproducible: a fixed seed, one thread, and a stop by step count, never by wall time.
 */
package org.wteval.optimise;
