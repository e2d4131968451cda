package org.wteval.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.wteval.optimise.portfolio.Decision;
import org.wteval.optimise.portfolio.PortfolioAnswer;
import org.wteval.optimise.portfolio.domain.Objective;
import org.wteval.optimise.portfolio.domain.Portfolio;
import org.wteval.optimise.portfolio.domain.Project;
import org.wteval.optimise.portfolio.domain.SearchOutcome;

/**
 * The portfolio answer as {@code portfolio.json} (fields in a fixed order, so the same inputs give the same bytes)
 * and as the summary {@code wte portfolio} prints: each project funded or left out with its binding reasons, the
 * totals, and what 10% more budget would buy.
 */
public final class PortfolioReport {

    public static final String FILE = "portfolio.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private PortfolioReport() {
    }

    public static byte[] json(String title, PortfolioAnswer a) {
        ObjectNode root = MAPPER.createObjectNode();
        Portfolio chosen = a.chosen();
        root.put("title", title);
        root.put("objective", chosen.objective() == Objective.TCO2 ? "tco2" : "score");
        root.put("objectiveUnit", unit(chosen));
        root.put("currency", chosen.budget().currency());
        root.put("budget", chosen.budget().amount());
        if (a.infeasible() != null) {
            root.put("infeasible", a.infeasible());
        }
        root.set("chosen", totals(chosen));
        root.set("search", search(chosen.search()));
        ArrayNode projects = root.putArray("projects");
        for (int i = 0; i < a.decisions().size(); i++) {
            Decision d = a.decisions().get(i);
            Project p = chosen.projects().get(i);
            ObjectNode n = projects.addObject();
            n.put("id", d.project());
            n.put("funded", d.funded());
            n.put("country", p.country());
            n.put("programme", p.candidate().programme().name());
            n.put("grant", p.grant());
            n.put("value", p.value());
            d.reasons().forEach(n.putArray("reasons")::add);
        }
        ObjectNode more = root.putObject("moreBudget");
        more.put("budget", a.moreBudget().budget().amount());
        more.set("chosen", totals(a.moreBudget()));
        more.set("search", search(a.moreBudget().search()));
        a.addedWithMore().forEach(more.putArray("added")::add);
        a.droppedWithMore().forEach(more.putArray("dropped")::add);
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private static ObjectNode totals(Portfolio p) {
        ObjectNode n = MAPPER.createObjectNode();
        List<Project> funded = p.projects().stream().filter(Project::funded).toList();
        n.put("projects", funded.size());
        n.put("granted", funded.stream().mapToLong(Project::grant).sum());
        n.put("value", funded.stream().mapToLong(Project::value).sum());
        return n;
    }

    private static ObjectNode search(SearchOutcome o) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("method", "branch and bound");
        n.put("nodes", o.nodes());
        if (o.nodeLimit() != Long.MAX_VALUE) {
            n.put("nodeLimit", o.nodeLimit());
        }
        n.put("provenOptimal", o.proven());
        return n;
    }

    /** Whether the portfolio is the proven optimum, in the words a reviewer can repeat. */
    static String proof(SearchOutcome o) {
        return o.proven()
                ? String.format(Locale.ROOT, "proven optimal: branch and bound settled every branch (%,d nodes)",
                        o.nodes())
                : String.format(Locale.ROOT, "NOT proven optimal: the search stopped at its limit of %,d nodes with"
                        + " the best portfolio found; a larger --node-limit may find a better one", o.nodeLimit());
    }

    public static String summary(String title, PortfolioAnswer a) {
        StringBuilder s = new StringBuilder();
        String nl = System.lineSeparator();
        Portfolio chosen = a.chosen();
        String currency = chosen.budget().currency();
        s.append(title).append(nl);
        s.append(String.format(Locale.ROOT, "budget %,d %s; objective: %s%n", chosen.budget().amount(), currency,
                unit(chosen)));
        if (a.infeasible() != null) {
            s.append(a.infeasible()).append(nl);
        }
        for (Decision d : a.decisions()) {
            s.append(d.funded() ? "  FUNDED    " : "  LEFT OUT  ").append(d.project()).append(nl);
            for (String r : d.reasons()) {
                s.append("              ").append(r).append(nl);
            }
        }
        s.append(line("chosen", chosen, currency)).append(nl);
        s.append("  ").append(proof(chosen.search())).append(nl);
        Portfolio more = a.moreBudget();
        s.append(line("with 10% more budget (" + String.format(Locale.ROOT, "%,d", more.budget().amount()) + ")",
                more, currency));
        s.append(a.addedWithMore().isEmpty() && a.droppedWithMore().isEmpty() ? "; the same projects"
                : "; adds " + names(a.addedWithMore()) + ", drops " + names(a.droppedWithMore())).append(nl);
        return s.toString();
    }

    private static String line(String label, Portfolio p, String currency) {
        List<Project> funded = p.projects().stream().filter(Project::funded).toList();
        return String.format(Locale.ROOT, "%s: %d %s, %,d %s granted, %,d %s", label, funded.size(),
                funded.size() == 1 ? "project" : "projects",
                funded.stream().mapToLong(Project::grant).sum(), currency,
                funded.stream().mapToLong(Project::value).sum(), unit(p));
    }

    private static String names(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    private static String unit(Portfolio p) {
        return p.objective() == Objective.TCO2 ? "tCO2 over the crediting periods" : "hundredths of a score point";
    }
}
