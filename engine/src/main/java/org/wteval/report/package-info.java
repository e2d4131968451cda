/**
 * Presents an evaluation: the console ranking table and {@code evaluation.json}, written atomically so that a
 * failed run never leaves partial output.
 */
package org.wteval.report;
