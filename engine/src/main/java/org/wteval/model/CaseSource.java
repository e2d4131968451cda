package org.wteval.model;

import java.util.List;

/**
 * A case as a reader produced it, independent of the format it was read from: the tender and the bids that could
 * be read, where each of their fields came from, the files read with their digests for the audit, and every
 * problem reading found. The engine validates it further and reports all problems together.
 *
 * @param tender {@code null} when the tender could not be read
 * @param bids the bids that could be read, in the order the source lists them
 */
public record CaseSource(Tender tender, List<Bid> bids, SourceMap sources, List<SourceFile> files,
                         List<InputProblem> problems) {

    public CaseSource {
        bids = List.copyOf(bids);
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** A case built in memory, with nothing to hash and no reading problems. */
    public static CaseSource inMemory(Tender tender, List<Bid> bids) {
        return new CaseSource(tender, bids, SourceMap.inMemory(), List.of(), List.of());
    }
}
