/**
 * Renders an evaluation and the toolkits for the committee and its advisers: the console ranking table and
 * {@code ranking.txt}, {@code evaluation.json}, {@code evaluation.xlsx} (summary, parameters used, and per bid its
 * schedules with live formulas), {@code evaluation.html} (one self-contained page with inline SVG charts, to print
 * and sign; its page model and charts are in {@link org.wteval.report.html}), the plain-text toolkit listings, and
 * {@code bid-form.xlsx}, the Excel form a tender's bidders fill ({@link org.wteval.report.BidFormWorkbook}). The
 * output folder is replaced as a whole ({@link org.wteval.report.OutputFolder}), so a failed or killed run never
 * leaves a partial or mixed set, and nothing depends on time: the same case gives the same bytes.
 */
package org.wteval.report;
