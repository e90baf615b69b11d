package dev.peregrine.netty.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where settings come from, which wins, and settings nobody reads. */
class ConfigurationTest {

    @TempDir
    Path dir;

    @Test
    void environmentVariablesNameSettingsInCapitalsWithUnderscores() {
        Configuration configuration = Configuration.of(Map.of("PEREGRINE_MAX_BODY_SIZE", " 1MiB ", "PATH", "/bin"));
        Setting setting = configuration.take("maxBodySize").orElseThrow();
        assertEquals("1MiB", setting.value());
        assertEquals("environment variable PEREGRINE_MAX_BODY_SIZE", setting.source());
        assertEquals("PEREGRINE_IO_THREADS", Configuration.envName("ioThreads"));
        configuration.requireAllTaken();
    }

    @Test
    void theEnvironmentWinsOverTheFileTheConfigVariableNames() throws Exception {
        Path file = dir.resolve("server.properties");
        Files.writeString(file, "# settings\nport = 9000\nidleTimeout = 5s\n");
        Configuration configuration = Configuration.of(Map.of("PEREGRINE_CONFIG", file.toString(), "PEREGRINE_PORT", "9100"));
        assertEquals("9100", configuration.take("port").orElseThrow().value());
        Setting idle = configuration.take("idleTimeout").orElseThrow();
        assertEquals("5s", idle.value());
        assertEquals("file " + file, idle.source());
        configuration.requireAllTaken();
    }

    @Test
    void settingsNobodyReadAreNamedWithTheirSource() throws Exception {
        Path file = dir.resolve("server.properties");
        Files.writeString(file, "max-body-size = 1MiB\n");
        Configuration configuration = Configuration.of(Map.of("PEREGRINE_CONFIG", file.toString(),
                "PEREGRINE_MAX_BODYSIZE", "1", "PEREGRINE_port", "80"));
        configuration.take("maxBodySize");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, configuration::requireAllTaken);
        assertTrue(e.getMessage().startsWith("Unknown settings: "), e.getMessage());
        assertTrue(e.getMessage().contains("max-body-size (file " + file + ")"), e.getMessage());
        assertTrue(e.getMessage().contains("maxBodysize (environment variable PEREGRINE_MAX_BODYSIZE)"), e.getMessage());
        assertTrue(e.getMessage().contains("PEREGRINE_port (environment variable)"), e.getMessage());
    }

    @Test
    void variablesOfOtherProgramsCanBeLeftOut() {
        Configuration configuration = Configuration.of(Map.of("PEREGRINE_QUEUES_STORE", "sqlite:x", "PEREGRINE_JAVA_OPTS", "-Xmx1g"))
                .ignoring("PEREGRINE_QUEUES_", "PEREGRINE_JAVA_OPTS");
        assertTrue(configuration.take("queuesStore").isEmpty());
        configuration.requireAllTaken();
    }

    @Test
    void anUnreadableFileFailsNamingIt() {
        Path missing = dir.resolve("missing.properties");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Configuration.of(Map.of("PEREGRINE_CONFIG", missing.toString())));
        assertTrue(e.getMessage().startsWith("Cannot read the settings file " + missing), e.getMessage());
    }
}
