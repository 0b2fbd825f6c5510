package nl.samenspel.notification.webhook;

import org.springframework.stereotype.Component;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Lets the delivery poller look for due deliveries at once instead of at its next polling interval. */
@Component
class DeliveryWakeUp {

    private final Semaphore signal = new Semaphore(0);

    void now() {
        signal.release();
    }

    /** Waits until woken or the timeout passes. */
    void await(long millis) throws InterruptedException {
        if (signal.tryAcquire(millis, TimeUnit.MILLISECONDS)) {
            signal.drainPermits();
        }
    }
}
