package org.wteval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wteval.model.InputProblem;

/**
 * Values that YAML 1.1 reads differently from how they look are refused at their field, never read in silence: each
 * class of the old readings (octal, hexadecimal, separators, yes/no flags, aliases, extra documents, bad bytes).
 */
class PlainYamlTest {

    private static List<InputProblem> problems(String yaml) {
        return problems(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<InputProblem> problems(byte[] content) {
        List<InputProblem> problems = new ArrayList<>();
        Yaml.parse(content, "bids/b1.yaml", problems);
        return problems;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "capex: 072000000           | finance.capex | '072000000' is not a plain decimal number",
            "tonnesPerDay: 0500         | tonnesPerDay  | '0500' is not a plain decimal number",
            "x: 0x1F                    | x             | '0x1F' is not a plain decimal number",
            "x: 1_000                   | x             | '1_000' is not a plain decimal number",
            "x: 1_0.5                   | x             | '1_0.5' is not a plain decimal number",
            "x: 00.5                    | x             | '00.5' is not a plain decimal number",
            "x: +7                      | x             | '+7' is not a plain decimal number",
            "flag: yes                  | flag          | 'yes' is read as a yes/no flag",
            "flag: Off                  | flag          | 'Off' is read as a yes/no flag",
            "flag: TRUE                 | flag          | 'TRUE' is read as a yes/no flag",
    })
    void aValueYamlWouldReadOtherwiseIsRefusedAtItsField(String line, String field, String message) {
        String yaml = line.startsWith("capex") ? "finance:\n  " + line + "\n" : line + "\n";
        List<InputProblem> p = problems(yaml);
        assertEquals(1, p.size(), p.toString());
        assertEquals(field, p.get(0).path());
        assertTrue(p.get(0).message().contains(message), p.get(0).message());
    }

    @Test
    void plainDecimalsAndFlagsAreRead() {
        List<InputProblem> p = new ArrayList<>();
        var tree = Yaml.parse(("a: 0\nb: -0.25\nc: 72000000\nd: 1.5e3\ne: 2E-4\nf: true\ng: false\nh: \"0500\"\n"
                + "i: [1, 2.5]\n").getBytes(StandardCharsets.UTF_8), "t.yaml", p);
        assertEquals(List.of(), p);
        assertNotNull(tree);
        assertEquals(72000000, tree.get("c").longValue());
        assertEquals(1500.0, tree.get("d").doubleValue());
        assertEquals("0500", tree.get("h").asText());
    }

    @Test
    void anAliasIsRefusedNotReadAsItsName() {
        List<InputProblem> p = problems("who: &w ACME\nbidder: *w\n");
        assertEquals(List.of("bidder"), p.stream().map(InputProblem::path).toList());
        assertTrue(p.get(0).message().contains("alias (*w), which would be read as the text 'w'"), p.get(0).message());
    }

    @Test
    void aSecondDocumentIsRefusedNotDropped() {
        List<InputProblem> p = problems("id: b1\n---\nid: b2\n");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).message().contains("holds 2 YAML documents"), p.get(0).message());
    }

    @Test
    void aByteThatIsNotUtf8IsNamedByLineAndColumn() {
        byte[] head = "id: b1\nbidder: AC".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[head.length + 3];
        System.arraycopy(head, 0, content, 0, head.length);
        content[head.length] = (byte) 0xFF;
        content[head.length + 1] = 'E';
        content[head.length + 2] = '\n';
        List<InputProblem> p = problems(content);
        assertEquals(1, p.size(), p.toString());
        // "bidder: AC" is 10 characters, so the bad byte is the 11th of line 2.
        assertEquals("is not UTF-8 text: byte 0xFF at line 2, column 11; save the file as UTF-8", p.get(0).message());
    }

    @Test
    void everyRefusedValueOfAFileIsReportedAtOnce() {
        List<InputProblem> p = problems("a: 010\nb: on\nc: 1_0\n");
        assertEquals(List.of("a", "b", "c"), p.stream().map(InputProblem::path).toList());
        assertNull(Yaml.parse("a: 010\n".getBytes(StandardCharsets.UTF_8), "t.yaml", new ArrayList<>()));
    }
}
