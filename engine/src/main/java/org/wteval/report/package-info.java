/**
 * Renders an evaluation and the toolkits for the committee and its advisers: the console ranking table and
 * {@code ranking.txt}, {@code evaluation.json}, {@code evaluation.xlsx} (summary, parameters used, and per bid its
 * schedules with live formulas) and the plain-text toolkit listings. Output files are written atomically, so a
 * failed run never leaves partial output, and nothing depends on time: the same case gives the same bytes.
 */
package org.wteval.report;
