/**
 * Media for the community: RTP packets and UDP sessions (RFC 3550) with per-source loss and jitter
 * statistics (RFC 3550 A.1, A.3, A.8), RFC 4733 telephone-events for DTMF, the payload types the
 * community negotiates (0 PCMU, 8 PCMA, 18 G729, 101 telephone-event), the {@code RTP <callId> <base64>}
 * line that carries RTP over a TCP connection, G.711 helpers, WAV files and a tone generator.
 * Shared by the server (relay, echo123, simulated PSTN), the client library and the softphone.
 */
@Export
@Version("1.0.0")
package org.strowger.community.media;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
