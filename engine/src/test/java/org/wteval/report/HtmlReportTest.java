package org.wteval.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.InvalidInputException;
import org.wteval.pipeline.Evaluation;
import org.wteval.robust.RobustAnalysis;

/** {@code evaluation.html} as a committee and an auditor rely on it: complete, self-contained, the same bytes. */
class HtmlReportTest {

    @TempDir
    Path tmp;

    private static Evaluation evaluate(Path caseDir) {
        try {
            return BundledRules.engine().evaluate(CaseFolderReader.read(caseDir));
        } catch (InvalidInputException e) {
            throw new AssertionError("the sample case is valid: " + e.problems(), e);
        }
    }

    private static String html(Evaluation e) {
        return new String(HtmlReport.render(e), StandardCharsets.UTF_8);
    }

    @Test
    void theSameEvaluationGivesTheSameBytesUnderEveryLocale() {
        Evaluation e = evaluate(CaseFolders.sample("id-west-java"));
        byte[] first = HtmlReport.render(e);
        assertArrayEquals(first, HtmlReport.render(e), "two renders differ");
        Locale before = Locale.getDefault();
        try {
            // German writes 76,38 and 1.234; Arabic in Egypt and Hindi in India write their own digits.
            for (Locale l : new Locale[] {Locale.GERMANY, new Locale("ar", "EG"), new Locale("hi", "IN")}) {
                Locale.setDefault(l);
                assertArrayEquals(first, HtmlReport.render(evaluate(CaseFolders.sample("id-west-java"))),
                        "the page differs under " + l);
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void pageLoadsNothingAndRunsNoScript() {
        String page = html(evaluate(CaseFolders.sample("vn-bac-ninh")));
        for (String external : new String[] {"<script", "src=", "href=", "url(", "@import", "<link", "<img",
                "<iframe", "<object"}) {
            assertFalse(page.toLowerCase(Locale.ROOT).contains(external), "the page contains " + external);
        }
        assertTrue(page.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""),
                "the page forbids every load but its own style sheet");
    }

    @Test
    void bacNinhShowsItsFinalRankingFindingsParametersAndAudit() {
        Evaluation e = evaluate(CaseFolders.sample("vn-bac-ninh"));
        String page = html(e);
        // The ranking the README prints: B1 76.3756 then B5 61.4739, final after the committee rejected B4.
        assertTrue(page.contains("<p class=\"status FINAL\" id=\"ranking-status\">FINAL RANKING."), page);
        String table = between(page, "<table id=\"ranking-table\">", "</table>");
        assertEquals(2, count(table, "<tr><td class=\"num\">"), table);
        assertTrue(table.matches("(?s).*<td class=\"id\">B1</td><td>Nihon-Viet WtE Consortium</td>"
                + "<td class=\"num\">53.77</td><td class=\"num\">82.30</td><td class=\"num\">88.89</td>"
                + "<td class=\"num\">76.3756</td><td class=\"num\">374</td><td class=\"num\">92.9%</td>"
                + "<td class=\"num\">25.65</td>.*"), table);
        assertTrue(table.indexOf(">B1<") < table.indexOf(">B5<"), table);
        String notRanked = between(page, "<table id=\"not-ranked-table\">", "</table>");
        assertTrue(notRanked.contains("BID-LHV-WINDOW-LOW: minimum stable LHV is above the tender&#39;s low-end LHV")
                || notRanked.contains("BID-LHV-WINDOW-LOW: minimum stable LHV is above the tender's low-end LHV"),
                notRanked);
        assertTrue(notRanked.contains("abnormally low, rejected: committee rejected on 2026-03-20"), notRanked);
        // Every finding with its rule, severity and clause.
        String findings = between(page, "<section id=\"findings\">", "</section>");
        e.bids().forEach(b -> b.findings().forEach(f -> {
            assertTrue(findings.contains("<td class=\"id\">" + f.ruleId() + "</td><td>" + f.severity() + "</td>"),
                    b.bidId() + " " + f.ruleId());
        }));
        // The assumed values each with its source, apart from the verified ones.
        String assumed = between(page, "<table class=\"params\" id=\"assumed-params\">", "</table>");
        String verified = between(page, "<table class=\"params\" id=\"verified-params\">", "</table>");
        long assumedCount = e.usedParams().values().stream().filter(p -> p.assumed()).count();
        assertEquals(assumedCount, count(assumed, "<tr><td class=\"id\">"));
        assertEquals(e.usedParams().size() - assumedCount, count(verified, "<tr><td class=\"id\">"));
        assertTrue(assumedCount > 0 && e.usedParams().size() > assumedCount);
        // The audit digests are the evaluation's.
        String audit = between(page, "<table id=\"audit-table\">", "</table>");
        for (String sha : new String[] {e.audit().inputsSha256(), e.audit().rulesSha256(), e.audit().toolkitSha256()}) {
            assertTrue(audit.contains(sha), sha);
        }
        assertTrue(audit.contains(e.audit().engineVersion()));
        assertTrue(page.contains("<section id=\"signatures\">"));
    }

    @Test
    void provisionalRankingSaysSoWithEachOpenDecision() {
        String page = html(evaluate(CaseFolders.sample("id-west-java")));
        assertTrue(page.contains("<p class=\"status PROVISIONAL\" id=\"ranking-status\">PROVISIONAL RANKING."),
                page);
        assertTrue(page.contains("<h3>If the committee decides</h3>"));
    }

    @Test
    void everyChartIsInlineSvgWithTitleDescriptionAndShapes() {
        String page = html(evaluate(CaseFolders.sample("vn-bac-ninh")));
        for (String id : new String[] {"chart-scores", "chart-cash-flows", "chart-lhv-windows", "chart-stability"}) {
            String svg = between(page, "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" + id + "\"", "</svg>");
            assertTrue(svg.contains("role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\""), id);
            assertTrue(svg.contains("<title id=\"" + id + "-title\">"), id);
            assertTrue(svg.contains("<desc id=\"" + id + "-desc\">"), id);
            assertTrue(count(svg, "<rect ") + count(svg, "<polyline ") >= 2, id);
        }
        // Two ranked bids, three criteria: six score bars, each with its value.
        String scores = between(page, "id=\"chart-scores\"", "</svg>");
        assertEquals(6 + 3, count(scores, "<rect "), "six bars and three legend keys");
        assertTrue(scores.contains("<title>B1 efficiency: 53.77 of 100</title>"), scores);
        // B2's window starts above the tender's low-end LHV: it is drawn, greyed as not ranked.
        String windows = between(page, "id=\"chart-lhv-windows\"", "</svg>");
        assertTrue(windows.contains("class=\"window out\""), windows);
    }

    @Test
    void robustPageAddsTheRankHeatMaps() throws Exception {
        Evaluation e = evaluate(CaseFolders.sample("th-songkhla"));
        String page = new String(HtmlReport.render(e, RobustAnalysis.of(e, 500, 20260101L, 1)),
                StandardCharsets.UTF_8);
        String robust = between(page, "<section id=\"robust\">", "</section>");
        int ranked = (int) e.bids().stream().filter(b -> b.ranking() != null).count();
        for (String id : new String[] {"chart-rank-uncertain", "chart-rank-weights"}) {
            String svg = between(robust, "id=\"" + id + "\"", "</svg>");
            assertEquals(ranked * ranked, count(svg, "<rect "), id + ": a cell per bid and rank");
        }
    }

    @Test
    void textFromTheCaseNeverBecomesMarkup() throws Exception {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        // A script element, and a quote that would end an attribute's value and start an event handler.
        String hostile = "<script>alert(1)</script>\\\" onmouseover=\\\"x";
        CaseFolders.edit(c.resolve("bids/b1-nihon-vn.yaml"), "bidder: Nihon-Viet WtE Consortium",
                "bidder: \"Nihon " + hostile + "\"");
        CaseFolders.edit(c.resolve("tender.yaml"), "title: Bac Ninh Province waste-to-energy PPP (illustrative)",
                "title: \"Bac " + hostile + "\"");
        CaseFolders.edit(c.resolve("committee.yaml"), "reason: \"", "reason: \"" + hostile);
        String page = html(evaluate(c));
        assertFalse(page.toLowerCase(Locale.ROOT).contains("<script"), "a text became a script element");
        assertFalse(Pattern.compile("<[a-zA-Z][^<>]*\\sonmouseover\\s*=").matcher(page).find(),
                "a text became an attribute");
        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt;\" onmouseover=\"x";
        assertTrue(page.contains("Nihon " + escaped), "the bidder as written, escaped");
        assertTrue(page.contains("<title>Bac " + escaped), "the tender's title, escaped");
        assertTrue(page.contains("reason: " + escaped), "the committee's reason, escaped");
    }

    static String between(String s, String from, String to) {
        int a = s.indexOf(from);
        assertTrue(a >= 0, "no " + from);
        int b = s.indexOf(to, a + from.length());
        assertTrue(b >= 0, "no " + to + " after " + from);
        return s.substring(a, b + to.length());
    }

    static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
