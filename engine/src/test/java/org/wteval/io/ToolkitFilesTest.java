package org.wteval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.wteval.model.InputProblem;
import org.wteval.model.Param;
import org.wteval.model.SourceLocation;
import org.wteval.model.Toolkit;

/**
 * Every toolkit file in the repository's {@code toolkits/} folder loads over its base without a problem, carries a
 * source for every parameter, names a known evaluation method, and sets weights that sum to 1 inside their own
 * bounds. The share of assumed parameters is printed for each toolkit so reviewers can see how much is unverified.
 */
class ToolkitFilesTest {

    private static final Set<String> COUNTRIES = Set.of("vn", "id", "th", "ph", "mv", "lk", "bd", "mm", "in");
    private static final Set<String> METHODS = Set.of("weighted-sum", "technical-price-points", "quality-per-price",
            "lowest-lifecycle-cost", "weighted-price");
    private static final List<String> CRITERIA = List.of("efficiency", "stability", "lifecycle");
    private static final double TOLERANCE = 1e-9;

    private static Path dir;
    private static List<String> ids;
    private static Map<String, Toolkit> loaded;

    @BeforeAll
    static void loadAll() throws IOException {
        String root = System.getProperty("wte.root");
        dir = (root != null ? Path.of(root) : Path.of("..")).resolve("toolkits");
        try (Stream<Path> files = Files.list(dir)) {
            ids = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
        }
        loaded = new TreeMap<>();
        for (String id : ids) {
            List<InputProblem> problems = new ArrayList<>();
            ToolkitLoader.Loaded l = new ToolkitLoader(dir).load(id, new InputProblem("test", "", "toolkit"), problems);
            if (problems.isEmpty() && l != null) {
                loaded.put(id, l.toolkit());
                // Every dated version is checked too, not only the latest that a plain load applies.
                for (String day : versionDates(l.toolkit().layers())) {
                    ToolkitLoader.Loaded on = new ToolkitLoader(dir).load(id,
                            new ToolkitLoader.On(LocalDate.parse(day), new SourceLocation("test", "on")),
                            new InputProblem("test", "", "toolkit"), problems);
                    assertTrue(problems.isEmpty(), () -> id + " on " + day + ": " + problems);
                    loaded.put(id + "@" + day, on.toolkit());
                }
            }
        }
    }

    /** The effective dates of the versions in the given layers' files. */
    private static Set<String> versionDates(List<String> layers) throws IOException {
        Set<String> days = new TreeSet<>();
        for (String layer : layers) {
            JsonNode tree = Yaml.parse(Files.readAllBytes(dir.resolve(layer + ".yaml")), layer, new ArrayList<>());
            tree.path("versions").forEach(v -> days.add(v.path("effective").asText()));
        }
        return days;
    }

    @Test
    void indonesiaAppliesPerpres35Until9October2025AndPerpres109FromThe10th() {
        Toolkit before = loaded.get("id@2018-04-16");
        Toolkit after = loaded.get("id@2025-10-10");
        assertEquals("capacity-banded", before.text("tariff.type"));
        assertEquals("2018-04-16", before.param("tariff.type").version());
        assertEquals("single-price", after.text("tariff.type"));
        assertEquals("id@2025-10-10", after.param("tariff.single.perMwh").setBy());
        assertEquals(200, after.number("tariff.single.perMwh")); // USD 0.20/kWh × 1,000 kWh/MWh
        assertEquals(30, after.number("tariff.ppaYears"));
        assertEquals(false, after.param("tippingFee.payable").value());
        assertFalse(after.has("tippingFee.centralSupportCapPerTonne"), "no central support per tonne survives Perpres 35/2018");
        // Common parameters are the file's own, with no version; base parameters stay base's.
        assertEquals(null, after.param("ghg.gridEmissionFactor").version());
        assertEquals("base", after.param("gates.bid.minAvailabilityHours").setBy());
        List<InputProblem> problems = new ArrayList<>();
        Toolkit lastDay = new ToolkitLoader(dir).load("id", new ToolkitLoader.On(LocalDate.parse("2025-10-09"),
                new SourceLocation("test", "on")), new InputProblem("test", "", "toolkit"), problems).toolkit();
        assertEquals("capacity-banded", lastDay.text("tariff.type"), "9 October 2025 is still under Perpres 35/2018");
    }

