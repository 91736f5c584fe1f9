// The container runtime checks `kops update cluster` runs on the cluster and every instance group.
// Sources (kubernetes/kops): pkg/apis/kops/validation/validation.go validateContainerdConfig and validateContainerRuntime
// @v1.28.0 (docker refused for Kubernetes ≥ 1.24) and @v1.29.0 (docker always refused, spec.docker refused), and
// instancegroup.go@v1.29.0 (the same containerd rules at the group's spec.containerd). Version parsing is blang/semver
// v4 ParseTolerant; a parse failure leaves the zero version, so the legacy-version error follows it.
import { describe, expect, it } from '@jest/globals'
import { crossValidateInstanceGroup, validateInstanceGroup } from '../../../src/simulate/validation/instancegroup.js'
import { validateClusterSpec } from '../../../src/simulate/validation/validation.js'
import { H64, loadCluster, loadIg } from '../fixtures.js'
import { BASE_SPEC } from './helpers.js'

const DOCKER_REMOVED = 'Docker CRI support was removed in Kubernetes 1.24: https://kubernetes.io/blog/2020/12/02/dockershim-faq'

function errors(release: string, spec: string[], k8s = '1.30.2'): [string, string][] {
  const cluster = loadCluster({ k8s: `v${k8s}`, spec: [...BASE_SPEC, ...spec] })
  return validateClusterSpec({ release, k8sVersion: k8s, cluster, instanceGroups: [], strict: false }).map((e) => [e.field, e.detail])
}

describe('containerd version', () => {
  it('accepts full and short versions, with or without v', () => {
    for (const v of ['1.7.16', 'v1.7.16', '1.7', '2.2.4']) expect(errors('1.30.0', ['  containerd:', `    version: ${v}`])).toEqual([])
  })

  it('refuses versions below 1.3.4', () => {
    expect(errors('1.30.0', ['  containerd:', '    version: 1.3.3'])).toEqual([['spec.containerd.version', 'unsupported legacy version']])
  })

  // ParseTolerant("abc") removes leading zeros and puts a "0" before a part that then starts with a non-digit:
  // Parse("0abc.0.0") → `Invalid character(s) found in major number "0abc"` (blang/semver v4 semver.go); kOps prints
  // `unable to parse version string: %s` with err.Error() (kubernetes/kops:pkg/apis/kops/validation/validation.go@v1.29.0).
  it('quotes semver\'s own parse error for an unparsable version', () => {
    expect(errors('1.30.0', ['  containerd:', '    version: abc'])).toEqual([
      ['spec.containerd.version', 'unable to parse version string: Invalid character(s) found in major number "0abc"'],
      ['spec.containerd.version', 'unsupported legacy version'],
    ])
  })

  // blang/semver v4 ParseTolerant splits into at most three parts and refuses a shortened version (fewer than three)
  // whose last part has a prerelease or build: `Short version cannot contain PreRelease/Build meta data`.
  // `1.7-rc.1` has three parts and fails on the minor number instead (used by validation.go@v1.29.0).
  it('refuses a short version with a prerelease', () => {
    expect(errors('1.30.0', ['  containerd:', '    version: 1.7-rc.1'])).toEqual([
      ['spec.containerd.version', 'unable to parse version string: Invalid character(s) found in minor number "7-rc"'],
      ['spec.containerd.version', 'unsupported legacy version'],
    ])
    expect(errors('1.30.0', ['  containerd:', '    version: 1.7-rc1'])).toEqual([
      ['spec.containerd.version', 'unable to parse version string: Short version cannot contain PreRelease/Build meta data'],
      ['spec.containerd.version', 'unsupported legacy version'],
    ])
  })
})

