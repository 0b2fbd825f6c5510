package nl.samenspel.signalling.privacy;

import nl.samenspel.kit.web.DomainRuleException;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds obvious personal data in free text (signals, summaries, answers) so it is refused before anything is
 * stored: a valid BSN (nine digits passing the 11-check), Dutch phone numbers, e-mail addresses and dates of birth.
 * A date counts as a date of birth when a birth word stands just before it, or when it lies so far back that it
 * cannot be about recent care (a signal is about what happens now).
 */
public class PersonalDataDetector {

    /** Nine digits, optionally grouped by dots or spaces (123.456.782, 123 45 6782), not part of a longer number. */
    private static final Pattern BSN = Pattern.compile("(?<![\\d+])(\\d(?:[. ]?\\d){8})(?![\\d])");
    /** 0 or +31/0031, then nine digits of which the first is not 0, with the usual separators. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(?:(?:\\+|00)31[\\s.-]?(?:\\(0\\)[\\s.-]?)?|\\(?0)[1-9](?:[\\s.)/-]{0,2}\\d){8}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mrt", 3), Map.entry("maa", 3), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("okt", 10), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<!\\d)(?:(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})|(\\d{4})-(\\d{1,2})-(\\d{1,2}))(?!\\d)");
    private static final Pattern WRITTEN_DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s+([a-z]{3})[a-z]*\\.?\\s+(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BIRTH_WORD = Pattern.compile(
            "(geboren|geb\\.|geboortedatum|born|birth|d\\.o\\.b|dob)[^.\\n]{0,20}$", Pattern.CASE_INSENSITIVE);
    /** Dates further back than this are taken to be dates of birth, not dates of events in care. */
    private static final int YEARS_BACK_FOR_BIRTH = 12;

    private final Clock clock;

    public PersonalDataDetector(Clock clock) {
        this.clock = clock;
    }

    /** Every piece of personal data in the text, in order of appearance; empty for {@code null} or clean text. */
    public List<PersonalDataFinding> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<PersonalDataFinding> findings = new ArrayList<>();
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            findings.add(finding(PersonalDataKind.EMAIL_ADDRESS, text, email.start(), email.end()));
        }
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            addUnlessOverlapping(findings, finding(PersonalDataKind.PHONE_NUMBER, text, phone.start(), phone.end()));
        }
        Matcher bsn = BSN.matcher(text);
        while (bsn.find()) {
            if (passesElevenCheck(bsn.group(1).replaceAll("\\D", ""))) {
                addUnlessOverlapping(findings, finding(PersonalDataKind.BSN, text, bsn.start(), bsn.end()));
            }
        }
        findDatesOfBirth(text, findings);
        findings.sort(Comparator.comparingInt(PersonalDataFinding::start));
        return List.copyOf(findings);
    }

    /**
     * Refuses text with personal data, naming the field and every finding so the person knows what to remove.
     *
     * @throws DomainRuleException when the text holds personal data
     */
    public void requireNone(String field, String text) {
        List<PersonalDataFinding> findings = find(text);
        if (!findings.isEmpty()) {
            throw new DomainRuleException("The " + field + " contains personal data; remove "
                    + String.join(", ", findings.stream().map(PersonalDataFinding::describe).toList())
                    + " and describe the situation without anything that identifies a resident.");
        }
    }

    /** The 11-check (elfproef) of a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11, and not all zeros. */
    static boolean passesElevenCheck(String nineDigits) {
        if (nineDigits.length() != 9 || nineDigits.chars().allMatch(c -> c == '0')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    private void findDatesOfBirth(String text, List<PersonalDataFinding> findings) {
        Matcher numeric = NUMERIC_DATE.matcher(text);
        while (numeric.find()) {
            LocalDate date = numeric.group(1) != null
                    ? date(numeric.group(3), numeric.group(2), numeric.group(1))
                    : date(numeric.group(4), numeric.group(5), numeric.group(6));
            addIfBirthDate(findings, text, numeric.start(), numeric.end(), date);
        }
        Matcher written = WRITTEN_DATE.matcher(text);
        while (written.find()) {
            Integer month = MONTHS.get(written.group(2).toLowerCase(Locale.ROOT));
            LocalDate date = month == null ? null : date(written.group(3), month.toString(), written.group(1));
            addIfBirthDate(findings, text, written.start(), written.end(), date);
        }
    }

    private void addIfBirthDate(List<PersonalDataFinding> findings, String text, int start, int end, LocalDate date) {
        if (date == null) {
            return;
        }
        boolean birthWordBefore = BIRTH_WORD.matcher(text.substring(Math.max(0, start - 40), start)).find();
        boolean longAgo = date.isBefore(LocalDate.now(clock).minusYears(YEARS_BACK_FOR_BIRTH));
        if (birthWordBefore || longAgo) {
            addUnlessOverlapping(findings, finding(PersonalDataKind.DATE_OF_BIRTH, text, start, end));
        }
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static void addUnlessOverlapping(List<PersonalDataFinding> findings, PersonalDataFinding candidate) {
        boolean overlaps = findings.stream().anyMatch(f -> f.start() < candidate.end() && candidate.start() < f.end());
        if (!overlaps) {
            findings.add(candidate);
        }
    }

    private static PersonalDataFinding finding(PersonalDataKind kind, String text, int start, int end) {
        String found = text.substring(start, end);
        return new PersonalDataFinding(kind, start, end, found.substring(0, Math.min(2, found.length())) + "…");
    }
}
