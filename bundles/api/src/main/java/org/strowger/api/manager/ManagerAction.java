package org.strowger.api.manager;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One AMI action such as {@code Ping} or {@code SkypeBuddies} (Asterisk's ast_manager_register).
 * Register it as a service with the property {@value #ACTION}; the manager offers it at once and
 * forgets it when the service goes.
 *
 * <p>Before the action runs, the manager has checked that the session is logged in and may use
 * it: an action whose {@value #PRIVILEGE} property is empty is open to every logged-in session,
 * otherwise the session's write mask must hold at least one of the listed classes.
 */
@ConsumerType
public interface ManagerAction {

    /** Service property: the action name, e.g. {@code CoreShowChannels}; matched case-insensitively. */
    String ACTION = "action";

    /**
     * Service property: the classes a session needs to write to run the action, as a comma
     * separated list of {@link org.strowger.api.event.EventCategory} labels ({@code system,call});
     * empty or absent means none (Asterisk's authority 0: {@code Ping}, {@code Events}).
     */
    String PRIVILEGE = "privilege";

    /**
     * Runs the action on the session's own thread; it may block (a synchronous Originate waits for
     * the answer), which holds up this session only. Expected failures are
     * {@link ManagerResponse#error(String) error responses} with Asterisk's text, never exceptions.
     */
    ManagerResponse handle(ManagerRequest request, ManagerSession session);

    /** The one-line description that {@code ListCommands} prints, e.g. {@code Keepalive command.} */
    default String synopsis() {
        return "";
    }
}
