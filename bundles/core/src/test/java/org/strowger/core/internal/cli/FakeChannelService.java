package org.strowger.core.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelLink;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.channel.NewChannel;
import org.strowger.api.channel.TechChannel;
import org.strowger.api.media.Format;

/** A channel service over a fixed list; hung-up channels leave it, as live ones do. */
class FakeChannelService implements ChannelService {

    final List<FakeChannel> live = new ArrayList<>();
    int activeCalls;
    long processedCalls;

    FakeChannelService(FakeChannel... channels) {
        live.addAll(List.of(channels));
    }

    @Override
    public Channel request(String dialString, Set<Format> formats, Channel requestor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChannelLink newChannel(NewChannel spec, Function<ChannelLink, TechChannel> tech) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int nextSequence() {
        return 1;
    }

    @Override
    public Optional<Channel> find(String name) {
        return live.stream().filter(c -> !c.isHungUp())
                .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .map(Channel.class::cast).findFirst();
    }

    @Override
    public Optional<Channel> findByUniqueId(String uniqueId) {
        return live.stream().filter(c -> c.uniqueId().equals(uniqueId)).map(Channel.class::cast).findFirst();
    }

    // A live view on purpose: commands that hang up while walking it must copy it first.
    @Override
    public List<Channel> channels() {
        return new LiveView();
    }

    private final class LiveView extends java.util.AbstractList<Channel> {
        @Override
        public Channel get(int index) {
            return live.stream().filter(c -> !c.isHungUp()).toList().get(index);
        }

        @Override
        public int size() {
            return (int) live.stream().filter(c -> !c.isHungUp()).count();
        }
    }

    @Override
    public int activeCalls() {
        return activeCalls;
    }

    @Override
    public long processedCalls() {
        return processedCalls;
    }

    @Override
    public List<String> technologies() {
        return List.of("Local", "Skype");
    }
}
