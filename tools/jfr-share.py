"""What the CPU samples of a load run went to, outside start-up: python3 jfr-share.py app.jfr [workflows].

Record with -XX:FlightRecorderOptions:stackdepth=256 so stacks reach their request or job. With the number of
workflows the recording ran (warm-up included), also prints samples per workflow, to set two apps side by side.
"""
import collections, re, subprocess, sys

path = sys.argv[1]
workflows = int(sys.argv[2]) if len(sys.argv) > 2 else None
out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256", path],
                     capture_output=True, text=True).stdout


def share(thread, stack):
    if "org.netorch.netboxsim" in stack:
        return "NetBox simulator, serving the steps' calls"
    if thread.startswith("http-nio"):
        if "org.camunda.bpm.engine.rest" in stack:
            return "Camunda REST, answering the driver"
        if "org.netorch.api" in stack:
            return "our API"
        return "HTTP server, security and filters, outside any handler"
    if thread.startswith(("camundaTask", "netbox-http", "HttpClient")):
        if "org.netorch.netbox." in stack or not thread.startswith("camundaTask"):
            return "NetBox client, in steps"
        if any(part in stack for part in ("org.netorch.subscription", "org.hibernate", "springframework.orm",
                                          "springframework.data")):
            return "subscription store (JPA), in steps"
        if "org.netorch." in stack:
            return "our step code, other"
        return "engine: job acquisition and execution"
    return "other threads: " + thread.rstrip("0123456789")


counts = collections.Counter()
for event in out.split("jdk.ExecutionSample {")[1:]:
    thread = re.search(r'sampledThread = "([^"]*)"', event)
    thread = thread.group(1) if thread else ""
    if thread == "main" or thread.startswith("background-preinit"):
        continue
    counts[share(thread, event)] += 1
total = sum(counts.values())
print("samples", total)
for name, n in counts.most_common():
    per = f"  {n / workflows:5.2f}/wf" if workflows else ""
    print(f"{n:6d} {100 * n / total:5.1f}%{per}  {name}")
