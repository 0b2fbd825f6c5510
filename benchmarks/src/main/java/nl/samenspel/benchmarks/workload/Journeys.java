package nl.samenspel.benchmarks.workload;

import java.util.function.Consumer;

/** Small journeys. */
final class Journeys {

    private Journeys() {
    }

    /** One command; {@code onSuccess} sees its answer when it was accepted (2xx). */
    static Journey single(Command command, Consumer<ApiResponse> onSuccess) {
        return new Journey() {
            private boolean sent;

            @Override
            public Command next(ApiResponse previous) {
                if (!sent) {
                    sent = true;
                    return command;
                }
                if (previous.ok()) {
                    onSuccess.accept(previous);
                }
                return null;
            }
        };
    }
}
