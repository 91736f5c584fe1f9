// A small in-memory GitHub REST API on 127.0.0.1: issue comments, issues and releases, with failure modes.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeComment {
  id: number
  issue: number
  body: string
  user: { login: string; type: string }
  created_at: string
  updated_at: string
}

export interface FakeIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  state_reason: string | null
  labels: { name: string }[]
  pull_request?: { url: string }
}

export interface FakeReviewComment {
  id: number
  pull: number
  review: number
  path: string
  line: number
  start_line: number | null
  side: string
  body: string
  commit_id: string
}

export interface FakeReview {
  id: number
  pull: number
  commit_id: string
  event: string
  body: string
}

export interface FakeRelease {
  tag_name: string
  draft: boolean
  prerelease: boolean
}

export interface LoggedRequest {
  method: string
  path: string
  query: Record<string, string>
  status: number
  authorization: string | undefined
}

/**
 * - `ok`: every request is answered normally.
 * - `read-only`: reads work, every write gets 403 "Resource not accessible by integration", as a
 *   fork's or Dependabot's GITHUB_TOKEN does.
 * - `flaky`: the first request gets a 502, later ones work.
 * - `rate-limited`: the first request gets a secondary-rate-limit 429 with `retry-after: 1`.
 * - `bare-429`: the first request gets a 429 with `retry-after: 1` and no rate-limit message.
 * - `releases-down`: the releases list answers 500 every time.
 */
export type Mode = 'ok' | 'read-only' | 'flaky' | 'rate-limited' | 'bare-429' | 'releases-down'

const BOT = { login: 'github-actions[bot]', type: 'Bot' }

export class FakeGitHub {
  readonly comments: FakeComment[] = []
  readonly issues: FakeIssue[] = []
  readonly reviews: FakeReview[] = []
  readonly reviewComments: FakeReviewComment[] = []
  releases: FakeRelease[] = []
  readonly log: LoggedRequest[] = []
  mode: Mode = 'ok'
  private failedOnce = false
  private nextId = 1000
  private server: Server | null = null
  private base = ''

