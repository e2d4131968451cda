package org.wteval.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wteval.explain.ToolkitComparison;
import org.wteval.pipeline.CaseInputs;
import org.wteval.pipeline.Evaluation;
import org.wteval.pipeline.Evaluator;
import org.wteval.rules.RuleBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code wte compare CASE CC1 CC2}: one bid set under two toolkits. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Evaluate a case under two toolkits and say which rules and parameters change the ranking.")
final class CompareCommand implements Callable<Integer>, Main.Debuggable {

    @Parameters(index = "0", paramLabel = "CASE", description = "Case folder.")
    Path caseDir;

    @Parameters(index = "1", paramLabel = "CC1", description = "First toolkit id.")
    String first;

    @Parameters(index = "2", paramLabel = "CC2", description = "Second toolkit id.")
    String second;

    @Mixin
    Sources sources;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RuleBook rules = RuleBook.load(sources.rules());
        Evaluation a = Evaluator.evaluate(CaseInputs.load(caseDir, sources.toolkits(), first), rules);
        Evaluation b = Evaluator.evaluate(CaseInputs.load(caseDir, sources.toolkits(), second), rules);
        spec.commandLine().getOut().print(ToolkitComparison.render(a, b));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }

    @Override
    public boolean debug() {
        return sources.debug;
    }
}
