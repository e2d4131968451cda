/**
 * The multi-lot award: which bid, or which package bid, wins each lot of a tender divided into lots, under the
 * supplier cap, package exclusivity, each bidder's build capacity and eligibility, with the lowest total authority
 * lifecycle cost or the highest total score; each lot is evaluated as a tender of one site first.
 */
package org.wteval.optimise.award;
