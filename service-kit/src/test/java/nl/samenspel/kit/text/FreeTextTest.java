package nl.samenspel.kit.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The corpus in {@code src/test/resources/free-text}: every ordinary sentence passes every kind of free-text
 * field, every sentence with personal data is refused by every kind, naming what was found and never the value.
 */
class FreeTextTest {

    /** The two kinds of free-text field: sentences (summaries, descriptions, reasons) and names (care providers). */
    enum FieldKind {
        SENTENCES("summary", FreeText::requireSentences),
        NAME("careProviders[0]", FreeText::requireName);

        final String field;
        final BinaryOperator<String> check;

        FieldKind(String field, BinaryOperator<String> check) {
            this.field = field;
            this.check = check;
        }
    }

    static List<String> ordinarySentences() throws IOException {
        return corpus("ordinary-sentences.txt");
    }

    static Stream<Arguments> ordinarySentencesPerField() throws IOException {
        return ordinarySentences().stream().flatMap(s -> Arrays.stream(FieldKind.values()).map(f -> Arguments.of(f, s)));
    }

    static Stream<Arguments> personalDataPerField() throws IOException {
        return corpus("personal-data.txt").stream().flatMap(line -> {
            String[] parts = line.split("\\s*\\|\\s*", 2);
            return Arrays.stream(FieldKind.values())
                    .map(f -> Arguments.of(f, PersonalDataKind.valueOf(parts[0]), parts[1]));
        });
    }

    @Test
    void theCorpusIsLargeEnoughToMeanSomething() throws IOException {
        assertThat(ordinarySentences()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(corpus("personal-data.txt")).hasSizeGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest
    @MethodSource("ordinarySentencesPerField")
    void ordinarySentenceIsAccepted(FieldKind kind, String sentence) {
        assertThat(PersonalDataDetector.find(sentence)).as(sentence).isEmpty();
        assertThatCode(() -> kind.check.apply(kind.field, sentence)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("ordinarySentences")
    void sentencesAreStoredAsGiven(String sentence) {
        assertThat(FreeText.requireSentences("summary", sentence)).isEqualTo(sentence);
    }

    @ParameterizedTest
    @MethodSource("personalDataPerField")
    void personalDataIsRefusedSayingWhatWasFoundButNotTheValue(FieldKind kind, PersonalDataKind expected, String sentence) {
        assertThatThrownBy(() -> kind.check.apply(kind.field, sentence))
                .isInstanceOfSatisfying(PersonalDataException.class, e -> {
                    assertThat(e.field()).isEqualTo(kind.field);
                    assertThat(e.found()).contains(expected);
                    assertThat(e.getMessage()).contains("'" + kind.field + "' looks like it holds", expected.description())
                            .doesNotContain("@").doesNotContainPattern("\\d{2}");
                });
    }

    @Test
    void everyKindFoundIsNamedInOrderOfAppearance() {
        assertThat(PersonalDataDetector.find("Mail a.b@example.nl of bel 06-12345678; bsn 111222333, ook 071-5123456"))
                .containsExactly(PersonalDataKind.EMAIL_ADDRESS, PersonalDataKind.PHONE_NUMBER, PersonalDataKind.BSN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "111222334", "000000000", "12345678", "1234567820"})
    void nineDigitsFailingTheElevenCheckAreNoBsn(String number) {
        assertThat(PersonalDataDetector.find("Kenmerk " + number + " op de brief.")).doesNotContain(PersonalDataKind.BSN);
    }

    @Test
    void elevenCheckWeighsTheLastDigitNegatively() {
        assertThat(PersonalDataDetector.passesElevenCheck("123456782")).isTrue();
        assertThat(PersonalDataDetector.passesElevenCheck("123456783")).isFalse();
        assertThat(PersonalDataDetector.passesElevenCheck("000000000")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NL91 ABNA 0417 1643 01", "NL12ABNA0417164300", "AB12 CDEF 1234 5678 90"})
    void ibanWithWrongCheckDigitsIsNoIban(String number) {
        assertThat(PersonalDataDetector.find("Kenmerk " + number + ".")).doesNotContain(PersonalDataKind.IBAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"op 05-10-2024 14 uur", "05-10-2024 1234", "van 2024-10-05 tot 2024-11-05", "05.10.2024 12 34"})
    void aDateFollowedByNumbersIsNoPhoneNumberOrBsn(String text) {
        assertThat(PersonalDataDetector.find(text)).isEmpty();
    }

    @Test
    void aPostcodeWithoutHouseNumberIsNotIdentifying() {
        assertThat(PersonalDataDetector.find("Veel aanvragen uit 2161 AB en omgeving.")).isEmpty();
    }

    @Test
    void lineBreaksAndTabsAreOrdinaryText() {
        String text = "Vraag:\tvervoer\nAfspraak:\r\nbellen";
        assertThat(FreeText.requireSentences("summary", text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stil\u0000teken", "bel\u0007letje", "escape\u001b[31m", "los\rregeleinde", "del\u007f"})
    void controlCharactersAreRefusedWithoutEchoingTheText(String text) {
        assertThatThrownBy(() -> FreeText.requireSentences("reason", text))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(PersonalDataException.class)
                .hasMessageContaining("'reason' holds a control character")
                .hasMessageNotContaining(text);
    }

    @Test
    void aNameIsPutInOneFormKeepingItsPunctuation() {
        assertThat(FreeText.requireName("careProviders[0]", "  Zorg  en Welzijn,\tDuin- en Bollenstreek B.V. "))
                .isEqualTo("Zorg en Welzijn, Duin- en Bollenstreek B.V.");
        assertThat(FreeText.requireName("careProviders[0]", "Cafe\u0301 de Zorg")).isEqualTo("Caf\u00e9 de Zorg");
    }

    @Test
    void absentTextIsLeftToBeanValidation() {
        assertThat(FreeText.requireSentences("summary", null)).isNull();
        assertThat(FreeText.requireName("careProviders[0]", null)).isNull();
        assertThat(PersonalDataDetector.find("")).isEmpty();
    }

    private static List<String> corpus(String file) throws IOException {
        try (InputStream in = FreeTextTest.class.getResourceAsStream("/free-text/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }
}
