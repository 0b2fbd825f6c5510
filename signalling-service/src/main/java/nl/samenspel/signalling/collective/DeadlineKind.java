package nl.samenspel.signalling.collective;

/** The two deadlines a municipality has for a collective signal. */
public enum DeadlineKind {
    ACKNOWLEDGEMENT, ANSWER;

    /** The persistent deadline's name. */
    String deadlineName() {
        return "collective-signal-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
