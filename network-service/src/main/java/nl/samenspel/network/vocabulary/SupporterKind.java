package nl.samenspel.network.vocabulary;

/** Professional, volunteer or experience expert (ervaringsdeskundige). */
public enum SupporterKind {
    FORMAL, INFORMAL, EXPERIENCE_EXPERT
}
