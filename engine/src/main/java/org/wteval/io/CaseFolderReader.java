package org.wteval.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.wteval.model.Bid;
import org.wteval.model.CaseSource;
import org.wteval.model.Committee;
import org.wteval.model.InputProblem;
import org.wteval.model.SourceFile;
import org.wteval.model.SourceLocation;
import org.wteval.model.SourceMap;
import org.wteval.model.Tender;

/**
 * Reads a case folder: {@code tender.yaml}, every {@code bids/*.yaml} (or {@code .json}, or a filled bid form
 * {@code .xlsx}, read by {@link BidWorkbookReader}) in file-name order, and the
 * committee's inputs when it has met: {@code committee.yaml} (its decisions) and {@code evaluators/*.yaml} (one score
 * sheet per evaluator). Each file is parsed and checked against its schema on its own, so one broken file does not
 * hide the problems of another; a field is named by its file and its dotted path. Anything else in {@code bids/} or
 * {@code evaluators/} (a subfolder, a file of another type) is a problem, never skipped in silence: a bid that is
 * not read would change the award without a word.
 */
public final class CaseFolderReader {

    public static final String TENDER_FILE = "tender.yaml";
    public static final String BIDS_DIR = "bids";
    public static final String COMMITTEE_FILE = "committee.yaml";
    public static final String EVALUATORS_DIR = "evaluators";

    private CaseFolderReader() {
    }

    /**
     * Fields of a case folder: {@code tender.yaml: waste.tonnesPerDay}, {@code bids/b1.yaml: plant.lines}, and in a
     * bid form by their cells, {@code bids/b2.xlsx: Plant!B7 (plant.lines)}.
     *
     * @param bidForms per bid, its form when it was read from one, else {@code null}
     */
    private record FolderSources(List<String> bidFiles, List<BidForm> bidForms, List<String> sheetFiles)
            implements SourceMap {

        @Override
        public SourceLocation tender(String fieldPath) {
            return new SourceLocation(TENDER_FILE, fieldPath);
        }

        @Override
        public SourceLocation bid(int index, String fieldPath) {
            BidForm form = bidForms.get(index);
            return new SourceLocation(bidFiles.get(index), form == null ? fieldPath : form.locate(fieldPath));
        }

        @Override
        public SourceLocation committee(String fieldPath) {
            return new SourceLocation(COMMITTEE_FILE, fieldPath);
        }

        @Override
        public SourceLocation scoreSheet(int index, String fieldPath) {
            return new SourceLocation(sheetFiles.get(index), fieldPath);
        }
    }

    public static CaseSource read(Path caseDir) {
        List<InputProblem> problems = new ArrayList<>();
        List<SourceFile> files = new ArrayList<>();
        if (!Files.isDirectory(caseDir)) {
            problems.add(new InputProblem(caseDir.toString(), "", "is not a case folder"));
            return new CaseSource(null, List.of(), Committee.none(), new FolderSources(List.of(), List.of(), List.of()),
                    List.of(), problems);
        }
        Tender tender = read(caseDir, TENDER_FILE, Schemas.TENDER, Tender.class, files, problems);
        List<Bid> bids = new ArrayList<>();
        List<String> read = new ArrayList<>();
        // Each bid file is read and checked on its own, so a large tender's are read in parallel; their files,
        // problems and bids are then taken in file-name order, so nothing depends on which thread read what.
        List<String> bidNames = files(caseDir, BIDS_DIR, true, InputLimits.MAX_BIDS, problems);
        BidForm form = tender != null && bidNames.stream().anyMatch(CaseFolderReader::isWorkbook)
                ? BidForm.of(tender) : null;
        List<Read<Bid>> bidFiles = bidNames.parallelStream()
                .map(name -> isWorkbook(name) ? Read.ofForm(caseDir, name, form)
                        : Read.of(caseDir, name, Schemas.BID, Bid.class))
                .toList();
        List<BidForm> forms = new ArrayList<>();
        for (Read<Bid> r : bidFiles) {
            r.addTo(files, problems);
            if (r.value() != null) {
                bids.add(r.value());
                read.add(r.name());
                forms.add(isWorkbook(r.name()) ? form : null);
            }
        }
        Decisions decided = null;
        if (Files.exists(caseDir.resolve(COMMITTEE_FILE))) {
            decided = read(caseDir, COMMITTEE_FILE, Schemas.COMMITTEE, Decisions.class, files, problems);
        }
        List<Committee.ScoreSheet> sheets = new ArrayList<>();
        List<String> sheetFiles = new ArrayList<>();
        if (Files.exists(caseDir.resolve(EVALUATORS_DIR))) {
            for (String name : files(caseDir, EVALUATORS_DIR, false, InputLimits.MAX_SCORE_SHEETS, problems)) {
                Committee.ScoreSheet sheet = read(caseDir, name, Schemas.EVALUATOR, Committee.ScoreSheet.class, files,
                        problems);
                if (sheet != null) {
                    sheets.add(sheet);
                    sheetFiles.add(name);
                }
            }
        }
        files.sort(null);
        return new CaseSource(tender, bids, decided == null ? new Committee(List.of(), sheets)
                        : new Committee(decided.decisions(), sheets, decided.lotAwards()),
                new FolderSources(List.copyOf(read), forms, List.copyOf(sheetFiles)), files, problems);
    }

