package org.wteval.cli;

import java.nio.file.Path;
import org.wteval.io.CaseFolderReader;
import org.wteval.pipeline.ValidatedCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wte validate CASE}: checks the inputs only. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a case and its toolkit without evaluating; exit 2 listing every problem.")
final class ValidateCommand extends WteSubcommand {

    @Parameters(index = "0", paramLabel = "CASE", description = "Case folder.")
    Path caseDir;

    @Override
    public Integer call() throws Exception {
        ValidatedCase in = engine().validate(CaseFolderReader.read(caseDir));
        return print("valid: tender " + in.resolved().tender().tender().id() + " with "
                + in.resolved().bids().size() + " bid(s), toolkit "
                + in.resolved().tender().toolkit().chain() + System.lineSeparator());
    }
}
