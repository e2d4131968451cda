package org.wteval.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wte toolkit list|show|diff}: the toolkits as an evaluation would resolve them, without a case. */
@Command(name = "toolkit", mixinStandardHelpOptions = true,
        description = "List the toolkits, show one toolkit's parameters, or compare two.",
        subcommands = {ToolkitListCommand.class, ToolkitShowCommand.class, ToolkitDiffCommand.class})
final class ToolkitCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
