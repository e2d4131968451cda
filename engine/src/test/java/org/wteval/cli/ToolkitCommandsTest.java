package org.wteval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.io.Bundled;
import org.wteval.model.InputProblem;
import org.wteval.io.ToolkitLoader;
import org.wteval.model.Param;
import org.wteval.model.Toolkit;

/** {@code wte toolkit list|show|diff} on the bundled toolkits and on small toolkit folders written by the tests. */
class ToolkitCommandsTest {

    @TempDir
    Path tmp;

    private static Toolkit bundled(String id) {
        List<InputProblem> problems = new ArrayList<>();
        ToolkitLoader.Loaded loaded = new ToolkitLoader(Bundled.toolkits())
                .load(id, new InputProblem("test", "", "toolkit"), problems);
        assertTrue(problems.isEmpty(), problems::toString);
        return loaded.toolkit();
    }

    /** The output line that starts with {@code start}, split into its columns (separated by two or more spaces). */
    private static List<String> columns(String out, String start) {
        return out.lines().filter(l -> l.stripLeading().startsWith(start + " ")).findFirst()
                .map(l -> List.of(l.trim().split(" {2,}")))
                .orElseThrow(() -> new AssertionError("no line starting with " + start + " in:\n" + out));
    }

    /** A number the way a reader expects it: {@code 200}, not {@code 200.0}. */
    private static String valueColumn(Param p) {
        return p.value() instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : p.text();
    }

    private static String statusColumn(Param p) {
        return p.assumed() ? "ASSUMED" : p.status();
    }

    /** A toolkit folder holding the bundled base and the given extra files. */
    private Path folder(String... namesAndContents) throws IOException {
        Files.copy(Bundled.toolkits().resolve("base.yaml"), tmp.resolve("base.yaml"));
        for (int i = 0; i < namesAndContents.length; i += 2) {
            Files.writeString(tmp.resolve(namesAndContents[i]), namesAndContents[i + 1]);
        }
        return tmp;
    }

    private static final String ZZ = """
            id: zz
            name: Test country
            extends: base
            parameters:
              finance:
                discountRateReal: {value: 0.10, unit: fraction/yr, source: "test override of the base rate", \
            effective: "2026", status: verified}
              test:
                whole: {value: 50000.0, unit: t/yr, source: "a whole number with a decimal point", \
            effective: "2026", status: assumed}
                small: {value: 0.035, unit: fraction, source: "a fraction as the file writes it", \
            effective: "2026-01", status: verified}
                flag: {value: true, unit: flag, source: "a boolean parameter for the test", \
            effective: "2026-01-02", status: assumed}
            """;

    @Test
    void helpListsTheToolkitCommand() {
        CliRun top = CliRun.of("--help");
        assertTrue(top.out().contains("toolkit"), top.out());
        CliRun group = CliRun.of("toolkit");
        assertEquals(Main.OK, group.code(), group.err());
        assertTrue(group.out().contains("list") && group.out().contains("show") && group.out().contains("diff"),
                group.out());
    }

    @Test
    void listGivesEveryBundledToolkitSortedWithItsLayersAndAssumedShare() {
        CliRun r = CliRun.of("toolkit", "list");
        assertEquals(Main.OK, r.code(), r.err());
        for (String id : List.of("base", "vn", "id")) {
            Toolkit t = bundled(id);
            long assumed = t.params().values().stream().filter(p -> Param.ASSUMED.equals(p.status())).count();
            int total = t.params().size();
            // Without a date, each file's latest version is listed (Indonesia: base > id@2025-10-10).
            String layers = id.equals("base") ? "base (root)" : t.chain();
            assertEquals(List.of(id, t.name(), layers, total + " parameters, " + assumed + " assumed ("
                    + Math.round(100.0 * assumed / total) + "%)"), columns(r.out(), id), r.out());
        }
        List<String> ids = r.out().lines().map(l -> l.split(" ", 2)[0]).toList();
        assertEquals(new ArrayList<>(new TreeSet<>(ids)), ids, "sorted by id, one line each");
    }

    @Test
    void showGivesEachParameterWithItsStatusLayerAndSource() {
        CliRun r = CliRun.of("toolkit", "show", "vn");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("vn  Viet Nam  base > vn  "), r.out());

        assertEquals(List.of("scoring.points.technical", "75", "points", "verified", "base",
                bundled("base").param("scoring.points.technical").effective(),
                bundled("base").param("scoring.points.technical").source()),
                columns(r.out(), "scoring.points.technical"));

        Param rate = bundled("vn").param("finance.discountRateReal");
        assertEquals(List.of("finance.discountRateReal", valueColumn(rate), "fraction/yr", statusColumn(rate), "vn",
                rate.effective(), rate.source()), columns(r.out(), "finance.discountRateReal"));

