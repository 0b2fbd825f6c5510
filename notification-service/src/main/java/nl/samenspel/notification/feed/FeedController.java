package nl.samenspel.notification.feed;

import nl.samenspel.kit.security.Access;
import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.web.ForbiddenException;
import nl.samenspel.notification.NotificationProperties;
import nl.samenspel.notification.party.Party;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A party's own events after a cursor, oldest first, as a CloudEvents JSON batch of the Kafka records' bytes, so a
 * receiver that was down (or never subscribed) fetches what it missed. The {@code Link} header's {@code rel="next"}
 * holds the cursor to ask with next; an empty page means nothing newer yet (ask again with the same cursor).
 */
@RestController
class FeedController {

    static final String BATCH = "application/cloudevents-batch+json";

    private final Feed feed;
    private final int pageSize;

    FeedController(Feed feed, NotificationProperties properties) {
        this.feed = feed;
        this.pageSize = properties.feed().pageSize();
    }

    @GetMapping(value = "/organisations/{id}/events", produces = BATCH)
    @PreAuthorize(Access.ORGANISATION)
    ResponseEntity<byte[]> organisation(@PathVariable String id, @RequestParam(defaultValue = "0") long after,
                                        @RequestParam(required = false) Integer limit, Caller caller) {
        return page(Party.organisation(id), caller, after, limit);
    }

    @GetMapping(value = "/municipalities/{code}/events", produces = BATCH)
    @PreAuthorize(Access.MUNICIPALITY)
    ResponseEntity<byte[]> municipality(@PathVariable String code, @RequestParam(defaultValue = "0") long after,
                                        @RequestParam(required = false) Integer limit, Caller caller) {
        return page(Party.municipality(code), caller, after, limit);
    }

    private ResponseEntity<byte[]> page(Party party, Caller caller, long after, Integer limit) {
        if (!Party.of(caller).equals(party)) {
            throw new ForbiddenException("The feed of " + party + " is not the caller's own");
        }
        if (after < 0) {
            throw new IllegalArgumentException("after must be a cursor from a previous page, or 0 for the oldest events kept.");
        }
        int size = limit == null ? pageSize : Math.max(1, Math.min(limit, pageSize));
        List<StoredEvent> events = feed.after(party, after, size);
        long next = events.isEmpty() ? after : events.get(events.size() - 1).seq();
        String link = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("after", next).build().toUriString();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(BATCH))
                .header(HttpHeaders.LINK, "<" + link + ">; rel=\"next\"")
                .body(batch(events));
    }

    /** The events' own bytes, unchanged, as the elements of one JSON array. */
    private static byte[] batch(List<StoredEvent> events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('[');
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(events.get(i).body());
        }
        out.write(']');
        return out.toByteArray();
    }
}
