package dev.peregrine.queues.api.queues;

import dev.peregrine.queues.api.ZaqarErrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A PATCH of a queue's metadata: the body of media type
 * {@code application/openstack-messaging-v2.0-json-patch}, an array of
 * {@code {"op": "add"|"remove"|"replace", "path": "/metadata/<key>", "value": ...}}, checked as
 * Zaqar's {@code queue_patching} checks it (JSON Patch draft 10) and with its texts.
 */
final class MetadataPatch {

    /** The media type a PATCH must have. */
    static final String MEDIA_TYPE = "application/openstack-messaging-v2.0-json-patch";

    private static final List<String> OPERATIONS = List.of("add", "remove", "replace");

    private record Change(String op, String key, Object value) {
    }

    private final List<Change> changes;

    private MetadataPatch(List<Change> changes) {
        this.changes = changes;
    }

    /**
     * Reads the changes of a PATCH body (the document, already known to be an array).
     *
     * @throws dev.peregrine.errors.HttpError 400 "Invalid request body" naming the bad change
     */
    static MetadataPatch of(List<?> document) {
        List<Change> changes = new ArrayList<>(document.size());
        for (Object raw : document) {
            if (!(raw instanceof Map<?, ?> change)) {
                throw ZaqarErrors.invalidRequestBody("Operations must be JSON objects.");
            }
            String op = operation(change);
            if (!change.containsKey("path")) {
                throw ZaqarErrors.invalidRequestBody("Unable to find 'path' in JSON Schema change");
            }
            List<String> path = decodePointer(String.valueOf(change.get("path")));
            if (path.size() != 2) {
                throw ZaqarErrors.invalidRequestBody("Invalid JSON pointer for this resource: '/"
                        + String.join("/", path) + ", e.g /metadata/key'");
            }
            Object value = null;
            if (!op.equals("remove")) {
                if (!change.containsKey("value")) {
                    throw ZaqarErrors.invalidRequestBody("Operation \"" + op + "\" requires a member named \"value\".");
                }
                value = change.get("value");
            }
            // NOTE: Zaqar checks the root only for add and replace, so a remove of /anything/key removes key.
            if (!path.get(0).equalsIgnoreCase("metadata")) {
                throw ZaqarErrors.invalidRequestBody("The root of path must be metadata, e.g /metadata/key.");
            }
            changes.add(new Change(op, path.get(1), value));
        }
        return new MetadataPatch(changes);
    }

    private static String operation(Map<?, ?> change) {
        Object op = change.get("op");
        if (op == null) {
            throw ZaqarErrors.invalidRequestBody("Unable to find `op` in JSON Schema change. It must be one of the"
                    + " following: add, remove, replace.");
        }
        if (!(op instanceof String name) || !OPERATIONS.contains(name)) {
            throw ZaqarErrors.invalidRequestBody("Invalid operation: `" + op + "`. It must be one of the following:"
                    + " add, remove, replace.");
        }
        return name;
    }

    /** The reference tokens of a JSON pointer, in the limited form Zaqar accepts. */
    private static List<String> decodePointer(String pointer) {
        if (!pointer.startsWith("/")) {
            throw badPointer(pointer, "does not start with \"/\".");
        }
        if (hasAdjacentSlashes(pointer.substring(1))) {
            throw badPointer(pointer, "contains adjacent \"/\".");
        }
        if (pointer.length() > 1 && pointer.endsWith("/")) {
            throw badPointer(pointer, "end with \"/\".");
        }
        if (pointer.substring(1).strip().equals("/")) {
            throw badPointer(pointer, "does not contains valid token.");
        }
        for (int i = 0; i < pointer.length(); i++) {
            if (pointer.charAt(i) == '~' && (i + 1 == pointer.length() || "01".indexOf(pointer.charAt(i + 1)) < 0)) {
                throw badPointer(pointer, "contains \"~\" not part of a recognized escape sequence.");
            }
        }
        int start = 0;
        while (start < pointer.length() && pointer.charAt(start) == '/') {
            start++;
        }
        List<String> tokens = new ArrayList<>(2);
        for (String part : pointer.substring(start).split("/", -1)) {
            tokens.add(part.replace("~1", "/").replace("~0", "~").strip());
        }
        return tokens;
    }

    /** Whether two slashes follow each other, with nothing but whitespace between (Zaqar's {@code /\s*?/}). */
    private static boolean hasAdjacentSlashes(String text) {
        int previousSlash = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/') {
                if (previousSlash >= 0) {
                    return true;
                }
                previousSlash = i;
            } else if (!Character.isWhitespace(c)) {
                previousSlash = -1;
            }
        }
        return false;
    }

    private static RuntimeException badPointer(String pointer, String problem) {
        return ZaqarErrors.invalidRequestBody("Pointer `" + pointer + "` " + problem);
    }

    /**
     * The metadata after the changes, in order. Replacing or removing a key that is neither
     * stored nor reserved is a 409; removing a reserved key that is not stored does nothing.
     */
    Map<String, Object> applyTo(Map<String, Object> metadata) {
        Map<String, Object> changed = new LinkedHashMap<>(metadata);
        for (Change change : changes) {
            switch (change.op()) {
                case "add" -> changed.put(change.key(), change.value());
                case "replace" -> {
                    if (!changed.containsKey(change.key()) && !QueueMetadata.RESERVED.contains(change.key())) {
                        throw ZaqarErrors.conflict("Can't replace non-existent object " + change.key() + ".");
                    }
                    changed.put(change.key(), change.value());
                }
                default -> {
                    if (changed.containsKey(change.key())) {
                        changed.remove(change.key());
                    } else if (!QueueMetadata.RESERVED.contains(change.key())) {
                        throw ZaqarErrors.conflict("Can't remove non-existent object " + change.key() + ".");
                    }
                }
            }
        }
        return changed;
    }
}
