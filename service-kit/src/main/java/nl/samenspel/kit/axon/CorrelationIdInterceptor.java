package nl.samenspel.kit.axon;

import nl.samenspel.kit.web.CorrelationIds;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Puts the correlation id of the HTTP request (from the log context) on outgoing commands, and back into the
 * log context while a command or event is handled, so every log line of one request can be found together.
 */
public class CorrelationIdInterceptor<T extends Message<?>> implements MessageDispatchInterceptor<T>, MessageHandlerInterceptor<T> {

    /**
     * The message metadata key of the request's correlation id. Not Axon's own {@code correlationId}, which
     * Axon's message origin provider sets to the id of the parent message.
     */
    public static final String KEY = "requestCorrelationId";

    @Override
    public BiFunction<Integer, T, T> handle(List<? extends T> messages) {
        return (index, message) -> {
            String current = MDC.get(CorrelationIds.MDC_KEY);
            if (current == null || message.getMetaData().containsKey(KEY)) {
                return message;
            }
            @SuppressWarnings("unchecked")
            T withCorrelation = (T) message.andMetaData(java.util.Map.of(KEY, current));
            return withCorrelation;
        };
    }

    @Override
    public Object handle(UnitOfWork<? extends T> unitOfWork, InterceptorChain interceptorChain) throws Exception {
        Object correlationId = unitOfWork.getMessage().getMetaData().get(KEY);
        String previous = MDC.get(CorrelationIds.MDC_KEY);
        if (correlationId != null) {
            MDC.put(CorrelationIds.MDC_KEY, correlationId.toString());
        }
        try {
            return interceptorChain.proceed();
        } finally {
            if (previous == null) {
                MDC.remove(CorrelationIds.MDC_KEY);
            } else {
                MDC.put(CorrelationIds.MDC_KEY, previous);
            }
        }
    }
}
