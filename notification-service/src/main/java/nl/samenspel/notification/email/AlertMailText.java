package nl.samenspel.notification.email;

/** The subject and plain-text body of an alert mail. */
record AlertMailText(String subject, String body) {
}
