package org.wteval.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.wteval.model.Committee;
import org.wteval.model.SourceFile;
import org.wteval.model.Criterion;
import org.wteval.calc.FigureNames;
import org.wteval.model.Figure;
import org.wteval.model.Origin;
import org.wteval.model.Param;
import org.wteval.model.Toolkit;
import org.wteval.model.ToolkitVersion;
import org.wteval.pipeline.AlpProcedure;
import org.wteval.pipeline.Audit;
import org.wteval.pipeline.BidEvaluation;
import org.wteval.pipeline.Evaluation;
import org.wteval.pipeline.RankReversal;
import org.wteval.scoring.ScoreSpread;
import org.wteval.scoring.CriterionScore;
import org.wteval.rules.Finding;
import org.wteval.scoring.RankedBid;
import org.wteval.scoring.CommitteeSpec;
import org.wteval.scoring.CommitteeStatistics;
import org.wteval.scoring.TechnicalScores;

/**
 * Renders {@code evaluation.json}. Field order is fixed by construction and nothing depends on time or hash order,
 * so the same case gives the same bytes. A figure that is itself a top-level figure of the same bid appears inside
 * other trees as {@code {"ref": name, "value": v}}, and a toolkit value as {@code {"value": v, "param": key}} beside
 * its one full entry under {@code toolkit.parameters}, which keeps the file compact without losing any step.
 */
public final class JsonReport {

    public static final String FILE = "evaluation.json";

