package org.wteval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.InvalidInputException;
import org.wteval.pipeline.BidEvaluation;
import org.wteval.pipeline.Evaluation;
import org.wteval.pipeline.FastPath;
import org.wteval.robust.RobustAnalysis;
import org.wteval.robust.Sensitivity;

/**
 * Every sample case's report opened in a real browser, as a committee member would open it: it must load nothing
 * but itself, log no error, show the ranking and every chart with something drawn in it, and paint a page that is
 * not blank. The browser is Debian's Chromium, which the test command installs; without it this test fails.
 */
class HtmlBrowserTest {

    /** Draws of the robust page's analysis: enough to fill every cell of the heat maps that can be filled. */
    private static final int DRAWS = 1_000;

    @TempDir
    static Path tmp;

    private static HeadlessChromium browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        if (!Files.isExecutable(HeadlessChromium.BINARY)) {
            fail("The HTML report is tested in Chromium, and " + HeadlessChromium.BINARY + " is missing: install "
                    + "it with `apt-get install chromium` (.ci/system-packages does so before the tests).");
        }
        Path profile = tmp.resolve("profile");
        Files.createDirectories(profile);
        browser = HeadlessChromium.start(profile);
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    static List<Path> cases() {
        return CaseFolders.singleSiteSamples();
    }

    private static Evaluation evaluate(Path caseDir) throws InvalidInputException {
        return BundledRules.engine().evaluate(CaseFolderReader.read(caseDir));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportOpensCleanWithTheRankingAndEveryChart(Path caseDir) throws Exception {
        Evaluation e = evaluate(caseDir);
        String name = caseDir.getFileName().toString();
        Path page = tmp.resolve(name + "-" + HtmlReport.FILE);
        Files.write(page, HtmlReport.render(e));
        Page opened = open(page, name);
        checkRankingAndCharts(e, opened, expectedCharts(e, null));
        browser.closeTab(opened.session());

        RobustAnalysis r = RobustAnalysis.of(e, DRAWS, RobustAnalysis.DEFAULT_SEED, 2);
        Path robust = tmp.resolve(name + "-" + HtmlReport.ROBUST_FILE);
        Files.write(robust, HtmlReport.render(e, r));
        Page withRobust = open(robust, name + "-robust");
        checkRankingAndCharts(e, withRobust, expectedCharts(e, r));
        browser.closeTab(withRobust.session());
    }

    @Test
    void textFromTheCaseRunsNoScriptAndAddsNoAttribute() throws Exception {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp.resolve("hostile"));
        String hostile = "<script>alert(1)</script>\\\" onmouseover=\\\"x";
        CaseFolders.edit(c.resolve("bids/b1-nihon-vn.yaml"), "bidder: Nihon-Viet WtE Consortium",
                "bidder: \"Nihon " + hostile + "\"");
        Path page = tmp.resolve("hostile.html");
        Files.write(page, HtmlReport.render(evaluate(c)));
        Page opened = open(page, "hostile");
        JsonNode dom = opened.dom();
        assertEquals(0, dom.get("scripts").asInt(), "script elements in the page");
        assertEquals(0, dom.get("handlers").asInt(), "elements with an event-handler attribute");
        assertTrue(dom.get("rankingText").asText().contains("Nihon <script>alert(1)</script>\" onmouseover=\"x"),
                "the bidder's name is shown as the text it is: " + dom.get("rankingText"));
        assertTrue(opened.events.stream().noneMatch(ev -> ev.path("method").asText()
                .equals("Page.javascriptDialogOpening")), "an alert was opened");
        browser.closeTab(opened.session());
    }

    /** The charts the page must show: they depend on the method and on whether a robust analysis ran. */
    private static Set<String> expectedCharts(Evaluation e, RobustAnalysis r) {
        Set<String> ids = new HashSet<>();
        ids.add("chart-lhv-windows");
        if (e.bids().stream().anyMatch(b -> b.ranking() != null)) {
            ids.add("chart-scores");
            ids.add("chart-cash-flows");
            if (!Sensitivity.stability(FastPath.of(e)).isEmpty()) {
                ids.add("chart-stability");
            }
        }
        if (r != null) {
            ids.add("chart-rank-uncertain");
            if (r.smaa().result() != null) {
                ids.add("chart-rank-weights");
            }
        }
        return ids;
    }

    private static void checkRankingAndCharts(Evaluation e, Page p, Set<String> charts) throws Exception {
        JsonNode dom = p.dom();
        long ranked = e.bids().stream().filter(b -> b.ranking() != null).count();
        assertEquals(ranked, dom.get("rankingRows").asInt(), p.name + ": rows of the ranking table");
        assertEquals(e.bids().size() - ranked, dom.get("notRankedRows").asInt(), p.name + ": rows of bids not ranked");
        String status = e.abnormallyLow().status().name();
        assertTrue(dom.get("status").asText().startsWith(status + " RANKING."), p.name + ": " + dom.get("status"));
        Set<String> found = new HashSet<>();
        for (JsonNode svg : dom.get("charts")) {
            String id = svg.get("id").asText();
            found.add(id);
            assertTrue(svg.get("shapes").asInt() >= 3, p.name + " " + id + " has " + svg.get("shapes") + " shapes");
            assertTrue(svg.get("titled").asBoolean(), p.name + " " + id + " has no title and description");
            assertTrue(svg.get("width").asDouble() > 100 && svg.get("height").asDouble() > 50,
                    p.name + " " + id + " is drawn " + svg.get("width") + " x " + svg.get("height"));
        }
        assertEquals(charts, found, p.name + ": the charts on the page");
        for (BidEvaluation b : e.bids()) {
            assertTrue(dom.get("findingHeads").asText().contains(b.bidId() + ": "), p.name + ": findings of "
                    + b.bidId());
        }
    }

