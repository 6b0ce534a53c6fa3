package org.strowger.core.internal.event;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Test;
import org.strowger.api.event.EventCategory;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.event.Subscription;

public class EventBusImplTest {

    private final EventBusImpl bus = new EventBusImpl();

    @After
    public void shutdown() {
        bus.shutdown();
    }

    private static PbxEvent event(int n) {
        return PbxEvent.builder("UserEvent", EventCategory.USER).field("UserEvent", "test").field("Seq", n).build();
    }

    @Test
    public void eachSubscriptionGetsEveryEventInPublishingOrder() throws Exception {
        int count = 20_000;
        List<Integer> first = Collections.synchronizedList(new ArrayList<>());
        List<Integer> second = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(2);
        bus.subscribe(e -> {
            first.add(Integer.parseInt(e.get("Seq").orElseThrow()));
            if (first.size() == count) {
                done.countDown();
            }
        }, count);
        bus.subscribe(e -> {
            second.add(Integer.parseInt(e.get("seq").orElseThrow()));
            if (second.size() == count) {
                done.countDown();
            }
        }, count);
        for (int i = 0; i < count; i++) {
            bus.publish(event(i));
        }
        assertTrue("all events delivered", done.await(30, TimeUnit.SECONDS));
        for (int i = 0; i < count; i++) {
            assertEquals(i, (int) first.get(i));
            assertEquals(i, (int) second.get(i));
        }
    }

    @Test
    public void aStalledListenerLosesOnlyItsOwnEventsAndNeverBlocksThePublisher() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch stalled = new CountDownLatch(1);
        Subscription slow = bus.subscribe(e -> {
            stalled.countDown();
            try {
                release.await();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }, 10);
        List<PbxEvent> fast = Collections.synchronizedList(new ArrayList<>());
        Subscription quick = bus.subscribe(fast::add, 100_000);

        bus.publish(event(0));
        assertTrue(stalled.await(10, TimeUnit.SECONDS));
        for (int i = 1; i <= 50_000; i++) {
            bus.publish(event(i));
        }
        // One event is in the stalled listener's hands, ten wait in its queue: the rest are dropped.
        assertEquals(50_000 - 10, slow.dropped());
        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((fast.size() < 50_001 || slow.delivered() < 11) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(50_001, fast.size());
        assertEquals(0, quick.dropped());
        assertEquals(11, slow.delivered());
    }

    @Test
    public void aFailingListenerKeepsReceivingAndClosedSubscriptionsStop() throws Exception {
        List<PbxEvent> seen = Collections.synchronizedList(new ArrayList<>());
        Subscription subscription = bus.subscribe(e -> {
            seen.add(e);
            throw new IllegalStateException("listener bug");
        }, 100);
        bus.publish(event(1));
        bus.publish(event(2));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (seen.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(2, seen.size());
        subscription.close();
        assertEquals(0, bus.subscriptionCount());
        bus.publish(event(3));
        assertEquals(2, seen.size());
    }

    @Test
    public void eventsKeepFieldOrderAndReportTheirClasses() {
        PbxEvent event = PbxEvent.builder("Reload", EventCategory.SYSTEM).field("Module", "All").field("Status", 0)
                .build();
        assertEquals("Module", event.fields().get(0).name());
        assertEquals("0", event.get("status").orElseThrow());
        assertEquals(1, event.categoryMask());
        assertEquals(1 << 30 | 2, EventCategory.mask(List.of(EventCategory.MESSAGE, EventCategory.CALL)));
    }
}
