// Starts the built smallgrants binary on a free port with a fresh data folder, and stops it.
//
// Each test file starts its own server (`startServer()` in a `before` hook) and stops it in an
// `after` hook; a server still running when the test process ends is killed as well.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

import { Outbox } from './email.mjs';

/** The binary `cargo build --bin smallgrants` made (scripts/browser-tests builds it). */
export function binaryPath() {
  if (process.env.SMALLGRANTS_BIN) return process.env.SMALLGRANTS_BIN;
  const target = process.env.CARGO_TARGET_DIR || join(homedir(), '.cache', 'smallgrants', 'target');
  return join(target, 'debug', 'smallgrants');
}

/** A port nobody is listening on right now (the server may still lose a race for it: we retry). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const running = new Set();
process.on('exit', () => {
  for (const child of running) {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `smallgrants serve` and resolves once it prints that it is running and `/healthz`
 * answers 200. Returns `{ baseUrl, port, dataDir, outbox, url(path), output(), stop() }`.
 * `args` are added after `serve`, e.g. `startServer({ args: ['--demo'] })` for the demo programme.
 */
export async function startServer({ env = {}, args = [], timeoutMs = 60_000 } = {}) {
  const binary = binaryPath();
  if (!existsSync(binary)) {
    throw new Error(`${binary} does not exist: build it with \`cargo build --bin smallgrants\` (scripts/browser-tests does)`);
  }
  let lastError;
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    try {
      return await startOnce(binary, env, args, timeoutMs);
    } catch (error) {
      lastError = error;
      // Only a lost race for the port is worth another try.
      if (!/address (already )?in use|AddrInUse|os error 98/i.test(String(error.message))) break;
    }
  }
  throw lastError;
}

async function startOnce(binary, extraEnv, extraArgs, timeoutMs) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'smallgrants-browser-'));
  const child = spawn(binary, ['serve', ...extraArgs], {
    env: {
      ...process.env,
      SMALLGRANTS_LISTEN: `127.0.0.1:${port}`,
      SMALLGRANTS_DATA_DIR: dataDir,
      SMALLGRANTS_BASE_URL: baseUrl,
      SMALLGRANTS_LOG_LEVEL: 'warn',
      SMALLGRANTS_OUTBOX_POLL_SECONDS: '1',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);

  let output = '';
  const remember = (chunk) => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout.on('data', remember);
  child.stderr.on('data', remember);

  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      running.delete(child);
      resolve(exited);
    });
  });

  const server = {
    port,
    baseUrl,
    dataDir,
    outbox: new Outbox(join(dataDir, 'outbox')),
    /** The absolute address of a path on this server. */
    url: (path = '/') => new URL(path, baseUrl).toString(),
    /** Everything the server printed so far (standard output and error). */
    output: () => output,
    /** Stops the server (SIGTERM, then SIGKILL after 10 s) and removes its data folder. */
    async stop() {
      if (!exited) {
        child.kill('SIGTERM');
        let timer;
        const stopped = await Promise.race([
          exitPromise,
          new Promise((resolve) => {
            timer = setTimeout(resolve, 10_000, null);
          }),
        ]);
        clearTimeout(timer);
        if (!stopped) {
          console.log(`# smallgrants did not stop within 10 s of SIGTERM; killing it`);
          child.kill('SIGKILL');
          await exitPromise;
        }
      }
      if (process.env.SMALLGRANTS_BROWSER_KEEP_DATA) {
        console.log(`# kept the data folder ${dataDir}`);
      } else {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) {
      await server.stop();
      throw new Error(
        `smallgrants exited (code ${exited.code}, signal ${exited.signal}) before it was ready. It printed:\n${output}`,
      );
    }
    if (output.includes('smallgrants is running at') && (await healthy(baseUrl))) {
      return server;
    }
    await sleep(100);
  }
  await server.stop();
  throw new Error(`smallgrants was not ready within ${timeoutMs / 1000} s at ${baseUrl}. It printed:\n${output}`);
}

// With a connection that is not kept alive: the server's graceful shutdown waits for open
// connections, so an idle one would delay stop() by seconds.
function healthy(baseUrl) {
  return new Promise((resolve) => {
    const request = get(`${baseUrl}/healthz`, { agent: false, timeout: 2_000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}
