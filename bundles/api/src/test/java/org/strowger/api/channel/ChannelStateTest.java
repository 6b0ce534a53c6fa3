package org.strowger.api.channel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;

/** Expected values are written by hand from Asterisk's channelstate.h and ast_state2str in main/channel.c. */
public class ChannelStateTest {

    @Test
    public void statesCarryAsterisksNumbersAndTexts() {
        String[] texts = {"Down", "Rsrvd", "OffHook", "Dialing", "Ring", "Ringing", "Up", "Busy",
                "Dialing Offhook", "Pre-ring"};
        ChannelState[] states = {ChannelState.DOWN, ChannelState.RESERVED, ChannelState.OFFHOOK,
                ChannelState.DIALING, ChannelState.RING, ChannelState.RINGING, ChannelState.UP,
                ChannelState.BUSY, ChannelState.DIALING_OFFHOOK, ChannelState.PRERING};
        assertEquals(states.length, ChannelState.values().length);
        for (int code = 0; code < states.length; code++) {
            assertEquals(code, states[code].code());
            assertEquals(texts[code], states[code].text());
            assertEquals(texts[code], ChannelState.textOf(code));
        }
    }

    @Test
    public void codesAndTextsAreUnique() {
        Set<Integer> codes = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (ChannelState state : ChannelState.values()) {
            assertTrue(state.toString(), codes.add(state.code()));
            assertTrue(state.toString(), texts.add(state.text()));
        }
    }

    @Test
    public void fromCodeRoundTrips() {
        for (ChannelState state : ChannelState.values()) {
            assertEquals(Optional.of(state), ChannelState.fromCode(state.code()));
        }
    }

    @Test
    public void otherNumbersAreUnknownAsAstState2StrPrintsThem() {
        for (int code : new int[] {10, 11, 42, 1 << 16, -1}) {
            assertEquals("code " + code, Optional.empty(), ChannelState.fromCode(code));
        }
        assertEquals("Unknown (10)", ChannelState.textOf(10));
        assertEquals("Unknown (65537)", ChannelState.textOf((1 << 16) + 1));
        // %u: a negative number prints as its unsigned 32-bit value
        assertEquals("Unknown (4294967295)", ChannelState.textOf(-1));
    }

    @Test
    public void theMuteFlagAloneHasItsOwnText() {
        assertEquals("Mute", ChannelState.textOf(1 << 16));
    }
}
