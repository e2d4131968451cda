package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.io.Bundled;
import org.wteval.model.Severity;

/**
 * Every rule must be tested and documented: its id must appear as a string literal in some test class, and its
 * metadata must state a severity, a clause and a meaning.
 */
class RuleCatalogueCoverageTest {

    private static List<RuleInfo> rules() throws RuleCompileException {
        List<RuleInfo> rules = RuleBook.load(Bundled.rules()).rules();
        assertFalse(rules.isEmpty(), "the bundled rule book has no rules");
        return rules;
    }

    /**
     * The test sources, under the repository root that Surefire passes as {@code wte.root}; without it (an IDE run
     * from the module folder) the root is the module's parent, as in {@link org.wteval.CaseFolders#root()}.
     */
    private static Path testSources() {
        String root = System.getProperty("wte.root", "..");
        Path dir = Path.of(root, "engine/src/test/java");
        // Finding this class's own source proves the folder is the right one, not merely some folder.
        assertTrue(Files.isRegularFile(dir.resolve("org/wteval/rules/RuleCatalogueCoverageTest.java")),
                "no test sources at " + dir.toAbsolutePath().normalize());
        return dir;
    }

    @Test
    @DisplayName("every rule id appears as a string literal in some *Test.java")
    void everyRuleIdIsNamedInATest() throws Exception {
        StringBuilder tests = new StringBuilder();
        try (Stream<Path> files = Files.walk(testSources())) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith("Test.java")).sorted().toList()) {
                tests.append(Files.readString(p)).append('\n');
            }
        }
        List<String> untested = new ArrayList<>();
        for (RuleInfo r : rules()) {
            if (!tests.toString().contains("\"" + r.id() + "\"")) {
                untested.add(r.id() + " (" + r.file() + ")");
            }
        }
        assertEquals(List.of(), untested, "rules no test names as a string literal");
    }

    @Test
    @DisplayName("every rule states a valid severity, a clause and a meaning")
    void everyRuleHasMetadata() throws RuleCompileException {
        List<String> names = Arrays.stream(Severity.values()).map(Enum::name).toList();
        List<String> problems = new ArrayList<>();
        for (RuleInfo r : rules()) {
            if (r.severity() == null || !names.contains(r.severity())) {
                problems.add(r.id() + ": severity '" + r.severity() + "' is not one of " + names);
            }
            if (r.clause() == null || r.clause().isBlank()) {
                problems.add(r.id() + ": no clause");
            }
            if (r.meaning() == null || r.meaning().isBlank()) {
                problems.add(r.id() + ": no meaning");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    @DisplayName("rule ids are unique")
    void ruleIdsAreUnique() throws RuleCompileException {
        List<String> ids = rules().stream().map(RuleInfo::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), "duplicate rule ids in " + ids);
    }
}
