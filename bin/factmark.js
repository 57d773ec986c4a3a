#!/usr/bin/env node
// The CLI is bundled by `npm run build` into dist/cli.js; say so plainly when it has not been built.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('factmark: dist/cli.js is missing; run `npm run build` in ' + path.dirname(__dirname) + ' first\n');
  process.exit(2);
}
require(bundle).runCli();
