package org.wteval.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.CaseFolders;
import org.wteval.io.Yaml;

/** {@code wte export-ocds} and {@code wte import-ocds} as a user runs them. */
class OcdsCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PACKAGE = "ocds-release-package.json";

    @TempDir
    Path tmp;

    @Test
    @DisplayName("two exports write the same bytes; ids and dates come from the case and the publisher's prefix")
    void exportIsDeterministicAndDatedFromTheCase() throws Exception {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        CliRun first = CliRun.of("export-ocds", c.toString(), "--out", tmp.resolve("a").toString(),
                "--ocid-prefix", "ocds-213czf");
        CliRun second = CliRun.of("export-ocds", c.toString(), "--out", tmp.resolve("b").toString(),
                "--ocid-prefix", "ocds-213czf");
        assertEquals(Main.OK, first.code(), first.err());
        assertEquals(Main.OK, second.code(), second.err());
        byte[] bytes = Files.readAllBytes(tmp.resolve("a").resolve(PACKAGE));
        assertArrayEquals(bytes, Files.readAllBytes(tmp.resolve("b").resolve(PACKAGE)));
        JsonNode release = JSON.readTree(bytes).at("/releases/0");
        assertEquals("ocds-213czf-vn-bac-ninh", release.get("ocid").asText());
        // The latest date of the case: the committee's decision on B4 (committee.yaml), after the price reference
        // (2026-01-15) and the exchange rates (2026-01-02).
        assertEquals("2026-03-20T00:00:00Z", release.get("date").asText());
        assertEquals("2026-03-20T00:00:00Z", JSON.readTree(bytes).get("publishedDate").asText());
        // B1 ranks first (ranking.txt: 76.3756 points); B4 was rejected by the committee, B2 and B3 disqualified.
        assertEquals("B1", release.at("/awards/0/relatedBid").asText());
        assertEquals("active", release.at("/awards/0/status").asText());
        assertEquals("complete", release.at("/tender/status").asText());
        assertEquals(76.3756, release.at("/bids/details/0/ranks/0/total").asDouble(), 5e-5);
        assertEquals("disqualified", release.at("/bids/details/3/status").asText());
        assertEquals("B4", release.at("/bids/details/3/id").asText());
    }

    @Test
    @DisplayName("a ranking waiting on the committee's decision is published as a pending award")
    void provisionalRankingGivesAPendingAward() throws Exception {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        Files.delete(c.resolve("committee.yaml"));
        CliRun r = CliRun.of("export-ocds", c.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(Main.OK, r.code(), r.err());
        JsonNode release = JSON.readTree(tmp.resolve("o").resolve(PACKAGE).toFile()).at("/releases/0");
        assertEquals("pending", release.at("/awards/0/status").asText());
        assertEquals("active", release.at("/tender/status").asText());
        assertEquals("2026-01-15T00:00:00Z", release.get("date").asText(), "the price reference's date, now latest");
    }

    @Test
    @DisplayName("bid text is data: a bidder named with markup and quotes survives export and import as text")
    void bidTextIsData() throws Exception {
        String name = "Evil <script>alert(\"x\")</script> & Co, 'yes'";
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        CaseFolders.edit(c.resolve("bids/b5-hanoi-envirotech.yaml"), "bidder: Hanoi EnviroTech Partners",
                "bidder: 'Evil <script>alert(\"x\")</script> & Co, ''yes'''");
        CliRun export = CliRun.of("export-ocds", c.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(Main.OK, export.code(), export.err());
        Path pkg = tmp.resolve("o").resolve(PACKAGE);
        String text = Files.readString(pkg, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"Evil <script>alert(\\\"x\\\")</script> & Co, 'yes'\""), "escaped as JSON text");
        assertEquals(name, JSON.readTree(text).at("/releases/0/bids/details/4/tenderers/0/name").asText());

        CliRun imported = CliRun.of("import-ocds", pkg.toString(), "--out", tmp.resolve("case").toString());
        assertEquals(Main.OK, imported.code(), imported.err());
        // Read back by the case reader's own YAML parser, which refuses 'yes' as a boolean and the like.
        java.util.List<org.wteval.model.InputProblem> problems = new java.util.ArrayList<>();
        JsonNode bid = Yaml.parse(Files.readAllBytes(tmp.resolve("case/bids/B5.yaml")), "bids/B5.yaml", problems);
        assertEquals(java.util.List.of(), problems);
        assertEquals(name, bid.get("bidder").asText());
    }

    @Test
    @DisplayName("the imported case is plainly incomplete: missing.txt lists what OCDS lacks and validate names it")
    void importedCaseIsIncompleteAndSaysSo() throws Exception {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        assertEquals(Main.OK, CliRun.of("export-ocds", c.toString(), "--out", tmp.resolve("o").toString()).code());
        Path caseDir = tmp.resolve("case");
        CliRun imported = CliRun.of("import-ocds", tmp.resolve("o").resolve(PACKAGE).toString(), "--out",
                caseDir.toString());
        assertEquals(Main.OK, imported.code(), imported.err());
        assertTrue(imported.out().contains("tender.yaml: waste - "), imported.out());
        String missing = Files.readString(caseDir.resolve("missing.txt"));
        assertTrue(missing.contains("bids/B1.yaml: plant - ") && missing.contains("tender.yaml: country - "), missing);
        assertTrue(Files.readString(caseDir.resolve("tender.yaml")).contains("INCOMPLETE"));

        CliRun validate = CliRun.of("validate", caseDir.toString());
        assertEquals(Main.INVALID_INPUT, validate.code(), validate.err());
        assertTrue(validate.err().contains("tender.yaml: required property 'waste' not found"), validate.err());
        assertTrue(validate.err().contains("bids/B1.yaml: required property 'plant' not found"), validate.err());

        CliRun again = CliRun.of("import-ocds", tmp.resolve("o").resolve(PACKAGE).toString(), "--out",
                caseDir.toString());
        assertEquals(Main.INVALID_INPUT, again.code(), "a case folder being completed is never replaced");
        assertTrue(again.err().contains("holds files the engine did not write"), again.err());
    }

    @Test
    @DisplayName("bad OCDS: every problem with file and JSON path, exit 2, nothing written")
    void badPackageIsRefusedWhole() throws Exception {
        Path pkg = tmp.resolve("bad.json");
        Files.writeString(pkg, """
                {"version": "1.0", "releases": [{
                  "parties": [{"id": "t1", "name": "Good Bidder"}],
                  "tender": {"id": "../escape", "title": 42,
                             "lots": [{"id": "L1", "title": "North"}, {"id": "L2", "title": "South"}]},
                  "bids": {"details": [
                    {"id": "B1", "tenderers": [{"id": "t1"}], "relatedLots": ["L9"]},
                    {"id": "B2"},
                    {"id": "B1", "tenderers": [{"id": "t1"}], "relatedLots": ["L1"]}
                  ]}
                }]}
                """);
        Path out = tmp.resolve("case");
        CliRun r = CliRun.of("import-ocds", pkg.toString(), "--out", out.toString());
        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        for (String problem : new String[] {
                "bad.json: version: is 1.0; this reader reads OCDS 1.1 packages",
                "bad.json: releases[0].tender.id: is not an id wte-eval can use as a file name",
                "bad.json: releases[0].tender.title: is not text (number)",
                "bad.json: releases[0].bids.details[0].relatedLots[0]: is not a lot of the tender (\"L9\")",
                "bad.json: releases[0].bids.details[1].tenderers: is required",
                "bad.json: releases[0].bids.details[2].id: repeats bid B1"}) {
            assertTrue(r.err().contains(problem), problem + " in\n" + r.err());
        }
        assertFalse(Files.exists(out), "nothing may be written for a bad package");

        Files.writeString(pkg, "{\"releases\": [ {\"tender\": ");
        CliRun truncated = CliRun.of("import-ocds", pkg.toString(), "--out", out.toString());
        assertEquals(Main.INVALID_INPUT, truncated.code(), truncated.err());
        assertTrue(truncated.err().contains("bad.json: is not JSON"), truncated.err());
        assertFalse(Files.exists(out));
    }

    @Test
    @DisplayName("an ocid prefix that cannot make an ocid is refused with the option's name")
    void badPrefixIsRefused() {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        CliRun r = CliRun.of("export-ocds", c.toString(), "--out", tmp.resolve("o").toString(), "--ocid-prefix",
                "my prefix");
        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("--ocid-prefix my prefix: is not an ocid prefix"), r.err());
        assertFalse(Files.exists(tmp.resolve("o")));
    }
}
