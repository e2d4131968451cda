package org.wteval.cli;

import java.util.List;
import org.wteval.model.InputProblem;
import org.wteval.io.ToolkitLoader;
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

    /** Loads a toolkit named by a command-line argument, so that an unknown id is reported against that argument. */
    static ToolkitLoader.Loaded load(ToolkitLoader loader, String id, String argument, List<InputProblem> problems) {
        return loader.load(id, new InputProblem("command line", argument, "unknown toolkit"), problems);
    }
}
