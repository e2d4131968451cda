/**
 * The award's constraints, one per tender rule, each match justified by a record naming the rule and its numbers;
 * the solver's reproducible settings, the move that awards a package whole, and the explanation of an award.
 */
package org.wteval.optimise.award.solver;
