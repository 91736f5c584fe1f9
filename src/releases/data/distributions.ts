// The distributions nodeup accepts, per kOps release, from util/pkg/distributions/identify.go (FindDistribution):
// nodeup reads ID and VERSION_ID from /etc/os-release, joins them as `<ID>-<VERSION_ID>` and accepts the string
// when it is one of `exact` or starts with one of `prefixes`; anything else is refused before any asset is
// loaded. `message` is how the refusal prints: `unsupported distro: %s` (`colon`, to v1.31.0-alpha.1) or
// `unsupported distro %q` (`quoted`, from v1.31.0-beta.1). Rows were read at every tag
// (`git show v<tag>:util/pkg/distributions/identify.go`); tags with identical lists share a row.
import type { DistributionsRow } from './types.js'

export const NODEUP_DISTRIBUTIONS: DistributionsRow[] = [
  {
    tags: [
      '1.26.0-alpha.1', '1.26.0-alpha.2', '1.26.0-beta.1', '1.26.0-beta.2', '1.26.0', '1.26.1', '1.26.2',
      '1.27.0-alpha.1'
    ],
    exact: ['amzn-2', 'debian-10', 'debian-11', 'ubuntu-18.04', 'ubuntu-20.04', 'ubuntu-20.10', 'ubuntu-21.04', 'ubuntu-21.10', 'ubuntu-22.04'],
    prefixes: ['cos-', 'flatcar-', 'rhel-8.', 'rocky-8.'],
    message: 'colon',
    source: 'kubernetes/kops:util/pkg/distributions/identify.go@v1.26.0-alpha.1',
  },
  {
    tags: [
      '1.26.3', '1.26.4', '1.26.5', '1.26.6'
    ],
    exact: ['amzn-2', 'debian-10', 'debian-11', 'debian-12', 'ubuntu-18.04', 'ubuntu-20.04', 'ubuntu-20.10', 'ubuntu-21.04', 'ubuntu-21.10', 'ubuntu-22.04'],
    prefixes: ['cos-', 'flatcar-', 'rhel-8.', 'rocky-8.'],
    message: 'colon',
    source: 'kubernetes/kops:util/pkg/distributions/identify.go@v1.26.3',
  },
  {
    tags: [
      '1.27.0-alpha.2'
    ],
    exact: ['amzn-2', 'amzn-2023', 'debian-10', 'debian-11', 'debian-12', 'ubuntu-18.04', 'ubuntu-20.04', 'ubuntu-20.10', 'ubuntu-21.04', 'ubuntu-21.10', 'ubuntu-22.04'],
    prefixes: ['cos-', 'flatcar-', 'rhel-8.', 'rocky-8.'],
    message: 'colon',
    source: 'kubernetes/kops:util/pkg/distributions/identify.go@v1.27.0-alpha.2',
  },
  {
    tags: [
      '1.27.0-beta.1', '1.27.0-beta.2', '1.27.0-beta.3', '1.27.0', '1.27.1', '1.27.2', '1.27.3'
    ],
    exact: ['amzn-2', 'amzn-2023', 'debian-10', 'debian-11', 'debian-12', 'ubuntu-18.04', 'ubuntu-20.04', 'ubuntu-20.10', 'ubuntu-21.04', 'ubuntu-21.10', 'ubuntu-22.04'],
    prefixes: ['cos-', 'flatcar-', 'rhel-8.', 'rhel-9.', 'rocky-8.'],
    message: 'colon',
    source: 'kubernetes/kops:util/pkg/distributions/identify.go@v1.27.0-beta.1',
  },
  {
    tags: [
      '1.28.0-alpha.1', '1.28.0-alpha.2', '1.28.0-beta.1', '1.28.0-beta.2', '1.28.0', '1.28.1', '1.28.2', '1.28.3',
      '1.28.4', '1.28.5', '1.28.6', '1.28.7', '1.29.0-alpha.0', '1.29.0-alpha.1', '1.29.0-alpha.2', '1.29.0-alpha.3',
      '1.29.0-beta.1'
    ],
    exact: ['amzn-2', 'amzn-2023', 'debian-10', 'debian-11', 'debian-12', 'ubuntu-20.04', 'ubuntu-20.10', 'ubuntu-21.04', 'ubuntu-21.10', 'ubuntu-22.04'],
    prefixes: ['cos-', 'flatcar-', 'rhel-8.', 'rhel-9.', 'rocky-8.'],
    message: 'colon',
    source: 'kubernetes/kops:util/pkg/distributions/identify.go@v1.28.0-alpha.1',
  },
  {
    tags: [
      '1.29.0', '1.29.1', '1.29.2', '1.30.0-alpha.1'
    ],
    exact: ['amzn-2', 'amzn-2023', 'debian-10', 'debian-11', 'debian-12', 'ubuntu-20.04', 'ubuntu-22.04', 'ubuntu-24.04'],
    prefixes: ['cos-', 'flatcar-', 'rhel-8.', 'rhel-9.', 'rocky-8.'],
    message: 'colon',
    source: 'kubernetes/kops:util/pkg/distributions/identify.go@v1.29.0',
  },
  {
    tags: [
      '1.30.0-beta.1', '1.30.0', '1.30.1', '1.30.2', '1.30.3', '1.30.4', '1.31.0-alpha.1'
    ],
    exact: ['amzn-2', 'amzn-2023', 'debian-10', 'debian-11', 'debian-12', 'ubuntu-20.04', 'ubuntu-22.04', 'ubuntu-24.04'],
    prefixes: ['cos-', 'flatcar-', 'rhel-8.', 'rhel-9.', 'rocky-8.', 'rocky-9.'],
    message: 'colon',
    source: 'kubernetes/kops:util/pkg/distributions/identify.go@v1.30.0-beta.1',
  },
  {
    tags: [
      '1.31.0-beta.1', '1.31.0', '1.32.0-beta.1', '1.32.0', '1.32.1', '1.33.0-alpha.1', '1.33.0-beta.1', '1.33.0',
      '1.34.0-alpha.1'
    ],
    exact: ['amzn-2', 'amzn-2023', 'debian-10', 'debian-11', 'debian-12', 'fedora-41', 'ubuntu-20.04', 'ubuntu-22.04', 'ubuntu-24.04'],
    prefixes: ['cos-', 'flatcar-', 'rhel-8.', 'rhel-9.', 'rocky-8.', 'rocky-9.'],
    message: 'quoted',
    source: 'kubernetes/kops:util/pkg/distributions/identify.go@v1.31.0-beta.1',
  },
  {
    tags: [
      '1.32.2', '1.32.3', '1.32.4', '1.33.1', '1.33.2', '1.34.0-beta.1', '1.34.0', '1.34.1', '1.34.2', '1.34.3'
    ],
    exact: ['amzn-2', 'amzn-2023', 'debian-10', 'debian-11', 'debian-12', 'debian-13', 'fedora-41', 'ubuntu-20.04', 'ubuntu-22.04', 'ubuntu-24.04'],
    prefixes: ['cos-', 'flatcar-', 'rhel-8.', 'rhel-9.', 'rocky-8.', 'rocky-9.'],
    message: 'quoted',
    source: 'kubernetes/kops:util/pkg/distributions/identify.go@v1.32.2',
  },
  {
    tags: [
      '1.35.0-alpha.1'
    ],
    exact: ['amzn-2', 'amzn-2023', 'debian-10', 'debian-11', 'debian-12', 'debian-13', 'fedora-41', 'ubuntu-20.04', 'ubuntu-22.04', 'ubuntu-24.04', 'ubuntu-25.10'],
    prefixes: ['cos-', 'flatcar-', 'rhel-8.', 'rhel-9.', 'rocky-8.', 'rocky-9.'],
    message: 'quoted',
    source: 'kubernetes/kops:util/pkg/distributions/identify.go@v1.35.0-alpha.1',
  },
  {
    tags: [
      '1.35.0-beta.1', '1.35.0'
    ],
    exact: ['amzn-2', 'amzn-2023', 'debian-10', 'debian-11', 'debian-12', 'debian-13', 'fedora-41', 'fedora-42', 'fedora-43', 'fedora-44', 'ubuntu-20.04', 'ubuntu-22.04', 'ubuntu-24.04', 'ubuntu-25.10'],
    prefixes: ['cos-', 'flatcar-', 'centos-9.', 'centos-10.', 'rhel-8.', 'rhel-9.', 'rhel-10.', 'rocky-8.', 'rocky-9.', 'rocky-10.'],
    message: 'quoted',
    source: 'kubernetes/kops:util/pkg/distributions/identify.go@v1.35.0-beta.1',
  },
  {
    tags: [
      '1.35.1', '1.35.2'
    ],
    exact: ['amzn-2', 'amzn-2023', 'debian-10', 'debian-11', 'debian-12', 'debian-13', 'fedora-41', 'fedora-42', 'fedora-43', 'fedora-44', 'ubuntu-20.04', 'ubuntu-22.04', 'ubuntu-24.04', 'ubuntu-25.10', 'ubuntu-26.04'],
    prefixes: ['cos-', 'flatcar-', 'centos-9.', 'centos-10.', 'rhel-8.', 'rhel-9.', 'rhel-10.', 'rocky-8.', 'rocky-9.', 'rocky-10.'],
    message: 'quoted',
    source: 'kubernetes/kops:util/pkg/distributions/identify.go@v1.35.1',
  },
  {
    tags: [
      '1.36.0-alpha.1', '1.36.0-beta.1', '1.36.0', '1.36.1', '1.36.2', '1.37.0-alpha.1'
    ],
    exact: ['amzn-2023', 'debian-11', 'debian-12', 'debian-13', 'fedora-41', 'fedora-42', 'fedora-43', 'fedora-44', 'ubuntu-22.04', 'ubuntu-24.04', 'ubuntu-25.10', 'ubuntu-26.04'],
    prefixes: ['cos-', 'flatcar-', 'centos-9.', 'centos-10.', 'rhel-8.', 'rhel-9.', 'rhel-10.', 'rocky-8.', 'rocky-9.', 'rocky-10.'],
    message: 'quoted',
    source: 'kubernetes/kops:util/pkg/distributions/identify.go@v1.36.0-alpha.1',
  },
]
