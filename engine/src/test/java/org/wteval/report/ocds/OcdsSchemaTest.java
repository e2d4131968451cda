package org.wteval.report.ocds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.InvalidInputException;

/** Every sample case's export validates against the official OCDS 1.1.5 schema with its extensions merged in. */
class OcdsSchemaTest {

    private static ObjectNode releaseSchema;

    @BeforeAll
    static void patch() {
        releaseSchema = OcdsSchemas.patchedReleaseSchema();
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(CaseFolders.root().resolve("cases"))) {
            return s.filter(p -> Files.isRegularFile(p.resolve("tender.yaml"))).sorted().toList().stream();
        }
    }

    static ObjectNode export(Path caseDir) throws InvalidInputException {
        OcdsOutcome outcome = OcdsOutcome.of(BundledRules.engine(), CaseFolderReader.read(caseDir));
        return OcdsReleasePackage.tree(outcome, OcdsReleasePackage.Publication.defaults());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    @DisplayName("the export is a valid OCDS 1.1 release package under the declared extensions, every field declared")
    void sampleExportIsValid(Path caseDir) throws Exception {
        ObjectNode pkg = export(caseDir);
        assertEquals(Set.of(), OcdsSchemas.validate(releaseSchema, pkg));
        JsonNode release = pkg.get("releases").get(0);
        assertEquals(List.of(), OcdsSchemas.undeclared(releaseSchema, releaseSchema, release, "releases[0]"));
    }

    @Test
    @DisplayName("the merged schema has each extension's fields, and the PPP profile's null lifts a core deprecation")
    void patchesAreMerged() {
        JsonNode d = releaseSchema.get("definitions");
        assertTrue(d.at("/Tender/properties/lots").isObject(), "lots extension");
        assertTrue(d.at("/Bid/properties/tenderers").isObject(), "bids extension");
        assertTrue(d.at("/Lot/properties/awardCriteria").isObject(), "award criteria extension");
        assertTrue(d.at("/Award/properties/evaluationIndicators").isObject(), "PPP profile");
        assertTrue(d.at("/Bid/properties/scores").isObject(), "the project's extension");
        JsonNode core = OcdsSchemas.resource("third-party/ocds/standard-1.1.5/release-schema.json");
        assertTrue(core.at("/definitions/Milestone/properties/documents/deprecated").isObject());
        assertTrue(d.at("/Milestone/properties/documents/deprecated").isMissingNode());
    }

    @Test
    @DisplayName("RFC 7386 merge: objects merge, null deletes, arrays and scalars replace")
    void mergePatchFollowsTheRfc() throws Exception {
        // The example of RFC 7386 section 3.
        JsonNode target = OcdsSchemas.JSON.readTree("{\"title\":\"Goodbye!\",\"author\":{\"givenName\":\"John\","
                + "\"familyName\":\"Doe\"},\"tags\":[\"example\",\"sample\"],\"content\":\"This will be unchanged\"}");
        JsonNode patch = OcdsSchemas.JSON.readTree("{\"title\":\"Hello!\",\"phoneNumber\":\"+01-123-456-7890\","
                + "\"author\":{\"familyName\":null},\"tags\":[\"example\"]}");
        JsonNode expected = OcdsSchemas.JSON.readTree("{\"title\":\"Hello!\",\"author\":{\"givenName\":\"John\"},"
                + "\"tags\":[\"example\"],\"content\":\"This will be unchanged\",\"phoneNumber\":\"+01-123-456-7890\"}");
        assertEquals(expected, OcdsSchemas.mergePatch(target, patch));
    }

    @Test
    @DisplayName("the validation fails where the export breaks a codelist, a local bound or a misspelt field")
    void brokenExportsFail() throws Exception {
        ObjectNode pkg = export(CaseFolders.sample("vn-bac-ninh"));
        ObjectNode bid = (ObjectNode) pkg.at("/releases/0/bids/details/0");
        bid.put("status", "winner");
        ((ObjectNode) bid.at("/scores/0")).put("score", 120);
        Set<ValidationMessage> errors = OcdsSchemas.validate(releaseSchema, pkg);
        assertTrue(errors.stream().anyMatch(m -> m.getInstanceLocation().toString().endsWith("details[0].status")),
                errors::toString);
        assertTrue(errors.stream().anyMatch(m -> m.getInstanceLocation().toString().endsWith("scores[0].score")),
                errors::toString);
        bid.put("rnak", 1);
        assertEquals(List.of("releases[0].bids.details[0].rnak"),
                OcdsSchemas.undeclared(releaseSchema, releaseSchema, pkg.at("/releases/0"), "releases[0]"));
    }

    @Test
    @DisplayName("the project's extension.json names its schema patch, and every package declares it")
    void localExtensionIsDeclared() {
        JsonNode ext = OcdsSchemas.resource("ocds/wte-evaluation-extension/extension.json");
        assertEquals("release-schema.json", ext.at("/schemas/0").asText());
        assertFalse(ext.at("/name/en").asText().isEmpty());
        assertTrue(OcdsSchemas.resource("third-party/ocds/ppp-profile-1.0.0-beta3/extension.json").at("/schemas/0")
                .asText().equals("release-schema.json"));
    }
}
