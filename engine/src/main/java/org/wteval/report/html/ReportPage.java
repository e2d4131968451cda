package org.wteval.report.html;

import java.util.List;

/**
 * Everything {@code evaluation.html} shows, already put into words and numbers: the template only lays it out, so
 * every figure is formatted in one place ({@link Num}) and every text reaches the page through the template's
 * escaping.
 *
 * @param status {@code FINAL} or {@code PROVISIONAL}, as the evaluation states it
 * @param statusNote what the status means for the award
 * @param alternatives while provisional: what each open decision on a flagged bid would do to the ranking
 * @param criteria the criteria the ranking table has a score column for
 * @param stabilityNote why there is no stability chart, or {@code null} when there is one
 * @param robust the robust analysis, or {@code null} when none was run
 */
public record ReportPage(String title, String tenderId, String country, List<String> facts, String status,
                         String statusNote, List<String> alternatives, List<String> criteria, List<RankRow> ranking,
                         String methodNote, List<NotRanked> notRanked, List<String> rankReversals,
                         List<FindingRow> tenderFindings, List<BidSection> bids, List<ParamRow> assumed,
                         List<ParamRow> verified, Audit audit, List<Chart> charts, String stabilityNote,
                         Robust robust) {

    /** One ranked bid's row of the ranking table. */
    public record RankRow(String rank, String bid, String bidder, List<String> scores, String total,
                          String kwhPerTonne, String treated, String costPerTonne, String tieBreak) {
    }

    /** A bid outside the ranking and why. */
    public record NotRanked(String bid, String bidder, String reason) {
    }

    /** One finding of a rule, with the clause it encodes. */
    public record FindingRow(String rule, String severity, String clause, String message) {
    }

    /** One bid's standing and every finding on it. */
    public record BidSection(String bid, String bidder, String file, String standing, List<FindingRow> findings) {
    }

    /** One toolkit parameter the evaluation used. */
    public record ParamRow(String key, String value, String unit, String setBy, String effective, String source) {
    }

    /** The digests that tie the report to its inputs, rules and toolkit, and each file's own. */
    public record Audit(String engineVersion, String inputsSha256, String rulesSha256, String toolkitSha256,
                        List<FileRow> files) {
    }

    /** One file the evaluation read. */
    public record FileRow(String group, String name, String sha256) {
    }

    /**
     * How sure the ranking is, from {@code wte robust}.
     *
     * @param winRows each ranked bid's chance of winning over the uncertain inputs, and over the weights
     */
    public record Robust(String summary, List<WinRow> winRows, List<Chart> charts, List<String> notes) {
    }

    /** One bid's chances of ranking first. */
    public record WinRow(String bid, String monteCarlo, String weights) {
    }
}
