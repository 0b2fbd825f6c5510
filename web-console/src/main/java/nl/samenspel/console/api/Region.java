package nl.samenspel.console.api;

import java.util.List;

/** The network's region as the network-service is configured with it ({@code GET /region}). */
public record Region(String name, List<Municipality> municipalities) {

    /** A municipality of the region: its CBS code and name. */
    public record Municipality(String code, String name) {
    }
}
