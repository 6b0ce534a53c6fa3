package org.strowger.api.media;

/**
 * What flows through a channel: audio, DTMF, call-progress signals and hangup (Asterisk's
 * {@code ast_frame} types that the PBX core handles).
 */
public sealed interface Frame permits VoiceFrame, DtmfFrame, ControlFrame, HangupFrame {
}
