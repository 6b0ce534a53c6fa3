package org.strowger.skype.engine.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;

import org.strowger.api.skype.AccountListener;
import org.strowger.api.skype.EngineSettings;
import org.strowger.skype.engine.internal.link.CommunityLink;

/**
 * What every account shares with the engine. A record so that unit tests build one with a fake
 * community, a test scheduler and short timeouts.
 *
 * @param link how to reach the community
 * @param settings the engine's {@code [general]} settings
 * @param pool runs the accounts' serial work
 * @param scheduler reconnects, keep-alive pings and timeouts
 * @param db the per-user database; {@code null} runs without one
 * @param engineDebug the engine-wide debug toggle
 * @param engineListeners the listeners registered on the engine (every account)
 * @param random jitter for the reconnect backoff
 * @param commandTimeout how long to wait for a community reply
 * @param pingInterval how often to ping an idle session
 */
record EngineContext(CommunityLink link, EngineSettings settings, Executor pool, ScheduledExecutorService scheduler,
        UserDb db, BooleanSupplier engineDebug, List<AccountListener> engineListeners, DoubleSupplier random,
        Duration commandTimeout, Duration pingInterval) {
}