    /** Console errors, exceptions, logged errors and requests for anything but {@code url}, among the events. */
    private static List<String> problems(List<JsonNode> events, String url) {
        List<String> problems = new ArrayList<>();
        for (JsonNode ev : events) {
            JsonNode p = ev.path("params");
            switch (ev.path("method").asText()) {
                case "Runtime.consoleAPICalled" -> {
                    if (p.path("type").asText().equals("error")) {
                        problems.add("console error: " + p.path("args"));
                    }
                }
                case "Runtime.exceptionThrown" -> problems.add("exception: " + p.path("exceptionDetails"));
                case "Log.entryAdded" -> {
                    if (p.path("entry").path("level").asText().equals("error")) {
                        problems.add("log error: " + p.path("entry").path("text").asText());
                    }
                }
                case "Network.requestWillBeSent" -> {
                    String requested = p.path("request").path("url").asText();
                    if (!requested.equals(url)) {
                        problems.add("request for " + requested);
                    }
                }
                default -> { }
            }
        }
        return problems;
    }

    @Test
    void theWatchSeesARequestAnErrorAndAnException() throws Exception {
        // A page that does all the report must not: were these missed, a clean report would prove nothing.
        Path bad = tmp.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><head><title>bad</title></head><body>"
                + "<img src=\"missing.png\" alt=\"\"><script>console.error('logged'); undefinedFunction();</script>"
                + "</body></html>");
        String s = browser.newTab();
        for (String domain : new String[] {"Runtime", "Log", "Network", "Page"}) {
            browser.send(s, domain + ".enable", HeadlessChromium.params());
        }
        String url = bad.toUri().toString();
        browser.send(s, "Page.navigate", HeadlessChromium.params().put("url", url));
        browser.await(s, ev -> ev.path("method").asText().equals("Page.loadEventFired"), "the page's load event");
        String found = String.join("\n", problems(browser.events(s), url));
        browser.closeTab(s);
        assertTrue(found.contains("request for " + bad.resolveSibling("missing.png").toUri()), found);
        assertTrue(found.contains("console error"), found);
        assertTrue(found.contains("undefinedFunction"), found);
    }

    /** An opened page: its events and how to look at it. */
    private record Page(String name, String session, List<JsonNode> events) {

        JsonNode dom() {
            JsonNode result = browser.send(session, "Runtime.evaluate", HeadlessChromium.params()
                    .put("expression", DOM_QUERY).put("returnByValue", true));
            return HeadlessChromium.parse(result.get("result").get("value").asText());
        }
    }

    private static final String DOM_QUERY = """
            JSON.stringify({
              rankingRows: document.querySelectorAll('#ranking-table tbody tr').length,
              notRankedRows: document.querySelectorAll('#not-ranked-table tbody tr').length,
              rankingText: (document.querySelector('#ranking-table') || {textContent: ''}).textContent,
              status: document.querySelector('#ranking-status').textContent,
              findingHeads: Array.from(document.querySelectorAll('#findings h3')).map(h => h.textContent).join('\\n'),
              scripts: document.scripts.length,
              handlers: Array.from(document.querySelectorAll('*'))
                  .filter(el => Array.from(el.attributes).some(a => a.name.toLowerCase().startsWith('on'))).length,
              charts: Array.from(document.querySelectorAll('svg.chart')).map(s => ({
                id: s.id,
                shapes: s.querySelectorAll('rect, line, polyline, path, circle').length,
                titled: !!s.querySelector(':scope > title') && !!s.querySelector(':scope > desc')
                    && s.querySelector(':scope > title').textContent.length > 0,
                width: s.getBoundingClientRect().width,
                height: s.getBoundingClientRect().height
              }))
            })""";

    /**
     * Opens {@code file} in a new tab, waits for it to load, and checks what any page must: no console error or
     * exception, no request but the file itself, and a screenshot that is not blank (kept in
     * {@code target/browser/} to look at).
     */
    private static Page open(Path file, String name) throws Exception {
        String s = browser.newTab();
        for (String domain : new String[] {"Runtime", "Log", "Network", "Page"}) {
            browser.send(s, domain + ".enable", HeadlessChromium.params());
        }
        browser.send(s, "Emulation.setDeviceMetricsOverride", HeadlessChromium.params().put("width", 1100)
                .put("height", 1400).put("deviceScaleFactor", 1).put("mobile", false));
        String url = file.toUri().toString();
        browser.send(s, "Page.navigate", HeadlessChromium.params().put("url", url));
        browser.await(s, ev -> ev.path("method").asText().equals("Page.loadEventFired"), "the page's load event");
        List<JsonNode> events = browser.events(s);
        List<String> problems = problems(events, url);
        assertEquals(List.of(), problems, name + ": the page must load nothing but itself and log no error");
        assertTrue(events.stream().anyMatch(ev -> ev.path("method").asText().equals("Network.requestWillBeSent")),
                name + ": the browser saw no request at all, so the network was not being watched");

        JsonNode shot = browser.send(s, "Page.captureScreenshot", HeadlessChromium.params().put("format", "png"));
        byte[] png = Base64.getDecoder().decode(shot.get("data").asText());
        Path kept = Path.of("target", "browser");
        Files.createDirectories(kept);
        Files.write(kept.resolve(name + ".png"), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Set<Integer> colours = new HashSet<>();
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb != 0xffffff) {
                    inked++;
                }
            }
        }
        double share = (double) inked / ((long) image.getWidth() * image.getHeight());
        assertTrue(colours.size() >= 50 && share >= 0.03, name + ": the screenshot looks blank: " + colours.size()
                + " colours, " + Math.round(100 * share) + "% of pixels not white");
        return new Page(name, s, events);
    }

}
