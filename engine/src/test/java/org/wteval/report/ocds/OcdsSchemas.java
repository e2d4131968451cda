package org.wteval.report.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The official OCDS 1.1.5 release schema with the extensions a wte-eval package declares merged in, and validators
 * built from it. The official files are test resources under {@code third-party/ocds/} (see its SOURCE.md); the
 * project's own extension is read from the engine's resources, where it ships.
 *
 * <p>OCDS applies an extension by merging its {@code release-schema.json} into the release schema as a JSON Merge
 * Patch (RFC 7386): objects merge key by key, {@code null} deletes a key (the PPP profile uses this to lift the core
 * schema's deprecation of {@code Milestone.documents}), anything else replaces. {@code omitWhenMerged},
 * {@code wholeListMerge} and {@code mergeStrategy} are rules for merging releases into records, not for patching the
 * schema, and {@code deprecated}, {@code codelist} and {@code openCodelist} are annotations for people and tools: the
 * patching leaves them as the patches set them, and a JSON Schema validator ignores them.
 */
final class OcdsSchemas {

    static final ObjectMapper JSON = new ObjectMapper();

    static final String RELEASE_URL = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";

    /** The extension folders in the order the package's {@code extensions} array lists them. */
    static final List<String> OFFICIAL_PATCHES = List.of(
            "third-party/ocds/ocds_lots_extension-v1.1.5/release-schema.json",
            "third-party/ocds/ocds_bid_extension-v1.1.5/release-schema.json",
            "third-party/ocds/ocds_awardCriteria_extension/release-schema.json",
            "third-party/ocds/ppp-profile-1.0.0-beta3/release-schema.json");

    static final String LOCAL_PATCH = "ocds/wte-evaluation-extension/release-schema.json";

    private OcdsSchemas() {
    }

    static JsonNode resource(String name) {
        try (InputStream in = OcdsSchemas.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The core release schema with every declared extension merged in. */
    static ObjectNode patchedReleaseSchema() {
        JsonNode schema = resource("third-party/ocds/standard-1.1.5/release-schema.json");
        for (String patch : OFFICIAL_PATCHES) {
            schema = mergePatch(schema, resource(patch));
        }
        return (ObjectNode) mergePatch(schema, resource(LOCAL_PATCH));
    }

    /** RFC 7386 section 2, as written there; {@code target} is not changed. */
    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
                result.remove(e.getKey());
            } else {
                result.set(e.getKey(), mergePatch(result.get(e.getKey()), e.getValue()));
            }
        }
        return result;
    }

    /** The release package schema, its releases checked against {@code releaseSchema} (draft 4). */
    static JsonSchema packageValidator(JsonNode releaseSchema) {
        String release = releaseSchema.toString();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                b -> b.schemaLoaders(l -> l.schemas(Map.of(RELEASE_URL, release))));
        return factory.getSchema(resource("third-party/ocds/standard-1.1.5/release-package-schema.json"));
    }

    static Set<ValidationMessage> validate(JsonNode releaseSchema, JsonNode pkg) {
        return packageValidator(releaseSchema).validate(pkg);
    }

    /**
     * Every field of {@code instance} the schema does not declare, as JSON paths. OCDS schemas allow additional
     * fields, so validation alone would pass a misspelt one; OCDS asks validators to warn about them.
     */
    static List<String> undeclared(JsonNode schema, JsonNode root, JsonNode instance, String path) {
        List<String> out = new ArrayList<>();
        JsonNode s = resolve(root, schema);
        if (instance.isObject()) {
            JsonNode props = s.path("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it = instance.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path + "." + e.getKey();
                if (!props.has(e.getKey())) {
                    out.add(p);
                } else {
                    out.addAll(undeclared(props.get(e.getKey()), root, e.getValue(), p));
                }
            }
        } else if (instance.isArray() && s.has("items")) {
            for (int i = 0; i < instance.size(); i++) {
                out.addAll(undeclared(s.get("items"), root, instance.get(i), path + "[" + i + "]"));
            }
        }
        return out;
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            if (ref.equals(RELEASE_URL)) {
                return root;
            }
            s = root.at(ref.substring(1));
        }
        return s;
    }
}
