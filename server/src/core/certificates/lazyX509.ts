// @peculiar/x509 loaded on first use. Only decoding a certificate needs it, and loading it (with the polyfill it
// needs) takes longer than `aovpn check` takes for a folder of profiles without certificates.
import type * as X509 from './x509';

let library: typeof X509 | undefined;

export function loadX509(): typeof X509 {
  // A deferred require: the bundler keeps the module, and its code runs on the first call only.

  return (library ??= require('./x509') as typeof X509);
}
