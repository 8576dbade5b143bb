// Type-checks and bundles the browser scripts:
//   node build.mjs <generated API client dir> <static resources dir>
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const [client, out] = process.argv.slice(2).map((dir) => dir && path.resolve(dir));
if (!client || !out) {
  console.error('usage: node build.mjs <generated API client dir> <static resources dir>');
  process.exit(2);
}
const here = path.dirname(new URL(import.meta.url).pathname);
const clientIndex = path.join(client, 'index.ts');

// esbuild does not check types; tsc does, against the client generated from openapi.yaml.
const tsconfig = path.join(path.dirname(client), 'factcheck-frontend.tsconfig.json');
writeFileSync(
  tsconfig,
  JSON.stringify({
    compilerOptions: {
      target: 'es2020',
      module: 'esnext',
      moduleResolution: 'bundler',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      lib: ['es2020', 'dom', 'dom.iterable'],
      paths: { 'factcheck-client': [clientIndex] },
    },
    include: [path.join(here, 'src', '*.ts')],
  }),
);
execFileSync(path.join(here, 'node_modules', '.bin', 'tsc'), ['-p', tsconfig], { stdio: 'inherit' });

await esbuild.build({
  entryPoints: {
    'plugin/factcheck': path.join(here, 'src/plugin.ts'),
    'assets/curate': path.join(here, 'src/curate.ts'),
    'assets/editor': path.join(here, 'src/editor.ts'),
  },
  outdir: out,
  bundle: true,
  format: 'iife',
  target: 'es2020',
  logLevel: 'warning',
  alias: { 'factcheck-client': clientIndex },
});
