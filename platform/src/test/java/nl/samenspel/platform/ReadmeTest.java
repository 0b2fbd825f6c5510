package nl.samenspel.platform;

import nl.samenspel.events.EventType;
import nl.samenspel.events.IntegrationEvents;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The README is the first thing a newcomer reads: its topic table and its commands must stay true. */
class ReadmeTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void topicTableListsEveryPublishedTypeOnItsTopic() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String table = readme.substring(readme.indexOf("<!-- topics:start -->"), readme.indexOf("<!-- topics:end -->"));

        Map<String, List<String>> typesByTopic = IntegrationEvents.ALL.stream().collect(Collectors.groupingBy(
                EventType::topic, LinkedHashMap::new, Collectors.mapping(EventType::type, Collectors.toList())));
        typesByTopic.forEach((topic, types) -> {
            String row = table.lines().filter(line -> line.startsWith("| `" + topic + "`")).findFirst()
                    .orElseThrow(() -> new AssertionError("README topic table has no row for " + topic));
            assertThat(row).as("README row of " + topic).contains(types.stream().map(t -> "`" + t + "`").toList());
        });
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
