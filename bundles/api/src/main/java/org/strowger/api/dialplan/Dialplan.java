package org.strowger.api.dialplan;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.strowger.api.channel.Channel;

/** The core's dialplan ({@code extensions.conf}) and the PBX that runs channels through it. */
@ProviderType
public interface Dialplan {

    /**
     * Whether {@code exten@context} has this priority (Asterisk's {@code ast_exists_extension}).
     *
     * @param callerId the caller's number, for extensions that match on caller ID; may be empty
     */
    boolean exists(String context, String exten, int priority, String callerId);

    /** Whether an application of this name is registered. */
    boolean hasApplication(String name);

    /**
     * Substitutes {@code ${...}} variables, functions and {@code $[...]} expressions in a text, as the
     * dialplan does for an application's arguments (AMI {@code Getvar} with a function, {@code EVAL}).
     *
     * @param channel the channel whose variables are used, or {@code null} for globals only
     */
    String substitute(Channel channel, String text);

    /** A global variable ({@code [globals]} or {@code Set(GLOBAL(x)=...)}). */
    Optional<String> globalVariable(String name);

    /** Sets (or with {@code null}, removes) a global variable. */
    void setGlobalVariable(String name, String value);

    /**
     * The hint of {@code exten@context} ({@code exten => 100,hint,Dev1&Dev2,Presence:x}).
     *
     * @return the hint's text after {@code hint,}, empty if the extension has no hint
     */
    Optional<String> hint(String context, String exten);

    /**
     * The dialplan as Asterisk's manager lists it ({@code manager_show_dialplan_helper}).
     *
     * @param context only this context (exact, case-sensitive name), or {@code null}/empty for all
     * @param exten only extensions that match this number, searched through the includes of the
     *     listed contexts (includes themselves are then not listed); {@code null}/empty for all
     * @since 1.1
     */
    DialplanListing listing(String context, String exten);

    /**
     * Starts the PBX on the channel at its current context, extension and priority, on a PBX thread
     * of its own (Asterisk's {@code ast_pbx_start}). The channel is hung up when the dialplan ends.
     */
    void start(Channel channel);

    /**
     * Runs one application on the channel on a PBX thread, then hangs the channel up (an originate
     * to an application).
     */
    void startApplication(Channel channel, String application, String data);
}
