package org.wteval.cli;

import java.util.ArrayList;
import java.util.List;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.io.ToolkitLoader;
import org.wteval.report.ToolkitReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code wte toolkit list}: every toolkit in the folder with its layers and how much of it is assumed. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the toolkits: id, name, layers, parameters and how many are assumed; exit 2 after "
                + "listing them all if any fails to load.")
final class ToolkitListCommand extends WteSubcommand {

    @Override
    public Integer call() throws Exception {
        List<InputProblem> problems = new ArrayList<>();
        ToolkitLoader loader = new ToolkitLoader(sources.toolkits());
        List<String> ids = loader.ids(problems);
        if (ids.isEmpty() && problems.isEmpty()) {
            problems.add(new InputProblem(sources.toolkits().toString(), "", "holds no toolkit files (<id>.yaml)"));
        }
        // Each toolkit is loaded on its own so that one broken file does not hide the others or their problems.
        List<ToolkitReport.Listed> listed = new ArrayList<>();
        for (String id : ids) {
            List<InputProblem> own = new ArrayList<>();
            ToolkitLoader.Loaded loaded = loader.load(id,
                    new InputProblem(sources.toolkits().toString(), "", "listed toolkit"), own);
            listed.add(new ToolkitReport.Listed(id, loaded == null ? null : loaded.toolkit(), own));
            problems.addAll(own);
        }
        print(ToolkitReport.list(listed));
        InvalidInputException.throwIfAny(problems);
        return Main.OK;
    }
}
