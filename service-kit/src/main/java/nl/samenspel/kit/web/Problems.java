package nl.samenspel.kit.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/** Builds the problem+json bodies (RFC 9457) all services answer with, so every refusal looks the same. */
public final class Problems {

    private static final String TYPE_BASE = "https://samenspel.nl/problems/";

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    /**
     * The one answer to a request the caller may not make. It is the same whether or not the case, offer or report
     * exists, so that a refusal reveals nothing about other organisations' or municipalities' business.
     */
    public static ProblemDetail forbidden() {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your role, organisation or municipality may not make this request. "
                        + "Use an account of the party it is addressed to, or ask the network coordinator.");
    }
}
