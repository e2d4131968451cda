/**
 * Renders an evaluation and the toolkits for the committee and its advisers: the console ranking table and
 * {@code ranking.txt}, {@code evaluation.json}, {@code evaluation.xlsx} (summary, parameters used, and per bid its
 * schedules with live formulas), {@code evaluation.html} (one self-contained page with inline SVG charts, to print
 * and sign; its page model and charts are in {@link org.wteval.report.html}), the plain-text toolkit listings, and
 * {@code bid-form.xlsx}, the Excel form a tender's bidders fill ({@link org.wteval.report.BidFormWorkbook}). The
 * output folder is replaced as a whole ({@link org.wteval.report.OutputFolder}), so a failed or killed run never
 * leaves a partial or mixed set, and nothing depends on time: the same case gives the same bytes.
 *
 * <p>The workbook is live from its inputs to the ranking ({@link org.wteval.report.XlsxReport}): the toolkit
 * parameters and the tender's inputs are named input cells on the {@code Parameters} sheet, each bid's figures on its
 * sheet; every yearly line is a formula over them ({@link org.wteval.report.BidLines}, the engine's kernels written
 * as spreadsheet formulas), and the summary's scores, totals and ranks are formulas over the bid sheets
 * ({@link org.wteval.report.RankingFormulas}). Each formula caches the engine's value, so a viewer that does not
 * calculate shows the engine's figures, and a spreadsheet program that does reproduces them.
 */
package org.wteval.report;
