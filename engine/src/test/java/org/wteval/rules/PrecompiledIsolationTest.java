package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules compiled from source never take a class from precompiled rules on the engine's class path. A declared type
 * keeps its name from one version of a rule file to the next, so an edited copy compiled beside the precompiled
 * original is where a stale class would stand in for the fresh one.
 */
class PrecompiledIsolationTest {

    /** A rule file declaring a type with one field; the rule reports the field's value under the clause. */
    private static final String PROBE = """
            package rules.probe;

            import org.wteval.rules.Outcomes;

            declare Probe
                %1$s : String
            end

            rule "PROBE-MAKE"
                @severity("INFO")
                @clause("probe")
                @meaning("inserts a probe")
            when
            then
                insert(new Probe("%2$s"));
            end

            rule "PROBE"
                @severity("WARNING")
                @clause("%3$s")
                @meaning("reports the probe's value")
            when
                Probe($v : %1$s)
            then
                insert(Outcomes.tender(drools, $v, Double.NaN, Double.NaN, ""));
            end
            """;

    @TempDir
    Path tmp;

    @Test
    @DisplayName("an edited copy compiled beside precompiled originals fires its own rules, types and metadata")
    void editedCopyWinsOverPrecompiledOriginal() throws Exception {
        Path original = write("original", PROBE.formatted("label", "precompiled", "original clause"));
        Path edited = write("edited", PROBE.formatted("text", "edited", "edited clause"));

        // The engine's class path holds the original, precompiled, as the build puts it among the engine's classes.
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        Map.Entry<String, byte[]> module = RuleBook.precompile(original);
        RulePrecompiler.write(module.getKey(), module.getValue(), classes);
        List<String> models = Files.readAllLines(classes.resolve(RulePrecompiler.MODELS_RESOURCE.substring(1)),
                StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        try (URLClassLoader engine = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                RuleBook.class.getClassLoader())) {
            RuleBook precompiled = RuleBook.fromModels(models, engine, RuleBook.read(original), List.of(),
                    module.getKey());
            assertEquals(List.of("precompiled"), messages(precompiled));

            RuleBook compiled = RuleBook.load(edited, engine);
            assertEquals(List.of("edited"), messages(compiled));
            assertEquals("edited clause", clause(compiled));
            assertEquals("original clause", clause(precompiled));
        }
    }

    private Path write(String name, String drl) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("probe.drl"), drl);
        return dir;
    }

    private static List<String> messages(RuleBook book) {
        return book.judge(List.of()).findings().stream().map(Finding::message).toList();
    }

    private static String clause(RuleBook book) {
        return book.rules().stream().filter(r -> r.id().equals("PROBE")).findFirst().orElseThrow().clause();
    }
}
