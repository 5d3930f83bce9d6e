import { testRule } from '../../testing/ruleTester';
import { edpModeIdDeprecated } from './edp-mode-id-deprecated';
import { nativeWith, userProfile } from './testing';

testRule(edpModeIdDeprecated, {
  valid: [
    { name: 'no EdpModeId', text: userProfile(nativeWith('IKEv2')) },
    { name: 'an empty EdpModeId', text: userProfile(nativeWith('IKEv2'), '  <EdpModeId></EdpModeId>\n') },
  ],
  invalid: [
    {
      name: 'EdpModeId is information about the deprecated WIP',
      text: userProfile(nativeWith('IKEv2'), '  <EdpModeId>corp.example.net</EdpModeId>\n'),
      findings: [{ at: { tag: 'EdpModeId' }, severity: 'information', message: 'July 2022', fixes: [] }],
    },
  ],
});
