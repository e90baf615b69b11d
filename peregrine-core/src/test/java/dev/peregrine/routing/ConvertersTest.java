package dev.peregrine.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConvertersTest {

    @Test
    void newRegistryHasTheBuiltIns() {
        assertEquals(List.of("dt", "float", "int", "path", "re", "uuid"), List.copyOf(new Converters().names()));
    }

    @Test
    void registeredConverterIsCreatedByName() {
        FieldConverter lower = text -> text.equals(text.toLowerCase(Locale.ROOT)) ? text : null;
        Converters converters = new Converters().register("lower", arguments -> lower);

        assertSame(lower, converters.create("lower", ""));
    }

    @Test
    void factoryReceivesTheParsedArguments() {
        Converters converters = new Converters().register("prefixed", arguments -> {
            String prefix = arguments.bind("prefixed", "prefix").require("prefix").string("prefix");
            return text -> text.startsWith(prefix) ? text.substring(prefix.length()) : null;
        });

        FieldConverter converter = converters.create("prefixed", "\"ISO-\"");

        assertEquals("9001", converter.convert("ISO-9001"));
        assertNull(converter.convert("DIN-9001"));
    }

    @Test
    void registeringUnderABuiltInNameReplacesIt() {
        FieldConverter custom = text -> text;
        Converters converters = new Converters().register("int", arguments -> custom);

        assertSame(custom, converters.create("int", ""));
    }

    @Test
    void converterNameMustBeAnIdentifier() {
        assertEquals("Converter name 'my-conv' is not an identifier; use letters, digits and '_', starting with a "
                + "letter or '_'", assertThrows(IllegalArgumentException.class,
                        () -> new Converters().register("my-conv", arguments -> text -> text)).getMessage());
    }

    @Test
    void unknownConverterIsRejectedListingTheKnownOnes() {
        assertEquals("unknown converter 'hex'; the registered converters are dt, float, int, path, re, uuid. "
                + "Register it with Converters.register(\"hex\", factory) before adding the route",
                assertThrows(UnacceptableRouteException.class, () -> new Converters().create("hex", "")).getMessage());
    }

    @Test
    void factoryIllegalArgumentBecomesAnUnacceptableRoute() {
        Converters converters = new Converters().register("strict", arguments -> {
            throw new IllegalArgumentException("limit must be positive");
        });

        assertEquals("converter 'strict' rejected its arguments (limit=-1): limit must be positive",
                assertThrows(UnacceptableRouteException.class, () -> converters.create("strict", "limit=-1"))
                        .getMessage());
    }
}
