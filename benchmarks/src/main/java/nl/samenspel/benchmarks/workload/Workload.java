package nl.samenspel.benchmarks.workload;

import nl.samenspel.benchmarks.cpu.CpuTime;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiFunction;

/**
 * Drives the services with a fixed number of worker threads, each following journeys drawn from weighted shares
 * (network maintenance, cases, signals). Seeded, so two runs send the same mix.
 */
public final class Workload {

    private final Api api;
    private final int workers;
    private final long seed;
    private final List<Share> shares = new ArrayList<>();

    public Workload(Api api, int workers, long seed) {
        this.api = api;
        this.workers = workers;
        this.seed = seed;
    }

    /** The network's maintenance: leave, profile changes, new supporters, new organisations. */
    public Workload withNetwork(ScaledRegion region, int weight) {
        return with(weight, (worker, random) -> new NetworkJourneys(region, worker, random)::next);
    }

    /** Residents' trajectories through the coordinator: open, match, dispatch, accept, hours, handover, close. */
    public Workload withCases(int weight) {
        LocalDate today = LocalDate.now();
        return with(weight, (worker, random) -> () -> new CaseJourney(random, today));
    }

    /** Supporters filing signals about bottlenecks. */
    public Workload withSignals(ScaledRegion region, int weight) {
        return with(weight, (worker, random) -> () -> SignalJourney.file(region.seatsOf(worker), random));
    }

    /** Adds a share of the journeys: {@code source} makes one worker's journey source. */
    public Workload with(int weight, BiFunction<Integer, Random, JourneySource> source) {
        shares.add(new Share(weight, source));
        return this;
    }

    public int workers() {
        return workers;
    }

    /**
     * As many commands as the workers can send, each waiting for its answer; measured after a warm-up, including
     * the CPU time {@code cpu} reads over the measured part.
     */
    public LoadResult closedLoop(Duration warmup, Duration measure, CpuTime cpu) {
        return run(warmup, measure, 0, cpu);
    }

    /** Commands at a fixed rate, spread over the workers. */
    public LoadResult paced(double perSecond, Duration measure, CpuTime cpu) {
        return run(Duration.ZERO, measure, perSecond, cpu);
    }

    private LoadResult run(Duration warmup, Duration measure, double perSecond, CpuTime cpu) {
        LoadResult result = new LoadResult();
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        Thread cpuReader = new Thread(() -> result.used(readBetween(cpu, measureFrom, end)), "benchmark-cpu-reader");
        cpuReader.start();
        long interval = perSecond <= 0 ? 0 : (long) (1_000_000_000.0 * workers / perSecond);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Random random = new Random(seed * 1_000 + w);
            List<JourneySource> sources = new ArrayList<>();
            int worker = w;
            shares.forEach(share -> sources.add(share.source().apply(worker, random)));
            long firstSend = start + (interval / workers) * w;
            Thread thread = new Thread(() -> drive(sources, random, result, measureFrom, end, firstSend, interval),
                    "benchmark-worker-" + w);
            thread.start();
            threads.add(thread);
        }
        threads.add(cpuReader);
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
        result.ranFor((end - measureFrom) / 1e9);
        return result;
    }

    /** The CPU time used between two moments of {@link System#nanoTime()}, read at those moments. */
    private static CpuTime.Usage readBetween(CpuTime cpu, long from, long until) {
        LockSupport.parkNanos(from - System.nanoTime());
        CpuTime.Reading first = cpu.read();
        LockSupport.parkNanos(until - System.nanoTime());
        return cpu.read().since(first);
    }

    private void drive(List<JourneySource> sources, Random random, LoadResult result, long measureFrom, long end,
                       long firstSend, long interval) {
        int totalWeight = shares.stream().mapToInt(Share::weight).sum();
        long nextSend = firstSend;
        while (System.nanoTime() < end) {
            Journey journey = pick(sources, random.nextInt(totalWeight)).next();
            ApiResponse previous = null;
            Command command;
            while ((command = journey.next(previous)) != null && System.nanoTime() < end) {
                if (interval > 0) {
                    LockSupport.parkNanos(nextSend - System.nanoTime());
                    nextSend += interval;
                }
                previous = api.send(command.service(), command.method(), command.path(), command.body(),
                        UUID.randomUUID().toString(), command.actor());
                if (previous.completedAtNanos() >= measureFrom && previous.completedAtNanos() < end) {
                    result.record(command, previous);
                }
            }
        }
    }

    private JourneySource pick(List<JourneySource> sources, int roll) {
        int sum = 0;
        for (int i = 0; i < shares.size(); i++) {
            sum += shares.get(i).weight();
            if (roll < sum) {
                return sources.get(i);
            }
        }
        throw new IllegalStateException("No share for " + roll);
    }

}
