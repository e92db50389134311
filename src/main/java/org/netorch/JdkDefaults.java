package org.netorch;

import javax.xml.datatype.DatatypeFactory;

/** JDK settings the app needs before anything else runs; each one is left alone when given on the command line. */
final class JdkDefaults {

    private static final String COMMON_POOL_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    private JdkDefaults() {
    }

    static void apply() {
        // The engine asks JAXP for a DatatypeFactory whenever it reads a step's retry cycle, that is for every job it
        // creates; naming the JDK's own factory, which no jar of ours replaces, spares a search of every jar for one.
        setIfAbsent(DatatypeFactory.DATATYPEFACTORY_PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        // With fewer than 2 threads in the common pool (a 2-core machine gets 1), every CompletableFuture stage
        // without an executor starts a thread of its own; the JDK's HttpClient has one such stage per NetBox call.
        if (Runtime.getRuntime().availableProcessors() <= 2) {
            setIfAbsent(COMMON_POOL_PARALLELISM, "2");
        }
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
