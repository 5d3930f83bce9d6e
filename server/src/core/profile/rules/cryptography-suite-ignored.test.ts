import { testRule } from '../../testing/ruleTester';
import { cryptographySuiteIgnored } from './cryptography-suite-ignored';
import { nativeWith, STRONG_SUITE, userProfile } from './testing';

const list = (...types: string[]) => `    <ProtocolList>\n${types.map((t) => `      <NativeProtocol><Type>${t}</Type></NativeProtocol>\n`).join('')}    </ProtocolList>`;

testRule(cryptographySuiteIgnored, {
  valid: [
    { name: 'IKEv2 uses the suite', text: userProfile(nativeWith('IKEv2', STRONG_SUITE)) },
    { name: 'a case variant of IKEv2', text: userProfile(nativeWith('Ikev2', STRONG_SUITE)) },
    { name: 'L2TP uses the suite', text: userProfile(nativeWith('L2TP', STRONG_SUITE)) },
    { name: 'a protocol list with IKEv2', text: userProfile(nativeWith('ProtocolList', `${list('Ikev2', 'Sstp')}\n${STRONG_SUITE}`)) },
    { name: 'SSTP without a suite', text: userProfile(nativeWith('SSTP')) },
    // Text that names an Object.prototype member is no protocol: nothing is known, so nothing is said.
    { name: 'a protocol list naming only `constructor`', text: userProfile(nativeWith('ProtocolList', `${list('constructor')}\n${STRONG_SUITE}`)) },
  ],
  invalid: [
    {
      name: 'a suite with SSTP is unused: a warning pointing at the protocol',
      text: userProfile(nativeWith('SSTP', STRONG_SUITE)),
      findings: [{ at: { tag: 'CryptographySuite' }, severity: 'warning', message: /connects with `SSTP`, which does not use it/, related: [{ tag: 'NativeProtocolType' }], fixes: [] }],
    },
    {
      name: 'a suite with Automatic: SSTP is tried first',
      text: userProfile(nativeWith('Automatic', STRONG_SUITE)),
      findings: [{ at: { tag: 'CryptographySuite' }, severity: 'warning', message: 'SSTP first', related: [{ tag: 'NativeProtocolType' }] }],
    },
    {
      name: 'a protocol list without IKEv2 or L2TP',
      text: userProfile(nativeWith('ProtocolList', `${list('Sstp')}\n${STRONG_SUITE}`)),
      findings: [{ at: { tag: 'CryptographySuite' }, message: 'connects with `SSTP`' }],
    },
  ],
});
