package org.strowger.core.internal.dialplan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanFunction;

/** The DialplanFunction whiteboard: names ignore case, service.ranking breaks ties, the older service wins a draw. */
public class FunctionRegistryTest {

    private static DialplanFunction answering(String value) {
        return (Channel channel, String arguments) -> value;
    }

    private static String read(FunctionRegistry registry, String name) throws Exception {
        return registry.find(name).orElseThrow().function().read(null, "");
    }

    @Test
    public void namesIgnoreCase() throws Exception {
        FunctionRegistry registry = new FunctionRegistry();
        registry.add(new RegisteredFunction("LEN", answering("x"), 0, 1));
        assertEquals("x", read(registry, "len"));
        assertTrue(registry.find("nope").isEmpty());
    }

    @Test
    public void theHigherRankingWinsAndTheOtherReturnsWhenItGoes() throws Exception {
        FunctionRegistry registry = new FunctionRegistry();
        assertTrue(registry.add(new RegisteredFunction("F", answering("low"), 0, 1)));
        assertTrue(registry.add(new RegisteredFunction("f", answering("high"), 10, 2)));
        assertEquals("high", read(registry, "F"));
        registry.remove(2);
        assertEquals("low", read(registry, "F"));
    }

    @Test
    public void onEqualRankingTheOlderServiceKeepsTheName() throws Exception {
        FunctionRegistry registry = new FunctionRegistry();
        registry.add(new RegisteredFunction("F", answering("first"), 0, 1));
        assertFalse(registry.add(new RegisteredFunction("F", answering("second"), 0, 2)));
        assertEquals("first", read(registry, "F"));
    }

    @Test
    public void listedInStrcmpOrder() {
        FunctionRegistry registry = new FunctionRegistry();
        registry.add(new RegisteredFunction("lower", answering(""), 0, 1));
        registry.add(new RegisteredFunction("LEN", answering(""), 0, 2));
        registry.add(new RegisteredFunction("CUT", answering(""), 0, 3));
        assertEquals(List.of("CUT", "LEN", "lower"), registry.all().stream().map(RegisteredFunction::name).toList());
    }
}
