package org.wteval.cli;

import org.wteval.pipeline.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level {@code wte} command. */
@Command(name = "wte", mixinStandardHelpOptions = true, versionProvider = WteCommand.Version.class,
        description = "Evaluates waste-to-energy PPP tenders under country toolkits: gates, scores, ranking, "
                + "and an explanation for every figure.",
        subcommands = {EvaluateCommand.class, ExplainCommand.class, ValidateCommand.class, RulesCommand.class, CompareCommand.class,
                ToolkitCommand.class, RobustCommand.class, AwardCommand.class, PortfolioCommand.class,
                ExportOcdsCommand.class, ImportOcdsCommand.class, FormCommand.class})
final class WteCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Where the subcommands get their engine. */
    final Main.Engines engines;

    WteCommand(Main.Engines engines) {
        this.engines = engines;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"wte-eval " + Engine.VERSION};
        }
    }
}
