#!/usr/bin/env node
// The `news-elements` command (package.json `bin`).
import { main } from './index.js';

process.exitCode = main(process.argv.slice(2));
