package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.BundledRules;
import org.wteval.model.Param;

/** The planning and judging rules live in separate rule bases, so neither stage's rules can fire in the other. */
class RuleStagesTest {

    private static RuleBook book() throws RuleCompileException {
        return BundledRules.book();
    }

    /** Facts on which planning rules decide: a fixed tariff and a DBO contract. */
    private static List<Object> planFacts() {
        List<Object> facts = new ArrayList<>();
        new TreeMap<>(Map.<String, Object>of("tariff.type", "fixed", "tariff.fixed.perMwh", 100.0))
                .forEach((k, v) -> facts.add(new Param(k, v, "-", "rule test", "2026", Param.ASSUMED, "test")));
        facts.add(new ContractFacts("DBO", 20, 90));
        facts.add(new PlanFacts("A", 10, 500, true));
        return facts;
    }

    @Test
    @DisplayName("the planning base holds exactly the rules under rules/plan/, the judging base all others")
    void basesSplitByFolder() throws Exception {
        RuleBook book = book();
        Set<String> plan = new TreeSet<>();
        Set<String> judge = new TreeSet<>();
        for (RuleInfo r : book.rules()) {
            (r.file().startsWith("rules/" + RuleBook.PLAN_FOLDER) ? plan : judge).add(r.id());
        }
        assertFalse(plan.isEmpty());
        assertFalse(judge.isEmpty());
        assertEquals(plan, book.ruleNames(RuleBook.Stage.PLAN));
        assertEquals(judge, book.ruleNames(RuleBook.Stage.JUDGE));
    }

    @Test
    @DisplayName("judging facts fire nothing in the planning stage, planning facts nothing in the judging stage")
    void noRuleFiresInTheWrongStage() throws Exception {
        RuleFacts failing = RuleFacts.baseline();
        failing.bid(RuleFacts.A).availabilityHours = 7000;
        List<Object> judgeFacts = failing.facts();
        RuleBook book = book();
        assertFalse(book.judge(judgeFacts).findings().isEmpty(), "the judging facts do make judging rules fire");
        RuleOutcome planned = book.plan(judgeFacts);
        assertEquals(List.of(), planned.findings());
        assertEquals(Set.of(), planned.qualifiedBids());

        assertFalse(book.plan(planFacts()).decisions().isEmpty(), "the planning facts do make planning rules fire");
        assertEquals(List.of(), book.judge(planFacts()).decisions());
    }

    @Test
    @DisplayName("a DRL package declared both under plan/ and elsewhere is refused")
    void aPackageBelongsToOneStage() {
        Map<String, byte[]> sources = new TreeMap<>(Map.of(
                "plan/a.drl", "package rules.shared;\n".getBytes(StandardCharsets.UTF_8),
                "compliance/b.drl", "// a comment\npackage rules.shared;\n".getBytes(StandardCharsets.UTF_8)));
        RuleCompileException e = assertThrows(RuleCompileException.class, () -> RuleBook.packageStages(sources));
        assertTrue(e.getMessage().contains("rules.shared"), e.getMessage());
    }
}
