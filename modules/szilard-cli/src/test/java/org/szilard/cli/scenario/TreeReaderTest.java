package org.szilard.cli.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TreeReaderTest {

    private static Node yaml(String... lines) {
        return TreeReader.read("t.yaml", String.join("\n", lines) + "\n", false);
    }

    private static MappingNode.Entry entry(Node node, String key) {
        return ((MappingNode) node).entry(key).orElseThrow();
    }

    @Test
    void nestedKeysKnowTheirLineAndColumn() {
        Node root = yaml(
                "name: x",
                "reservoirs:",
                "  hot:",
                "    type: bosonic",
                "    temperature: 4.0",
                "  cold: { type: bosonic, temperature: 1 }");
        MappingNode.Entry reservoirs = entry(root, "reservoirs");
        assertEquals(new Location(2, 1), reservoirs.keyLocation());
        MappingNode.Entry hot = entry(reservoirs.value(), "hot");
        assertEquals(new Location(3, 3), hot.keyLocation());
        MappingNode.Entry temperature = entry(hot.value(), "temperature");
        assertEquals(new Location(5, 5), temperature.keyLocation());
        assertEquals(new Location(5, 18), temperature.value().location());
        MappingNode.Entry cold = entry(reservoirs.value(), "cold");
        assertEquals(new Location(6, 3), cold.keyLocation());
        assertEquals(new Location(6, 9), cold.value().location());
        MappingNode.Entry coldTemperature = entry(cold.value(), "temperature");
        assertEquals(new Location(6, 26), coldTemperature.keyLocation());
        assertEquals(new Location(6, 39), coldTemperature.value().location());
    }

    @Test
    void listItemsKnowTheirLineAndColumn() {
        Node root = yaml(
                "analyzers:",
                "  - energetics",
                "  - type: entanglement",
                "    split: 1",
                "flow: [a, [1, 2.5]]");
        List<Node> items = ((SequenceNode) entry(root, "analyzers").value()).items();
        assertEquals(new Location(2, 5), items.get(0).location());
        assertEquals(new Location(3, 5), entry(items.get(1), "type").keyLocation());
        assertEquals(new Location(4, 5), entry(items.get(1), "split").keyLocation());
        List<Node> flow = ((SequenceNode) entry(root, "flow").value()).items();
        assertEquals(new Location(5, 8), flow.get(0).location());
        SequenceNode pair = (SequenceNode) flow.get(1);
        assertEquals(new Location(5, 11), pair.location());
        assertEquals(new Location(5, 15), pair.items().get(1).location());
    }

    @Test
    void scalarsAreTypedAsTheParserReadsThem() {
        Node root = yaml("i: 7", "r: 1e-10", "b: true", "s: '5'", "n:", "inf: -.inf", "big: 123456789012345678901234");
        assertEquals(7L, ((ScalarNode) entry(root, "i").value()).value());
        assertEquals(1e-10, ((ScalarNode) entry(root, "r").value()).value());
        assertEquals(Boolean.TRUE, ((ScalarNode) entry(root, "b").value()).value());
        ScalarNode text = (ScalarNode) entry(root, "s").value();
        assertEquals(ScalarNode.Kind.TEXT, text.kind());
        assertEquals("'5'", text.describe());
        assertEquals("an empty value", entry(root, "n").value().describe());
        assertEquals(Double.NEGATIVE_INFINITY, ((ScalarNode) entry(root, "inf").value()).value());
        assertEquals(ScalarNode.Kind.INTEGER, ((ScalarNode) entry(root, "big").value()).kind());
    }

    @Test
    void aDuplicateKeyIsAnErrorAtItsSecondPlace() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> yaml(
                "reservoirs:",
                "  hot: { type: bosonic, temperature: 1, temperature: 2 }"));
        assertEquals("t.yaml:2:41: reservoirs.hot.temperature: duplicate key; first given at line 2, column 25",
                e.getMessage());
    }

    @Test
    void malformedYamlIsReportedWithoutParserInternals() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> yaml("substance:", "  type: spin: x"));
        assertEquals(new Location(2, 13), e.location());
        assertEquals("t.yaml:2:13: malformed YAML: mapping values are not allowed here", e.getMessage());
        ScenarioException unclosed = assertThrows(ScenarioException.class, () -> yaml("a: [1, 2"));
        assertTrue(unclosed.getMessage().startsWith("t.yaml:1:9: malformed YAML: while parsing a flow sequence: "
                + "expected ',' or ']'"), unclosed.getMessage());
        for (ScenarioException x : List.of(e, unclosed)) {
            assertFalse(x.getMessage().contains("jackson"), x.getMessage());
            assertFalse(x.getMessage().contains("Exception"), x.getMessage());
            assertFalse(x.getMessage().contains("\n"), x.getMessage());
        }
    }

    @Test
    void jsonIsReadWithItsOwnLocations() {
        Node root = TreeReader.read("t.json", "{\"substance\": {\"type\": \"spin\",\n  \"spin\": 0.5}}", true);
        MappingNode.Entry substance = entry(root, "substance");
        assertEquals(new Location(1, 2), substance.keyLocation());
        assertEquals(new Location(2, 3), entry(substance.value(), "spin").keyLocation());
        assertEquals(new Location(2, 11), entry(substance.value(), "spin").value().location());
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> TreeReader.read("t.json", "{\"a\": 1,\n }", true));
        assertEquals(new Location(2, 2), e.location());
        assertTrue(e.getMessage().startsWith("t.json:2:2: malformed JSON: Unexpected character ('}'"), e.getMessage());
    }

    @Test
    void emptyFilesSecondDocumentsAndAliasesAreRejected() {
        assertEquals("t.yaml:1:1: the file is empty; a scenario needs at least a substance and a protocol block",
                assertThrows(ScenarioException.class, () -> yaml("# nothing")).getMessage());
        assertEquals("t.yaml:3:1: a second document starts here; a file holds exactly one scenario",
                assertThrows(ScenarioException.class, () -> yaml("a: 1", "---", "b: 2")).getMessage());
        assertEquals("t.yaml:2:4: YAML aliases (*x) are not supported; write the value out",
                assertThrows(ScenarioException.class, () -> yaml("a: &x 1", "b: *x")).getMessage());
    }

    @Test
    void aScalarDocumentIsAScalarNode() {
        assertInstanceOf(ScalarNode.class, yaml("just text"));
    }
}
