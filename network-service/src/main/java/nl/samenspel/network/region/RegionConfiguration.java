package nl.samenspel.network.region;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the configured region available to command handlers. */
@Configuration
@EnableConfigurationProperties(RegionProperties.class)
class RegionConfiguration {

    @Bean
    Region region(RegionProperties properties) {
        return new Region(properties);
    }
}
