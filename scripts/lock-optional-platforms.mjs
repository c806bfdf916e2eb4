#!/usr/bin/env node
// Records platform-specific optional packages that this registry mirror does not serve (npm cannot
// resolve them, so it leaves them out of the lock, and `npm ci` then refuses the lock). Each gets an
// entry with the os/cpu its name declares, so npm skips it on other platforms without fetching it.
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const platform = (name) => {
  const os = ['android', 'darwin', 'freebsd', 'linux', 'win32', 'openbsd', 'sunos', 'aix', 'netbsd'].find((candidate) => name.includes(`-${candidate}-`));
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'riscv64', 'ppc64', 's390x', 'loong64'].find((candidate) => name.includes(`-${candidate}`));
  return { os, cpu };
};
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `${path ? `${path}/` : ''}node_modules/${name}`.replace(/^node_modules\/(.+)\/node_modules/u, 'node_modules/$1/node_modules');
    const flat = `node_modules/${name}`;
    if (lock.packages[key] || lock.packages[flat]) continue;
    const { os, cpu } = platform(name);
    if (!os && cpu !== 'wasm32') continue;
    lock.packages[flat] = { version, dev: entry.dev || undefined, optional: true, ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}) };
    added++;
  }
}
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`recorded ${added} platform packages`);
