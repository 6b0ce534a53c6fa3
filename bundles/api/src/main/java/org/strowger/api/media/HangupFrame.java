package org.strowger.api.media;

/**
 * The far end hung up.
 *
 * @param cause the Q.850 cause code ({@code org.strowger.api.channel.HangupCause})
 */
public record HangupFrame(int cause) implements Frame {
}
