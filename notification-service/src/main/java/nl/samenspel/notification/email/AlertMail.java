package nl.samenspel.notification.email;

/** One alert mail waiting to go out. */
record AlertMail(long id, String recipient, String subject, String body, int attempts) {
}
