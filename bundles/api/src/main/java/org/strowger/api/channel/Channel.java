package org.strowger.api.channel;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.osgi.annotation.versioning.ProviderType;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.Format;
import org.strowger.api.media.Frame;

/**
 * One leg of a call: Asterisk's {@code ast_channel}. Named {@code Tech/resource-<seq>}; its
 * {@code uniqueid} never repeats and its {@code linkedid} is the uniqueid of the oldest channel of
 * the call. Thread-safe. A channel that has hung up keeps answering its getters; its actions do
 * nothing.
 */
@ProviderType
public interface Channel {

    /** The name, e.g. {@code Skype/alice-00000001} or {@code Local/100@default-00000002;1}. */
    String name();

    /** The technology, e.g. {@code Skype}. */
    String technology();

    String uniqueId();

    String linkedId();

    Instant created();

    ChannelState state();

    CallerId callerId();

    void setCallerId(CallerId callerId);

    /** Who this channel is connected to, when known. */
    CallerId connectedLine();

    void setConnectedLine(CallerId connectedLine);

    String context();

    String exten();

    int priority();

    /** Moves the channel's dialplan position (Asterisk's {@code ast_explicit_goto}). */
    void setDialplanLocation(String context, String exten, int priority);

    /** The application the channel is running, empty if none. */
    String application();

    /** The data of {@link #application()}. */
    String applicationData();

    void setApplication(String application, String data);

    String language();

    void setLanguage(String language);

    /** The music-on-hold class, {@code default} unless set. */
    String musicClass();

    void setMusicClass(String musicClass);

    String accountCode();

    void setAccountCode(String accountCode);

    /**
     * A channel variable. Names are case-sensitive as in Asterisk; a variable set as {@code _X} or
     * {@code __X} is read as {@code X}.
     */
    Optional<String> variable(String name);

    /**
     * Sets (or with {@code null}, removes) a channel variable and publishes {@code VarSet}. A leading
     * {@code _} makes it inherited by channels this one creates, one level; {@code __} for every
     * level.
     */
    void setVariable(String name, String value);

    /** The variables in the order they were first set, names without inheritance prefixes. */
    Map<String, String> variables();

    /** The formats the technology can carry without translation. */
    Set<Format> nativeFormats();

    /** The format frames arrive in from this channel. */
    Format readFormat();

    /** The format this channel is written in; other voice formats are translated on write. */
    Format writeFormat();

    /** The bridge the channel is in, if any. */
    Optional<Bridge> bridge();

    /** Answers the channel if it is not Up. */
    void answer();

    /**
     * Starts an outgoing call on a channel created by {@link ChannelService#request}. Progress
     * arrives as control frames; the channel hangs up with {@code NO_ANSWER} after the timeout.
     *
     * @param timeoutMillis how long to wait for an answer; 0 or less waits forever
     */
    void call(long timeoutMillis);

    /** Signals progress or hold to the far end; on {@code HOLD} plays music on hold if the driver does not. */
    void indicate(ControlFrame.Control control, String data);

    /** Sends a frame to the far end (voice is translated into {@link #writeFormat()}). */
    void write(Frame frame);

    /** Hands the far end to another destination; {@code false} if the technology cannot. */
    boolean transfer(String destination);

    /**
     * Reads the next frame from the far end while the channel is not bridged, as a dialplan
     * application does. A {@code HangupFrame} is returned once the channel has hung up.
     *
     * @return the frame, or {@code null} when none arrived in time
     */
    Frame read(long timeout, TimeUnit unit) throws InterruptedException;

    /**
     * Hangs the channel up at once from any thread (AMI {@code Hangup}, {@code channel request
     * hangup}, a dialplan that ends): the driver releases it, {@code Hangup} is published, its bridge
     * ends and whatever runs it sees {@link #isHungUp()} and a {@code HangupFrame} from
     * {@link #read}. Idempotent: the first cause counts.
     */
    void hangup(int cause);

    boolean isHungUp();

    /** The Q.850 cause, 0 while the channel is up. */
    int hangupCause();

    /** Completes with the hangup cause when the channel has hung up. */
    CompletionStage<Integer> hungUp();

    /** A {@code CHANNEL(item)} read answered by the technology, e.g. {@code skype_language}. */
    Optional<String> technologyItem(String item);

    /**
     * A {@code Set(CHANNEL(item)=value)} the technology handles, e.g. {@code skype_token}.
     *
     * @return {@code false} if the technology has no such writable item
     */
    boolean setTechnologyItem(String item, String value);
}
