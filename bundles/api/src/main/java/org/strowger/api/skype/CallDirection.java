package org.strowger.api.skype;

/** Which side placed a call leg (manual 3.2: outgoing through {@code Dial(Skype/...)}, incoming to a context). */
public enum CallDirection {
    /** The community offered the call to an engine account. */
    INCOMING,
    /** An engine account placed the call. */
    OUTGOING
}
