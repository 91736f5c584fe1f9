// The image → OS table (one example per row), the cgroup v1 table, and nodeup's distribution lists per release.
import { describe, expect, it, test } from '@jest/globals'
import { CGROUP_V1, IMAGE_OS } from '../../src/releases/data/images.js'
import { NODEUP_DISTRIBUTIONS } from '../../src/releases/data/distributions.js'
import { KOPS_RELEASES } from '../../src/releases/data/releases.js'
import { bootsCgroupV1, osName, osOfImage } from '../../src/releases/images.js'
import { distributionVerdict, unsupportedDistro } from '../../src/simulate/nodeup/distributions.js'

// [row index, cloud, image, ID, VERSION_ID (null: only its start), VERSION_ID prefix]
const EXAMPLES: [number, string, string, string, string | null, string][] = [
  [0, 'aws', '099720109477/ubuntu/images/hvm-ssd/ubuntu-focal-20.04-amd64-server-20240112', 'ubuntu', '20.04', '20.04'],
  [1, 'aws', 'amazon/al2023-ami-2023.3.20240219.0-kernel-6.1-x86_64', 'amzn', '2023', '2023'],
  [2, 'aws', 'amazon/amzn2-ami-kernel-5.10-hvm-2.0.20240131.0-x86_64-gp2', 'amzn', '2', '2'],
  [3, 'aws', '137112412989/amzn-ami-hvm-2018.03.0.20231218.0-x86_64-gp2', 'amzn', '2018.03', '2018.03'],
  [4, 'aws', '136693071363/debian-10-amd64-20231013-1532', 'debian', '10', '10'],
  [5, 'aws', '075585003325/Flatcar-stable-3815.2.0-hvm', 'flatcar', '3815.2.0', '3815.2.0'],
  [6, 'aws', 'flatcar/Flatcar-stable-*-hvm', 'flatcar', null, ''],
  [7, 'aws', '309956199498/RHEL-8.9.0_HVM-20231101-x86_64-2-Hourly2-GP2', 'rhel', '8.9', '8.9'],
  [8, 'aws', 'redhat/RHEL-9.*', 'rhel', null, '9.'],
  [9, 'aws', '792107900819/Rocky-8-EC2-Base-8.9-20231119.0.x86_64', 'rocky', '8.9', '8.9'],
  [10, 'aws', 'rocky/Rocky-9-*', 'rocky', null, '9.'],
  [11, 'aws', 'ssm:/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id', 'ubuntu', '24.04', '24.04'],
  [12, 'aws', 'ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64', 'amzn', '2023', '2023'],
  [13, 'aws', 'ssm:/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2', 'amzn', '2', '2'],
  [14, 'aws', 'ssm:/aws/service/debian/release/12/latest/amd64', 'debian', '12', '12'],
  [15, 'gce', 'ubuntu-os-cloud/ubuntu-2204-jammy-v20240126', 'ubuntu', '22.04', '22.04'],
  [16, 'gce', 'projects/debian-cloud/global/images/family/debian-12', 'debian', '12', '12'],
  [17, 'gce', 'rhel-cloud/rhel-8-v20240110', 'rhel', null, '8.'],
  [18, 'gce', 'rocky-linux-cloud/rocky-linux-9-optimized-gcp-v20240111', 'rocky', null, '9.'],
  [19, 'gce', 'cos-cloud/cos-stable-109-17800-66-43', 'cos', null, ''],
]

describe('IMAGE_OS', () => {
  it('has one example per row', () => {
    expect(EXAMPLES.map((e) => e[0])).toEqual(IMAGE_OS.map((_, i) => i))
    for (const r of IMAGE_OS) expect(r.source).toMatch(/\S/)
  })

  test.each(EXAMPLES)('row %i: %s %s', (index, cloud, image, id, versionId, versionPrefix) => {
    expect(osOfImage(image, cloud)).toEqual({ id, versionId, versionPrefix, row: IMAGE_OS[index] })
  })

  it('gives nothing for references that do not fix the OS', () => {
    for (const [cloud, image] of [
      ['aws', 'ami-0abc1234def567890'],
      ['aws', 'my-golden-image-2024'],
      ['aws', '123456789012/ubuntu/images/hvm-ssd/ubuntu-focal-20.04-amd64-server-20240112'],
      ['aws', 'ubuntu/debian-10-amd64-20231013-1532'],
      ['aws', 'ssm:/my/own/parameter'],
      ['gce', 'my-project/ubuntu-2004-focal-v20240110'],
      ['openstack', 'ubuntu-20.04'],
      ['aws', 'debian-cloud/debian-12'],
    ])
      expect([image, osOfImage(image, cloud)]).toEqual([image, null])
  })

  it('names the OS for messages', () => {
    expect(osName(osOfImage('amazon/amzn2-ami-kernel-5.10-hvm-2.0.20240131.0-x86_64-gp2', 'aws')!)).toBe('Amazon Linux 2')
    expect(osName(osOfImage('rhel-cloud/rhel-8-v20240110', 'gce')!)).toBe('RHEL 8')
  })
})

