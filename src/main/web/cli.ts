import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { SAMPLE_PASSPHRASE } from '../../shared/sample/contract';
import { resolveDataDir } from '../paths';
import { sampleDataDir } from '../sample/switch';
import { FolderInUseError, folderInUseText } from '../vault/folder-lock';
import { startBridgeServer } from './server';

/**
 * `npm run web [-- --data-dir DIR --port N --sample]`: the app in a browser, served on 127.0.0.1 only.
 * `--sample` opens the sample clinic of invented patients, in its own folder beside the data folder.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const portArg = argv.find((a, i) => argv[i - 1] === '--port' || a.startsWith('--port='));
  const port = portArg ? Number(portArg.replace('--port=', '')) : 5179;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid --port: ${portArg}`);
  const dataDir = resolveDataDir(argv, process.env, path.join(os.homedir(), '.mesodesk-web'));
  const sample = argv.includes('--sample');
  const root = path.resolve(__dirname, '../../..');
  const server = await startBridgeServer({
    dataDir,
    port,
    rendererDir: path.join(root, 'out/renderer'),
    appVersion: process.env.npm_package_version,
    sample,
    onLaunchAddress: (url) =>
      console.log(`That address has been used. For another tab or after a reload, open:\n  ${url}`),
  });
  console.log(`Mesodesk (browser mode) is running. Data folder: ${dataDir}`);
  if (sample) {
    console.log(`SAMPLE CLINIC (invented patients) in: ${sampleDataDir(dataDir)}`);
    console.log(`Its passphrase: ${SAMPLE_PASSPHRASE}`);
  }
  console.log(`Open this address in a browser on this computer (it works once, within 2 minutes):`);
  console.log(`  ${server.launchUrl}`);
  console.log('Press Enter for a new address, Ctrl+C to stop.');
  readline
    .createInterface({ input: process.stdin })
    .on('line', () =>
      console.log(`Open this address (it works once, within 2 minutes):\n  ${server.newLaunchUrl()}`),
    );
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  if (error instanceof FolderInUseError) console.error(folderInUseText(error.dataDir, error.owner));
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
