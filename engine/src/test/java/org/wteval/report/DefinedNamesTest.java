package org.wteval.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DefinedNamesTest {

    private static final String WORKBOOK = "<workbook xmlns=\"m\"><sheets><sheet name=\"a\"/></sheets><calcPr/></workbook>";

    @Test
    void namesStandAfterTheSheetsWithTheirSheetAndEscapedReference() {
        DefinedNames names = new DefinedNames();
        names.add(3, "capexReal", "'Bid A&B'!$C$5:$C$34");
        names.add(4, "capexReal", "'Bid C'!$C$5:$C$34");
        String out = new String(names.insertInto(WORKBOOK.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertEquals("<workbook xmlns=\"m\"><sheets><sheet name=\"a\"/></sheets><definedNames>"
                + "<definedName name=\"capexReal\" localSheetId=\"3\">'Bid A&amp;B'!$C$5:$C$34</definedName>"
                + "<definedName name=\"capexReal\" localSheetId=\"4\">'Bid C'!$C$5:$C$34</definedName>"
                + "</definedNames><calcPr/></workbook>", out);
    }

    @Test
    void aPrefixedWorkbookGetsPrefixedNames() {
        DefinedNames names = new DefinedNames();
        names.add(0, "rate", "Summary!$B$2");
        String out = new String(names.insertInto("<x:workbook><x:sheets/></x:sheets></x:workbook>"
                .getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertEquals("<x:workbook><x:sheets/></x:sheets><x:definedNames><x:definedName name=\"rate\" localSheetId=\"0\">"
                + "Summary!$B$2</x:definedName></x:definedNames></x:workbook>", out);
    }

    @Test
    void withoutNamesTheWorkbookIsUnchanged() {
        byte[] in = WORKBOOK.getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(in, new DefinedNames().insertInto(in));
    }

    @Test
    void namesASpreadsheetWouldRefuseAreRefused() {
        DefinedNames names = new DefinedNames();
        // CO2 and XFD1 read as cells, R and C as the row and column shorthands, R1C1 as a cell in R1C1 style.
        for (String bad : new String[] {"CO2", "XFD1", "r", "C", "R1C1", "1st", "net cost", ""}) {
            assertThrows(IllegalStateException.class, () -> names.add(0, bad, "Summary!$A$1"), bad);
        }
        names.add(0, "co2Avoided", "Summary!$A$1");
        names.add(1, "CO2AVOIDED", "Summary!$A$2");
        // Names ignore case within their sheet.
        assertThrows(IllegalStateException.class, () -> names.add(0, "CO2AVOIDED", "Summary!$A$3"));
    }

    @Test
    void aWorkbookNameHasNoSheetAndMayShareItsTextWithASheetsName() {
        DefinedNames names = new DefinedNames();
        names.add(DefinedNames.WORKBOOK, "inflation", "Parameters!$B$40");
        names.add(3, "inflation", "'Bid B1'!$C$9");
        assertThrows(IllegalStateException.class,
                () -> names.add(DefinedNames.WORKBOOK, "INFLATION", "Parameters!$B$41"));
        String out = new String(names.insertInto(WORKBOOK.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertEquals("<workbook xmlns=\"m\"><sheets><sheet name=\"a\"/></sheets><definedNames>"
                + "<definedName name=\"inflation\">Parameters!$B$40</definedName>"
                + "<definedName name=\"inflation\" localSheetId=\"3\">'Bid B1'!$C$9</definedName>"
                + "</definedNames><calcPr/></workbook>", out);
    }
}
