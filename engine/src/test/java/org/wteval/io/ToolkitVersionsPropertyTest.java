package org.wteval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wteval.model.InputProblem;
import org.wteval.model.SourceLocation;

/**
 * Version choice over generated (seeded) version lists: contiguous laws, laws ended early by {@code until} (leaving
 * gaps), and lists made to overlap. The day a version is in force is defined independently here: from its effective
 * date to its {@code until}, or, without one, to the day before the next version takes effect.
 */
class ToolkitVersionsPropertyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate START = LocalDate.of(2000, 1, 1);
    private static final SourceLocation WHERE = new SourceLocation("tender.yaml", "launchDate");

    /** One generated version: first day, last day or null. */
    private record Period(LocalDate from, LocalDate until) {
    }

    private static List<Period> generate(Random rnd) {
        int n = 1 + rnd.nextInt(5);
        List<LocalDate> starts = new ArrayList<>();
        LocalDate d = START.plusDays(rnd.nextInt(365));
        for (int i = 0; i < n; i++) {
            starts.add(d);
            d = d.plusDays(1 + rnd.nextInt(2000));
        }
        List<Period> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate until = null;
            if (rnd.nextInt(3) == 0) {
                LocalDate limit = i + 1 < n ? starts.get(i + 1).minusDays(1) : starts.get(i).plusDays(3000);
                long span = limit.toEpochDay() - starts.get(i).toEpochDay();
                until = starts.get(i).plusDays(span <= 0 ? 0 : rnd.nextLong(span + 1));
            }
            out.add(new Period(starts.get(i), until));
        }
        return out;
    }

    private static ObjectNode tree(List<Period> periods) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("parameters");
        ArrayNode versions = root.putArray("versions");
        for (int i = 0; i < periods.size(); i++) {
            ObjectNode v = versions.addObject().put("effective", periods.get(i).from().toString())
                    .put("law", "generated law number " + i);
            if (periods.get(i).until() != null) {
                v.put("until", periods.get(i).until().toString());
            }
            v.putObject("parameters").putObject("x").put("value", i);
        }
        return root;
    }

    /** The index of the version in force on {@code day} by the definition above, or -1. */
    private static int inForce(List<Period> periods, LocalDate day) {
        int found = -1;
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            LocalDate end = p.until() != null ? p.until()
                    : i + 1 < periods.size() ? periods.get(i + 1).from().minusDays(1) : LocalDate.MAX;
            if (!day.isBefore(p.from()) && !day.isAfter(end)) {
                assertEquals(-1, found, "two versions in force on " + day + ": " + periods);
                found = i;
            }
        }
        return found;
    }

    @Test
    void theVersionChosenIsTheOneInForceAndADayNoneCoversIsReportedAtTheDatesField() {
        Random rnd = new Random(20251010);
        int covered = 0;
        int uncovered = 0;
        for (int trial = 0; trial < 300; trial++) {
            List<Period> periods = generate(rnd);
            List<InputProblem> problems = new ArrayList<>();
            ToolkitVersions versions = ToolkitVersions.read("zz", tree(periods), problems);
            assertTrue(problems.isEmpty(), () -> periods + ": " + problems);
            assertNotNull(versions);
            assertEquals(periods.size() - 1, versions.latest().parameters().path("x").path("value").asInt());
            for (int k = 0; k < 40; k++) {
                LocalDate day = periods.get(0).from().plusDays(rnd.nextInt(12000) - 200);
                int expected = inForce(periods, day);
                List<InputProblem> dayProblems = new ArrayList<>();
                ToolkitVersions.Entry e = versions.on(day, WHERE, dayProblems);
                if (expected < 0) {
                    assertNull(e, day + " in " + periods);
                    assertEquals(1, dayProblems.size());
                    assertEquals("launchDate", dayProblems.get(0).path());
                    uncovered++;
                } else {
                    assertNotNull(e, day + " in " + periods);
                    assertEquals(expected, e.parameters().path("x").path("value").asInt(), day + " in " + periods);
                    assertTrue(dayProblems.isEmpty());
                    covered++;
                }
            }
        }
        assertTrue(covered > 1000 && uncovered > 100, covered + " covered, " + uncovered + " uncovered days");
    }

    @Test
    void aVersionRunningIntoTheNextIsReportedAsAnOverlapAtTheLaterOnesEffectiveDate() {
        Random rnd = new Random(35);
        for (int trial = 0; trial < 200; trial++) {
            List<Period> periods = generate(rnd);
            if (periods.size() < 2) {
                continue;
            }
            int i = rnd.nextInt(periods.size() - 1);
            LocalDate next = periods.get(i + 1).from();
            // Ends on the next version's first day or later: the two are in force together.
            periods.set(i, new Period(periods.get(i).from(), next.plusDays(rnd.nextInt(400))));
            List<InputProblem> problems = new ArrayList<>();
            assertNull(ToolkitVersions.read("zz", tree(periods), problems), periods.toString());
            int later = i + 1;
            assertTrue(problems.stream().anyMatch(p -> p.file().equals("toolkits/zz.yaml")
                    && p.path().equals("versions[" + later + "].effective") && p.message().contains("overlaps")),
                    () -> periods + ": " + problems);
        }
    }
}
