package org.netorch.netbox;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The default {@link NetBoxEndpoint}: the configured {@code netbox.url} and {@code netbox.token}.
 * Registered as an auto-configuration so that its {@code @ConditionalOnMissingBean} is decided after every
 * application configuration (demo mode supplies its own endpoint), whatever order the scan finds them in.
 */
@AutoConfiguration
@EnableConfigurationProperties(NetBoxProperties.class)
public class NetBoxClientConfiguration {

    @Bean
    @ConditionalOnMissingBean(NetBoxEndpoint.class)
    NetBoxEndpoint configuredNetBoxEndpoint(NetBoxProperties properties) {
        return new ConfiguredNetBoxEndpoint(properties);
    }
}
