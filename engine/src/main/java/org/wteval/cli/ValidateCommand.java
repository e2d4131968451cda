package org.wteval.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wteval.pipeline.CaseInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code wte validate CASE}: checks the inputs only. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a case and its toolkit without evaluating; exit 2 listing every problem.")
final class ValidateCommand implements Callable<Integer>, Main.Debuggable {

    @Parameters(index = "0", paramLabel = "CASE", description = "Case folder.")
    Path caseDir;

    @Mixin
    Sources sources;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CaseInputs in = CaseInputs.load(caseDir, sources.toolkits());
        spec.commandLine().getOut().println("valid: tender " + in.resolved().tender().tender().id() + " with "
                + in.resolved().bids().size() + " bid(s), toolkit "
                + String.join(" > ", in.resolved().tender().toolkit().layers()));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }

    @Override
    public boolean debug() {
        return sources.debug;
    }
}
