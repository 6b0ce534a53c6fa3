package org.strowger.api.channel;

import java.util.Optional;

/**
 * Asterisk's channel states ({@code enum ast_channel_state} in
 * {@code include/asterisk/channelstate.h}), with the texts {@code ast_state2str} in
 * {@code main/channel.c} gives them: the {@code State} column of {@code core show channels} and the
 * {@code ChannelStateDesc} of AMI events. Asterisk's {@code AST_STATE_MUTE} is a flag bit rather
 * than a state and has no constant here.
 */
public enum ChannelState {
    /** The channel is down and available. */
    DOWN(0, "Down"),
    /** The channel is down, but reserved. */
    RESERVED(1, "Rsrvd"),
    /** The channel is off hook. */
    OFFHOOK(2, "OffHook"),
    /** Digits (or equivalent) have been dialed. */
    DIALING(3, "Dialing"),
    /** The line is ringing (an incoming call). */
    RING(4, "Ring"),
    /** The remote end is ringing. */
    RINGING(5, "Ringing"),
    /** The line is up. */
    UP(6, "Up"),
    /** The line is busy. */
    BUSY(7, "Busy"),
    /** Digits (or equivalent) have been dialed while off hook. */
    DIALING_OFFHOOK(8, "Dialing Offhook"),
    /** An incoming call has been detected and the channel waits for it to ring. */
    PRERING(9, "Pre-ring");

    /** Asterisk's {@code AST_STATE_MUTE}: a flag bit, not a state; {@link #textOf} knows its text. */
    private static final int MUTE_FLAG = 1 << 16;

    private static final ChannelState[] BY_CODE = values();

    private final int code;
    private final String text;

    ChannelState(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** Asterisk's number for this state ({@code ChannelState} in AMI events). */
    public int code() {
        return code;
    }

    /** What {@code ast_state2str} prints for this state. */
    public String text() {
        return text;
    }

    /** The state with this number; empty for any number Asterisk has no state for. */
    public static Optional<ChannelState> fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? Optional.of(BY_CODE[code]) : Optional.empty();
    }

    /**
     * What {@code ast_state2str} prints for any number: a state's text, {@code Mute} for the mute
     * flag alone, otherwise {@code Unknown (n)} with {@code n} read as an unsigned 32-bit number.
     */
    public static String textOf(int code) {
        if (code == MUTE_FLAG) {
            return "Mute";
        }
        return fromCode(code).map(ChannelState::text)
                .orElseGet(() -> "Unknown (" + Integer.toUnsignedString(code) + ")");
    }
}
