package org.strowger.core.internal.dialplan;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelDriver;
import org.strowger.api.channel.ChannelLink;
import org.strowger.api.channel.ChannelRequestException;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.channel.NewChannel;
import org.strowger.api.channel.TechChannel;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.DtmfFrame;
import org.strowger.api.media.Format;
import org.strowger.api.media.Frame;
import org.strowger.api.media.VoiceFrame;

/**
 * Phones for tests, technology {@code Fake}: the test plays the far end. A request for a resource
 * starting with {@code busy} is refused as busy; when a channel is called, the behaviour the test set
 * for its resource runs ({@link #whenCalled}), e.g. answer at once. Everything the core asks of a
 * phone is journalled ({@code call Fake/bob-00000002}, {@code indicate Fake/alice-00000001 RINGING}).
 */
public final class FakePhones implements ChannelDriver {

    public static final String TECHNOLOGY = "Fake";

    private final ChannelService channels;
    public final List<String> journal = new CopyOnWriteArrayList<>();
    private final Map<String, ChannelLink> links = new ConcurrentHashMap<>();
    private final Map<String, List<Frame>> written = new ConcurrentHashMap<>();
    private final Map<String, Consumer<ChannelLink>> onCall = new ConcurrentHashMap<>();

    public FakePhones(ChannelService channels) {
        this.channels = channels;
    }

    /** What the far end of {@code resource} does when it is called. */
    public void whenCalled(String resource, Consumer<ChannelLink> behaviour) {
        onCall.put(resource, behaviour);
    }

    /** A call coming in from {@code resource} to {@code exten@context}, not yet in the dialplan. */
    public Channel incoming(String resource, String context, String exten) {
        return channels.newChannel(NewChannel.builder(TECHNOLOGY, resource)
                .format(Format.ULAW)
                .state(ChannelState.RING)
                .dialplan(context, exten)
                .build(), link -> new Phone(link, resource)).channel();
    }

    public ChannelLink link(Channel channel) {
        return links.get(channel.name());
    }

    /** What was sent to this phone (audio and DTMF), in order. */
    public List<Frame> writtenTo(Channel channel) {
        return written.getOrDefault(channel.name(), List.of());
    }

    @Override
    public String description() {
        return "Fake phones for tests";
    }

    @Override
    public Channel request(String resource, Set<Format> formats, Channel requestor) throws ChannelRequestException {
        if (resource.startsWith("busy")) {
            throw new ChannelRequestException(HangupCause.USER_BUSY, resource + " is busy");
        }
        return channels.newChannel(NewChannel.builder(TECHNOLOGY, resource).format(Format.ULAW).requestor(requestor)
                .build(), link -> new Phone(link, resource)).channel();
    }

    private final class Phone implements TechChannel {

        private final ChannelLink link;
        private final String resource;

        Phone(ChannelLink link, String resource) {
            this.link = link;
            this.resource = resource;
            links.put(link.channel().name(), link);
        }

        private String name() {
            return link.channel().name();
        }

        /** CHANNEL(fake_token), written and read back, as chan-skype's skype_token. */
        private volatile String token;

        /** CHANNEL(fake_resource): a technology item, as chan-skype answers skype_* items. */
        @Override
        public Optional<String> readItem(String item) {
            return switch (item) {
                case "fake_resource" -> Optional.of(resource);
                case "fake_token" -> Optional.ofNullable(token);
                default -> Optional.empty();
            };
        }

        @Override
        public boolean writeItem(String item, String value) {
            if (!item.equals("fake_token")) {
                return false;
            }
            token = value;
            return true;
        }

        @Override
        public void call(String address, Duration timeout) {
            journal.add("call " + name());
            Consumer<ChannelLink> behaviour = onCall.get(resource);
            if (behaviour != null) {
                behaviour.accept(link);
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
            written.computeIfAbsent(name(), key -> new CopyOnWriteArrayList<>()).add(frame);
        }

        @Override
        public void sendDtmf(DtmfFrame digit) {
            written.computeIfAbsent(name(), key -> new CopyOnWriteArrayList<>()).add(digit);
        }

        @Override
        public boolean indicate(ControlFrame.Control control, String data) {
            journal.add("indicate " + name() + " " + control + (data.isEmpty() ? "" : " " + data));
            return true;
        }
    }

    /** Far-end behaviours for {@link #whenCalled}. */
    public static Consumer<ChannelLink> answers() {
        return link -> link.queue(ControlFrame.of(ControlFrame.Control.ANSWER));
    }

    public static Consumer<ChannelLink> signals(ControlFrame.Control control) {
        return link -> link.queue(ControlFrame.of(control));
    }
}
