package org.wteval.cli;

import java.nio.file.Path;
import org.wteval.io.Bundled;
import picocli.CommandLine.Option;

/** Options shared by every command: where rules and toolkits come from, and whether to show stack traces. */
final class Sources {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule folder to use instead of the bundled rules (an adviser's edited copy).")
    Path rules;

    @Option(names = "--toolkits", paramLabel = "DIR",
            description = "Toolkit folder to use instead of the bundled toolkits.")
    Path toolkits;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    Path rules() {
        return rules != null ? rules : Bundled.rules();
    }

    Path toolkits() {
        return toolkits != null ? toolkits : Bundled.toolkits();
    }
}
