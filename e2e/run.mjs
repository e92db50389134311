// Entry point of `npm run e2e`: one app for the whole suite, then every *.test.mjs under node --test.
import { readdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp } from './support/app.mjs';

const e2eDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = dirname(e2eDir);
const passThrough = process.argv.slice(2);
const testFiles = passThrough.some((arg) => arg.endsWith('.test.mjs'))
  ? []
  : readdirSync(e2eDir).filter((name) => name.endsWith('.test.mjs')).sort().map((name) => join('e2e', name));

const app = await startApp(repoRoot);
const stopAndExit = async (code) => {
  await app.stop();
  process.exit(code);
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => stopAndExit(130));
}

let exitCode = 1;
try {
  exitCode = await new Promise((resolve) => {
    const tests = spawn(process.execPath, ['--test', '--test-concurrency=1', ...passThrough, ...testFiles], {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, E2E_BASE_URL: app.baseUrl },
    });
    tests.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
} finally {
  await stopAndExit(exitCode);
}
