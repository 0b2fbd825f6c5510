package nl.samenspel.network.supporter;

import java.util.Optional;

/** Which supporter holds a professional register number: one person is registered in the network only once. */
public interface RegisterNumbers {

    /** The supporter (not deactivated) registered with this number, if any. */
    Optional<String> holder(String registerNumber);
}
