// Every EAP XML rule, sorted by ID.
import type { EapRule } from '../rule';
import { acceptServerNameWithoutNamesRule } from './accept-server-name-without-names';
import { conditionalAccessEkuMissingRule } from './conditional-access-eku-missing';
import { cryptoBindingRule } from './crypto-binding';
import { deprecatedIdentityPrivacyRule } from './deprecated-identity-privacy';
import { ekuFilterBypassedRule } from './eku-filter-bypassed';
import { ekuMapInListInconsistentRule } from './eku-map-in-list-inconsistent';
import { ekuNameUndefinedRule } from './eku-name-undefined';
import { elementNamespaceRule } from './element-namespace';
import { filterDisabledRule } from './filter-disabled';
import { httpsNamespaceRule } from './https-namespace';
import { invalidEkuOidRule } from './invalid-eku-oid';
import { issuerFilterEmptyRule } from './issuer-filter-empty';
import { methodTypeMismatchRule } from './method-type-mismatch';
import { missingMethodConfigRule } from './missing-method-config';
import { noServerNamesRule } from './no-server-names';
import { passwordAuthenticationRule } from './password-authentication';
import { quarantineChecksRule } from './quarantine-checks';
import { rootNamespaceRule } from './root-namespace';
import { serverNamesNotCheckedRule } from './server-names-not-checked';
import { serverValidationDisabledRule } from './server-validation-disabled';
import { serverValidationPromptRule } from './server-validation-prompt';
import { simpleCertSelectionDisabledRule } from './simple-cert-selection-disabled';
import { templatePlaceholderRule } from './template-placeholder';
import { trustedRootCaMissingRule } from './trusted-root-ca-missing';
import { typeNamespaceMismatchRule } from './type-namespace-mismatch';
import { unknownMethodTypeRule } from './unknown-method-type';
import { unknownNamespaceRule } from './unknown-namespace';

export const eapRules: readonly EapRule[] = [
  acceptServerNameWithoutNamesRule,
  conditionalAccessEkuMissingRule,
  cryptoBindingRule,
  deprecatedIdentityPrivacyRule,
  ekuFilterBypassedRule,
  ekuMapInListInconsistentRule,
  ekuNameUndefinedRule,
  elementNamespaceRule,
  filterDisabledRule,
  httpsNamespaceRule,
  invalidEkuOidRule,
  issuerFilterEmptyRule,
  methodTypeMismatchRule,
  missingMethodConfigRule,
  noServerNamesRule,
  passwordAuthenticationRule,
  quarantineChecksRule,
  rootNamespaceRule,
  serverNamesNotCheckedRule,
  serverValidationDisabledRule,
  serverValidationPromptRule,
  simpleCertSelectionDisabledRule,
  templatePlaceholderRule,
  trustedRootCaMissingRule,
  typeNamespaceMismatchRule,
  unknownMethodTypeRule,
  unknownNamespaceRule,
];
