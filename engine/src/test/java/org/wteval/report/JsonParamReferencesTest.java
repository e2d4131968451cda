package org.wteval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;

/**
 * A toolkit value inside a figure tree is written as {@code {"value": v, "param": key}}: every such reference must
 * name a parameter listed under {@code toolkit.parameters} with that same value, so no citation is lost.
 */
class JsonParamReferencesTest {

    @ParameterizedTest
    @ValueSource(strings = {"vn-bac-ninh", "id-west-java", "id-west-java-2025", "in-lucknow", "mv-greater-male",
            "ph-metro-cebu", "th-songkhla", "th-songkhla-committee"})
    void everyParameterReferenceResolvesToItsListedValue(String id) throws Exception {
        byte[] json = JsonReport.render(BundledRules.engine().evaluate(CaseFolderReader.read(CaseFolders.sample(id))));
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode listed = root.path("toolkit").path("parameters");
        List<JsonNode> refs = new ArrayList<>();
        collect(root, refs);
        assertTrue(refs.size() > 50, id + ": only " + refs.size() + " references");
        for (JsonNode r : refs) {
            JsonNode p = listed.path(r.get("param").asText());
            assertTrue(p.isObject(), id + ": " + r + " names no listed parameter");
            assertEquals(p.get("value").doubleValue(), r.get("value").doubleValue(), id + ": " + r);
            assertTrue(p.has("source") && p.has("status") && p.has("unit"), id + ": " + p);
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isObject()) {
            if (n.has("param") && n.get("param").isTextual() && n.has("value")) {
                out.add(n);
            }
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                collect(e.getValue(), out);
            }
        } else if (n.isArray()) {
            n.forEach(x -> collect(x, out));
        }
    }
}
