package dev.peregrine.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import org.junit.jupiter.api.Test;

class InspectAppTest {

    /** The factory the command is pointed at. */
    public static App sample() {
        return new App().get("/health", (req, resp) -> resp.text("ok"));
    }

    /** Not a factory: it returns something else. */
    public static String notAnApp() {
        return "no";
    }

    @Test
    void loadsTheAppFromAStaticFactory() {
        App app = InspectApp.load(InspectAppTest.class.getName() + "#sample");
        assertTrue(app.inspect().contains("⇒ /health - lambda responders:"), app.inspect());
    }

    @Test
    void referenceWithoutMethodIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InspectApp.load("com.example.Api"));
        assertEquals("'com.example.Api' must look like com.example.MyApi#create", e.getMessage());
    }

    @Test
    void unknownClassIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InspectApp.load("no.such.Api#create"));
        assertEquals("class no.such.Api is not on the classpath", e.getMessage());
    }

    @Test
    void factoryMustReturnAnApp() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InspectApp.load(InspectAppTest.class.getName() + "#notAnApp"));
        assertTrue(e.getMessage().endsWith("must be a public static method returning an App"), e.getMessage());
    }
}
