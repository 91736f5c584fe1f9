#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4665:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W9: () => (/* binding */ shouldFail)
/* harmony export */ });
/* unused harmony exports FAIL_ON_VALUES, isFailOn, failingFindings */
/** Every accepted `fail-on` value, strictest first. */
const FAIL_ON_VALUES = (/* unused pure expression or super */ null && (['error', 'warning', 'notice', 'never']));
const RANK = { error: 0, warning: 1, notice: 2 };
/** Whether `value` is one of FAIL_ON_VALUES. */
function isFailOn(value) {
    return FAIL_ON_VALUES.includes(value);
}
/**
 * The findings that count against `failOn`: present on the head side (status `new` or
 * `unchanged`; `fixed` findings exist only on the base) and at or above the threshold.
 * `never` selects none.
 */
function failingFindings(findings, failOn) {
    if (failOn === 'never')
        return [];
    const limit = RANK[failOn];
    return findings.filter((f) => f.status !== 'fixed' && RANK[f.severity] <= limit);
}
/** True when at least one head-side finding is at or above `failOn`. */
function shouldFail(findings, failOn) {
    return failingFindings(findings, failOn).length > 0;
}


/***/ }),

/***/ 7025:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fS: () => (/* binding */ DEFAULT_MAX_BYTES),
/* harmony export */   nS: () => (/* binding */ parseByteSize),
/* harmony export */   sw: () => (/* binding */ IGNORED_DIRS)
/* harmony export */ });
// One side of a comparison (base or head): the repository's candidate text files at one ref.
const DEFAULT_MAX_BYTES = 1024 * 1024;
const UNITS = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };
/** `4194304`, `4MiB`, `4M`, `512k` (binary units) → bytes; null when not such a size. */
function parseByteSize(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
    const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
    if (!m || unit === undefined)
        return null;
    const bytes = Math.floor(Number(m[1]) * unit);
    return Number.isSafeInteger(bytes) ? bytes : null;
}
/** Directories never scanned: VCS metadata, dependencies and vendored trees. */
const IGNORED_DIRS = ['.git', 'node_modules', 'vendor', 'third_party', '.terraform'];


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/fail-on.ts
var fail_on = __nccwpck_require__(4665);
// EXTERNAL MODULE: ./src/repo/side.ts
var repo_side = __nccwpck_require__(7025);
;// CONCATENATED MODULE: ./src/version.ts
// The kops-preflight version, kept equal to package.json's.
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/main.ts
// The kops-preflight command line: `check`, `plan`, `path`, `fix` and `render`, with exit codes 0 (clean), 1 (findings), 2 (could not run).






class UsageError extends Error {
}
/** The analysis, loaded only by a command that runs it: usage and version output start as fast as bare Node. */
const loadAnalysis = () => Promise.all(/* import() */[__nccwpck_require__.e(110), __nccwpck_require__.e(11)]).then(__nccwpck_require__.bind(__nccwpck_require__, 11));
const USAGE = `Usage:
  kops-preflight check [--repo DIR] [--base REF] [--head REF]
                       [--kops-version V] [--base-kops-version V] [--target-kops-version V|latest]
                       [--format text|json|sarif|markdown|codequality] [--output FILE]
                       [--fail-on error|warning|notice|never] [--config FILE]
                       [--base-path DIR] [--head-path DIR] [--paths GLOB ...] [--max-file-size BYTES]
  kops-preflight plan --kops-version V [--arch amd64|arm64|all] [--format json|text] FILE...
  kops-preflight path [--to V|latest] [--kubernetes-to V] [--format text|json|markdown] [--repo DIR | --head-path DIR]
  kops-preflight fix [--write] [--rule ID ...] [--repo DIR | --head-path DIR] [--kops-version V] [--target-kops-version V]
  kops-preflight render [--repo DIR] [--kops-version V] [--format text|json] [--config FILE]

check compares the kOps version pins and kOps manifests of two sides of a change (base and head)
and reports what kOps's update cluster and nodeup would do differently. Without --base it checks
one snapshot; with --target-kops-version it simulates the head as if its pin were bumped.
--base-path / --head-path read a side from a plain directory instead of git.
--max-file-size (default 1MiB; units KiB, MiB) is the size above which a file is not read.
render prints what each kops toolbox template invocation renders (the templates: list of the config
file), or why kOps could not render it.
--config names the suppression file (relative to the repository root, read from the head side);
without it .github/kops-preflight.yaml is used when present.

path plans the upgrade from the pinned kOps and each cluster's Kubernetes to the target, one minor at
a time inside each release's window, and simulates every step (exit 1 when a step is blocked).
fix prints the mechanical fixes of the check's findings as a unified diff; --write applies them
and checks again.

Exit codes: 0 no finding at or above --fail-on on the head side, 1 findings, 2 could not run.`;
function oneOf(flag, value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new UsageError(`invalid ${flag} '${value}'; expected one of: ${allowed.join(', ')}`);
}
/**
 * The suppression config as a path relative to the head's root. `--config` is relative to the
 * repository root (an absolute path must lie inside it) and must exist; without it the default
 * path is used when the head has it.
 */
