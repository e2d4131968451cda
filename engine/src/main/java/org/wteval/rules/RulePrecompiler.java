package org.wteval.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Build step: compiles the bundled rules once into executable-model classes and puts them among the engine's own
 * classes, with the list of model classes and the hash of the sources they came from, so that a run loads them
 * instead of spending seconds compiling.
 */
public final class RulePrecompiler {

    static final String MODELS_RESOURCE = "/org/wteval/rules/precompiled-rules.models";
    static final String HASH_RESOURCE = "/org/wteval/rules/precompiled-rules.sha256";

    private RulePrecompiler() {
    }

    /** @param args the rule folder and the classes folder to write into */
    public static void main(String[] args) throws IOException, RuleCompileException {
        Map.Entry<String, byte[]> module = RuleBook.precompile(Path.of(args[0]));
        write(module.getKey(), module.getValue(), Path.of(args[1]));
    }

    static void write(String hash, byte[] module, Path classes) throws IOException {
        List<String> models = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(module))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] content = zip.readAllBytes();
                if (e.getName().endsWith(".class")) {
                    Path out = classes.resolve(e.getName());
                    Files.createDirectories(out.getParent());
                    Files.write(out, content);
                } else if (e.getName().endsWith(RuleBook.MODEL_INDEX_SUFFIX)) {
                    models.addAll(RuleBook.modelNames(content));
                }
            }
        }
        models.sort(null);
        Path index = classes.resolve(MODELS_RESOURCE.substring(1));
        Files.createDirectories(index.getParent());
        Files.writeString(index, String.join("\n", models) + "\n", StandardCharsets.UTF_8);
        Files.writeString(classes.resolve(HASH_RESOURCE.substring(1)), hash + "\n", StandardCharsets.UTF_8);
    }
}
