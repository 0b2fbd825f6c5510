package nl.samenspel.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the AsyncAPI 3.0 document of the contract from the registry ({@link IntegrationEvents#ALL}, {@link Topics})
 * and the Javadoc of the records, so that the document says what the code does and in the code's own words.
 * {@link AsyncApiDocumentTest} compares the checked-in document with what this writes.
 */
final class AsyncApiDocumentWriter {

    static final String CLOUDEVENTS_JSON = "application/cloudevents+json";
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PLACEHOLDER = Pattern.compile("<([a-z-]+)>");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ObjectNode schemas = JSON.objectNode();

    /** The document for this version of the contract. */
    static ObjectNode document() {
        return new AsyncApiDocumentWriter().write();
    }

    /** The channel address of a registry topic: {@code <organisation-id>} becomes {@code {organisationId}}. */
    static String address(String topic) {
        Matcher m = PLACEHOLDER.matcher(topic);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "{" + camel(m.group(1)) + "}");
        }
        return m.appendTail(out).toString();
    }

    /** The channel id of a registry topic, e.g. {@code coordinatorHandovers} for the per-organisation topic. */
    static String channelId(String topic) {
        String[] parts = topic.replaceAll("\\.v[0-9]+$", "").replaceAll("\\.<[a-z-]+>", "").split("[.-]");
        StringBuilder id = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            id.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return id.toString();
    }

    /**
     * Whether the notification-service delivers a topic's facts by webhook: an organisation's offers and handovers and
     * a municipality's collective signals and reports.
     */
    static boolean deliveredByWebhook(String topic) {
        return topic.equals(nl.samenspel.events.coordinator.CoordinatorEvents.HANDOVERS_TOPIC_PATTERN)
                || topic.equals(nl.samenspel.events.signalling.SignallingEvents.MUNICIPALITY_TOPIC);
    }

    private ObjectNode write() {
        ObjectNode doc = JSON.objectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Samenspel events");
        info.put("version", "1");
        info.put("description", """
                Every fact Samenspel publishes, on Kafka and by webhook. Each Kafka record's value is one CloudEvents \
                1.0 event in structured JSON mode; the record key is its `subject`, so facts about one subject arrive \
                in order. A consumer acts once per CloudEvents `id` (delivery is at least once) and ignores unknown \
                attributes and fields: the contract only gains optional fields, a breaking change is a new `.v2` type \
                and topic. Records carry pseudonyms only, never a name, address or BSN.

                Facts addressed to one party are on that party's own topic (its Kafka login may read only those). \
                An organisation's offers and handovers and a municipality's collective signals and reports are also \
                delivered, the same bytes, to the party's webhook subscriptions (channel `webhookDeliveries`) by the \
                notification-service.""");
        doc.put("defaultContentType", CLOUDEVENTS_JSON);
        servers(doc.putObject("servers"));

        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode components = JSON.objectNode();
        ObjectNode messages = components.putObject("messages");

        Map<String, List<EventType<?>>> byTopic = new LinkedHashMap<>();
        IntegrationEvents.ALL.forEach(type -> byTopic.computeIfAbsent(type.topic(), t -> new java.util.ArrayList<>()).add(type));
        ObjectNode webhookChannelMessages = JSON.objectNode();
        ArrayNode webhookOperationMessages = JSON.arrayNode();

        byTopic.forEach((topic, types) -> {
            String id = channelId(topic);
            ObjectNode channel = channels.putObject(id);
            channel.put("address", address(topic));
            channel.put("description", topicDescription(topic));
            channel.putArray("servers").addObject().put("$ref", "#/servers/kafka");
            Matcher m = PLACEHOLDER.matcher(topic);
            if (m.find()) {
                channel.putObject("parameters").putObject(camel(m.group(1))).put("description", parameterDescription(m.group(1)));
            }
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode operation = operations.putObject("publish" + Character.toUpperCase(id.charAt(0)) + id.substring(1));
            operation.put("action", "send");
            operation.putObject("channel").put("$ref", "#/channels/" + id);
            ArrayNode operationMessages = operation.putArray("messages");
            for (EventType<?> type : types) {
                messages.set(type.type(), kafkaMessage(type));
                channelMessages.putObject(type.type()).put("$ref", "#/components/messages/" + type.type());
                operationMessages.addObject().put("$ref", "#/channels/" + id + "/messages/" + type.type());
                if (deliveredByWebhook(topic)) {
                    String webhookKey = "webhook." + type.type();
                    messages.set(webhookKey, webhookMessage(type));
                    webhookChannelMessages.putObject(type.type()).put("$ref", "#/components/messages/" + webhookKey);
                    webhookOperationMessages.addObject().put("$ref", "#/channels/webhookDeliveries/messages/" + type.type());
                }
            }
        });

        ObjectNode webhook = channels.putObject("webhookDeliveries");
        webhook.putNull("address");
        webhook.put("description", """
                A webhook subscription's deliveries: one HTTP POST per fact to the URL the party registered \
                (`POST /webhook-subscriptions` on the notification-service), body in CloudEvents structured mode \
                (`Content-Type: application/cloudevents+json`), byte for byte the Kafka record's value. Only facts \
                on the party's own handover or municipality topic are delivered, narrowed by the subscription's types. The headers follow \
                Standard Webhooks: verify `webhook-signature` before trusting the body, and drop a `webhook-id` \
                already seen. Any 2xx is success; anything else is retried (immediately, 5 s, 5 min, 30 min, 2 h, \
                5 h, 10 h, 14 h, 20 h, 24 h); 410 Gone disables the subscription; 429/503 `Retry-After` is honoured; \
                redirects are never followed. What a receiver missed can be fetched again from the party's event feed \
                (`GET /organisations/{id}/events?after=<cursor>`).""");
        webhook.putArray("servers").addObject().put("$ref", "#/servers/webhookReceiver");
        webhook.set("messages", webhookChannelMessages);
        ObjectNode deliver = operations.putObject("deliverWebhook");
        deliver.put("action", "send");
        deliver.putObject("channel").put("$ref", "#/channels/webhookDeliveries");
        deliver.putObject("bindings").putObject("http").put("method", "POST");
        deliver.set("messages", webhookOperationMessages);

        components.set("schemas", schemas);
        schemas.set("WebhookHeaders", webhookHeaders());
        ObjectNode securitySchemes = components.putObject("securitySchemes");
        securitySchemes.putObject("scram").put("type", "scramSha512").put("description", """
                SASL/SCRAM-SHA-512 over TLS. An organisation's login is `org-<organisationId>`, a municipality's \
                `gm-<code>` (e.g. `gm-GM0553`); each may read only its own topics and use consumer groups named \
                `<login>.<anything>`.""");
        schema(CloudEvent.class);
        doc.set("components", components);
        return doc;
    }

    private static void servers(ObjectNode servers) {
        ObjectNode kafka = servers.putObject("kafka");
        kafka.put("host", "localhost:9092");
        kafka.put("protocol", "kafka");
        kafka.put("description", "The network's Kafka cluster; the address here is the local run's broker.");
        kafka.putArray("security").addObject().put("$ref", "#/components/securitySchemes/scram");
        ObjectNode receiver = servers.putObject("webhookReceiver");
        receiver.put("host", "{receiverHost}");
        receiver.put("protocol", "https");
        receiver.put("description", """
                The subscriber's own HTTPS endpoint. It must resolve to a public address: loopback, private, \
                link-local, CGNAT, unique-local and multicast addresses are refused.""");
        receiver.putObject("variables").putObject("receiverHost").put("description", "host (and port) of the URL the subscription registered");
    }

    private ObjectNode kafkaMessage(EventType<?> type) {
        ObjectNode message = JSON.objectNode();
        message.put("name", type.type());
        message.put("title", title(type));
        Javadoc doc = javadoc(type.dataClass());
        message.put("summary", doc.firstSentence());
        message.put("description", doc.text());
        message.put("contentType", CLOUDEVENTS_JSON);
        ObjectNode payload = message.putObject("payload");
        payload.putArray("allOf").addObject().put("$ref", "#/components/schemas/CloudEvent");
        ObjectNode own = ((ArrayNode) payload.get("allOf")).addObject();
        own.put("type", "object");
        ObjectNode properties = own.putObject("properties");
        properties.putObject("type").put("const", type.type());
        properties.putObject("datacontenttype").put("const", CloudEvent.JSON);
        properties.putObject("data").put("$ref", "#/components/schemas/" + schema(type.dataClass()));
        own.putArray("required").add("data").add("subject");
        ObjectNode key = message.putObject("bindings").putObject("kafka").putObject("key");
        key.put("type", "string");
        key.put("description", "the CloudEvents subject: " + keyOf(type));
        return message;
    }

    private static ObjectNode webhookMessage(EventType<?> type) {
        ObjectNode message = JSON.objectNode();
        message.put("name", type.type());
        message.put("title", title(type) + " (webhook)");
        message.put("contentType", CLOUDEVENTS_JSON);
        message.putObject("headers").put("$ref", "#/components/schemas/WebhookHeaders");
        message.putObject("payload").put("$ref", "#/components/messages/" + type.type() + "/payload");
        return message;
    }

    private static ObjectNode webhookHeaders() {
        ObjectNode headers = JSON.objectNode();
        headers.put("type", "object");
        ObjectNode properties = headers.putObject("properties");
        properties.putObject("webhook-id").put("type", "string")
                .put("description", "the CloudEvents id: the same for every attempt of one delivery; deduplicate on it");
        properties.putObject("webhook-timestamp").put("type", "string")
                .put("description", "seconds since the Unix epoch when this attempt was signed; refuse one far from your clock (5 minutes)");
        properties.putObject("webhook-signature").put("type", "string").put("description", """
                space-separated list of `v1,<base64 HMAC-SHA256>` over `<webhook-id>.<webhook-timestamp>.<body>`, \
                keyed with the subscription's secret (the base64 part after `whsec_`); while a secret is being \
                rotated both secrets sign, and one matching signature is enough""");
        headers.putArray("required").add("webhook-id").add("webhook-timestamp").add("webhook-signature");
        return headers;
    }

    /** Adds the schema of a record (and of the records it holds) and answers its name. */
    private String schema(Class<?> recordClass) {
        String name = recordClass.getSimpleName();
        if (schemas.has(name)) {
            return name;
        }
        ObjectNode schema = schemas.putObject(name);
        Javadoc doc = javadoc(recordClass);
        schema.put("type", "object");
        schema.put("description", doc.text());
        ObjectNode properties = schema.putObject("properties");
        Set<String> required = new LinkedHashSet<>();
        for (RecordComponent component : recordClass.getRecordComponents()) {
            String json = jsonName(component);
            ObjectNode property = type(component.getGenericType());
            String description = doc.params().get(component.getName());
            if (description != null) {
                property.put("description", description);
            }
            properties.set(json, property);
            if (component.getType().isPrimitive() || (description != null && !optional(description))) {
                required.add(json);
            }
        }
        ArrayNode list = schema.putArray("required");
        required.forEach(list::add);
        return name;
    }

    private ObjectNode type(Type type) {
        ObjectNode node = JSON.objectNode();
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            node.put("type", "array");
            node.set("items", type(p.getActualTypeArguments()[0]));
        } else if (type == String.class) {
            node.put("type", "string");
        } else if (type == Instant.class) {
            node.put("type", "string").put("format", "date-time");
        } else if (type == LocalDate.class) {
            node.put("type", "string").put("format", "date");
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            node.put("type", "integer");
        } else if (type == double.class || type == Double.class) {
            node.put("type", "number");
        } else if (type == boolean.class || type == Boolean.class) {
            node.put("type", "boolean");
        } else if (type == JsonNode.class) {
            node.put("type", "object");
        } else if (type instanceof Class<?> c && c.isRecord()) {
            node.put("$ref", "#/components/schemas/" + schema(c));
        } else {
            throw new IllegalStateException("No JSON schema for " + type + ": add it to " + AsyncApiDocumentWriter.class.getSimpleName());
        }
        return node;
    }

    static String jsonName(RecordComponent component) {
        com.fasterxml.jackson.annotation.JsonProperty property =
                component.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        if (property == null) {
            property = component.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        }
        return property == null ? component.getName() : property.value();
    }

    private static boolean optional(String description) {
        String d = description.toLowerCase(java.util.Locale.ROOT);
        return d.contains("absent") || d.contains("optional") || d.contains("present only") || d.contains("may be");
    }

    private static String title(EventType<?> type) {
        String fact = type.type().replaceAll("^nl\\.samenspel\\.[a-z]+\\.", "").replaceAll("\\.v[0-9]+$", "");
        return Character.toUpperCase(fact.charAt(0)) + fact.substring(1).replace('-', ' ');
    }

    private static String camel(String kebab) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return out.toString();
    }

    private static String parameterDescription(String placeholder) {
        return switch (placeholder) {
            case "organisation-id" -> "the addressed organisation's id (UUID), as in network.organisation-admitted.v1";
            case "municipality-code" -> "the addressed municipality's CBS code, e.g. GM0553";
            default -> throw new IllegalStateException("Describe the topic parameter <" + placeholder + ">");
        };
    }

    /** The Javadoc of the {@link Topics} constant or method that names this topic. */
    private static String topicDescription(String topic) {
        String source = read(Topics.class);
        for (Field field : Topics.class.getFields()) {
            try {
                if (Modifier.isStatic(field.getModifiers()) && topic.equals(field.get(null))) {
                    return memberJavadoc(source, "String " + field.getName() + " =");
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        Matcher m = PLACEHOLDER.matcher(topic);
        if (m.find()) {
            for (Method method : Topics.class.getMethods()) {
                if (Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 1
                        && method.getReturnType() == String.class) {
                    try {
                        if (topic.equals(method.invoke(null, m.group()))) {
                            return memberJavadoc(source, "String " + method.getName() + "(");
                        }
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        throw new IllegalStateException("Topic " + topic + " is not named in " + Topics.class.getSimpleName());
    }

    /** What the {@code XxxEvents} registry says after "key:" for this type. */
    private static String keyOf(EventType<?> type) {
        for (Class<?> registry : List.of(nl.samenspel.events.network.NetworkEvents.class,
                nl.samenspel.events.coordinator.CoordinatorEvents.class,
                nl.samenspel.events.signalling.SignallingEvents.class,
                nl.samenspel.events.notification.NotificationEvents.class)) {
            for (Field field : registry.getFields()) {
                try {
                    if (field.get(null) == type) {
                        String doc = memberJavadoc(read(registry), "> " + field.getName() + " =");
                        Matcher key = Pattern.compile("(?i)key: ([^.;]+)").matcher(doc);
                        return key.find() ? key.group(1) : "what the fact is about";
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException(type.type() + " is in no registry");
    }

    private static String memberJavadoc(String source, String declaration) {
        int at = source.indexOf(declaration);
        if (at < 0) {
            throw new IllegalStateException("Declaration not found: " + declaration);
        }
        int end = source.lastIndexOf("*/", at);
        int start = source.lastIndexOf("/**", end);
        return clean(source.substring(start + 3, end)).text();
    }

    record Javadoc(String text, Map<String, String> params) {
        String firstSentence() {
            Matcher m = Pattern.compile("^(.+?[.])(\\s|$)", Pattern.DOTALL).matcher(text);
            return m.find() ? m.group(1) : text;
        }
    }

    private static Javadoc javadoc(Class<?> recordClass) {
        String source = read(recordClass);
        Matcher m = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@[^\\n]*\\n\\s*)*(?:public\\s+)?record\\s+"
                + recordClass.getSimpleName() + "\\s*\\(", Pattern.DOTALL).matcher(source);
        if (!m.find()) {
            throw new IllegalStateException("Record " + recordClass.getName() + " has no Javadoc");
        }
        return clean(m.group(1));
    }

    private static Javadoc clean(String comment) {
        String body = comment.replaceAll("(?m)^\\s*\\* ?", "");
        String[] parts = body.split("(?m)^@param\\s+");
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].replaceAll("(?s)\\s*@(param|see|return)\\b.*$", "");
            String[] nameAndText = part.split("\\s+", 2);
            params.put(nameAndText[0].replaceAll("[<>]", ""), prose(nameAndText.length > 1 ? nameAndText[1] : ""));
        }
        String text = prose(parts[0].replaceAll("(?s)\\s*@(see|return)\\b.*$", ""));
        return new Javadoc(text, params);
    }

    /** Javadoc markup as Markdown: {@code x} and {@link T#x()} become `x`, <i>x</i> becomes *x*. */
    private static String prose(String javadoc) {
        return javadoc
                .replaceAll("\\{@(?:link|linkplain)\\s+([^}\\s]+)\\s+([^}]+)}", "$2")
                .replaceAll("\\{@(?:link|linkplain)\\s+(?:[A-Za-z.]*#)?([^}(]+)(?:\\([^)]*\\))?}", "`$1`")
                .replaceAll("\\{@(?:code|value)\\s+([^}]*)}", "`$1`")
                .replaceAll("</?i>", "*")
                .replaceAll("</?(b|em|strong)>", "**")
                .replaceAll("<li>", "\n- ")
                .replaceAll("</?(ul|li|p)>", "")
                .replaceAll("(?m)^\\s*<h2>(.*?)</h2>", "\n$1\n")
                .replaceAll("[ \\t]*\\n[ \\t]*", "\n")
                .replaceAll("(?<!\\n)\\n(?![\\n-])", " ")
                .replaceAll(" {2,}", " ")
                .strip();
    }

    private static String read(Class<?> type) {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        Path file = SOURCES.resolve(top.getName().replace('.', '/') + ".java");
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the source of " + type.getName(), e);
        }
    }
}
