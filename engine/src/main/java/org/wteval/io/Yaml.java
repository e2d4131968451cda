package org.wteval.io;

import org.wteval.model.InputProblem;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Parses YAML or JSON into trees, recording syntax errors and non-finite numbers as problems. */
public final class Yaml {

    /**
     * YAML is a superset of JSON, so one mapper reads both. Duplicate keys are an error, not a silent override. Types
     * and required fields are the schema's job, so an absent optional flag binds to its default (false).
     */
    static final ObjectMapper MAPPER = YAMLMapper.builder(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // Read JSON's NaN and Infinity as numbers so that the finite check can name the field.
            .enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static final ObjectMapper JSON = JsonMapper.builder().build();

    private Yaml() {
    }

    /** Returns the tree, or {@code null} after recording why the file could not be read. */
    public static JsonNode parse(byte[] content, String file, List<InputProblem> problems) {
        try {
            JsonNode node = MAPPER.readTree(content);
            if (node == null || node.isMissingNode() || node.isNull()) {
                problems.add(new InputProblem(file, "", "the file is empty"));
                return null;
            }
            checkFinite(node, "", file, problems);
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            problems.add(new InputProblem(file, fieldAt(e), "not valid YAML" + where + ": " + e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            problems.add(new InputProblem(file, "", "cannot be read: " + e.getMessage()));
            return null;
        }
    }

    /** The field the parser was reading when it failed, as a dotted path; empty if unknown. */
    private static String fieldAt(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return "";
        }
        return parser.getParsingContext().pathAsPointer().toString()
                .replaceFirst("^/", "").replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
    }

    /** Binds a validated tree to a record; binding cannot fail on a tree that passed its schema. */
    public static <T> T bind(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("schema and record " + type.getSimpleName() + " disagree", e);
        }
    }

    /** JSON Schema's {@code number} admits YAML's {@code .nan} and {@code .inf}; no input figure may be either. */
    private static void checkFinite(JsonNode node, String path, String file, List<InputProblem> problems) {
        if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
            problems.add(new InputProblem(file, path, "must be a finite number, not " + node.asText()));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                checkFinite(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), file, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkFinite(node.get(i), path + "[" + i + "]", file, problems);
            }
        }
    }
}
