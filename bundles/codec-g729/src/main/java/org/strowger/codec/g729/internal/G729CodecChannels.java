package org.strowger.codec.g729.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.media.CodecChannels;
import org.strowger.api.media.Format;

/**
 * Counts the G.729 encoder and decoder channels in use: one per open translator session, which
 * holds one encoder or decoder state. The manual licenses G.729 by channel; the licensing module
 * reads this count.
 */
@Component(service = {CodecChannels.class, G729CodecChannels.class}, property = CodecChannels.FORMAT + "=g729")
public final class G729CodecChannels implements CodecChannels {

    private final AtomicInteger encoders = new AtomicInteger();
    private final AtomicInteger decoders = new AtomicInteger();

    @Override
    public Format format() {
        return Format.G729;
    }

    @Override
    public int encoders() {
        return encoders.get();
    }

    @Override
    public int decoders() {
        return decoders.get();
    }

    void encoderOpened() {
        encoders.incrementAndGet();
    }

    void encoderClosed() {
        encoders.decrementAndGet();
    }

    void decoderOpened() {
        decoders.incrementAndGet();
    }

    void decoderClosed() {
        decoders.decrementAndGet();
    }

    @Override
    public String toString() {
        return "G.729 channels: " + encoders() + " encoders, " + decoders() + " decoders";
    }
}
