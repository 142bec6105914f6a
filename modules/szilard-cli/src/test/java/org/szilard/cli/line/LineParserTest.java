package org.szilard.cli.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser's reading of options and parameters, the suggestions, and the wrapping of the usage help. */
class LineParserTest {

    private static final CommandSpec COMMAND = CommandSpec.named("tool go")
            .parameter(new ParameterSpec("FILE", false, "a file"))
            .option(OptionSpec.flag("--fast", "faster"))
            .option(OptionSpec.value("--set", "X", "a setting").requiredRepeatable())
            .build();

    @Test
    void optionsTakeTheirValueEitherWayAndParametersMayStandAnywhere() {
        Arguments arguments = LineParser.parse(COMMAND, List.of("--set", "a=1", "in.yaml", "--fast", "--set=b=-2"));
        assertTrue(arguments.has("--fast"));
        assertEquals(List.of("a=1", "b=-2"), arguments.values("--set"));
        assertEquals("in.yaml", arguments.parameter(0).orElseThrow());
        assertFalse(arguments.parameter(1).isPresent());
    }

    @Test
    void afterTwoDashesEverythingIsAParameterAndALoneDashIsOne() {
        Arguments arguments = LineParser.parse(COMMAND, List.of("--set", "x", "--", "--fast"));
        assertFalse(arguments.has("--fast"));
        assertEquals("--fast", arguments.parameter(0).orElseThrow());
        assertEquals("-", LineParser.parse(COMMAND, List.of("-", "--set", "x")).parameter(0).orElseThrow());
    }

    @Test
    void helpAndVersionSkipTheChecksOfWhatIsMissing() {
        assertTrue(LineParser.parse(COMMAND, List.of("-h")).has("--help"));
        assertTrue(LineParser.parse(COMMAND, List.of("--version")).has("--version"));
        UsageException missing = assertThrows(UsageException.class, () -> LineParser.parse(COMMAND, List.of("in")));
        assertEquals("Missing required option: '--set=X'", missing.getMessage());
        assertEquals(COMMAND, missing.command());
    }

    @Test
    void nearestNamesAreAtMostTwoEditsAway() {
        assertEquals(0, LineParser.distance("--json", "--json"));
        assertEquals(1, LineParser.distance("--json", "--jsn"));
        assertEquals(2, LineParser.distance("--json", "--jsno"));
        assertEquals(5, LineParser.distance("run", "plugins"));
        assertEquals("--fast", LineParser.nearest(List.of("--set", "--fast"), "--fats"));
        assertNull(LineParser.nearest(List.of("--set", "--fast"), "--slow"));
    }

    @Test
    void usageHelpIsWrappedAtEightyColumnsUnderItsColumn() {
        String words = "word ".repeat(40).strip();
        String wrapped = UsageHelp.wrap(words, 10, 12);
        String[] lines = wrapped.split(System.lineSeparator());
        assertEquals(69, lines[0].length(), "14 words after the 10 columns already written, 79 in all");
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].startsWith(" ".repeat(12) + "word"), lines[i]);
            assertTrue(lines[i].length() <= UsageHelp.WIDTH, lines[i]);
        }
        assertEquals(words, wrapped.replaceAll("\\s+", " "));
        String help = UsageHelp.of(COMMAND);
        assertTrue(help.startsWith("Usage: tool go [-hV] [--fast] --set=X [--set=X]... FILE"), help);
        assertTrue(help.contains("      --set=X     a setting"), help);
    }
}
