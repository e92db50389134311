"""Where a flight recording spent its samples: python3 jfr-top.py app.jfr [part of a thread name]."""
import re, subprocess, sys, collections
path = sys.argv[1]; thread = sys.argv[2] if len(sys.argv) > 2 else None
out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", path],
                     capture_output=True, text=True).stdout
events = out.split("jdk.ExecutionSample {")[1:]
self_c = collections.Counter(); incl = collections.Counter(); total = 0
markers = ["CamundaUserAuthenticationProvider", "checkPassword", "PasswordEncryptor", "SubscriptionQueries",
           "SubscriptionController", "org.hibernate", "org.apache.ibatis", "org.postgresql", "com.fasterxml.jackson",
           "org.camunda.bpm.engine.impl.jobexecutor", "org.camunda.bpm.engine.rest", "org.netorch.netboxsim",
           "org.netorch.netbox.", "org.netorch.process", "org.springframework.security", "org.flywaydb",
           "java.util.zip", "ClassLoader", "org.h2", "SimulatorStore", "ObjectService"]
for e in events:
    m = re.search(r'sampledThread = "([^"]*)"', e)
    if thread and (not m or thread not in m.group(1)):
        continue
    frames = re.findall(r'^\s+([\w$.<>/]+\.[\w$<>]+)\(', e, re.M)
    if not frames:
        continue
    total += 1
    self_c[frames[0]] += 1
    joined = "\n".join(frames)
    for k in markers:
        if k in joined:
            incl[k] += 1
print("samples", total)
print("-- top self frames")
for f, c in self_c.most_common(25):
    print(f"{c:6d} {100*c/total:5.1f}% {f}")
print("-- inclusive (stack contains)")
for f, c in incl.most_common():
    print(f"{c:6d} {100*c/total:5.1f}% {f}")
