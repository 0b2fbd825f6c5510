package nl.samenspel.coordinator.cases;

import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /cases/{reference}/offer/withdrawal}. */
public record WithdrawOfferRequest(@NotNull WithdrawalReason reason) {
}
