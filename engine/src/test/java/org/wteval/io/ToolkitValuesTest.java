package org.wteval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.model.InputProblem;

/**
 * Every toolkit value is checked against its unit when the toolkit is loaded, and named at the file and field of the
 * layer that set it; a key the engine reads that a toolkit folder lacks is named in its base layer.
 */
class ToolkitValuesTest {

    @TempDir
    Path tmp;

    private Path toolkits() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("toolkits"));
        try (Stream<Path> s = Files.list(Bundled.toolkits())) {
            for (Path p : s.toList()) {
                Files.copy(p, dir.resolve(p.getFileName().toString()));
            }
        }
        return dir;
    }

    private static List<InputProblem> load(Path dir, String id) {
        List<InputProblem> problems = new ArrayList<>();
        ToolkitLoader.Loaded loaded = new ToolkitLoader(dir).load(id, null, problems);
        if (problems.isEmpty()) {
            assertNotNull(loaded);
        } else {
            assertNull(loaded, "a toolkit with problems is not returned");
        }
        return problems;
    }

    /** Sets the value of {@code key}'s first {@code value:} line after its key line in a toolkit file. */
    private static void set(Path file, String keyLine, String value) throws IOException {
        String s = Files.readString(file);
        int at = s.indexOf(keyLine);
        int v = s.indexOf("value: ", at) + "value: ".length();
        int end = s.indexOf('\n', v);
        Files.writeString(file, s.substring(0, v) + value + s.substring(end));
    }

    @Test
    void aRateJustAboveTheLowestIsLoadedAndOneAtItIsNamedInItsLayer() throws IOException {
        Path dir = toolkits();
        set(dir.resolve("vn.yaml"), "    discountRateReal:", "-0.49");
        assertEquals(List.of(), load(dir, "vn"));
        set(dir.resolve("vn.yaml"), "    discountRateReal:", "-0.5");
        assertEquals(List.of(new InputProblem("toolkits/vn.yaml", "parameters.finance.discountRateReal.value",
                "a yearly rate must lie between -0.5 and 1 (a fraction, 0.06 for 6%), not -0.5")), load(dir, "vn"));
    }

    @Test
    void textWhereAFigureIsExpectedAShareAboveOneAndANegativeQuantityAreNamedAtOnce() throws IOException {
        Path dir = toolkits();
        set(dir.resolve("vn.yaml"), "    discountRateReal:", "\"-100%\"");
        set(dir.resolve("base.yaml"), "    minDscr:", "-1.2");
        set(dir.resolve("base.yaml"), "    belowOwnerEstimate:", "1.2");
        List<InputProblem> p = load(dir, "vn");
        assertEquals(List.of("toolkits/base.yaml: parameters.abnormallyLow.belowOwnerEstimate.value",
                        "toolkits/base.yaml: parameters.finance.minDscr.value",
                        "toolkits/vn.yaml: parameters.finance.discountRateReal.value"),
                p.stream().map(x -> x.file() + ": " + x.path()).sorted().toList());
    }

    @Test
    void aShareOfExactlyOneIsLoaded() throws IOException {
        Path dir = toolkits();
        set(dir.resolve("base.yaml"), "    belowOwnerEstimate:", "1");
        assertEquals(List.of(), load(dir, "vn"));
    }

    @Test
    void aKeyTheEngineReadsMissingFromTheBaseLayerIsNamed() throws IOException {
        Path dir = toolkits();
        String base = Files.readString(dir.resolve("base.yaml"));
        int at = base.indexOf("    minDscr:");
        int end = base.indexOf("status:", at);
        end = base.indexOf('\n', end) + 1;
        Files.writeString(dir.resolve("base.yaml"), base.substring(0, at) + base.substring(end));
        List<InputProblem> p = load(dir, "vn");
        assertEquals(1, p.size(), p.toString());
        assertEquals("toolkits/base.yaml: parameters.finance.minDscr: missing: the engine reads it (the bundled "
                + "base.yaml sets it to 1.2 ratio)", p.get(0).toString());
    }

    @Test
    void everyBundledToolkitAndEveryVersionPassesTheChecks() {
        // The bundled folder is its own reference, so only the values are checked: none may fail.
        for (String id : new ToolkitLoader(Bundled.toolkits()).ids(new ArrayList<>())) {
            assertEquals(List.of(), load(Bundled.toolkits(), id), id);
        }
    }
}
