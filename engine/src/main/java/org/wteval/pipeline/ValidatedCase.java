package org.wteval.pipeline;

import java.util.List;
import org.wteval.model.SourceFile;
import org.wteval.resolve.Resolver.ResolvedCase;

/**
 * A case that passed every check, resolved against its toolkit: everything an evaluation needs except the rules.
 *
 * @param caseFiles the case's files with their digests
 * @param toolkitFiles the toolkit layers used, with their digests
 */
public record ValidatedCase(ResolvedCase resolved, List<SourceFile> caseFiles, List<SourceFile> toolkitFiles) {

    public ValidatedCase {
        caseFiles = List.copyOf(caseFiles);
        toolkitFiles = List.copyOf(toolkitFiles);
    }
}
