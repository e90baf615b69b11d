package dev.peregrine.internal.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Where a value sits in a JSON body, written as a client would write it: {@code items[2].price};
 * empty for the body itself. Used on the error path only.
 */
final class JsonFieldPath {

    private JsonFieldPath() {
    }

    /** The path of the value a parser is at; exact even inside untyped maps and lists. */
    static String of(JsonStreamContext context) {
        Deque<Object> steps = new ArrayDeque<>();
        for (JsonStreamContext step = context; step != null && !step.inRoot(); step = step.getParent()) {
            if (step.inArray() && step.getCurrentIndex() >= 0) {
                steps.addFirst(step.getCurrentIndex());
            } else if (step.inObject() && step.getCurrentName() != null) {
                steps.addFirst(step.getCurrentName());
            }
        }
        return format(steps);
    }

    /**
     * The path Jackson recorded while binding; the one to use once the parser has moved past the
     * value, as for a missing field.
     */
    static String of(List<JsonMappingException.Reference> references) {
        Deque<Object> steps = new ArrayDeque<>();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                steps.addLast(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                steps.addLast(reference.getIndex());
            }
        }
        return format(steps);
    }

    private static String format(Deque<Object> steps) {
        StringBuilder path = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(step);
            }
        }
        return path.toString();
    }
}
