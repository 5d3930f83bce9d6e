// Loads the CLI's bundles with a V8 code cache, so that a command does not compile its code again on every run.
// Node 22.1+ has this built in (module.enableCompileCache); on Node 20 the bundle is compiled with vm.Script and the
// code V8 made for it, after the command ran, is kept in a cache file for the next run. V8 checks that a cache file
// matches its Node version and flags, and rejects it otherwise; the file's name holds the bundle's path, size and
// modification time, so a rebuilt or moved bundle never meets an old cache (which is then deleted), and the V8 flags
// set through setV8Flags, so that runs with and without them keep a cache each.
//
// The cache folder is Node's choice of temporary folder plus a folder of this user's own, checked before use (owned
// by this user, a real folder, writable by nobody else): its files are code that runs. NODE_DISABLE_COMPILE_CACHE=1
// turns the cache off, as it does Node's own; any failure (no folder, a read-only disk) only means no cache.
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import Module, { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { Script } from 'node:vm';

interface NodeModuleWithCompileCache {
  enableCompileCache?: (directory?: string) => unknown;
}

let nodeCacheEnabled = false;
let folder: string | undefined | null = null;
/**
 * The V8 flags set through setV8Flags, as part of cache file names. Kept on the global object: each bundle has its own
 * copy of this module, but flags are set once for all of them (and V8's are the process's).
 */
const FLAGS_TAG = Symbol.for('aovpn.compileCache.v8Flags');
const flagsTag = (): string => ((globalThis as Record<symbol, unknown>)[FLAGS_TAG] as string | undefined) ?? 'default';

/**
 * Sets V8 flags for the rest of the process (all threads), before the code they concern is compiled. Call it in
 * every thread that loads bundles afterwards, so that its caches are named for the flags.
 */
export function setV8Flags(flags: string): void {
  (require('node:v8') as typeof import('node:v8')).setFlagsFromString(flags);
  (globalThis as Record<symbol, unknown>)[FLAGS_TAG] = hash(flags);
}

/**
 * Loads a CommonJS bundle (a file of this package) as require() would, with a compile cache when possible. Called by
 * the code esbuild.mjs generates for a lazily loaded bundle.
 * @public
 */
export function loadBundle(file: string): unknown {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return require(file);
  const nodeModule = Module as unknown as NodeModuleWithCompileCache;
  if (typeof nodeModule.enableCompileCache === 'function') {
    if (!nodeCacheEnabled) {
      nodeCacheEnabled = true;
      try {
        nodeModule.enableCompileCache();
      } catch {
        // No cache.
      }
    }
    return require(file);
  }
  const cached = (require.cache as Record<string, NodeJS.Module | undefined>)[file];
  if (cached) return cached.exports;
  let source: string;
  let cacheFile: string | undefined;
  let prefix = '';
  try {
    source = bundleText(readFileSync(file));
    const dir = cacheFolder();
    if (dir) {
      const stat = statSync(file);
      // One cache per bundle file (name and path) and flags; the version of the bundle and of Node after that.
      prefix = `${path.basename(file, '.js')}-${hash(file)}-${flagsTag()}-`;
      cacheFile = path.join(dir, `${prefix}${hash(`${stat.size}\0${stat.mtimeMs}\0${stat.ino}`)}-${process.version}-${process.arch}.cache`);
    }
  } catch {
    return require(file);
  }
  let cachedData: Buffer | undefined;
  if (cacheFile) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // Not made yet.
    }
  }
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const module = new Module(file, undefined);
  module.filename = file;
  module.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(file));
  (require.cache as Record<string, NodeJS.Module>)[file] = module;
  try {
    const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
    wrapper.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  } catch (error) {
    delete (require.cache as Record<string, NodeJS.Module>)[file];
    throw error;
  }
  module.loaded = true;
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    // Made at exit, so that it holds the code of every function the command ran, not only the top level; but not if
    // V8's flags changed since (V8 would reject it when the bundle is loaded the next time).
    const target = cacheFile;
    const bundlePrefix = prefix;
    const loadedWith = flagsTag();
    process.once('exit', () => {
      if (flagsTag() === loadedWith) writeCache(target, script, bundlePrefix);
    });
  }
  return module.exports;
}

/**
 * A bundle's text. esbuild writes ASCII (non-ASCII characters escaped, its default charset), which read as Latin-1 is
 * the same text made straight into a one-byte string; reading it as UTF-8 touched twice the memory (measured: 755
 * against 377 page faults for the 760 KB checkFile.js), and on a virtual machine every page costs.
 */
function bundleText(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** This user's cache folder, made if needed; undefined when there is none that can be trusted. */
function cacheFolder(): string | undefined {
  if (folder !== null) return folder;
  folder = undefined;
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const dir = path.join(os.tmpdir(), `aovpn-compile-cache${uid === undefined ? '' : `-${uid}`}`);
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
  }
  try {
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return undefined;
    // On POSIX: ours, and nobody else may write in it (Windows' temporary folder is per user already).
    if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return undefined;
  } catch {
    return undefined;
  }
  return (folder = dir);
}

/**
 * Writes a cache file whole or not at all (a temporary file renamed over it), readable by this user only, and
 * deletes the caches of earlier versions of the same bundle (same `prefix`).
 */
function writeCache(file: string, script: Script, prefix: string): void {
  // Worker threads of one process may write the same cache at the same time: each its own temporary file. (Loaded
  // here, at exit: node:worker_threads costs a one-file command 3–5% of Node's start-up.)
  const { threadId } = require('node:worker_threads') as typeof import('node:worker_threads');
  const temporary = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    const data = script.createCachedData();
    const fd = openSync(temporary, 'wx', 0o600);
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
    for (const name of readdirSync(path.dirname(file))) {
      if (name.startsWith(prefix) && name.endsWith('.cache') && name !== path.basename(file)) unlinkSync(path.join(path.dirname(file), name));
    }
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written.
    }
  }
}

/** FNV-1a, 32 bits, as hex: names a cache file after the bundle it belongs to. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
