package org.wteval.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.wteval.model.Sha256;
import org.wteval.model.SourceFile;

/**
 * The compiled rules of one rule folder. Compiling is slow (seconds), so a caller that fires the same rules many
 * times loads the book once and keeps it (the {@code pipeline.Engine} does); firing opens a short-lived session per
 * evaluation.
 *
 * <p>Rules are compiled with the executable model: the default compiler path fails at run time in Drools 10.
 * The rules fall into two stages, each in a rule base of its own: the planning rules ({@code plan/**}) decide
 * tariffs, output caps, ownership and JCM tiers before the lifecycle is computed ({@link #plan}); all other rules
 * judge the computed metrics: gates, qualification, price checks and JCM screening ({@link #judge}). A session of
 * one stage holds none of the other stage's rules, so no rule can fire in the wrong stage, whatever facts it gets.
 * A DRL package belongs to one stage only; a folder that declares a package in both fails to load.
 *
 * <p>Compiling takes seconds, so the build precompiles the bundled rules ({@link RulePrecompiler}) into a module
 * stored beside them with the SHA-256 of the sources it came from; a rule folder whose hash matches loads that
 * module instead of compiling. Any other folder (an adviser's edited copy) is compiled as before.
 */
public final class RuleBook {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
    /** A compiled module's index of its model classes. */
    static final String MODEL_INDEX_SUFFIX = "/drools-model";

    /** The rule folder whose rules decide before the lifecycle is computed. */
    static final String PLAN_FOLDER = "plan/";

    /** The two rule stages, each compiled into its own rule base. */
    enum Stage { PLAN, JUDGE }

    /** Halts sessions that overrun their time; one daemon thread for all rule books. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wte-rule-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final Map<Stage, KieBase> bases;
    private final List<SourceFile> files;
    private final List<RuleInfo> rules;
    private final String sha256;
    private final SessionBudget budget;

    private RuleBook(Map<Stage, KieBase> bases, List<SourceFile> files, List<RuleInfo> rules, String sha256,
                     SessionBudget budget) {
        this.bases = bases;
        this.files = files;
        this.rules = rules;
        this.sha256 = sha256;
        this.budget = budget;
    }

    /** The same rules with another session budget. */
    public RuleBook withBudget(SessionBudget budget) {
        return new RuleBook(bases, files, rules, sha256, budget);
    }

    /** Compiles every {@code *.drl} under {@code dir}, or loads the precompiled model if they are the bundled rules. */
    public static RuleBook load(Path dir) throws RuleCompileException {
        return load(dir, RuleBook.class.getClassLoader());
    }

