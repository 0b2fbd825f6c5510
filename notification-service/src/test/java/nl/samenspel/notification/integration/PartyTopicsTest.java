package nl.samenspel.notification.integration;

import nl.samenspel.events.Topics;
import nl.samenspel.notification.party.Party;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The party of an event is the party its topic is addressed to. */
class PartyTopicsTest {

    @Test
    void anOrganisationsHandoverTopicBelongsToThatOrganisation() {
        String topic = Topics.handoversFor("4f1c2d3e-0000-4000-8000-000000000001");

        assertThat(PartyTopics.partyOf(topic)).contains(Party.organisation("4f1c2d3e-0000-4000-8000-000000000001"));
        assertThat(Pattern.matches(PartyTopics.PATTERN, topic)).isTrue();
    }

    @Test
    void aMunicipalitysTopicBelongsToThatMunicipality() {
        String topic = Topics.municipality("GM0553");

        assertThat(PartyTopics.partyOf(topic)).contains(Party.municipality("GM0553"));
        assertThat(Pattern.matches(PartyTopics.PATTERN, topic)).isTrue();
    }

    @Test
    void otherTopicsBelongToNoParty() {
        for (String topic : new String[]{Topics.NETWORK_ORGANISATIONS, Topics.COORDINATOR_CASE_LIFECYCLE,
                Topics.organisationSignals("4f1c"), "coordinator.handovers..v1", "coordinator.handovers.a.b.v1",
                "coordinator.handovers.4f1c.v2"}) {
            assertThat(PartyTopics.partyOf(topic)).as(topic).isEmpty();
            assertThat(Pattern.matches(PartyTopics.PATTERN, topic)).as(topic).isFalse();
        }
    }
}
