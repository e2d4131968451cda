package org.wteval.cli;

import org.wteval.rules.RuleCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code wte rules}: prints the rule catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Print the rule catalogue (id, stage, severity, country, clause, meaning) as Markdown.")
final class RulesCommand extends WteSubcommand {

    @Override
    public Integer call() throws Exception {
        return print(RuleCatalogue.markdown(engine().rules()));
    }
}
