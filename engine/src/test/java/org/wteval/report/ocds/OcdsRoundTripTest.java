package org.wteval.report.ocds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;
import org.wteval.io.ocds.ImportedCase;
import org.wteval.io.ocds.OcdsPackageReader;
import org.wteval.model.Bid;

/**
 * Export, import, export: the second package is byte for byte the first. The imported folder lacks what OCDS does
 * not carry, so before the second export it is completed from the original case, the imported values winning; every
 * value the import did write must equal the original's. The one documented difference: the import states the
 * criterion weights the evaluation used where the original tender left them to the toolkit.
 */
class OcdsRoundTripTest {

    private static final ObjectMapper YAML = new YAMLMapper();

    @TempDir
    Path tmp;

    static Stream<Path> samples() throws Exception {
        return OcdsSchemaTest.samples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    @DisplayName("export → import → export gives the same package, and the import changes no value it carries")
    void roundTrips(Path caseDir) throws Exception {
        byte[] first = render(caseDir);
        Path pkg = tmp.resolve("package.json");
        Files.write(pkg, first);
        ImportedCase imported = OcdsPackageReader.read(pkg);

        JsonNode originalTender = YAML.readTree(caseDir.resolve("tender.yaml").toFile());
        ObjectNode carried = imported.tender().deepCopy();
        if (!originalTender.has("weights")) {
            carried.remove("weights");
        }
        assertEquals(List.of(), differences(carried, originalTender, "tender.yaml"));
        Map<String, JsonNode> originalBids = originalBids(caseDir);
        assertEquals(originalBids.keySet(), imported.bids().keySet());
        for (Map.Entry<String, ObjectNode> b : imported.bids().entrySet()) {
            assertEquals(List.of(), differences(b.getValue(), originalBids.get(b.getKey()), b.getKey()));
        }

        Path completed = tmp.resolve("completed");
        Files.createDirectories(completed.resolve("bids"));
        write(completed.resolve("tender.yaml"), complete(originalTender, imported.tender()));
        for (Map.Entry<String, ObjectNode> b : imported.bids().entrySet()) {
            write(completed.resolve(ImportedCase.bidFile(b.getKey())), complete(originalBids.get(b.getKey()),
                    b.getValue()));
        }
        copyCommittee(caseDir, completed);
        byte[] second = render(completed);
        assertArrayEquals(first, second, () -> "second export differs:\n"
                + new String(second, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("the import names what OCDS does not carry: the waste, the contract, the toolkit, each bid's plant")
    void importNamesWhatIsMissing() throws Exception {
        Path pkg = tmp.resolve("package.json");
        Files.write(pkg, render(CaseFolders.sample("vn-multilot")));
        ImportedCase imported = OcdsPackageReader.read(pkg);
        List<String> missing = imported.missing().stream().map(m -> m.file() + ": " + m.field()).toList();
        for (String field : List.of("tender.yaml: country", "tender.yaml: baseYear", "tender.yaml: waste",
                "tender.yaml: contract", "tender.yaml: lots[0].tonnesPerDay",
                "tender.yaml: lots[2].guaranteedTonnesPerYear", "bids/B1.yaml: plant", "bids/B6.yaml: finance",
                "bids/B6.yaml: currency")) {
            assertTrue(missing.contains(field), field + " in " + missing);
        }
        assertTrue(!missing.contains("tender.yaml: currency") && !missing.contains("tender.yaml: lotGroups[0].title"),
                "carried: " + missing);
        assertEquals("G1", imported.bids().get("B6").get("relatedLotGroup").asText());
        assertEquals("Que Vo", imported.tender().at("/lots/0/site").asText());
    }

    private static byte[] render(Path caseDir) throws Exception {
        OcdsOutcome outcome = OcdsOutcome.of(BundledRules.engine(), CaseFolderReader.read(caseDir));
        return OcdsReleasePackage.render(outcome, OcdsReleasePackage.Publication.defaults());
    }

    private static Map<String, JsonNode> originalBids(Path caseDir) throws Exception {
        Map<String, JsonNode> bids = new java.util.TreeMap<>();
        for (Bid b : CaseFolderReader.read(caseDir).bids()) {
            try (Stream<Path> files = Files.list(caseDir.resolve("bids"))) {
                for (Path f : files.toList()) {
                    JsonNode n = YAML.readTree(f.toFile());
                    if (n.path("id").asText().equals(b.id())) {
                        bids.put(b.id(), n);
                    }
                }
            }
        }
        return bids;
    }

    /** Each value of {@code imported} that the original states differently, or does not state. */
    private static List<String> differences(JsonNode imported, JsonNode original, String at) {
        List<String> out = new ArrayList<>();
        if (imported.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = imported.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode o = original == null ? null : original.get(e.getKey());
                if (o == null) {
                    out.add(at + "." + e.getKey() + " is not in the original");
                } else {
                    out.addAll(differences(e.getValue(), o, at + "." + e.getKey()));
                }
            }
        } else if (imported.isArray()) {
            if (original == null || original.size() != imported.size()) {
                out.add(at + " has " + imported.size() + " items");
            } else {
                for (int i = 0; i < imported.size(); i++) {
                    out.addAll(differences(imported.get(i), original.get(i), at + "[" + i + "]"));
                }
            }
        } else if (imported.isNumber() ? original.asDouble() != imported.asDouble() : !imported.equals(original)) {
            out.add(at + ": " + imported + " against " + original);
        }
        return out;
    }

    /** The original with the imported values written over it, lists item by item (a lot keeps its tonnage). */
    private static JsonNode complete(JsonNode original, JsonNode imported) {
        if (imported.isObject() && original != null && original.isObject()) {
            ObjectNode out = original.deepCopy();
            imported.fields().forEachRemaining(e -> out.set(e.getKey(), complete(original.get(e.getKey()),
                    e.getValue())));
            return out;
        }
        if (imported.isArray() && original != null && original.isArray() && original.size() == imported.size()) {
            com.fasterxml.jackson.databind.node.ArrayNode out = YAML.createArrayNode();
            for (int i = 0; i < imported.size(); i++) {
                out.add(complete(original.get(i), imported.get(i)));
            }
            return out;
        }
        return imported.deepCopy();
    }

    private static void write(Path file, JsonNode tree) throws Exception {
        Files.write(file, YAML.writeValueAsBytes(tree));
    }

    private static void copyCommittee(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path rel = from.relativize(p);
                if (Files.isRegularFile(p) && (rel.startsWith("committee.yaml") || rel.startsWith("evaluators"))) {
                    Files.createDirectories(to.resolve(rel).getParent());
                    Files.copy(p, to.resolve(rel));
                }
            }
        }
    }
}
