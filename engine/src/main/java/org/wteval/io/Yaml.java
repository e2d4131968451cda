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
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.yaml.snakeyaml.LoaderOptions;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses YAML or JSON into trees, recording syntax errors and non-finite numbers as problems.
 *
 * <p>Case and toolkit files are read as plain data: one document of UTF-8 text, numbers written as decimals and
 * booleans as {@code true}/{@code false}. The YAML 1.1 readings that change a value without a word are refused with
 * the field they occur at: {@code 072000000} read as octal, {@code 0x1F} as hexadecimal, {@code 1_000} with its
 * separator dropped, {@code yes}/{@code off} as booleans, an alias {@code *who} read as the text "who", and a second
 * document after {@code ---} dropped.
 */
public final class Yaml {

    /**
     * YAML is a superset of JSON, so one mapper reads both. Duplicate keys are an error, not a silent override. Types
     * and required fields are the schema's job, so an absent optional flag binds to its default (false).
     */
    static final ObjectMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
                    .loaderOptions(loaderOptions())
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(InputLimits.MAX_NESTING_DEPTH).build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // Read JSON's NaN and Infinity as numbers so that the finite check can name the field.
            .enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static final ObjectMapper JSON = JsonMapper.builder().build();

    private Yaml() {
    }

    /** The YAML reader's own bounds: nesting, aliases (refused anyway) and the file's length. */
    private static LoaderOptions loaderOptions() {
        LoaderOptions o = new LoaderOptions();
        o.setNestingDepthLimit(InputLimits.MAX_NESTING_DEPTH);
        o.setMaxAliasesForCollections(10);
        o.setCodePointLimit((int) InputLimits.MAX_FILE_BYTES);
        return o;
    }

    /** A number as JSON writes it: no leading zeros, no base prefix, no separators. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    /** Returns the tree, or {@code null} after recording why the file could not be read. */
    public static JsonNode parse(byte[] content, String file, List<InputProblem> problems) {
        if (!isUtf8(content, file, problems) || !isPlainData(content, file, problems)) {
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(content);
            if (node == null || node.isMissingNode() || node.isNull()) {
                problems.add(new InputProblem(file, "", "the file is empty"));
                return null;
            }
            checkFinite(node, "", file, problems);
            return node;
        } catch (StreamConstraintsException e) {
            problems.add(new InputProblem(file, "", "nested deeper than " + InputLimits.MAX_NESTING_DEPTH
                    + " levels: a case or toolkit file needs no more than a few"));
            return null;
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

    /** Names the line and column of the first byte that is not UTF-8, which the parser would report at 1:1. */
    private static boolean isUtf8(byte[] content, String file, List<InputProblem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            return true;
        }
        int bad = in.position();
        int line = 1;
        int column = 1;
        for (int i = 0; i < bad; i++) {
            if (content[i] == '\n') {
                line++;
                column = 1;
            } else if ((content[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        problems.add(new InputProblem(file, "", String.format(Locale.ROOT,
                "is not UTF-8 text: byte 0x%02X at line %d, column %d; save the file as UTF-8", content[bad] & 0xFF,
                line, column)));
        return false;
    }

    /**
     * Walks the file's tokens once and records every value YAML 1.1 would read differently from what it looks like.
     * Syntax errors are left to the tree parser, which names them.
     */
    private static boolean isPlainData(byte[] content, String file, List<InputProblem> problems) {
        int before = problems.size();
        try (JsonParser p = MAPPER.getFactory().createParser(content)) {
            if (!(p instanceof YAMLParser yaml)) {
                return true;
            }
            int documents = 0;
            int depth = 0;
            for (JsonToken t = yaml.nextToken(); t != null; t = yaml.nextToken()) {
                if (depth == 0 && (t.isScalarValue() || t.isStructStart())) {
                    documents++;
                }
                depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
                if (yaml.isCurrentAlias()) {
                    problems.add(new InputProblem(file, pathOf(yaml), "uses a YAML alias (*" + yaml.getText()
                            + "), which would be read as the text '" + yaml.getText() + "', not the value it names: "
                            + "write the value out"));
                } else if (t.isNumeric() && Double.isFinite(yaml.getDoubleValue())
                        && !PLAIN_NUMBER.matcher(yaml.getText()).matches()) {
                    problems.add(new InputProblem(file, pathOf(yaml), "'" + yaml.getText() + "' is not a plain "
                            + "decimal number (YAML would read a leading zero as octal, 0x as hexadecimal and drop _): "
                            + "write it as digits, e.g. 72000000 or 0.5"));
                } else if (t.isBoolean() && !yaml.getText().equals(t == JsonToken.VALUE_TRUE ? "true" : "false")) {
                    problems.add(new InputProblem(file, pathOf(yaml), "'" + yaml.getText() + "' is read as a yes/no "
                            + "flag: write true or false, or quote it if it is text"));
                }
            }
            if (documents > 1) {
                problems.add(new InputProblem(file, "", "holds " + documents + " YAML documents (separated by ---); "
                        + "a file holds one, so the others would be lost"));
            }
        } catch (IOException e) {
            return true;
        }
        return problems.size() == before;
    }

    private static String pathOf(JsonParser parser) {
        return parser.getParsingContext().pathAsPointer().toString()
                .replaceFirst("^/", "").replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
    }

    /** The field the parser was reading when it failed, as a dotted path; empty if unknown. */
    private static String fieldAt(JsonProcessingException e) {
        return e.getProcessor() instanceof JsonParser parser ? pathOf(parser) : "";
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