async function configPath(flag, root, cwd) {
    const { DEFAULT_CONFIG_PATH, normaliseConfigPath } = await loadAnalysis();
    if (flag === undefined)
        return { path: DEFAULT_CONFIG_PATH, required: false };
    if (flag.trim() === '')
        throw new UsageError('--config needs a file path');
    const rel = (0,external_node_path_.isAbsolute)(flag) ? (0,external_node_path_.relative)(root, flag) : flag;
    const path = normaliseConfigPath(rel);
    if (path === '' || path === '.' || path === '..' || path.startsWith('../') || (0,external_node_path_.isAbsolute)(path))
        throw new UsageError(`--config '${flag}' is not a file inside the repository root ${(0,external_node_path_.relative)(cwd, root) || '.'}`);
    return { path, required: true };
}
async function check(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            repo: { type: 'string' },
            base: { type: 'string' },
            head: { type: 'string' },
            'base-path': { type: 'string' },
            'head-path': { type: 'string' },
            'kops-version': { type: 'string' },
            'base-kops-version': { type: 'string' },
            'target-kops-version': { type: 'string' },
            format: { type: 'string' },
            output: { type: 'string' },
            'fail-on': { type: 'string' },
            config: { type: 'string' },
            paths: { type: 'string', multiple: true },
            'max-file-size': { type: 'string' },
        },
        strict: true,
        allowPositionals: false,
    });
    const format = oneOf('--format', values.format, ['text', 'json', 'sarif', 'markdown', 'codequality'], 'text');
    const failOn = oneOf('--fail-on', values['fail-on'], ['error', 'warning', 'notice', 'never'], 'error');
    if (values.base && values['base-path'])
        throw new UsageError('use either --base or --base-path, not both');
    if (values.head && values['head-path'])
        throw new UsageError('use either --head or --head-path, not both');
    if (values['target-kops-version'] && (values.base || values['base-path']))
        throw new UsageError('--target-kops-version checks one snapshot; drop --base/--base-path');
    const repo = (0,external_node_path_.resolve)(io.cwd, values.repo ?? '.');
    const { runCheck, readDirSide, readGitSide, readWorktreeSide, render, mirrorAssets } = await loadAnalysis();
    const config = await configPath(values.config, values['head-path'] ? (0,external_node_path_.resolve)(io.cwd, values['head-path']) : repo, io.cwd);
    // --paths narrows what is read; the suppression config is read all the same.
    const paths = values.paths && values.paths.length > 0 ? [...values.paths, config.path] : [];
    const maxBytes = values['max-file-size'] === undefined ? repo_side/* DEFAULT_MAX_BYTES */.fS : (0,repo_side/* parseByteSize */.nS)(values['max-file-size']);
    if (maxBytes === null || maxBytes <= 0)
        throw new UsageError(`invalid --max-file-size '${values['max-file-size']}'; expected bytes, optionally with a unit (4194304, 4MiB)`);
    const opts = { paths, maxBytes };
    const head = values['head-path']
        ? await readDirSide((0,external_node_path_.resolve)(io.cwd, values['head-path']), opts)
        : values.head
            ? await readGitSide(repo, values.head, opts)
            : await readWorktreeSide(repo, opts);
    const base = values['base-path'] ? await readDirSide((0,external_node_path_.resolve)(io.cwd, values['base-path']), opts) : values.base ? await readGitSide(repo, values.base, opts) : null;
    if (process.env.KOPS_PREFLIGHT_DEBUG)
        for (const [name, side] of [['base', base], ['head', head]])
            for (const s of side?.skipped ?? [])
                io.stderr(`debug: ${name}: not read: ${JSON.stringify(s.path)} (${s.reason})\n`);
    const relRef = (side, isPath) => (isPath ? (0,external_node_path_.relative)(io.cwd, side.ref) || '.' : side.ref);
    const { result, base: pinned, head: checked } = runCheck({
        head: { ref: relRef(head, !!values['head-path']), files: head.files, skipped: head.skipped, kopsVersion: values['kops-version'] ?? null },
        base: base ? { ref: relRef(base, !!values['base-path']), files: base.files, skipped: base.skipped, kopsVersion: values['base-kops-version'] ?? null } : null,
        targetKopsVersion: values['target-kops-version'] ?? null,
        config,
    });
    // Drift scans carry the assets to mirror into spec.assets.fileRepository, as the Action's report does.
    const out = render(format, result, format === 'json' && result.mode === 'drift' && pinned ? { mirror: mirrorAssets(pinned, checked) } : {});
    if (values.output)
        await (0,promises_.writeFile)((0,external_node_path_.resolve)(io.cwd, values.output), out);
    else
        io.stdout(out);
    return (0,fail_on/* shouldFail */.W9)(result.findings, failOn) ? 1 : 0;
}
async function plan(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        options: { 'kops-version': { type: 'string' }, arch: { type: 'string' }, format: { type: 'string' } },
        strict: true,
        allowPositionals: true,
    });
    if (!values['kops-version'])
        throw new UsageError('plan needs --kops-version V');
    if (positionals.length === 0)
        throw new UsageError('plan needs at least one FILE');
    const arch = oneOf('--arch', values.arch, ['amd64', 'arm64', 'all'], 'all');
    const format = oneOf('--format', values.format, ['json', 'text'], 'json');
    const files = [];
    for (const p of positionals) {
        let text;
        try {
            text = await (0,promises_.readFile)((0,external_node_path_.resolve)(io.cwd, p), 'utf8');
        }
        catch (e) {
            throw new UsageError(`cannot read ${p}: ${e.code ?? e.message}`);
        }
        files.push({ path: p.replace(/\\/g, '/'), text });
    }
    const arches = arch === 'all' ? ['amd64', 'arm64'] : [arch];
    const { renderPlanText, runPlan } = await loadAnalysis();
    const result = runPlan(files, values['kops-version'], arches);
    io.stdout(format === 'json' ? JSON.stringify(result, null, 2) + '\n' : renderPlanText(result));
    return 0;
}
async function renderTemplates(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: { repo: { type: 'string' }, 'kops-version': { type: 'string' }, format: { type: 'string' }, config: { type: 'string' } },
        strict: true,
        allowPositionals: false,
    });
    const format = oneOf('--format', values.format, ['text', 'json'], 'text');
    const repo = (0,external_node_path_.resolve)(io.cwd, values.repo ?? '.');
    const config = await configPath(values.config, repo, io.cwd);
    const { discoverInvocations, readDirSide, readWorktreeSide, renderReportText, runRender } = await loadAnalysis();
    const opts = { paths: [], maxBytes: repo_side/* DEFAULT_MAX_BYTES */.fS };
    let side;
    try {
        side = await readWorktreeSide(repo, opts);
    }
    catch (e) {
        if (!/not a git repository/.test(e.message))
            throw e;
        side = await readDirSide(repo, opts);
    }
    // Makefiles, scripts, workflows, Taskfiles and package.json scripts; the config file's entries are read by runRender.
    const discovered = discoverInvocations(side.files, { config: config.path }).filter((i) => i.kind !== 'config');
    const report = runRender({ files: side.files, configPath: config.path, kopsVersion: values['kops-version'], discovered });
    io.stdout(format === 'json' ? JSON.stringify(report, null, 2) + '\n' : renderReportText(report));
    return 0;
}
async function main(argv, io) {
    const [command, ...rest] = argv;
    try {
        if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
            io.stdout(USAGE + '\n');
            return command === undefined ? 2 : 0;
        }
        if (command === '--version' || command === '-V') {
            io.stdout(`kops-preflight ${VERSION}\n`);
            return 0;
        }
        if (rest.includes('--help') || rest.includes('-h')) {
            io.stdout(USAGE + '\n');
            return 0;
        }
        if (command === 'check')
            return await check(rest, io);
        if (command === 'plan')
            return await plan(rest, io);
        if (command === 'fix')
            return await (await loadAnalysis()).fix(rest, io, UsageError);
        if (command === 'path')
            return await (await loadAnalysis()).path(rest, io, UsageError);
        if (command === 'render')
            return await renderTemplates(rest, io);
        throw new UsageError(`unknown command '${command}'; expected check, plan, render, path or fix`);
    }
    catch (e) {
        const err = e;
        if (e instanceof UsageError || err.code?.startsWith('ERR_PARSE_ARGS')) {
            io.stderr(`kops-preflight: ${err.message}\n${USAGE.split('\n').slice(0, 5).join('\n')}\n`);
            return 2;
        }
        io.stderr(`kops-preflight: ${err.message}\n`);
        if (!/not a git repository|unknown git ref|ENOENT|cannot read/.test(err.message))
            io.stderr('This looks like a bug in kops-preflight; please report it with the command you ran.\n' + (process.env.KOPS_PREFLIGHT_DEBUG ? `${err.stack}\n` : ''));
        return 2;
    }
}

;// CONCATENATED MODULE: ./src/cli.ts
// Entry point of the kops-preflight command.

main(process.argv.slice(2), { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), cwd: process.cwd() }).then((code) => {
    process.exitCode = code;
}, (e) => {
    process.stderr.write(`kops-preflight: ${e.message}\n`);
    process.exitCode = 2;
});

