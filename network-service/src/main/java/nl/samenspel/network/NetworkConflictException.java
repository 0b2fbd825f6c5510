package nl.samenspel.network;

import nl.samenspel.kit.domain.Refusal;
import nl.samenspel.kit.domain.RefusedException;

/** A command came too late for the network's state: the thing already exists or changed meanwhile. */
public class NetworkConflictException extends RefusedException {

    public NetworkConflictException(String message) {
        super(Refusal.CONFLICT, message);
    }
}
