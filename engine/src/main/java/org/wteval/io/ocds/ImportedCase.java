package org.wteval.io.ocds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a case folder an OCDS package carries, and what it does not.
 *
 * @param tender {@code tender.yaml} as far as the package gives it
 * @param bids each bid's file as far as the package gives it, by bid id
 * @param missing every field the evaluation needs that the package does not carry, file by file
 */
public record ImportedCase(String tenderId, ObjectNode tender, Map<String, ObjectNode> bids, List<Missing> missing) {

    public static final String TENDER = "tender.yaml";
    public static final String COMMITTEE = "committee.yaml";
    public static final String MISSING = "missing.txt";

    // Every string double-quoted, so that a bidder named "yes" or "0755" reads back as text.
    private static final ObjectMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build());

    public ImportedCase {
        bids = Collections.unmodifiableMap(new LinkedHashMap<>(bids));
        missing = List.copyOf(missing);
    }

    /** A field the case needs and the package does not carry; {@code what} says what it is. */
    public record Missing(String file, String field, String what) {
    }

    public static String bidFile(String bidId) {
        return "bids/" + bidId + ".yaml";
    }

    /** The case folder's files by relative path: the tender, the bids, and {@link #MISSING}. */
    public Map<String, byte[]> files(String packageName) {
        String header = "# Imported from the OCDS package " + packageName + ". INCOMPLETE: the fields listed in "
                + MISSING + " are not in OCDS;\n# add them before wte evaluate (wte validate names what is still "
                + "missing).\n";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(TENDER, yaml(header, tender));
        bids.forEach((id, bid) -> files.put(bidFile(id), yaml(header, bid)));
        files.put(MISSING, missingText(packageName).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** The list of missing fields as {@link #MISSING} and the command print it. */
    public String missingText(String packageName) {
        StringBuilder s = new StringBuilder("This case was imported from the OCDS package " + packageName
                + ".\nOCDS does not carry these fields, which the evaluation needs (optional ones say so):\n");
        for (Missing m : missing) {
            s.append("  ").append(m.file()).append(": ").append(m.field()).append(" - ").append(m.what())
                    .append('\n');
        }
        return s.toString();
    }

    private static byte[] yaml(String header, ObjectNode node) {
        try {
            return (header + YAML.writeValueAsString(node)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }
}
