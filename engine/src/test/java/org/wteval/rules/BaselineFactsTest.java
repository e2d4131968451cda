package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.Fixtures;
import org.wteval.io.Bundled;
import org.wteval.model.Param;
import org.wteval.model.Toolkit;

/**
 * The rule tests' silent cases rely on the baseline passing every gate, with the toolkit's real values; these
 * tests keep that true when the rules or the base toolkit change.
 */
class BaselineFactsTest {

    @Test
    @DisplayName("the baseline fact set triggers no finding and both bids are qualified")
    void baselinePassesEveryGate() {
        RuleOutcome o = RuleFacts.baseline().fire();
        assertEquals(java.util.List.of(), o.findings());
        assertEquals(Set.of(RuleFacts.A, RuleFacts.B), o.qualifiedBids());
    }

    @Test
    @DisplayName("the baseline's parameters carry the values of toolkits/base.yaml")
    void paramsMatchBaseToolkit() {
        Toolkit base = Fixtures.baseToolkit(Map.of());
        RuleFacts.baseParams().forEach((key, value) -> {
            Param p = base.params().get(key);
            assertTrue(p != null, "toolkits/base.yaml has no parameter " + key);
            assertEquals(value, p.value(), key);
        });
    }

    @Test
    @DisplayName("the baseline supplies every parameter key the bundled rules read")
    void paramsCoverEveryKeyTheRulesRead() throws IOException {
        Pattern key = Pattern.compile("Param\\(key == \"([^\"]+)\"");
        Set<String> read = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Bundled.rules())) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = key.matcher(Files.readString(drl));
                while (m.find()) {
                    read.add(m.group(1));
                }
            }
        }
        assertTrue(!read.isEmpty(), "found no Param(key == ...) pattern in the rules");
        read.removeAll(RuleFacts.baseParams().keySet());
        read.removeAll(RuleFacts.COUNTRY_KEYS);
        assertEquals(Set.of(), read, "keys the rules read but neither the baseline nor the country-only list has");
    }
}
