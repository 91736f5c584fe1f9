// What `check`, `plan`, `path`, `fix` and `render` run, loaded by the command line only when one of them is:
// `--help` and `--version` start without parsing the analysis, its release tables or the renderers.
export { runCheck } from '../check.js'
export { DEFAULT_CONFIG_PATH, normaliseConfigPath } from '../findings/suppress.js'
export { renderPlanText, runPlan } from '../plan.js'
export { readDirSide } from '../repo/fs.js'
export { readGitSide, readWorktreeSide } from '../repo/git.js'
export { render } from '../report/index.js'
export { mirrorAssets } from '../report/mirror.js'
export { renderReportText, runRender } from '../templates/command.js'
export { discoverInvocations } from '../templates/discover/index.js'
export { fix } from './fix.js'
export { path } from './path.js'
