package org.wteval.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Build step: compiles the bundled rules once into executable-model classes and puts them among the engine's own
 * classes, with the list of model classes, the list of every class written and the hash of the sources they came
 * from, so that a run loads them instead of spending seconds compiling, and a compilation from source can hide them.
 */
public final class RulePrecompiler {

    static final String MODELS_RESOURCE = "/org/wteval/rules/precompiled-rules.models";
    static final String HASH_RESOURCE = "/org/wteval/rules/precompiled-rules.sha256";
    static final String CLASSES_RESOURCE = "/org/wteval/rules/precompiled-rules.classes";
    /** Where precompiled classes may go: the folders the build prunes before it copies the rules (engine/pom.xml). */
    static final List<String> PRUNED = List.of("rules/", "org/drools/project/model/");

    private RulePrecompiler() {
    }

    /** @param args the rule folder and the classes folder to write into */
    public static void main(String[] args) throws IOException, RuleCompileException {
        Map.Entry<String, byte[]> module = RuleBook.precompile(Path.of(args[0]));
        write(module.getKey(), module.getValue(), Path.of(args[1]));
    }

    static void write(String hash, byte[] module, Path classes) throws IOException {
        List<String> models = new ArrayList<>();
        List<String> written = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(module))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] content = zip.readAllBytes();
                if (e.getName().endsWith(".class")) {
                    if (PRUNED.stream().noneMatch(e.getName()::startsWith)) {
                        throw new IllegalStateException(e.getName() + " is outside the folders the build prunes " + PRUNED
                                + ": bundled rules must be in packages under rules.");
                    }
                    Path out = classes.resolve(e.getName());
                    Files.createDirectories(out.getParent());
                    Files.write(out, content);
                    String path = e.getName();
                    written.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
                } else if (e.getName().endsWith(RuleBook.MODEL_INDEX_SUFFIX)) {
                    models.addAll(RuleBook.modelNames(content));
                }
            }
        }
        models.sort(null);
        Path index = classes.resolve(MODELS_RESOURCE.substring(1));
        Files.createDirectories(index.getParent());
        Files.writeString(index, String.join("\n", models) + "\n", StandardCharsets.UTF_8);
        written.sort(null);
        Files.writeString(classes.resolve(CLASSES_RESOURCE.substring(1)), String.join("\n", written) + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(classes.resolve(HASH_RESOURCE.substring(1)), hash + "\n", StandardCharsets.UTF_8);
    }

    /** Every precompiled rule class that {@code loader} can see, by binary name, from every index it finds. */
    static Set<String> classNames(ClassLoader loader) {
        Set<String> names = new TreeSet<>();
        try {
            for (URL index : Collections.list(loader.getResources(CLASSES_RESOURCE.substring(1)))) {
                try (InputStream in = index.openStream()) {
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                            .filter(l -> !l.isBlank()).forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index of the precompiled rules", e);
        }
        return names;
    }
}
