/**
 * Servers a test starts as a child process (`astro dev`, the preview script) on a free port: waits
 * until the server prints its address, and stops it, with anything it started, by its process group.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer()
      .listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => done(port));
      })
      .on('error', fail);
  });
}

export interface ServerProcess {
  /** The address the server printed, e.g. http://localhost:43123 (no trailing slash). */
  url: string;
  /** Everything it has printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** Astro's dev and preview servers print "Local    http://localhost:<port>/" once they listen. */
const READY = /Local\s+(http:\/\/localhost:\d+)\//;
/** Colour codes: picocolors turns colours on whenever CI is set, even when output goes to a pipe. */
const ANSI_ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/**
 * What Vitest (and Astro's Vitest config) set in a test worker's environment, which a server started
 * from a terminal would not see: with VITEST set, Astro's dev server answers every page with a 404;
 * DEV, PROD and the like would stand in for import.meta.env's own values.
 */
const TEST_RUNNER_ENV = /^(VITEST.*|TEST|MODE|NODE_ENV|DEV|PROD|SSR|BASE_URL|SITE|ASSETS_PREFIX)$/;

function terminalEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !TEST_RUNNER_ENV.test(name)));
}

export function startServer(script: string, args: string[], env: Record<string, string>, timeout = 60_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...terminalEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    detached: true, // a process group of its own, so that stop() ends whatever the server started
  });
  let output = '';
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGTERM');
    await exited;
  };
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      void stop();
      fail(new Error(`${script} did not start within ${timeout} ms:\n${output}`));
    }, timeout);
    const read = (chunk: Buffer) => {
      output += chunk.toString().replace(ANSI_ESCAPE, '');
      const ready = READY.exec(output);
      if (!ready) return;
      clearTimeout(timer);
      done({ url: ready[1]!, output: () => output, stop });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`${script} exited (${code}) before it served:\n${output}`));
    });
  });
}
