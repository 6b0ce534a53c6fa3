package org.strowger.chantest;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.strowger.api.channel.CallerId;
import org.strowger.api.channel.Channel;
import org.strowger.api.media.Format;

/**
 * TEST ONLY: the {@code Test} channel technology's handle for tests and benchmarks. Outgoing
 * {@code Test} channels come from the core ({@code Dial(Test/bob/answer=200/tone=1000)},
 * Originate); this service creates incoming ones and finds the probe of either kind.
 *
 * <p>Probes of hung-up channels stay available for a while (the newest ones, as many as the
 * component's {@code retainedHungUpProbes} says), so a test can inspect a call after it ended.
 */
@ProviderType
public interface TestChannels {

    /** The technology name, as dialled. */
    String TECHNOLOGY_NAME = "Test";

    /**
     * Creates an incoming call from a {@code Test} far end, in state {@code Ring}, named
     * {@code Test/<name>-<seq>}. Starting the dialplan at {@code context,exten} is the caller's job.
     *
     * @param name the caller's name, optionally followed by the options that make sense for an
     *     incoming call ({@code alice/echo/tone=1000/dtmf=123/hangup=5000}); they take effect when the
     *     core answers
     * @param format the channel's native format
     * @param context where the dialplan starts
     * @param exten the extension it starts at
     * @param callerId the caller ID, or {@code null} for none
     * @throws IllegalArgumentException if the name is malformed, an option is unknown, makes no
     *     sense for an incoming call ({@code answer}, {@code ring}, {@code busy}, {@code congestion}),
     *     names another format than {@code format}, or asks for a tone in {@code g729}
     */
    Channel incoming(String name, Format format, String context, String exten, CallerId callerId);

    /**
     * The probe of a {@code Test} channel.
     *
     * @throws NoSuchElementException if the channel is not a {@code Test} channel of this driver, or
     *     hung up so long ago that its probe was dropped
     */
    ChannelProbe probe(Channel channel);

    /**
     * The probe of the {@code Test} channel with this name (any case).
     *
     * @throws NoSuchElementException as {@link #probe(Channel)}
     */
    ChannelProbe probe(String channelName);

    /** The probe of the channel with this name (any case), if there is one: for tests that wait. */
    Optional<ChannelProbe> find(String channelName);

    /** The probes of the live channels, oldest first, then of the retained hung-up ones, oldest first. */
    List<ChannelProbe> probes();
}
