package org.strowger.skype.engine.internal.link;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletionStage;

import org.strowger.api.media.Format;

/** The media side of one call leg: RTP over UDP or relayed through the community connection. */
public interface LinkCall {

    /** Receives what the peer sends; called on the media thread. */
    interface MediaListener {

        /** One audio packet's payload in its format. */
        void audio(Format format, byte[] payload);

        /** A DTMF digit ended (RFC 4733), reported once. */
        void dtmf(char digit, int durationMillis);
    }

    String id();

    /** {@code ALTER CALL <id> ANSWER MEDIA ... CODECS ...}, opening the media. */
    CompletionStage<Void> answer(List<Format> formats, boolean tcp);

    /** Sends one frame of audio in the negotiated format (dropped before the answer). */
    void sendAudio(Format format, byte[] payload) throws IOException;

    /** Sends a digit as RFC 4733 events lasting {@code durationMillis}. */
    CompletionStage<Void> sendDtmf(char digit, int durationMillis);

    void listen(MediaListener listener);
}
