package org.netorch.security;

import org.netorch.testsupport.AppIntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The tamper tests' app: an engine with a name of its own, addressed by name over {@code /engine-rest}, so no other
 * test context's engine of the default name (Camunda finds engines by name in a JVM-wide registry) answers their
 * calls instead.
 */
@TestPropertySource(properties = "camunda.bpm.process-engine-name=" + TamperTest.ENGINE)
abstract class TamperTest extends AppIntegrationTest {

    static final String ENGINE = "tampertests";
    static final String ENGINE_REST = "/engine-rest/engine/" + ENGINE;
}
