package nl.samenspel.local.test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The instances of one service in a test: {@link ServiceProcess}es of one module on one schema with the same
 * settings, started two at once and restarted one by one. Closing kills every process still running.
 */
public final class ServiceInstances implements AutoCloseable {

    /** A start takes 15–30 s on a quiet machine with two cores, and several times that on a busy one. */
    private static final Duration START = Duration.ofSeconds(180);

    private final String module;
    private final String schema;
    private final String[] arguments;
    private final List<ServiceProcess> started = new CopyOnWriteArrayList<>();

    /** @param arguments Spring properties ({@code --name=value}) every instance gets */
    public ServiceInstances(String module, String schema, String... arguments) {
        this.module = module;
        this.schema = schema;
        this.arguments = arguments;
    }

    /** Starts two instances at the same time and returns them once both are ready. */
    public List<ServiceProcess> startTwo() {
        List<ServiceProcess> two = List.of(start("a"), start("b"));
        CompletableFuture.allOf(two.stream().map(instance -> CompletableFuture.runAsync(() -> instance.awaitReady(START)))
                .toArray(CompletableFuture[]::new)).join();
        return two;
    }

    /** Starts an instance in place of one that was killed or stopped, and returns it once it is ready. */
    public ServiceProcess restart(ServiceProcess ended) {
        ServiceProcess again = ended.startAnother("restarted");
        started.add(again);
        return again.awaitReady(START);
    }

    @Override
    public void close() {
        started.forEach(ServiceProcess::close);
    }

    private ServiceProcess start(String name) {
        ServiceProcess instance = ServiceProcess.start(module, schema, module + "-instance-" + name, arguments);
        started.add(instance);
        return instance;
    }
}
