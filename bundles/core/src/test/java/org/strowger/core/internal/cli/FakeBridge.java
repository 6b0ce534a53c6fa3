package org.strowger.core.internal.cli;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.strowger.api.channel.Bridge;
import org.strowger.api.channel.Channel;

/** A bridge that only has an id and its channels. */
final class FakeBridge implements Bridge {

    private final String id;
    private final List<Channel> channels;

    FakeBridge(String id, FakeChannel... channels) {
        this.id = id;
        this.channels = List.of(channels);
        for (FakeChannel channel : channels) {
            channel.bridge = this;
        }
    }

    @Override public String id() { return id; }
    @Override public List<Channel> channels() { return channels; }
    @Override public boolean isNative() { return true; }
    @Override public void holdAudioTo(Channel channel, boolean held) { }
    @Override public void dissolve() { }
    @Override public CompletionStage<Void> ended() { return new CompletableFuture<>(); }
}
