// Configuration for `npx vscode-test` (@vscode/test-cli): the extension's integration tests in a real VS Code
// extension host. No VS Code is downloaded: .ci/code-shim.js stands in for the VS Code executable and runs the
// tests in code-server 4.100.3 (VS Code 1.100.3), driven by Debian's Chromium. It needs CODE_SERVER (the path to
// code-server's launcher, see .ci/install-code-server.sh) and dist/ built (`node esbuild.mjs`).
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  label: 'e2e',
  files: 'test/e2e/suite/**/*.test.js',
  workspaceFolder: './test/e2e/workspace',
  useInstallation: { fromPath: './.ci/code-shim.js' },
  mocha: { ui: 'tdd', timeout: 30000, slow: 5000 },
});
