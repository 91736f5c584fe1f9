// Golden-file comparison for the renderer tests; UPDATE_GOLDEN=1 rewrites the file and still fails the test.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from '@jest/globals'

export function goldenPath(name: string): string {
  return fileURLToPath(new URL(`./golden/${name}`, import.meta.url))
}

/** Compares `actual` with `golden/<name>` exactly. */
export function expectGolden(name: string, actual: string): void {
  const path = goldenPath(name)
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, actual)
    throw new Error(`golden/${name} was rewritten; review the diff and run the tests again without UPDATE_GOLDEN`)
  }
  if (!existsSync(path)) throw new Error(`golden/${name} does not exist; run with UPDATE_GOLDEN=1 to create it, then review it`)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}