    /**
     * As {@link #load(Path)} for an engine whose classes, precompiled rules included, come from {@code engine}.
     */
    static RuleBook load(Path dir, ClassLoader engine) throws RuleCompileException {
        Map<String, byte[]> sources = read(dir);
        List<SourceFile> files = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : sources.entrySet()) {
            files.add(SourceFile.of("rules/" + e.getKey(), e.getValue()));
        }
        String hash = hash(sources);
        List<String> models = precompiledModels(hash, engine);
        return models != null ? fromModels(models, engine, sources, List.copyOf(files), hash)
                : compile(sources, List.copyOf(files), hash, engine);
    }

    /** Compiles the rules under {@code dir} into module bytes and their hash, for {@link RulePrecompiler}. */
    static Map.Entry<String, byte[]> precompile(Path dir) throws RuleCompileException {
        Map<String, byte[]> sources = read(dir);
        String hash = hash(sources);
        ClassLoader engine = RuleBook.class.getClassLoader();
        InternalKieModule module = build(sources, hash,
                new HidingClassLoader(engine, RulePrecompiler.classNames(engine)));
        return Map.entry(hash, module.getBytes());
    }

    /** The model classes precompiled into the engine, if they were built from sources with this hash. */
    private static List<String> precompiledModels(String hash, ClassLoader engine) {
        try (InputStream h = engine.getResourceAsStream(RulePrecompiler.HASH_RESOURCE.substring(1));
             InputStream m = engine.getResourceAsStream(RulePrecompiler.MODELS_RESOURCE.substring(1))) {
            if (h == null || m == null || !hash.equals(new String(h.readAllBytes(), StandardCharsets.UTF_8).trim())) {
                return null;
            }
            return new String(m.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the precompiled rules", e);
        }
    }

    /**
     * Builds the two stages' rule bases from executable-model classes: no compiler involved. Each model holds one
     * DRL package, so the models split by the stage of their package.
     */
    static RuleBook fromModels(List<String> modelClasses, ClassLoader loader, Map<String, byte[]> sources,
                               List<SourceFile> files, String hash) throws RuleCompileException {
        Map<String, Stage> stageOf = packageStages(sources);
        Map<Stage, List<Model>> models = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            models.put(s, new ArrayList<>());
        }
        for (String name : modelClasses) {
            Model m;
            try {
                m = (Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("precompiled rule model " + name + " cannot be loaded", e);
            }
            Stage stage = stageOf.get(m.getPackageName());
            if (stage == null) {
                throw new IllegalStateException("rule model " + name + " is of package " + m.getPackageName()
                        + ", which no rule file declares");
            }
            models.get(stage).add(m);
        }
        Map<Stage, KieBase> bases = new EnumMap<>(Stage.class);
        models.forEach((stage, ms) -> bases.put(stage, KieBaseBuilder.createKieBaseFromModel(ms)));
        return book(bases, sources, files, hash);
    }

    /** The stage of each DRL package: planning for the packages of files under {@code plan/}. */
    static Map<String, Stage> packageStages(Map<String, byte[]> sources) throws RuleCompileException {
        Map<String, Stage> stages = new java.util.TreeMap<>();
        List<String> mixed = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : sources.entrySet()) {
            Matcher m = PACKAGE.matcher(new String(e.getValue(), StandardCharsets.UTF_8));
            String pkg = m.find() ? m.group(1) : "";
            Stage stage = e.getKey().startsWith(PLAN_FOLDER) ? Stage.PLAN : Stage.JUDGE;
            Stage before = stages.putIfAbsent(pkg, stage);
            if (before != null && before != stage) {
                mixed.add(e.getKey() + ": package " + pkg + " is declared by both planning (plan/) and judging "
                        + "rule files; a package must belong to one stage");
            }
        }
        if (!mixed.isEmpty()) {
            throw new RuleCompileException(mixed);
        }
        return stages;
    }

    private static String hash(Map<String, byte[]> sources) {
        StringBuilder all = new StringBuilder();
        for (Map.Entry<String, byte[]> e : sources.entrySet()) {
            all.append("rules/").append(e.getKey()).append(' ').append(Sha256.hex(e.getValue())).append('\n');
        }
        return Sha256.hex(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, byte[]> read(Path dir) {
        Map<String, byte[]> out = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules from " + dir, e);
        }
        return out;
    }

    /**
     * Compiles the rules, then splits them by stage exactly as the precompiled models are split. Both the compiler
     * and the compiled classes see the engine's classes through {@link HidingClassLoader}, which hides the
     * precompiled rule classes: a stale precompiled class of the same name (a declared type, say) must never stand in
     * for one of this compilation.
     */
    private static RuleBook compile(Map<String, byte[]> sources, List<SourceFile> files, String hash,
                                    ClassLoader engine) throws RuleCompileException {
        ClassLoader visible = new HidingClassLoader(engine, RulePrecompiler.classNames(engine));
        InternalKieModule module = build(sources, hash, visible);
        List<String> models = new ArrayList<>();
        for (String name : module.getFileNames()) {
            if (name.endsWith(MODEL_INDEX_SUFFIX)) {
                models.addAll(modelNames(module.getBytes(name)));
            }
        }
        return fromModels(models, new ModuleClassLoader(module.getClassesMap(), visible), sources, files, hash);
    }

    /** The model class names in a compiled module's index, which opens with a version header. */
    static List<String> modelNames(byte[] index) {
        List<String> names = new ArrayList<>();
        for (String line : new String(index, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank() && !line.contains(":")) {
                names.add(line.trim());
            }
        }
        return names;
    }

    /** Compiles the rules into a module whose compiler sees the classes of {@code loader}. */
    /**
     * Drools' code generator changes the case of names with the default locale: under Turkish, "int" becomes "ınt"
     * and the generated Java does not compile. The build runs under the root locale, one build at a time, and the
     * caller's locale is restored after it.
     */
    private static synchronized KieBuilder buildUnderRootLocale(KieServices ks, KieFileSystem kfs,
                                                                ClassLoader loader) {
        Locale caller = Locale.getDefault();
        Locale.setDefault(Locale.ROOT);
        try {
            return ks.newKieBuilder(kfs, loader).buildAll(ExecutableModelProject.class);
        } finally {
            Locale.setDefault(caller);
        }
    }

    private static InternalKieModule build(Map<String, byte[]> sources, String hash, ClassLoader loader)
            throws RuleCompileException {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId release = ks.newReleaseId("org.wteval", "rules", "1.0.0-" + hash.substring(0, 16));
        kfs.generateAndWritePomXML(release);
        for (Map.Entry<String, byte[]> e : sources.entrySet()) {
            kfs.write("src/main/resources/rules/" + e.getKey(), e.getValue());
        }
        KieBuilder builder = buildUnderRootLocale(ks, kfs, loader);
        // Errors in generated Java repeat the whole generated source; the line-numbered message after it says why.
        List<String> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .filter(m -> !m.getText().startsWith("Java source of "))
                .map(m -> (m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "") + ":"
                        + m.getLine() + ": ") + m.getText())
                .sorted()
                .toList();
        if (!errors.isEmpty()) {
            throw new RuleCompileException(errors);
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        // The caller keeps what it needs of the module: Drools' repository would keep every compilation alive.
        ks.getRepository().removeKieModule(module.getReleaseId());
        return module;
    }

    private static RuleBook book(Map<Stage, KieBase> bases, Map<String, byte[]> sources, List<SourceFile> files,
                                 String hash) throws RuleCompileException {
        List<RuleInfo> infos = new ArrayList<>();
        for (KieBase base : bases.values()) {
            for (KiePackage pkg : base.getKiePackages()) {
                for (Rule r : pkg.getRules()) {
                    infos.add(info(r, sources));
                }
            }
        }
        infos.sort(null);
        if (infos.isEmpty()) {
            throw new RuleCompileException(List.of("no rules found in " + sources.keySet()));
        }
        return new RuleBook(bases, files, List.copyOf(infos), hash, SessionBudget.DEFAULT);
    }

    private static RuleInfo info(Rule r, Map<String, byte[]> sources) {
        String marker = "rule \"" + r.getName() + "\"";
        Map.Entry<String, byte[]> source = sources.entrySet().stream()
                .filter(e -> new String(e.getValue(), StandardCharsets.UTF_8).contains(marker))
                .findFirst()
                .orElse(null);
        String file = source == null ? "?" : source.getKey();
        List<ParamCondition> params = source == null ? List.of()
                : ParamCondition.of(new String(source.getValue(), StandardCharsets.UTF_8), r.getName());
        String stage = file.contains("/") ? file.substring(0, file.indexOf('/')) : "common";
        String country = r.getMetaData().containsKey("country") ? Outcomes.meta(r, "country") : "all";
        return new RuleInfo(r.getName(), stage, Outcomes.meta(r, "severity"), country,
                Outcomes.meta(r, "clause"), Outcomes.meta(r, "meaning"), "rules/" + file, params);
    }

    /**
     * Fires the planning rules over {@code facts} (toolkit parameters, {@link ContractFacts}, {@link PlanFacts}) in
     * a fresh session: their decisions and any findings.
     */
    public RuleOutcome plan(Collection<?> facts) {
        return fire(Stage.PLAN, facts);
    }

    /**
     * Fires the judging rules over {@code facts} (toolkit parameters, tender and bid facts with computed metrics)
     * in a fresh session: findings and the qualified bids.
     */
    public RuleOutcome judge(Collection<?> facts) {
        return fire(Stage.JUDGE, facts);
    }

    /** A fresh session of one stage's rules, for tests that follow truth maintenance step by step. */
    KieSession session(Stage stage) {
        return bases.get(stage).newKieSession();
    }

    /** The names of the rules in one stage's rule base. */
    java.util.Set<String> ruleNames(Stage stage) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        bases.get(stage).getKiePackages().forEach(p -> p.getRules().forEach(r -> names.add(r.getName())));
        return names;
    }

    private RuleOutcome fire(Stage stage, Collection<?> facts) {
        KieSession session = session(stage);
        LastFired last = new LastFired();
        session.addEventListener(last);
        AtomicBoolean halted = new AtomicBoolean();
        ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> {
            halted.set(true);
            session.halt();
        }, budget.time().toMillis(), TimeUnit.MILLISECONDS);
        try {
            for (Object f : facts) {
                session.insert(f);
            }
            int limit = budget.firings(facts.size());
            int fired = session.fireAllRules(limit + 1);
            alarm.cancel(false);
            if (halted.get()) {
                throw new RulesRanAwayException("the " + stage.name().toLowerCase(Locale.ROOT) + " rules were "
                        + "stopped after " + budget.time().toSeconds() + " s, while rule '" + last.name
                        + "' was firing: does it modify or insert a fact that it matches again?");
            }
            if (fired > limit) {
                throw new RulesRanAwayException("the " + stage.name().toLowerCase(Locale.ROOT) + " rules were "
                        + "stopped after " + fired + " firings over " + facts.size() + " facts (the limit is " + limit
                        + "), last "
                        + "of them rule '" + last.name + "': does it modify or insert a fact that it matches again?");
            }
            List<Finding> findings = new ArrayList<>();
            List<Qualified> qualified = new ArrayList<>();
            List<PlanDecision> decisions = new ArrayList<>();
            for (Object o : session.getObjects()) {
                if (o instanceof Finding f) {
                    findings.add(f);
                } else if (o instanceof Qualified q) {
                    qualified.add(q);
                } else if (o instanceof PlanDecision d) {
                    decisions.add(d);
                }
            }
            return RuleOutcome.of(findings, qualified, decisions);
        } finally {
            alarm.cancel(false);
            session.dispose();
        }
    }

    /** Remembers the rule fired last, to name a runaway rule. */
    private static final class LastFired extends DefaultAgendaEventListener {
        private volatile String name = "(none)";

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            name = event.getMatch().getRule().getName();
        }
    }

    public List<SourceFile> files() {
        return files;
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    /** SHA-256 over the names and digests of all rule files. */
    public String sha256() {
        return sha256;
    }
}
