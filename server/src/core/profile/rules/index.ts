// Every ProfileXML rule, one module each, sorted by rule ID (the catalogue-driven schema and value checks run separately).
import type { ProfileRule } from '../rule';
import { alwaysOnWithoutTrustedNetwork } from './always-on-without-trusted-network';
import { connectionType } from './connection-type';
import { cryptographyGcmMismatch } from './cryptography-gcm-mismatch';
import { cryptographySuiteIgnored } from './cryptography-suite-ignored';
import { deviceComplianceSso } from './device-compliance-sso';
import { deviceTunnelAuthentication } from './device-tunnel-authentication';
import { deviceTunnelForceTunnel } from './device-tunnel-force-tunnel';
import { deviceTunnelNrpt } from './device-tunnel-nrpt';
import { deviceTunnelProtocol } from './device-tunnel-protocol';
import { deviceTunnelTrafficFilter } from './device-tunnel-traffic-filter';
import { deviceTunnelUserScope } from './device-tunnel-user-scope';
import { duplicateNrptRule } from './duplicate-nrpt-rule';
import { duplicateRoute } from './duplicate-route';
import { eapConfigurationMissing } from './eap-configuration-missing';
import { eapWithoutEapMethod } from './eap-without-eap-method';
import { edpModeIdDeprecated } from './edp-mode-id-deprecated';
import { emptyEapConfiguration } from './empty-eap-configuration';
import { escapedEapConfigurationRule } from './escaped-eap-configuration';
import { exclusionRouteSplitTunnel } from './exclusion-route-split-tunnel';
import { forceTunnelClassBasedRoute } from './force-tunnel-class-based-route';
import { forceTunnelInclusionRoutes } from './force-tunnel-inclusion-routes';
import { incompleteCryptographySuite } from './incomplete-cryptography-suite';
import { l2tpPskUnused } from './l2tp-psk-unused';
import { lockdownIkev2Only } from './lockdown-ikev2-only';
import { lockdownSplitTunnel } from './lockdown-split-tunnel';
import { lockdownUserScope } from './lockdown-user-scope';
import { mschapv2BlastRadius } from './mschapv2-blast-radius';
import { mschapv2Ikev2 } from './mschapv2-ikev2';
import { nrptDomainWithoutLeadingDot } from './nrpt-domain-without-leading-dot';
import { portRangesProtocol } from './port-ranges-protocol';
import { protocolListDuplicate } from './protocol-list-duplicate';
import { protocolListMismatch } from './protocol-list-mismatch';
import { proxySplitTunnel } from './proxy-split-tunnel';
import { readOnlyElement } from './read-only-element';
import { requiresNewerWindows } from './requires-newer-windows';
import { retryTimeSpelling } from './retry-time-spelling';
import { routeCoversVpnServer } from './route-covers-vpn-server';
import { routeHostBits } from './route-host-bits';
import { routePrefixTooLong } from './route-prefix-too-long';
import { routePublicAddressSpace } from './route-public-address-space';
import { routingPolicyMissing } from './routing-policy-missing';
import { serverAddressFormat } from './server-address-format';
import { splitTunnelWithoutRoutes } from './split-tunnel-without-routes';
import { templatePlaceholder } from './template-placeholder';
import { trafficFilterApp } from './traffic-filter-app';
import { trafficFilterBlocksOtherTraffic } from './traffic-filter-blocks-other-traffic';
import { trafficFilterIpv6 } from './traffic-filter-ipv6';
import { trafficFilterRoutingPolicyWithoutApp } from './traffic-filter-routing-policy-without-app';
import { weakCryptography } from './weak-cryptography';

export const profileRules: readonly ProfileRule[] = [
  alwaysOnWithoutTrustedNetwork,
  connectionType,
  cryptographyGcmMismatch,
  cryptographySuiteIgnored,
  deviceComplianceSso,
  deviceTunnelAuthentication,
  deviceTunnelForceTunnel,
  deviceTunnelNrpt,
  deviceTunnelProtocol,
  deviceTunnelTrafficFilter,
  deviceTunnelUserScope,
  duplicateNrptRule,
  duplicateRoute,
  eapConfigurationMissing,
  eapWithoutEapMethod,
  edpModeIdDeprecated,
  emptyEapConfiguration,
  escapedEapConfigurationRule,
  exclusionRouteSplitTunnel,
  forceTunnelClassBasedRoute,
  forceTunnelInclusionRoutes,
  incompleteCryptographySuite,
  l2tpPskUnused,
  lockdownIkev2Only,
  lockdownSplitTunnel,
  lockdownUserScope,
  mschapv2BlastRadius,
  mschapv2Ikev2,
  nrptDomainWithoutLeadingDot,
  portRangesProtocol,
  protocolListDuplicate,
  protocolListMismatch,
  proxySplitTunnel,
  readOnlyElement,
  requiresNewerWindows,
  retryTimeSpelling,
  routeCoversVpnServer,
  routeHostBits,
  routePrefixTooLong,
  routePublicAddressSpace,
  routingPolicyMissing,
  serverAddressFormat,
  splitTunnelWithoutRoutes,
  templatePlaceholder,
  trafficFilterApp,
  trafficFilterBlocksOtherTraffic,
  trafficFilterIpv6,
  trafficFilterRoutingPolicyWithoutApp,
  weakCryptography,
];
