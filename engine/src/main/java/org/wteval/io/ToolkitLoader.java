package org.wteval.io;

import org.wteval.model.SourceFile;
import org.wteval.model.InputProblem;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.wteval.model.Param;
import org.wteval.model.SourceLocation;
import org.wteval.model.Toolkit;
import org.wteval.model.ToolkitVersion;
import org.wteval.model.UncertaintyBlock;

/**
 * Loads a country toolkit and the chain of toolkits it {@code extends}, base first, and overlays them key by key.
 * A country file may add parameters or replace them whole (value, unit, source, effective date and status
 * together), so an override can never inherit a citation that does not belong to it. A file may also hold dated
 * {@code versions}, one per law: within each layer, the version in force on the chosen day overlays the file's
 * common parameters. A layer's {@code uncertainty} block is kept as written, layer by layer, for the robust analysis
 * to overlay.
 */
public final class ToolkitLoader {

    /** A toolkit id, which is also its file's name; the toolkit schema holds the same pattern. */
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    private final Path dir;

    /** @param dir a folder of {@code <id>.yaml} toolkit files */
    public ToolkitLoader(Path dir) {
        this.dir = dir;
    }

    /** A resolved toolkit and the files it was built from. */
    public record Loaded(Toolkit toolkit, List<SourceFile> files) {
    }

    /**
     * The day whose toolkit versions apply, and the field that gave it, where problems with it are reported.
     *
     * @param date {@code null} with {@code where}: the day is missing, which is a problem only for a toolkit with
     *     versions; {@code null} without {@code where}: each layer's latest version
     */
    public record On(LocalDate date, SourceLocation where) {

        /** Each layer's latest version, for views of a toolkit that no case or date asks for. */
        public static On latest() {
            return new On(null, null);
        }
    }

    /** Loads toolkit {@code id} with each layer's latest version (see {@link #load(String, On, InputProblem, List)}). */
    public Loaded load(String id, InputProblem askedBy, List<InputProblem> problems) {
        return load(id, On.latest(), askedBy, problems);
    }

    /**
     * Loads toolkit {@code id} as in force on {@code on}; records problems against {@code askedBy} (file, field) when
     * it does not exist, and against {@code on.where()} when no version of a layer is in force that day.
     *
     * @return the toolkit, or {@code null} if any problem was recorded
     */
    public Loaded load(String id, On on, InputProblem askedBy, List<InputProblem> problems) {
        List<String> chain = new ArrayList<>();
        List<JsonNode> trees = new ArrayList<>();
        List<SourceFile> files = new ArrayList<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        String current = id;
        InputProblem reference = askedBy;
        int before = problems.size();
        while (current != null) {
            if (!seen.add(current)) {
                problems.add(new InputProblem(fileName(current), "extends", "toolkits extend each other in a cycle: "
                        + String.join(" -> ", seen) + " -> " + current));
                return null;
            }
            Path file = dir.resolve(current + ".yaml");
            if (!ID.matcher(current).matches() || !Files.isRegularFile(file)) {
                problems.add(new InputProblem(reference.file(), reference.path(),
                        reference.message() + " '" + current + "': no toolkit " + fileName(current) + " exists"));
                return null;
            }
            byte[] content = InputLimits.read(file, fileName(current), problems);
            if (content == null) {
                return null;
            }
            files.add(SourceFile.of(fileName(current), content));
            JsonNode tree = Yaml.parse(content, fileName(current), problems);
            if (tree == null || !Schemas.check(Schemas.TOOLKIT, tree, fileName(current), problems)) {
                return null;
            }
            if (!current.equals(tree.path("id").asText())) {
                problems.add(new InputProblem(fileName(current), "id",
                        "must be '" + current + "', the file's name, not '" + tree.path("id").asText() + "'"));
            }
            chain.add(0, current);
            trees.add(0, tree);
            reference = new InputProblem(fileName(current), "extends", "extends a missing toolkit");
            current = tree.hasNonNull("extends") ? tree.get("extends").asText() : null;
        }
        if (problems.size() > before) {
            return null;
        }
        List<ToolkitVersions> versions = new ArrayList<>();
        for (int i = 0; i < trees.size(); i++) {
            versions.add(ToolkitVersions.read(chain.get(i), trees.get(i), problems));
        }
        if (problems.size() > before) {
            return null;
        }
        SortedMap<String, Param> params = new TreeMap<>();
        List<ToolkitVersion> applied = new ArrayList<>();
        boolean missingReported = false;
        for (int i = 0; i < trees.size(); i++) {
            flatten(trees.get(i).get("parameters"), "", chain.get(i), null, params);
            ToolkitVersions layer = versions.get(i);
            if (layer.isEmpty()) {
                continue;
            }
            ToolkitVersions.Entry in;
            if (on.date() != null) {
                in = layer.on(on.date(), on.where(), problems);
            } else if (on.where() != null) {
                if (!missingReported) {
                    problems.add(InputProblem.at(on.where(), "is required: toolkit " + id + " has versions by "
                            + "effective date (" + Toolkit.layerFile(chain.get(i)) + ": versions), and this date "
                            + "chooses the one in force"));
                    missingReported = true;
                }
                in = null;
            } else {
                in = layer.latest();
            }
            if (in != null) {
                flatten(in.parameters(), "", chain.get(i), in.version().effective(), params);
                applied.add(in.version());
            }
        }
        if (problems.size() > before) {
            return null;
        }
        ToolkitValues.check(params, chain.get(0).equals(BASE) ? requiredKeys() : Map.of(), problems);
        if (problems.size() > before) {
            return null;
        }
        List<UncertaintyBlock.Layer> uncertainty = new ArrayList<>();
        for (int i = 0; i < trees.size(); i++) {
            if (trees.get(i).hasNonNull("uncertainty")) {
                uncertainty.add(new UncertaintyBlock.Layer(chain.get(i),
                        Yaml.bind(trees.get(i).get("uncertainty"), UncertaintyBlock.class)));
            }
        }
        String name = trees.get(trees.size() - 1).path("name").asText();
        files.sort(null);
        return new Loaded(new Toolkit(id, name, chain, params, on.date() == null ? null : on.date().toString(),
                applied, uncertainty), List.copyOf(files));
    }

