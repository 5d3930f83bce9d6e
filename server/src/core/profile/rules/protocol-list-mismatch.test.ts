import { testRule } from '../../testing/ruleTester';
import { protocolListMismatch } from './protocol-list-mismatch';
import { nativeWith, userProfile } from './testing';

const LIST = '    <ProtocolList>\n      <NativeProtocol><Type>Ikev2</Type></NativeProtocol>\n      <RetryTimeinHours>168</RetryTimeinHours>\n    </ProtocolList>';

testRule(protocolListMismatch, {
  valid: [
    { name: 'the type with its list', text: userProfile(nativeWith('ProtocolList', LIST)) },
    { name: 'neither', text: userProfile(nativeWith('IKEv2')) },
  ],
  invalid: [
    {
      name: 'NativeProtocolType ProtocolList without a list: an error',
      text: userProfile(nativeWith('ProtocolList')),
      findings: [{ at: { content: 'NativeProtocolType' }, severity: 'error', message: 'needs a `<ProtocolList>` element', fixes: [] }],
    },
    {
      name: 'a list with another protocol type: a warning; changing the type is a suggestion',
      text: userProfile(nativeWith('IKEv2', LIST)),
      findings: [
        {
          at: { tag: 'ProtocolList' },
          severity: 'warning',
          message: 'with `IKEv2` it has no documented effect',
          related: [{ tag: 'NativeProtocolType' }],
          fixes: [{ title: 'Change the type to ProtocolList', kind: 'suggestion', output: userProfile(nativeWith('ProtocolList', LIST)) }],
        },
      ],
    },
    {
      name: 'a list without any protocol type: a warning without a fix',
      text: userProfile(`    <Servers>vpn.example.net</Servers>\n${LIST}`),
      findings: [{ at: { tag: 'ProtocolList' }, severity: 'warning', fixes: [] }],
    },
  ],
});
