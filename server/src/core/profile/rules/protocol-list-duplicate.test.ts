import { testRule } from '../../testing/ruleTester';
import { protocolListDuplicate } from './protocol-list-duplicate';
import { nativeWith, userProfile } from './testing';

const entry = (type: string) => `      <NativeProtocol>\n        <Type>${type}</Type>\n      </NativeProtocol>\n`;
const list = (entries: string) => `    <ProtocolList>\n${entries}    </ProtocolList>`;

testRule(protocolListDuplicate, {
  valid: [{ name: 'distinct protocols', text: userProfile(nativeWith('ProtocolList', list(entry('Ikev2') + entry('Sstp')))) }],
  invalid: [
    {
      name: 'a protocol listed twice (any case): a warning; removing the later entry is a suggestion',
      text: userProfile(nativeWith('ProtocolList', list(entry('Ikev2') + entry('Sstp') + entry('IKEv2')))),
      findings: [
        {
          at: { content: 'Type', occurrence: 2 },
          severity: 'warning',
          message: '`IKEv2` is already in the list',
          related: [{ content: 'Type' }],
          fixes: [{ title: 'Remove this <NativeProtocol> entry (IKEv2)', kind: 'suggestion', output: userProfile(nativeWith('ProtocolList', list(entry('Ikev2') + entry('Sstp')))) }],
        },
      ],
    },
  ],
});
