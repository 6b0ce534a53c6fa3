/**
 * A Java client of the community protocol (docs/community-protocol.md): {@link
 * org.strowger.community.client.CommunityClient} connects, logs in by challenge-response, sends commands
 * whose replies arrive as {@code CompletableFuture}s, reports notifications to listeners, and places and
 * receives {@link org.strowger.community.client.CallLeg}s with their RTP media over UDP or relayed through the
 * connection. Used by the command-line softphone and by the Skype engine.
 *
 * <p>Threads: one reader thread per client completes futures and applies state; listeners are called on one
 * event thread per client, in the order the lines arrived. Futures complete on the reader thread: do not block
 * in a dependent stage (use the {@code ...Async} variants or {@code join()} from your own thread).
 */
@Export
@Version("1.0.0")
package org.strowger.community.client;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
