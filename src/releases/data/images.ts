// What operating system an instance group's `spec.image` boots, as far as the reference itself says so. kOps passes
// the reference to the cloud (kubernetes/kops:upup/pkg/fi/cloudup/awsup/aws_cloud.go resolveImage: `ami-…` by id,
// `ssm:<parameter>` through SSM, `<owner>/<name>` by owner and name filter, owner aliases resolved to the publishers'
// accounts; GCE: `<project>/<image or family>`). Only references whose publisher and name pattern fix the OS are
// listed: an `ami-…` id, a bare name (owner `self`) or an unknown owner tells nothing. The first matching row wins.
// Owner aliases are the union over the modelled releases (`debian10` until 1.27, `debian`/`rocky`/`rockylinux` later).
import type { CgroupRow, ImageOsRow } from './types.js'

const KOPS_IMAGES_DOC = 'kubernetes/kops:docs/operations/images.md@v1.36.2'
const KOPS_OWNER_ALIASES = 'kubernetes/kops:upup/pkg/fi/cloudup/awsup/aws_cloud.go@v1.36.2 (WellKnownAccount*, ResolveImageOwnerAlias)'

export const IMAGE_OS: ImageOsRow[] = [
  // AWS, by owner and name.
  { cloud: 'aws', owners: ['099720109477', 'ubuntu'], name: /^ubuntu(?:-minimal|-pro-server)?\/images\/[^/]+\/ubuntu-[a-z]+-(\d{2}\.\d{2})-/, id: 'ubuntu', versionId: '$1', source: `${KOPS_IMAGES_DOC} (Ubuntu: owner 099720109477, ubuntu/images/hvm-ssd/ubuntu-<codename>-<version>-*); ${KOPS_OWNER_ALIASES}` },
  { cloud: 'aws', owners: ['137112412989', 'amazon', 'amazon.com'], name: /^al2023-ami-/, id: 'amzn', versionId: '2023', source: `${KOPS_IMAGES_DOC} (Amazon Linux 2023: owner alias amazon, al2023-ami-*); ${KOPS_OWNER_ALIASES}` },
  { cloud: 'aws', owners: ['137112412989', 'amazon', 'amazon.com'], name: /^amzn2-ami-/, id: 'amzn', versionId: '2', source: `https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/finding-an-ami.html (Amazon Linux 2: amzn2-ami-*); ${KOPS_OWNER_ALIASES}` },
  { cloud: 'aws', owners: ['137112412989', 'amazon', 'amazon.com'], name: /^amzn-ami-/, id: 'amzn', versionId: '2018.03', source: `https://aws.amazon.com/amazon-linux-ami/ (Amazon Linux AMI 2018.03: amzn-ami-*); ${KOPS_OWNER_ALIASES}` },
  { cloud: 'aws', owners: ['136693071363', 'debian', 'debian10', 'debian11'], name: /^debian-(\d+)-/, id: 'debian', versionId: '$1', source: `${KOPS_IMAGES_DOC} (Debian: owner 136693071363, debian-<version>-*); ${KOPS_OWNER_ALIASES}` },
  { cloud: 'aws', owners: ['075585003325', 'flatcar'], name: /^Flatcar-(?:stable|beta|alpha|lts)-(\d+\.\d+\.\d+)-/, id: 'flatcar', versionId: '$1', source: `${KOPS_IMAGES_DOC} (Flatcar: owner 075585003325, Flatcar-stable-*-hvm); ${KOPS_OWNER_ALIASES}` },
  { cloud: 'aws', owners: ['075585003325', 'flatcar'], name: /^Flatcar-(?:stable|beta|alpha|lts)-/, id: 'flatcar', versionPrefix: '', source: `${KOPS_IMAGES_DOC} (Flatcar: owner 075585003325, Flatcar-stable-*-hvm); ${KOPS_OWNER_ALIASES}` },
  { cloud: 'aws', owners: ['309956199498', 'redhat', 'redhat.com'], name: /^RHEL-(\d+)\.(\d+)\.\d+_HVM/, id: 'rhel', versionId: '$1.$2', source: `${KOPS_IMAGES_DOC} (RHEL: owner 309956199498, RHEL-<major>.*); ${KOPS_OWNER_ALIASES}` },
  { cloud: 'aws', owners: ['309956199498', 'redhat', 'redhat.com'], name: /^RHEL-(\d+)\./, id: 'rhel', versionPrefix: '$1.', source: `${KOPS_IMAGES_DOC} (RHEL: owner 309956199498, RHEL-<major>.*); ${KOPS_OWNER_ALIASES}` },
  { cloud: 'aws', owners: ['792107900819', 'rocky', 'rockylinux'], name: /^Rocky-\d+-(?:ec2|EC2-Base|EC2-LVM)-(\d+\.\d+)[-.]/, id: 'rocky', versionId: '$1', source: `${KOPS_IMAGES_DOC} (Rocky: owner 792107900819, Rocky-8-ec2-8.*, Rocky-9-EC2-Base-9.*); ${KOPS_OWNER_ALIASES}` },
  { cloud: 'aws', owners: ['792107900819', 'rocky', 'rockylinux'], name: /^Rocky-(\d+)-/, id: 'rocky', versionPrefix: '$1.', source: `${KOPS_IMAGES_DOC} (Rocky: owner 792107900819, Rocky-<major>-*); ${KOPS_OWNER_ALIASES}` },
  // AWS, public SSM parameters (`ssm:<name>`, kOps 1.25.3+).
  { cloud: 'aws', owners: ['ssm'], name: /^\/aws\/service\/canonical\/ubuntu\/(?:server|server-minimal|pro-server)\/(\d{2}\.\d{2})\//, id: 'ubuntu', versionId: '$1', source: `${KOPS_IMAGES_DOC} (ssm:/aws/service/canonical/ubuntu/server/20.04/stable/current/amd64/hvm/ebs-gp2/ami-id)` },
  { cloud: 'aws', owners: ['ssm'], name: /^\/aws\/service\/ami-amazon-linux-latest\/al2023-ami-/, id: 'amzn', versionId: '2023', source: 'https://docs.aws.amazon.com/linux/al2023/ug/ec2.html (/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64)' },
  { cloud: 'aws', owners: ['ssm'], name: /^\/aws\/service\/ami-amazon-linux-latest\/amzn2-ami-/, id: 'amzn', versionId: '2', source: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-public-parameters-ami.html (/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2)' },
  { cloud: 'aws', owners: ['ssm'], name: /^\/aws\/service\/debian\/release\/(\d+)\//, id: 'debian', versionId: '$1', source: 'https://wiki.debian.org/Cloud/AmazonEC2Image (/aws/service/debian/release/12/latest/amd64)' },
  // GCE, by image project and image name or family.
  { cloud: 'gce', owners: ['ubuntu-os-cloud'], name: /^(?:family\/)?ubuntu-(?:minimal-|pro-)?(\d{2})(\d{2})-/, id: 'ubuntu', versionId: '$1.$2', source: `${KOPS_IMAGES_DOC} (Ubuntu on GCP: --project ubuntu-os-cloud); https://cloud.google.com/compute/docs/images/os-details (ubuntu-2204-lts, ubuntu-2004-focal-v…)` },
  { cloud: 'gce', owners: ['debian-cloud'], name: /^(?:family\/)?debian-(\d+)(?:-|$)/, id: 'debian', versionId: '$1', source: `${KOPS_IMAGES_DOC} (Debian on GCP: --project debian-cloud); https://cloud.google.com/compute/docs/images/os-details (debian-12, debian-12-bookworm-v…)` },
  { cloud: 'gce', owners: ['rhel-cloud'], name: /^(?:family\/)?rhel-(\d+)(?:-|$)/, id: 'rhel', versionPrefix: '$1.', source: `${KOPS_IMAGES_DOC} (RHEL on GCP: --project rhel-cloud); https://cloud.google.com/compute/docs/images/os-details (rhel-8, rhel-9-v…)` },
  { cloud: 'gce', owners: ['rocky-linux-cloud'], name: /^(?:family\/)?rocky-linux-(\d+)(?:-|$)/, id: 'rocky', versionPrefix: '$1.', source: `${KOPS_IMAGES_DOC} (Rocky on GCP: --project rocky-linux-cloud); https://cloud.google.com/compute/docs/images/os-details (rocky-linux-8, rocky-linux-9-v…)` },
  { cloud: 'gce', owners: ['cos-cloud'], name: /^(?:family\/)?cos-/, id: 'cos', versionPrefix: '', source: 'https://cloud.google.com/container-optimized-os/docs/concepts/versioning (cos-cloud: cos-stable, cos-<milestone>-…)' },
]

const CGROUPS_DOC = 'kubernetes/website:content/en/docs/concepts/architecture/cgroups.md (Linux distributions using cgroup v2 by default)'

/** OS releases that boot the cgroup v1 hierarchy by default: every release before the one that switched to v2. */
export const CGROUP_V1: CgroupRow[] = [
  { id: 'ubuntu', v1: [{ to: '21.10' }], source: `${CGROUPS_DOC}: Ubuntu since 21.10` },
  { id: 'debian', v1: [{ to: '11' }], source: `${CGROUPS_DOC}: Debian GNU/Linux since Debian 11 bullseye` },
  { id: 'rhel', v1: [{ to: '9' }], source: `${CGROUPS_DOC}: RHEL and RHEL-like distributions since 9` },
  { id: 'rocky', v1: [{ to: '9' }], source: `${CGROUPS_DOC}: RHEL and RHEL-like distributions since 9` },
  { id: 'centos', v1: [{ to: '9' }], source: `${CGROUPS_DOC}: RHEL and RHEL-like distributions since 9` },
  { id: 'fedora', v1: [{ to: '31' }], source: `${CGROUPS_DOC}: Fedora since 31` },
  { id: 'amzn', v1: [{ to: '2023' }], source: `${CGROUPS_DOC}: Amazon Linux 2023` },
  { id: 'flatcar', v1: [{ to: '2969.90.0' }], source: `${CGROUPS_DOC}: Flatcar Container Linux since 2969.90.0` },
  { id: 'cos', v1: [{ to: '97' }], source: `${CGROUPS_DOC}: Container-Optimized OS since M97` },
]