    /** The tender of a case folder alone: a bid form is made from it before any bid exists. */
    public static Tender readTender(Path caseDir, List<InputProblem> problems) {
        if (!Files.isDirectory(caseDir)) {
            problems.add(new InputProblem(caseDir.toString(), "", "is not a case folder"));
            return null;
        }
        return read(caseDir, TENDER_FILE, Schemas.TENDER, Tender.class, new ArrayList<>(), problems);
    }

    /** One YAML or JSON bid file of a case folder, {@code name} relative to it ({@code bids/b1.yaml}). */
    public static Bid readBid(Path caseDir, String name, List<InputProblem> problems) {
        return read(caseDir, name, Schemas.BID, Bid.class, new ArrayList<>(), problems);
    }

    /** The top level of {@code committee.yaml}. */
    private record Decisions(List<Committee.Decision> decisions, List<Committee.LotAward> lotAwards) {
    }

    /**
     * The YAML and JSON files of a folder of the case, by name; {@code required} folders must hold one. A folder of
     * more than {@code max} files is reported and none of them is read.
     */
    private static List<String> files(Path caseDir, String folder, boolean required, int max,
                                      List<InputProblem> problems) {
        Path dir = caseDir.resolve(folder);
        if (!Files.isDirectory(dir)) {
            if (required) {
                problems.add(new InputProblem(folder + "/", "", "missing: a case needs a folder of bids"));
            } else {
                problems.add(new InputProblem(folder, "", "is not a folder"));
            }
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String name = folder + "/" + p.getFileName();
                if (Files.isDirectory(p)) {
                    problems.add(new InputProblem(name + "/", "", "is a folder inside " + folder + "/, which is not "
                            + "read: move its files up into " + folder + "/ or remove it"));
                } else if (isDataFile(name) || (folder.equals(BIDS_DIR) && isWorkbook(name))) {
                    names.add(name);
                } else {
                    problems.add(new InputProblem(name, "", "is not a .yaml, .yml or .json file" + (folder.equals(
                            BIDS_DIR) ? " or a bid form (.xlsx)" : "") + ", so it would not be read: rename it or "
                            + "remove it from " + folder + "/"));
                }
            }
        } catch (IOException e) {
            problems.add(new InputProblem(folder + "/", "", "cannot be listed: " + e.getMessage()));
            return List.of();
        }
        if (names.isEmpty()) {
            problems.add(new InputProblem(folder + "/", "", required ? "holds no bid files (*.yaml)"
                    : "holds no score sheets (*.yaml)"));
        }
        if (names.size() > max) {
            problems.add(new InputProblem(folder + "/", "", String.format(Locale.ROOT,
                    "holds %,d files; a case may hold at most %,d", names.size(), max)));
            return List.of();
        }
        return names;
    }

    /** A YAML or JSON file by its suffix, in any case: {@code b5.YAML} is read, not skipped. */
    private static boolean isDataFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    /** A filled bid form, by its suffix in any case. */
    private static boolean isWorkbook(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    private static <T> T read(Path caseDir, String name, String schema, Class<T> type, List<SourceFile> files,
                              List<InputProblem> problems) {
        Read<T> r = Read.of(caseDir, name, schema, type);
        r.addTo(files, problems);
        return r.value();
    }

    /**
     * One file read on its own: its content (for the audit's hashes), its problems, and the value bound from it when
     * it has none.
     */
    private record Read<T>(String name, SourceFile file, List<InputProblem> problems, T value) {

        static <T> Read<T> of(Path caseDir, String name, String schema, Class<T> type) {
            List<InputProblem> problems = new ArrayList<>();
            Path path = caseDir.resolve(name);
            if (!Files.isRegularFile(path)) {
                problems.add(new InputProblem(name, "", "missing"));
                return new Read<>(name, null, problems, null);
            }
            byte[] content = InputLimits.read(path, name, problems);
            if (content == null) {
                return new Read<>(name, null, problems, null);
            }
            SourceFile file = SourceFile.of(name, content);
            JsonNode tree = Yaml.parse(content, name, problems);
            if (tree == null) {
                return new Read<>(name, file, problems, null);
            }
            Schemas.check(schema, tree, name, problems);
            return new Read<>(name, file, problems, problems.isEmpty() ? Yaml.bind(tree, type) : null);
        }

        /** A filled bid form; {@code form} is {@code null} when the tender, which the form is made from, failed. */
        static Read<Bid> ofForm(Path caseDir, String name, BidForm form) {
            List<InputProblem> problems = new ArrayList<>();
            byte[] content = InputLimits.read(caseDir.resolve(name), name, problems);
            if (content == null) {
                return new Read<>(name, null, problems, null);
            }
            SourceFile file = SourceFile.of(name, content);
            if (form == null) {
                problems.add(new InputProblem(name, "", "not read: a bid form is checked against the form of "
                        + TENDER_FILE + ", which could not be read"));
                return new Read<>(name, file, problems, null);
            }
            JsonNode tree = BidWorkbookReader.read(content, name, form, problems);
            return new Read<>(name, file, problems, tree == null ? null : Yaml.bind(tree, Bid.class));
        }

        void addTo(List<SourceFile> files, List<InputProblem> all) {
            if (file != null) {
                files.add(file);
            }
            all.addAll(problems);
        }
    }
}
