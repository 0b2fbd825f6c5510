package nl.samenspel.kit.text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in free text by the forms it is written in, and confirms each candidate by its own rule so
 * that ordinary numbers (dates, amounts, case numbers, waiting times) pass:
 * <ul>
 *   <li>a BSN: nine digits, optionally grouped by dots or spaces, that pass the 11-check (elfproef);</li>
 *   <li>a Dutch phone number by the numbering plan: ten digits starting with 0 (mobile 06, or an area code), or
 *       +31 / 0031 and nine digits, with spaces, dashes, dots, slashes or parentheses between the digits;</li>
 *   <li>an e-mail address;</li>
 *   <li>an IBAN whose mod-97 check digits are right, with or without the groups of four;</li>
 *   <li>a Dutch postcode (2161 AB) together with a house number, in either order;</li>
 *   <li>a date right after a birth word (geboren, geb., geboortedatum, born, dob).</li>
 * </ul>
 * Dates (05-10-2024, 2024-10-05, 5/10/2024) are taken out before numbers are looked at, so a date followed by a
 * time or a number is never read as a phone number or BSN.
 */
public final class PersonalDataDetector {

    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(?:(?:0?[1-9]|[12]\\d|3[01])([-/.])(?:0?[1-9]|1[0-2])\\1(?:19|20)\\d{2}|(?:19|20)\\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\\d|3[01]))(?!\\d)");
    private static final Pattern WRITTEN_DATE = Pattern.compile(
            "(?<!\\d)\\d{1,2}\\s+(?:jan|feb|m[aä]a?r|apr|mei|may|jun|jul|aug|sep|o[ck]t|nov|de[cz])[a-zë]*\\.?\\s+(?:19|20)\\d{2}(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BIRTH_WORD = Pattern.compile(
            "(?:\\bgeboren|\\bgeb\\.|\\bgeboortedatum|\\bborn|\\bbirth|\\bd\\.o\\.b\\.?|\\bdob)[^.\\n]{0,20}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BSN = Pattern.compile("(?<![\\d+])\\d(?:[. ]?\\d){8}(?!\\d)");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(?:(?:\\+|00)31[ \\u00A0.-]*(?:\\(0\\)[ \\u00A0.-]*)?|\\(?0)[1-9](?:[ \\u00A0.)/-]{0,2}\\d){8}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern IBAN = Pattern.compile(
            "(?<![A-Za-z0-9])[A-Za-z]{2}\\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?(?![A-Za-z0-9])");
    private static final String POSTCODE = "[1-9]\\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![A-Za-z])";
    private static final Pattern POSTCODE_WITH_HOUSE_NUMBER = Pattern.compile(
            "(?<!\\d)" + POSTCODE + ",?\\s+(?:nr\\.?\\s*)?\\d{1,5}(?!\\d)"
                    + "|(?<=[A-Za-z.]\\s)\\d{1,5}(?:[ -]?[A-Za-z](?![A-Za-z]))?,?\\s+" + POSTCODE);

    private PersonalDataDetector() {
    }

    /** The kinds of personal data in the text, each once, in order of first appearance; empty for none or null. */
    public static List<PersonalDataKind> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        String masked = maskDates(text, findings);
        add(findings, PersonalDataKind.EMAIL_ADDRESS, EMAIL, masked, candidate -> true);
        add(findings, PersonalDataKind.IBAN, IBAN, masked, PersonalDataDetector::passesMod97);
        add(findings, PersonalDataKind.PHONE_NUMBER, PHONE, masked, PersonalDataDetector::isDutchPhoneNumber);
        add(findings, PersonalDataKind.BSN, BSN, masked, candidate -> passesElevenCheck(digits(candidate)));
        add(findings, PersonalDataKind.POSTCODE_WITH_HOUSE_NUMBER, POSTCODE_WITH_HOUSE_NUMBER, masked, candidate -> true);
        return findings.stream().sorted(Comparator.comparingInt(Finding::start)).map(Finding::kind).distinct().toList();
    }

    /** The 11-check (elfproef) of a BSN: nine digits, 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 and not 0. */
    public static boolean passesElevenCheck(String nineDigits) {
        if (nineDigits == null || !nineDigits.matches("\\d{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum != 0 && sum % 11 == 0;
    }

    /** ISO 13616: the country code and check digits moved to the end, letters as 10..35, the number mod 97 is 1. */
    static boolean passesMod97(String candidate) {
        String iban = candidate.replace(" ", "").toUpperCase(Locale.ROOT);
        if (iban.length() < 15 || iban.length() > 34) {
            return false;
        }
        StringBuilder number = new StringBuilder();
        for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
            number.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(number.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    /** Ten digits in national form: 0, then an area code or 6 for mobile (never 00, which is abroad). */
    static boolean isDutchPhoneNumber(String candidate) {
        String digits = digits(candidate.replace("(0)", ""));
        String national = digits.startsWith("0031") ? "0" + digits.substring(4)
                : digits.startsWith("31") ? "0" + digits.substring(2) : digits;
        return national.matches("0[1-9]\\d{8}");
    }

    /** Replaces every date by '#' of the same length, recording those that follow a birth word. */
    private static String maskDates(String text, List<Finding> findings) {
        StringBuilder masked = new StringBuilder(text);
        for (Pattern date : List.of(DATE, WRITTEN_DATE)) {
            Matcher m = date.matcher(text);
            while (m.find()) {
                if (BIRTH_WORD.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                    findings.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, m.start()));
                }
                for (int i = m.start(); i < m.end(); i++) {
                    masked.setCharAt(i, '#');
                }
            }
        }
        return masked.toString();
    }

    private static void add(List<Finding> findings, PersonalDataKind kind, Pattern pattern, String text,
                            Predicate<String> confirmed) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (confirmed.test(m.group())) {
                findings.add(new Finding(kind, m.start()));
            }
        }
    }

    private static String digits(String text) {
        return text.replaceAll("\\D", "");
    }

    private record Finding(PersonalDataKind kind, int start) {
    }
}
