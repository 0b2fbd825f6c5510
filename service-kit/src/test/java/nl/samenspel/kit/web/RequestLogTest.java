package nl.samenspel.kit.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestLogTest {

    // No database: a refused key must be refused before the log is read.
    private final RequestLog log = new RequestLog(null, null, null);
    private final AtomicInteger runs = new AtomicInteger();

    @AfterEach
    void forgetTheCaller() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aKeyWithoutAnAuthenticatedCallerIsRefusedAndTheCommandDoesNotRun() {
        assertThatThrownBy(() -> log.once("key-1", "POST /tallies", Void.class, this::run))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("authenticated caller");
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThatThrownBy(() -> log.once("key-1", "POST /tallies", Void.class, this::run))
                .isInstanceOf(IllegalStateException.class);
        assertThat(runs).hasValue(0);
    }

    @Test
    void aRequestWithoutAKeyJustRunsWhoeverCalls() {
        assertThat(log.once(null, "POST /tallies", Void.class, this::run).getStatusCode().value()).isEqualTo(204);
        assertThat(runs).hasValue(1);
    }

    private ResponseEntity<Void> run() {
        runs.incrementAndGet();
        return ResponseEntity.noContent().build();
    }
}
