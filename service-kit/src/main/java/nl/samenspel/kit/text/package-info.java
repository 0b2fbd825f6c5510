/**
 * Free text as people write it: stored as given, refused only for control characters and for personal data that
 * identifies a resident (BSN, phone number, e-mail address, IBAN, postcode with house number, date of birth).
 */
package nl.samenspel.kit.text;
