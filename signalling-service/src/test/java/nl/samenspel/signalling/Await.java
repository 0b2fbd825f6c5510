package nl.samenspel.signalling;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for eventually consistent views in integration tests. */
public final class Await {

    private Await() {
    }

    public static <T> T until(Duration timeout, Supplier<T> attempt, java.util.function.Predicate<T> done) {
        long until = System.nanoTime() + timeout.toNanos();
        T last = attempt.get();
        while (!done.test(last)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Not reached within " + timeout + "; last seen: " + last);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = attempt.get();
        }
        return last;
    }
}
