package dev.peregrine;

import dev.peregrine.internal.http.CookieValueCodec;
import dev.peregrine.internal.http.HttpDates;
import dev.peregrine.internal.http.HttpToken;
import dev.peregrine.internal.http.SetCookieParser;
import java.time.Instant;
import java.util.Objects;

/**
 * A cookie for a response's {@code Set-Cookie} header (RFC 6265 §4.1), built fluently, with
 * Falcon's {@code resp.set_cookie} defaults: {@code HttpOnly} unless turned off, {@code Secure}
 * unless turned off or the application says otherwise.
 *
 * {@snippet :
 * SetCookie session = new SetCookie("sid", "abc").maxAge(60).sameSite("lax");
 * session.toHeaderValue(true); // sid=abc; HttpOnly; Max-Age=60; SameSite=Lax; Secure
 * }
 *
 * <p>{@link #parse(String)} reads a header back, for test clients.
 */
public final class SetCookie {

    private final String name;
    private final String value;
    private Instant expires;
    private Long maxAge;
    private String domain;
    private String path;
    private Boolean secure;
    private boolean httpOnly = true;
    private String sameSite;
    private boolean partitioned;

    /**
     * A cookie; values that need it are quoted when written, as Python's {@code SimpleCookie}
     * does ({@code a b} is sent as {@code "a b"}).
     *
     * @throws IllegalArgumentException when {@code name} is not an RFC 9110 token, or
     *     {@code value} holds a non-ASCII or control character (encode such payloads first, for
     *     example with Base64)
     */
    public SetCookie(String name, String value) {
        if (name == null || !HttpToken.isToken(name)) {
            throw new IllegalArgumentException("Cookie name '" + name + "' must be a non-empty token of ASCII letters,"
                    + " digits and !#$%&'*+-.^_`|~ (RFC 6265 §4.1.1)");
        }
        Objects.requireNonNull(value, "value");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                throw new IllegalArgumentException("The value of cookie '" + name + "' holds a non-ASCII or control"
                        + " character at index " + i + "; encode it first, for example with Base64");
            }
        }
        this.name = name;
        this.value = value;
    }

    private SetCookie(SetCookieParser.Parsed parsed) {
        this.name = parsed.name();
        this.value = parsed.value();
        this.expires = parsed.expires();
        this.maxAge = parsed.maxAge();
        this.domain = parsed.domain();
        this.path = parsed.path();
        this.secure = parsed.secure();
        this.httpOnly = parsed.httpOnly();
        this.sameSite = parsed.sameSite();
        this.partitioned = parsed.partitioned();
    }

    /**
     * Reads a {@code Set-Cookie} header value leniently, as a browser would: attribute names in
     * any case, unknown or unreadable attributes ignored, a quoted value unquoted.
     *
     * @throws IllegalArgumentException when there is no {@code name=value} pair with a name
     */
    public static SetCookie parse(String setCookieHeaderValue) {
        return new SetCookie(SetCookieParser.parse(setCookieHeaderValue));
    }

    // ---- Attributes -------------------------------------------------------------------------

    /** When the cookie expires; without it (and without Max-Age) it ends with the session. */
    public SetCookie expires(Instant expires) {
        this.expires = expires;
        return this;
    }

    /** The cookie's lifetime in seconds; user agents prefer it to Expires. 0 or less expires it now. */
    public SetCookie maxAge(long seconds) {
        this.maxAge = seconds;
        return this;
    }

    /** The domain (and its subdomains) the cookie is sent to; by default only the origin server. */
    public SetCookie domain(String domain) {
        this.domain = checkedAttribute("Domain", domain);
        return this;
    }

    /** The path prefix the cookie is sent for; by default the directory of the request path. */
    public SetCookie path(String path) {
        this.path = checkedAttribute("Path", path);
        return this;
    }

    /** Whether the cookie is sent over HTTPS only; when never called, the application's default decides. */
    public SetCookie secure(boolean secure) {
        this.secure = secure;
        return this;
    }

    /** Whether scripts are kept from reading the cookie; {@code true} by default. */
    public SetCookie httpOnly(boolean httpOnly) {
        this.httpOnly = httpOnly;
        return this;
    }

    /**
     * The SameSite policy.
     *
     * @param sameSite {@code Lax}, {@code Strict} or {@code None}, in any case
     * @throws IllegalArgumentException for any other value
     */
    public SetCookie sameSite(String sameSite) {
        String canonical = SetCookieParser.canonicalSameSite(sameSite);
        if (canonical == null) {
            throw new IllegalArgumentException("SameSite must be 'Lax', 'Strict' or 'None', not '" + sameSite + "'");
        }
        this.sameSite = canonical;
        return this;
    }

    /** Whether the cookie is partitioned by top-level site (CHIPS); {@code false} by default. */
    public SetCookie partitioned(boolean partitioned) {
        this.partitioned = partitioned;
        return this;
    }

    // ---- Getters ----------------------------------------------------------------------------

    /** The cookie's name. */
    public String name() {
        return name;
    }

    /** The cookie's value, unquoted. */
    public String value() {
        return value;
    }

    /** When the cookie expires, or {@code null}. */
    public Instant expires() {
        return expires;
    }

    /** The lifetime in seconds, or {@code null}. */
    public Long maxAge() {
        return maxAge;
    }

    /** The Domain attribute, or {@code null}. */
    public String domain() {
        return domain;
    }

    /** The Path attribute, or {@code null}. */
    public String path() {
        return path;
    }

    /** Whether Secure is set; {@code null} until set, meaning the application's default. */
    public Boolean secure() {
        return secure;
    }

    /** Whether HttpOnly is set. */
    public boolean httpOnly() {
        return httpOnly;
    }

    /** {@code Lax}, {@code Strict}, {@code None} or {@code null}. */
    public String sameSite() {
        return sameSite;
    }

    /** Whether Partitioned is set. */
    public boolean partitioned() {
        return partitioned;
    }

    // ---- Writing ----------------------------------------------------------------------------

    /**
     * The {@code Set-Cookie} header value, attributes in Falcon's (alphabetical) order: Domain,
     * Expires, HttpOnly, Max-Age, Partitioned, Path, SameSite, Secure. Empty Domain and Path are
     * left out.
     *
     * @param secureByDefault whether to add Secure when {@link #secure(boolean)} was never called
     */
    public String toHeaderValue(boolean secureByDefault) {
        StringBuilder out = new StringBuilder(64).append(name).append('=').append(CookieValueCodec.quote(value));
        if (domain != null && !domain.isEmpty()) {
            out.append("; Domain=").append(domain);
        }
        if (expires != null) {
            out.append("; Expires=").append(HttpDates.format(expires));
        }
        if (httpOnly) {
            out.append("; HttpOnly");
        }
        if (maxAge != null) {
            out.append("; Max-Age=").append(maxAge.longValue());
        }
        if (partitioned) {
            out.append("; Partitioned");
        }
        if (path != null && !path.isEmpty()) {
            out.append("; Path=").append(path);
        }
        if (sameSite != null) {
            out.append("; SameSite=").append(sameSite);
        }
        if (secure == null ? secureByDefault : secure) {
            out.append("; Secure");
        }
        return out.toString();
    }

    /** The header value with Secure unless turned off, as applications default to. */
    @Override
    public String toString() {
        return toHeaderValue(true);
    }

    private static String checkedAttribute(String attribute, String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ';' || c < 0x20 || c >= 0x7f) {
                throw new IllegalArgumentException("Cookie " + attribute + " '" + text
                        + "' may not hold ';', control or non-ASCII characters");
            }
        }
        return text;
    }
}
