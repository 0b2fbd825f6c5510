package nl.samenspel.kit.testservice;

import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordTallyCommand(@TargetAggregateIdentifier @Schema(example = "tally-1") String tallyId,
                                 @Schema(example = "3") int amount) {
}
