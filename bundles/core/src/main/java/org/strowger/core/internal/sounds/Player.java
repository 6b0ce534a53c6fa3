package org.strowger.core.internal.sounds;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.strowger.api.channel.Channel;
import org.strowger.api.media.MediaClock;
import org.strowger.api.media.VoiceFrame;

/**
 * Plays audio to a channel on the media clock, one frame each 20 ms tick, written with
 * {@link Channel#write} so that the core translates it into the channel's format (Asterisk's
 * generators and file streams, which the channel's timer drives). The application that started it
 * keeps its own thread for reading the caller: DTMF, hangup.
 */
public final class Player implements AutoCloseable {

    private final Channel channel;
    private final FrameSource source;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final MediaClock.Registration registration;

    private Player(MediaClock clock, Channel channel, FrameSource source) {
        this.channel = channel;
        this.source = source;
        this.registration = clock.schedule(this::tick);
    }

    /** Starts playing; the first frame goes out on the next tick. */
    public static Player start(MediaClock clock, Channel channel, FrameSource source) {
        return new Player(clock, channel, source);
    }

    private void tick() {
        if (done.isDone()) {
            return;
        }
        VoiceFrame frame = channel.isHungUp() ? null : source.next();
        if (frame == null) {
            finish();
            return;
        }
        channel.write(frame);
    }

    /** Whether every frame has been written (or the player was stopped, or the channel hung up). */
    public boolean isDone() {
        return done.isDone();
    }

    /** Completes when the last frame has been written or the player stopped. */
    public CompletionStage<Void> done() {
        return done.minimalCompletionStage();
    }

    /** Stops playing at once (Asterisk's {@code ast_stopstream} / {@code ast_playtones_stop}). Idempotent. */
    @Override
    public void close() {
        finish();
    }

    private void finish() {
        registration.close();
        done.complete(null);
    }
}
