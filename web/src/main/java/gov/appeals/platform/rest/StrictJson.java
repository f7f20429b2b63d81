package gov.appeals.platform.rest;

import jakarta.annotation.Priority;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.yasson.YassonJsonb;

/**
 * Reads a JSON body strictly before JSON-B binds it, since a lenient parser is how two systems come
 * to disagree on what was filed. Refused with 400, naming the field: bytes that are not UTF-8;
 * anything after the document; a key given twice in one object; a field the request does not
 * have; a value of the wrong type (an array for text, a fraction or an out-of-range number for a
 * count); control characters other than line breaks and tabs, and lone surrogates, in any text;
 * nesting deeper than {@link #MAX_DEPTH}. Everything else, in any script, is passed on exactly.
 * The body is parsed once: the check builds the document's tree as it walks, and JSON-B binds the
 * request from that tree.
 */
@Provider
@Priority(Priorities.USER + 500) // inside the body limit's interceptor, which bounds what is read here
public class StrictJson implements ReaderInterceptor {

    static final int MAX_DEPTH = 32;
    static final int MAX_NUMBER_LENGTH = 100;

    /**
     * Found once: {@code Json.createParser} and the like look the provider up with a ServiceLoader on
     * every call, which cost more than the whole of the rest of a request's reading (about 0.4 ms).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The application's JSON-B (WildFly's Yasson), which binds from a tree as well as from text. */
    private static final YassonJsonb BINDER = (YassonJsonb) JsonbConfiguration.JSONB;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !isJson(type) || isRaw(context.getType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (body.length > 0 && check(body, context.getGenericType(), "") instanceof JsonStructure tree) {
            return BINDER.fromJsonStructure(tree, context.getGenericType());
        }
        context.setInputStream(new ByteArrayInputStream(body)); // empty, or a bare text, number or null
        return context.proceed();
    }

    /** Checks {@code body} as JSON of {@code target}, naming fields below {@code prefix}, then binds it. */
    public static <T> T read(InputStream body, Class<T> target, String prefix) throws IOException {
        byte[] bytes = body.readAllBytes();
        if (check(bytes, target, prefix) instanceof JsonStructure tree) {
            return BINDER.fromJsonStructure(tree, target);
        }
        return JsonbConfiguration.JSONB.fromJson(new ByteArrayInputStream(bytes), target);
    }

    static boolean isJson(MediaType type) {
        return type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json");
    }

    /** Bodies the resource reads itself, not through JSON-B. */
    private static boolean isRaw(Class<?> type) {
        return type == String.class || type == byte[].class || InputStream.class.isAssignableFrom(type)
                || Reader.class.isAssignableFrom(type);
    }

    /** The document, checked against {@code target}; refused with the field named when it does not fit. */
    static JsonValue check(byte[] body, Type target, String prefix) {
        String text;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        try {
            text = utf8.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw invalidUtf8(body, prefix);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            throw InvalidRequestException.of(prefix.isEmpty() ? "body" : prefix, "starts with a byte order mark: send UTF-8 without one");
        }
        return new Walk(text, prefix).document(target);
    }

