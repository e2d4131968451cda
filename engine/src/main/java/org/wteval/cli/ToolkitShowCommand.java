package org.wteval.cli;

import java.util.ArrayList;
import java.util.List;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.io.ToolkitLoader;
import org.wteval.report.ToolkitReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wte toolkit show CC}: one toolkit's parameters after layering. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print every parameter of a toolkit after layering: value, unit, status, the layer (and "
                + "dated version) that set it, effective date and source.")
final class ToolkitShowCommand extends WteSubcommand {

    @Parameters(index = "0", paramLabel = "CC", description = "Toolkit id, e.g. vn (the file toolkits/vn.yaml).")
    String id;

    @Option(names = "--on", paramLabel = "DATE",
            description = "Show the versions in force on DATE (YYYY-MM-DD) instead of each file's latest version.")
    String on;

    @Override
    public Integer call() throws Exception {
        List<InputProblem> problems = new ArrayList<>();
        ToolkitArgument tk = ToolkitArgument.parse(on == null ? id : id + "@" + on, "--on", problems);
        ToolkitLoader.Loaded loaded = tk == null ? null
                : tk.load(new ToolkitLoader(sources.toolkits()), on == null ? "CC" : "--on", problems);
        InvalidInputException.throwIfAny(problems);
        return print(ToolkitReport.show(loaded.toolkit()));
    }
}
