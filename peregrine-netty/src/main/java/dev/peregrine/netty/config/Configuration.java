package dev.peregrine.netty.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Settings given outside the code: environment variables named {@code PEREGRINE_} and the
 * setting's name in capitals with underscores ({@code maxBodySize} is
 * {@code PEREGRINE_MAX_BODY_SIZE}), and a properties file named by {@code PEREGRINE_CONFIG}
 * whose keys are the settings' names ({@code maxBodySize = 10MiB}). An environment variable wins
 * over the file; both win over the code, and the server's startup log says so for each value.
 *
 * {@snippet :
 * PeregrineServer server = PeregrineServer.builder(app)
 *         .port(8080)                                      // the default, unless configured
 *         .configuration(Configuration.fromEnvironment())  // PEREGRINE_PORT=9000 wins
 *         .build();
 * }
 *
 * <p>Every setting given must be one somebody reads: a component with settings of its own (the
 * metrics module, an app) takes them with {@link #take(String)} before the server is built, and
 * the server then fails to build on any setting left over, naming it and where it came from, so
 * a misspelt {@code PEREGRINE_MAX_BODYSIZE} cannot pass unnoticed. Variables of programs that
 * share the prefix are left out with {@link #ignoring(String...)}.
 */
public final class Configuration {

    /** The prefix of the environment variables read. */
    public static final String PREFIX = "PEREGRINE_";
    /** The environment variable naming the properties file. */
    public static final String FILE_VARIABLE = "PEREGRINE_CONFIG";

    /** Settings by key, the environment's over the file's; each taken at most once. */
    private final Map<String, Setting> settings;
    /** Environment variables that name no setting's key form; reported unless ignored. */
    private final Map<String, String> strayVariables;
    private final Set<String> taken = ConcurrentHashMap.newKeySet();
    private final List<String> ignoredPrefixes = new ArrayList<>();

    private Configuration(Map<String, Setting> settings, Map<String, String> strayVariables) {
        this.settings = settings;
        this.strayVariables = strayVariables;
    }

    /** No settings at all: what the code says is what runs. */
    public static Configuration empty() {
        return new Configuration(Map.of(), Map.of());
    }

    /** The settings of this process's environment, and of the file {@code PEREGRINE_CONFIG} names, if any. */
    public static Configuration fromEnvironment() {
        return of(System.getenv());
    }

    /**
     * The settings of {@code environment} and of the properties file its {@code PEREGRINE_CONFIG}
     * names, if any.
     *
     * @throws IllegalArgumentException when the file cannot be read or is not a properties file,
     *     or a variable's name is not a setting's (for example {@code PEREGRINE_max_body_size}),
     *     naming it
     */
    public static Configuration of(Map<String, String> environment) {
        Map<String, Setting> settings = new LinkedHashMap<>();
        String file = environment.get(FILE_VARIABLE);
        if (file != null && !file.isBlank()) {
            settings.putAll(readFile(Path.of(file.trim())));
        }
        Map<String, String> stray = new TreeMap<>();
        for (Map.Entry<String, String> variable : new TreeMap<>(environment).entrySet()) {
            String name = variable.getKey();
            if (!name.startsWith(PREFIX) || name.equals(FILE_VARIABLE)) {
                continue;
            }
            String key = keyOf(name.substring(PREFIX.length()));
            if (key == null) {
                stray.put(name, variable.getValue());
            } else {
                settings.put(key, new Setting(key, variable.getValue().trim(), "environment variable " + name));
            }
        }
        return new Configuration(settings, stray);
    }

    /** The settings of the properties file {@code file} alone. */
    public static Configuration ofFile(Path file) {
        return new Configuration(readFile(file), Map.of());
    }

    /**
     * Leaves out environment variables starting with any of {@code prefixes}, such as
     * {@code PEREGRINE_QUEUES_}: they belong to another program, not to these settings.
     */
    public Configuration ignoring(String... prefixes) {
        for (String prefix : prefixes) {
            ignoredPrefixes.add(Objects.requireNonNull(prefix, "prefix"));
        }
        return this;
    }

    /** The setting named {@code key}, if given, marking it as read. */
    public Optional<Setting> take(String key) {
        Setting setting = settings.get(key);
        if (setting == null || ignored(envName(key))) {
            return Optional.empty();
        }
        taken.add(key);
        return Optional.of(setting);
    }

    /**
     * Fails on any setting given that nobody took, naming each with where it came from.
     *
     * @throws IllegalArgumentException listing the unread settings and how to name them
     */
    public void requireAllTaken() {
        List<String> unread = new ArrayList<>();
        for (Setting setting : settings.values()) {
            if (!taken.contains(setting.key()) && !ignored(envName(setting.key()))) {
                unread.add(setting.key() + " (" + setting.source() + ")");
            }
        }
        for (String name : strayVariables.keySet()) {
            if (!ignored(name)) {
                unread.add(name + " (environment variable)");
            }
        }
        if (!unread.isEmpty()) {
            throw new IllegalArgumentException("Unknown settings: " + String.join(", ", unread)
                    + "; check the spelling against the list of settings (environment variables are PEREGRINE_ and"
                    + " the name in capitals with underscores, for example PEREGRINE_MAX_BODY_SIZE for maxBodySize),"
                    + " or remove them");
        }
    }

    /** The environment variable of setting {@code key}: {@code maxBodySize} is {@code PEREGRINE_MAX_BODY_SIZE}. */
    public static String envName(String key) {
        StringBuilder name = new StringBuilder(PREFIX);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isUpperCase(c)) {
                name.append('_');
            }
            name.append(Character.toUpperCase(c));
        }
        return name.toString();
    }

    /** The key of a variable's name after the prefix ({@code MAX_BODY_SIZE} is {@code maxBodySize}), or {@code null}. */
    private static String keyOf(String upperSnake) {
        if (upperSnake.isEmpty() || upperSnake.startsWith("_") || upperSnake.endsWith("_") || upperSnake.contains("__")) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        boolean upperNext = false;
        for (int i = 0; i < upperSnake.length(); i++) {
            char c = upperSnake.charAt(i);
            if (c == '_') {
                upperNext = true;
            } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                key.append(upperNext ? c : Character.toLowerCase(c));
                upperNext = false;
            } else {
                return null;
            }
        }
        return key.toString();
    }

    private boolean ignored(String variableName) {
        for (String prefix : ignoredPrefixes) {
            if (variableName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Setting> readFile(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot read the settings file " + file + " (" + e.getMessage()
                    + "); " + FILE_VARIABLE + " must name a readable properties file of lines such as maxBodySize = 10MiB", e);
        }
        Map<String, Setting> settings = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            settings.put(key, new Setting(key, properties.getProperty(key).trim(), "file " + file));
        }
        return settings;
    }
}
