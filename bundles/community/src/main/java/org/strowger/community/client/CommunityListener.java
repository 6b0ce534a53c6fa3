package org.strowger.community.client;

/**
 * Notifications of one client. All methods have empty defaults; they are called on the client's event
 * thread, in the order the lines arrived, and should return quickly (blocking delays later events, but
 * waiting for a command's future here is safe: futures complete on the reader thread).
 */
public interface CommunityListener {

    /** {@code USER <name> <property> <value>}: a buddy's presence, profile, buddy status or request. */
    default void onUser(UserEvent event) {
    }

    /** {@code PROFILE <property> <value>}: own profile changed (another session, or PSTN_BALANCE). */
    default void onProfile(String property, String value) {
    }

    /** {@code USERSTATUS <availability>}: own availability (also right after login). */
    default void onUserStatus(String availability) {
    }

    /** {@code CALL <id> <property> <value>} for any call of this session, already applied to its leg. */
    default void onCall(CallLeg leg, String property, String value) {
    }

    /** A call rings here ({@code STATUS RINGING} of an incoming leg); answer or reject it through the leg. */
    default void onIncomingCall(CallLeg leg) {
    }

    /** Every line without {@code #} from the server, relay lines ({@code RTP ...}) excepted, before the typed methods. */
    default void onLine(String line) {
    }

    /**
     * The connection ended; {@code cause} is null when {@link CommunityClient#close()} ended it. Reconnecting is
     * the listener's business (a new {@code CommunityClient}).
     */
    default void onDisconnect(Throwable cause) {
    }
}