    /** Names the field whose text holds the first byte that is not UTF-8. */
    private static InvalidRequestException invalidUtf8(byte[] body, String prefix) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        utf8.decode(in, out, true);
        int at = in.position();
        Walk walk = new Walk(out.flip().toString(), prefix);
        try {
            walk.document(Object.class);
        } catch (RuntimeException truncated) {
            // the text before the bad byte ends inside a string: the walk stopped at its field
        }
        String field = walk.field();
        return InvalidRequestException.of(field.isEmpty() ? "body" : field,
                "is not valid UTF-8 (byte " + at + " of the body): send text as UTF-8");
    }

    /** One pass over a document, checking it against the type it will be bound to. */
    private static final class Walk {
        private final String text;
        private final String prefix;
        private final Deque<String> path = new ArrayDeque<>();
        private JsonParser parser;

        Walk(String text, String prefix) {
            this.text = text;
            this.prefix = prefix;
        }

        String field() {
            StringBuilder b = new StringBuilder(prefix);
            for (var it = path.descendingIterator(); it.hasNext(); ) {
                String step = it.next();
                if (step.startsWith("[")) {
                    b.append(step);
                } else {
                    b.append(b.isEmpty() ? "" : ".").append(step);
                }
            }
            return b.toString();
        }

        private InvalidRequestException wrong(String message) {
            String field = field();
            return InvalidRequestException.of(field.isEmpty() ? "body" : field, message);
        }

        JsonValue document(Type target) {
            try (JsonParser p = JSON.createParser(new StringReader(text))) {
                parser = p;
                if (!p.hasNext()) {
                    throw wrong("is empty: send a JSON document");
                }
                JsonValue document = value(p.next(), target, 0);
                if (p.hasNext()) {
                    throw malformed(p.getLocation(), "has more after the JSON document");
                }
                return document;
            } catch (JsonParsingException e) {
                throw malformed(e.getLocation(), "is not valid JSON");
            }
        }

        private InvalidRequestException malformed(JsonLocation at, String message) {
            return InvalidRequestException.of("body", message + (at == null ? "" : " (line " + at.getLineNumber()
                    + ", column " + at.getColumnNumber() + ")"));
        }

        /** The value that starts with {@code event}, checked, as a tree. */
        private JsonValue value(JsonParser.Event event, Type target, int depth) {
            if (depth > MAX_DEPTH) {
                throw wrong("is nested deeper than " + MAX_DEPTH + " levels");
            }
            Shape shape = Shape.of(target);
            return switch (event) {
                case VALUE_NULL -> {
                    if (shape.primitive()) {
                        throw wrong("must not be null");
                    }
                    yield JsonValue.NULL;
                }
                case VALUE_STRING -> {
                    String string = parser.getString();
                    text(string);
                    if (shape.kind() != Kind.TEXT && shape.kind() != Kind.ANY) {
                        throw wrong(shape.kind().expected);
                    }
                    yield JSON.createValue(string);
                }
                case VALUE_NUMBER -> number(shape);
                case VALUE_TRUE, VALUE_FALSE -> {
                    if (shape.kind() != Kind.BOOLEAN && shape.kind() != Kind.ANY) {
                        throw wrong(shape.kind().expected);
                    }
                    yield event == JsonParser.Event.VALUE_TRUE ? JsonValue.TRUE : JsonValue.FALSE;
                }
                case START_ARRAY -> {
                    if (shape.kind() != Kind.LIST && shape.kind() != Kind.ANY) {
                        throw wrong(shape.kind().expected);
                    }
                    JsonArrayBuilder array = JSON.createArrayBuilder();
                    int index = 0;
                    JsonParser.Event next;
                    while ((next = parser.next()) != JsonParser.Event.END_ARRAY) {
                        path.push("[" + index++ + "]");
                        array.add(value(next, shape.element(), depth + 1));
                        path.pop();
                    }
                    yield array.build();
                }
                case START_OBJECT -> object(shape, depth);
                default -> throw wrong("is not valid JSON");
            };
        }

        private JsonObject object(Shape shape, int depth) {
            if (shape.kind() != Kind.OBJECT && shape.kind() != Kind.ANY && shape.kind() != Kind.MAP) {
                throw wrong(shape.kind().expected);
            }
            JsonObjectBuilder object = JSON.createObjectBuilder();
            Set<String> seen = new HashSet<>();
            JsonParser.Event next;
            while ((next = parser.next()) != JsonParser.Event.END_OBJECT) {
                String key = parser.getString();
                path.push(key);
                text(key);
                if (!seen.add(key)) {
                    throw wrong("is given twice in one object");
                }
                Type field = Object.class;
                if (shape.kind() == Kind.OBJECT) {
                    field = shape.fields().get(key);
                    if (field == null) {
                        throw wrong("is not a field of this request");
                    }
                } else if (shape.kind() == Kind.MAP) {
                    field = shape.element();
                }
                object.add(key, value(parser.next(), field, depth + 1));
                path.pop();
            }
            return object.build();
        }

        private JsonNumber number(Shape shape) {
            if (shape.kind() != Kind.INTEGER && shape.kind() != Kind.NUMBER && shape.kind() != Kind.ANY) {
                throw wrong(shape.kind().expected);
            }
            if (parser.getString().length() > MAX_NUMBER_LENGTH) {
                throw wrong("is a number of more than " + MAX_NUMBER_LENGTH + " characters");
            }
            BigDecimal n = parser.getBigDecimal();
            if (shape.kind() != Kind.INTEGER) {
                return JSON.createValue(n);
            }
            if (n.signum() != 0 && n.stripTrailingZeros().scale() > 0) {
                throw wrong("must be a whole number");
            }
            if (n.compareTo(shape.min()) < 0 || n.compareTo(shape.max()) > 0) {
                throw wrong("is out of range (" + shape.min() + " to " + shape.max() + ")");
            }
            return JSON.createValue(n);
        }

        /** Text is stored as sent, so what cannot be shown or stored faithfully is refused here. */
        private void text(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw wrong(String.format("contains a lone surrogate (U+%04X): not a character", (int) c));
                } else if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t') {
                    throw wrong(String.format("contains a control character (U+%04X): only line breaks and tabs are allowed", (int) c));
                }
            }
        }
    }

    enum Kind {
        ANY(""), TEXT("must be text"), BOOLEAN("must be true or false"), INTEGER("must be a whole number"),
        NUMBER("must be a number"), LIST("must be a list"), OBJECT("must be an object"), MAP("must be an object");

        final String expected;

        Kind(String expected) {
            this.expected = expected;
        }
    }

    /** What JSON a Java type is bound from: the kind, a list's or map's element, an object's fields. */
    record Shape(Kind kind, boolean primitive, Type element, Map<String, Type> fields, BigDecimal min, BigDecimal max) {

        private static final Map<Type, Shape> KNOWN = new ConcurrentHashMap<>();

        static Shape of(Type type) {
            Shape known = KNOWN.get(type);
            if (known == null) {
                known = shape(type);
                KNOWN.put(type, known);
            }
            return known;
        }

        private static Shape simple(Kind kind, boolean primitive) {
            return new Shape(kind, primitive, Object.class, Map.of(), null, null);
        }

        private static Shape integer(boolean primitive, long min, long max) {
            return new Shape(Kind.INTEGER, primitive, Object.class, Map.of(), BigDecimal.valueOf(min), BigDecimal.valueOf(max));
        }

        private static Shape shape(Type type) {
            if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
                if (Collection.class.isAssignableFrom(raw)) {
                    return new Shape(Kind.LIST, false, p.getActualTypeArguments()[0], Map.of(), null, null);
                }
                if (Map.class.isAssignableFrom(raw)) {
                    return new Shape(Kind.MAP, false, p.getActualTypeArguments()[1], Map.of(), null, null);
                }
                return shape(raw);
            }
            if (type instanceof GenericArrayType a) {
                return new Shape(Kind.LIST, false, a.getGenericComponentType(), Map.of(), null, null);
            }
            if (!(type instanceof Class<?> c) || c == Object.class || JsonValue.class.isAssignableFrom(c) || c.isInterface()
                    && !Collection.class.isAssignableFrom(c) && !Map.class.isAssignableFrom(c)) {
                return simple(Kind.ANY, false);
            }
            if (c == String.class || c.isEnum() || c == UUID.class || c == Character.class || c == char.class
                    || Temporal.class.isAssignableFrom(c) || c == java.time.ZoneId.class || c == java.time.Duration.class) {
                return simple(Kind.TEXT, c == char.class);
            }
            if (c == Boolean.class || c == boolean.class) {
                return simple(Kind.BOOLEAN, c.isPrimitive());
            }
            if (c == Integer.class || c == int.class) {
                return integer(c.isPrimitive(), Integer.MIN_VALUE, Integer.MAX_VALUE);
            }
            if (c == Long.class || c == long.class) {
                return integer(c.isPrimitive(), Long.MIN_VALUE, Long.MAX_VALUE);
            }
            if (c == Short.class || c == short.class) {
                return integer(c.isPrimitive(), Short.MIN_VALUE, Short.MAX_VALUE);
            }
            if (c == Byte.class || c == byte.class) {
                return integer(c.isPrimitive(), Byte.MIN_VALUE, Byte.MAX_VALUE);
            }
            if (Number.class.isAssignableFrom(c) || c == double.class || c == float.class) {
                return simple(Kind.NUMBER, c.isPrimitive());
            }
            if (c.isArray()) {
                return new Shape(Kind.LIST, false, c.getComponentType(), Map.of(), null, null);
            }
            if (Collection.class.isAssignableFrom(c)) {
                return new Shape(Kind.LIST, false, Object.class, Map.of(), null, null);
            }
            if (Map.class.isAssignableFrom(c)) {
                return new Shape(Kind.MAP, false, Object.class, Map.of(), null, null);
            }
            return new Shape(Kind.OBJECT, false, Object.class, fields(c), null, null);
        }

        /** The JSON names of a request's properties: a record's components, or a class's fields up its hierarchy. */
        private static Map<String, Type> fields(Class<?> c) {
            Map<String, Type> fields = new LinkedHashMap<>();
            if (c.isRecord()) {
                for (RecordComponent component : c.getRecordComponents()) {
                    JsonbProperty named = component.getAnnotation(JsonbProperty.class);
                    if (named == null) {
                        try {
                            named = c.getDeclaredField(component.getName()).getAnnotation(JsonbProperty.class);
                        } catch (NoSuchFieldException impossible) {
                            // every component has its field
                        }
                    }
                    fields.put(named != null && !named.value().isEmpty() ? named.value() : component.getName(),
                            component.getGenericType());
                }
                return fields;
            }
            for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()
                            || f.isAnnotationPresent(JsonbTransient.class)) {
                        continue;
                    }
                    JsonbProperty named = f.getAnnotation(JsonbProperty.class);
                    fields.putIfAbsent(named != null && !named.value().isEmpty() ? named.value() : f.getName(), f.getGenericType());
                }
            }
            return fields;
        }
    }
}
