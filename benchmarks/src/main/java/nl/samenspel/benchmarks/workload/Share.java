package nl.samenspel.benchmarks.workload;

import java.util.Random;
import java.util.function.BiFunction;

/** A weighted share of the workload; {@code source} makes one worker's journey source from its index and random. */
record Share(int weight, BiFunction<Integer, Random, JourneySource> source) {
}
