package nl.samenspel.coordinator.cases;

/** Payload of the persistent acceptance deadline of one offer. */
public record OfferDeadline(String offerId) {
    static final String NAME = "offer-acceptance";
}
