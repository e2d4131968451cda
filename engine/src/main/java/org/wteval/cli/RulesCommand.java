package org.wteval.cli;

import java.util.concurrent.Callable;
import org.wteval.rules.RuleBook;
import org.wteval.rules.RuleCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code wte rules}: prints the rule catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Print the rule catalogue (id, stage, severity, country, clause, meaning) as Markdown.")
final class RulesCommand implements Callable<Integer>, Main.Debuggable {

    @Mixin
    Sources sources;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        spec.commandLine().getOut().print(RuleCatalogue.markdown(RuleBook.load(sources.rules()).rules()));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }

    @Override
    public boolean debug() {
        return sources.debug;
    }
}
