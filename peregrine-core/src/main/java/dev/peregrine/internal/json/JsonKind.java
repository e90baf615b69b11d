package dev.peregrine.internal.json;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/** The kinds of JSON value, as error descriptions name them: what a field must be, and what came. */
enum JsonKind {

    OBJECT("an object"),
    ARRAY("an array"),
    STRING("a string"),
    NUMBER("a number"),
    INTEGER("an integer"),
    BOOLEAN("true or false"),
    NULL("null");

    private final String phrase;

    JsonKind(String phrase) {
        this.phrase = phrase;
    }

    /** How a description names this kind after "must be": {@code an object}, {@code true or false}. */
    String phrase() {
        return phrase;
    }

    /** Whether a value of kind {@code actual} is of this kind: every integer is a number. */
    boolean accepts(JsonKind actual) {
        return actual == this || (this == NUMBER && actual == INTEGER);
    }

    /** The kind of the value a parser is at, or {@code null} when it is at none. */
    static JsonKind of(JsonToken token) {
        if (token == null) {
            return null;
        }
        return switch (token) {
            case START_OBJECT, FIELD_NAME, END_OBJECT -> OBJECT;
            case START_ARRAY, END_ARRAY -> ARRAY;
            case VALUE_STRING -> STRING;
            case VALUE_NUMBER_INT -> INTEGER;
            case VALUE_NUMBER_FLOAT -> NUMBER;
            case VALUE_TRUE, VALUE_FALSE -> BOOLEAN;
            case VALUE_NULL -> NULL;
            default -> null;
        };
    }

    /** The kind Jackson reads {@code type} from, or {@code null} when there is no single one. */
    static JsonKind expectedFor(Class<?> type) {
        if (type == null || type == Object.class) {
            return null;
        }
        if (type == boolean.class || type == Boolean.class) {
            return BOOLEAN;
        }
        if (type == char.class || type == Character.class || CharSequence.class.isAssignableFrom(type)
                || Enum.class.isAssignableFrom(type) || type == byte[].class || type == char[].class) {
            return STRING;
        }
        if (type.isPrimitive() || type == Integer.class || type == Long.class || type == Short.class
                || type == Byte.class || type == BigInteger.class) {
            return type == double.class || type == float.class ? NUMBER : INTEGER;
        }
        if (Number.class.isAssignableFrom(type)) {
            return NUMBER;
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type) || ArrayNode.class.isAssignableFrom(type)) {
            return ARRAY;
        }
        if (Map.class.isAssignableFrom(type)) {
            return OBJECT;
        }
        // NOTE: the JDK's other value types (UUID, URI, Locale, java.time with its module, ...) are
        // read from strings; records and other classes of the application from objects.
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") ? STRING : OBJECT;
    }
}
