// PLACEHOLDER until the ProfileXML catalogue lands: just the root, open to any content.
import { buildCatalogue } from '../catalogue/catalogue';

export const profileCatalogue = buildCatalogue('profile', {
  name: 'VPNProfile',
  summary: 'The root of a ProfileXML: one VPN profile.',
  openContent: true,
  children: [],
});
