/**
 * The robust analysis of a ranking: how sure the order of the bids is when the tender's uncertain inputs vary.
 *
 * <p>The first piece is the Monte Carlo benchmark workload ({@link org.wteval.robust.McWorkload}): every bid's real
 * levelised cost to the authority per tonne delivered, over scenarios of inflation, discount rate, tonnage growth,
 * LHV shift, electricity price, landfill cost and per-bid capex and O&amp;M overruns. It runs on primitive arrays:
 * {@link org.wteval.robust.ScenarioSampler} draws each scenario from its own counter-based stream,
 * {@link org.wteval.robust.CostKernel} turns one scenario into every bid's cost without allocating, and
 * {@link org.wteval.robust.MonteCarloRunner} runs fixed blocks of scenarios on a thread pool and merges them in a
 * fixed order, so the statistics are the same bytes for any number of threads.
 *
 * <p>{@link org.wteval.robust.WeightStability} gives, for each criterion of a weighted-sum ranking, the interval of
 * its weight (the others rescaled in proportion) within which the order of the bids holds, and the bids that swap
 * first at each bound. {@link org.wteval.robust.TechnicalWeightStability} does the same for the parameter that weighs
 * quality against price in the technical/price methods, and for a committee's share of the total; both rest on
 * every total being a line in the parameter, so only bids adjacent in the order can swap first.
 *
 * <p>{@link org.wteval.robust.SmallestWeightChange} finds, by linear programming, the smallest change of the weights
 * within the toolkit's bounds that would put each bid first, or that none does. {@link org.wteval.robust.OvertakeMargins}
 * finds how far a bid would have to improve on one criterion alone to draw level with the winner, re-running the
 * ranking where scores are relative to the best bid. {@link org.wteval.robust.Sensitivity} gathers the three for a
 * tender, naming bids by id.
 *
 * <p>{@link org.wteval.robust.Smaa2} runs SMAA-2 (Lahdelma and Salminen 2001) on any
 * {@link org.wteval.robust.WeightedRanking}, a tender's through {@link org.wteval.robust.FastPathRanking}: weights
 * drawn uniformly from the polytope the toolkit's weight bounds allow ({@link org.wteval.robust.WeightSampler}), each
 * draw ranked again with the evaluation's own tie-break, give each bid's rank acceptabilities, central weights,
 * confidence factor and holistic acceptability ({@link org.wteval.robust.SmaaResult}). The weights come from a
 * SplitMix64 stream per draw and are summed in fixed chunks, so they too are the same bytes
 * for any number of threads.
 *
 * <p>{@link org.wteval.robust.UncertainRanking} runs a Monte Carlo over an evaluation's own fast path: an
 * {@link org.wteval.robust.Uncertainty} (the toolkit's and the tender's {@code uncertainty} blocks, overlaid and
 * checked) gives each variable a {@link org.wteval.robust.Marginal}, {@link org.wteval.robust.UncertaintySampler}
 * draws each scenario from its own {@link org.wteval.robust.RandomStream} through a Gaussian copula, the ranked bids'
 * kernels are priced for the draw and ranked, and {@link org.wteval.robust.RankTally} counts rank acceptability and
 * pairwise winning indices. Qualification is held fixed.
 */
package org.wteval.robust;
