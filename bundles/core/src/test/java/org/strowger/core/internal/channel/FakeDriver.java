package org.strowger.core.internal.channel;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelDriver;
import org.strowger.api.channel.ChannelLink;
import org.strowger.api.channel.ChannelRequestException;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.channel.NewChannel;
import org.strowger.api.channel.TechChannel;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.DtmfFrame;
import org.strowger.api.media.Format;
import org.strowger.api.media.VoiceFrame;

/**
 * A channel technology for tests: resources name the channel's one native format
 * ({@code Fake/alice:alaw}, ulaw when none is given); every call into the driver is journalled, and
 * the test plays the far end through {@link #link}.
 */
public final class FakeDriver implements ChannelDriver {

    private final String technology;
    private final ChannelService channels;
    /** Everything the core asked of the driver, e.g. {@code call Fake/alice-00000001 alice}. */
    public final List<String> journal = new CopyOnWriteArrayList<>();
    /** The voice frames written to each channel, in order. */
    public final List<Written> written = new CopyOnWriteArrayList<>();
    public final List<FakeTech> techs = new CopyOnWriteArrayList<>();
    /** When set, the next request fails with this exception. */
    public RuntimeException failNextRequest;
    /** Whether indicate(HOLD) is handled by the "network" (no local MOH). */
    public boolean handlesHold;

    public FakeDriver(String technology, ChannelService channels) {
        this.technology = technology;
        this.channels = channels;
    }

    public record Written(String channel, VoiceFrame frame) {
    }

    @Override
    public String description() {
        return "Fake driver for tests";
    }

    @Override
    public Channel request(String resource, Set<Format> formats, Channel requestor) throws ChannelRequestException {
        if (failNextRequest != null) {
            RuntimeException failure = failNextRequest;
            failNextRequest = null;
            throw failure;
        }
        if (resource.startsWith("busy")) {
            throw new ChannelRequestException(HangupCause.USER_BUSY, resource + " is busy");
        }
        String[] parts = resource.split(":");
        Format format = parts.length > 1 ? Format.byName(parts[1]).orElseThrow() : Format.ULAW;
        return channels.newChannel(NewChannel.builder(technology, parts[0]).format(format).requestor(requestor).build(),
                FakeTech::new).channel();
    }

    /** The link of the channel with this name. */
    public ChannelLink link(Channel channel) {
        return techs.stream().filter(t -> t.link.channel() == channel).findFirst().orElseThrow().link;
    }

    public List<VoiceFrame> writtenTo(Channel channel) {
        return written.stream().filter(w -> w.channel().equals(channel.name())).map(Written::frame).toList();
    }

    /** The driver's side of one channel. */
    public final class FakeTech implements TechChannel {

        final ChannelLink link;

        FakeTech(ChannelLink link) {
            this.link = link;
            techs.add(this);
        }

        private String name() {
            return link.channel().name();
        }

        @Override
        public void call(String address, Duration timeout) {
            journal.add("call " + name() + " " + address);
            if (address.startsWith("broken")) {
                throw new IllegalStateException("the network is gone");
            }
        }

        @Override
        public void answer() {
            journal.add("answer " + name());
        }

        @Override
        public void hangup(int cause) {
            journal.add("hangup " + name() + " " + cause);
        }

        @Override
        public void write(VoiceFrame frame) {
            written.add(new Written(name(), frame));
        }

        @Override
        public void sendDtmf(DtmfFrame digit) {
            journal.add("dtmf " + name() + " " + digit.digit() + (digit.end() ? " end" : " begin"));
        }

        @Override
        public boolean indicate(ControlFrame.Control control, String data) {
            journal.add("indicate " + name() + " " + control);
            return handlesHold;
        }

        @Override
        public Optional<String> readItem(String item) {
            return item.equals("fake_item") ? Optional.of("fake value of " + name()) : Optional.empty();
        }
    }
}
