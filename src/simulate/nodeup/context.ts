// Mirrors kubernetes/kops:nodeup/pkg/model/context.go (NodeupModelContext) and upup/pkg/fi/task.go (AddTask):
// what every nodeup builder reads, and the File tasks it plans.
import type { ClusterModel, InstanceGroupModel } from '../../manifests/model.js'
import type { Arch } from '../../types.js'
import { KopsError, type AssetStore, type StoredAsset } from '../asset-store.js'
import type { InstalledFile } from '../types.js'

export type Distribution = 'flatcar' | 'containeros' | 'other'

export class NodeupContext {
  readonly files: (InstalledFile & { entry: StoredAsset })[] = []
  readonly warnings: string[] = []
  private readonly taskNames = new Set<string>()

  constructor(
    readonly release: string,
    readonly arch: Arch,
    readonly assets: AssetStore,
    readonly cluster: ClusterModel,
    readonly ig: InstanceGroupModel,
    readonly k8sVersion: string,
    /** Whether cloudup planned a kubelet credential provider; nodeup's condition is the same (UseExternalKubeletCredentialProvider). */
    readonly credentialProvider: string | null,
    readonly installCniAssets: boolean,
  ) {}

  get isMaster(): boolean {
    return this.ig.role === 'ControlPlane'
  }

  get hasAPIServer(): boolean {
    return this.ig.role === 'ControlPlane' || this.ig.role === 'APIServer'
  }

  get distribution(): Distribution {
    const image = (this.ig.image?.value ?? '').toLowerCase()
    if (image.includes('flatcar')) return 'flatcar'
    if (/(^|\/)cos-/.test(image) || image.startsWith('cos-cloud/')) return 'containeros'
    return 'other'
  }

  /**
   * Merged cluster + instance group containerd config (pkg/apis/nodeup/config.go buildContainerdConfig): the group's
   * settings are merged over the cluster's through JSON with omitempty, so a group's `false` cannot undo a cluster's `true`.
   */
  get skipInstall(): boolean {
    return this.ig.containerd.skipInstall?.value === true || this.cluster.containerd.skipInstall?.value === true
  }

  get installCriCtl(): boolean {
    return this.ig.containerd.installCriCtl?.value === true || this.cluster.containerd.installCriCtl?.value === true
  }

  get installNerdCtl(): boolean {
    return this.ig.containerd.installNerdCtl?.value === true || this.cluster.containerd.installNerdCtl?.value === true
  }

  get containerRuntime(): string {
    return this.cluster.containerRuntime?.value ?? 'containerd'
  }

  /** Directory for kubectl, crictl and nerdctl (binaryPath in kubectl.go, crictl.go, nerdctl.go). */
  get toolsDir(): string {
    return this.distribution === 'flatcar' ? '/opt/kops/bin' : this.distribution === 'containeros' ? '/home/kubernetes/bin' : '/usr/local/bin'
  }

  /** Directory for kubelet and credential providers (KubeletBuilder binaryPath). */
  get kubeletDir(): string {
    return this.distribution === 'flatcar' ? '/opt/kubernetes/bin' : this.distribution === 'containeros' ? '/home/kubernetes/bin' : '/usr/local/bin'
  }

  /** AddTask of a nodetasks.File; a second task with the same name is fatal in kOps. */
  addFile(path: string, entry: StoredAsset | null): void {
    const name = `File/${path}`
    if (this.taskNames.has(name)) throw new KopsError(`found duplicate tasks with name ${JSON.stringify(name)}`)
    this.taskNames.add(name)
    if (entry) this.files.push({ path, url: entry.from.urls[0], member: entry.assetPath === entry.from.urls[0] ? entry.key : entry.assetPath, entry })
  }

  warn(text: string): void {
    this.warnings.push(text)
  }
}

/** A builder of nodeup's loader list. `goType` is how kOps names it in `building %s: %v`. */
export interface NodeupBuilder {
  goType: string
  build(ctx: NodeupContext): void
}
