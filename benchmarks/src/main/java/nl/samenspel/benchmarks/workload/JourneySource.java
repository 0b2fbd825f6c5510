package nl.samenspel.benchmarks.workload;

/** Where one worker's next journey comes from. */
@FunctionalInterface
public interface JourneySource {

    Journey next();
}
