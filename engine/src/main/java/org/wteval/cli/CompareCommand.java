package org.wteval.cli;

import java.nio.file.Path;
import org.wteval.explain.ToolkitComparison;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.CaseSource;
import org.wteval.pipeline.Engine;
import org.wteval.pipeline.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wte compare CASE CC1 CC2}: one bid set under two toolkits. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Evaluate a case under two toolkits and say which rules and parameters change the ranking.")
final class CompareCommand extends WteSubcommand {

    @Parameters(index = "0", paramLabel = "CASE", description = "Case folder.")
    Path caseDir;

    @Parameters(index = "1", paramLabel = "CC1", description = "First toolkit id.")
    String first;

    @Parameters(index = "2", paramLabel = "CC2", description = "Second toolkit id.")
    String second;

    @Override
    public Integer call() throws Exception {
        Engine engine = engine();
        CaseSource source = CaseFolderReader.read(caseDir);
        Evaluation a = engine.evaluate(engine.validate(source, first));
        Evaluation b = engine.evaluate(engine.validate(source, second));
        return print(ToolkitComparison.render(a, b));
    }
}
