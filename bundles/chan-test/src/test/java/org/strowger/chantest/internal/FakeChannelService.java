package org.strowger.chantest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelLink;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.channel.NewChannel;
import org.strowger.api.channel.TechChannel;
import org.strowger.api.media.Format;

/** Creates fake channels as the core would name them, and remembers their links. */
final class FakeChannelService implements ChannelService {

    private final List<FakeLink> links = new ArrayList<>();
    private final List<NewChannel> specs = new ArrayList<>();
    private int sequence;

    @Override
    public synchronized ChannelLink newChannel(NewChannel spec, Function<ChannelLink, TechChannel> tech) {
        String name = spec.name() != null ? spec.name()
                : spec.technology() + "/" + spec.resource() + "-" + String.format("%08x", nextSequence());
        FakeChannel channel = new FakeChannel(name, spec);
        FakeLink link = new FakeLink(channel);
        link.attach(tech.apply(link));
        links.add(link);
        specs.add(spec);
        return link;
    }

    synchronized FakeLink link(Channel channel) {
        return links.stream().filter(l -> l.channel() == channel).findFirst().orElseThrow();
    }

    synchronized NewChannel spec(Channel channel) {
        return specs.get(links.indexOf(link(channel)));
    }

    @Override
    public synchronized int nextSequence() {
        return ++sequence;
    }

    @Override
    public Channel request(String dialString, Set<Format> formats, Channel requestor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Channel> find(String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Channel> findByUniqueId(String uniqueId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Channel> channels() {
        throw new UnsupportedOperationException();
    }

    @Override
    public int activeCalls() {
        throw new UnsupportedOperationException();
    }

    @Override
    public long processedCalls() {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<String> technologies() {
        throw new UnsupportedOperationException();
    }
}
