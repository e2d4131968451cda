package org.wteval.model;

import java.util.List;

/**
 * A case as a reader produced it, independent of the format it was read from: the tender, the bids and the
 * committee's inputs that could be read, where each of their fields came from, the files read with their digests
 * for the audit, and every problem reading found. The engine validates it further and reports all problems
 * together.
 *
 * @param tender {@code null} when the tender could not be read
 * @param bids the bids that could be read, in the order the source lists them
 * @param committee the committee's decisions and score sheets; {@link Committee#none()} before it has met
 */
public record CaseSource(Tender tender, List<Bid> bids, Committee committee, SourceMap sources,
                         List<SourceFile> files, List<InputProblem> problems) {

    public CaseSource {
        bids = List.copyOf(bids);
        committee = committee == null ? Committee.none() : committee;
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** The same case with the tender replaced (what-if analyses). */
    public CaseSource withTender(Tender replaced) {
        return new CaseSource(replaced, bids, committee, sources, files, problems);
    }

    /** The same case with its fields named by another source map. */
    public CaseSource withSources(SourceMap replaced) {
        return new CaseSource(tender, bids, committee, replaced, files, problems);
    }

    /** A case built in memory, with nothing to hash and no reading problems. */
    public static CaseSource inMemory(Tender tender, List<Bid> bids) {
        return new CaseSource(tender, bids, Committee.none(), SourceMap.inMemory(), List.of(), List.of());
    }
}
