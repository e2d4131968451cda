/**
 * The physics and finance of a bid as plain Java: the combustion diagram run against the tender's waste
 * ({@link org.wteval.calc.PlantModel}), energy and R1, stability, and lifecycle cash flows. Kernels work on
 * primitives and allocate nothing per call; calculators wrap them in {@link org.wteval.model.Figure}s so that every
 * result carries its inputs, formula and sources.
 */
package org.wteval.calc;
