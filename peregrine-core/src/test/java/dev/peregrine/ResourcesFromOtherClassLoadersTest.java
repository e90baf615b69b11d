package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.fail;

import dev.peregrine.testing.TestClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resources whose classes another class loader defined (a single-file program, a plugin loader)
 * live in another unnamed module; their responders bind all the same.
 */
class ResourcesFromOtherClassLoadersTest {

    /** Loaded a second time, by {@link ChildFirstLoader}, in the test below. */
    public static final class Greeter {
        void onGet(Request req, Response resp) {
            resp.text("hello from " + getClass().getClassLoader().getName());
        }
    }

    @Test
    void resourceDefinedByAnotherClassLoaderIsBound() throws ReflectiveOperationException {
        Class<?> type = new ChildFirstLoader(Greeter.class.getName()).loadClass(Greeter.class.getName());
        assertNotSame(Greeter.class, type);

        App app = new App().addRoute("/hello", type.getDeclaredConstructor().newInstance());

        assertEquals("hello from child-first", new TestClient(app).simulateGet("/hello").text());
    }

    @Test
    void singleFileProgramRoutesToTheResourceItDeclares(@TempDir Path dir) throws Exception {
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        Process program = new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "--class-path", System.getProperty("java.class.path"),
                singleFileProgram().toString())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        if (!program.waitFor(60, TimeUnit.SECONDS)) {
            program.destroyForcibly();
            fail("the program did not finish within 60 s: " + Files.readString(stderr));
        }

        assertEquals(0, program.exitValue(), Files.readString(stderr));
        assertEquals(List.of("200 thing 7", "201"), Files.readAllLines(stdout));
    }

    private static Path singleFileProgram() throws URISyntaxException {
        return Path.of(ResourcesFromOtherClassLoadersTest.class.getResource("/single-file/ThingApp.java").toURI());
    }

    /** Defines one class itself, from the bytes its parent would load, as a plugin loader does. */
    private static final class ChildFirstLoader extends ClassLoader {

        private final String isolated;

        ChildFirstLoader(String isolated) {
            super("child-first", ResourcesFromOtherClassLoadersTest.class.getClassLoader());
            this.isolated = isolated;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(isolated)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded != null) {
                    return loaded;
                }
                try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    byte[] bytes = in.readAllBytes();
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
        }
    }
}
