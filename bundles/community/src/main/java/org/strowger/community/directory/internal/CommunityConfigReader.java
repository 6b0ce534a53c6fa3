package org.strowger.community.directory.internal;

import java.nio.file.Path;

import org.strowger.community.directory.CommunityConfig;
import org.strowger.community.directory.CommunityConfigException;

/** Reads community.conf. */
public final class CommunityConfigReader {

    public static CommunityConfig read(Path file) throws CommunityConfigException {
        throw new UnsupportedOperationException("not yet");
    }
}
