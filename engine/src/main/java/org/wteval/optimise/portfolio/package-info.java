/**
 * The trust-fund portfolio: which candidate WtE projects a JCM or JFJCM funder should fund from a yearly budget,
 * with country caps, technology and Japanese-technology share minimums, each project's screening and the
 * JCM/JFJCM stacking rule; solved, explained project by project, and re-solved with 10% more budget.
 */
package org.wteval.optimise.portfolio;
