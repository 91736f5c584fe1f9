// The Kubernetes version kOps's stable channel recommends for each minor (`spec.kubernetesVersions[].recommendedVersion`
// of the range `>=<minor>.0`), which the upgrade path moves a cluster to. kOps itself suggests these on `kops update
// cluster` ("A new kubernetes version is available").
export interface StableKubernetesRow {
  minor: string
  recommended: string
  source: string
}

const SOURCE = 'kubernetes/kops:channels/stable@268927e26409f861634e18f3632c9dd483c350cf'

export const STABLE_KUBERNETES: StableKubernetesRow[] = [
  ['1.19', '1.19.16'], ['1.20', '1.20.15'], ['1.21', '1.21.14'], ['1.22', '1.22.17'], ['1.23', '1.23.17'],
  ['1.24', '1.24.17'], ['1.25', '1.25.16'], ['1.26', '1.26.15'], ['1.27', '1.27.16'], ['1.28', '1.28.15'],
  ['1.29', '1.29.15'], ['1.30', '1.30.14'], ['1.31', '1.31.14'], ['1.32', '1.32.13'], ['1.33', '1.33.13'],
  ['1.34', '1.34.10'], ['1.35', '1.35.7'], ['1.36', '1.36.3'],
].map(([minor, recommended]) => ({ minor, recommended, source: SOURCE }))
