package nl.samenspel.signalling.privacy;

import nl.samenspel.kit.web.DomainRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataDetectorTest {

    private final PersonalDataDetector detector =
            new PersonalDataDetector(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "123.456.782", "123 456 782", "bsn 111222333."})
    void validBsnIsFound(String text) {
        assertThat(detector.find(text)).extracting(PersonalDataFinding::kind).containsExactly(PersonalDataKind.BSN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "000000000", "12345678", "1234567820", "111222334"})
    void nineDigitsFailingTheElevenCheckAreNoBsn(String text) {
        assertThat(detector.find(text)).noneMatch(f -> f.kind() == PersonalDataKind.BSN);
    }

    @Test
    void elevenCheckWeighsTheLastDigitNegatively() {
        assertThat(PersonalDataDetector.passesElevenCheck("123456782")).isTrue();
        assertThat(PersonalDataDetector.passesElevenCheck("123456783")).isFalse();
        assertThat(PersonalDataDetector.passesElevenCheck("000000000")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"06-12345678", "06 1234 5678", "0612345678", "+31 6 12345678", "+31612345678",
            "0031612345678", "071-5123456", "(071) 512 34 56", "+31 (0)71 512 3456", "bel 0252.123.456 even"})
    void dutchPhoneNumbersAreFound(String text) {
        assertThat(detector.find(text)).extracting(PersonalDataFinding::kind).containsExactly(PersonalDataKind.PHONE_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"j.jansen@example.nl", "Mail naar info+wmo@gemeente-lisse.nl graag",
            "x_y@sub.domain.org"})
    void emailAddressesAreFound(String text) {
        assertThat(detector.find(text)).extracting(PersonalDataFinding::kind).containsExactly(PersonalDataKind.EMAIL_ADDRESS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"geboren 12-03-1948", "geb. 3/4/1990", "geboortedatum: 1975-06-30", "born 12 March 1948",
            "mevrouw van 14 februari 1939 wacht al lang", "client (12-03-1948) wacht"})
    void datesOfBirthAreFound(String text) {
        assertThat(detector.find(text)).extracting(PersonalDataFinding::kind).containsExactly(PersonalDataKind.DATE_OF_BIRTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Since 01-03-2026 nobody answers the phone at the access desk.",
            "Waiting since 2025-09-01 for a keukentafelgesprek.",
            "The Wmo 2015 requires independent support.",
            "Twelve residents wait more than 8 weeks; case refs C-2026-118 and C-2026-119.",
            "Invoices of EUR 1.250,00 are not paid within 30 days.",
            "Huisnummer 12, wijk 3, 4 weken wachttijd."})
    void ordinarySignalTextIsClean(String text) {
        assertThat(detector.find(text)).isEmpty();
    }

    @Test
    void everyFindingIsReportedInOrder() {
        var findings = detector.find("Mevr. geboren 12-03-1948, bsn 111222333, tel 06-12345678, mail a@b.nl");

        assertThat(findings).extracting(PersonalDataFinding::kind).containsExactly(PersonalDataKind.DATE_OF_BIRTH,
                PersonalDataKind.BSN, PersonalDataKind.PHONE_NUMBER, PersonalDataKind.EMAIL_ADDRESS);
    }

    @Test
    void refusalSaysWhatToRemoveWithoutRepeatingIt() {
        assertThatThrownBy(() -> detector.requireNone("description", "Bel mevrouw op 06-12345678 of mail a.b@c.nl"))
                .isInstanceOf(DomainRuleException.class)
                .hasMessageContaining("description")
                .hasMessageContaining("a phone number at character 16 (\"06…\")")
                .hasMessageContaining("an e-mail address")
                .hasMessageNotContaining("12345678");
    }

    @Test
    void cleanTextPassesTheCheck() {
        detector.requireNone("description", "Waiting times for household help are above 12 weeks.");
        assertThat(detector.find(null)).isEmpty();
    }
}
