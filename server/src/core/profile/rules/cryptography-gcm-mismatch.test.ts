import { testRule } from '../../testing/ruleTester';
import { cryptographyGcmMismatch } from './cryptography-gcm-mismatch';
import { nativeWith, STRONG_SUITE, userProfile } from './testing';

const suite = (auth: string, cipher: string) =>
  userProfile(
    nativeWith(
      'IKEv2',
      STRONG_SUITE.replace('<AuthenticationTransformConstants>GCMAES128<', `<AuthenticationTransformConstants>${auth}<`).replace(
        '<CipherTransformConstants>GCMAES128<',
        `<CipherTransformConstants>${cipher}<`,
      ),
    ),
  );

testRule(cryptographyGcmMismatch, {
  valid: [
    { name: 'the same GCM transform in both', text: suite('GCMAES128', 'GCMAES128') },
    { name: 'CBC with an HMAC', text: suite('SHA256128', 'AES256') },
    { name: 'a cipher the CSP does not list (None) is left to the catalogue', text: suite('GCMAES128', 'None') },
  ],
  invalid: [
    {
      name: 'a GCM authentication transform with an equally strong CBC cipher: change the cipher',
      text: suite('GCMAES128', 'AES128'),
      findings: [
        {
          at: { content: 'CipherTransformConstants' },
          severity: 'warning',
          message: 'must be used for both',
          related: [{ tag: 'AuthenticationTransformConstants' }],
          fixes: [{ title: 'Change <CipherTransformConstants> to GCMAES128', kind: 'suggestion', output: suite('GCMAES128', 'GCMAES128') }],
        },
      ],
    },
    {
      name: 'a stronger CBC cipher is never weakened: both become GCMAES256',
      text: suite('GCMAES128', 'AES256'),
      findings: [
        {
          at: { content: 'CipherTransformConstants' },
          message: 'Use `GCMAES256` in both elements',
          fixes: [{ title: 'Use GCMAES256 for both transforms', kind: 'suggestion', output: suite('GCMAES256', 'GCMAES256') }],
        },
      ],
    },
    {
      name: 'two different GCM transforms: reported on the cipher, the stronger one wins',
      text: suite('GCMAES256', 'GCMAES128'),
      findings: [
        {
          at: { content: 'CipherTransformConstants' },
          related: [{ tag: 'AuthenticationTransformConstants' }],
          fixes: [{ title: 'Change <CipherTransformConstants> to GCMAES256', kind: 'suggestion', output: suite('GCMAES256', 'GCMAES256') }],
        },
      ],
    },
    {
      name: 'a GCM cipher with an HMAC authentication transform: reported on the authentication transform',
      text: suite('SHA256128', 'GCMAES256'),
      findings: [
        {
          at: { content: 'AuthenticationTransformConstants' },
          related: [{ tag: 'CipherTransformConstants' }],
          fixes: [{ title: 'Change <AuthenticationTransformConstants> to GCMAES256', kind: 'suggestion', output: suite('GCMAES256', 'GCMAES256') }],
        },
      ],
    },
    {
      name: 'a weak cipher next to GCM becomes the GCM transform (never weaker than DES3)',
      text: suite('GCMAES128', 'DES3'),
      findings: [{ at: { content: 'CipherTransformConstants' }, fixes: [{ title: 'Change <CipherTransformConstants> to GCMAES128', kind: 'suggestion', output: suite('GCMAES128', 'GCMAES128') }] }],
    },
  ],
});
