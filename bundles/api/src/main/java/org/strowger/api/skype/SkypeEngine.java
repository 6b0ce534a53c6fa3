package org.strowger.api.skype;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The Skype engine, {@code res_skypeforasterisk.so} (manual 2.4, 4.3): keeps the PBX's accounts
 * logged into the Skype community, logs them in again by itself when the community connection
 * breaks, and gives access to each {@link SkypeAccount}. One service; chan_skype decides which
 * accounts exist (its user sections, manual 3.1) and logs them in, the {@code skype login user} and
 * {@code skype logoff user} commands (4.2.1, 4.2.2) use {@link #login(String)} and {@link #logout}.
 *
 * <p>Logging in and out never blocks: the methods start the work and return; watch
 * {@link SkypeAccount#status()} or an {@link AccountListener}.
 */
@ProviderType
public interface SkypeEngine {

    /** The engine's version, for {@code skype show version} (4.2.13). */
    String version();

    /** The {@code [general]} settings read when the engine started ({@code skype show settings}, 4.2.8). */
    EngineSettings settings();

    /**
     * Starts logging an account in, creating it when the engine does not know it yet. An account
     * already logged in or logging in keeps its session; the secret is kept for later logins.
     *
     * @param username the Skype name
     * @param secret the password (chan_skype.conf {@code secret}); held in memory only, never logged
     * @throws SkypeEngineException {@code INVALID_VALUE} for an empty or malformed name or an empty secret
     */
    SkypeAccount login(String username, String secret) throws SkypeEngineException;

    /**
     * Starts logging a known account in again with the secret it was given before.
     *
     * @throws SkypeEngineException {@code NO_SUCH_ACCOUNT} when the engine does not know it
     */
    SkypeAccount login(String username) throws SkypeEngineException;

    /**
     * Starts logging an account out; it stays known (status {@code Logged Out}) and stops reconnecting.
     * Its calls are hung up.
     *
     * @throws SkypeEngineException {@code NO_SUCH_ACCOUNT} when the engine does not know it
     */
    void logout(String username) throws SkypeEngineException;

    /** Logs an account out and forgets it (a user section removed from chan_skype.conf); unknown names are ignored. */
    void remove(String username);

    Optional<SkypeAccount> account(String username);

    /** Every account the engine knows, sorted by name ({@code skype show users}, 4.2.9). */
    List<SkypeAccount> accounts();

    /** Whether engine-wide debug logging is on ({@code skype set debug on}, 4.2.5). */
    boolean isDebug();

    void setDebug(boolean on);

    /** Listens to every account, present and future. */
    Registration addListener(AccountListener listener);
}
