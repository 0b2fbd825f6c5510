package nl.samenspel.notification.integration;

import nl.samenspel.events.Topics;
import nl.samenspel.notification.party.Party;

import java.util.Optional;
import java.util.function.Function;

/** The party a topic is addressed to, read from the topic's name: that name is what Kafka's ACLs grant. */
final class PartyTopics {

    /**
     * Every organisation's handover topic and every municipality's topic (the listener's subscription; an annotation
     * needs a constant, so it spells out {@link Topics#handoversFor} and {@link Topics#municipality}).
     */
    static final String PATTERN = "coordinator\\.handovers\\.[^.]+\\.v1|signalling\\.municipality\\.[^.]+\\.v1";

    private PartyTopics() {
    }

    static Optional<Party> partyOf(String topic) {
        if (topic == null) {
            return Optional.empty();
        }
        return recipient(topic, Topics.HANDOVERS_PREFIX, Topics::handoversFor).map(Party::organisation)
                .or(() -> recipient(topic, Topics.MUNICIPALITY_PREFIX, Topics::municipality).map(Party::municipality));
    }

    /** The recipient in a topic's name, if the topic is exactly that recipient's topic. */
    private static Optional<String> recipient(String topic, String prefix, Function<String, String> topicOf) {
        if (!topic.startsWith(prefix) || !topic.endsWith(Topics.V1)) {
            return Optional.empty();
        }
        String recipient = topic.substring(prefix.length(), topic.length() - Topics.V1.length());
        return recipient.isEmpty() || !topicOf.apply(recipient).equals(topic) || recipient.contains(".")
                ? Optional.empty() : Optional.of(recipient);
    }
}
