import { testRule } from '../../testing/ruleTester';
import { weakCryptography } from './weak-cryptography';
import { nativeWith, STRONG_SUITE, userProfile } from './testing';

const WEAK_SUITE = `    <CryptographySuite>
      <AuthenticationTransformConstants>SHA196</AuthenticationTransformConstants>
      <CipherTransformConstants>DES3</CipherTransformConstants>
      <PfsGroup>PFS2</PfsGroup>
      <DHGroup>Group2</DHGroup>
      <IntegrityCheckMethod>MD5</IntegrityCheckMethod>
      <EncryptionMethod>DES</EncryptionMethod>
    </CryptographySuite>`;

testRule(weakCryptography, {
  valid: [{ name: 'the practitioner baseline and DataEncryption Max', text: userProfile(nativeWith('IKEv2', STRONG_SUITE), '  <DataEncryption>Max</DataEncryption>\n') }],
  invalid: [
    {
      name: 'every weak algorithm in the suite is a warning on its value',
      text: userProfile(nativeWith('IKEv2', WEAK_SUITE)),
      findings: [
        { at: { content: 'AuthenticationTransformConstants' }, severity: 'warning', message: '`SHA196` in `<AuthenticationTransformConstants>` is weak', fixes: [] },
        { at: { content: 'CipherTransformConstants' }, severity: 'warning', fixes: [] },
        { at: { content: 'PfsGroup' }, severity: 'warning', fixes: [] },
        { at: { content: 'DHGroup' }, severity: 'warning', message: 'Group 2 (1024-bit)', fixes: [] },
        { at: { content: 'IntegrityCheckMethod' }, severity: 'warning', fixes: [] },
        { at: { content: 'EncryptionMethod' }, severity: 'warning', fixes: [] },
      ],
    },
    {
      name: 'a case variant of a weak value is still weak; DataEncryption Optional is weak',
      text: userProfile(nativeWith('IKEv2', STRONG_SUITE.replace('>Group14<', '>group1<')), '  <DataEncryption>Optional</DataEncryption>\n'),
      findings: [
        { at: { content: 'DHGroup' }, message: '`Group1`' },
        { at: { content: 'DataEncryption' }, message: 'Use `Require` or `Max`' },
      ],
    },
  ],
});
