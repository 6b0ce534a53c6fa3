package org.strowger.api.manager;

import java.net.InetSocketAddress;
import java.util.regex.PatternSyntaxException;

import org.osgi.annotation.versioning.ProviderType;
import org.strowger.api.event.PbxEvent;

/**
 * One manager connection. Masks are Asterisk's bit masks of
 * {@link org.strowger.api.event.EventCategory#bit() class bits}; {@code all} is
 * {@link Integer#MAX_VALUE}.
 */
@ProviderType
public interface ManagerSession {

    /** The logged-in user's name as manager.conf spells it; {@code ""} before login. */
    String username();

    boolean authenticated();

    /** The classes of events the user may read ({@code read=} in manager.conf). */
    int readMask();

    /** The classes of actions the user may run ({@code write=} in manager.conf). */
    int writeMask();

    /** The classes of events the session currently receives: within {@link #readMask()}. */
    int eventMask();

    /**
     * Sets the classes of events the session receives to {@code readMask() & mask} (Asterisk's
     * set_eventmask); the {@code Events} action and the {@code Events} header of {@code Login}.
     */
    void setEventMask(int mask);

    /**
     * Adds an event filter: a regular expression matched against the whole event text; a leading
     * {@code !} makes it an exclude ({@code Filter} action, {@code eventfilter=} in manager.conf).
     *
     * @throws PatternSyntaxException if the expression does not compile
     */
    void addEventFilter(String filter);

    /**
     * The session's MD5 login challenge: a decimal random number, made on the first call and the
     * same for the rest of the session ({@code Challenge} action).
     */
    String challenge();

    InetSocketAddress remoteAddress();

    /**
     * Queues an event for this session alone, as a broadcast event is written ({@code Event},
     * {@code Privilege}, fields), whatever its event mask and filters say. Never blocks: if the
     * session's queue is full the event is dropped and counted.
     */
    void send(PbxEvent event);
}
