package org.netorch.netbox.seed;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.netorch.netbox.NetBoxException;
import org.netorch.netbox.NetBoxProperties;
import org.netorch.netbox.NetBoxSeedingClient;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * {@code --seed-netbox}: seeds the NetBox at {@code NETBOX_URL} with the demo topology and exits. Nothing else of the
 * app starts (no web server, no engine, no database); the settings bind as they do for the app, from the
 * environment, system properties and {@code --netbox.*} arguments.
 */
public final class SeedCommand {

    public static final String ARGUMENT = "--seed-netbox";
    public static final int SEEDED = 0;
    public static final int NETBOX_FAILED = 1;
    public static final int MISCONFIGURED = 2;

    private SeedCommand() {
    }

    public static boolean isRequested(String[] args) {
        return Arrays.asList(args).contains(ARGUMENT);
    }

    /** The process entry: logs only warnings, so the report is what the operator reads, then exits with the code. */
    public static void runAndExit(String[] args) {
        // Without Spring Boot's start-up, Logback's bare default would log every request at DEBUG.
        LoggingSystem.get(SeedCommand.class.getClassLoader()).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        System.exit(run(args, System.out, System.err));
    }

    /** Returns {@link #SEEDED}, {@link #NETBOX_FAILED} (NetBox refused or did not answer) or {@link #MISCONFIGURED}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        NetBoxProperties properties;
        try {
            properties = properties(args);
        } catch (BindException invalid) {
            err.println("Cannot seed NetBox: " + describe(invalid));
            return MISCONFIGURED;
        }
        if (properties.demoMode()) {
            err.println("Cannot seed NetBox: NETBOX_URL is empty, so there is no NetBox to seed. "
                    + "Demo mode needs no seeding: its built-in simulator starts with the demo topology. "
                    + "Set NETBOX_URL (and NETBOX_TOKEN) to the NetBox to seed.");
            return MISCONFIGURED;
        }
        out.println("Seeding NetBox at " + properties.url() + " with the demo topology ...");
        try {
            SeedReport report = new NetBoxSeeder(NetBoxSeedingClient.standalone(properties)).seed(DemoTopology.workshop());
            out.println(report.render());
            return SEEDED;
        } catch (NetBoxException failed) {
            err.println("Seeding NetBox failed: " + failed.getMessage());
            return NETBOX_FAILED;
        }
    }

    private static NetBoxProperties properties(String[] args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        ConfigurationPropertySources.attach(environment);
        try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
            ValidationBindHandler validated = new ValidationBindHandler(
                    new SpringValidatorAdapter(validation.getValidator()));
            return Binder.get(environment).bindOrCreate("netbox", Bindable.of(NetBoxProperties.class), validated);
        }
    }

    private static String describe(BindException invalid) {
        if (invalid.getCause() instanceof BindValidationException validation) {
            return validation.getValidationErrors().getAllErrors().stream()
                    .map(error -> error instanceof FieldError field
                            ? "netbox." + field.getField() + " " + field.getDefaultMessage()
                            : error.getDefaultMessage())
                    .collect(Collectors.joining("; "));
        }
        Throwable root = invalid;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "invalid setting " + invalid.getName() + ": " + root.getMessage();
    }
}