    @TestFactory
    Stream<DynamicTest> everyToolkitLoadsWithoutProblems() {
        return ids.stream().map(id -> DynamicTest.dynamicTest(id, () -> {
            List<InputProblem> problems = new ArrayList<>();
            ToolkitLoader.Loaded l = new ToolkitLoader(dir).load(id, new InputProblem("test", "", "toolkit"), problems);
            assertTrue(problems.isEmpty(), () -> id + ": " + problems);
            assertNotNull(l, id);
            assertEquals(id, l.toolkit().id());
        }));
    }

    @Test
    void baseAndTheNineCountriesArePresentAndExtendBase() {
        assertTrue(ids.size() >= 10, "expected base and nine countries, found " + ids);
        assertTrue(ids.contains("base"), "no base.yaml in " + dir);
        for (String c : COUNTRIES) {
            assertTrue(ids.contains(c), "no toolkit " + c + ".yaml in " + dir);
            Toolkit tk = loaded.get(c);
            assertNotNull(tk, c + " did not load");
            assertEquals(List.of("base", c), tk.layers(), c + " must extend base directly");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyParameterHasASourceAndADatedStatus() {
        return loaded.values().stream().map(tk -> DynamicTest.dynamicTest(tk.label(), () -> {
            for (Param p : tk.params().values()) {
                assertFalse(p.source() == null || p.source().isBlank(), tk.id() + ": " + p.key() + " has no source");
                assertFalse(p.effective().isBlank(), tk.id() + ": " + p.key() + " has no effective date");
                assertTrue(Param.VERIFIED.equals(p.status()) || Param.ASSUMED.equals(p.status()),
                        tk.id() + ": " + p.key() + " has status '" + p.status() + "'");
                if (Param.VERIFIED.equals(p.status())) {
                    assertFalse(p.source().toLowerCase().contains("wte-eval assumption"),
                            tk.id() + ": " + p.key() + " is marked verified but its source is an assumption");
                }
            }
        }));
    }

    /**
     * A source cites a publication, never a file outside the repository: not the project's domain briefing
     * (DOMAIN.md), not another document or data file that is not in the repository, and no absolute or home path.
     * A file named in a source or a comment must exist in {@code toolkits/} or under the repository root. Checked on
     * the loaded parameters and on the raw files, so a parameter that an override hides is checked too.
     */
    @TestFactory
    Stream<DynamicTest> noSourceNamesAFileOutsideTheRepository() {
        return ids.stream().map(id -> DynamicTest.dynamicTest(id, () -> {
            Toolkit tk = loaded.get(id);
            assertNotNull(tk, id + " did not load");
            for (Param p : tk.params().values()) {
                assertFalse(citesBriefing(p.source()),
                        id + ": " + p.key() + " cites the domain briefing, not a primary publication: " + p.source());
                assertEquals(List.of(), filesOutside(p.source(), dir),
                        id + ": " + p.key() + " names a file outside the repository: " + p.source());
            }
            List<String> lines = Files.readAllLines(dir.resolve(id + ".yaml"));
            for (int i = 0; i < lines.size(); i++) {
                String at = id + ".yaml:" + (i + 1);
                assertFalse(citesBriefing(lines.get(i)), at + " cites the domain briefing: " + lines.get(i).strip());
                assertEquals(List.of(), filesOutside(lines.get(i), dir), at + " names a file outside the repository");
            }
        }));
    }

    @Test
    void briefingCitationsAreRecognised() {
        assertTrue(citesBriefing("Aminbazar WtE: 42.5 MW (DOMAIN.md §7)"));
        assertTrue(citesBriefing("Stability evidence (DOMAIN §3)"));
        assertTrue(citesBriefing("see domain.md"));
        assertFalse(citesBriefing("ADB project 51077-003"));
    }

    @Test
    void fileReferencesOutsideTheRepositoryAreRecognised() {
        assertEquals(List.of("notes/tariffs.md"), filesOutside("as in notes/tariffs.md, table 2", dir));
        assertEquals(List.of("rates.xlsx"), filesOutside("rates.xlsx (sheet 1)", dir));
        assertEquals(List.of("/srv/docs/perpres-35-2018"), filesOutside("copy at /srv/docs/perpres-35-2018", dir));
        assertEquals(List.of("~/refs/qcvn.txt"), filesOutside("see ~/refs/qcvn.txt", dir));
        assertEquals(List.of(), filesOutside("Extends base.yaml; see toolkits/README.md and cases/README.md", dir));
        assertEquals(List.of(), filesOutside("IFC press release (https://www.ifc.org/a/b.pdf), 11% O2/dry, tCO2/MWh",
                dir));
    }

    /** A mention of the briefing: "DOMAIN" in capitals (DOMAIN §3, DOMAIN.md) or "domain.md" in any case. */
    static boolean citesBriefing(String text) {
        return text != null && (text.contains("DOMAIN") || text.toLowerCase().contains("domain.md"));
    }

    private static final Pattern URL = Pattern.compile("\\b(?:https?://|www\\.)\\S+");
    private static final Pattern FILE = Pattern.compile(
            "[A-Za-z0-9_~./-]*[A-Za-z0-9_-]\\.(?:md|yaml|yml|json|txt|csv|xlsx|xls|pdf|docx|doc|html|java|drl|py|sh)\\b");
    private static final Pattern ABSOLUTE = Pattern.compile(
            "(?:^|(?<=[\\s\"'(]))(?:~|[A-Za-z]:)?(?:[/\\\\][A-Za-z0-9_.-]+){2,}");

    /**
     * The files {@code text} names that are not in the repository: absolute or home paths, and names with a document
     * or data extension that exist neither in {@code toolkits} nor under the repository root. Web addresses are
     * publications, not files, and are left alone.
     */
    static List<String> filesOutside(String text, Path toolkits) {
        List<String> out = new ArrayList<>();
        String rest = URL.matcher(text).replaceAll(" ");
        Matcher abs = ABSOLUTE.matcher(rest);
        while (abs.find()) {
            out.add(abs.group());
        }
        rest = ABSOLUTE.matcher(rest).replaceAll(" ");
        Matcher f = FILE.matcher(rest);
        while (f.find()) {
            String name = f.group();
            if (name.startsWith("~") || !(Files.exists(toolkits.resolve(name))
                    || Files.exists(toolkits.toAbsolutePath().getParent().resolve(name)))) {
                out.add(name);
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> methodIsKnownAndWeightsSumToOneWithinBounds() {
        return loaded.values().stream().map(tk -> DynamicTest.dynamicTest(tk.label(), () -> {
            assertTrue(METHODS.contains(tk.text("scoring.method")),
                    tk.id() + ": unknown scoring.method '" + tk.text("scoring.method") + "'");
            double sum = 0;
            for (String c : CRITERIA) {
                double w = tk.number("scoring.weights." + c);
                double min = tk.number("scoring.weightBounds." + c + ".min");
                double max = tk.number("scoring.weightBounds." + c + ".max");
                assertTrue(min <= max, tk.id() + ": bounds of " + c + " are inverted");
                assertTrue(w >= min - TOLERANCE && w <= max + TOLERANCE,
                        tk.id() + ": weight " + c + " = " + w + " lies outside [" + min + ", " + max + "]");
                sum += w;
            }
            assertEquals(1.0, sum, TOLERANCE, tk.id() + ": weights must sum to 1");
        }));
    }

    @Test
    void countryToolkitsUseAtLeastThreeMethods() {
        Set<String> used = new TreeSet<>();
        COUNTRIES.forEach(c -> used.add(loaded.get(c).text("scoring.method")));
        assertTrue(used.size() >= 3, "country toolkits use only " + used);
    }

    @Test
    void shareOfAssumedParametersIsComputedForEveryToolkit() {
        StringBuilder report = new StringBuilder("toolkit  own: assumed/total (share)   resolved: assumed/total (share)\n");
        for (Toolkit tk : loaded.values()) {
            int own = 0;
            int ownAssumed = 0;
            int assumed = 0;
            for (Param p : tk.params().values()) {
                boolean a = p.assumed();
                assumed += a ? 1 : 0;
                if (p.layer().equals(tk.id())) {
                    own++;
                    ownAssumed += a ? 1 : 0;
                }
            }
            int total = tk.params().size();
            assertTrue(own > 0 && total > 0, tk.id() + " has no parameters of its own");
            double ownShare = (double) ownAssumed / own;
            double share = (double) assumed / total;
            assertTrue(ownShare >= 0 && ownShare <= 1 && share >= 0 && share <= 1, tk.id());
            report.append(String.format("%-8s %3d/%-3d (%.2f)               %3d/%-3d (%.2f)%n", tk.id(), ownAssumed, own,
                    ownShare, assumed, total, share));
        }
        System.out.print(report);
    }
}
