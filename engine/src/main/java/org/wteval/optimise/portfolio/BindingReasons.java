package org.wteval.optimise.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wteval.optimise.portfolio.domain.CountryCap;
import org.wteval.optimise.portfolio.domain.Portfolio;
import org.wteval.optimise.portfolio.domain.Project;
import org.wteval.optimise.portfolio.domain.ScreeningFailure;
import org.wteval.optimise.portfolio.domain.ShareMinimum;

/**
 * Why a project is in or out of a chosen portfolio: for a left-out project, each rule that adding it to the
 * portfolio as it stands would break, with the numbers; the same rules the constraints enforce.
 */
final class BindingReasons {

    private BindingReasons() {
    }

    static Decision of(Portfolio chosen, Project p) {
        String currency = chosen.budget().currency();
        if (p.funded()) {
            return new Decision(p.id(), true, List.of(String.format(Locale.ROOT, "funded: %,d %s for %,d %s",
                    p.value(), chosen.objective() == org.wteval.optimise.portfolio.domain.Objective.TCO2
                            ? "tCO2 over the crediting period" : "hundredths of a score point",
                    p.grant(), currency)));
        }
        List<String> reasons = new ArrayList<>();
        for (ScreeningFailure f : p.candidate().screeningFailures()) {
            reasons.add(String.format(Locale.ROOT, "screening %s: %s (%s against %s %s)", f.rule(), f.message(),
                    number(f.measured()), number(f.threshold()), f.unit()));
        }
        for (Project q : chosen.projects()) {
            if (q.funded() && q.plant().equals(p.plant()) && q.candidate().programme() != p.candidate().programme()
                    && !chosen.stacking().agreed()) {
                reasons.add("stacking: plant " + p.plant() + " is already funded through " + q.candidate().programme()
                        + " (" + q.id() + ")");
            }
        }
        long spent = spent(chosen, null);
        if (spent + p.grant() > chosen.budget().amount()) {
            reasons.add(String.format(Locale.ROOT, "budget: %,d %s left of %,d, the request is %,d",
                    chosen.budget().amount() - spent, currency, chosen.budget().amount(), p.grant()));
        }
        for (CountryCap cap : chosen.countryCaps()) {
            long inCountry = spent(chosen, cap.country());
            if (cap.country().equals(p.country()) && inCountry + p.grant() > cap.limit()) {
                reasons.add(String.format(Locale.ROOT, "country cap %s: %,d %s left of %,d, the request is %,d",
                        cap.country(), cap.limit() - inCountry, currency, cap.limit(), p.grant()));
            }
        }
        for (ShareMinimum m : chosen.shareMinimums()) {
            long grants = spent + p.grant();
            long qualifying = m.qualifying(p);
            for (Project q : chosen.projects()) {
                qualifying += q.funded() ? m.qualifying(q) : 0;
            }
            if (m.shortfall(grants, qualifying) > 0) {
                reasons.add(String.format(Locale.ROOT, "%s: would fall to %.1f%%, below the minimum %.1f%%",
                        m.label(), 100.0 * qualifying / ShareMinimum.WHOLE / grants,
                        100.0 * m.minimumBasisPoints() / ShareMinimum.WHOLE));
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(p.value() == 0 ? "adds nothing to the objective"
                    : "fits every rule: the search stopped before funding it (not proven optimal)");
        }
        return new Decision(p.id(), false, reasons);
    }

    /** Why nothing at all can be funded, or {@code null} when some project can be. */
    static String nothingFundable(Portfolio problem) {
        List<Project> eligible = problem.projects().stream().filter(p -> p.candidate().eligible()).toList();
        if (eligible.isEmpty()) {
            return "no project can be funded: every project fails its screening";
        }
        Project smallest = eligible.stream().min((a, b) -> Long.compare(a.grant(), b.grant())).orElseThrow();
        if (smallest.grant() > problem.budget().amount()) {
            return String.format(Locale.ROOT, "no project can be funded: the budget of %,d %s is below every "
                    + "eligible request (the smallest is %s, %,d)", problem.budget().amount(),
                    problem.budget().currency(), smallest.id(), smallest.grant());
        }
        return null;
    }

    private static long spent(Portfolio chosen, String country) {
        return chosen.projects().stream().filter(q -> q.funded() && (country == null || country.equals(q.country())))
                .mapToLong(Project::grant).sum();
    }

    private static String number(double x) {
        return String.format(Locale.ROOT, "%.4g", x);
    }
}
