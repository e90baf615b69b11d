package dev.peregrine.internal.staticfiles;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Content-Type of a file by its extension (case-insensitive): a built-in table of common web
 * types, text ones with {@code charset=utf-8}, plus a route's own additions;
 * {@code application/octet-stream} for anything else.
 */
final class FileContentTypes {

    /** The type of a file whose extension is unknown or missing. */
    static final String UNKNOWN = "application/octet-stream";

    private static final Map<String, String> BUILT_IN = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("cjs", "text/javascript; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("xml", "application/xml"),
            Map.entry("yaml", "application/yaml"),
            Map.entry("yml", "application/yaml"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("bmp", "image/bmp"),
            Map.entry("ico", "image/vnd.microsoft.icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("zip", "application/zip"),
            Map.entry("gz", "application/gzip"),
            Map.entry("tar", "application/x-tar"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("ogg", "audio/ogg"),
            Map.entry("wav", "audio/wav"));

    private final Map<String, String> types;

    /** The built-in table with {@code additions} (lower-case extensions without the dot) taking precedence. */
    FileContentTypes(Map<String, String> additions) {
        types = new HashMap<>(BUILT_IN);
        types.putAll(additions);
    }

    /**
     * The Content-Type for a file name, by the text after its last dot; {@link #UNKNOWN} when that
     * is not known or there is none (a leading dot, as in {@code .profile}, starts no extension).
     */
    String forFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || dot == fileName.length() - 1) {
            return UNKNOWN;
        }
        String type = types.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        return type == null ? UNKNOWN : type;
    }
}
