package org.strowger.skype.engine.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.strowger.api.skype.BuddyFacts;

/**
 * The engine's small per-user database (manual 4.3: "a small database of information for users that it
 * logs in", under the spool directory's {@code skype/} folder): for each account its buddy list as last
 * known (so {@code skype show buddies} and {@code SKYPE_BUDDIES} have the list at once after a restart)
 * and the availability the PBX last chose (restored when the account logs in again). One H2 MVStore
 * file, two maps per account.
 */
final class UserDb implements AutoCloseable {

    static final String FILE_NAME = "skype-engine.mv.db";

    /** A cached buddy: its facts and what the list shows about it. */
    record CachedBuddy(BuddyFacts facts, String fullname, String moodText) {
    }

    private final MVStore store;
    private final Path file;

    UserDb(Path directory) throws IOException {
        Files.createDirectories(directory);
        this.file = directory.resolve(FILE_NAME);
        this.store = new MVStore.Builder().fileName(file.toString()).autoCommitBufferSize(64).open();
    }

    Path file() {
        return file;
    }

    private MVMap<String, String> buddyMap(String user) {
        return store.openMap("buddies." + user);
    }

    private MVMap<String, String> settingsMap(String user) {
        return store.openMap("settings." + user);
    }

    List<CachedBuddy> buddies(String user) {
        List<CachedBuddy> buddies = new ArrayList<>();
        for (Map.Entry<String, String> entry : buddyMap(user).entrySet()) {
            decode(entry.getKey(), entry.getValue()).ifPresent(buddies::add);
        }
        return buddies;
    }

    void putBuddy(String user, CachedBuddy buddy) {
        buddyMap(user).put(buddy.facts().name(), encode(buddy));
    }

    void removeBuddy(String user, String name) {
        buddyMap(user).remove(name);
    }

    Optional<String> setting(String user, String key) {
        return Optional.ofNullable(settingsMap(user).get(key));
    }

    void putSetting(String user, String key, String value) {
        settingsMap(user).put(key, value);
    }

    /** Forgets everything about an account. */
    void forget(String user) {
        buddyMap(user).clear();
        settingsMap(user).clear();
    }

    /** Writes what is pending to the file now (it also happens by itself within a second). */
    void commit() {
        store.commit();
    }

    @Override
    public void close() {
        store.close();
    }

    // buddyStatus \t authorized \t blocked \t onlineStatus \t voicemail \t cf \t fullname \t mood;
    // tabs cannot occur in protocol values (control characters are not allowed on the wire)
    private static String encode(CachedBuddy b) {
        BuddyFacts f = b.facts();
        return String.join("\t", Integer.toString(f.buddyStatus()), Boolean.toString(f.authorized()),
                Boolean.toString(f.blocked()), f.onlineStatus() == null ? "" : f.onlineStatus(),
                Boolean.toString(f.voicemail()), Boolean.toString(f.callForwarding()), b.fullname(), b.moodText());
    }

    private static Optional<CachedBuddy> decode(String name, String value) {
        String[] p = value.split("\t", -1);
        if (p.length != 8) {
            return Optional.empty();
        }
        try {
            BuddyFacts facts = new BuddyFacts(name, Integer.parseInt(p[0]), Boolean.parseBoolean(p[1]),
                    Boolean.parseBoolean(p[2]), p[3].isEmpty() ? null : p[3], Boolean.parseBoolean(p[4]),
                    Boolean.parseBoolean(p[5]));
            return Optional.of(new CachedBuddy(facts, p[6], p[7]));
        } catch (IllegalArgumentException e) {
            // an entry from an older layout: the next login fetches the buddy again
            return Optional.empty();
        }
    }
}
