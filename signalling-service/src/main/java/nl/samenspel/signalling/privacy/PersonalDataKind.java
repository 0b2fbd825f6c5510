package nl.samenspel.signalling.privacy;

/** The kinds of personal data free text must not hold, with the words a user reads in a refusal. */
public enum PersonalDataKind {
    BSN("a citizen service number (BSN)"),
    PHONE_NUMBER("a phone number"),
    EMAIL_ADDRESS("an e-mail address"),
    DATE_OF_BIRTH("a date of birth");

    private final String description;

    PersonalDataKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
