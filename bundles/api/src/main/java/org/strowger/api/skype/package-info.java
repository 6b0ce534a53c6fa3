/**
 * The Skype engine (Asterisk's {@code res_skypeforasterisk.so}, manual sections 1, 2.4 and 4.3): the
 * service through which the Skype modules log the PBX's accounts into the Skype community and use
 * them. {@link org.strowger.api.skype.SkypeEngine} is the entry point; a
 * {@link org.strowger.api.skype.SkypeAccount} is one logged-in (or logging-in) user with its
 * availability, profile (manual 3.3.3), buddy list with the buddy statuses of manual 4.1.2,
 * authorisation requests and call legs ({@link org.strowger.api.skype.CallLeg}, manual 3.2 and 3.3.2)
 * whose media are the core's {@link org.strowger.api.media.VoiceFrame}s.
 *
 * <p>Everything the later Skype modules need is here, and only here: {@code chan_skype} (the
 * {@code Skype} channel technology, {@code CHANNEL(skype_*)}, {@code SKYPE_CALL_PROPERTY},
 * {@code SKYPE_ACCOUNT_PROPERTY}, {@code SKYPE_BUDDIES}/{@code SKYPE_BUDDY_FETCH}, auth_policy, the
 * {@code skype} CLI), the {@code Skype:} presence provider for hints (manual 3.4), the AMI actions and
 * events (manual 3.5, 4.1) and licensing. The engine enforces no licence: it asks for no permit, so
 * the channel driver takes a Skype channel permit before {@link org.strowger.api.skype.SkypeAccount#call}
 * and before answering an incoming leg, and rejects the leg when none is free.
 *
 * <p>Strings that users type or read (statuses, availabilities, property names) are the manual's,
 * exactly; the enums parse them back case-insensitively.
 */
@Export
@Version("1.0.0")
package org.strowger.api.skype;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
