package org.strowger.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Places calls one after another on a fixed set of worker threads (the "PBX threads" of the setup
 * benchmarks): each worker takes the next call number and runs the whole call on its thread. The pool
 * lives as long as the churn, so the harness itself adds no threads from batch to batch.
 */
final class CallChurn implements AutoCloseable {

    /** One complete call: set up, (briefly) carry media, tear down. */
    @FunctionalInterface
    interface CallFlow {
        void call(int number) throws Exception;
    }

    private final CallFlow flow;
    private final int workers;
    private final ExecutorService pool;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();
    private int nextNumber;

    CallChurn(CallFlow flow, int workers) {
        this.flow = flow;
        this.workers = workers;
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor threads = (ThreadPoolExecutor) Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "bench-pbx-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        // Started now, so that a soak's first sample already counts them.
        threads.prestartAllCoreThreads();
        this.pool = threads;
    }

    /**
     * Runs this many calls and returns when all have ended.
     *
     * @return the wall time it took, in nanoseconds
     */
    long run(int calls) throws Exception {
        int first = nextNumber;
        int end = first + calls;
        nextNumber = end;
        AtomicInteger next = new AtomicInteger(first);
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            running.add(pool.submit(() -> {
                for (int number = next.getAndIncrement(); number < end; number = next.getAndIncrement()) {
                    try {
                        flow.call(number);
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        firstFailure.compareAndSet(null, e);
                    }
                }
            }));
        }
        for (Future<?> worker : running) {
            worker.get();
        }
        return System.nanoTime() - started;
    }

    /** Calls that threw instead of completing. */
    long failures() {
        return failures.get();
    }

    Exception firstFailure() {
        return firstFailure.get();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
