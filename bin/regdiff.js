#!/usr/bin/env node
// Thin launcher: all behaviour lives in the library's main(); this file only wires the process to it.
// The bundle (scripts/bundle.mjs) loads much faster than the ~300 modules it is made of.
import {main} from '../dist/bundle/regdiff.js'

process.exitCode = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr
})
