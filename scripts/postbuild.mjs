// Makes the built CLI executable so `npx sincerely` and the package `bin` work after `npm install`.
import { chmodSync, existsSync } from 'node:fs'

const cli = new URL('../dist/cli/main.js', import.meta.url)
if (existsSync(cli)) chmodSync(cli, 0o755)
