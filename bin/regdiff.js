#!/usr/bin/env node
// Thin launcher: all behaviour lives in the library's main(); this file only wires the process to it.
import {main} from '../dist/src/cli/main.js'

process.exitCode = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr
})
