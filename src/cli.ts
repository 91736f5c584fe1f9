#!/usr/bin/env node
// Entry point of the kops-preflight command.
import { main } from './cli/main.js'

main(process.argv.slice(2), { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    process.stderr.write(`kops-preflight: ${(e as Error).message}\n`)
    process.exitCode = 2
  },
)
