import { testRule } from '../../testing/ruleTester';
import { deviceComplianceSso } from './device-compliance-sso';
import { nativeWith, userProfile } from './testing';

const profile = (compliance: string) => userProfile(nativeWith('IKEv2'), `  <DeviceCompliance>\n${compliance}\n  </DeviceCompliance>\n`);

testRule(deviceComplianceSso, {
  valid: [
    { name: 'SSO with a certificate filter', text: profile('    <Enabled>true</Enabled>\n    <Sso>\n      <Enabled>true</Enabled>\n      <Eku>1.3.6.1.5.5.7.3.2</Eku>\n    </Sso>') },
    { name: 'device compliance turned off', text: profile('    <Enabled>false</Enabled>') },
  ],
  invalid: [
    {
      name: 'device compliance without SSO: information on DeviceCompliance',
      text: profile('    <Enabled>true</Enabled>'),
      findings: [{ at: { tag: 'DeviceCompliance' }, severity: 'information', message: 'no CRL distribution point', fixes: [] }],
    },
    {
      name: 'SSO without Eku or IssuerHash: information on Sso',
      text: profile('    <Enabled>true</Enabled>\n    <Sso>\n      <Enabled>true</Enabled>\n    </Sso>'),
      findings: [{ at: { tag: 'Sso' }, severity: 'information', message: 'no `<Eku>` or `<IssuerHash>`', fixes: [] }],
    },
  ],
});
