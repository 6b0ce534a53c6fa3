package org.strowger.skype.engine.internal;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

/** The design: 1 s doubling to 30 s, with jitter. */
public class BackoffTest {

    @Test
    public void delaysDoubleFromOneSecondToThirtyWithoutJitterAtTheMiddle() {
        Backoff backoff = new Backoff(() -> 0.5);
        List<Long> seconds = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            seconds.add(backoff.next().toMillis());
        }
        assertEquals(List.of(1000L, 2000L, 4000L, 8000L, 16000L, 30000L, 30000L, 30000L), seconds);
        backoff.reset();
        assertEquals(Duration.ofSeconds(1), backoff.next());
    }

    @Test
    public void jitterSpreadsEachDelayByATwentiethPartEitherWayButNeverBeyondThirtySeconds() {
        assertEquals(800, new Backoff(() -> 0.0).next().toMillis());
        assertEquals(1200, new Backoff(() -> 1.0).next().toMillis());
        Backoff high = new Backoff(() -> 1.0);
        Duration last = Duration.ZERO;
        for (int i = 0; i < 10; i++) {
            last = high.next();
        }
        assertEquals(Duration.ofSeconds(30), last);
    }
}
