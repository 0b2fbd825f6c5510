package nl.samenspel.coordinator.offers;

import nl.samenspel.coordinator.cases.WithdrawalReason;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /cases/{reference}/offer/withdrawal}. */
record WithdrawOfferRequest(@NotNull WithdrawalReason reason) {
}
