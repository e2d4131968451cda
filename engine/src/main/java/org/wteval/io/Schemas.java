package org.wteval.io;

import org.wteval.model.InputProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates input trees against the project's JSON Schemas (draft 2020-12) with the networknt validator, a
 * maintained implementation that reports every violation with its instance location rather than stopping at the
 * first.
 */
public final class Schemas {

    public static final String TENDER = "cases/schema/tender.schema.json";
    public static final String BID = "cases/schema/bid.schema.json";
    public static final String COMMITTEE = "cases/schema/committee.schema.json";
    public static final String EVALUATOR = "cases/schema/evaluator.schema.json";
    public static final String PORTFOLIO = "cases/schema/portfolio.schema.json";
    public static final String TOOLKIT = "toolkits/toolkit.schema.json";

    /**
     * Draft 2020-12 with one annotation of the project's own: {@code unit}, the unit of a bid field that the bid form
     * prints beside it. Declared, the validator reads it as an annotation instead of warning of an unknown keyword.
     */
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                    .keyword(new AnnotationKeyword("unit")).build()));

    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private Schemas() {
    }

    /** Adds one problem per schema violation; returns true if the tree is valid. */
    public static boolean check(String schema, JsonNode node, String file, List<InputProblem> problems) {
        int before = problems.size();
        for (ValidationMessage m : load(schema).validate(node)) {
            String path = m.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
            String message = m.getMessage();
            // The validator prefixes the message with the location; the path column already says it.
            int colon = message.indexOf(": ");
            if (colon > 0 && message.startsWith("$")) {
                message = message.substring(colon + 2);
            }
            problems.add(new InputProblem(file, path, message));
        }
        return problems.size() == before;
    }

    /** The bundled schema file's tree, as written (the bid form is laid out from the bid schema). */
    static JsonNode tree(String name) {
        Path p = Bundled.root().resolve(name);
        try (InputStream in = Files.newInputStream(p)) {
            return Yaml.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled schema " + name, e);
        }
    }

    private static JsonSchema load(String name) {
        return CACHE.computeIfAbsent(name, n -> FACTORY.getSchema(tree(n)));
    }
}
