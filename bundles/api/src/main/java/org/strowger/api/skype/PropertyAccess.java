package org.strowger.api.skype;

/**
 * The {@code Type} column of the manual's function tables (3.3): {@code RW} properties may be read and
 * written, {@code RO} properties only read.
 */
public enum PropertyAccess {
    /** Read only. */
    RO,
    /** Read and write. */
    RW
}