    // Jackson's own shortest-repr double writer (Schubfach): Java 17's Double.toString was two fifths of the time
    // spent writing a large tender's report. Both give a decimal that reads back to the same double.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    private JsonReport() {
    }

    /** The whole file in memory; for tests and small cases. */
    public static byte[] render(Evaluation e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(e, out);
        } catch (IOException ex) {
            throw new UncheckedIOException("writing to memory does not fail", ex);
        }
        return out.toByteArray();
    }

    /**
     * Streams the file to {@code out}: everything before the bids as one tree, then each bid's tree written and
     * dropped in turn, so memory holds one bid's figures at a time however many bids the tender has.
     */
    public static void write(Evaluation e, OutputStream out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode engine = root.putObject("engine");
        engine.put("name", "wte-eval");
        engine.put("version", e.audit().engineVersion());
        ObjectNode c = root.putObject("case");
        c.put("id", e.tender().tender().id());
        c.put("title", e.tender().tender().title());
        c.put("country", e.tender().tender().country());
        c.put("currency", e.tender().currency());
        c.put("baseYear", e.tender().tender().baseYear());
        if (e.tender().tender().launchDate() != null) {
            c.put("launchDate", e.tender().tender().launchDate());
        }
        audit(root.putObject("audit"), e.audit(), e.tender().toolkit());
        toolkit(root.putObject("toolkit"), e);
        method(root.putObject("method"), e);
        ObjectNode tender = root.putObject("tender");
        ObjectNode tf = tender.putObject("figures");
        for (Figure f : List.of(e.tenderMetrics().averageLhv(), e.tenderMetrics().lowLhv(),
                e.tenderMetrics().highLhv(), e.tenderMetrics().annualTonnes())) {
            tf.set(f.name(), figure(f, Map.of(), Map.of(), e.usedParams()));
        }
        // The best value of each criterion scored relative to the best bid, written once: every bid's score reads it,
        // and its tree is the best bid's whole metric.
        Map<Figure, String> shared = new IdentityHashMap<>();
        for (Map.Entry<String, Figure> best : bestQualified(e).entrySet()) {
            tf.set(best.getKey(), figure(best.getValue(), Map.of(), Map.of(), e.usedParams()));
            shared.put(best.getValue(), "tender." + best.getKey());
        }
        // The prices the abnormally-low test compares bids with, each traced to its field and rate.
        var ref = e.tender().priceReference();
        if (ref != null) {
            for (Figure f : java.util.Arrays.asList(ref.ownerEstimate(), ref.ceiling())) {
                if (f != null) {
                    tf.set(f.name(), figure(f, Map.of(), Map.of(), e.usedParams()));
                }
            }
        }
        findings(tender.putArray("findings"), e.tenderFindings());
        ArrayNode reversals = root.putArray("rankReversals");
        for (RankReversal r : e.rankReversals()) {
            ObjectNode n = reversals.addObject();
            n.put("removed", r.removedBid());
            r.orderWith().forEach(n.putArray("orderWith")::add);
            r.orderWithout().forEach(n.putArray("orderWithout")::add);
            n.put("message", r.message());
        }
        root.put("rankingStatus", e.abnormallyLow().status().name());
        ranking(root.putArray("ranking"), e.ranking());
        abnormallyLow(root.putObject("abnormallyLow"), e.abnormallyLow());
        try (JsonGenerator g = MAPPER.createGenerator(new NonClosing(out), JsonEncoding.UTF8)) {
            g.writeStartObject();
            for (Map.Entry<String, JsonNode> field : root.properties()) {
                g.writeFieldName(field.getKey());
                MAPPER.writeTree(g, field.getValue());
            }
            g.writeArrayFieldStart("bids");
            writeBids(g, out, e, shared);
            g.writeEndArray();
            if (e.technical() != null) {
                ObjectNode committee = MAPPER.createObjectNode();
                committee(committee, e.technical());
                g.writeFieldName("committee");
                MAPPER.writeTree(g, committee);
            }
            g.writeEndObject();
        }
        out.write('\n');
    }

    /**
     * The bids, each rendered to bytes on its own and written in the tender's order. Each bid's text depends on that
     * bid alone (and on what every bid shares, only read here), so bids of a window are rendered in parallel and the
     * file is the same whatever the number of threads; the window keeps only a few bids' text in memory at once.
     * The generator has just opened the array: its pretty printer would write {@code " "} before the first value and
     * {@code ", "} between values, and {@code " ]"} to close it, which is what is written here around the bids.
     */
    private static void writeBids(JsonGenerator g, OutputStream out, Evaluation e, Map<Figure, String> shared)
            throws IOException {
        g.flush();
        List<BidEvaluation> bids = e.bids();
        for (int from = 0; from < bids.size(); from += BID_WINDOW) {
            int to = Math.min(bids.size(), from + BID_WINDOW);
            List<byte[]> rendered = IntStream.range(from, to).parallel()
                    .mapToObj(i -> bidBytes(e, bids.get(i), shared)).toList();
            for (int i = from; i < to; i++) {
                out.write(i == 0 ? OPEN_FIRST : BETWEEN);
                out.write(rendered.get(i - from));
            }
        }
    }

    /** Bids rendered together before they are written: enough to keep two threads busy, few enough to hold. */
    private static final int BID_WINDOW = 32;
    private static final byte[] OPEN_FIRST = {' '};
    private static final byte[] BETWEEN = {',', ' '};

    /** One bid's object, indented as it stands in the file: inside the root object and its {@code bids} array. */
    private static byte[] bidBytes(Evaluation e, BidEvaluation b, Map<Figure, String> shared) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 17);
        try (JsonGenerator g = MAPPER.createGenerator(buffer, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new BidIndent());
            ObjectNode n = MAPPER.createObjectNode();
            bid(n, b);
            g.writeStartObject();
            for (Map.Entry<String, JsonNode> field : n.properties()) {
                g.writeFieldName(field.getKey());
                MAPPER.writeTree(g, field.getValue());
            }
            // Scores and the total sit beside the metrics they explain, so the file answers "why this score?"
            // itself. The trees are the bulk of the file: they are streamed, not built as nodes first.
            Map<String, Figure> figures = new LinkedHashMap<>(b.metrics().figures());
            figures.putAll(b.scoreFigures());
            g.writeObjectFieldStart("figures");
            for (Figure f : figures.values()) {
                g.writeFieldName(f.name());
                writeFigure(g, f, figures, shared, e.usedParams());
            }
            g.writeEndObject();
            Committee.Decision d = e.abnormallyLow().decision(b.bidId());
            if (d != null) {
                ObjectNode decision = MAPPER.createObjectNode();
                decision(decision, d);
                g.writeFieldName("committeeDecision");
                MAPPER.writeTree(g, decision);
            }
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException("writing to memory does not fail", ex);
        }
        return buffer.toByteArray();
    }

    /** The file's indentation, starting one level in: a bid's fields sit two levels deep. */
    private static final class BidIndent extends DefaultPrettyPrinter {
        BidIndent() {
            _nesting = 1;
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new BidIndent();
        }
    }

    /** Lets the generator close without closing the caller's stream. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static void ranking(ArrayNode out, List<RankedBid> ranking) {
        for (RankedBid r : ranking) {
            ObjectNode n = out.addObject();
            n.put("rank", r.rank());
            n.put("bid", r.bidId());
            n.put("total", r.total());
            ObjectNode a = n.putObject("audit");
            r.audit().forEach(a::put);
            if (r.tieBreak() != null) {
                n.put("tieBreak", r.tieBreak());
            }
        }
    }

    // ---- the abnormally-low-bid procedure ----

    /** The committee's decisions, the bids still undecided, and the ranking each open decision would give. */
    private static void abnormallyLow(ObjectNode n, AlpProcedure p) {
        n.put("status", p.status().name());
        ArrayNode unresolved = n.putArray("unresolved");
        p.unresolved().forEach(unresolved::add);
        ObjectNode decisions = n.putObject("decisions");
        p.decisions().forEach((id, d) -> decision(decisions.putObject(id), d));
        ArrayNode alternatives = n.putArray("alternatives");
        for (AlpProcedure.Alternative a : p.alternatives()) {
            ObjectNode o = alternatives.addObject();
            o.put("bid", a.bidId());
            o.put("ifCommittee", a.outcome());
            o.put("leader", a.leader());
            // The provisional ranking, or it without the bid, is not repeated: with many open decisions the
            // report would grow with their product.
            switch (a.change()) {
                case NONE -> o.put("ranking", "unchanged");
                case LEFT_OUT -> o.put("ranking", "unchanged without " + a.bidId());
                case RANKED_AGAIN -> ranking(o.putArray("ranking"), a.ranking());
            }
        }
    }

    private static void decision(ObjectNode n, Committee.Decision d) {
        n.put("outcome", d.outcome());
        n.put("date", d.date());
        n.put("decidedBy", d.decidedBy());
        n.put("explanationReference", d.explanationReference());
        if (d.addedPerformanceSecurity() == null) {
            n.putNull("addedPerformanceSecurity");
        } else {
            n.put("addedPerformanceSecurity", d.addedPerformanceSecurity());
        }
        n.put("reason", d.reason());
    }

    // Committee scoring of technical proposals: present only when the toolkit has a committee score them. Every mark
    // of every evaluator is listed, so the committee's score can be re-derived by hand.
    private static void committee(ObjectNode n, TechnicalScores t) {
        CommitteeSpec spec = t.spec();
        n.put("formula", "technical = 100 × Σ weight × (aggregate − " + spec.scaleMin() + ") / ("
                + spec.scaleMax() + " − " + spec.scaleMin() + ")");
        n.put("aggregation", spec.aggregation());
        if (spec.aggregation().equals(CommitteeSpec.MEAN_WITHOUT_OUTLIERS)) {
            n.put("outlierRule", "|x − median| > " + spec.madMultiplier() + " × 1.4826 × MAD (MAD = median absolute"
                    + " deviation; nothing is flagged when the MAD is 0)");
        }
        n.put("scaleMin", spec.scaleMin());
        n.put("scaleMax", spec.scaleMax());
        if (spec.hasMinimum()) {
            n.put("minTechnicalScore", spec.minTechnicalScore());
        }
        n.put("technicalShare", spec.technicalShare());
        n.put("total", spec.technicalShare() > 0
                ? "total = (1 − " + spec.technicalShare() + ") × method total + " + spec.technicalShare()
                        + " × technical"
                : "the technical score is a gate only; totals are the method's");
        ObjectNode w = n.putObject("weights");
        spec.weights().forEach(w::put);
        TechnicalScores.Agreement a = t.agreement();
        ObjectNode ag = n.putObject("agreement");
        ag.put("statistic", "Kendall's W with tie correction: W = 12 S / (m²(n³ − n) − m Σ T), T = Σ (t³ − t);"
                + " χ² = m (n − 1) W on n − 1 degrees of freedom");
        ag.put("basis", a.basis());
        ArrayNode ev = ag.putArray("evaluators");
        a.evaluators().forEach(ev::add);
        ArrayNode ex = ag.putArray("excludedForConflict");
        a.excluded().forEach(ex::add);
        if (a.concordance() == null) {
            ag.put("note", a.note());
        } else {
            CommitteeStatistics.Concordance c = a.concordance();
            ag.put("m", c.m());
            ag.put("n", c.n());
            ag.put("S", c.s());
            ag.put("tieSum", c.tieSum());
            ag.put("W", c.w());
            ag.put("chiSquare", c.chiSquare());
            ag.put("degreesOfFreedom", c.degreesOfFreedom());
            ag.put("pValue", c.pValue());
        }
        ArrayNode bids = n.putArray("bids");
        for (TechnicalScores.BidTechnical b : t.bids()) {
            ObjectNode bn = bids.addObject();
            bn.put("bid", b.bidId());
            bn.put("technicalScore", b.score());
            ArrayNode conflicted = bn.putArray("conflictDeclaredBy");
            b.conflicted().forEach(conflicted::add);
            ArrayNode subs = bn.putArray("subCriteria");
            for (TechnicalScores.SubCriterion c : b.subCriteria()) {
                ObjectNode sn = subs.addObject();
                sn.put("key", c.key());
                sn.put("weight", c.weight());
                sn.put("median", c.median());
                sn.put("mad", c.mad());
                sn.put("outlierThreshold", c.outlierThreshold());
                sn.put("aggregate", c.aggregate());
                sn.put("points", c.points());
                ArrayNode marks = sn.putArray("scores");
                for (TechnicalScores.Mark m : c.marks()) {
                    marks.addObject().put("evaluator", m.evaluator()).put("score", m.score())
                            .put("outlier", m.outlier());
                }
            }
        }
    }

    private static void audit(ObjectNode a, Audit audit, Toolkit toolkit) {
        a.put("inputsSha256", audit.inputsSha256());
        a.put("toolkitSha256", audit.toolkitSha256());
        a.put("rulesSha256", audit.rulesSha256());
        files(a.putArray("inputs"), audit.inputs());
        files(a.putArray("toolkits"), audit.toolkits());
        // Which dated versions of those files applied, and the day that chose them (the tender's launch date).
        if (!toolkit.versions().isEmpty()) {
            a.put("toolkitDate", toolkit.date());
            ArrayNode versions = a.putArray("toolkitVersions");
            toolkit.versions().forEach(v -> versions.add(v.label()));
        }
        files(a.putArray("rules"), audit.rules());
    }

    private static void files(ArrayNode out, List<SourceFile> files) {
        for (SourceFile f : files) {
            out.addObject().put("file", f.name()).put("sha256", f.sha256());
        }
    }

    private static void toolkit(ObjectNode t, Evaluation e) {
        t.put("id", e.tender().toolkit().id());
        t.put("name", e.tender().toolkit().name());
        ArrayNode layers = t.putArray("layers");
        e.tender().toolkit().layers().forEach(layers::add);
        if (e.tender().toolkit().date() != null) {
            t.put("date", e.tender().toolkit().date());
        }
        if (!e.tender().toolkit().versions().isEmpty()) {
            ArrayNode versions = t.putArray("versions");
            for (ToolkitVersion v : e.tender().toolkit().versions()) {
                ObjectNode n = versions.addObject().put("layer", v.layer()).put("effective", v.effective());
                if (v.until() != null) {
                    n.put("until", v.until());
                }
                n.put("law", v.law());
            }
        }
        long assumed = e.usedParams().values().stream().filter(Param::assumed).count();
        t.put("parametersUsed", e.usedParams().size());
        t.put("assumedParametersUsed", assumed);
        ObjectNode ps = t.putObject("parameters");
        for (Param p : e.usedParams().values()) {
            ObjectNode n = ps.putObject(p.key());
            if (p.value() instanceof Double d) {
                n.put("value", d);
            } else if (p.value() instanceof Boolean b) {
                n.put("value", b);
            } else {
                n.put("value", p.text());
            }
            n.put("unit", p.unit());
            n.put("source", p.source());
            n.put("effective", p.effective());
            n.put("status", p.status());
            n.put("layer", p.layer());
            if (p.version() != null) {
                n.put("version", p.version());
            }
        }
    }

    private static void method(ObjectNode m, Evaluation e) {
        m.put("name", e.method().name());
        m.put("formula", e.method().formula());
        m.put("unit", e.method().unit());
        m.put("order", e.method().higherIsBetter() ? "highest total first" : "lowest total first");
        ObjectNode w = m.putObject("weights");
        for (Map.Entry<Criterion, Figure> x : e.weights().entrySet()) {
            w.set(x.getKey().key(), figure(x.getValue(), Map.of(), Map.of(), e.usedParams()));
        }
        List<CriterionScore> scores = new ArrayList<>();
        e.bids().forEach(b -> scores.addAll(b.scores()));
        Map<Criterion, Double> spread = ScoreSpread.weightedPoints(e.method(), scores);
        if (!spread.isEmpty()) {
            ObjectNode sp = m.putObject("spreadWeightedPoints");
            spread.forEach((c, p) -> sp.put(c.key(), p));
        }
        m.put("tieBreak", e.tieBreak());
        m.put("tieRule", "totals are compared at six significant digits; ties go to " + e.tieBreak()
                + ", then bid id");
    }

    /** A bid's fields before its figures. */
    private static void bid(ObjectNode n, BidEvaluation b) {
        n.put("id", b.bidId());
        n.put("bidder", b.metrics().bid().bid().bidder());
        n.put("file", b.metrics().bid().file());
        n.put("qualified", b.qualified());
        if (b.ranking() != null) {
            n.put("rank", b.ranking().rank());
            n.put("total", b.ranking().total());
        } else {
            n.putNull("rank");
        }
        ArrayNode decided = n.putArray("decidedBy");
        b.plan().decidedBy().forEach(decided::add);
        findings(n.putArray("findings"), b.findings());
        ArrayNode scores = n.putArray("scores");
        for (CriterionScore s : b.scores()) {
            ObjectNode o = scores.addObject();
            o.put("criterion", s.criterion().key());
            o.put("score", s.score());
            o.put("rawValue", s.rawValue());
            o.put("rawUnit", s.rawUnit());
            o.put("normalisation", s.method());
            o.put("formula", s.formula());
            o.put("rule", s.ruleId());
            o.put("clause", s.clause());
        }
    }

    /**
     * Each criterion's best qualified value, by the name the file gives it ({@code lifecycleBestQualifiedValue}),
     * as the bids' scores read it: one figure every bid's score shares.
     */
    private static Map<String, Figure> bestQualified(Evaluation e) {
        Map<String, Figure> out = new LinkedHashMap<>();
        for (BidEvaluation b : e.bids()) {
            for (Criterion c : Criterion.values()) {
                Figure score = b.scoreFigures().get(FigureNames.score(c.key()));
                if (score == null) {
                    continue;
                }
                for (Figure i : score.inputs()) {
                    if (i.name().equals(FigureNames.BEST_QUALIFIED_VALUE)) {
                        out.putIfAbsent(c.key() + "BestQualifiedValue", i);
                    }
                }
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    private static void findings(ArrayNode out, List<Finding> findings) {
        for (Finding f : findings) {
            ObjectNode o = out.addObject();
            o.put("rule", f.ruleId());
            o.put("severity", f.severity().name());
            o.put("message", f.message());
            o.put("measured", f.measured());
            o.put("threshold", f.threshold());
            o.put("unit", f.unit());
            o.put("clause", f.clause());
            ArrayNode p = o.putArray("parameters");
            f.params().forEach(p::add);
        }
    }

    /** A figure's tree as a node, for the parts of the file built as nodes ({@link #writeFigure}). */
    static ObjectNode figure(Figure f, Map<String, Figure> topLevel, Map<Figure, String> shared,
                             Map<String, Param> listed) {
        try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
            writeFigure(buffer, f, topLevel, shared, listed);
            return MAPPER.readTree(buffer.asParser());
        } catch (IOException ex) {
            throw new UncheckedIOException("writing to memory does not fail", ex);
        }
    }

    /**
     * Writes a figure's tree. Inputs that are top-level figures in {@code topLevel}, or figures every bid shares that
     * the file writes once ({@code shared}: where), are written as references, and a toolkit value listed once under
     * {@code toolkit.parameters} (with its unit, source, date and status) as {@code {"value": v, "param": key}}:
     * repeating each value's citation in every tree that reads it made the file grow by tens of kilobytes a bid.
     *
     * @param listed the toolkit parameters the file lists, by key
     */
    static void writeFigure(JsonGenerator g, Figure f, Map<String, Figure> topLevel, Map<Figure, String> shared,
                            Map<String, Param> listed) throws IOException {
        g.writeStartObject();
        g.writeNumberField("value", f.value());
        if (f.origin() instanceof Origin.ToolkitParameter tp && listed.containsKey(tp.key())
                && f.inputs().isEmpty() && f.byYear().isEmpty()) {
            Param p = listed.get(tp.key());
            if (p.value() instanceof Double d && d == f.value() && p.unit().equals(f.unit())) {
                g.writeStringField("param", tp.key());
                g.writeEndObject();
                return;
            }
        }
        g.writeStringField("unit", f.unit());
        g.writeStringField("status", f.status());
        if (f.formula() != null) {
            g.writeStringField("formula", f.formula());
        }
        if (f.origin().text().isPresent()) {
            g.writeStringField("origin", f.origin().text().get());
        }
        if (f.source() != null) {
            g.writeStringField("source", f.source());
        }
        if (!f.byYear().isEmpty()) {
            g.writeNumberField("firstYear", f.firstYear());
            g.writeArrayFieldStart("byYear");
            for (double v : f.byYear()) {
                g.writeNumber(v);
            }
            g.writeEndArray();
        }
        if (!f.inputs().isEmpty()) {
            g.writeObjectFieldStart("inputs");
            for (Figure i : f.inputs()) {
                g.writeFieldName(i.name());
                String sharedAt = shared.get(i);
                if (topLevel.get(i.name()) == i || sharedAt != null) {
                    g.writeStartObject();
                    g.writeStringField("ref", sharedAt != null && topLevel.get(i.name()) != i ? sharedAt : i.name());
                    g.writeNumberField("value", i.value());
                    g.writeEndObject();
                } else {
                    writeFigure(g, i, topLevel, shared, listed);
                }
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
