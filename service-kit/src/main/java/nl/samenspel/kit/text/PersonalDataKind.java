package nl.samenspel.kit.text;

/** The kinds of personal data free text must not hold, with the words a person reads in a refusal. */
public enum PersonalDataKind {
    BSN("a citizen service number (BSN)"),
    PHONE_NUMBER("a phone number"),
    EMAIL_ADDRESS("an e-mail address"),
    IBAN("a bank account number (IBAN)"),
    POSTCODE_WITH_HOUSE_NUMBER("a postcode with house number"),
    DATE_OF_BIRTH("a date of birth");

    private final String description;

    PersonalDataKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
