package nl.samenspel.signalling;

import nl.samenspel.local.test.Await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Reads an eventually consistent view until it shows what a test expects, and returns what it read last. */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T read(Duration timeout, Supplier<T> read, Predicate<T> expected) {
        AtomicReference<T> last = new AtomicReference<>();
        Await.until(timeout, "the expected view", () -> {
            last.set(read.get());
            return expected.test(last.get());
        });
        return last.get();
    }
}
