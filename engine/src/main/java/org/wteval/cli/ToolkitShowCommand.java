package org.wteval.cli;

import java.util.ArrayList;
import java.util.List;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.io.ToolkitLoader;
import org.wteval.report.ToolkitReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wte toolkit show CC}: one toolkit's parameters after layering. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print every parameter of a toolkit after layering: value, unit, status, the layer that set "
                + "it, effective date and source.")
final class ToolkitShowCommand extends WteSubcommand {

    @Parameters(index = "0", paramLabel = "CC", description = "Toolkit id, e.g. vn (the file toolkits/vn.yaml).")
    String id;

    @Override
    public Integer call() throws Exception {
        List<InputProblem> problems = new ArrayList<>();
        ToolkitLoader.Loaded loaded = ToolkitCommand.load(new ToolkitLoader(sources.toolkits()), id, "CC", problems);
        InvalidInputException.throwIfAny(problems);
        return print(ToolkitReport.show(loaded.toolkit()));
    }
}
