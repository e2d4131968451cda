package org.wteval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.CaseFolders;
import org.wteval.model.Sha256;

/**
 * The engine bundles exactly the repository's rule, toolkit and schema files: none left over from a file deleted
 * since an earlier build (it would still be loaded, and a rule of it would still fire), none missing or outdated.
 */
class BundledFilesTest {

    @Test
    @DisplayName("the bundled rules are the rule files of rules/")
    void rules() throws IOException {
        assertSame(CaseFolders.root().resolve("rules"), Bundled.rules(), n -> n.endsWith(".drl"));
    }

    @Test
    @DisplayName("the bundled toolkits are the toolkit files of toolkits/")
    void toolkits() throws IOException {
        assertSame(CaseFolders.root().resolve("toolkits"), Bundled.toolkits(),
                n -> !n.contains("/") && (n.endsWith(".yaml") || n.endsWith(".json")));
    }

    @Test
    @DisplayName("the bundled schemas are the files of cases/schema/")
    void schemas() throws IOException {
        assertSame(CaseFolders.root().resolve("cases").resolve("schema"), Bundled.schemas(), n -> true);
    }

    private static void assertSame(Path sources, Path bundled, Predicate<String> shipped) throws IOException {
        Map<String, String> expected = digests(sources, shipped);
        Map<String, String> actual = digests(bundled, shipped);
        assertEquals(expected.keySet(), actual.keySet(), "files in " + bundled + " against " + sources);
        assertEquals(expected, actual, "contents of " + bundled + " against " + sources);
    }

    /** SHA-256 of each file under {@code dir} whose relative path {@code take} accepts, by that path. */
    private static Map<String, String> digests(Path dir, Predicate<String> take) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (take.test(rel)) {
                    out.put(rel, Sha256.hex(Files.readAllBytes(p)));
                }
            }
        }
        return out;
    }
}
