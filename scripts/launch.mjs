// npm run build / check / translations: runs the command from its compiled bundle in dist/ (scripts/bundle.ts),
// compiling it again first when a source changed since it was made, so that an edited template is never
// skipped. React runs in production mode. Development (npm run dev, the tests) runs the sources with tsx.
// A command goes to the project's build server when one runs for this code (scripts/server/): it has every
// module loaded and warm. Otherwise it runs here, and a server is started in the background for the next one.
// PAYOKE_SERVER=off, CI and the tests never use one.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const [command] = process.argv.splice(2, 1);
process.env.NODE_ENV ??= 'production';

async function fresh() {
  try {
    const { isFresh } = await import(pathToFileURL(path.join(dist, 'bundle-stamp.mjs')).href);
    return isFresh(root, dist);
  } catch {
    return false;
  }
}

if (!(await fresh())) {
  const compiled = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/bundle.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (compiled.status !== 0) {
    process.stderr.write('the commands could not be compiled (npm run prepare); see the message above\n');
    process.exit(2);
  }
}
const client = await import(pathToFileURL(path.join(dist, 'client.mjs')).href);
const served = await client.viaServer(root, dist, command, process.argv.slice(2));
if (served !== null) {
  process.exitCode = served;
} else {
  await import(pathToFileURL(path.join(dist, `${command}.mjs`)).href);
  client.startServer(root, dist, command);
}
