import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../analysis';
import { ROOT_CA_THUMBPRINT_PLACEHOLDER } from '../eap/placeholders';
import { ROOT_THUMBPRINT } from '../eap/rules/examples';
import { expandSnippet } from '../text/snippet';
import { findPath } from '../xml/query';
import { profileTemplates, profileTemplateText, type ProfileTemplateId } from './templates';

/** The template filled in as a user would: every placeholder tab stop replaced by a real value, choices as given. */
function filledIn(body: string): string {
  const real: Record<string, string> = {
    'vpn.example.com': 'vpn.contoso.com',
    'corp.example.com': 'corp.contoso.com',
    'nps1.corp.example.com;nps2.corp.example.com': 'nps1.corp.contoso.com',
    [ROOT_CA_THUMBPRINT_PLACEHOLDER]: ROOT_THUMBPRINT,
    'Example.VpnPlugin_0000000000000': 'PaloAltoNetworks.GlobalProtect_rn9aeerfb38dg',
  };
  return expandSnippet(body.replace(/\$\{(\d+):([^}]*)\}/g, (all, n: string, value: string) => (value in real ? `\${${n}:${real[value]}}` : all)));
}

// The information each template opens with, asserted exactly: the placeholders still to replace (in the profile and
// in each EAP server validation) and the advice that holds for the method chosen.
const INFORMATION: Record<ProfileTemplateId, readonly string[]> = {
  'device-tunnel': ['profile/template-placeholder', 'profile/template-placeholder'],
  'user-peap-tls': [...Array<string>(4).fill('eap/template-placeholder'), ...Array<string>(4).fill('profile/template-placeholder')],
  'user-eap-tls': [...Array<string>(2).fill('eap/template-placeholder'), ...Array<string>(4).fill('profile/template-placeholder')],
  'user-peap-mschapv2': ['eap/crypto-binding', 'eap/password-authentication', ...Array<string>(2).fill('eap/template-placeholder'), ...Array<string>(4).fill('profile/template-placeholder')],
  plugin: Array<string>(5).fill('profile/template-placeholder'),
};

test('the five templates of New Profile…, each with a label and a detail line', () => {
  assert.deepEqual(
    profileTemplates.map((t) => t.id),
    ['device-tunnel', 'user-peap-tls', 'user-eap-tls', 'user-peap-mschapv2', 'plugin'],
  );
  for (const template of profileTemplates) {
    assert.ok(template.label && template.detail.length > 30, template.id);
    const text = profileTemplateText(template);
    assert.doesNotMatch(text, /\$\{?\d/, `${template.id}: no tab stop left in the document`);
    assert.ok(text.startsWith('<VPNProfile>\n') && text.endsWith('</VPNProfile>\n'), template.id);
  }
});

test('with its defaults, a template has no error and no warning (element order too), only the listed information', () => {
  for (const template of profileTemplates) {
    const analysis = analyzeDocument(profileTemplateText(template), { rules: { 'profile/element-order': 'warning' } });
    assert.equal(analysis.kind, 'profile', template.id);
    const problems = analysis.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.deepEqual(problems, [], `${template.id}:\n${problems.map((f) => `${f.ruleId}: ${f.message}`).join('\n')}`);
    assert.deepEqual(analysis.findings.map((f) => `${f.severity} ${f.ruleId}`).sort(), INFORMATION[template.id].map((id) => `information ${id}`).sort(), template.id);
  }
});

test('every placeholder sits in a tab stop: filled in, a template has no finding at all but method advice', () => {
  for (const template of profileTemplates) {
    const analysis = analyzeDocument(filledIn(template.body));
    assert.deepEqual(analysis.findings.map((f) => f.ruleId).sort(), INFORMATION[template.id].filter((id) => !id.endsWith('/template-placeholder')).sort(), template.id);
  }
});

test('each template is the profile it says', () => {
  const byId = new Map(profileTemplates.map((t) => [t.id, analyzeDocument(profileTemplateText(t))]));
  const profile = (id: ProfileTemplateId) => byId.get(id)!.units.find((u) => u.kind === 'profile')!.profile!;
  const eapTypes = (id: ProfileTemplateId) =>
    byId
      .get(id)!
      .units.filter((u) => u.kind === 'eap')
      .map((u) => [u.eap!.methodType, findPath(u.root, 'Config/Eap/EapType/Eap/Type')?.text.trimmed]);

  const device = profile('device-tunnel');
  assert.equal(device.isDeviceTunnel, true);
  assert.equal(device.routingPolicy, 'SplitTunnel');
  assert.equal(device.nativeProtocol, 'IKEv2');
  assert.equal(device.value('NativeProfile/Authentication/MachineMethod'), 'Certificate');
  assert.equal(device.value('AlwaysOn'), 'true');
  assert.deepEqual(
    device.elements('Route/PrefixSize').map((p) => p.text.trimmed),
    ['32', '32'],
  );

  for (const id of ['user-peap-tls', 'user-eap-tls', 'user-peap-mschapv2'] as const) {
    const user = profile(id);
    assert.equal(user.isDeviceTunnel, false, id);
    assert.equal(user.nativeProtocol, 'IKEv2', id);
    assert.equal(user.routingPolicy, 'SplitTunnel', id);
    assert.equal(user.value('NativeProfile/Authentication/UserMethod'), 'Eap', id);
    assert.equal(user.value('AlwaysOn'), 'true', id);
    assert.equal(user.eap.length, 1, `${id}: one complete EapHostConfig`);
  }
  assert.deepEqual(eapTypes('user-peap-tls'), [[25, '13']]);
  assert.deepEqual(eapTypes('user-eap-tls'), [[13, undefined]]);
  assert.deepEqual(eapTypes('user-peap-mschapv2'), [[25, '26']]);

  const plugin = profile('plugin');
  assert.equal(plugin.element('NativeProfile'), undefined);
  assert.equal(plugin.value('PluginProfile/ServerUrlList'), 'vpn.example.com');
  assert.equal(plugin.value('PluginProfile/PluginPackageFamilyName'), 'Example.VpnPlugin_0000000000000');
});
