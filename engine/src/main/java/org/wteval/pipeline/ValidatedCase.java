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
 * @param committee what the committee has recorded so far: its score sheets, checked against the toolkit and
 *     the bids, and its decisions, checked against the flags once the bids are judged
 */
public record ValidatedCase(ResolvedCase resolved, List<SourceFile> caseFiles, List<SourceFile> toolkitFiles,
                            Committee committee) {

    public ValidatedCase {
        caseFiles = List.copyOf(caseFiles);
        toolkitFiles = List.copyOf(toolkitFiles);
        committee = committee == null ? Committee.none() : committee;
    }

    /** A case before the committee has met. */
    public ValidatedCase(ResolvedCase resolved, List<SourceFile> caseFiles, List<SourceFile> toolkitFiles) {
        this(resolved, caseFiles, toolkitFiles, Committee.none());
    }
}
