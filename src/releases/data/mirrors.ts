// Fallback download URLs kOps appends to an asset in the nodeup config (`<hash>@<primary>,<fallback>…`), from
// util/pkg/mirrors/{mirrors,mirrored_asset}.go (to 1.29.x) and pkg/assets/{mirrors,mirrored_asset}.go (from
// 1.30.0-alpha.1). A rule applies when the primary URL (after the fileRepository rewrite) starts with `prefix`, with
// `{kopsVersion}` replaced by the release's version; at most one rule applies. For each fallback the rest of the URL
// after the prefix is appended to it. `onlyWithHash`: an asset whose hash is unknown gets no fallbacks (kOps logs
// `not using mirrors for asset <url> as it does not have a known hash`).

export interface MirrorRule {
  /** Canonical URL prefix, `{kopsVersion}` standing for the kOps version (the tag without `v`). */
  prefix: string
  /** Bases the rest of the URL is appended to, in order, after the primary URL. */
  fallbacks: string[]
  /**
   * GitHub release asset names for kOps binaries: before appending, every `/` in the rest of the URL becomes `-`,
   * then `linux-amd64-<name>` / `linux-arm64-<name>` becomes `<name>-linux-amd64` / `<name>-linux-arm64` for each
   * listed name, e.g. `linux/amd64/nodeup` → `nodeup-linux-amd64`.
   */
  flattenRestFor?: string[]
}

export interface MirrorRulesRow {
  tags: string[]
  rules: MirrorRule[]
  onlyWithHash: boolean
  source: string
}

export const MIRROR_RULES: MirrorRulesRow[] = [
  {
    tags: [
      '1.26.0-alpha.1', '1.26.0-alpha.2', '1.26.0-beta.1', '1.26.0-beta.2', '1.26.0', '1.26.1', '1.26.2', '1.26.3',
      '1.26.4', '1.26.5', '1.26.6', '1.27.0-alpha.1', '1.27.0-alpha.2', '1.27.0-beta.1', '1.27.0-beta.2',
      '1.27.0-beta.3', '1.27.0', '1.27.1', '1.27.2', '1.27.3', '1.28.0-alpha.1', '1.28.0-alpha.2'
    ],
    rules: [
      { prefix: 'https://artifacts.k8s.io/binaries/kops/{kopsVersion}/', fallbacks: ['https://github.com/kubernetes/kops/releases/download/v{kopsVersion}/'], flattenRestFor: ['nodeup', 'protokube', 'channels'] },
    ],
    onlyWithHash: true,
    source: 'kubernetes/kops:util/pkg/mirrors/mirrors.go@v1.26.0-alpha.1',
  },
  {
    tags: [
      '1.28.0-beta.1', '1.28.0-beta.2', '1.28.0', '1.28.1', '1.28.2', '1.28.3', '1.28.4', '1.28.5', '1.28.6', '1.28.7',
      '1.29.0-alpha.0', '1.29.0-alpha.1', '1.29.0-alpha.2', '1.29.0-alpha.3', '1.29.0-beta.1', '1.29.0', '1.29.1',
      '1.29.2'
    ],
    rules: [
      { prefix: 'https://artifacts.k8s.io/binaries/kops/{kopsVersion}/', fallbacks: ['https://github.com/kubernetes/kops/releases/download/v{kopsVersion}/'], flattenRestFor: ['nodeup', 'protokube', 'channels'] },
      { prefix: 'https://dl.k8s.io/release/', fallbacks: ['https://cdn.dl.k8s.io/release/'] },
    ],
    onlyWithHash: true,
    source: 'kubernetes/kops:util/pkg/mirrors/mirrors.go@v1.28.0-beta.1',
  },
  {
    tags: [
      '1.30.0-alpha.1', '1.30.0-beta.1', '1.30.0', '1.30.1', '1.30.2', '1.30.3', '1.30.4', '1.31.0-alpha.1',
      '1.31.0-beta.1', '1.31.0'
    ],
    rules: [
      { prefix: 'https://artifacts.k8s.io/binaries/kops/{kopsVersion}/', fallbacks: ['https://github.com/kubernetes/kops/releases/download/v{kopsVersion}/'], flattenRestFor: ['nodeup', 'protokube', 'channels'] },
      { prefix: 'https://dl.k8s.io/release/', fallbacks: ['https://cdn.dl.k8s.io/release/'] },
    ],
    onlyWithHash: true,
    source: 'kubernetes/kops:pkg/assets/mirrors.go@v1.30.0-alpha.1',
  },
  {
    tags: [
      '1.32.0-beta.1', '1.32.0', '1.32.1', '1.32.2', '1.33.0-alpha.1', '1.33.0-beta.1', '1.33.0', '1.33.1',
      '1.34.0-alpha.1', '1.34.0-beta.1', '1.34.0', '1.34.1', '1.35.0-alpha.1', '1.35.0-beta.1'
    ],
    rules: [
      { prefix: 'https://artifacts.k8s.io/binaries/kops/{kopsVersion}/', fallbacks: ['https://github.com/kubernetes/kops/releases/download/v{kopsVersion}/'], flattenRestFor: ['nodeup', 'protokube', 'channels'] },
      { prefix: 'https://storage.googleapis.com/k8s-artifacts-cni/release/', fallbacks: ['https://github.com/containernetworking/plugins/releases/download/'] },
      { prefix: 'https://dl.k8s.io/release/', fallbacks: ['https://cdn.dl.k8s.io/release/'] },
    ],
    onlyWithHash: true,
    source: 'kubernetes/kops:pkg/assets/mirrors.go@v1.32.0-beta.1',
  },
  {
    tags: ['1.32.3', '1.32.4', '1.33.2', '1.34.2', '1.34.3', '1.35.0', '1.35.1', '1.35.2'],
    rules: [
      { prefix: 'https://artifacts.k8s.io/binaries/kops/{kopsVersion}/', fallbacks: ['https://github.com/kubernetes/kops/releases/download/v{kopsVersion}/'], flattenRestFor: ['nodeup', 'protokube', 'channels'] },
    ],
    onlyWithHash: true,
    source: 'kubernetes/kops:pkg/assets/mirrors.go@v1.32.3',
  },
  {
    tags: ['1.36.0-alpha.1', '1.36.0-beta.1', '1.36.0', '1.36.1', '1.36.2', '1.37.0-alpha.1'],
    rules: [
      { prefix: 'https://artifacts.k8s.io/binaries/kops/{kopsVersion}/', fallbacks: ['https://github.com/kubernetes/kops/releases/download/v{kopsVersion}/'], flattenRestFor: ['nodeup', 'protokube'] },
    ],
    onlyWithHash: true,
    source: 'kubernetes/kops:pkg/assets/mirrors.go@v1.36.0-alpha.1',
  },
]
