package org.wteval.pipeline;

import java.util.List;
import org.wteval.model.Committee;
import org.wteval.model.SourceFile;
import org.wteval.resolve.Resolver.ResolvedCase;

/**
 * A case that passed every check, resolved against its toolkit: everything an evaluation needs except the rules.
 *
 * @param caseFiles the case's files with their digests
 * @param toolkitFiles the toolkit layers used, with their digests
 * @param committee the committee's inputs, checked against the toolkit and the bids
 */
public record ValidatedCase(ResolvedCase resolved, List<SourceFile> caseFiles, List<SourceFile> toolkitFiles,
                            Committee committee) {

    public ValidatedCase {
        caseFiles = List.copyOf(caseFiles);
        toolkitFiles = List.copyOf(toolkitFiles);
        committee = committee == null ? Committee.none() : committee;
    }

    /** A case with no committee input. */
    public ValidatedCase(ResolvedCase resolved, List<SourceFile> caseFiles, List<SourceFile> toolkitFiles) {
        this(resolved, caseFiles, toolkitFiles, Committee.none());
    }
}
