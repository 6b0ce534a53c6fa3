package org.strowger.community.directory;

import java.nio.file.Path;

import org.strowger.api.config.ConfigFile;
import org.strowger.community.directory.internal.CommunityConfigReader;
import org.strowger.community.directory.internal.MvStoreDirectory;

/** Where the server gets its directory and configuration from (no OSGi needed: the stand-alone server uses it too). */
public final class Directories {

    private Directories() {
    }

    /**
     * Opens (creating if needed, with its parent directories) the MVStore file, and makes sure echo123 exists.
     *
     * @throws IllegalStateException with the file and the reason when it cannot be opened (locked by another
     *     process, corrupt, not writable)
     */
    public static Directory open(Path storeFile) {
        return MvStoreDirectory.open(storeFile);
    }

    /** Reads and validates community.conf (stand-alone: no ConfigFiles service to ask). */
    public static CommunityConfig readConfig(Path file) throws CommunityConfigException {
        return CommunityConfigReader.read(file);
    }

    /** Validates a community.conf that the PBX's ConfigFiles service has parsed (embedded in Karaf). */
    public static CommunityConfig readConfig(ConfigFile file) throws CommunityConfigException {
        return CommunityConfigReader.read(file);
    }
}
