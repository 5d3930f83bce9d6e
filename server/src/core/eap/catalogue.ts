// PLACEHOLDER until the EAP catalogue lands: just the root, open to any content.
import { buildCatalogue } from '../catalogue/catalogue';

export const eapCatalogue = buildCatalogue('eap', {
  name: 'EapHostConfig',
  namespace: 'http://www.microsoft.com/provisioning/EapHostConfig',
  summary: 'An EAP method configuration, as exported by Windows.',
  openContent: true,
  children: [],
});
