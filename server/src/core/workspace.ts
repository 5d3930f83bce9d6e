// What is known about the workspace beyond one document: the certificates in it and the VPN server names and EAP
// ServerNames of its profiles, so that thumbprints and names can be cross-checked. Pure: whoever reads the files
// (the server's scan and file watching, the CLI's folders: server/src/node/workspaceScan.ts) hands over their
// contents.
import { analyzeDocument } from './analysis';
import { CertificateIndex, certificateReferences, decodeCertificateFile, roleContextFrom, type DocumentNames, type RoleContext } from './certificates';
import { decodeText } from './text/encoding';

/** Only the start of an XML file is searched for a profile or EAP root. */
const ROOT_SEARCH_CHARS = 65_536;
const ROOT = /<(?:[\w.-]+:)?(?:VPNProfile|EapHostConfig)[\s>/]/;

export class WorkspaceKnowledge {
  readonly certificates = new CertificateIndex();
  private readonly names = new Map<string, DocumentNames>();
  private changes = 0;

  /** Changes whenever what the workspace knows changes: results computed at another revision are stale. */
  get revision(): number {
    return this.changes;
  }

  /** Records the certificates of a file (DER, PEM or PKCS #7 bytes); returns whether it held any. */
  setCertificateFile(uri: string, bytes: Uint8Array): boolean {
    let certificates: ReturnType<typeof decodeCertificateFile>['certificates'] = [];
    try {
      certificates = decodeCertificateFile(bytes).certificates;
    } catch {
      // An unreadable file holds no certificate the workspace can use.
    }
    if (certificates.length || this.certificates.has(uri)) this.changes++;
    this.certificates.setFile(uri, certificates);
    return certificates.length > 0;
  }

  /**
   * Records the server names of a profile or EAP file (its bytes, decoded like every file we read); returns whether
   * it was one. `language` is `powershell` for scripts.
   */
  setProfileFile(uri: string, bytes: Uint8Array, language?: 'powershell'): boolean {
    const decoded = decodeText(bytes);
    if (decoded.notText || !ROOT.test(decoded.text.slice(0, ROOT_SEARCH_CHARS))) {
      this.removeFile(uri);
      return false;
    }
    const references = certificateReferences(analyzeDocument(decoded.text, { language }));
    this.setNames(uri, references);
    return true;
  }

  /** Forgets whatever a deleted file contributed. */
  removeFile(uri: string): void {
    if (this.certificates.has(uri)) {
      this.certificates.removeFile(uri);
      this.changes++;
    }
    if (this.names.delete(uri)) this.changes++;
  }

  /**
   * Every VPN server name and EAP ServerNames entry in the workspace, for judging certificates. With `own`, the
   * names of that document replace what its file on disk said (an open document is fresher).
   */
  roleContext(own?: { readonly uri: string; readonly names: DocumentNames }): RoleContext {
    const all = [...this.names].filter(([uri]) => uri !== own?.uri).map(([, names]) => names);
    if (own) all.push(own.names);
    return roleContextFrom({ profileServers: all.flatMap((n) => n.profileServers), eapServerNames: all.flatMap((n) => n.eapServerNames) });
  }

  private setNames(uri: string, names: DocumentNames): void {
    const had = this.names.has(uri);
    if (names.profileServers.length || names.eapServerNames.length) this.names.set(uri, { profileServers: names.profileServers, eapServerNames: names.eapServerNames });
    else this.names.delete(uri);
    if (had || this.names.has(uri)) this.changes++;
  }
}
