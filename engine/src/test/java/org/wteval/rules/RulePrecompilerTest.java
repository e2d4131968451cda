package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.BundledRules;
import org.wteval.io.Bundled;

/** The precompiled rules the build ships must behave exactly like the rules compiled from source. */
class RulePrecompilerTest {

    @TempDir
    Path classes;

    @Test
    void precompiledModelsGiveTheSameRulesAndDecisionsAsCompiledOnes() throws Exception {
        Map.Entry<String, byte[]> module = RuleBook.precompile(Bundled.rules());
        RulePrecompiler.write(module.getKey(), module.getValue(), classes);
        List<String> models = Files.readAllLines(classes.resolve(RulePrecompiler.MODELS_RESOURCE.substring(1)),
                StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        assertFalse(models.isEmpty());
        assertEquals(module.getKey() + "\n",
                Files.readString(classes.resolve(RulePrecompiler.HASH_RESOURCE.substring(1))));

        RuleBook compiled = BundledRules.book();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                RuleBook.class.getClassLoader())) {
            RuleBook loaded = RuleBook.fromModels(models, loader, RuleBook.read(Bundled.rules()), compiled.files(),
                    compiled.sha256());
            assertEquals(compiled.rules(), loaded.rules());
            for (RuleBook.Stage stage : RuleBook.Stage.values()) {
                assertEquals(compiled.ruleNames(stage), loaded.ruleNames(stage), stage + " rules");
            }
            // The same facts give the same findings and qualified bids.
            RuleFacts f = RuleFacts.baseline();
            f.bid(RuleFacts.A).availabilityHours = 7000;
            assertEquals(compiled.judge(f.facts()), loaded.judge(f.facts()));
        }
    }
}
