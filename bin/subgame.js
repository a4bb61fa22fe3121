#!/usr/bin/env node
// The `subgame` command: runs the compiled CLI (built into dist/ by `npm run build`, which `npm ci` runs).
import('../dist/cli/main.js').then((m) => m.main(process.argv)).catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(70);
});
