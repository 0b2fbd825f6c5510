package nl.samenspel.signalling.collective;

/** The two deadlines a municipality has for a collective signal, with the names of their persistent deadlines. */
public enum DeadlineKind {
    ACKNOWLEDGEMENT(DeadlineKind.ACKNOWLEDGEMENT_DEADLINE),
    ANSWER(DeadlineKind.ANSWER_DEADLINE);

    static final String ACKNOWLEDGEMENT_DEADLINE = "collective-signal-acknowledgement";
    static final String ANSWER_DEADLINE = "collective-signal-answer";

    private final String deadlineName;

    DeadlineKind(String deadlineName) {
        this.deadlineName = deadlineName;
    }

    String deadlineName() {
        return deadlineName;
    }
}
