// Certificates Microsoft Entra ID issues for device compliance have no CRL distribution point and cannot be used to
// get Kerberos tickets; on-premises resources need a certificate from an on-premises CA, selected through the
// `<Sso>` section (VPN and conditional access).
import { SOURCES } from '../../sources';
import type { ProfileRule } from '../rule';
import { isTrue } from '../helpers';

export const deviceComplianceSso: ProfileRule = {
  id: 'profile/device-compliance-sso',
  defaultSeverity: 'information',
  title: 'Device compliance without a single sign-on certificate for on-premises resources',
  docUrl: SOURCES.vpnConditionalAccess.url,
  // The EKU and issuer of the on-premises certificate are the administrator's to give: no fix.
  fixKinds: [],
  docs: {
    rationale:
      'With `<DeviceCompliance><Enabled>true</Enabled>`, the VPN client authenticates with a short-lived certificate from Microsoft Entra ID. Microsoft documents that this certificate has no CRL distribution point and is not suitable for domain controllers to issue Kerberos tickets. ' +
      'For users to reach on-premises resources (file shares, intranet sites), a client certificate from the on-premises CA must be deployed and selected for single sign-on with `<Sso><Enabled>true</Enabled>`, using `<Eku>` and `<IssuerHash>` to pick it. ' +
      'Whether your users need on-premises resources is not visible in the profile, so this is advice.',
    wrong: '<VPNProfile>\n  <DeviceCompliance>\n    <Enabled>true</Enabled>\n  </DeviceCompliance>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <DeviceCompliance>\n    <Enabled>true</Enabled>\n    <Sso>\n      <Enabled>true</Enabled>\n      <Eku>1.3.6.1.5.5.7.3.2</Eku>\n    </Sso>\n  </DeviceCompliance>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const compliance = profile.root.child('DeviceCompliance');
    if (!compliance || !isTrue(compliance.child('Enabled'))) return;
    const sso = compliance.child('Sso');
    if (!sso || !isTrue(sso.child('Enabled'))) {
      report({
        range: compliance.nameRange,
        message:
          'The certificate Microsoft Entra ID issues for device compliance has no CRL distribution point and cannot be used to get Kerberos tickets. If users must reach on-premises resources (file shares, intranet sites), deploy a client certificate from your on-premises CA and add `<Sso><Enabled>true</Enabled><Eku>…</Eku><IssuerHash>…</IssuerHash></Sso>` to select it.',
      });
      return;
    }
    if (sso.child('Eku') || sso.child('IssuerHash')) return;
    report({
      range: sso.nameRange,
      message:
        'Single sign-on is enabled but gives no `<Eku>` or `<IssuerHash>` to pick the Kerberos certificate with; add them so that the client chooses the certificate issued by your on-premises CA.',
    });
  },
};
