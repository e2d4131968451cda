package org.wteval.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.cli.Main;

class DeterminismTest {

    @TempDir
    Path tmp;

    private byte[] evaluate(Path caseDir, String outName) throws Exception {
        Path out = tmp.resolve(outName);
        StringWriter err = new StringWriter();
        assertEquals(Main.OK, BundledRules.run(new String[] {"evaluate", caseDir.toString(), "--out", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true)), err.toString());
        return Files.readAllBytes(out.resolve("evaluation.json"));
    }

    @Test
    void theSameCaseTwiceGivesByteIdenticalOutput() throws Exception {
        Path c = CaseFolders.sample("vn-bac-ninh");
        assertArrayEquals(evaluate(c, "first"), evaluate(c, "second"));
    }

    @Test
    void theAuditRecordsTheSha256OfEveryInputRuleAndToolkitFile() throws Exception {
        Path c = CaseFolders.sample("vn-bac-ninh");
        JsonNode audit = JsonMapper.builder().build().readTree(evaluate(c, "audit")).get("audit");
        // Each digest is recomputed here, independently of the engine.
        assertEquals(sha256(Files.readAllBytes(c.resolve("tender.yaml"))), digestOf(audit.get("inputs"), "tender.yaml"));
        assertEquals(sha256(Files.readAllBytes(c.resolve("bids/b2-eurogrid.yaml"))),
                digestOf(audit.get("inputs"), "bids/b2-eurogrid.yaml"));
        Path root = CaseFolders.root();
        assertEquals(sha256(Files.readAllBytes(root.resolve("toolkits/vn.yaml"))),
                digestOf(audit.get("toolkits"), "toolkits/vn.yaml"));
        assertEquals(sha256(Files.readAllBytes(root.resolve("rules/compliance/emissions.drl"))),
                digestOf(audit.get("rules"), "rules/compliance/emissions.drl"));
        // The group digest is over "<name> <sha256>\n" lines in name order.
        StringBuilder lines = new StringBuilder();
        audit.get("inputs").forEach(f -> lines.append(f.get("file").asText()).append(' ')
                .append(f.get("sha256").asText()).append('\n'));
        assertEquals(sha256(lines.toString().getBytes(StandardCharsets.UTF_8)), audit.get("inputsSha256").asText());
        assertEquals(7, audit.get("inputs").size()); // tender + 5 bids + committee.yaml
        assertEquals(sha256(Files.readAllBytes(c.resolve("committee.yaml"))),
                digestOf(audit.get("inputs"), "committee.yaml"));
    }

    private static String digestOf(JsonNode files, String name) {
        for (JsonNode f : files) {
            if (f.get("file").asText().equals(name)) {
                return f.get("sha256").asText();
            }
        }
        throw new AssertionError(name + " is not in the audit");
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
