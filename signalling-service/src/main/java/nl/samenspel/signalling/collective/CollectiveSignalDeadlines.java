package nl.samenspel.signalling.collective;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long a municipality has to acknowledge and to answer a collective signal, counted from raising it
 * ({@code signalling.collective-signals.*}). Both must be positive and the answer cannot be due before the
 * acknowledgement.
 */
@ConfigurationProperties("signalling.collective-signals")
public record CollectiveSignalDeadlines(@DefaultValue("P14D") Duration acknowledgeWithin,
                                        @DefaultValue("P60D") Duration answerWithin) {

    public CollectiveSignalDeadlines {
        if (acknowledgeWithin.isNegative() || acknowledgeWithin.isZero() || answerWithin.compareTo(acknowledgeWithin) < 0) {
            throw new IllegalArgumentException("signalling.collective-signals: acknowledge-within must be positive and "
                    + "answer-within at least as long (were " + acknowledgeWithin + " and " + answerWithin + ").");
        }
    }
}
