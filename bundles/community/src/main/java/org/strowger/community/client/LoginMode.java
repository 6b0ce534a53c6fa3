package org.strowger.community.client;

/** Who logs in: a PBX engine (business accounts only) or a person's client. */
public enum LoginMode {
    PBX,
    DESKTOP
}
