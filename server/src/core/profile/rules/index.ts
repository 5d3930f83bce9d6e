// Every ProfileXML rule, one module each (the catalogue-driven schema and value checks run separately).
import type { ProfileRule } from '../../rules/rule';
import { alwaysOnWithoutTrustedNetwork } from './alwaysOnWithoutTrustedNetwork';
import { connectionType } from './connectionType';
import { cryptographyGcmMismatch } from './cryptographyGcmMismatch';
import { cryptographySuiteIgnored } from './cryptographySuiteIgnored';
import { deviceComplianceSso } from './deviceComplianceSso';
import { deviceTunnelAuthentication } from './deviceTunnelAuthentication';
import { deviceTunnelForceTunnel } from './deviceTunnelForceTunnel';
import { deviceTunnelNrpt } from './deviceTunnelNrpt';
import { deviceTunnelProtocol } from './deviceTunnelProtocol';
import { deviceTunnelTrafficFilter } from './deviceTunnelTrafficFilter';
import { deviceTunnelUserScope } from './deviceTunnelUserScope';
import { duplicateNrptRule } from './duplicateNrptRule';
import { duplicateRoute } from './duplicateRoute';
import { eapConfigurationMissing } from './eapConfigurationMissing';
import { eapWithoutEapMethod } from './eapWithoutEapMethod';
import { edpModeIdDeprecated } from './edpModeIdDeprecated';
import { emptyEapConfiguration } from './emptyEapConfiguration';
import { exclusionRouteSplitTunnel } from './exclusionRouteSplitTunnel';
import { forceTunnelClassBasedRoute } from './forceTunnelClassBasedRoute';
import { forceTunnelInclusionRoutes } from './forceTunnelInclusionRoutes';
import { incompleteCryptographySuite } from './incompleteCryptographySuite';
import { l2tpPskUnused } from './l2tpPskUnused';
import { lockdownIkev2Only } from './lockdownIkev2Only';
import { lockdownSplitTunnel } from './lockdownSplitTunnel';
import { mschapv2BlastRadius } from './mschapv2BlastRadius';
import { mschapv2Ikev2 } from './mschapv2Ikev2';
import { portRangesProtocol } from './portRangesProtocol';
import { protocolListDuplicate } from './protocolListDuplicate';
import { protocolListMismatch } from './protocolListMismatch';
import { proxySplitTunnel } from './proxySplitTunnel';
import { retryTimeSpelling } from './retryTimeSpelling';
import { routeCoversVpnServer } from './routeCoversVpnServer';
import { routeHostBits } from './routeHostBits';
import { routePrefixTooLong } from './routePrefixTooLong';
import { routingPolicyMissing } from './routingPolicyMissing';
import { serverAddressFormat } from './serverAddressFormat';
import { splitTunnelWithoutRoutes } from './splitTunnelWithoutRoutes';
import { trafficFilterApp } from './trafficFilterApp';
import { trafficFilterBlocksOtherTraffic } from './trafficFilterBlocksOtherTraffic';
import { trafficFilterIpv6 } from './trafficFilterIpv6';
import { trafficFilterRoutingPolicyWithoutApp } from './trafficFilterRoutingPolicyWithoutApp';
import { weakCryptography } from './weakCryptography';

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
  exclusionRouteSplitTunnel,
  forceTunnelClassBasedRoute,
  forceTunnelInclusionRoutes,
  incompleteCryptographySuite,
  l2tpPskUnused,
  lockdownIkev2Only,
  lockdownSplitTunnel,
  mschapv2BlastRadius,
  mschapv2Ikev2,
  portRangesProtocol,
  protocolListDuplicate,
  protocolListMismatch,
  proxySplitTunnel,
  retryTimeSpelling,
  routeCoversVpnServer,
  routeHostBits,
  routePrefixTooLong,
  routingPolicyMissing,
  serverAddressFormat,
  splitTunnelWithoutRoutes,
  trafficFilterApp,
  trafficFilterBlocksOtherTraffic,
  trafficFilterIpv6,
  trafficFilterRoutingPolicyWithoutApp,
  weakCryptography,
];
