package org.netorch.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;

/**
 * Who this node is while it runs: the job executor's lock owner, new at every start (host, process id and start time),
 * so a node started again sees the jobs its killed predecessor still holds as another node's.
 */
record NodeIdentity(String lockOwner, String host) {

    static NodeIdentity ofThisProcess() {
        String host = hostName();
        return new NodeIdentity(host + "/" + ProcessHandle.current().pid() + "/" + Instant.now().toEpochMilli(), host);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
