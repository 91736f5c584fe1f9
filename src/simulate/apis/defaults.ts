// Mirrors kubernetes/kops:pkg/apis/kops/v1alpha2/defaults.go SetDefaults_ClusterSpec for spec.authorization: kOps
// fills it when it reads a v1alpha2 Cluster (`kops create -f`, `kops replace -f`), so an omitted or empty block
// takes the release's default. Until v1.36.0-alpha.1 the default is AlwaysAllow ("Before the Authorization field was
// introduced, the behaviour was alwaysAllow"); from v1.36.0-beta.1 it is RBAC (commit 7bd2e5273f). An explicit
// `rbac: {}` or `alwaysAllow: {}` is kept. pkg/model/components/apiserver.go then sets kubeAPIServer.authorizationMode
// from it (AlwaysAllow → "AlwaysAllow", RBAC → "Node,RBAC"), overwriting any value the spec gives.
import type { ClusterModel } from '../../manifests/model.js'
import { inTagRanges, type TagRanges } from '../../releases/version.js'
import type { Located } from '../../types.js'

const RBAC_DEFAULT: TagRanges = [['1.36.0-beta.1']]

export type AuthorizationMode = 'RBAC' | 'AlwaysAllow'

export interface AuthorizationDefault {
  mode: AuthorizationMode
  /** True when the spec leaves the choice to kOps (no block, `{}`, or neither `rbac` nor `alwaysAllow`). */
  defaulted: boolean
  /** The `authorization` key when the spec has one, else null. */
  key: Located<string> | null
}

export function authorizationDefault(release: string, cluster: ClusterModel): AuthorizationDefault {
  const doc = cluster.doc
  const key = doc.keyAt(['spec', 'authorization'])
  const set = doc.keys(['spec', 'authorization'])
  // IsEmpty: RBAC == nil && AlwaysAllow == nil (a `rbac:` key with a null value decodes to nil too).
  const given = (k: string) => set.includes(k) && doc.node(['spec', 'authorization', k]) !== null && doc.scalar(['spec', 'authorization', k])?.value !== null
  if (given('rbac')) return { mode: 'RBAC', defaulted: false, key }
  if (given('alwaysAllow')) return { mode: 'AlwaysAllow', defaulted: false, key }
  return { mode: inTagRanges(release, RBAC_DEFAULT) ? 'RBAC' : 'AlwaysAllow', defaulted: true, key }
}
