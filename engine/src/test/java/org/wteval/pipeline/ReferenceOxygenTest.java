package org.wteval.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.Bundled;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.InvalidInputException;
import org.wteval.rules.Finding;

/**
 * A toolkit whose standard refers its limits to another oxygen content has them restated at the 11% O2 that bids
 * guarantee at before the emission rules compare: the Viet Nam sample, with its NOx limit of 200 mg/Nm3 declared
 * at 7% O2, holds bids to 200 x 10 / 14 mg/Nm3 at 11%. A reference of 21% or more (air) is bad input.
 */
class ReferenceOxygenTest {

    private static final String DECLARED_AT = """
              emissions:
                referenceOxygenPercent:
                  value: %s
                  unit: "%% O2, dry"
                  source: "test toolkit: limits declared at another oxygen content"
                  effective: "2026"
                  status: assumed
            """;

    @Test
    void limitsDeclaredAtSevenPercentAreHeldStricterAtEleven(@TempDir Path toolkits) throws Exception {
        vietNamDeclaredAt("7", toolkits);

        Map<String, Double> atEleven = noxThresholds(Engine.of(BundledRules.book(), toolkits));
        Map<String, Double> asBundled = noxThresholds(BundledRules.engine());

        double restated = 200.0 * (21 - 11) / (21 - 7);
        // Guarantees of 120, 180, 260, 190 and 180 mg/Nm3: only the 260 breaches 200, all but the 120 breach 142.9.
        assertEquals(Map.of("B3", 200.0), asBundled);
        assertEquals(Map.of("B2", restated, "B3", restated, "B4", restated, "B5", restated), atEleven);
    }

    @Test
    void aReferenceOfAirOrMoreIsRejectedWithItsFileAndField(@TempDir Path toolkits) throws Exception {
        vietNamDeclaredAt("21", toolkits);
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> Engine.of(BundledRules.book(), toolkits)
                        .evaluate(CaseFolderReader.read(CaseFolders.sample("vn-bac-ninh"))));
        assertTrue(bad.problems().stream().anyMatch(p -> p.file().endsWith("vn.yaml")
                && p.path().contains("emissions.referenceOxygenPercent")), bad.problems().toString());
    }

    /** A copy of the bundled toolkits in {@code dir}, Viet Nam's declaring its limits at {@code percent} O2. */
    private static void vietNamDeclaredAt(String percent, Path dir) throws Exception {
        try (Stream<Path> files = Files.list(Bundled.toolkits())) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName().toString()));
            }
        }
        Files.writeString(dir.resolve("vn.yaml"), DECLARED_AT.formatted(percent), StandardOpenOption.APPEND);
    }

    /** The NOx limit each bid breached, by bid id. */
    private static Map<String, Double> noxThresholds(Engine engine) throws Exception {
        Evaluation e = engine.evaluate(CaseFolderReader.read(CaseFolders.sample("vn-bac-ninh")));
        Map<String, Double> out = new TreeMap<>();
        e.bids().forEach(b -> b.findings().stream()
                .filter(f -> f.ruleId().equals("BID-EMISSION-LIMIT") && f.params().contains("emissions.limits.nox"))
                .map(Finding::threshold).forEach(t -> out.put(b.metrics().bidId(), t)));
        return out;
    }
}
