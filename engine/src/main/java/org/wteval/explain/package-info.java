/**
 * Answers "why this number?": finds any figure of an evaluation by bid and name and prints its explanation tree
 * with inputs, formulas, origins, sources and verification status.
 */
package org.wteval.explain;
