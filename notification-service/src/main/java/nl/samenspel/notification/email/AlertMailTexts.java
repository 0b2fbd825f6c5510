package nl.samenspel.notification.email;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words of each alert, in Dutch and then English. They name the kind of thing, its deadline and where to open it,
 * never anything about a resident (no pseudonym, case reference, life domain or summary): mail is not a safe place
 * for them, and the link asks for a login.
 */
@Component
class AlertMailTexts {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private final EmailAlertProperties properties;

    AlertMailTexts(EmailAlertProperties properties) {
        this.properties = properties;
    }

    AlertMailText verification(String code) {
        long hours = properties.verificationValidity().toHours();
        return text("Samenspel: bevestig uw adres voor meldingen / confirm your address for alerts", """
                Voer deze code in om meldingen van Samenspel op dit adres te ontvangen: %s
                De code is %d uur geldig. Heeft u dit niet aangevraagd? Dan kunt u dit bericht negeren.

                Enter this code to receive Samenspel alerts at this address: %s
                The code is valid for %d hours. If you did not ask for this, ignore this message.
                """.formatted(code, hours, code, hours));
    }

    AlertMailText newOffer(String urgency, Instant deadline) {
        return text("Samenspel: nieuw aanbod / new offer", """
                Er is een nieuwe cliënt aan uw organisatie aangeboden (urgentie %s). Accepteer of weiger vóór %s:
                %s

                A case has been offered to your organisation (urgency %s). Accept or decline before %s:
                %s
                """.formatted(dutch(urgency), DUTCH.format(local(deadline)), inbox(), english(urgency),
                ENGLISH.format(local(deadline)), inbox()));
    }

    AlertMailText newHandover(String urgency, Instant deadline) {
        return text("Samenspel: verzoek om overdracht / handover request", """
                Uw organisatie wordt gevraagd een cliënt over te nemen (urgentie %s). Accepteer of weiger vóór %s:
                %s

                Your organisation is asked to take a case over (urgency %s). Accept or decline before %s:
                %s
                """.formatted(dutch(urgency), DUTCH.format(local(deadline)), inbox(), english(urgency),
                ENGLISH.format(local(deadline)), inbox()));
    }

    AlertMailText unansweredHalfway(boolean handover, Instant deadline) {
        String dutchKind = handover ? "Een verzoek om overdracht" : "Een aanbod";
        String englishKind = handover ? "A handover request" : "An offer";
        return text("Samenspel: nog niet beantwoord / still unanswered", """
                %s aan uw organisatie is nog niet beantwoord; de helft van de tijd is om. Beantwoord het vóór %s:
                %s

                %s to your organisation is still unanswered and half its time has passed. Answer it before %s:
                %s
                """.formatted(dutchKind, DUTCH.format(local(deadline)), inbox(), englishKind,
                ENGLISH.format(local(deadline)), inbox()));
    }

    AlertMailText webhookFailing(String subscriptionId, String error) {
        return text("Samenspel: webhook faalt / webhook failing", """
                Uw webhook-abonnement %s ontvangt geen berichten meer (%s). Samenspel probeert het tot drie dagen
                opnieuw; gemiste berichten blijven op te halen. Bekijk de afleveringen:
                GET /webhook-subscriptions/%s/deliveries

                Your webhook subscription %s is not receiving events (%s). Samenspel keeps trying for three days;
                missed events can still be fetched. See its deliveries:
                GET /webhook-subscriptions/%s/deliveries
                """.formatted(subscriptionId, brief(error), subscriptionId, subscriptionId, brief(error), subscriptionId));
    }

    AlertMailText webhookDisabled(String subscriptionId, String reason) {
        return text("Samenspel: webhook uitgeschakeld / webhook disabled", """
                Uw webhook-abonnement %s is uitgeschakeld (%s) en ontvangt niets meer tot het weer is ingesteld.
                Gemiste berichten blijven op te halen uit uw feed.

                Your webhook subscription %s has been disabled (%s) and receives nothing until it is set up again.
                Missed events can still be fetched from your feed.
                """.formatted(subscriptionId, reason, subscriptionId, reason));
    }

    /** The receiver's own words stay short: a mail is no place for whatever its error page holds. */
    private static String brief(String error) {
        String oneLine = error == null ? "" : error.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 120) + "…";
    }

    private String inbox() {
        return properties.consoleUrl() + "/inbox";
    }

    private java.time.ZonedDateTime local(Instant instant) {
        return instant.atZone(properties.zone());
    }

    private static String dutch(String urgency) {
        return switch (urgency == null ? "" : urgency) {
            case "HIGH" -> "hoog";
            case "LOW" -> "laag";
            default -> "normaal";
        };
    }

    private static String english(String urgency) {
        return urgency == null ? "normal" : urgency.toLowerCase(Locale.ROOT);
    }

    private static AlertMailText text(String subject, String body) {
        return new AlertMailText(subject, body);
    }
}
