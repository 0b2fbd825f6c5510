package nl.samenspel.network.seed;

import nl.samenspel.network.organisation.AdmitOrganisationCommand;
import nl.samenspel.network.organisation.ApplyToJoinCommand;
import nl.samenspel.network.organisation.OrganisationProfile;
import nl.samenspel.network.supporter.ProfessionalRegistration;
import nl.samenspel.network.supporter.RegisterSupporterCommand;
import nl.samenspel.network.supporter.SupporterProfile;
import nl.samenspel.network.vocabulary.CareKind;
import nl.samenspel.network.vocabulary.LifeDomain;
import nl.samenspel.network.vocabulary.OrganisationKind;
import nl.samenspel.network.vocabulary.SupporterKind;
import nl.samenspel.network.vocabulary.TargetGroup;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static nl.samenspel.network.vocabulary.LifeDomain.*;
import static nl.samenspel.network.vocabulary.TargetGroup.*;

/**
 * Seeds a mix of organisations like Deurne's and the Meedenkersnetwerk's (professional client support, a client
 * interest organisation, social work, elderly advisers, a mental-health platform with experience experts, a
 * migrant women's contact service, debt buddies) and about 40 supporters. Ids are derived from names, so a
 * second run finds everything in place and sends nothing. All organisations and people are fictional.
 */
