package org.strowger.benchmarks.generator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.strowger.api.media.MediaClock;

/** A media clock that ticks only when the test says so. */
final class SteppedClock implements MediaClock {

    private final List<Runnable> tasks = new CopyOnWriteArrayList<>();

    @Override
    public Registration schedule(Runnable task) {
        Runnable entry = task::run;
        tasks.add(entry);
        return () -> tasks.remove(entry);
    }

    void tick(int times) {
        for (int i = 0; i < times; i++) {
            tasks.forEach(Runnable::run);
        }
    }

    int tasks() {
        return tasks.size();
    }
}
