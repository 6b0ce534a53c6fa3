package org.strowger.chantest.internal;

import java.util.ArrayList;
import java.util.List;
import org.strowger.api.media.MediaClock;

/** A media clock that ticks only when the test says so. */
final class FakeMediaClock implements MediaClock {

    private final List<Task> tasks = new ArrayList<>();

    @Override
    public synchronized Registration schedule(Runnable task) {
        Task scheduled = new Task(task);
        tasks.add(scheduled);
        return scheduled;
    }

    /** Runs every scheduled task once, as one 20 ms period would. */
    void tick() {
        List<Task> now;
        synchronized (this) {
            now = List.copyOf(tasks);
        }
        for (Task task : now) {
            if (!task.closed) {
                task.runnable.run();
            }
        }
    }

    void tick(int periods) {
        for (int i = 0; i < periods; i++) {
            tick();
        }
    }

    synchronized int scheduledTasks() {
        return (int) tasks.stream().filter(t -> !t.closed).count();
    }

    private final class Task implements Registration {

        private final Runnable runnable;
        private volatile boolean closed;

        Task(Runnable runnable) {
            this.runnable = runnable;
        }

        @Override
        public void close() {
            closed = true;
            synchronized (FakeMediaClock.this) {
                tasks.remove(this);
            }
        }
    }
}