describe('containerd packages', () => {
  it('needs URL and hash together, per arch, with kOps\'s field names', () => {
    expect(errors('1.30.0', ['  containerd:', '    packages:', '      urlAmd64: https://example.com/c.tar.gz'])).toEqual([['spec.containerd.packageUrl', 'Package hash must also be set']])
    expect(errors('1.30.0', ['  containerd:', '    packages:', `      hashAmd64: ${H64}`])).toEqual([['spec.containerd.packageHash', 'Package URL must also be set']])
    expect(errors('1.30.0', ['  containerd:', '    packages:', '      urlArm64: https://example.com/c.tar.gz'])).toEqual([['spec.containerd.packageUrlArm64', 'Package hash must also be set']])
    expect(errors('1.30.0', ['  containerd:', '    packages:', `      hashArm64: ${H64}`])).toEqual([['spec.containerd.packageHashArm64', 'Package URL must also be set']])
  })

  it('refuses hashes longer than 64 characters, a sha256: prefix included', () => {
    expect(errors('1.30.0', ['  containerd:', '    packages:', '      urlAmd64: https://example.com/c.tar.gz', `      hashAmd64: ${H64}`])).toEqual([])
    expect(errors('1.30.0', ['  containerd:', '    packages:', '      urlAmd64: https://example.com/c.tar.gz', `      hashAmd64: sha256:${H64}`])).toEqual([['spec.containerd.packageHash', 'Package hash must be 64 characters long']])
    expect(errors('1.30.0', ['  containerd:', '    packages:', '      urlArm64: https://example.com/c.tar.gz', `      hashArm64: ${H64}0`])).toEqual([['spec.containerd.packageHashArm64', 'Package hash must be 64 characters long']])
  })

  it('does not look at the package layout or name', () => {
    expect(errors('1.36.0', ['  containerd:', '    packages:', '      urlAmd64: https://example.com/cri-containerd-cni-2.0.0-linux-amd64.tar.gz', `      hashAmd64: ${H64}`], '1.35.2')).toEqual([])
  })

  // validation.go@v1.29.0: url.Parse(u) failing gives `cannot parse package URL: %v`; Go's error for a bad escape is
  // `parse "<url>": invalid URL escape "%zz"`.
  it('refuses a package URL that Go cannot parse', () => {
    expect(errors('1.30.0', ['  containerd:', '    packages:', '      urlAmd64: https://example.com/%zz.tar.gz', `      hashAmd64: ${H64}`])).toEqual([
      ['spec.containerd.packageUrl', 'cannot parse package URL: parse "https://example.com/%zz.tar.gz": invalid URL escape "%zz"'],
    ])
  })

  it('applies the same rules to an instance group\'s spec.containerd, in CrossValidateInstanceGroup only', () => {
    const ig = loadIg({ spec: ['  containerd:', '    version: 1.3.3', '    packages:', '      urlArm64: https://example.com/c.tar.gz'] })
    expect(validateInstanceGroup({ release: '1.29.0', k8sVersion: '1.29.0', cluster: loadCluster({ k8s: 'v1.29.0', spec: [] }), instanceGroups: [ig], strict: false }, ig)).toEqual([])
    expect(crossValidateInstanceGroup({ release: '1.29.0', k8sVersion: '1.29.0', cluster: loadCluster({ k8s: 'v1.29.0', spec: [] }), instanceGroups: [ig], strict: false }, ig).map((e) => [e.field, e.detail, e.at.file])).toEqual([
      ['spec.containerd.version', 'unsupported legacy version', 'ig.yaml'],
      ['spec.containerd.packageUrlArm64', 'Package hash must also be set', 'ig.yaml'],
    ])
  })
})

describe('Docker', () => {
  it('1.26–1.28: containerRuntime docker is refused only for Kubernetes 1.24+', () => {
    expect(errors('1.28.7', ['  containerRuntime: docker'], '1.23.17')).toEqual([])
    expect(errors('1.28.7', ['  containerRuntime: docker'], '1.24.0')).toEqual([['spec.containerRuntime', DOCKER_REMOVED]])
    expect(errors('1.26.0', ['  docker:', '    version: 20.10.17'], '1.26.5')).toEqual([])
  })

  it('1.29.0-alpha.1+: containerRuntime docker is always refused, and so is any spec.docker', () => {
    expect(errors('1.29.0-alpha.1', ['  containerRuntime: docker'], '1.23.17')).toEqual([['spec.containerRuntime', DOCKER_REMOVED]])
    expect(errors('1.30.0', ['  docker:', '    version: 20.10.17'])).toEqual([['spec.docker', DOCKER_REMOVED]])
  })

  // validation.go@v1.29.0 appends the containerRuntime error (validateContainerRuntime), then the containerd errors,
  // then a separate `spec.docker` error whenever spec.Docker is set: both Docker errors appear, in that order.
  it('1.29+: reports both the runtime and the spec.docker block, after the containerd errors', () => {
    expect(errors('1.30.0', ['  containerRuntime: docker', '  docker:', '    version: 20.10.17', '  containerd:', '    version: 1.3.3'])).toEqual([
      ['spec.containerRuntime', DOCKER_REMOVED],
      ['spec.containerd.version', 'unsupported legacy version'],
      ['spec.docker', DOCKER_REMOVED],
    ])
  })

  // validation.go@v1.29.0 validateContainerRuntime: IsValidValue(fldPath, &runtime, ["containerd", "docker"]) gives
  // field.NotSupported, detail `supported values: "containerd", "docker"`.
  it('refuses a container runtime other than containerd and docker', () => {
    expect(errors('1.30.0', ['  containerRuntime: cri-o'])).toEqual([['spec.containerRuntime', 'supported values: "containerd", "docker"']])
  })
})
