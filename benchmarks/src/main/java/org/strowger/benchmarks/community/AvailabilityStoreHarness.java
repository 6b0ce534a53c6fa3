package org.strowger.benchmarks.community;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.strowger.community.directory.Directories;
import org.strowger.community.directory.Directory;
import org.strowger.community.protocol.Availability;

/**
 * Issue 7: what one availability change costs the directory, and how the store file grows under them.
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.strowger.benchmarks.community.AvailabilityStoreHarness \
 *     [--accounts 10000] [--buddies 100] [--rate 200] [--seconds 150]
 * </pre>
 * Seeds a temporary store as {@link CommunitySeed} does, counts everybody as connected, then calls
 * {@link Directory#setAvailability} {@code --rate} times per second (each account in turn, AWAY then ONLINE on its
 * next turn), printing the store file's size every 15 s and the call's latency percentiles at the end.
 */
public final class AvailabilityStoreHarness {

    private AvailabilityStoreHarness() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = CommunityOptions.parse(args, "accounts", "buddies", "rate", "seconds");
        int accounts = CommunityOptions.integer(o, "accounts", 10_000);
        int buddies = CommunityOptions.integer(o, "buddies", 100);
        int rate = CommunityOptions.integer(o, "rate", 200);
        int seconds = CommunityOptions.integer(o, "seconds", 150);
        Path dir = Files.createTempDirectory("community-store-bench");
        Path file = dir.resolve("community.db");
        Stats latency = new Stats(rate * seconds);
        try (Directory d = Directories.open(file)) {
            CommunitySeed.seed(d, accounts, buddies);
            d.setConnectionState(name -> true);
            long start = System.nanoTime();
            int k = 0;
            for (int s = 0; s <= seconds; s++) {
                long due = start + s * 1_000_000_000L;
                while (System.nanoTime() < due) {
                    Thread.sleep(1);
                }
                for (int j = 0; j < rate; j++, k++) {
                    int i = (int) ((long) k * 7919 % accounts);
                    boolean away = (k / accounts) % 2 == 0;
                    long t0 = System.nanoTime();
                    d.setAvailability(CommunitySeed.name(i), away ? Availability.AWAY : Availability.ONLINE);
                    latency.add(System.nanoTime() - t0);
                }
                if (s % 15 == 0) {
                    System.out.printf(Locale.ROOT, "t=%3d s  changes=%6d  store file %.1f MiB%n", s, k, Files.size(file) / 1048576.0);
                }
            }
        } finally {
            System.out.printf(Locale.ROOT, "after close: store file %.1f MiB%n", Files.size(file) / 1048576.0);
            System.out.println("setAvailability (" + buddies + " watchers, one commit each): " + latency.summary());
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
