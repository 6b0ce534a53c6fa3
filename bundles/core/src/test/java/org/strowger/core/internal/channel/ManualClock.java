package org.strowger.core.internal.channel;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.strowger.api.media.MediaClock;

/** A media clock that ticks only when the test says so. */
public final class ManualClock implements MediaClock {

    private final List<Runnable> tasks = new CopyOnWriteArrayList<>();

    @Override
    public Registration schedule(Runnable task) {
        tasks.add(task);
        return () -> tasks.remove(task);
    }

    public void tick() {
        tasks.forEach(Runnable::run);
    }

    public int scheduled() {
        return tasks.size();
    }
}
