package org.strowger.api.media;

import java.util.Objects;

/**
 * A call-progress or call-state signal (Asterisk's {@code AST_FRAME_CONTROL}).
 *
 * @param control what is signalled
 * @param data optional text (the music class suggested with {@link Control#HOLD}); empty if none
 */
public record ControlFrame(Control control, String data) implements Frame {

    /** The signals the core handles, named after Asterisk's {@code AST_CONTROL_*}. */
    public enum Control {
        RINGING, PROGRESS, PROCEEDING, ANSWER, BUSY, CONGESTION, HOLD, UNHOLD, SRCCHANGE
    }

    public ControlFrame {
        Objects.requireNonNull(control, "control");
        data = data == null ? "" : data;
    }

    public static ControlFrame of(Control control) {
        return new ControlFrame(control, "");
    }
}
