package org.strowger.skype.engine.internal.link;

/** What a community session tells the engine. Called from the link's I/O threads: hand work on at once. */
public interface LinkListener {

    /** How far a login has come. */
    enum Progress {
        /** The TCP connection is open and the community said HELLO. */
        CONNECTED,
        /** The community sent its challenge; the proof is on its way. */
        CHALLENGED
    }

    void progress(Progress progress);

    /** An unsolicited line ({@code USER x ONLINESTATUS AWAY}, {@code CALL 7 STATUS RINGING}, ...). */
    void notification(String line);

    /** The session ended; {@code reason} says why in words for an operator; {@code expected} after {@link LinkSession#close()}. */
    void closed(String reason, boolean expected);
}
