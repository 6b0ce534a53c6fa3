package org.strowger.api.state;

import java.util.Optional;

/**
 * Asterisk's extension states ({@code enum ast_extension_states} in pbx.h) with the texts of
 * {@code ast_extension_state2str}; {@code INUSE_RINGING} and {@code INUSE_ONHOLD} are the combined
 * bit values 9 and 17.
 */
public enum ExtensionState {
    REMOVED(-2, "Removed"),
    DEACTIVATED(-1, "Deactivated"),
    NOT_INUSE(0, "Idle"),
    INUSE(1, "InUse"),
    BUSY(2, "Busy"),
    UNAVAILABLE(4, "Unavailable"),
    RINGING(8, "Ringing"),
    INUSE_RINGING(9, "InUse&Ringing"),
    ONHOLD(16, "Hold"),
    INUSE_ONHOLD(17, "InUse&Hold");

    /** What Asterisk prints for a number that is no state. */
    public static final String UNKNOWN_TEXT = "Unknown";

    private final int code;
    private final String text;

    ExtensionState(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** The number AMI's {@code Status} carries. */
    public int code() {
        return code;
    }

    /** The text of {@code ast_extension_state2str}, e.g. {@code InUse&Ringing}. */
    public String text() {
        return text;
    }

    public static Optional<ExtensionState> fromCode(int code) {
        for (ExtensionState state : values()) {
            if (state.code == code) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }

    /** The text of any number, {@value #UNKNOWN_TEXT} for one that is no state. */
    public static String textOf(int code) {
        return fromCode(code).map(ExtensionState::text).orElse(UNKNOWN_TEXT);
    }
}
