// Runs a child process and measures it: wall time, exit code, output, and peak RSS where it can be known.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BENCH_DIR } from './paths.mjs';
import { now } from './stats.mjs';

const GNU_TIME = ['/usr/bin/time'].find((candidate) => {
  if (!existsSync(candidate)) return false;
  const probe = spawnSync(candidate, ['-f', '%M', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /^\d+\s*$/.test(probe.stderr.trim().split('\n').pop() ?? '');
});

/** Preloaded into Node children: writes their own peak RSS (bytes) to $BENCH_RSS_FILE when they exit. */
const RSS_PRELOAD = path.join(BENCH_DIR, 'lib', 'report-rss.cjs');

/**
 * Runs `command args` to completion. For `node` commands the peak RSS comes from the child itself (a preload);
 * for others from GNU time when installed. stdout is discarded unless `capture` is set.
 */
export function run(command, args, { cwd, env, capture = false, measureRss = true } = {}) {
  return new Promise((resolve, reject) => {
    let argv = [command, ...args];
    let rssFile;
    const childEnv = { ...process.env, ...env };
    let timeFile;
    if (measureRss && command === process.execPath) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'aovpn-bench-rss-'));
      rssFile = path.join(dir, 'rss');
      argv = [command, '--require', RSS_PRELOAD, ...args];
      childEnv.BENCH_RSS_FILE = rssFile;
    } else if (measureRss && GNU_TIME) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'aovpn-bench-rss-'));
      timeFile = path.join(dir, 'time');
      argv = [GNU_TIME, '-o', timeFile, '-f', '%M', command, ...args];
    }
    const started = now();
    const child = spawn(argv[0], argv.slice(1), { cwd, env: childEnv, stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout?.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = now() - started;
      let maxRssBytes;
      const readNumber = (file, scale) => {
        try {
          const value = Number(readFileSync(file, 'utf8').trim().split('\n').pop());
          return Number.isFinite(value) && value > 0 ? value * scale : undefined;
        } catch {
          return undefined;
        } finally {
          rmSync(path.dirname(file), { recursive: true, force: true });
        }
      };
      if (rssFile) maxRssBytes = readNumber(rssFile, 1);
      if (timeFile) maxRssBytes = readNumber(timeFile, 1024);
      resolve({ code, wallMs, maxRssBytes, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

export function which(command) {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}
