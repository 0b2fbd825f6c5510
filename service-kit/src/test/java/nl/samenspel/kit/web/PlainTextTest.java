package nl.samenspel.kit.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlainTextTest {

    /** Apostrophes, quotes and comparisons with numbers are Dutch, not code. */
    @ParameterizedTest
    @ValueSource(strings = {"Zo'n buurtteam helpt d'r moeder met de Wmo-aanvraag.", "Hij zei: \"ik update je morgen\".",
            "Wachttijd < 3 weken en > 2 gesprekken.", "Select een datum; daarna bellen.", "Regel 1\nRegel 2\tklaar",
            "Of 'ie komt, weet ik niet."})
    void plainDutchSentencesPass(String text) {
        assertThatCode(() -> PlainText.require("The reason", text)).doesNotThrowAnyException();
    }

    /** As the coordinator decided: a '<' before a letter is refused even with a space, since it may open a tag. */
    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "x'; drop table x; --", "' or '1'='1", "javascript:alert(1)",
            "Bel </b> terug", "<!-- verborgen -->", "a < b", "Robert'); DROP TABLE signal_view; --", "stil\u0000teken",
            "x' UNION SELECT * FROM membership"})
    void markupScriptsAndStatementsAreRefused(String text) {
        assertThatThrownBy(() -> PlainText.require("The reason", text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The reason looks like markup")
                .hasMessageContaining("plain sentences");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "' or '1'='1"})
    void theRefusalNeverEchoesTheText(String text) {
        assertThatThrownBy(() -> PlainText.require("The reason", text)).message().doesNotContain(text);
    }

    @Test
    void absentOrEmptyTextIsLeftToBeanValidation() {
        assertThatCode(() -> PlainText.require("The reason", null)).doesNotThrowAnyException();
        assertThatCode(() -> PlainText.require("The reason", "")).doesNotThrowAnyException();
    }
}
