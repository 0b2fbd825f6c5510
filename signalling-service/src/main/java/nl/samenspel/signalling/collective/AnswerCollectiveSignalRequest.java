package nl.samenspel.signalling.collective;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The municipality's answer: text, and optionally a planned measure and the date it takes effect. */
public record AnswerCollectiveSignalRequest(@NotBlank @Size(max = 4000) String answer,
                                            @Size(max = 4000) String plannedMeasure, LocalDate plannedDate) {
}
