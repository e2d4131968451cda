package org.wteval.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wteval.explain.ToolkitComparison;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.CaseSource;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.pipeline.Engine;
import org.wteval.pipeline.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code wte compare CASE CC1 CC2}: one bid set under two toolkits; {@code wte compare CASE1 CASE2}: two cases, each
 * under its own toolkit as in force on its tender's launch date (one bid set tendered under two laws).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Evaluate a case under two toolkits (CASE CC1 CC2), or two cases each under its own toolkit "
                + "(CASE1 CASE2), and say which rules and parameters change the ranking.")
final class CompareCommand extends WteSubcommand {

    @Parameters(index = "0", paramLabel = "CASE", description = "Case folder.")
    Path caseDir;

    @Parameters(index = "1..2", arity = "1..2", paramLabel = "CC1 CC2 | CASE2",
            description = "Two toolkits (an id, or id@DATE for the versions in force on DATE, YYYY-MM-DD, instead of "
                    + "those on the tender's launch date), or a second case folder.")
    List<String> others;

    @Override
    public Integer call() throws Exception {
        Engine engine = engine();
        CaseSource source = CaseFolderReader.read(caseDir);
        if (others.size() == 1) {
            Evaluation a = engine.evaluate(source);
            Evaluation b = engine.evaluate(CaseFolderReader.read(Path.of(others.get(0))));
            return print(ToolkitComparison.render(a, b));
        }
        List<InputProblem> problems = new ArrayList<>();
        ToolkitArgument x = ToolkitArgument.parse(others.get(0), "CC1", problems);
        ToolkitArgument y = ToolkitArgument.parse(others.get(1), "CC2", problems);
        InvalidInputException.throwIfAny(problems);
        Evaluation a = engine.evaluate(engine.validate(source, x.id(), x.on()));
        Evaluation b = engine.evaluate(engine.validate(source, y.id(), y.on()));
        return print(ToolkitComparison.render(a, b));
    }
}
