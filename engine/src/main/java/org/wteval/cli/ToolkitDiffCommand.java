package org.wteval.cli;

import java.util.ArrayList;
import java.util.List;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.explain.ToolkitRuleDiff;
import org.wteval.io.ToolkitLoader;
import org.wteval.report.ToolkitReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wte toolkit diff CC1 CC2}: where two toolkits differ after layering. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Print the parameters whose value differs between two toolkits (or one toolkit on two dates), "
                + "or that only one has, with both sides' status, layer and source; count the keys that are equal; "
                + "then the rules that apply under only one of them or read a parameter that differs.")
final class ToolkitDiffCommand extends WteSubcommand {

    @Parameters(index = "0", paramLabel = "CC1",
            description = "First toolkit id, e.g. vn, or id@DATE for the versions in force on DATE (YYYY-MM-DD).")
    String first;

    @Parameters(index = "1", paramLabel = "CC2", description = "Second toolkit, e.g. id or id@2025-10-10.")
    String second;

    @Override
    public Integer call() throws Exception {
        List<InputProblem> problems = new ArrayList<>();
        ToolkitLoader loader = new ToolkitLoader(sources.toolkits());
        // Both are loaded before checking so that a problem in each is reported at once.
        ToolkitArgument x = ToolkitArgument.parse(first, "CC1", problems);
        ToolkitArgument y = ToolkitArgument.parse(second, "CC2", problems);
        ToolkitLoader.Loaded a = x == null ? null : x.load(loader, "CC1", problems);
        ToolkitLoader.Loaded b = y == null ? null : y.load(loader, "CC2", problems);
        InvalidInputException.throwIfAny(problems);
        return print(ToolkitReport.diff(a.toolkit(), b.toolkit())
                + ToolkitRuleDiff.render(engine().rules(), a.toolkit(), b.toolkit()));
    }
}
