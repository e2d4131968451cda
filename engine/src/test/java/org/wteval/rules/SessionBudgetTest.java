package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.Bundled;
import org.wteval.io.CaseFolderReader;
import org.wteval.pipeline.Engine;

/**
 * A rule session stops with a clear error, naming the rule, when an adviser's rule would never end: by its number of
 * firings and by its time, each checked just under and just over the bound.
 */
class SessionBudgetTest {

    @TempDir
    static Path dir;

    private static RuleBook book;

    @BeforeAll
    static void compile() throws Exception {
        // One firing per Integer fact; a Long fact makes SLOW sleep 100 ms per firing; a String fact loops forever.
        Files.writeString(dir.resolve("budget.drl"), """
                package rules.budget;

                rule "ONCE-PER-FACT"
                    @severity("INFO")
                    @clause("test")
                    @meaning("test")
                when
                    Integer()
                then
                end

                rule "SLOW"
                    @severity("INFO")
                    @clause("test")
                    @meaning("test")
                when
                    Long()
                then
                    Thread.sleep(100);
                end

                rule "LOOPS"
                    @severity("INFO")
                    @clause("test")
                    @meaning("test")
                when
                    $s : String()
                then
                    update($s);
                end
                """);
        book = RuleBook.load(dir);
    }

    private static List<Integer> integers(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void theDefaultBudgetAllows200FiringsPerFactAndAtLeast100000() {
        assertEquals(100_000, SessionBudget.DEFAULT.firings(10));
        assertEquals(200 * 1_000, SessionBudget.DEFAULT.firings(1_000));
    }

    @Test
    void firingsUpToTheLimitEndAndOneMoreStops() {
        RuleBook tight = book.withBudget(new SessionBudget(0, 10, Duration.ofSeconds(60)));
        assertDoesNotThrow(() -> tight.judge(integers(10)));
        RulesRanAwayException e = assertThrows(RulesRanAwayException.class, () -> tight.judge(integers(11)));
        assertTrue(e.getMessage().contains("stopped after 11 firings over 11 facts (the limit is 10)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("rule 'ONCE-PER-FACT'"), e.getMessage());
    }

    @Test
    void aRuleThatMatchesItsOwnUpdateIsStoppedAndNamed() {
        RulesRanAwayException e = assertThrows(RulesRanAwayException.class,
                () -> book.withBudget(new SessionBudget(200, 1_000, Duration.ofSeconds(60))).judge(List.of("x")));
        assertTrue(e.getMessage().contains("rule 'LOOPS'"), e.getMessage());
    }

    @Test
    void aSessionWithinItsTimeEndsAndOneOverItIsHalted() {
        RuleBook timed = book.withBudget(new SessionBudget(200, 100_000, Duration.ofMillis(1_500)));
        // 2 × 100 ms is well under 1.5 s; 40 × 100 ms = 4 s is well over it.
        assertDoesNotThrow(() -> timed.judge(List.of(1L, 2L)));
        RulesRanAwayException e = assertThrows(RulesRanAwayException.class,
                () -> timed.judge(IntStream.range(0, 40).mapToObj(i -> (long) i).toList()));
        assertTrue(e.getMessage().contains("stopped after 1 s, while rule 'SLOW'"), e.getMessage());
    }

    @Test
    void theBundledRulesNeedATenthOfTheDefaultFiringsPerFact() throws Exception {
        // 20 firings per fact and no floor: every sample case still evaluates, so the default of 200 leaves a
        // tenfold margin for the rules and 100,000 firings for small tenders.
        Engine tight = Engine.of(BundledRules.book().withBudget(new SessionBudget(20, 0, Duration.ofSeconds(60))),
                Bundled.toolkits());
        for (String c : List.of("id-west-java", "in-lucknow", "mv-greater-male", "ph-metro-cebu", "th-songkhla",
                "th-songkhla-committee", "vn-bac-ninh")) {
            assertDoesNotThrow(() -> tight.evaluate(CaseFolderReader.read(CaseFolders.sample(c))), c);
        }
    }
}
