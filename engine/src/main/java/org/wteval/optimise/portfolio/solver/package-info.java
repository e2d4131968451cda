/**
 * The portfolio's constraints, one per programme rule, each match justified by a record naming the rule and its
 * numbers, and the solver's reproducible settings.
 */
package org.wteval.optimise.portfolio.solver;
