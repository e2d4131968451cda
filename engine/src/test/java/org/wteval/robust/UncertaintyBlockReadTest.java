package org.wteval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.CaseSource;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.model.UncertainVariable;

/**
 * The uncertainty block as a case folder gives it: read from tender.yaml and checked by its schema, whose names of
 * families and variables are the engine's.
 */
class UncertaintyBlockReadTest {

    @TempDir
    Path tmp;

    private Path caseWith(String block) throws IOException {
        Path c = CaseFolders.copy("th-songkhla", tmp);
        Files.writeString(c.resolve("tender.yaml"), Files.readString(c.resolve("tender.yaml")) + block);
        return c;
    }

    @Test
    @DisplayName("a tender's block is read and overrides the toolkit's variable by variable")
    void readFromTheTender() throws Exception {
        CaseSource s = CaseFolderReader.read(caseWith("""
                uncertainty:
                  capexOverrun: {family: triangular, min: 0.9, mode: 1.1, max: 1.6, source: "authority's estimate"}
                """));
        assertEquals(List.of(), s.problems());
        assertEquals(1.6, s.tender().uncertainty().capexOverrun().max());
        assertNull(s.tender().uncertainty().inflationShift());
    }

    @Test
    @DisplayName("an unknown family or variable in tender.yaml is a schema problem with file and field")
    void unknownNamesFailTheSchema() throws Exception {
        CaseSource s = CaseFolderReader.read(caseWith("""
                uncertainty:
                  inflation: {family: normal, mean: 0.03, sd: 0.01, source: "x"}
                  capexOverrun: {family: gamma, median: 1.1, logSd: 0.2, source: "x"}
                """));
        List<String> where = new ArrayList<>();
        for (InputProblem p : s.problems()) {
            where.add(p.file() + ": " + p.path());
        }
        assertTrue(where.contains("tender.yaml: uncertainty.capexOverrun.family"), where.toString());
        assertTrue(s.problems().stream().anyMatch(p -> p.file().equals("tender.yaml")
                && p.path().startsWith("uncertainty") && p.message().contains("inflation")), s.problems().toString());
        assertNull(s.tender());
    }

    @Test
    @DisplayName("a bad distribution in tender.yaml is reported at tender.yaml and its field")
    void badDistributionNamesTheTenderFile() throws Exception {
        CaseSource s = CaseFolderReader.read(caseWith("""
                uncertainty:
                  inflationShift: {family: normal, mean: 0, sd: -0.01, source: "x"}
                """));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Uncertainty.of(List.of(), s.tender().uncertainty(), s.sources()));
        assertEquals("tender.yaml: uncertainty.inflationShift.sd: must not be negative, not -0.01",
                e.problems().get(0).toString());
    }

    @Test
    @DisplayName("both schemas name exactly the engine's families and variables")
    void schemasNameTheEnginesFamiliesAndVariables() throws IOException {
        List<String> families = new ArrayList<>();
        for (Marginal.Family f : Marginal.Family.values()) {
            families.add(f.key());
        }
        List<String> variables = new ArrayList<>();
        for (UncertainVariable v : UncertainVariable.values()) {
            variables.add(v.key());
        }
        for (String schema : List.of("cases/schema/tender.schema.json", "toolkits/toolkit.schema.json")) {
            JsonNode defs = new ObjectMapper().readTree(CaseFolders.root().resolve(schema).toFile()).get("$defs");
            List<String> declared = new ArrayList<>();
            defs.get("uncertainty").get("properties").fieldNames().forEachRemaining(declared::add);
            declared.remove("correlation");
            assertEquals(variables, declared, schema);
            List<String> enumerated = new ArrayList<>();
            defs.get("distribution").get("properties").get("family").get("enum")
                    .forEach(n -> enumerated.add(n.asText()));
            assertEquals(families, enumerated, schema);
            List<String> correlatable = new ArrayList<>();
            defs.get("correlation").get("properties").get("variables").get("items").get("enum")
                    .forEach(n -> correlatable.add(n.asText()));
            assertEquals(variables, correlatable, schema);
        }
    }
}
