// Elements and values newer than the Windows the profile must apply on (setting `aovpn.targetWindows`, CLI
// `--target-windows`). The minimum versions are the catalogue's: the VPNv2 CSP's "Applicability" of each node
// (https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp), and, labelled as such, the later versions
// practitioners report (the comments of Richard Hicks' sample profiles). Without a target nothing is reported.
import type { ElementSpec, EnumValue, PractitionerVersion } from '../../catalogue/types';
import { SOURCES } from '../../sources';
import { codeSpan } from '../../text/markdown';
import { catalogueBuild, type WindowsVersion } from '../../windows/versions';
import type { XmlElement } from '../../xml/model';
import { enumValueOf, enumValuesOf, removeElement } from '../helpers';
import type { ProfileRule, ProfileRuleContext } from '../rule';

export const requiresNewerWindows: ProfileRule = {
  id: 'profile/requires-newer-windows',
  defaultSeverity: 'warning',
  title: 'An element or value needs a newer Windows than the target version',
  docUrl: SOURCES.vpnv2Csp.url,
  // Leaving a setting out changes what the profile does: a person decides.
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      'Each VPNv2 CSP node lists the Windows version that introduced it; `NetworkOutageTime`, for example, needs Windows 11 21H2 (10.0.22000), and the `ProtocolList` value of `NativeProtocolType` build 10.0.20207. ' +
      'With a target version set (`aovpn.targetWindows` in the editor, `--target-windows` for `aovpn check` and `aovpn export`, for example `10 22H2` or `10.0.19045`), every element and value newer than the target is reported with the version it needs. ' +
      "Where practitioners report a later version than Microsoft documents (Richard Hicks' sample profiles give Windows 11 24H2 for `NetworkOutageTime` and five other elements, and 22H2 for the two `Disable…Button` elements), or one where Microsoft documents none (`SSTP` as `NativeProtocolType`, Windows 11), that version is reported too, labelled as the practitioners' finding. " +
      "Microsoft does not document what an older Windows does with a setting it does not know (reject the profile or ignore the setting), so the advice is to test on the target or leave the setting out; removing it is offered as a suggestion. The EAP schemas' minimum versions (Windows 7 and 8) are older than any target, so EAP configurations give no such warning. Without a target version nothing is reported.",
    wrong:
      '<!-- With the target Windows 10 22H2 (aovpn.targetWindows: 10 22H2) -->\n<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n  <NetworkOutageTime>0</NetworkOutageTime>\n</VPNProfile>\n',
    right: '<!-- With the target Windows 10 22H2 (aovpn.targetWindows: 10 22H2) -->\n<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check(context) {
    const target = context.target;
    if (!target) return;
    visit(context, target, context.profile.root, 0);
  },
};

/** The version an element or value needs: the documented one and the practitioners' where later (builds and labels). */
interface Need {
  readonly documented?: { readonly build: number; readonly label: string };
  readonly reported?: { readonly build: number; readonly label: string; readonly source: string };
  readonly build: number;
}

function needOf(minWindows: string | undefined, practitioner: PractitionerVersion | undefined): Need | undefined {
  const documentedBuild = minWindows === undefined ? undefined : catalogueBuild(minWindows);
  const reportedBuild = practitioner === undefined ? undefined : catalogueBuild(practitioner.version);
  const documented = documentedBuild === undefined ? undefined : { build: documentedBuild, label: minWindows! };
  const reported =
    reportedBuild === undefined || (documentedBuild !== undefined && reportedBuild <= documentedBuild)
      ? undefined
      : { build: reportedBuild, label: practitioner!.version, source: practitioner!.source };
  if (!documented && !reported) return undefined;
  return { documented, reported, build: Math.max(documented?.build ?? 0, reported?.build ?? 0) };
}

/** Reports the element (and its value) when newer than both the target and what an ancestor was reported for. */
function visit(context: ProfileRuleContext, target: WindowsVersion, element: XmlElement, covered: number): void {
  const spec = context.profile.specs.specOf(element);
  if (!spec) return;
  let reportedUpTo = covered;
  const need = needOf(spec.minWindows, spec.practitionerMinWindows);
  if (need && need.build > target.build && need.build > covered) {
    const name = codeSpan(`<${element.name}>`);
    context.report({
      range: element.nameRange,
      message: element.parent
        ? describe(name, need, target)
        : `ProfileXML (${name}) needs ${need.documented?.label ?? ''} or later, as the VPNv2 CSP documents for its ProfileXML node; the target is ${target.label}.`,
      fixes: element.parent
        ? [{ title: `Remove <${element.name}>${element.hasChildElements ? ' and everything in it' : ''}`, edits: [removeElement(context.profile.text, element)], kind: 'suggestion' }]
        : undefined,
    });
    reportedUpTo = need.build;
  }
  checkValue(context, target, element, spec, reportedUpTo);
  for (const child of element.children) if (child.kind === 'element') visit(context, target, child, reportedUpTo);
}

function checkValue(context: ProfileRuleContext, target: WindowsVersion, element: XmlElement, spec: ElementSpec, covered: number): void {
  const values = enumValuesOf(spec);
  if (!values) return;
  const value: EnumValue | undefined = enumValueOf(element, values);
  if (!value) return;
  const need = needOf(value.minWindows, value.practitionerMinWindows);
  if (!need || need.build <= target.build || need.build <= covered) return;
  context.report({ range: element.text.range, message: describe(`${codeSpan(value.value)} in ${codeSpan(`<${element.name}>`)}`, need, target) });
}

function describe(subject: string, need: Need, target: WindowsVersion): string {
  const { documented, reported } = need;
  const unknown = ' Microsoft does not document whether an older Windows rejects the profile or ignores the setting: test on the target version, or leave it out.';
  if (documented && documented.build > target.build) {
    const also = reported ? ` Practitioners report that it takes effect only from ${reported.label} (${sourceTitle(reported.source)}).` : '';
    return `${subject} needs ${documented.label} or later, as the VPNv2 CSP documents; the target is ${target.label}.${also}${unknown}`;
  }
  const microsoft = documented ? `Microsoft documents ${documented.label}` : 'Microsoft documents no version';
  return `Practitioners report that ${subject} takes effect only from ${reported!.label} (${sourceTitle(reported!.source)}; ${microsoft}); the target is ${target.label}.${unknown}`;
}

function sourceTitle(url: string): string {
  return Object.values(SOURCES).find((source) => source.url === url)?.title ?? url;
}
