package org.strowger.community.directory.internal;

import java.nio.file.Path;

import org.strowger.community.directory.Directory;

/** The directory on an H2 MVStore file. */
public final class MvStoreDirectory {

    public static Directory open(Path file) {
        throw new UnsupportedOperationException("not yet");
    }
}
