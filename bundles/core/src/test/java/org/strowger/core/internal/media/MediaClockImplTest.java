package org.strowger.core.internal.media;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.After;
import org.junit.Test;
import org.strowger.api.media.MediaClock;

/** The media scheduler, on real threads; the tests wait for ticks, they never time them. */
public class MediaClockImplTest {

    private final MediaClockImpl clock = new MediaClockImpl(2);

    @After
    public void tearDown() {
        clock.close();
    }

    @Test
    public void runsATaskOnEveryTickUntilItsRegistrationCloses() throws Exception {
        CountDownLatch threeTicks = new CountDownLatch(3);
        AtomicInteger runs = new AtomicInteger();
        MediaClock.Registration registration = clock.schedule(() -> {
            runs.incrementAndGet();
            threeTicks.countDown();
        });
        assertTrue(threeTicks.await(10, TimeUnit.SECONDS));

        registration.close();
        awaitTicks(2); // a run that had started before close() has finished by now
        int afterClose = runs.get();
        awaitTicks(3);

        assertEquals(afterClose, runs.get());
        assertEquals(0, clock.statistics().tasks());
    }

    @Test
    public void aTaskThatThrowsKeepsItsPlaceAndIsCounted() throws Exception {
        // The third run starts only after the second one's failure was counted: runs of a task are sequential.
        CountDownLatch threeRuns = new CountDownLatch(3);
        clock.schedule(() -> {
            threeRuns.countDown();
            throw new IllegalStateException("broken generator");
        });
        assertTrue(threeRuns.await(10, TimeUnit.SECONDS));

        assertTrue(clock.statistics().failures() >= 2);
        assertEquals(1, clock.statistics().tasks());
    }

    @Test
    public void spreadsTasksOverItsThreads() {
        for (int i = 0; i < 10; i++) {
            clock.schedule(() -> { });
        }
        MediaClockImpl.Statistics statistics = clock.statistics();
        assertEquals(2, statistics.threads());
        assertEquals(10, statistics.tasks());
    }

    private void awaitTicks(int ticks) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(ticks);
        MediaClock.Registration probe = clock.schedule(latch::countDown);
        assertTrue(latch.await(10, TimeUnit.SECONDS));
        probe.close();
    }
}
