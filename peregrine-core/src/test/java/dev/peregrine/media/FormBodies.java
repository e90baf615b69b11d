package dev.peregrine.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Multipart bodies for tests and the small steps of reading them. */
final class FormBodies {

    static final String BOUNDARY = "5b11af82ab65407ba8cdccf37d2a9c4f";

    /** Falcon's first example form: a text field, a JSON document and a text file. */
    static final String EXAMPLE = ""
            + "--" + BOUNDARY + "\r\n"
            + "Content-Disposition: form-data; name=\"hello\"\r\n\r\n"
            + "world\r\n"
            + "--" + BOUNDARY + "\r\n"
            + "Content-Disposition: form-data; name=\"document\"\r\n"
            + "Content-Type: application/json\r\n\r\n"
            + "{\"debug\": true, \"message\": \"Hello, world!\", \"score\": 7}\r\n"
            + "--" + BOUNDARY + "\r\n"
            + "Content-Disposition: form-data; name=\"file1\"; filename=\"test.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\n"
            + "Hello, world!\n\r\n"
            + "--" + BOUNDARY + "--\r\n";

    private FormBodies() {
    }

    /** The bytes of a form written as text: ISO-8859-1, so each char up to U+00FF stands for one byte. */
    static byte[] bytes(String form) {
        return form.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A form of one part with the given header lines and content, closed properly. */
    static String onePart(String headerLines, String content) {
        return "--" + BOUNDARY + "\r\n" + headerLines + "\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n";
    }

    static MultipartForm parse(String form) {
        return parse(form, new MultipartOptions());
    }

    static MultipartForm parse(String form, MultipartOptions options) {
        return MultipartForm.parse(new ByteArrayInputStream(bytes(form)), BOUNDARY, options);
    }

    static MultipartForm parse(InputStream body) {
        return MultipartForm.parse(body, BOUNDARY, new MultipartOptions());
    }

    /** The first part of a form. */
    static BodyPart firstPart(String form) throws IOException {
        return parse(form).next();
    }

    /** Each part's name and content as {@code name=content}, reading every part with data(). */
    static List<String> namesAndContents(MultipartForm form) throws IOException {
        List<String> result = new ArrayList<>();
        for (BodyPart part = form.next(); part != null; part = form.next()) {
            result.add(part.name() + "=" + new String(part.data(), StandardCharsets.ISO_8859_1));
        }
        return result;
    }
}
