package org.szilard.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import org.szilard.api.analyzer.ResultBlock;
import org.szilard.kernel.engine.RunResult;

/**
 * Writes a run's results as the JSON document of the scenario contract: "scenario", "version", "run", one key per
 * analyzer block in the order asked for, and "warnings". Numbers are plain JSON numbers; NaN and infinities, which
 * JSON cannot hold, are written as null, as is a missing value.
 */
public final class JsonResultWriter {

    private JsonResultWriter() {
    }

    /** The document, pretty-printed, ending in a newline. */
    public static String toJson(RunResult result, String version) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter().withSeparators(
                    Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
            json.writeStartObject();
            json.writeStringField("scenario", result.scenario());
            json.writeStringField("version", version);
            json.writeObjectFieldStart("run");
            json.writeNumberField("cycles", result.cycles());
            json.writeBooleanField("converged", result.converged());
            json.writeFieldName("simulatedTime");
            writeValue(json, result.simulatedTime());
            json.writeFieldName("wallSeconds");
            writeValue(json, result.wallSeconds());
            json.writeEndObject();
            for (Map.Entry<String, ResultBlock> block : result.blocks().entrySet()) {
                json.writeFieldName(block.getKey());
                writeValue(json, block.getValue().values());
            }
            json.writeArrayFieldStart("warnings");
            for (String warning : result.warnings()) {
                json.writeString(warning);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + System.lineSeparator();
    }

    /** Writes a result value: a map, list, number, string, boolean or null, recursively; anything else as text. */
    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                writeValue(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Iterable<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                writeValue(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Number number) {
            writeNumber(json, number);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else {
            json.writeString(value.toString());
        }
    }

    private static void writeNumber(JsonGenerator json, Number number) throws IOException {
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            json.writeNumber(number.longValue());
        } else if (number instanceof BigInteger big) {
            json.writeNumber(big);
        } else if (number instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (Double.isFinite(number.doubleValue())) {
            json.writeNumber(number.doubleValue());
        } else {
            json.writeNull();
        }
    }
}
