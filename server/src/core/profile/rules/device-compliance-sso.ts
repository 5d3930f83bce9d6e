// Entra-issued Conditional Access certificates have no CDP and cannot obtain Kerberos tickets; reaching on-premises
// resources needs a domain-trusted certificate selected through the <SSO> section (vpn-conditional-access.md).
import type { ProfileRule } from '../rule';
import { isTrue } from '../helpers';

export const deviceComplianceSso: ProfileRule = {
  id: 'profile/device-compliance-sso',
  defaultSeverity: 'information',
  title: 'Device compliance without a single sign-on certificate for on-premises resources',
  docUrl: 'https://learn.microsoft.com/windows/security/operating-system-security/network-security/vpn/vpn-conditional-access',
  check({ profile, report }) {
    const compliance = profile.root.child('DeviceCompliance');
    if (!compliance || !isTrue(compliance.child('Enabled'))) return;
    const sso = compliance.child('Sso');
    if (!sso || !isTrue(sso.child('Enabled'))) {
      report({
        range: compliance.nameRange,
        message:
          'The short-lived certificate Microsoft Entra ID issues for Conditional Access has no CRL distribution point and cannot be used to get Kerberos tickets. If users must reach on-premises resources (file shares, intranet sites), deploy a client certificate from your on-premises CA and add `<Sso><Enabled>true</Enabled><Eku>…</Eku><IssuerHash>…</IssuerHash></Sso>` to select it.',
      });
      return;
    }
    if (sso.child('Eku') || sso.child('IssuerHash')) return;
    report({
      range: sso.nameRange,
      message: 'Single sign-on is enabled but gives no `<Eku>` or `<IssuerHash>` to pick the Kerberos certificate with; add them so that the client chooses the certificate issued by your on-premises CA.',
    });
  },
};
