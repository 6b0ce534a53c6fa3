package org.strowger.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.osgi.framework.Constants;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelDriver;
import org.strowger.api.channel.OriginateException;
import org.strowger.api.channel.OriginateRequest;
import org.strowger.api.channel.OriginateResult;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.core.internal.config.ConfigFilesImpl;
import org.strowger.core.internal.dialplan.DialplanEngine;
import org.strowger.core.internal.dialplan.app.AnswerApplication;
import org.strowger.core.internal.dialplan.app.DialApplication;
import org.strowger.core.internal.sounds.Sounds;
import org.strowger.core.internal.dialplan.app.HangupApplication;
import org.strowger.core.internal.local.LocalChannelDriver;
import org.strowger.core.internal.originate.DialplanOriginator;

/**
 * The dialplan half of the PBX on top of a {@link BenchPbx}: the real dialplan engine reading
 * {@link #EXTENSIONS_CONF} from a temporary directory, the {@code Answer}, {@code Hangup} and
 * {@code Dial} applications, the {@code Local} channel driver and the Originator, wired as the
 * container would wire them.
 */
public final class BenchDialplan {

    /**
     * {@code 100}: answer and hang up, the smallest complete call. {@code 200}: Dial a {@code Gen}
     * channel, which answers at once and is bridged with the Local channel until the caller hangs up.
     */
    public static final String EXTENSIONS_CONF = """
            [bench]
            exten => 100,1,Answer()
             same => n,Hangup()
            exten => 200,1,Dial(Gen/callee)
             same => n,Hangup()
            """;

    /** Only reached when something is broken: a benchmark call never takes this long. */
    private static final long SAFETY_SECONDS = 30;

    private final BenchPbx pbx;
    private final DialplanEngine dialplan;
    private final DialplanOriginator originator;
    private final AtomicLong serviceIds = new AtomicLong(1000);
    private final LongAdder answeredButReportedHungUp = new LongAdder();

    public BenchDialplan(BenchPbx pbx) throws IOException {
        this.pbx = pbx;
        Path directory = Files.createTempDirectory("strowger-bench");
        Path file = Files.writeString(directory.resolve("extensions.conf"), EXTENSIONS_CONF);
        file.toFile().deleteOnExit();
        directory.toFile().deleteOnExit();
        dialplan = new DialplanEngine(new ConfigFilesImpl(directory), pbx.events());
        pbx.channels().addDriver(new LocalChannelDriver(pbx.channels(), dialplan, pbx.clock()),
                Map.of(ChannelDriver.TECHNOLOGY, "Local"));
        addApplication("Answer", new AnswerApplication());
        addApplication("Hangup", new HangupApplication());
        addApplication("Dial", new DialApplication(pbx.channels(), pbx.channels(), pbx.events(), dialplan,
                new Sounds(List.of()), pbx.clock()));
        originator = new DialplanOriginator(pbx.channels(), dialplan, pbx.events());
    }

    private void addApplication(String name, DialplanApplication application) {
        dialplan.addApplication(application,
                Map.of(DialplanApplication.NAME, name, Constants.SERVICE_ID, serviceIds.incrementAndGet()));
    }

    /**
     * Originates {@code Local/<exten>@bench} with the {@code Hangup} application as its target, as
     * {@code channel originate Local/<exten>@bench application Hangup} does, and returns when the
     * originated channel has hung up: then the call is over but for the far half's last steps.
     *
     * <p>An extension that answers and hangs up at once ({@code 100}) may hang the originated half up
     * before the Originator has read its answer: the core's hangup empties the channel's read queue,
     * answer included, and the Originator reports {@code HANGUP}. Such a call went through all the same;
     * it is counted in {@link #answeredButReportedHungUp()}.
     *
     * @throws IllegalStateException when the call did not go through
     */
    public void call(String exten) throws OriginateException, InterruptedException, ExecutionException, TimeoutException {
        OriginateResult result = originator.originate(OriginateRequest.toApplication("Local/" + exten + "@bench", "Hangup", ""))
                .toCompletableFuture().get(SAFETY_SECONDS, TimeUnit.SECONDS);
        if (!result.success()) {
            if (result.reason() == OriginateResult.HANGUP && !result.channel().isEmpty()) {
                answeredButReportedHungUp.increment();
                return;
            }
            throw new IllegalStateException("originate failed: " + result);
        }
        Channel originated = pbx.channels().findByUniqueId(result.uniqueId()).orElse(null);
        if (originated != null) {
            originated.hungUp().toCompletableFuture().get(SAFETY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Calls whose originated half hung up before the Originator saw it answer (see {@link #call}). */
    public long answeredButReportedHungUp() {
        return answeredButReportedHungUp.sum();
    }

}
