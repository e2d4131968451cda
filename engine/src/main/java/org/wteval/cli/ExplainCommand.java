package org.wteval.cli;

import java.nio.file.Path;
import java.util.Map;
import org.wteval.explain.Explainer;
import org.wteval.model.Figure;
import org.wteval.pipeline.Evaluation;
import org.wteval.io.CaseFolderReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wte explain CASE BID FIGURE}. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Print the explanation tree of a figure: inputs, formula, sources and status.")
final class ExplainCommand extends WteSubcommand {

    @Parameters(index = "0", paramLabel = "CASE", description = "Case folder.")
    Path caseDir;

    @Parameters(index = "1", paramLabel = "BID", description = "Bid id, or 'tender' for tender-level figures.")
    String bid;

    @Parameters(index = "2", paramLabel = "FIGURE", arity = "0..1",
            description = "Figure name, e.g. netKwhPerTonneLocal or total. Omit it to list the figures, each "
                    + "with what it is.")
    String figure;

    @Override
    public Integer call() throws Exception {
        Evaluation e = engine().evaluate(CaseFolderReader.read(caseDir));
        Map<String, Figure> figures = Explainer.figures(e, bid);
        if (figures.isEmpty()) {
            throw new Main.UsageError("no bid '" + bid + "' in " + caseDir + "; bids: "
                    + e.bids().stream().map(b -> b.bidId()).sorted().toList() + " (or 'tender')");
        }
        if (figure == null) {
            return print(Explainer.list(figures));
        }
        Figure f = Explainer.find(figures, figure);
        if (f == null) {
            throw new Main.UsageError("no figure '" + figure + "' for " + bid + "; figures: "
                    + String.join(", ", figures.keySet()));
        }
        return print(Explainer.explain(f));
    }
}
