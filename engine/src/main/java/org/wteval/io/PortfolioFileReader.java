package org.wteval.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.model.PortfolioFile;

/**
 * Reads a portfolio file: parsed as plain data, checked against {@code cases/schema/portfolio.schema.json}, then
 * the rules a schema cannot state (unique ids and caps, a score for every project when the objective is the
 * score). Every problem is reported at once, named by the file and the field.
 */
public final class PortfolioFileReader {

    private PortfolioFileReader() {
    }

    /** The file, or {@link InvalidInputException} with every problem found. */
    public static PortfolioFile read(Path file) throws InvalidInputException {
        String name = String.valueOf(file.getFileName());
        List<InputProblem> problems = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(List.of(new InputProblem(file.toString(), "", "is not a file")));
        }
        byte[] content = InputLimits.read(file, name, problems);
        JsonNode tree = content == null ? null : Yaml.parse(content, name, problems);
        if (tree == null || !Schemas.check(Schemas.PORTFOLIO, tree, name, problems)) {
            throw new InvalidInputException(problems);
        }
        PortfolioFile p = Yaml.bind(tree, PortfolioFile.class);
        checkRules(p, name, problems);
        InvalidInputException.throwIfAny(problems);
        return p;
    }

    /**
     * A project taken from a case folder gets its request, reductions, country, technology and screening from the
     * case's evaluation: the same figures written beside it would be ignored, so they are refused instead.
     */
    private static void fromTheCase(PortfolioFile.Project x, String field, String name, List<InputProblem> problems) {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("country", x.country());
        given.put("technology", x.technology());
        given.put("grantRequested", x.grantRequested());
        given.put("tco2PerYear", x.tco2PerYear());
        given.put("jcm", x.jcm());
        given.forEach((key, value) -> {
            if (value != null) {
                problems.add(new InputProblem(name, field + "." + key, "comes from the case folder's evaluation, "
                        + "so it would be ignored here: remove it, or list the project as a summary without caseFolder"));
            }
        });
    }

    private static void checkRules(PortfolioFile p, String name, List<InputProblem> problems) {
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < p.projects().size(); i++) {
            PortfolioFile.Project x = p.projects().get(i);
            if (!ids.add(x.id())) {
                problems.add(new InputProblem(name, "projects[" + i + "].id", "'" + x.id() + "' is already the id "
                        + "of an earlier project"));
            }
            if (p.objective().equals("score") && x.score() == null) {
                problems.add(new InputProblem(name, "projects[" + i + "].score", "is required: the objective is "
                        + "the reviewers' score"));
            }
            if (x.caseFolder() != null) {
                fromTheCase(x, "projects[" + i + "]", name, problems);
            }
        }
        Set<String> capped = new LinkedHashSet<>();
        for (int i = 0; i < p.countryCaps().size(); i++) {
            if (!capped.add(p.countryCaps().get(i).country())) {
                problems.add(new InputProblem(name, "countryCaps[" + i + "].country", "'"
                        + p.countryCaps().get(i).country() + "' is already capped by an earlier entry"));
            }
        }
        Set<String> technologies = new LinkedHashSet<>();
        for (int i = 0; i < p.technologyMinimums().size(); i++) {
            if (!technologies.add(p.technologyMinimums().get(i).technology())) {
                problems.add(new InputProblem(name, "technologyMinimums[" + i + "].technology", "'"
                        + p.technologyMinimums().get(i).technology() + "' already has a minimum"));
            }
        }
    }
}
