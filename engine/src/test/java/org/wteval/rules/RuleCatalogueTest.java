package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;

/** rules/README.md must list exactly the rules that exist, as their metadata states them. */
class RuleCatalogueTest {

    @Test
    void catalogueInRulesReadmeIsCurrent() throws Exception {
        String readme = Files.readString(CaseFolders.root().resolve("rules/README.md"));
        int start = readme.indexOf(RuleCatalogue.START);
        int end = readme.indexOf(RuleCatalogue.END);
        assertTrue(start >= 0 && end > start, "rules/README.md lacks the catalogue markers");
        String current = readme.substring(start, end + RuleCatalogue.END.length() + 1);
        String generated = RuleCatalogue.markdown(BundledRules.book().rules());
        assertEquals(generated, current,
                "rules/README.md is out of date: replace the catalogue block with the output of `./wte rules`");
    }

    /**
     * A rule's clause cites the primary basis (law, regulation, guideline, engineering reference) or says it is a
     * wte-eval assumption; the domain briefing (DOMAIN.md) is never a source.
     */
    @Test
    void noClauseCitesTheDomainBriefing() throws Exception {
        List<String> offending = BundledRules.book().rules().stream()
                .filter(r -> r.clause() != null
                        && (r.clause().contains("DOMAIN") || r.clause().toLowerCase().contains("domain.md")))
                .map(r -> r.id() + ": " + r.clause()).toList();
        assertTrue(offending.isEmpty(),
                "rule clauses cite the domain briefing, not a primary publication: " + offending);
    }
}
