import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const JAR = 'target/network-orchestrator-0.1.0-SNAPSHOT.jar';
const STARTUP_LIMIT_MS = 240_000;
const SHUTDOWN_LIMIT_MS = 30_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function tail(file, lines = 40) {
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

async function isUp(baseUrl) {
  try {
    const response = await fetch(`${baseUrl}/actuator/health`, { signal: AbortSignal.timeout(5_000) });
    return response.ok && (await response.json()).status === 'UP';
  } catch {
    return false;
  }
}

/**
 * Starts the packaged app on a free port with the simulator's faults on and every NetBox step failing at once,
 * its databases in a fresh temp dir and its log in target/e2e/app.log. Resolves once /actuator/health is UP.
 */
export async function startApp(repoRoot) {
  const jar = join(repoRoot, JAR);
  if (!existsSync(jar)) {
    throw new Error(`${JAR} is missing: build it with mvn -o -q -B -DskipTests package`);
  }
  const logDir = join(repoRoot, 'target', 'e2e');
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, 'app.log');
  const dataDir = mkdtempSync(join(tmpdir(), 'netorch-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = openSync(logFile, 'w');

  // its own process group, so stopping it also stops anything it started
  const java = spawn('java', [
    '-jar', jar,
    `--server.port=${port}`,
    // a database of its own, so demo mode is asked for rather than assumed
    '--orchestrator.demo=true',
    `--spring.datasource.url=jdbc:h2:file:${dataDir}/orchestrator;DB_CLOSE_ON_EXIT=FALSE`,
    `--netbox.simulator.store-url=jdbc:h2:file:${dataDir}/netbox-sim;DB_CLOSE_ON_EXIT=FALSE`,
    '--netbox.simulator.faults-enabled=true',
    // a retry waits out the read timeout, or the app refuses to start
    '--netbox.read-timeout=2s',
    '--netbox.retry-cycle=R1/PT3S',
    // the simulator answers or fails at once: no write stays in doubt longer than the 5 s margin
    '--netbox.request-limit=0s',
  ], { cwd: dataDir, detached: true, stdio: ['ignore', log, log] });
  let exited = false;
  const exit = new Promise((resolve) => java.on('exit', () => { exited = true; resolve(); }));

  const stop = async () => {
    if (!exited) {
      signal(java.pid, 'SIGTERM');
      const timer = setTimeout(() => signal(java.pid, 'SIGKILL'), SHUTDOWN_LIMIT_MS);
      await exit;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const started = Date.now();
  console.log(`e2e: starting the app on ${baseUrl} (log: target/e2e/app.log)`);
  while (!(await isUp(baseUrl))) {
    if (exited) {
      await stop();
      throw new Error(`the app exited during start-up:\n${tail(logFile)}`);
    }
    if (Date.now() - started > STARTUP_LIMIT_MS) {
      await stop();
      throw new Error(`the app was not UP within ${STARTUP_LIMIT_MS / 1000}s:\n${tail(logFile)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  console.log(`e2e: app UP after ${Math.round((Date.now() - started) / 1000)}s`);
  return { baseUrl, stop };
}

function signal(pid, name) {
  try {
    process.kill(-pid, name);
  } catch {
    // already gone
  }
}
