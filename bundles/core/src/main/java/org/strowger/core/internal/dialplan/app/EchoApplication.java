package org.strowger.core.internal.dialplan.app;

import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.api.media.DtmfFrame;
import org.strowger.api.media.Frame;
import org.strowger.api.media.HangupFrame;
import org.strowger.api.media.VoiceFrame;

/**
 * {@code Echo()}: sends back everything the caller sends, audio and DTMF, until the caller hangs up.
 * As in current Asterisk, {@code #} is echoed like any other digit and does not end the echo.
 */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=Echo")
public final class EchoApplication implements DialplanApplication {

    /** Bounds how long a read waits, so that a hangup without a frame is still seen. */
    private static final long READ_MILLIS = 1000;

    @Override
    public Result execute(Channel channel, String data) throws InterruptedException {
        while (!channel.isHungUp()) {
            Frame frame = channel.read(READ_MILLIS, TimeUnit.MILLISECONDS);
            if (frame instanceof HangupFrame) {
                break;
            }
            if (frame instanceof VoiceFrame || frame instanceof DtmfFrame) {
                channel.write(frame);
            }
        }
        return Result.HANGUP;
    }

    @Override
    public String synopsis() {
        return "Echo media, DTMF back to the calling party";
    }
}
