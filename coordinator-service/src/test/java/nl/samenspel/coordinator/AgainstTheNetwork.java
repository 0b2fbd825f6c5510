package nl.samenspel.coordinator;

import nl.samenspel.local.test.LocalInfrastructureInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The coordinator over real PostgreSQL and Kafka with a fresh small network per test ({@link CaseFlow}), which leaves
 * the network afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.port=0")
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
abstract class AgainstTheNetwork {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    CaseFlow flow;

    @BeforeEach
    void joinTheNetwork() {
        flow = new CaseFlow(http, jdbc);
    }

    @AfterEach
    void leaveTheNetwork() {
        flow.leave();
    }
}