describe('CGROUP_V1', () => {
  const v1 = (image: string, cloud = 'aws') => bootsCgroupV1(osOfImage(image, cloud)!)
  it('knows which OS releases boot cgroup v1', () => {
    expect(CGROUP_V1.map((r) => r.id)).toEqual(['ubuntu', 'debian', 'rhel', 'rocky', 'centos', 'fedora', 'amzn', 'flatcar', 'cos'])
    expect(v1('099720109477/ubuntu/images/hvm-ssd/ubuntu-focal-20.04-amd64-server-20240112')).toBe(true)
    expect(v1('099720109477/ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240112')).toBe(false)
    expect(v1('amazon/amzn2-ami-kernel-5.10-hvm-2.0.20240131.0-x86_64-gp2')).toBe(true)
    expect(v1('amazon/al2023-ami-2023.3.20240219.0-kernel-6.1-x86_64')).toBe(false)
    expect(v1('136693071363/debian-10-amd64-20231013-1532')).toBe(true)
    expect(v1('136693071363/debian-12-amd64-20231013-1532')).toBe(false)
    expect(v1('309956199498/RHEL-8.9.0_HVM-20231101-x86_64-2-Hourly2-GP2')).toBe(true)
    expect(v1('rocky/Rocky-9-*')).toBe(false)
    expect(v1('rhel-cloud/rhel-8-v20240110', 'gce')).toBe(true)
    expect(v1('075585003325/Flatcar-stable-3815.2.0-hvm')).toBe(false)
    // A Flatcar or COS reference without its version: not known.
    expect(v1('flatcar/Flatcar-stable-*-hvm')).toBeNull()
    expect(v1('cos-cloud/cos-stable-109-17800-66-43', 'gce')).toBeNull()
  })
})

describe('NODEUP_DISTRIBUTIONS', () => {
  const VERSIONS = KOPS_RELEASES.map((r) => r.version)
  it('holds every release exactly once, citing the first tag of its row', () => {
    for (const v of VERSIONS) expect([v, NODEUP_DISTRIBUTIONS.filter((r) => r.tags.includes(v)).length]).toEqual([v, 1])
    for (const r of NODEUP_DISTRIBUTIONS) expect(r.source).toBe(`kubernetes/kops:util/pkg/distributions/identify.go@v${r.tags[0]}`)
    expect(NODEUP_DISTRIBUTIONS.flatMap((r) => r.tags)).toHaveLength(VERSIONS.length)
  })

  const os = (image: string, cloud = 'aws') => osOfImage(image, cloud)!
  const U2004 = '099720109477/ubuntu/images/hvm-ssd/ubuntu-focal-20.04-amd64-server-20240112'
  const AL2 = 'amazon/amzn2-ami-kernel-5.10-hvm-2.0.20240131.0-x86_64-gp2'
  const D10 = '136693071363/debian-10-amd64-20231013-1532'
  const U2404 = '099720109477/ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20240423'

  it('drops Amazon Linux 2, Debian 10 and Ubuntu 20.04 in 1.36', () => {
    for (const img of [U2004, AL2, D10]) {
      expect([img, distributionVerdict('1.35.2', os(img))]).toEqual([img, 'accepted'])
      expect([img, distributionVerdict('1.36.0-alpha.1', os(img))]).toEqual([img, 'rejected'])
      expect([img, distributionVerdict('1.36.2', os(img))]).toEqual([img, 'rejected'])
    }
  })

  it('follows each release list', () => {
    expect(distributionVerdict('1.28.0', os(U2404))).toBe('rejected')
    expect(distributionVerdict('1.29.0', os(U2404))).toBe('accepted')
    expect(distributionVerdict('1.27.0', os('136693071363/debian-12-amd64-20231013-1532'))).toBe('accepted')
    expect(distributionVerdict('1.26.0', os('136693071363/debian-12-amd64-20231013-1532'))).toBe('rejected')
    expect(distributionVerdict('1.26.6', os('amazon/al2023-ami-2023.3.20240219.0-kernel-6.1-x86_64'))).toBe('rejected')
    expect(distributionVerdict('1.26.0', os('amazon/amzn-ami-hvm-2018.03.0.20231218.0-x86_64-gp2'))).toBe('rejected')
    expect(distributionVerdict('1.28.0', os('099720109477/ubuntu/images/hvm-ssd/ubuntu-bionic-18.04-amd64-server-20230531'))).toBe('rejected')
    expect(distributionVerdict('1.27.0', os('099720109477/ubuntu/images/hvm-ssd/ubuntu-bionic-18.04-amd64-server-20230531'))).toBe('accepted')
  })

  it('decides prefix families from the major version alone, and leaves the rest open', () => {
    expect(distributionVerdict('1.26.0', os('rhel-cloud/rhel-8-v20240110', 'gce'))).toBe('accepted')
    expect(distributionVerdict('1.26.0', os('redhat/RHEL-9.*'))).toBe('rejected')
    expect(distributionVerdict('1.36.2', os('redhat/RHEL-9.*'))).toBe('accepted')
    expect(distributionVerdict('1.36.2', os('flatcar/Flatcar-stable-*-hvm'))).toBe('accepted')
  })

  it('prints the refusal as the release does', () => {
    expect(unsupportedDistro('1.31.0-alpha.1', 'ubuntu-18.04')).toBe('unsupported distro: ubuntu-18.04')
    expect(unsupportedDistro('1.31.0-beta.1', 'ubuntu-18.04')).toBe('unsupported distro "ubuntu-18.04"')
  })
})
