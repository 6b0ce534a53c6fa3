/**
 * The community line protocol shared by the server and every client: the line grammar and its limits
 * ({@link org.strowger.community.protocol.Line}), the tokens of commands, notifications, statuses and
 * error codes, and the SCRAM-SHA-256 computations of the login. The protocol itself is described in
 * {@code docs/community-protocol.md}.
 */
@Export
@Version("1.0.0")
package org.strowger.community.protocol;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
