package org.wteval.cli;

import java.util.concurrent.Callable;
import org.wteval.pipeline.Engine;
import org.wteval.rules.RuleCompileException;
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

    /** The engine over the rules and toolkits this command was given. */
    Engine engine() throws RuleCompileException {
        return ((WteCommand) spec.root().userObject()).engines.of(sources.rules(), sources.toolkits());
    }

    /** Prints {@code text} to the command's output and reports success. */
    Integer print(String text) {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
