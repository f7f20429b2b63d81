package gov.appeals.open311.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A GeoReport answer, built once and written in either format: XML as the specification prints
 * it, JSON by its Spark convention (a list's root element becomes an array, each item an object,
 * a nested list an array; each answer is at most a page of 1000 requests). Values are text, numbers, booleans, date-times (w3 format, to the
 * second, with the offset), nested lists, or null: an empty element in XML, null in JSON.
 */
final class GeoReportDocument {

    /** Found once: Json.createX and XMLOutputFactory.newInstance look the provider up on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final XMLOutputFactory XML = XMLOutputFactory.newInstance();

    /** An element's fields, in the order the specification lists them. */
    static final class Fields {
        final Map<String, Object> values = new LinkedHashMap<>();

        Fields put(String name, Object value) {
            values.put(name, value);
            return this;
        }
    }

    /** A list: {@code <name><item>...</item>...</name>} in XML, an array in JSON; items are {@link Fields} or text. */
    record Items(String name, String item, List<?> entries) {
    }

    private final String rootName;
    private final Object root;

    private GeoReportDocument(String rootName, Object root) {
        this.rootName = rootName;
        this.root = root;
    }

    static GeoReportDocument list(String name, String item, List<?> entries) {
        return new GeoReportDocument(name, new Items(name, item, entries));
    }

    static GeoReportDocument single(String name, Fields fields) {
        return new GeoReportDocument(name, fields);
    }

    /** GeoReport's error list: each with a code (most often the HTTP status) and a description for people. */
    static GeoReportDocument errors(int code, String description) {
        return list("errors", "error", List.of(new Fields().put("code", code).put("description", description)));
    }

    void write(Format format, OutputStream out) throws IOException {
        if (format == Format.JSON) {
            try (JsonWriter json = JSON.createWriter(out)) {
                json.write(json(root));
            }
        } else {
            try {
                XMLStreamWriter xml = XML.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
                xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
                if (root instanceof Items items) {
                    xml(xml, items.name(), items);
                } else {
                    xml(xml, rootName, root);
                }
                xml.writeEndDocument();
                xml.close();
            } catch (XMLStreamException e) {
                throw new IOException("Could not write the GeoReport XML", e);
            }
        }
    }

    private static JsonValue json(Object value) {
        if (value instanceof Fields fields) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            fields.values.forEach((k, v) -> object.add(k, json(v)));
            return object.build();
        }
        if (value instanceof Items items) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            items.entries().forEach(entry -> array.add(json(entry)));
            return array.build();
        }
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long) {
            return JSON.createValue(((Number) value).longValue());
        }
        if (value instanceof Double d) {
            return JSON.createValue(d);
        }
        return JSON.createValue(text(value));
    }

    private static void xml(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            xml.writeEmptyElement(name);
            return;
        }
        xml.writeStartElement(name);
        if (value instanceof Fields fields) {
            for (Map.Entry<String, Object> field : fields.values.entrySet()) {
                xml(xml, field.getKey(), field.getValue());
            }
        } else if (value instanceof Items items) {
            for (Object entry : items.entries()) {
                xml(xml, items.item(), entry);
            }
        } else {
            xml.writeCharacters(text(value));
        }
        xml.writeEndElement();
    }

    private static String text(Object value) {
        if (value instanceof OffsetDateTime at) {
            return at.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        return String.valueOf(value);
    }
}
