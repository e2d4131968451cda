package org.wteval.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every {@code wte} subcommand shares: where rules and toolkits come from, {@code --debug}, its output. */
abstract class WteSubcommand implements Callable<Integer>, Main.Debuggable {

    @Mixin
    Sources sources;

    @Spec
    CommandSpec spec;

    @Override
    public boolean debug() {
        return sources.debug;
    }

    /** Prints {@code text} to the command's output and reports success. */
    Integer print(String text) {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
