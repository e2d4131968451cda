/**
 * Turns a tender and its bids, as submitted, into resolved inputs: money in the evaluation currency, the LHV
 * distribution as weighted points of the year, weights checked against the toolkit's bounds, and every cross-file
 * consistency check. Calculators accept only these resolved types.
 */
package org.wteval.resolve;
