// The rules that read an XML text character by character, sorted by ID.
import type { XmlTextRule } from '../rule';
import { encodingMismatchRule } from './encoding-mismatch';
import { invalidCharacterRule } from './invalid-character';
import { invisibleCharacterRule } from './invisible-character';
import { replacementCharacterRule } from './replacement-character';

export const xmlTextRules: readonly XmlTextRule[] = [encodingMismatchRule, invalidCharacterRule, invisibleCharacterRule, replacementCharacterRule];
