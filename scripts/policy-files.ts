import { generatePolicyFiles, writePolicyFiles } from './deploy/write-policy-files';

// `npm run policy-files [-- --extension-id <id>] [--example <config.json>] [--out <dir>]`: writes the
// Windows (ADMX/ADML, .reg, Intune OMA-URI), macOS, Linux and Firefox policy files for this build's
// identity into .output/policy (docs/configuration.md, "Deploying by policy"). With no
// --extension-id, the id comes from the manifest key (PMH_MANIFEST_KEY or the development key).

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const extensionId = argument('--extension-id');
const examplePath = argument('--example');
const written = writePolicyFiles(
  argument('--out') ?? '.output/policy',
  generatePolicyFiles({ ...(extensionId ? { extensionId } : {}), ...(examplePath ? { examplePath } : {}) }),
);
for (const path of written) console.log(path);
