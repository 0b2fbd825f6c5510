package nl.samenspel.platform;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback's {@code %service} in the local run ({@code logback-spring.xml}): the part whose thread wrote the line,
 * e.g. {@code coordinator-service}; empty for the platform's own threads (PostgreSQL, the Kafka broker, start and stop).
 */
public class ServiceLabel extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        String part = ServiceThreads.current();
        return part == null ? "" : part;
    }
}
