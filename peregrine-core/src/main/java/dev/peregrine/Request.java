package dev.peregrine;

import dev.peregrine.internal.pipeline.Call;
import dev.peregrine.errors.HttpInvalidHeader;
import dev.peregrine.errors.HttpMissingHeader;
import dev.peregrine.internal.http.AccessRoute;
import dev.peregrine.internal.http.ContentNegotiation;
import dev.peregrine.internal.http.CookieHeaderParser;
import dev.peregrine.internal.http.EntityTagListParser;
import dev.peregrine.internal.http.ForwardedParser;
import dev.peregrine.internal.http.HttpDates;
import dev.peregrine.internal.http.RangeParser;
import dev.peregrine.internal.request.QueryParams;
import dev.peregrine.internal.request.RequestBody;
import dev.peregrine.internal.uri.PercentCodec;
import dev.peregrine.media.MediaHandlers;
import dev.peregrine.spi.HttpExchange;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One HTTP request, as a responder sees it: method, path, path fields, query parameters, headers,
 * cookies and the body. Everything is parsed lazily, on first use, and cached.
 *
 * <p>Bad input found here (a malformed header, a missing required parameter, malformed JSON)
 * throws an {@link dev.peregrine.errors.HttpError} that becomes a 400-class answer naming it.
 */
public final class Request {

    private final HttpExchange exchange;
    private final RequestOptions options;
    private final MediaHandlers mediaHandlers;
    private RequestBody body;
    private final Call call;
    private final PathFields fields;

    private String rawPath;
    private String queryString;
    private String path;
    private QueryParams params;
    private Map<String, List<String>> cookies;
    private List<Forwarded> forwarded;
    private List<String> accessRoute;
    private Context context;

    /** A request of {@code exchange}; {@code call} holds what the pipeline finds out about it (route, path fields). */
    Request(HttpExchange exchange, RequestOptions options, MediaHandlers mediaHandlers, Call call) {
        this.exchange = exchange;
        this.options = options;
        this.mediaHandlers = mediaHandlers;
        this.call = call;
        this.fields = new PathFields(call.fields());
        String target = exchange.target();
        // PERF: one indexOf splits path and query; both stay raw until asked for.
        int question = target.indexOf('?');
        if (question < 0) {
            rawPath = target;
        } else {
            rawPath = target.substring(0, question);
            queryString = target.substring(question + 1);
        }
    }

    // ---- Request line ------------------------------------------------------------------------

    /** The method, for example {@code GET}. */
    public String method() {
        return exchange.method();
    }

    /** The path, percent-decoded ({@code /x/a%20b} gives {@code /x/a b}); {@code +} stays {@code +}. */
    public String path() {
        if (path == null) {
            path = PercentCodec.decode(rawPath, false);
        }
        return path;
    }

    /** The path exactly as received, not decoded. */
    public String rawPath() {
        return rawPath;
    }

    /** The query string without {@code ?}, not decoded; empty when there is none. */
    public String queryString() {
        return queryString == null ? "" : queryString;
    }

    /** {@code http} or {@code https}. */
    public String scheme() {
        return exchange.scheme();
    }

    /** The host from the Host header without its port, or {@code localhost} when absent. */
    public String host() {
        String netloc = netloc();
        if (netloc.startsWith("[")) {
            int end = netloc.indexOf(']');
            return end < 0 ? netloc : netloc.substring(1, end);
        }
        int colon = netloc.lastIndexOf(':');
        return colon < 0 ? netloc : netloc.substring(0, colon);
    }

    /** The Host header as sent, port included when there is one. */
    public String netloc() {
        String host = exchange.header("Host");
        return host == null || host.isEmpty() ? "localhost" : host;
    }

    /** The full URL: scheme, host, path and query. */
    public String uri() {
        return scheme() + "://" + netloc() + relativeUri();
    }

    /** The path and query as received, for example {@code /things?limit=5}. */
    public String relativeUri() {
        return exchange.target();
    }

    /** The template of the route that matched, for example {@code /things/{id:int}}; {@code null} before routing or for sinks. */
    public String uriTemplate() {
        return call.uriTemplate();
    }

    // ---- Path fields ---------------------------------------------------------------------------

    /** The fields the route's template captured, with their converted values. */
    public PathFields pathFields() {
        return fields;
    }

