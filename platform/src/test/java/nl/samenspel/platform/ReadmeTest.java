package nl.samenspel.platform;

import nl.samenspel.events.EventType;
import nl.samenspel.events.IntegrationEvents;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README is the first thing a newcomer reads: its topic table, its commands and the links of the docs must stay
 * true.
 */
class ReadmeTest {

    private static final Path ROOT = Path.of("..");
    /** Inline links {@code [text](target)} and reference definitions {@code [name]: target}. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)|^\\[[^\\]]+\\]: (\\S+)", Pattern.MULTILINE);

    @Test
    void topicTableListsEveryPublishedTypeOnItsTopic() throws IOException {
        String page = Files.readString(ROOT.resolve("docs/subscribing.md"));
        String table = page.substring(page.indexOf("<!-- topics:start -->"), page.indexOf("<!-- topics:end -->"));

        Map<String, List<String>> typesByTopic = IntegrationEvents.ALL.stream().collect(Collectors.groupingBy(
                EventType::topic, LinkedHashMap::new, Collectors.mapping(EventType::type, Collectors.toList())));
        typesByTopic.forEach((topic, types) -> {
            String row = table.lines().filter(line -> line.startsWith("| `" + topic + "`")).findFirst()
                    .orElseThrow(() -> new AssertionError("the topic table of docs/subscribing.md has no row for " + topic));
            assertThat(row).as("topic table row of " + topic).contains(types.stream().map(t -> "`" + t + "`").toList());
        });
    }

    @Test
    void everyRelativeLinkOfTheDocsPointsAtAFileThatExists() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("benchmarks/PERFORMANCE.md")));
        try (Stream<Path> modules = Files.list(ROOT); Stream<Path> pages = Files.list(ROOT.resolve("docs"))) {
            modules.map(module -> module.resolve("README.md")).filter(Files::isRegularFile).forEach(docs::add);
            pages.filter(page -> page.toString().endsWith(".md")).forEach(docs::add);
        }
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path doc : docs) {
            Matcher link = LINK.matcher(Files.readString(doc));
            while (link.find()) {
                String target = (link.group(1) != null ? link.group(1) : link.group(2)).replaceFirst("#.*", "");
                if (target.isEmpty() || target.matches("[a-z]+:.*")) {
                    continue;
                }
                links++;
                if (!Files.exists(doc.getParent().resolve(target))) {
                    broken.add(ROOT.relativize(doc) + " -> " + target);
                }
            }
        }
        assertThat(links).as("links checked").isGreaterThan(50);
        assertThat(broken).as("links to files that do not exist").isEmpty();
    }

    @Test
    void ciRunsExactlyTheReadmesTestCommand() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String ci = Files.readString(ROOT.resolve(".ci/run"));
        String testCommand = "./mvnw -B verify";

        assertThat(readme).contains("| run every test | `" + testCommand + "`");
        assertThat(ci.lines().map(String::strip)).contains(testCommand);
    }
}
