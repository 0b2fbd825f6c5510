package nl.samenspel.platform;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The threads of one part of the local run (a service, the web console, the token issuer). The part's context is
 * started in a thread of this group, so every thread it starts later (request threads, event processors, Kafka
 * listeners, schedulers, connection pools) belongs to the group too, and its log lines name the part
 * ({@link ServiceLabel}). A service name in the logging pattern cannot do this: the contexts share one logging system.
 */
final class ServiceThreads extends ThreadGroup {

    private ServiceThreads(String part) {
        super(part);
    }

    /** Runs {@code starting} in a thread of the group {@code part} and returns what it started. */
    static <T> T start(String part, Supplier<T> starting) {
        AtomicReference<T> started = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread starter = new Thread(new ServiceThreads(part), () -> {
            try {
                started.set(starting.get());
            } catch (RuntimeException | Error e) {
                failure.set(e);
            }
        }, part + "-start");
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + part + " started", e);
        }
        if (failure.get() instanceof Error error) {
            throw error;
        }
        if (failure.get() instanceof RuntimeException exception) {
            throw exception;
        }
        return started.get();
    }

    /** The part the current thread works for, or {@code null} for the platform's own threads. */
    static String current() {
        for (ThreadGroup group = Thread.currentThread().getThreadGroup(); group != null; group = group.getParent()) {
            if (group instanceof ServiceThreads) {
                return group.getName();
            }
        }
        return null;
    }
}
