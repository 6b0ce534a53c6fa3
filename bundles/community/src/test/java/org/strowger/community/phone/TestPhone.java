package org.strowger.community.phone;

import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.strowger.community.client.CallLeg;
import org.strowger.community.client.ClientOptions;
import org.strowger.community.client.CommunityClient;
import org.strowger.community.client.MediaMode;
import org.strowger.community.protocol.LoginMode;

/** A softphone ({@link Phone}) driven line by line by a test, its output captured. */
final class TestPhone implements AutoCloseable {

    final CommunityClient client;
    final Phone phone;
    private final BlockingQueue<String> output = new LinkedBlockingQueue<>();

    TestPhone(TestCommunity community, String user, String password, MediaMode media) throws Exception {
        client = CommunityClient.connect(community.address(),
                ClientOptions.defaults().withDefaultMedia(media).withCommandTimeout(Duration.ofSeconds(20)));
        client.login(user, password, LoginMode.DESKTOP).join();
        phone = new Phone(client, new PrintStream(new LineSink(output), true, StandardCharsets.UTF_8));
    }

    /** Runs a command that must succeed; returns the lines it printed (events excluded) before its OK. */
    List<String> ok(String command) throws InterruptedException {
        output.clear();
        boolean success = phone.execute(command);
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = output.poll()) != null) {
            if (!line.startsWith("EVENT ") && !line.startsWith("OK ")) {
                lines.add(line);
            }
        }
        assertTrue("'" + command + "' failed: " + lines, success);
        return lines;
    }

    /** Runs a command that must fail; returns its ERROR line. */
    String fails(String command) {
        output.clear();
        boolean success = phone.execute(command);
        String error = null;
        String line;
        while ((line = output.poll()) != null) {
            if (line.startsWith("ERROR ")) {
                error = line;
            }
        }
        assertTrue("'" + command + "' should have failed", !success);
        return error;
    }

    /** {@code wait <regex> 20}: the matching event. */
    String await(String regex) throws InterruptedException {
        for (String line : ok("wait " + regex + " 20")) {
            if (line.startsWith("MATCHED ")) {
                return line.substring(8);
            }
        }
        throw new AssertionError("no MATCHED line");
    }

    CallLeg currentCall() {
        List<CallLeg> calls = client.calls();
        return calls.isEmpty() ? null : calls.get(calls.size() - 1);
    }

    @Override
    public void close() {
        phone.close();
        client.close();
    }

    /** Splits what the phone prints into lines. */
    private static final class LineSink extends OutputStream {
        private final BlockingQueue<String> lines;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        LineSink(BlockingQueue<String> lines) {
            this.lines = lines;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                lines.add(buffer.toString(StandardCharsets.UTF_8));
                buffer.reset();
            } else {
                buffer.write(b);
            }
        }
    }
}