        List<String> keys = r.out().lines().skip(3).filter(l -> !l.isEmpty()).map(l -> l.split(" ", 2)[0]).toList();
        assertEquals(List.copyOf(bundled("vn").params().keySet()), keys, "every parameter once, in key order");
    }

    @Test
    void showFormatsNumbersAsTheFileGivesThemAndCapitalisesAssumed() throws IOException {
        Path dir = folder("zz.yaml", ZZ);
        CliRun r = CliRun.of("toolkit", "show", "zz", "--toolkits", dir.toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertEquals(List.of("test.whole", "50000", "t/yr", "ASSUMED", "zz", "2026",
                "a whole number with a decimal point"), columns(r.out(), "test.whole"));
        assertEquals(List.of("test.small", "0.035", "fraction", "verified", "zz", "2026-01",
                "a fraction as the file writes it"), columns(r.out(), "test.small"));
        assertEquals(List.of("test.flag", "true", "flag", "ASSUMED", "zz", "2026-01-02",
                "a boolean parameter for the test"), columns(r.out(), "test.flag"));
        assertEquals("0.1", columns(r.out(), "finance.discountRateReal").get(1));
        assertEquals(r.out(), CliRun.of("toolkit", "show", "zz", "--toolkits", dir.toString()).out(), "deterministic");
    }

    @Test
    void diffListsTheKeysThatDifferWithBothSidesAndCountsTheEqualOnes() {
        Toolkit vn = bundled("vn");
        Toolkit id = bundled("id");
        TreeSet<String> keys = new TreeSet<>(vn.params().keySet());
        keys.addAll(id.params().keySet());
        List<String> differing = new ArrayList<>();
        for (String k : keys) {
            Param a = vn.params().get(k);
            Param b = id.params().get(k);
            if (a == null || b == null || !a.value().equals(b.value()) || !a.unit().equals(b.unit())) {
                differing.add(k);
            }
        }

        CliRun r = CliRun.of("toolkit", "diff", "vn", "id");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().lines().findFirst().orElseThrow().endsWith(
                "; " + (keys.size() - differing.size()) + " key(s) equal in value and unit"), r.out());
        List<String> listed = r.out().lines().takeWhile(l -> !l.startsWith("Rules that apply"))
                .filter(l -> !l.isEmpty() && !l.startsWith(" ")).skip(1).toList();
        assertEquals(differing, listed, "the differing keys, in key order, and no others");

        Param vnRate = vn.param("finance.discountRateReal");
        Param idRate = id.param("finance.discountRateReal");
        String block = r.out().substring(r.out().indexOf("\nfinance.discountRateReal\n"));
        assertEquals(List.of("vn", valueColumn(vnRate), vnRate.unit(), statusColumn(vnRate), "layer vn",
                vnRate.effective(), vnRate.source()), columns(block.lines().skip(2).findFirst().orElseThrow(), "vn"));
        assertEquals(List.of(id.label(), valueColumn(idRate), idRate.unit(), statusColumn(idRate), "layer id",
                idRate.effective(), idRate.source()),
                columns(block.lines().skip(3).findFirst().orElseThrow(), id.label()));
        assertFalse(r.out().contains("emissions.limits.nox"), "a key both inherit from base is not listed");
    }

    @Test
    void diffMarksAKeyOnlyOneToolkitHas() throws IOException {
        Path dir = folder("zz.yaml", ZZ);
        CliRun r = CliRun.of("toolkit", "diff", "base", "zz", "--toolkits", dir.toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("base and zz (base > zz): 4 key(s) differ (1 in value, "
                + "0 only in base, 3 only in zz); "), r.out());
        String flag = r.out().substring(r.out().indexOf("\ntest.flag\n"));
        assertEquals(List.of("base", "(not set)"), columns(flag.lines().skip(2).findFirst().orElseThrow(), "base"));
        assertTrue(r.out().contains("\nfinance.discountRateReal\n  base  0.06 "), r.out());
    }

    @Test
    void anUnknownToolkitIsInvalidInputNamingItsFile() {
        CliRun show = CliRun.of("toolkit", "show", "xx");
        assertEquals(Main.INVALID_INPUT, show.code());
        assertTrue(show.err().contains("command line: CC: unknown toolkit 'xx': no toolkit toolkits/xx.yaml exists"),
                show.err());
        assertEquals("", show.out());

        CliRun diff = CliRun.of("toolkit", "diff", "xx", "yy");
        assertEquals(Main.INVALID_INPUT, diff.code());
        assertTrue(diff.err().contains("toolkits/xx.yaml") && diff.err().contains("toolkits/yy.yaml"), diff.err());
    }

    @Test
    void listReportsEveryBrokenToolkitAfterListingTheRest() throws IOException {
        Path dir = folder(
                "bad.yaml", ZZ.replace("id: zz", "id: bad").replace("extends: base", "extends: nowhere"),
                "other.yaml", ZZ.replace("id: zz", "id: another"),
                "Not_An_Id.yaml", ZZ,
                "zz.yaml", ZZ);
        CliRun r = CliRun.of("toolkit", "list", "--toolkits", dir.toString());
        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        String missing = "toolkits/bad.yaml: extends: extends a missing toolkit 'nowhere': no toolkit "
                + "toolkits/nowhere.yaml exists";
        String misnamed = "toolkits/other.yaml: id: must be 'other', the file's name, not 'another'";
        for (String problem : List.of(missing, misnamed, "toolkits/Not_An_Id.yaml: the file's name must be")) {
            assertTrue(r.err().contains(problem), r.err());
        }
        assertTrue(r.out().contains("bad    NOT LOADED, 1 problem(s):\n" + " ".repeat(9) + missing + "\n"), r.out());
        assertTrue(r.out().contains("other  NOT LOADED"), r.out());
        assertEquals("base > zz", columns(r.out(), "zz").get(2), r.out());
        assertTrue(r.out().startsWith("bad "), "sorted by id: " + r.out());

        CliRun show = CliRun.of("toolkit", "show", "bad", "--toolkits", dir.toString());
        assertEquals(Main.INVALID_INPUT, show.code());
        assertTrue(show.err().contains(missing), show.err());
    }

    @Test
    void aFolderWithoutToolkitsIsInvalidInput() {
        CliRun r = CliRun.of("toolkit", "list", "--toolkits", tmp.toString());
        assertEquals(Main.INVALID_INPUT, r.code());
        assertTrue(r.err().contains("holds no toolkit files"), r.err());
        CliRun missing = CliRun.of("toolkit", "list", "--toolkits", tmp.resolve("nowhere").toString());
        assertEquals(Main.INVALID_INPUT, missing.code());
        assertTrue(missing.err().contains("is not a toolkit folder"), missing.err());
        assertEquals("", missing.out());
    }

    @Test
    void showOnADateGivesTheVersionInForceThatDayAndTheVersionThatSetEachParameter() {
        CliRun before = CliRun.of("toolkit", "show", "id", "--on", "2025-10-09");
        assertEquals(Main.OK, before.code(), before.err());
        assertTrue(before.out().startsWith("id  Indonesia  base > id@2018-04-16  "), before.out());
        assertTrue(before.out().contains("\nin force on 2025-10-09: version of id, 2018-04-16 to 2025-10-09 "
                + "(Perpres 35/2018"), before.out());
        assertEquals(List.of("tariff.type", "capacity-banded", "rule", "verified", "id@2018-04-16", "2018-04-16"),
                columns(before.out(), "tariff.type").subList(0, 6));
        assertEquals("id", columns(before.out(), "ghg.gridEmissionFactor").get(4), "a common parameter: no version");

        CliRun after = CliRun.of("toolkit", "show", "id", "--on", "2025-10-10");
        assertEquals(Main.OK, after.code(), after.err());
        assertEquals(List.of("tariff.single.perMwh", "200", "USD/MWh", "verified", "id@2025-10-10", "2025-10-10"),
                columns(after.out(), "tariff.single.perMwh").subList(0, 6));
        assertFalse(after.out().contains("tippingFee.centralSupportCapPerTonne"), after.out());
        CliRun latest = CliRun.of("toolkit", "show", "id");
        assertTrue(latest.out().contains("\nlatest version of id, from 2025-10-10 (Perpres 109/2025"), latest.out());
    }

    @Test
    void diffAcrossVersionsNamesTheParametersAndTheRulesThatDiffer() {
        CliRun r = CliRun.of("toolkit", "diff", "id@2025-10-09", "id@2025-10-10");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("id@2018-04-16 (base > id@2018-04-16) on 2025-10-09 and id@2025-10-10 (base > "
                + "id@2025-10-10) on 2025-10-10: 13 key(s) differ (4 in value, 5 only in id@2018-04-16, 4 only in "
                + "id@2025-10-10)"), r.out());
        String onlyBefore = section(r.out(), "Rules that apply only under id@2018-04-16:");
        String onlyAfter = section(r.out(), "Rules that apply only under id@2025-10-10:");
        for (String rule : List.of("ID-TARIFF-BAND-LOW", "ID-TARIFF-BAND-HIGH", "ID-TIPPING-FEE-CAP")) {
            assertTrue(onlyBefore.contains("  " + rule + " "), onlyBefore);
            assertFalse(onlyAfter.contains(rule), onlyAfter);
        }
        for (String rule : List.of("ID-TARIFF-SINGLE-PRICE", "ID-GATE-FEE-NONE", "ID-GATE-FEE-ASKED",
                "ID-SUPPLY-MIN")) {
            assertTrue(onlyAfter.contains("  " + rule + " "), onlyAfter);
        }
        assertTrue(section(r.out(), "Rules that apply under both but read a parameter that differs:")
                .contains("  TARIFF-PPA-TERM reads tariff.ppaYears"), r.out());
    }

    /** The lines after a heading, up to the next blank line. */
    private static String section(String out, String heading) {
        String rest = out.substring(out.indexOf(heading) + heading.length());
        int end = rest.indexOf("\n\n");
        return end < 0 ? rest : rest.substring(0, end);
    }
}
