package org.netorch.api;

/**
 * @param workflow the process key whose running instances move to its newest deployed version
 * @param dry_run true (the default): only report which instances can move and why others cannot
 */
record MigrationRequest(String workflow, Boolean dry_run) {
}
