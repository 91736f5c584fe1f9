// Looks up the row of a per-release data table that holds for one kOps release.

export function rowFor<T extends { tags: string[] }>(rows: readonly T[], version: string, table: string): T {
  const row = rows.find((r) => r.tags.includes(version))
  if (!row) throw new Error(`no ${table} row for kOps ${version}`)
  return row
}

export function maybeRowFor<T extends { tags: string[] }>(rows: readonly T[], version: string): T | null {
  return rows.find((r) => r.tags.includes(version)) ?? null
}
