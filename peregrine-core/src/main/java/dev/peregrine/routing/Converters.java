package dev.peregrine.routing;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The field converters URI templates can name, by name: {@code {id:int}} uses the one named
 * {@code int}.
 *
 * <p>A new registry has Falcon's built-ins plus a regular-expression converter:
 * <ul>
 *   <li>{@code int(num_digits=None, min=None, max=None)}: a {@link Long};</li>
 *   <li>{@code float(min=None, max=None, finite=True)}: a {@link Double};</li>
 *   <li>{@code dt(pattern=None)}: a {@code LocalDate}, {@code LocalDateTime} or
 *       {@code OffsetDateTime}, depending on the {@code DateTimeFormatter} pattern; without one,
 *       an {@code OffsetDateTime} such as {@code 2024-01-15T10:20:30+01:00};</li>
 *   <li>{@code uuid}: a {@link java.util.UUID};</li>
 *   <li>{@code path}: the rest of the path, as a string;</li>
 *   <li>{@code re(pattern)}: text the regular expression matches in full.</li>
 * </ul>
 * Register more, or replace a built-in, before adding the routes that use them:
 * {@snippet :
 * Converters converters = new Converters()
 *         .register("lower", arguments -> text -> text.equals(text.toLowerCase(Locale.ROOT)) ? text : null);
 * }
 * Registering is not thread-safe; do it while setting the application up. An app's converters
 * are {@linkplain #freeze() frozen} when it serves its first request, since no route can be added
 * after that.
 */
public final class Converters {

    private final Map<String, ConverterFactory> factories = new TreeMap<>();
    private boolean frozen; // guarded by this

    /** A registry holding the built-in converters. */
    public Converters() {
        factories.put("int", IntConverter::create);
        factories.put("float", FloatConverter::create);
        factories.put("dt", DateTimeConverter::create);
        factories.put("uuid", UuidConverter::create);
        factories.put("path", PathConverter::create);
        factories.put("re", RegexConverter::create);
    }

    /**
     * Registers a converter under a name, replacing any converter of that name.
     *
     * @param name an {@link Identifier identifier}, as templates write it after the field's colon
     * @return this registry
     * @throws IllegalArgumentException when the name is not an identifier
     * @throws IllegalStateException once this registry is {@linkplain #freeze() frozen}
     */
    public synchronized Converters register(String name, ConverterFactory factory) {
        if (frozen) {
            throw new IllegalStateException("Cannot register converter '" + name + "' after the app has served its first"
                    + " request; register converters before adding the routes that use them");
        }
        if (!Identifier.isValid(name)) {
            throw new IllegalArgumentException("Converter name '" + name + "' is not an identifier; use letters, "
                    + "digits and '_', starting with a letter or '_'");
        }
        if (factory == null) {
            throw new IllegalArgumentException("Converter '" + name + "' needs a factory, not null");
        }
        factories.put(name, factory);
        return this;
    }

    /**
     * Refuses registrations from now on. An app calls this when it serves its first request:
     * routes are compiled as they are added, so the request path never reads this registry, and
     * a converter registered later could never be used.
     */
    public synchronized void freeze() {
        frozen = true;
    }

    /** The registered names, sorted. */
    public Set<String> names() {
        return Collections.unmodifiableSet(factories.keySet());
    }

    /**
     * Makes a converter as a template field asks for it.
     *
     * @param name the converter's name, such as {@code int}
     * @param argumentSource what was written between its parentheses, such as {@code min=1}; empty
     *     (or {@code null}) when there were none
     * @throws UnacceptableRouteException for an unknown name or arguments the converter rejects,
     *     saying which
     */
    public FieldConverter create(String name, String argumentSource) {
        ConverterFactory factory = factories.get(name);
        if (factory == null) {
            throw new UnacceptableRouteException("unknown converter '" + name + "'; the registered converters are "
                    + String.join(", ", factories.keySet()) + ". Register it with Converters.register(\"" + name
                    + "\", factory) before adding the route");
        }
        ConverterArguments arguments =
                argumentSource == null ? ConverterArguments.none() : ConverterArguments.parse(argumentSource);
        FieldConverter converter;
        try {
            converter = factory.create(arguments);
        } catch (UnacceptableRouteException rejected) {
            throw rejected;
        } catch (IllegalArgumentException rejected) {
            throw new UnacceptableRouteException("converter '" + name + "' rejected its arguments (" + arguments
                    + "): " + rejected.getMessage(), rejected);
        }
        if (converter == null) {
            throw new IllegalStateException("The factory of converter '" + name + "' returned null; it must "
                    + "return a converter or throw");
        }
        return converter;
    }
}
