// kops-manifests-missing: the repository pins or uses kOps but holds no Cluster / InstanceGroup manifest to check.
import { defineRule } from './rule.js'

/** kOps clusters described in another form than kOps YAML (Terraform provider resources, jsonnet, templates with other extensions). */
const OTHER_FORMS = /resource\s+"kops_(cluster|instance_group)"|kops\.k8s\.io\/v1alpha[23]/

export default defineRule({
  id: 'kops-manifests-missing',
  defaultSeverity: 'notice',
  summary: 'kOps is pinned or used in the repository, but no kOps Cluster / InstanceGroup manifest was found to check.',
  remediation: 'Commit the cluster spec as kOps YAML (kops get cluster -o yaml, kops get ig -o yaml), or set the paths input to where it lives.',
  messages: {
    missing: 'kOps {kops} is pinned here, but no kOps Cluster or InstanceGroup manifest was found in the repository{other}, so nothing was simulated.',
  },
  scope: 'side',
  check({ side }, report) {
    if (side.manifests.groups.length > 0 || side.manifests.parsed.length > 0 || !side.kops.pin) return
    const other = side.files.filter((f) => OTHER_FORMS.test(f.text)).map((f) => f.path)
    report({
      messageId: 'missing',
      data: { kops: side.kops.version ?? side.kops.pin.value, other: other.length ? ` (kOps appears in ${other.slice(0, 3).join(', ')}${other.length > 3 ? ', …' : ''}, which is not kOps YAML)` : '' },
      place: { file: side.kops.pin.file, pos: side.kops.pin.pos },
      cluster: null,
      instanceGroup: null,
      arch: null,
      kopsVersion: side.kops.version,
      subject: 'no-manifests',
    })
  },
})
