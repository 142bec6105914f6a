package org.szilard.cli.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads YAML or JSON text into a tree of {@link Node}s that remember where each key and value is written. Rejects
 * what the parser would silently accept: a key given twice, YAML aliases, a second document.
 */
final class TreeReader {

    private final String source;
    private final JsonParser parser;

    private TreeReader(String source, JsonParser parser) {
        this.source = source;
        this.parser = parser;
    }

    /**
     * @param source the file as the user named it, for messages
     * @param text the file's content
     * @param json whether the text is JSON (else YAML)
     * @return the root node
     * @throws ScenarioException when the text is empty or malformed
     */
    static Node read(String source, String text, boolean json) {
        JsonFactory factory = json ? new JsonFactory() : new YAMLFactory();
        try (JsonParser parser = factory.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new ScenarioException(source, Location.START, "",
                        "the file is empty; a scenario needs at least a substance and a protocol block");
            }
            TreeReader reader = new TreeReader(source, parser);
            Node root = reader.node("");
            if (parser.nextToken() != null) {
                throw new ScenarioException(source, reader.location(), "",
                        "a second document starts here; a file holds exactly one scenario");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Location location = at == null ? Location.START
                    : new Location(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
            throw new ScenarioException(source, location, "",
                    "malformed " + (json ? "JSON" : "YAML") + ": " + reason(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ScenarioException(source, null, "", "cannot parse the file: " + e.getMessage());
        }
    }

    /**
     * The parser's explanation without the file excerpts it quotes: the lines that are not indented (the snippet
     * and caret lines are) and that are not a position ("in 'reader', line 2, column 4:").
     */
    private static String reason(String message) {
        if (message == null || message.isBlank()) {
            return "cannot be parsed";
        }
        return message.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .map(String::strip)
                .collect(Collectors.joining(": "));
    }

    private Location location() {
        JsonLocation at = parser.currentTokenLocation();
        return new Location(at.getLineNr(), at.getColumnNr());
    }

    private Node node(String path) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT:
                return mapping(path);
            case START_ARRAY:
                return sequence(path);
            default:
                return scalar();
        }
    }

    private MappingNode mapping(String path) throws IOException {
        Location start = location();
        List<MappingNode.Entry> entries = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        while (parser.nextToken() != JsonToken.END_OBJECT) {
            String key = parser.currentName();
            Location keyLocation = location();
            String keyPath = KeyPath.child(path, key);
            Location first = seen.putIfAbsent(key, keyLocation);
            if (first != null) {
                throw new ScenarioException(source, keyLocation, keyPath,
                        "duplicate key; first given at line " + first.line() + ", column " + first.column());
            }
            parser.nextToken();
            entries.add(new MappingNode.Entry(key, keyLocation, node(keyPath)));
        }
        return new MappingNode(start, entries);
    }

    private SequenceNode sequence(String path) throws IOException {
        Location start = location();
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(node(KeyPath.item(path, items.size())));
        }
        return new SequenceNode(start, items);
    }

    private ScalarNode scalar() throws IOException {
        Location at = location();
        String text = parser.getText();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new ScenarioException(source, at, "", "YAML aliases (*" + text + ") are not supported; "
                    + "write the value out");
        }
        switch (parser.currentToken()) {
            case VALUE_NUMBER_INT:
                Number integer = parser.getNumberValue();
                Object whole = integer instanceof BigInteger big ? big : Long.valueOf(integer.longValue());
                return new ScalarNode(at, ScalarNode.Kind.INTEGER, text, whole);
            case VALUE_NUMBER_FLOAT:
                return new ScalarNode(at, ScalarNode.Kind.REAL, text, real(text));
            case VALUE_TRUE:
                return new ScalarNode(at, ScalarNode.Kind.BOOLEAN, text, Boolean.TRUE);
            case VALUE_FALSE:
                return new ScalarNode(at, ScalarNode.Kind.BOOLEAN, text, Boolean.FALSE);
            case VALUE_NULL:
                return new ScalarNode(at, ScalarNode.Kind.NULL, text, null);
            default:
                return new ScalarNode(at, ScalarNode.Kind.TEXT, text, text);
        }
    }

    /** A real number, including YAML's .inf, -.inf and .nan, which the parser types as reals but cannot decode. */
    private Double real(String text) throws IOException {
        String word = text.toLowerCase(Locale.ROOT);
        if (word.endsWith(".inf")) {
            return word.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (word.equals(".nan")) {
            return Double.NaN;
        }
        return parser.getDoubleValue();
    }
}
