package nl.samenspel.signalling.privacy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** One detector for every free-text field of the service. */
@Configuration
class PrivacyConfiguration {

    @Bean
    PersonalDataDetector personalDataDetector(Clock clock) {
        return new PersonalDataDetector(clock);
    }
}
