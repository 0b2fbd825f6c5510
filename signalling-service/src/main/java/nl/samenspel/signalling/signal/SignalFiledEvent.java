package nl.samenspel.signalling.signal;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** A signal was filed; its free text passed the personal-data check. */
@Revision("1")
public record SignalFiledEvent(String signalId, String organisationId, String municipalityCode, String categoryCode,
                               String lifeDomain, String targetGroup, String description, int residentsConcerned,
                               List<String> caseReferences, Instant filedAt) {

    /** What the signal is about for bundling: the same municipality and category. */
    public String bundleKey() {
        return municipalityCode + "/" + categoryCode;
    }
}
