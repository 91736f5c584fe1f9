// Where containerd 2.x looks for the settings a version 2 config kept under `plugins."io.containerd.grpc.v1.cri"`.
// containerd migrates a config file whose `version` is below 3 by moving these keys (the ConfigMigration functions of
// containerd/containerd:plugins/cri/runtime/plugin.go and plugins/cri/images/plugin.go, containerd 2.0 …); a file
// that already says `version = 3` is read as it is, so a v2 key in it is unknown to containerd and ignored.
// Paths are below `plugins."io.containerd.grpc.v1.cri"`; `*` stands for one segment (a runtime name) and is carried
// into `to`. The first row whose `from` is a prefix of the key wins; the key's remaining segments follow `to`.
// `to: null` marks the CRI server settings, which stay in `io.containerd.grpc.v1.cri` under version 3.

export interface CriKeyMove {
  from: string[]
  to: string[] | null
  source: string
}

const RUNTIME = 'containerd/containerd:plugins/cri/runtime/plugin.go (migrateConfig)'
const IMAGES = 'containerd/containerd:plugins/cri/images/plugin.go (migrateConfig)'

export const CRI_V3_KEY_MOVES: CriKeyMove[] = [
  ...['disable_tcp_service', 'stream_server_address', 'stream_server_port', 'stream_idle_timeout', 'enable_tls_streaming', 'x509_key_pair_streaming'].map(
    (k): CriKeyMove => ({ from: [k], to: null, source: `${RUNTIME}: "skip (moved to cri ServerConfig)"` }),
  ),
  { from: ['sandbox_image'], to: ['plugins', 'io.containerd.cri.v1.images', 'pinned_images', 'sandbox'], source: IMAGES },
  ...['registry', 'image_decryption', 'max_concurrent_downloads', 'image_pull_progress_timeout', 'image_pull_with_sync_fs', 'stats_collect_period'].map(
    (k): CriKeyMove => ({ from: [k], to: ['plugins', 'io.containerd.cri.v1.images', k], source: IMAGES }),
  ),
  ...['snapshotter', 'disable_snapshot_annotations', 'discard_unpacked_layers'].map(
    (k): CriKeyMove => ({ from: ['containerd', k], to: ['plugins', 'io.containerd.cri.v1.images', k], source: IMAGES }),
  ),
  { from: ['containerd', 'runtimes', '*', 'snapshot'], to: ['plugins', 'io.containerd.cri.v1.images', 'runtime_platform', '*', 'snapshotter'], source: IMAGES },
  { from: ['containerd', 'runtimes', '*', 'sandbox_mode'], to: ['plugins', 'io.containerd.cri.v1.runtime', 'containerd', 'runtimes', '*', 'sandboxer'], source: RUNTIME },
  { from: ['cni', 'bin_dir'], to: ['plugins', 'io.containerd.cri.v1.runtime', 'cni', 'bin_dirs'], source: `${RUNTIME} (a list in version 3)` },
  { from: [], to: ['plugins', 'io.containerd.cri.v1.runtime'], source: RUNTIME },
]
