package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.BundledRules;

/** The bundled rules compile; a broken rule file is reported with its name. */
class RuleCompileTest {

    @Test
    @DisplayName("the bundled rules compile into a non-empty rule book")
    void bundledRulesCompile() throws RuleCompileException {
        RuleBook book = BundledRules.book();
        assertFalse(book.rules().isEmpty());
        assertFalse(book.files().isEmpty());
    }

    @Test
    @DisplayName("a DRL with a syntax error fails with an error naming its file")
    void brokenRuleNamesItsFile(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("compliance"));
        // "when" without a pattern and a consequence that is not Java: the parser rejects it.
        Files.writeString(folder.resolve("broken-gate.drl"), """
                package rules.compliance;

                import org.wteval.rules.BidFacts;

                rule "BROKEN-GATE"
                    @severity("WARNING")
                    @clause("test")
                    @meaning("test")
                when
                    $b : BidFacts(availabilityHours <
                then
                    insert(;
                end
                """);
        RuleCompileException e = assertThrows(RuleCompileException.class, () -> RuleBook.load(dir));
        assertFalse(e.errors().isEmpty());
        assertTrue(e.errors().stream().anyMatch(m -> m.contains("broken-gate.drl")),
                "no error names the file: " + e.errors());
    }

    @Test
    @DisplayName("a DRL matching an unknown fact type fails with an error naming its file")
    void unknownTypeNamesItsFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("unknown-type.drl"), """
                package rules.compliance;

                rule "UNKNOWN-TYPE"
                    @severity("WARNING")
                    @clause("test")
                    @meaning("test")
                when
                    NoSuchFact(value > 1)
                then
                end
                """);
        RuleCompileException e = assertThrows(RuleCompileException.class, () -> RuleBook.load(dir));
        assertTrue(e.errors().stream().anyMatch(m -> m.contains("unknown-type.drl")),
                "no error names the file: " + e.errors());
    }
}
