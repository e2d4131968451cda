package org.wteval.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.wteval.optimise.award.AwardAnswer;
import org.wteval.optimise.award.domain.AwardOption;
import org.wteval.optimise.award.domain.Objective;

/**
 * The award of a tender divided into lots: {@code award.json} (every lot's options, award and reasons, the
 * runner-up, the rules that cannot be met) and the summary {@code wte award} prints. Lots and options keep the
 * tender's and the bids' order, so the same inputs give the same bytes.
 */
public final class AwardReport {

    public static final String FILE = "award.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final String NL = System.lineSeparator();

    private AwardReport() {
    }

    public static byte[] json(AwardAnswer a) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode c = root.putObject("case");
        c.put("id", a.caseId());
        c.put("method", a.method());
        c.put("currency", a.currency());
        root.put("objective", objective(a));
        score(root.putObject("score"), a.score());
        ArrayNode lots = root.putArray("lots");
        for (AwardAnswer.LotResult l : a.lots()) {
            ObjectNode o = lots.addObject();
            o.put("lot", l.lot());
            o.put("title", l.title());
            o.put("tonnesPerDay", l.tonnesPerDay());
            if (l.award() == null) {
                o.putNull("award");
            } else {
                o.put("award", l.award().bidId());
                o.put("bidder", l.award().bidder());
            }
            if (l.fixedBy() != null) {
                o.put("fixedBy", l.fixedBy());
            }
            strings(o.putArray("why"), l.why());
            ArrayNode options = o.putArray("options");
            for (AwardOption opt : l.options()) {
                ObjectNode p = options.addObject();
                p.put("bid", opt.bidId());
                p.put("bidder", opt.bidder());
                if (opt.offer().isPackage()) {
                    p.put("lotGroup", opt.offer().lotGroup());
                }
                p.put("authorityPv", opt.cost());
                if (!opt.eligible() && opt.scoreUnits() == 0) {
                    p.putNull("total"); // not ranked at the lot, so it has no total
                } else {
                    p.put("total", opt.scoreUnits() / (double) Objective.SCORE_UNITS_PER_POINT);
                }
                strings(p.putArray("ineligible"), opt.ineligibility());
            }
        }
        if (a.runnerUp() == null) {
            root.putNull("runnerUp");
        } else {
            ObjectNode r = root.putObject("runnerUp");
            ArrayNode awards = r.putArray("awards");
            for (AwardOption opt : a.runnerUp().awards()) {
                if (opt == null) {
                    awards.addNull();
                } else {
                    awards.add(opt.bidId());
                }
            }
            score(r.putObject("score"), a.runnerUp().score());
            strings(r.putArray("changes"), a.runnerUp().changes());
            r.put("difference", difference(a));
        }
        strings(root.putArray("unmet"), a.unmet());
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (IOException ex) {
            throw new UncheckedIOException("writing to memory does not fail", ex);
        }
    }

    public static String summary(AwardAnswer a) {
        StringBuilder s = new StringBuilder();
        s.append(a.title()).append("  [").append(a.caseId()).append(']').append(NL);
        s.append("method ").append(a.method()).append("  objective: ").append(objective(a)).append(NL).append(NL);
        for (AwardAnswer.LotResult l : a.lots()) {
            s.append(String.format(Locale.ROOT, "%s  %s (%s t/d): %s", l.lot(), l.title(), plain(l.tonnesPerDay()),
                    l.award() == null ? "not awarded" : l.award().bidId() + " " + l.award().bidder())).append(NL);
            s.append(l.award() == null ? "  why no award:" : "  why this award:").append(NL);
            for (String w : l.why()) {
                s.append("    ").append(w).append(NL);
            }
        }
        s.append(NL).append(String.format(Locale.ROOT, "total: %s", total(a))).append(NL);
        if (a.runnerUp() == null) {
            s.append("runner-up: none (no other award is possible)").append(NL);
        } else {
            s.append("runner-up: ").append(String.join("; ", a.runnerUp().changes())).append(" - ")
                    .append(difference(a)).append(NL);
        }
        if (!a.unmet().isEmpty()) {
            s.append(NL).append("cannot be met:").append(NL);
            for (String u : a.unmet()) {
                s.append("  ").append(u).append(NL);
            }
        }
        return s.toString();
    }

    private static String objective(AwardAnswer a) {
        return a.objective() == Objective.LOWEST_COST
                ? "lowest total authority lifecycle cost (present value, " + a.currency() + ")"
                : "highest total score";
    }

    /** The award's total on the objective, and how many lots it leaves open. */
    private static String total(AwardAnswer a) {
        long soft = a.score().getSoftScore();
        String value = a.objective() == Objective.LOWEST_COST
                ? String.format(Locale.ROOT, "%s %,d authority lifecycle cost (present value)", a.currency(), -soft)
                : String.format(Locale.ROOT, "%.3f points", soft / (double) Objective.SCORE_UNITS_PER_POINT);
        long open = -a.score().getMediumScore();
        return value + (open == 0 ? ", every lot awarded" : ", " + open + " lot" + (open == 1 ? "" : "s")
                + " left unawarded");
    }

    /** How much worse the runner-up is: on the objective, or by the lots or rules it gives up. */
    private static String difference(AwardAnswer a) {
        HardMediumSoftLongScore best = a.score();
        HardMediumSoftLongScore second = a.runnerUp().score();
        if (second.getHardScore() < best.getHardScore()) {
            return "it breaks a rule of the tender";
        }
        if (second.getMediumScore() < best.getMediumScore()) {
            long more = best.getMediumScore() - second.getMediumScore();
            return "it leaves " + more + " more lot" + (more == 1 ? "" : "s") + " unawarded";
        }
        long d = best.getSoftScore() - second.getSoftScore();
        return a.objective() == Objective.LOWEST_COST
                ? String.format(Locale.ROOT, "costs %s %,d more", a.currency(), d)
                : String.format(Locale.ROOT, "scores %.3f points less", d / (double) Objective.SCORE_UNITS_PER_POINT);
    }

    private static void score(ObjectNode o, HardMediumSoftLongScore s) {
        o.put("hard", s.getHardScore());
        o.put("medium", s.getMediumScore());
        o.put("soft", s.getSoftScore());
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
