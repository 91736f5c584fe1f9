// Mirrors kubernetes/kops:upup/pkg/fi/cloudup/urls.go (v1.26 … v1.29) and pkg/nodemodel/wellknownassets/kopsassets.go (v1.30 …):
// protokube and channels from artifacts.k8s.io/binaries/kops/<version>/linux/<arch>/ (GitHub fallback from the mirror rules).
import type { PlannedAsset } from '../types.js'
import { planned, type CloudupContext } from './context.js'

export function kopsBinaryAsset(ctx: CloudupContext, name: 'protokube' | 'channels'): PlannedAsset {
  return planned(ctx, name, `https://artifacts.k8s.io/binaries/kops/${ctx.kopsVersion}/linux/${ctx.arch}/${name}`, null, ctx.pin)
}