@Component
@ConditionalOnProperty(name = "samenspel.network.seed-demo-region", havingValue = "true")
public class DemoRegionSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoRegionSeeder.class);
    private static final List<String> ALL = List.of("GM1525", "GM0553", "GM0534", "GM0575");

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final Clock clock;

    DemoRegionSeeder(CommandGateway commands, EventStore eventStore, Clock clock) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onStartup() {
        seed();
    }

    /** Seeds what is missing; returns how many supporters the demo region has. */
    public int seed() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        int supporters = 0;
        for (DemoOrganisation organisation : organisations()) {
            String organisationId = id("organisation/" + organisation.kvkNumber());
            if (!exists(organisationId)) {
                commands.sendAndWait(new ApplyToJoinCommand(organisationId, new OrganisationProfile(organisation.name(),
                        organisation.kvkNumber(), organisation.kind(), organisation.municipalities(),
                        "netwerk@" + organisation.kvkNumber() + ".demo.samenspel.nl", organisation.care(),
                        today.minusMonths(6)), false));
                commands.sendAndWait(new AdmitOrganisationCommand(organisationId));
                sent++;
            }
            for (int i = 0; i < organisation.supporters(); i++) {
                String supporterId = id("supporter/" + organisation.kvkNumber() + "/" + i);
                supporters++;
                if (!exists(supporterId)) {
                    commands.sendAndWait(supporter(organisation, organisationId, supporterId, i, today));
                    sent++;
                }
            }
        }
        log.info("Demo region seeded: {} organisations, {} supporters, {} new", organisations().size(), supporters, sent);
        return supporters;
    }

    private RegisterSupporterCommand supporter(DemoOrganisation organisation, String organisationId, String supporterId,
                                               int i, LocalDate today) {
        SupporterKind kind = organisation.supporterKinds().get(i % organisation.supporterKinds().size());
        List<String> municipalities = organisation.municipalities().size() <= 1 ? organisation.municipalities()
                : List.of(organisation.municipalities().get(i % organisation.municipalities().size()),
                organisation.municipalities().get((i + 1) % organisation.municipalities().size()));
        List<String> languages = new ArrayList<>(List.of("nl"));
        languages.add(organisation.languages().get(i % organisation.languages().size()));
        SupporterProfile profile = new SupporterProfile(
                rotate(organisation.domains(), i, 3), rotate(organisation.groups(), i, 2), languages.stream().distinct().toList(),
                municipalities, List.of(), 4 + (i % 3) * 4, List.of(), List.of(),
                kind == SupporterKind.FORMAL ? null : today.minusMonths(3 + i));
        ProfessionalRegistration registration = kind == SupporterKind.FORMAL
                ? new ProfessionalRegistration("BCMB-" + organisation.kvkNumber().substring(4) + i, today.plusMonths(6 + 5L * i))
                : null;
        return new RegisterSupporterCommand(supporterId, organisationId,
                organisation.shortName() + " ondersteuner " + (i + 1), kind, profile, registration);
    }

    private boolean exists(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).isPresent();
    }

    private static String id(String key) {
        return UUID.nameUUIDFromBytes(("samenspel-demo/" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static <T> List<T> rotate(List<T> values, int offset, int count) {
        List<T> picked = new ArrayList<>();
        for (int k = 0; k < Math.min(count, values.size()); k++) {
            picked.add(values.get((offset + k) % values.size()));
        }
        return picked;
    }

    private record DemoOrganisation(String name, String shortName, String kvkNumber, OrganisationKind kind,
                                    List<String> municipalities, List<CareKind> care, List<SupporterKind> supporterKinds,
                                    List<LifeDomain> domains, List<TargetGroup> groups, List<String> languages,
                                    int supporters) {
    }

    private static List<DemoOrganisation> organisations() {
        SupporterKind formal = SupporterKind.FORMAL;
        SupporterKind informal = SupporterKind.INFORMAL;
        SupporterKind expert = SupporterKind.EXPERIENCE_EXPERT;
        return List.of(
                new DemoOrganisation("Cliëntondersteuning Bollenstreek (demo)", "COB", "90000001", OrganisationKind.PROFESSIONAL,
                        ALL, List.of(), List.of(formal),
                        List.of(CARE_AND_SUPPORT, LAWS_RULES_AND_OBJECTIONS, HOUSING, EDUCATION, WORK_AND_INCOME),
                        List.of(MILD_INTELLECTUAL_DISABILITY, PHYSICAL_OR_SENSORY_IMPAIRMENT, YOUNG_PEOPLE, OLDER_PEOPLE),
                        List.of("en"), 8),
                new DemoOrganisation("Cliëntenbelang Duin en Bollen (demo)", "CDB", "90000002", OrganisationKind.PROFESSIONAL,
                        ALL, List.of(), List.of(formal),
                        List.of(LAWS_RULES_AND_OBJECTIONS, CARE_AND_SUPPORT),
                        List.of(OLDER_PEOPLE, MENTAL_HEALTH, PHYSICAL_OR_SENSORY_IMPAIRMENT),
                        List.of("en"), 3),
                new DemoOrganisation("Welzijnskwartier Teylingen-Lisse-Hillegom (demo)", "WKT", "90000003", OrganisationKind.MIXED,
                        List.of("GM1525", "GM0553", "GM0534"), List.of(CareKind.AMBULANT_SUPPORT, CareKind.DAY_ACTIVITIES),
                        List.of(formal, informal),
                        List.of(PARTICIPATION_AND_DAY_ACTIVITIES, HOUSING, PARENTING_AND_YOUTH, CARE_AND_SUPPORT),
                        List.of(MULTI_PROBLEM_FAMILIES, YOUNG_PEOPLE, INFORMAL_CARERS, OLDER_PEOPLE),
                        List.of("en", "pl"), 7),
                new DemoOrganisation("Welzijn Noordwijk (demo)", "WNW", "90000004", OrganisationKind.MIXED,
                        List.of("GM0575"), List.of(CareKind.DAY_ACTIVITIES), List.of(formal, informal),
                        List.of(PARTICIPATION_AND_DAY_ACTIVITIES, TRANSPORT, CARE_AND_SUPPORT, HOUSING),
                        List.of(OLDER_PEOPLE, INFORMAL_CARERS, HOMELESS),
                        List.of("en", "de"), 5),
                new DemoOrganisation("Ouderenadviseurs KBO-PCOB Bollenstreek (demo)", "OAB", "90000005", OrganisationKind.VOLUNTEER,
                        ALL, List.of(), List.of(informal),
                        List.of(CARE_AND_SUPPORT, HOUSING, TRANSPORT, MONEY_AND_DEBTS),
                        List.of(OLDER_PEOPLE, INFORMAL_CARERS), List.of("nl"), 6),
                new DemoOrganisation("GGZ-platform Duin- en Bollenstreek (demo)", "GGZ", "90000006", OrganisationKind.EXPERIENCE_EXPERT,
                        ALL, List.of(), List.of(expert),
                        List.of(CARE_AND_SUPPORT, PARTICIPATION_AND_DAY_ACTIVITIES, HOUSING, WORK_AND_INCOME),
                        List.of(MENTAL_HEALTH, HOMELESS), List.of("en"), 5),
                new DemoOrganisation("Wijkcontactvrouwen Bollenstreek (demo)", "WCV", "90000007", OrganisationKind.VOLUNTEER,
                        List.of("GM1525", "GM0553", "GM0534"), List.of(), List.of(informal, expert),
                        List.of(PARENTING_AND_YOUTH, EDUCATION, CARE_AND_SUPPORT, MONEY_AND_DEBTS),
                        List.of(MIGRATION_BACKGROUND, MULTI_PROBLEM_FAMILIES), List.of("tr", "ar", "ti"), 4),
                new DemoOrganisation("Schuldhulpmaatjes Duin- en Bollenstreek (demo)", "SHM", "90000008", OrganisationKind.VOLUNTEER,
                        ALL, List.of(), List.of(informal),
                        List.of(MONEY_AND_DEBTS, WORK_AND_INCOME, LAWS_RULES_AND_OBJECTIONS),
                        List.of(MULTI_PROBLEM_FAMILIES, YOUNG_PEOPLE, MIGRATION_BACKGROUND), List.of("en", "pl"), 4));
    }
}
