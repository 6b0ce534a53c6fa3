package org.strowger.api.dialplan;

import org.osgi.annotation.versioning.ConsumerType;
import org.strowger.api.channel.Channel;

/**
 * A dialplan application such as {@code Dial} or {@code Echo}. Register as a service with the
 * property {@value #NAME}; it is usable at once, and gone when the service goes.
 *
 * <p>Applications run on the channel's PBX thread and may block (waiting for an answer, reading
 * frames); they should return soon after {@link Channel#isHungUp()} becomes true.
 */
@ConsumerType
public interface DialplanApplication {

    /** Service property: the name the dialplan uses, e.g. {@code Dial}; matched case-insensitively. */
    String NAME = "name";

    /** What the PBX does after the application returns. */
    enum Result {
        /** Go on with the next priority. */
        CONTINUE,
        /** Stop the dialplan and hang the channel up (Asterisk's -1). */
        HANGUP
    }

    /**
     * Runs the application.
     *
     * @param channel the channel running it
     * @param data the arguments, variables already substituted
     */
    Result execute(Channel channel, String data) throws InterruptedException;

    /** One line for {@code core show applications}. */
    default String synopsis() {
        return "";
    }

    /** The syntax for {@code core show application X}, e.g. {@code Wait(timeout)}. */
    default String syntax() {
        return "";
    }

    /** The description for {@code core show application X}. */
    default String description() {
        return "";
    }
}