    /**
     * The ids of the toolkit files in the folder, sorted. A {@code .yaml} file whose name is not a valid id is
     * reported rather than skipped, since no tender or toolkit could ever refer to it.
     */
    public List<String> ids(List<InputProblem> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(new InputProblem(dir.toString(), "", "is not a toolkit folder"));
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".yaml") || !Files.isRegularFile(p)) {
                    continue;
                }
                String id = name.substring(0, name.length() - ".yaml".length());
                if (ID.matcher(id).matches()) {
                    ids.add(id);
                } else {
                    problems.add(new InputProblem(fileName(id), "",
                            "the file's name must be the toolkit id: lower-case letters, digits and hyphens"));
                }
            }
        } catch (IOException e) {
            problems.add(new InputProblem(dir.toString(), "", "cannot be read: " + e.getMessage()));
        }
        ids.sort(null);
        return ids;
    }

    /** The layer every toolkit chain starts from, whose keys the engine reads. */
    private static final String BASE = "base";

    /**
     * The keys of the bundled base layer, which every toolkit chain must hold; empty when this loader reads the
     * bundled folder itself, whose base is the reference.
     */
    private Map<String, Param> requiredKeys() {
        Path bundled = Bundled.toolkits();
        if (dir.toAbsolutePath().normalize().toString().equals(bundled.toAbsolutePath().normalize().toString())) {
            return Map.of();
        }
        return BundledBase.KEYS;
    }

    /** The bundled base layer's parameters, read once. */
    private static final class BundledBase {
        static final Map<String, Param> KEYS = read();

        private static Map<String, Param> read() {
            List<InputProblem> problems = new ArrayList<>();
            Loaded base = new ToolkitLoader(Bundled.toolkits()).load(BASE, null, problems);
            if (base == null) {
                throw new IllegalStateException("the bundled base toolkit does not load: " + problems);
            }
            return base.toolkit().params();
        }
    }

    private static String fileName(String id) {
        return Toolkit.layerFile(id);
    }

    /** A node with a {@code value} field is a parameter; any other object is a section of parameters. */
    private static void flatten(JsonNode node, String prefix, String layer, String version,
                                SortedMap<String, Param> out) {
        if (node.has("value")) {
            JsonNode v = node.get("value");
            Object value = v.isNumber() ? (Object) v.doubleValue() : v.isBoolean() ? (Object) v.booleanValue()
                    : v.asText();
            out.put(prefix, new Param(prefix, value, node.path("unit").asText(), node.path("source").asText(),
                    node.path("effective").asText(), node.path("status").asText(), layer, version));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            flatten(e.getValue(), prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), layer, version, out);
        }
    }
}