  get url(): string {
    return this.base
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => this.send(req, res, 500, { message: String(err) }))
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    const { port } = this.server.address() as AddressInfo
    this.base = `http://127.0.0.1:${port}`
  }

  async stop(): Promise<void> {
    const server = this.server
    this.server = null
    if (!server) return
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  /** Clears the log and arms the failure of `mode` for the next request. */
  setMode(mode: Mode): void {
    this.mode = mode
    this.failedOnce = false
    this.log.length = 0
  }

  /** Adds `n` comments by other users to `issue`, so the action's comment is not on the first page. */
  addOtherComments(issue: number, n: number): void {
    for (let i = 0; i < n; i++) this.addComment(issue, `LGTM ${i}`, { login: `reviewer${i % 3}`, type: 'User' })
  }

  addComment(issue: number, body: string, user = BOT): FakeComment {
    const now = new Date().toISOString()
    const c = { id: this.nextId++, issue, body, user, created_at: now, updated_at: now }
    this.comments.push(c)
    return c
  }

  addIssue(issue: Omit<FakeIssue, 'number' | 'state_reason'> & { state_reason?: string | null }): FakeIssue {
    const i: FakeIssue = { state_reason: null, ...issue, number: this.nextIssueNumber() }
    this.issues.push(i)
    return i
  }

  commentsOn(issue: number): FakeComment[] {
    return this.comments.filter((c) => c.issue === issue)
  }

  writes(): LoggedRequest[] {
    return this.log.filter((r) => r.method !== 'GET' && r.status < 300)
  }

  private nextIssueNumber(): number {
    return Math.max(100, ...this.issues.map((i) => i.number)) + 1
  }

  private async body(req: IncomingMessage): Promise<any> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    return text === '' ? {} : JSON.parse(text)
  }

  private send(req: IncomingMessage, res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): void {
    const url = new URL(req.url ?? '/', this.base)
    this.log.push({ method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), status, authorization: req.headers.authorization })
    const text = status === 204 ? '' : JSON.stringify(data)
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-request-id': `FAKE:${this.log.length}`, ...headers })
    res.end(text)
  }

  /** One page of `items` with GitHub's Link header. */
  private page<T>(req: IncomingMessage, res: ServerResponse, items: T[]): void {
    const url = new URL(req.url ?? '/', this.base)
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)))
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1))
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const links: string[] = []
    const at = (p: number) => {
      const u = new URL(url)
      u.searchParams.set('page', String(p))
      u.searchParams.set('per_page', String(perPage))
      return u.toString()
    }
    if (page < last) links.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`)
    if (page > 1) links.push(`<${at(1)}>; rel="first"`, `<${at(page - 1)}>; rel="prev"`)
    this.send(req, res, 200, items.slice((page - 1) * perPage, page * perPage), links.length > 0 ? { link: links.join(', ') } : {})
  }

  private commentJson(c: FakeComment) {
    return { id: c.id, body: c.body, user: c.user, created_at: c.created_at, updated_at: c.updated_at, html_url: `https://github.example/acme/infra/pull/${c.issue}#issuecomment-${c.id}` }
  }

  private issueJson(i: FakeIssue) {
    return { ...i, html_url: `https://github.example/acme/infra/issues/${i.number}` }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.base)
    const method = req.method ?? 'GET'
    const path = url.pathname

    if (!this.failedOnce && (this.mode === 'flaky' || this.mode === 'rate-limited' || this.mode === 'bare-429')) {
      this.failedOnce = true
      if (this.mode === 'flaky') return this.send(req, res, 502, { message: 'Server Error' })
      if (this.mode === 'rate-limited') {
        return this.send(req, res, 429, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest' }, { 'retry-after': '1' })
      }
      return this.send(req, res, 429, { message: 'Too Many Requests' }, { 'retry-after': '1' })
    }
    if (this.mode === 'read-only' && method !== 'GET') {
      return this.send(req, res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' })
    }

    let m: RegExpExecArray | null
    if ((m = /^\/repos\/kubernetes\/kops\/releases$/.exec(path)) && method === 'GET') {
      if (this.mode === 'releases-down') return this.send(req, res, 500, { message: 'Server Error' })
      return this.page(req, res, this.releases)
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path))) {
      const issue = Number(m[1])
      if (method === 'GET') return this.page(req, res, this.commentsOn(issue).map((c) => this.commentJson(c)))
      if (method === 'POST') {
        const { body } = await this.body(req)
        return this.send(req, res, 201, this.commentJson(this.addComment(issue, body)))
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path))) {
      const c = this.comments.find((x) => x.id === Number(m![1]))
      if (!c) return this.send(req, res, 404, { message: 'Not Found' })
      if (method === 'PATCH') {
        c.body = (await this.body(req)).body
        c.updated_at = new Date().toISOString()
        return this.send(req, res, 200, this.commentJson(c))
      }
      if (method === 'DELETE') {
        this.comments.splice(this.comments.indexOf(c), 1)
        return this.send(req, res, 204, null)
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/comments$/.exec(path)) && method === 'GET') {
      const pull = Number(m[1])
      return this.page(req, res, this.reviewComments.filter((c) => c.pull === pull).map((c) => ({ ...c, user: BOT, pull_request_review_id: c.review })))
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/comments\/(\d+)$/.exec(path)) && method === 'DELETE') {
      const c = this.reviewComments.find((x) => x.id === Number(m![1]))
      if (!c) return this.send(req, res, 404, { message: 'Not Found' })
      this.reviewComments.splice(this.reviewComments.indexOf(c), 1)
      return this.send(req, res, 204, null)
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/reviews$/.exec(path)) && method === 'POST') {
      const pull = Number(m[1])
      const { commit_id, event, body, comments } = await this.body(req)
      const review: FakeReview = { id: this.nextId++, pull, commit_id, event, body }
      this.reviews.push(review)
      for (const c of comments ?? [])
        this.reviewComments.push({ id: this.nextId++, pull, review: review.id, path: c.path, line: c.line, start_line: c.start_line ?? null, side: c.side, body: c.body, commit_id })
      return this.send(req, res, 200, { ...review, html_url: `https://github.example/acme/infra/pull/${pull}#pullrequestreview-${review.id}` })
    }
    if (/^\/repos\/[^/]+\/[^/]+\/issues$/.test(path)) {
      if (method === 'GET') {
        const state = url.searchParams.get('state') ?? 'open'
        const labels = url.searchParams.get('labels')
        const list = this.issues
          .filter((i) => state === 'all' || i.state === state)
          .filter((i) => !labels || labels.split(',').every((l) => i.labels.some((x) => x.name === l)))
          .sort((a, b) => b.number - a.number)
        return this.page(req, res, list.map((i) => this.issueJson(i)))
      }
      if (method === 'POST') {
        const { title, body, labels } = await this.body(req)
        const issue = this.addIssue({ title, body, state: 'open', labels: (labels ?? []).map((name: string) => ({ name })) })
        return this.send(req, res, 201, this.issueJson(issue))
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(path)) && method === 'PATCH') {
      const issue = this.issues.find((i) => i.number === Number(m![1]))
      if (!issue) return this.send(req, res, 404, { message: 'Not Found' })
      const patch = await this.body(req)
      for (const key of ['title', 'body', 'state', 'state_reason'] as const) if (patch[key] !== undefined) (issue as any)[key] = patch[key]
      return this.send(req, res, 200, this.issueJson(issue))
    }
    return this.send(req, res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
  }
}
