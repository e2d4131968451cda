/**
 * The physics and finance of a bid as plain Java: the combustion diagram run against the tender's waste
 * ({@link org.wteval.calc.PlantModel}), energy and R1, stability, lifecycle cash flows, GHG and JCM screening.
 *
 * <p>Compute apart from explain. The fast path builds a {@link org.wteval.calc.BidKernel} once per bid and plan
 * (every input as a double, escalation and decay factors tabulated) and fills a reusable
 * {@link org.wteval.calc.BidFlows} workspace: yearly flows on primitive arrays and the scalars scoring and the rules
 * read, with no {@link org.wteval.model.Figure} and no allocation. The explained path,
 * {@link org.wteval.calc.BidMetrics#compute}, computes the same flows and then lets each calculator's
 * {@code explain} turn them into figures that carry their inputs, formula and sources; it recomputes nothing but the
 * real twins of the money schedules, schedule totals and the IRR. Figure names are in
 * {@link org.wteval.calc.FigureNames}.
 *
 * <p>For the robust analysis a kernel gives per-thread scenario copies
 * ({@link org.wteval.calc.BidKernel#scenarioCopy()}), whose tables an uncertain input enters are priced again for
 * each draw in place, the plant included; the central draw gives the kernel itself bit for bit.
 */
package org.wteval.calc;
