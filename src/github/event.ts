// What the workflow event tells about where to write: the repository, the pull request, the run link and a read-only token.

export interface Repository {
  owner: string
  repo: string
}

/** Events whose runs compare a pull request's base and head. */
export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target', 'merge_group'])

/** `GITHUB_REPOSITORY` (`owner/name`), else the payload's repository; null when neither is there. */
export function repositoryOf(payload: any, env: NodeJS.ProcessEnv = process.env): Repository | null {
  const full = env['GITHUB_REPOSITORY'] || payload?.repository?.full_name
  if (typeof full !== 'string') return null
  const [owner, repo, ...rest] = full.split('/')
  if (!owner || !repo || rest.length > 0) return null
  return { owner, repo }
}

/** The pull request number of a `pull_request` / `pull_request_target` event; null for any other event. */
export function pullRequestNumber(eventName: string, payload: any): number | null {
  if (eventName !== 'pull_request' && eventName !== 'pull_request_target') return null
  const n = payload?.pull_request?.number ?? payload?.number
  return Number.isInteger(n) && n > 0 ? n : null
}

/**
 * Why the run's GITHUB_TOKEN is read-only, when the event says so: `pull_request` runs from a fork
 * or opened by Dependabot get a token that cannot write comments, issues or checks. Null when the
 * token may write (whether it does depends on the workflow's `permissions:`).
 */
export function readOnlyReason(eventName: string, payload: any, env: NodeJS.ProcessEnv = process.env): string | null {
  if (eventName !== 'pull_request') return null
  const pr = payload?.pull_request
  const headRepo = pr?.head?.repo
  const baseRepo = pr?.base?.repo
  if (pr && (headRepo === null || (headRepo?.full_name && baseRepo?.full_name && headRepo.full_name !== baseRepo.full_name))) {
    return 'pull_request runs from forks get a read-only GITHUB_TOKEN'
  }
  const dependabot = 'dependabot[bot]'
  if (env['GITHUB_ACTOR'] === dependabot || pr?.user?.login === dependabot) return 'pull_request runs started by Dependabot get a read-only GITHUB_TOKEN'
  return null
}

/** The link to this workflow run (and attempt), when the runner's variables are set. */
export function runUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '')
  const repository = env['GITHUB_REPOSITORY']
  const id = env['GITHUB_RUN_ID']
  if (!repository || !id || !/^\d+$/.test(id)) return null
  const attempt = env['GITHUB_RUN_ATTEMPT']
  return `${server}/${repository}/actions/runs/${id}${attempt && /^\d+$/.test(attempt) && attempt !== '1' ? `/attempts/${attempt}` : ''}`
}
