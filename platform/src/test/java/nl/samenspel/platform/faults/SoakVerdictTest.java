package nl.samenspel.platform.faults;

import nl.samenspel.platform.faults.SoakIT.Interval;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The soak's verdict, on figures like those a soak prints: it must be able to fail. */
class SoakVerdictTest {

    private static final int WORKERS = 8;

    /** Two-minute intervals at 23 flows/s offered (2,760 per interval), seven records per flow. */
    private static Interval interval(int completed) {
        return new Interval(2760, completed, 2760 - completed, 0, 60, completed * 7L, 300L << 20, 3, 10, 4);
    }

    @Test
    void flowsFallingFromTheFirstSteadyIntervalIsNotFlatEvenWhenHeapLagAndPoolsAre() {
        // Last session's run: 2,260 flows in the first steady interval, 1,230 in the last.
        List<Interval> declining = IntStream.of(2100, 2260, 2100, 1900, 1700, 1500, 1230).mapToObj(SoakVerdictTest::interval).toList();

        List<String> verdict = SoakIT.verdict(declining, 1, 2760, WORKERS);

        assertThat(verdict).anyMatch(line -> line.contains("interval 7 completed 1230 flows, the first steady interval 2260"));
        assertThat(verdict).anyMatch(line -> line.contains("grew the topics by 8610 records, the first steady interval by 15820"));
    }

    @Test
    void anOfferedRateThePlatformDoesNotReachIsReportedAsAboveCapacity() {
        List<Interval> saturated = IntStream.of(2250, 2260, 2255, 2262, 2258).mapToObj(SoakVerdictTest::interval).toList();

        assertThat(SoakIT.verdict(saturated, 1, 2760, WORKERS)).singleElement().asString()
                .contains("above this platform's capacity").contains("all 8 workers were busy");
    }

    @Test
    void theOfferedRateCompletedSteadilyIsFlat() {
        List<Interval> steady = IntStream.of(2600, 2760, 2755, 2761, 2749, 2760).mapToObj(SoakVerdictTest::interval).toList();

        assertThat(SoakIT.verdict(steady, 1, 2760, WORKERS)).isEmpty();
    }

    @Test
    void aConsumerGroupFallingBehindIsNotFlat() {
        List<Interval> steady = IntStream.of(2760, 2760, 2760).mapToObj(SoakVerdictTest::interval).toList();
        Interval behind = new Interval(2760, 2760, 0, 0, 60, 2760 * 7L, 300L << 20, 3, 40_000, 4);

        assertThat(SoakIT.verdict(List.of(steady.get(0), steady.get(1), steady.get(2), behind), 1, 2760, WORKERS))
                .singleElement().asString().contains("a consumer group lags 40000 records");
    }
}
