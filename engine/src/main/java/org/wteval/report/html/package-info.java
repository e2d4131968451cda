/**
 * The page model and the inline SVG charts of {@code evaluation.html}, which {@link org.wteval.report.HtmlReport}
 * renders through the templates in {@code engine/src/main/jte}.
 *
 * <p>{@link org.wteval.report.html.ReportPage} holds everything the page says, already worded and formatted
 * ({@link org.wteval.report.html.Num}, {@link java.util.Locale#ROOT}); each chart class turns evaluation results into
 * a {@link org.wteval.report.html.Chart}, a list of shapes with formatted coordinates and texts, which one template
 * draws as SVG with a title and a description. Nothing here writes markup, so every text reaches the page through
 * the template engine's escaping. Nothing here depends on the other report classes.
 */
package org.wteval.report.html;
