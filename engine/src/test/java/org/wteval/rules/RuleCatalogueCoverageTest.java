package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.BundledRules;
import org.wteval.model.Severity;

/**
 * Every rule must be tested and documented: some test declares with {@link Fires} that it makes the rule fire and
 * some test declares with {@link Silent} that it keeps the rule silent, and its metadata states a severity, a clause
 * and a meaning.
 */
class RuleCatalogueCoverageTest {

    private static List<RuleInfo> rules() throws RuleCompileException {
        List<RuleInfo> rules = BundledRules.book().rules();
        assertFalse(rules.isEmpty(), "the bundled rule book has no rules");
        return rules;
    }

    /** Every test method of the compiled test classes, with the rules it declares it fires and keeps silent. */
    private static List<Method> testMethods() throws Exception {
        Path root = Path.of(RuleCatalogueCoverageTest.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        // Finding this class among them proves the folder is the compiled test classes, not merely some folder.
        assertTrue(Files.isRegularFile(root.resolve("org/wteval/rules/RuleCatalogueCoverageTest.class")),
                "no compiled test classes at " + root);
        List<Method> methods = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".")
                        .replaceFirst("\\.class$", "");
                Class<?> c = Class.forName(name, false, RuleCatalogueCoverageTest.class.getClassLoader());
                for (Method m : c.getDeclaredMethods()) {
                    if (m.isAnnotationPresent(Test.class)) {
                        methods.add(m);
                    }
                }
            }
        }
        return methods;
    }

    @Test
    @DisplayName("every rule has a test that makes it fire (@Fires) and one that keeps it silent (@Silent)")
    void everyRuleHasAFiringAndASilentTest() throws Exception {
        Map<String, Set<String>> fires = new TreeMap<>();
        Map<String, Set<String>> silent = new TreeMap<>();
        List<String> misplaced = new ArrayList<>();
        for (Method m : testMethods()) {
            String where = m.getDeclaringClass().getSimpleName() + "." + m.getName();
            Fires f = m.getAnnotation(Fires.class);
            Silent s = m.getAnnotation(Silent.class);
            if (f != null) {
                Arrays.stream(f.value()).forEach(id -> fires.computeIfAbsent(id, k -> new TreeSet<>()).add(where));
            }
            if (s != null) {
                Arrays.stream(s.value()).forEach(id -> silent.computeIfAbsent(id, k -> new TreeSet<>()).add(where));
            }
        }
        List<String> ids = rules().stream().map(RuleInfo::id).toList();
        List<String> missing = new ArrayList<>();
        for (RuleInfo r : rules()) {
            if (!fires.containsKey(r.id())) {
                missing.add(r.id() + " has no @Fires test (" + r.file() + ")");
            }
            if (!silent.containsKey(r.id())) {
                missing.add(r.id() + " has no @Silent test (" + r.file() + ")");
            }
        }
        // An annotation naming no rule covers nothing: a typo or a rule since removed.
        for (Map<String, Set<String>> declared : List.of(fires, silent)) {
            declared.forEach((id, tests) -> {
                if (!ids.contains(id)) {
                    misplaced.add(id + " is no rule, yet " + tests + " declare it");
                }
            });
        }
        assertEquals(List.of(), missing, "rules lacking a firing or a silent test");
        assertEquals(List.of(), misplaced);
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
