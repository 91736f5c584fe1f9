// Mirrors validateCloudLabels of kubernetes/kops:pkg/apis/kops/validation/cluster.go (v1.26.0-alpha.1 …
// v1.37.0-alpha.1), used for the Cluster's and each instance group's cloudLabels: the keys Name and KubernetesCluster
// are reserved, and so are the prefixes kubernetes.io/cluster/, k8s.io/role/ and kops.k8s.io/ (reported per prefix,
// then per label; Go's map order is random, labels are reported in YAML order). Forbidden at the label's key.
// ValidateClusterUpdate (the same file) compares with the cluster stored in the state store: not modelled here.
import type { KopsDocument } from '../../manifests/parse.js'
import type { FieldError } from './field.js'
import { entries, unknown, type SpecPath } from './spec-view.js'

const SOURCE = 'kubernetes/kops:pkg/apis/kops/validation/cluster.go'
const RESERVED_KEYS = ['Name', 'KubernetesCluster']
const RESERVED_PREFIXES = ['kubernetes.io/cluster/', 'k8s.io/role/', 'kops.k8s.io/']

/** `skip` leaves out labels the caller checks itself (instancegroup.go takes kops.k8s.io/instancegroup out first). */
export function validateCloudLabels(doc: KopsDocument, path: SpecPath, field: string, skip: string[] = []): FieldError[] {
  const labels = entries(doc, path).filter((l) => !skip.includes(l.key.value) && !unknown(l.key))
  const out: FieldError[] = []
  for (const reserved of RESERVED_KEYS) {
    const l = labels.find((x) => x.key.value === reserved)
    if (l) out.push({ field: `${field}.${reserved}`, type: 'Forbidden', value: null, detail: `${JSON.stringify(reserved)} is a reserved label and cannot be used as a custom label`, at: l.key, source: SOURCE })
  }
  for (const prefix of RESERVED_PREFIXES)
    for (const l of labels)
      if (l.key.value.startsWith(prefix))
        out.push({ field: `${field}.${l.key.value}`, type: 'Forbidden', value: null, detail: `${JSON.stringify(prefix)} is a reserved label prefix and cannot be used as a custom label`, at: l.key, source: SOURCE })
  return out
}