    /** One path field's decoded text, or {@code null}. Query parameters are read with {@link #param(String)}. */
    public String pathField(String name) {
        return fields.get(name);
    }

    // ---- Query parameters ----------------------------------------------------------------------

    /** Every query parameter in first-seen order, each with all its values. */
    public Map<String, List<String>> params() {
        return queryParams().asMap();
    }

    /** Whether the query has this parameter. */
    public boolean hasParam(String name) {
        return queryParams().has(name);
    }

    /** A query parameter's value (the last one when repeated), or {@code null}. */
    public String param(String name) {
        return queryParams().last(name);
    }

    /** A query parameter's value, or {@code defaultValue} when absent. */
    public String param(String name, String defaultValue) {
        String value = queryParams().last(name);
        return value == null ? defaultValue : value;
    }

    /** A query parameter's value; 400 "Missing parameter" when absent. */
    public String requireParam(String name) {
        return queryParams().required(name);
    }

    /** An integer parameter, {@code null} when absent; 400 "Invalid parameter" when not an integer. */
    public Integer paramAsInt(String name) {
        return queryParams().asInt(name, false, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** An integer parameter within [min, max] (400 naming the bound otherwise), {@code null} when absent. */
    public Integer paramAsInt(String name, int min, int max) {
        return queryParams().asInt(name, false, min, max);
    }

    /** An integer parameter within [min, max], or {@code defaultValue} when absent. */
    public int paramAsInt(String name, int defaultValue, int min, int max) {
        Integer value = queryParams().asInt(name, false, min, max);
        return value == null ? defaultValue : value;
    }

    /** A required integer parameter within [min, max]. */
    public int requireParamAsInt(String name, int min, int max) {
        return queryParams().asInt(name, true, min, max);
    }

    /**
     * A float parameter read as Python's {@code float()} reads it, so {@code nan}, {@code inf} and
     * {@code -infinity} (in any case) are numbers too; {@code null} when absent.
     */
    public Double paramAsFloat(String name) {
        return queryParams().asFloat(name, false, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * A float parameter within [min, max], {@code null} when absent. NaN and infinities are refused
     * by a finite bound, naming it; pass an infinite bound for none on that side.
     */
    public Double paramAsFloat(String name, double min, double max) {
        return queryParams().asFloat(name, false, min, max);
    }

    /**
     * A float parameter within [min, max], or {@code defaultValue} when absent. NaN and infinities
     * are refused by a finite bound, naming it; pass an infinite bound for none on that side.
     */
    public double paramAsFloat(String name, double defaultValue, double min, double max) {
        Double value = queryParams().asFloat(name, false, min, max);
        return value == null ? defaultValue : value;
    }

    /** A required float parameter within [min, max], bounded as {@link #paramAsFloat(String, double, double, double)}. */
    public double requireParamAsFloat(String name, double min, double max) {
        return queryParams().asFloat(name, true, min, max);
    }

    /** A boolean parameter in Falcon's words ({@code true/t/yes/y/1/on}, {@code false/f/no/n/0/off}); blank is true; {@code null} when absent. */
    public Boolean paramAsBool(String name) {
        return queryParams().asBool(name, false, true);
    }

    /** A boolean parameter, or {@code defaultValue} when absent; a blank value ({@code ?flag=}) is {@code blankAsTrue}. */
    public boolean paramAsBool(String name, boolean defaultValue, boolean blankAsTrue) {
        Boolean value = queryParams().asBool(name, false, blankAsTrue);
        return value == null ? defaultValue : value;
    }

    /** A required boolean parameter. */
    public boolean requireParamAsBool(String name) {
        return queryParams().asBool(name, true, true);
    }

    /** A UUID parameter, hyphenated or as 32 hex digits (as Python's {@code UUID()} reads it), {@code null} when absent. */
    public UUID paramAsUuid(String name) {
        return queryParams().asUuid(name, false);
    }

    /** A required UUID parameter. */
    public UUID requireParamAsUuid(String name) {
        return queryParams().asUuid(name, true);
    }

    /** A date parameter in {@code yyyy-MM-dd}, {@code null} when absent. */
    public LocalDate paramAsDate(String name) {
        return queryParams().asDate(name, QueryParams.DEFAULT_DATE_FORMAT, false);
    }

    /** A date parameter in a {@link java.time.format.DateTimeFormatter} pattern, {@code null} when absent. */
    public LocalDate paramAsDate(String name, String pattern) {
        return queryParams().asDate(name, pattern, false);
    }

    /** A date-time parameter such as {@code 2024-05-01T10:00:00Z}, {@code null} when absent. */
    public OffsetDateTime paramAsDatetime(String name) {
        return queryParams().asDatetime(name, QueryParams.DEFAULT_DATETIME_FORMAT, false);
    }

    /** A date-time parameter in a pattern; without an offset in the value it is taken as UTC. */
    public OffsetDateTime paramAsDatetime(String name, String pattern) {
        return queryParams().asDatetime(name, pattern, false);
    }

    /** Every value of a parameter ({@code ?t=1&t=2}), {@code null} when absent. */
    public List<String> paramAsList(String name) {
        return queryParams().asList(name, null, Function.identity(), false);
    }

    /**
     * Every value of a parameter, a single occurrence split on {@code delimiter} (for example
     * {@code ","}, {@code "|"}, {@code " "}), each passed through {@code transform}; {@code null} when absent.
     */
    public <T> List<T> paramAsList(String name, String delimiter, Function<String, T> transform) {
        return queryParams().asList(name, delimiter, transform, false);
    }

    /** A parameter holding JSON, decoded to maps and lists; {@code null} when absent, 400 when malformed. */
    public Object paramAsJson(String name) {
        String text = param(name);
        return text == null ? null : body().parseJsonParam(name, text);
    }

    /** A parameter as a map: {@code ?p=k1,v1,k2,v2}, or with {@code deepObject} {@code ?p[k1]=v1}; {@code null} when absent. */
    public Map<String, String> paramAsDict(String name, boolean deepObject) {
        return queryParams().asDict(name, deepObject, false);
    }

    private QueryParams queryParams() {
        if (params == null) {
            params = new QueryParams(queryString, options.keepBlankQsValues(), options.autoParseQsCsv());
        }
        return params;
    }

    // ---- Headers -------------------------------------------------------------------------------

    /**
     * A header's value (names are case-insensitive), or {@code null}. A header sent on several
     * lines reads as in Falcon: {@code Accept: text/html} and {@code Accept: application/json}
     * give {@code text/html,application/json}, while a header that holds a single value, such as
     * Content-Type, Host, User-Agent, Cookie or Set-Cookie, gives its last line. The accessors
     * below read the same value, but for the cookie ones, which read every Cookie line;
     * {@link #headerValues(String)} keeps the lines apart.
     */
    public String header(String name) {
        return exchange.header(name);
    }

    /** A header's value, or {@code defaultValue} when absent. */
    public String header(String name, String defaultValue) {
        String value = exchange.header(name);
        return value == null ? defaultValue : value;
    }

    /** A header's value; 400 "Missing header value" naming it when absent. */
    public String requireHeader(String name) {
        String value = exchange.header(name);
        if (value == null) {
            throw new HttpMissingHeader(name);
        }
        return value;
    }

    /** Every line of a header, in the order received; an empty list when absent. */
    public List<String> headerValues(String name) {
        return exchange.headerValues(name);
    }

    /** Calls {@code action} with each header's name and value, in the order received. */
    public void forEachHeader(BiConsumer<String, String> action) {
        exchange.forEachHeader(action);
    }

    /** An integer header, {@code null} when absent; 400 naming the header when not an integer. */
    public Long headerAsLong(String name) {
        String value = exchange.header(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new HttpInvalidHeader("The value of the header must be an integer.", name);
        }
    }

    /** An HTTP-date header, {@code null} when absent; 400 naming the header when malformed. */
    public Instant headerAsInstant(String name) {
        String value = exchange.header(name);
        if (value == null) {
            return null;
        }
        try {
            return HttpDates.parse(value, true);
        } catch (IllegalArgumentException e) {
            throw new HttpInvalidHeader("It must be formatted according to RFC 7231, Section 7.1.1.1", name);
        }
    }

    /** The Content-Type header, or {@code null}. */
    public String contentType() {
        return exchange.header("Content-Type");
    }

    /**
     * The Content-Type's media type without its parameters, lower-cased, so it compares with
     * {@code equals}: {@code Application/JSON; charset=utf-8} gives {@code application/json};
     * {@code null} without a Content-Type.
     */
    public String contentMediaType() {
        String contentType = contentType();
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        // PERF: strip and toLowerCase return the same string when there is nothing to change.
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The Content-Length, or -1 when absent; 400 when negative or not a number. */
    public long contentLength() {
        String value = exchange.header("Content-Length");
        if (value == null) {
            return -1;
        }
        long length;
        try {
            length = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new HttpInvalidHeader("The value of the header must be a number.", "Content-Length");
        }
        if (length < 0) {
            throw new HttpInvalidHeader("The value of the header must be a positive number.", "Content-Length");
        }
        return length;
    }

    /** The Accept header, {@code *}{@code /*} when absent. */
    public String accept() {
        String value = exchange.header("Accept");
        return value == null || value.isBlank() ? "*/*" : value;
    }

    /** Whether the client accepts {@code mediaType}, by its Accept header. */
    public boolean clientAccepts(String mediaType) {
        return ContentNegotiation.accepts(accept(), mediaType);
    }

    /** Whether the client accepts {@code application/json}. */
    public boolean clientAcceptsJson() {
        return clientAccepts("application/json");
    }

    /** Whether the client accepts {@code application/xml}. */
    public boolean clientAcceptsXml() {
        return clientAccepts("application/xml");
    }

    /** The client's favourite among {@code mediaTypes} by Accept q-values, or {@code null} when it accepts none. */
    public String clientPrefers(List<String> mediaTypes) {
        return ContentNegotiation.bestMatch(mediaTypes, accept());
    }

    /** The User-Agent header, or {@code null}. */
    public String userAgent() {
        return exchange.header("User-Agent");
    }

    /** The Referer header, or {@code null}. */
    public String referer() {
        return exchange.header("Referer");
    }

    /** The Authorization header, or {@code null}. */
    public String auth() {
        return exchange.header("Authorization");
    }

    /** The Expect header, or {@code null}. */
    public String expect() {
        return exchange.header("Expect");
    }

    /** The Date header, {@code null} when absent. */
    public Instant date() {
        return headerAsInstant("Date");
    }

    /** The If-Modified-Since header, {@code null} when absent. */
    public Instant ifModifiedSince() {
        return headerAsInstant("If-Modified-Since");
    }

    /** The If-Unmodified-Since header, {@code null} when absent. */
    public Instant ifUnmodifiedSince() {
        return headerAsInstant("If-Unmodified-Since");
    }

    /** The If-Match entity tags ({@link ETag#ANY} for {@code *}), {@code null} when absent. */
    public List<ETag> ifMatch() {
        String value = exchange.header("If-Match");
        return value == null ? null : EntityTagListParser.parse(value);
    }

    /** The If-None-Match entity tags ({@link ETag#ANY} for {@code *}), {@code null} when absent. */
    public List<ETag> ifNoneMatch() {
        String value = exchange.header("If-None-Match");
        return value == null ? null : EntityTagListParser.parse(value);
    }

    /** The If-Range header, or {@code null}. */
    public String ifRange() {
        return exchange.header("If-Range");
    }

    /**
     * The Range header as one range: {@code bytes=0-499} is (0, 499), {@code bytes=-500} is
     * (-500, -1), {@code bytes=9500-} is (9500, -1); {@code null} when absent, 400 when malformed
     * or when it asks for several ranges.
     */
    public ByteRange range() {
        String value = exchange.header("Range");
        if (value == null) {
            return null;
        }
        try {
            return RangeParser.parse(value);
        } catch (IllegalArgumentException e) {
            throw new HttpInvalidHeader(e.getMessage(), "Range");
        }
    }

    // ---- Client address and proxies ------------------------------------------------------------

    /** The address of the peer connected to the server (a proxy, if there is one). */
    public String remoteAddr() {
        return exchange.remoteAddress();
    }

    /** The RFC 7239 Forwarded elements, {@code null} when there is no Forwarded header. */
    public List<Forwarded> forwarded() {
        if (forwarded == null) {
            List<String> values = exchange.headerValues("Forwarded");
            if (values.isEmpty()) {
                return null;
            }
            forwarded = ForwardedParser.parse(values);
        }
        return forwarded;
    }

    /**
     * The addresses the request passed through, client first: from Forwarded, else
     * X-Forwarded-For, else X-Real-IP, always ending with {@link #remoteAddr()}. Trust it only as
     * far as you trust your proxies.
     */
    public List<String> accessRoute() {
        if (accessRoute == null) {
            accessRoute = AccessRoute.compute(forwarded(), exchange.header("X-Forwarded-For"),
                    exchange.header("X-Real-IP"), exchange.remoteAddress());
        }
        return accessRoute;
    }

    /**
     * The scheme the client used to reach the first proxy, as Falcon's {@code forwarded_scheme}:
     * the first {@code Forwarded} element's {@code proto} when a Forwarded header is present, else
     * {@code X-Forwarded-Proto} lower-cased, else {@link #scheme()}. Trust it only as far as you
     * trust your proxies.
     */
    public String forwardedScheme() {
        if (!exchange.headerValues("Forwarded").isEmpty()) {
            List<Forwarded> hops = forwarded();
            return hops.isEmpty() || hops.get(0).scheme() == null ? scheme() : hops.get(0).scheme();
        }
        String proto = exchange.header("X-Forwarded-Proto");
        return proto == null ? scheme() : proto.toLowerCase(Locale.ROOT);
    }

    /**
     * The Host the client sent to the first proxy, as Falcon's {@code forwarded_host}: the first
     * {@code Forwarded} element's {@code host} when a Forwarded header is present, else
     * {@code X-Forwarded-Host} as sent, else {@link #netloc()}. Trust it only as far as you trust
     * your proxies.
     */
    public String forwardedHost() {
        if (!exchange.headerValues("Forwarded").isEmpty()) {
            List<Forwarded> hops = forwarded();
            return hops.isEmpty() || hops.get(0).host() == null ? netloc() : hops.get(0).host();
        }
        String host = exchange.header("X-Forwarded-Host");
        return host == null ? netloc() : host;
    }

    // ---- Cookies -------------------------------------------------------------------------------

    /** Every cookie's first value, by name. */
    public Map<String, String> cookies() {
        Map<String, List<String>> all = allCookies();
        Map<String, String> first = new LinkedHashMap<>();
        all.forEach((name, values) -> first.put(name, values.get(0)));
        return first;
    }

    /** A cookie's first value (as Falcon: the first wins), or {@code null}. */
    public String cookie(String name) {
        List<String> values = allCookies().get(name);
        return values == null ? null : values.get(0);
    }

    /** Every value sent for a cookie name, in order; {@code null} when absent. */
    public List<String> cookieValues(String name) {
        return allCookies().get(name);
    }

    private Map<String, List<String>> allCookies() {
        if (cookies == null) {
            cookies = CookieHeaderParser.parse(exchange.headerValues("Cookie"));
        }
        return cookies;
    }

    // ---- Body and media ------------------------------------------------------------------------

    /** The body as a stream, bounded to the request's content; read it once. */
    public InputStream stream() {
        return body().stream();
    }

    /**
     * The body decoded by the media handler for its Content-Type ({@code application/json} when
     * absent): JSON gives maps, lists, strings, numbers and booleans. Decoded once and cached,
     * errors too. Empty or malformed JSON is a 400 "Invalid JSON" naming the problem; an
     * unregistered type is a 415.
     */
    public Object media() {
        return body().media(Object.class);
    }

    /**
     * The body decoded into {@code type}, for example a record, by the media handler for its type.
     * JSON that does not fit is a 400 "Request data failed validation" naming the field and what
     * it must be: {@code Field 'items[2].price' must be a number, got a string.}
     */
    public <T> T media(Class<T> type) {
        return type.cast(body().media(type));
    }

    private RequestBody body() {
        // PERF: most GETs never touch the body; its state is created on first use.
        if (body == null) {
            body = new RequestBody(exchange, mediaHandlers, options.defaultMediaType());
        }
        return body;
    }

    // ---- Context -------------------------------------------------------------------------------

    /** Storage for values that middleware, hooks and responders pass along this request. */
    public Context context() {
        if (context == null) {
            context = new Context();
        }
        return context;
    }

    @Override
    public String toString() {
        return "Request[" + method() + " " + exchange.target() + "]";
    }
}
