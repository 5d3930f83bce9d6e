// Windows versions as administrators write them (`10.0.19045`, `22H2`, `Windows 11 23H2`, `LTSC 2021`) and as
// the catalogues write minimum versions (`Windows 10 1709 (10.0.16299)`), reduced to the OS build number that
// orders them. Windows 10 and 11 share the version 10.0; the build tells the releases apart.
// Builds per release: Microsoft's release information,
// https://learn.microsoft.com/windows/release-health/release-information (Windows 10, LTSB/LTSC editions included) and
// https://learn.microsoft.com/windows/release-health/windows11-release-information (Windows 11).
// 26H1 and 26H2 were added from third-party listings of those pages; their builds only need to be above 26100,
// the newest minimum the catalogues name, for every check to come out the same.

export interface WindowsVersion {
  /** The OS build (the third part of 10.0.19045); orders releases. */
  readonly build: number;
  /** How messages name it: `Windows 10 22H2 (10.0.19045)`, or `Windows build 10.0.19046` off the table. */
  readonly label: string;
}

interface Release {
  readonly windows: 10 | 11;
  /** `22H2`, `1709`; LTSB/LTSC editions as `LTSC 2021`. */
  readonly version: string;
  readonly build: number;
}

const RELEASES: readonly Release[] = [
  { windows: 10, version: '1507', build: 10240 },
  { windows: 10, version: '1511', build: 10586 },
  { windows: 10, version: '1607', build: 14393 },
  { windows: 10, version: '1703', build: 15063 },
  { windows: 10, version: '1709', build: 16299 },
  { windows: 10, version: '1803', build: 17134 },
  { windows: 10, version: '1809', build: 17763 },
  { windows: 10, version: '1903', build: 18362 },
  { windows: 10, version: '1909', build: 18363 },
  { windows: 10, version: '2004', build: 19041 },
  { windows: 10, version: '20H2', build: 19042 },
  { windows: 10, version: '21H1', build: 19043 },
  { windows: 10, version: '21H2', build: 19044 },
  { windows: 10, version: '22H2', build: 19045 },
  { windows: 11, version: '21H2', build: 22000 },
  { windows: 11, version: '22H2', build: 22621 },
  { windows: 11, version: '23H2', build: 22631 },
  { windows: 11, version: '24H2', build: 26100 },
  { windows: 11, version: '25H2', build: 26200 },
  { windows: 11, version: '26H2', build: 26300 },
  { windows: 11, version: '26H1', build: 28000 },
];

/** Long-term servicing editions: the release each one is built on. */
const LONG_TERM: readonly Release[] = [
  { windows: 10, version: 'LTSB 2015', build: 10240 },
  { windows: 10, version: 'LTSB 2016', build: 14393 },
  { windows: 10, version: 'LTSC 2019', build: 17763 },
  { windows: 10, version: 'LTSC 2021', build: 19044 },
  { windows: 11, version: 'LTSC 2024', build: 26100 },
];

/** Windows 10 1507: Always On VPN needs Windows 10 (ProfileXML itself, Windows 10 1607). */
export const OLDEST_TARGET_BUILD = 10240;

function labelOf(release: Release): string {
  return `Windows ${release.windows} ${release.version} (10.0.${release.build})`;
}

/** The version of a build: the release that has it, else `Windows build 10.0.N`. */
export function versionOfBuild(build: number): WindowsVersion {
  const release = RELEASES.find((r) => r.build === build);
  return { build, label: release ? labelOf(release) : `Windows build 10.0.${build}` };
}

export type TargetParse = { readonly ok: true; readonly version: WindowsVersion } | { readonly ok: false; readonly message: string };

const EXAMPLES = 'for example `10.0.19045`, `19045`, `10 22H2`, `11 23H2` or `Windows 11 24H2`';

/**
 * Reads a target Windows version: a build (`10.0.19045`, `10.0.19045.5737`, `19045`, `build 19045`), a release
 * (`10 22H2`, `Windows 11 23H2`, `Win11 24H2`, `Windows 10, version 1809`, `2004` and `1909` alone, which only
 * Windows 10 has), a whole Windows (`Windows 11`: its first release), or a long-term edition (`LTSC 2021`).
 */
export function parseWindowsTarget(input: string): TargetParse {
  const text = input.trim().replace(/\s+/g, ' ');
  if (!text) return { ok: false, message: `No Windows version given: write one, ${EXAMPLES}.` };
  const build = /^(?:(?:windows |win )?build )?(?:10\.0\.)?(\d{4,6})(?:\.\d+)?$/i.exec(text);
  if (build && (/^(?:10\.0\.|(?:windows |win )?build )/i.test(text) || build[1].length === 5)) return fromBuild(Number(build[1]), input);
  const match = /^(?:microsoft )?(?:windows|win)? ?(10|11)?(?:,? ?(?:version|ver\.?))? ?(?:enterprise |iot enterprise |iot )?(\d{4}|\d{2}h\d|lts[bc] \d{4})?$/i.exec(text);
  if (!match || (!match[1] && !match[2])) return { ok: false, message: `${quote(input)} is not a Windows version aovpn knows how to read: write ${EXAMPLES}.` };
  const windows = match[1] ? (Number(match[1]) as 10 | 11) : undefined;
  const version = match[2]?.toUpperCase().replace(/^LTS([BC]) /, 'LTS$1 ');
  if (!version) {
    const first = RELEASES.find((r) => r.windows === windows)!;
    return { ok: true, version: { build: first.build, label: labelOf(first) } };
  }
  const candidates = [...RELEASES, ...LONG_TERM].filter((r) => r.version === version && (windows === undefined || r.windows === windows));
  if (candidates.length === 1) return { ok: true, version: { build: candidates[0].build, label: labelOf(candidates[0]) } };
  if (candidates.length > 1) {
    return { ok: false, message: `${quote(input)} could be ${candidates.map(labelOf).join(' or ')}: say which Windows, for example \`${candidates[0].windows} ${version}\`.` };
  }
  const known = RELEASES.filter((r) => windows === undefined || r.windows === windows).map((r) => r.version);
  return {
    ok: false,
    message: `${quote(input)} is not a release aovpn knows${windows ? ` of Windows ${windows}` : ''} (${known.join(', ')}): give its build number instead, for example \`10.0.26100\`.`,
  };
}

function fromBuild(build: number, input: string): TargetParse {
  if (build < OLDEST_TARGET_BUILD) {
    return { ok: false, message: `${quote(input)} is older than Windows 10 (build 10240); Always On VPN needs Windows 10 or later.` };
  }
  return { ok: true, version: versionOfBuild(build) };
}

function quote(input: string): string {
  return JSON.stringify(input.length > 60 ? `${input.slice(0, 60)}…` : input);
}

/**
 * The build of a minimum version as the catalogues write it: `Windows 10 1709 (10.0.16299)`, `Windows build
 * 10.0.19628`, `Windows 11` (its first release). Windows 7, 8 and 8.1, older than any target, give 0. Undefined
 * for a text that names no version.
 */
export function catalogueBuild(minWindows: string): number | undefined {
  const explicit = /\b10\.0\.(\d{5})\b/.exec(minWindows);
  if (explicit) return Number(explicit[1]);
  if (/^Windows (7|8|8\.1)\b/.test(minWindows)) return 0;
  const parsed = parseWindowsTarget(minWindows.replace(/\s*\(.*$/, ''));
  return parsed.ok ? parsed.version.build : undefined;
}
