package dev.peregrine.errors;

import dev.peregrine.Request;
import dev.peregrine.Response;
import dev.peregrine.internal.errors.XmlErrorFormat;
import dev.peregrine.media.MediaHandler;
import dev.peregrine.media.MediaHandlers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Falcon's error rendering: JSON ({@code {"title": ..., "description": ...}}), or XML when the
 * client prefers it (and XML errors are enabled), always adding {@code Vary: Accept}.
 *
 * <p>Unlike Falcon, a client that accepts neither JSON nor XML still gets the JSON body rather
 * than an empty one: RFC 9110 lets a server ignore Accept, and an empty error helps nobody.
 */
public final class DefaultErrorSerializer implements ErrorSerializer {

    private static final List<String> JSON_OR_XML = List.of("application/json", "application/xml", "text/xml");
    private static final List<String> JSON_ONLY = List.of("application/json");

    private final MediaHandlers handlers;
    private final boolean xml;

    /**
     * A serializer that writes JSON with the app's JSON handler.
     *
     * @param xml whether clients preferring XML get XML
     */
    public DefaultErrorSerializer(MediaHandlers handlers, boolean xml) {
        this.handlers = handlers;
        this.xml = xml;
    }

    @Override
    public void serialize(Request req, Response resp, HttpError error) {
        String preferred = req.clientPrefers(xml ? JSON_OR_XML : JSON_ONLY);
        if (preferred == null) {
            String accept = req.accept();
            preferred = xml && accept.contains("+xml") && !accept.contains("+json") ? "application/xml" : "application/json";
        }
        if (preferred.endsWith("xml")) {
            resp.contentType(preferred);
            resp.data(XmlErrorFormat.render(error));
        } else {
            resp.contentType("application/json");
            resp.data(json(error));
        }
        resp.appendHeader("Vary", "Accept");
    }

    private byte[] json(HttpError error) {
        MediaHandler json = handlers.get("application/json");
        try {
            return json.serialize(error.toMap(), "application/json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
