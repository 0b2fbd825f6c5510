package nl.samenspel.local.test;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something that happens asynchronously (a processor, a consumer, a deadline) in tests. */
public final class Await {

    private Await() {
    }

    /** Polls {@code condition} every 200 ms until it holds; fails the test after {@code timeout}. */
    public static void until(Duration timeout, String what, BooleanSupplier condition) {
        long until = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Not within " + timeout + ": " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }
}
