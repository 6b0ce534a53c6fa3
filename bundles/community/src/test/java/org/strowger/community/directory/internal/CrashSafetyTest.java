package org.strowger.community.directory.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.strowger.community.directory.Account;

/**
 * A {@code kill -9} loses nothing that was acknowledged: a child JVM changes the store and acknowledges each
 * change after the directory method returned; it is killed at a random point; the reopened store must hold
 * every acknowledged change. Several rounds on one file, so that a store reopened after a crash is crashed again.
 */
public class CrashSafetyTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void acknowledgedChangesSurviveKill9() throws Exception {
        Path store = folder.getRoot().toPath().resolve("crash/community.db");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int first = 0;
        for (int round = 0; round < 8; round++) {
            int killAfter = 1 + random.nextInt(120);
            boolean idle = random.nextBoolean();
            int lastAck = runAndKill(store, first, killAfter, idle);
            assertTrue("seed " + seed + ": the child acknowledged nothing", lastAck >= 3 * first);
            try (MvStoreDirectory directory = MvStoreDirectory.open(store)) {
                for (int n = 3 * first; n <= lastAck; n++) {
                    int i = n / 3;
                    String name = "crash_user" + i;
                    String context = "seed " + seed + ", round " + round + ", acknowledged change " + n + " of " + lastAck;
                    Account account = directory.account(name).orElseThrow(() -> new AssertionError(context + ": " + name + " lost"));
                    assertEquals(context, "User " + i, account.displayName());
                    if (n % 3 >= 1) {
                        assertEquals(context, i, account.balanceCents());
                    }
                    if (n % 3 == 2) {
                        String buddy = i == first ? "echo123" : "crash_user" + (i - 1);
                        assertTrue(context, directory.buddies(name).contains(buddy));
                        if (i != first) {
                            assertEquals(context, "request " + i, directory.facts(buddy, name).receivedAuthRequest());
                        }
                    }
                }
                // the next round continues after whatever the killed child got to (acknowledged or not)
                int next = first;
                while (directory.exists("crash_user" + next)) {
                    next++;
                }
                first = next;
            }
        }
    }

    /** Runs the child until it acknowledged {@code killAfter} changes, kills it, returns the last change acknowledged. */
    private static int runAndKill(Path store, int first, int killAfter, boolean idle) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                CrashChild.class.getName(), store.toString(), Integer.toString(first)));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int lastAck = 3 * first - 1;
        int acks = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                Writer in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    lastAck = Integer.parseInt(line.substring(4));
                    acks++;
                }
                if (acks == killAfter && idle) {
                    // kill -9 while the child waits right after its acknowledgement: no shutdown hooks, no close
                    child.destroyForcibly();
                    break;
                }
                in.write("GO\n");
                in.flush();
                if (acks == killAfter) {
                    // kill -9 while the next change is under way
                    child.destroyForcibly();
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        assertEquals("the child ended before it was killed", killAfter, acks);
        return lastAck;
    }
}
