package dev.peregrine.queues.api;

import java.util.Locale;

/** Media types as the API compares them: by type and subtype, whatever the parameters and the case. */
public final class MediaTypes {

    private MediaTypes() {
    }

    /**
     * The media type of a Content-Type header without its parameters, lower-cased:
     * {@code Application/JSON; charset=utf-8} gives {@code application/json}; {@code null} for none.
     */
    public static String essence(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
