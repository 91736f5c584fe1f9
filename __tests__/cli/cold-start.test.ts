// Cold start: the command line's static imports stop short of the analysis; `--help` and `--version` never load the
// simulation, its release tables or the renderers. Every command that needs them imports src/cli/analysis.ts.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** The files a module loads at start: its static value imports and re-exports (not `import type`), followed to the end. */
function staticImports(entry: string): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string): void => {
    if (seen.has(file)) return
    seen.add(file)
    for (const m of readFileSync(file, 'utf8').matchAll(/^(?:import|export) (?!type )[^;]*?from '(\.[^']+)\.js'/gms)) visit(join(dirname(file), `${m[1]}.ts`))
  }
  visit(entry)
  return seen
}

describe('cold start', () => {
  it('src/cli/main.ts loads none of the analysis until a command runs', () => {
    const loaded = staticImports(join('src', 'cli', 'main.ts'))
    const startup = [join('src', 'cli', 'main.ts'), join('src', 'fail-on.ts'), join('src', 'repo', 'side.ts'), join('src', 'version.ts')]
    expect([...loaded].filter((f) => !startup.includes(f))).toEqual([])
    expect(loaded.has(join('src', 'cli', 'main.ts'))).toBe(true)
  })

  it('every command reaches its code through the one lazily imported module', () => {
    const main = readFileSync(join('src', 'cli', 'main.ts'), 'utf8')
    expect(main.match(/import\('[^']+'\)/g)).toEqual(["import('./analysis.js')"])
    const analysis = staticImports(join('src', 'cli', 'analysis.ts'))
    for (const f of ['check.ts', 'plan.ts', join('cli', 'fix.ts'), join('cli', 'path.ts'), join('templates', 'command.ts'), join('report', 'index.ts'), join('report', 'mirror.ts')])
      expect({ f, loaded: analysis.has(join('src', f)) }).toEqual({ f, loaded: true })
  })
})
