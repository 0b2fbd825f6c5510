package nl.samenspel.signalling.catalogue;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the configured catalogue available. */
@Configuration
@EnableConfigurationProperties(CatalogueProperties.class)
class CatalogueConfiguration {

    @Bean
    Catalogue catalogue(CatalogueProperties properties) {
        return new Catalogue(properties);
    }
}
