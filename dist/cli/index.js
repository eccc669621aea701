import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(744);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(916);
/* harmony import */ var _log__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(625);
/* harmony import */ var _pipelines__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(839);
/* harmony import */ var _pipelines_sbom__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6);
/* harmony import */ var _options__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(776);








const USAGE = `Usage: sbom-sign <command> [options]

Commands:
  sbom SOURCE --output FILE   generate the SBOM of an image
  sign IMAGE                  generate the SBOM, sign the image and attach both
  verify IMAGE...             check signatures and attestations against a policy

Run "sbom-sign <command> --help" for a command's options.
Exit codes: 0 ok, 1 verification or operation failed, 2 usage or input error.`;
const SBOM_USAGE = `Usage: sbom-sign sbom SOURCE --output FILE [--format cyclonedx-json|spdx-json] [--platform os/arch]

SOURCE is a registry reference (registry:REF or a bare reference), oci-dir:PATH[:tag|@digest],
oci-archive:PATH or docker-archive:PATH.`;
function commandUsage(command) {
    const inputs = command === 'sign' ? _options__WEBPACK_IMPORTED_MODULE_7__/* .SIGN_INPUTS */ .gv : _options__WEBPACK_IMPORTED_MODULE_7__/* .VERIFY_INPUTS */ .Uz;
    const flags = command === 'sign' ? _options__WEBPACK_IMPORTED_MODULE_7__/* .SIGN_FLAGS */ .Q1 : _options__WEBPACK_IMPORTED_MODULE_7__/* .VERIFY_FLAGS */ .Oi;
    const positional = command === 'sign' ? 'IMAGE' : 'IMAGE...';
    return [
        `Usage: sbom-sign ${command} ${positional} [options]`,
        '',
        'Options (the action inputs of the same names):',
        ...[...inputs, ..._options__WEBPACK_IMPORTED_MODULE_7__/* .COMMON_INPUTS */ .s7].map(name => `  --${name} VALUE`),
        ...flags.map(name => `  --${name}`),
        '  --summary FILE      write the job summary (Markdown) to FILE',
        '  --help'
    ].join('\n');
}
class UsageError extends _errors__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ {
    constructor(message) {
        super('INPUT_INVALID', message, { hint: 'Run "sbom-sign --help" for usage' });
    }
}
function parse(args, options) {
    try {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({ args, options, allowPositionals: true });
        return { values: values, positionals };
    }
    catch (e) {
        throw new UsageError(e.message);
    }
}
async function pipelineCommand(command, args) {
    const inputs = command === 'sign' ? _options__WEBPACK_IMPORTED_MODULE_7__/* .SIGN_INPUTS */ .gv : _options__WEBPACK_IMPORTED_MODULE_7__/* .VERIFY_INPUTS */ .Uz;
    const flags = command === 'sign' ? _options__WEBPACK_IMPORTED_MODULE_7__/* .SIGN_FLAGS */ .Q1 : _options__WEBPACK_IMPORTED_MODULE_7__/* .VERIFY_FLAGS */ .Oi;
    const options = {
        help: { type: 'boolean' },
        summary: { type: 'string' }
    };
    for (const name of [...inputs, ..._options__WEBPACK_IMPORTED_MODULE_7__/* .COMMON_INPUTS */ .s7])
        options[name] = { type: 'string' };
    for (const name of flags)
        options[name] = { type: 'boolean' };
    const { values, positionals } = parse(args, options);
    if (values.help) {
        process.stdout.write(`${commandUsage(command)}\n`);
        return 0;
    }
    if (positionals.length === 0)
        throw new UsageError(`${command} needs an image reference`);
    if (command === 'sign' && positionals.length > 1)
        throw new UsageError('sign takes one image reference');
    const given = { mode: command };
    if (command === 'sign')
        given.image = positionals[0] ?? '';
    else
        given.images = positionals.join('\n');
    for (const [name, value] of Object.entries(values)) {
        if (name === 'help' || name === 'summary')
            continue;
        if (name === 'no-tlog-upload')
            given['tlog-upload'] = value ? 'false' : 'true';
        else
            given[name] = String(value);
    }
    const config = (0,_config__WEBPACK_IMPORTED_MODULE_2__/* .readConfig */ .Xg)(name => given[name]);
    const result = await (0,_pipelines__WEBPACK_IMPORTED_MODULE_5__/* .runPipeline */ .a)(config);
    report(result, values.summary);
    return result.ok ? 0 : 1;
}
function report(result, summaryPath) {
    process.stdout.write(`${JSON.stringify(result.outputs, null, 2)}\n`);
    if (summaryPath)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(summaryPath, result.summary);
    if (!result.ok)
        _log__WEBPACK_IMPORTED_MODULE_4__/* .log */ .Rm.error(result.failure ?? 'verification failed');
}
async function sbomCommand(args) {
    const { values, positionals } = parse(args, {
        help: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        format: { type: 'string' },
        platform: { type: 'string' },
        'insecure-registry': { type: 'string', multiple: true },
        'registry-username': { type: 'string' },
        'registry-password': { type: 'string' }
    });
    if (values.help) {
        process.stdout.write(`${SBOM_USAGE}\n`);
        return 0;
    }
    const source = positionals[0];
    if (!source || positionals.length > 1)
        throw new UsageError('sbom takes one SOURCE');
    if (!values.output)
        throw new UsageError('sbom needs --output FILE');
    await (0,_pipelines_sbom__WEBPACK_IMPORTED_MODULE_6__/* .runSbom */ .F)({
        source,
        output: values.output,
        format: values.format,
        platform: values.platform,
        insecureRegistries: values['insecure-registry'] ?? [],
        username: values['registry-username'],
        password: values['registry-password']
    });
    return 0;
}
async function main(argv) {
    const [command, ...rest] = argv;
    try {
        switch (command) {
            case undefined:
            case '-h':
            case '--help':
            case 'help':
                process.stdout.write(`${USAGE}\n`);
                return command === undefined ? 2 : 0;
            case 'sbom':
                return await sbomCommand(rest);
            case 'sign':
            case 'verify':
                return await pipelineCommand(command, rest);
            default:
                throw new UsageError(`unknown command "${command}"`);
        }
    }
    catch (error) {
        if ((0,_log__WEBPACK_IMPORTED_MODULE_4__/* .isDebug */ ._o)() && error instanceof Error && error.stack)
            _log__WEBPACK_IMPORTED_MODULE_4__/* .log */ .Rm.debug(error.stack);
        _log__WEBPACK_IMPORTED_MODULE_4__/* .log */ .Rm.error((0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error));
        return error instanceof _errors__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ ? error.exitCode : 1;
    }
}
process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 776:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Oi: () => (/* binding */ VERIFY_FLAGS),
/* harmony export */   Q1: () => (/* binding */ SIGN_FLAGS),
/* harmony export */   Uz: () => (/* binding */ VERIFY_INPUTS),
/* harmony export */   gv: () => (/* binding */ SIGN_INPUTS),
/* harmony export */   s7: () => (/* binding */ COMMON_INPUTS)
/* harmony export */ });
/**
 * The CLI takes the action's inputs as --flags of the same names, so a workflow
 * step and a shell command are one-to-one. Boolean inputs are flags that take
 * no value (`--force`); every other input takes one (`--attach-format legacy`).
 */
const COMMON_INPUTS = [
    'registry-username',
    'registry-password',
    'insecure-registries',
    'github-token',
    'sigstore',
    'fulcio-url',
    'rekor-url',
    'tsa-url',
    'trusted-root',
    'key',
    'key-password',
    'platforms'
];
const SIGN_INPUTS = [
    'digest',
    'sbom',
    'sbom-format',
    'attach-format',
    'max-predicate-size'
];
const SIGN_FLAGS = ['provenance', 'github-attestations', 'force', 'no-tlog-upload'];
const VERIFY_INPUTS = [
    'dockerfile',
    'certificate-identity',
    'certificate-identity-regexp',
    'certificate-oidc-issuer',
    'certificate-oidc-issuer-regexp',
    'max-age',
    'policy',
    'fail-on'
];
const VERIFY_FLAGS = [
    'require-sbom',
    'require-provenance',
    'github-attestations',
    'offline'
];


/***/ }),

/***/ 744:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Xg: () => (/* binding */ readConfig)
});

// UNUSED EXPORTS: ATTACH_FORMATS, SBOM_FORMATS, SIGSTORE_INSTANCES

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(916);
// EXTERNAL MODULE: ./src/log.ts
var log = __nccwpck_require__(625);
;// CONCATENATED MODULE: ./src/config/inputs.ts

/** Small typed readers over an InputReader; each error names the input and the fix. */
class Inputs {
    read;
    constructor(read) {
        this.read = read;
    }
    string(name) {
        const value = this.read(name)?.trim();
        return value ? value : undefined;
    }
    required(name, hint) {
        const value = this.string(name);
        if (value === undefined)
            throw new errors/* ActionError */.lZ('INPUT_MISSING', `input "${name}" is required`, { hint });
        return value;
    }
    choice(name, choices, fallback) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        const found = choices.find(c => c === value.toLowerCase());
        if (!found)
            throw (0,errors/* inputError */.Xu)(name, `"${value}" is not one of ${choices.map(c => `"${c}"`).join(', ')}`);
        return found;
    }
    boolean(name, fallback) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        if (/^(true|yes|on|1)$/i.test(value))
            return true;
        if (/^(false|no|off|0)$/i.test(value))
            return false;
        throw (0,errors/* inputError */.Xu)(name, `"${value}" is not a boolean`, 'Use "true" or "false"');
    }
    /** One item per line or comma; blank lines and `# comments` are ignored. */
    list(name) {
        const value = this.string(name);
        if (value === undefined)
            return [];
        return value
            .split(/[\n,]/)
            .map(line => line.replace(/\s+#.*$/, '').trim())
            .filter(line => line && !line.startsWith('#'));
    }
    url(name) {
        const value = this.string(name);
        if (value === undefined)
            return undefined;
        let parsed;
        try {
            parsed = new URL(value);
        }
        catch {
            throw (0,errors/* inputError */.Xu)(name, `"${value}" is not a URL`, 'Give an absolute http(s):// URL');
        }
        if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
            throw (0,errors/* inputError */.Xu)(name, `"${value}" is not an http(s) URL`);
        return value.replace(/\/+$/, '');
    }
    /** A duration such as 30d, 12h, 90m or 3600s, in seconds. */
    duration(name) {
        const value = this.string(name);
        if (value === undefined)
            return undefined;
        const match = /^(\d+)\s*(s|m|h|d|w)?$/i.exec(value);
        if (!match)
            throw (0,errors/* inputError */.Xu)(name, `"${value}" is not a duration`, 'Use a number with s, m, h, d or w');
        const unit = (match[2] ?? 's').toLowerCase();
        const seconds = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 }[unit] ?? 1;
        return Number(match[1]) * seconds;
    }
    /** A size such as 16MiB, 512KiB or a plain number of bytes. */
    size(name, fallback) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        const match = /^(\d+)\s*(b|kib|kb|mib|mb|gib|gb)?$/i.exec(value);
        if (!match)
            throw (0,errors/* inputError */.Xu)(name, `"${value}" is not a size`, 'Use bytes or KiB, MiB, GiB');
        const unit = (match[2] ?? 'b').toLowerCase();
        const factor = {
            b: 1,
            kb: 1000,
            kib: 1024,
            mb: 1e6,
            mib: 1024 ** 2,
            gb: 1e9,
            gib: 1024 ** 3
        };
        return Number(match[1]) * (factor[unit] ?? 1);
    }
}

;// CONCATENATED MODULE: ./src/config/index.ts



const SBOM_FORMATS = ['cyclonedx-json', 'spdx-json'];
const ATTACH_FORMATS = ['bundle', 'legacy', 'both'];
const SIGSTORE_INSTANCES = ['public-good', 'github', 'custom'];
const DIGEST = /^sha256:[a-f0-9]{64}$/;
function readConfig(read, env = process.env) {
    const inputs = new Inputs(read);
    const mode = inputs.choice('mode', ['sign', 'verify'], 'sign');
    const common = {
        registry: readRegistry(inputs),
        sigstore: readSigstore(inputs),
        outputDir: env.RUNNER_TEMP || process.cwd()
    };
    if (mode === 'sign')
        return { ...common, mode, sign: readSign(inputs) };
    return { ...common, mode, verify: readVerify(inputs) };
}
function readRegistry(inputs) {
    const username = inputs.string('registry-username');
    const password = inputs.string('registry-password');
    const githubToken = inputs.string('github-token');
    for (const secret of [password, githubToken])
        if (secret)
            log/* log */.Rm.secret(secret);
    if (password && !username)
        throw (0,errors/* inputError */.Xu)('registry-password', 'is set without "registry-username"', 'Set both, or neither to use the docker config');
    return {
        username,
        password,
        githubToken,
        insecureRegistries: inputs.list('insecure-registries')
    };
}
function readSigstore(inputs) {
    const fulcioURL = inputs.url('fulcio-url');
    const rekorURL = inputs.url('rekor-url');
    const tsaURL = inputs.url('tsa-url');
    const custom = Boolean(fulcioURL || rekorURL || tsaURL);
    const instance = inputs.choice('sigstore', SIGSTORE_INSTANCES, custom ? 'custom' : 'public-good');
    const trustedRoot = inputs.string('trusted-root');
    if (instance === 'custom' && !trustedRoot)
        throw (0,errors/* inputError */.Xu)('trusted-root', 'is required with a custom Sigstore instance (fulcio-url, rekor-url or tsa-url)', "Give the path of the instance's trusted_root.json");
    const keyPassword = inputs.string('key-password');
    if (keyPassword)
        log/* log */.Rm.secret(keyPassword);
    const key = inputs.string('key');
    if (key?.includes('PRIVATE KEY'))
        log/* log */.Rm.secret(key);
    return {
        instance,
        fulcioURL,
        rekorURL,
        tsaURL,
        trustedRoot,
        key,
        keyPassword,
        tlogUpload: inputs.boolean('tlog-upload', true),
        offline: inputs.boolean('offline', false)
    };
}
function readSign(inputs) {
    const image = inputs.required('image', 'Set "image" to the pushed reference, e.g. ghcr.io/owner/app@${{ steps.build.outputs.digest }}');
    const digest = inputs.string('digest');
    if (digest !== undefined && !DIGEST.test(digest))
        throw (0,errors/* inputError */.Xu)('digest', `"${digest}" is not a sha256 digest`, 'Use the form sha256:<64 hex>');
    const sbomInput = inputs.string('sbom') ?? 'generate';
    const sbom = sbomInput === 'generate' || sbomInput === 'none'
        ? { kind: sbomInput }
        : { kind: 'file', path: sbomInput };
    return {
        image,
        digest,
        platforms: inputs.list('platforms'),
        sbom,
        sbomFormat: inputs.choice('sbom-format', SBOM_FORMATS, 'cyclonedx-json'),
        attachFormat: inputs.choice('attach-format', ATTACH_FORMATS, 'bundle'),
        provenance: inputs.boolean('provenance', false),
        githubAttestations: inputs.boolean('github-attestations', false),
        force: inputs.boolean('force', false),
        maxPredicateSize: inputs.size('max-predicate-size', 16 * 1024 ** 2)
    };
}
function readVerify(inputs) {
    const config = {
        images: inputs.list('images'),
        dockerfiles: inputs.list('dockerfile'),
        platforms: inputs.list('platforms'),
        certificateIdentity: inputs.string('certificate-identity'),
        certificateIdentityRegexp: inputs.string('certificate-identity-regexp'),
        certificateOidcIssuer: inputs.string('certificate-oidc-issuer'),
        certificateOidcIssuerRegexp: inputs.string('certificate-oidc-issuer-regexp'),
        requireSbom: inputs.boolean('require-sbom', false),
        requireProvenance: inputs.boolean('require-provenance', false),
        maxAge: inputs.duration('max-age'),
        policy: inputs.string('policy'),
        githubAttestations: inputs.boolean('github-attestations', false),
        failOn: inputs.choice('fail-on', ['error', 'never'], 'error')
    };
    const image = inputs.string('image');
    if (image)
        config.images.unshift(image);
    if (config.images.length === 0 && config.dockerfiles.length === 0)
        throw new errors/* ActionError */.lZ('INPUT_MISSING', 'verify mode needs something to check', {
            hint: 'Set "images" (one reference per line) or "dockerfile" (a path or glob)'
        });
    for (const [exact, regexp] of [
        ['certificate-identity', 'certificate-identity-regexp'],
        ['certificate-oidc-issuer', 'certificate-oidc-issuer-regexp']
    ]) {
        if (inputs.string(exact) && inputs.string(regexp))
            throw (0,errors/* inputError */.Xu)(regexp, `cannot be combined with "${exact}"`, 'Give one of the two');
        const pattern = inputs.string(regexp);
        if (pattern !== undefined) {
            try {
                new RegExp(pattern);
            }
            catch (e) {
                throw (0,errors/* inputError */.Xu)(regexp, `is not a valid regular expression: ${e.message}`);
            }
        }
    }
    const hasIdentity = config.certificateIdentity || config.certificateIdentityRegexp;
    const hasIssuer = config.certificateOidcIssuer || config.certificateOidcIssuerRegexp;
    if (!config.policy && !inputs.string('key') && (!hasIdentity || !hasIssuer))
        throw new errors/* ActionError */.lZ('INPUT_MISSING', 'verify mode needs the expected signer', {
            hint: 'Set "certificate-identity" (or "-regexp") and "certificate-oidc-issuer" (or "-regexp"), ' +
                'a "policy" file, or a "key"'
        });
    return config;
}


/***/ }),

/***/ 916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   lZ: () => (/* binding */ ActionError)
/* harmony export */ });
/** How the CLI maps codes to exit codes: 2 for what the caller must fix in its call. */
const USAGE_CODES = new Set([
    'INPUT_INVALID',
    'INPUT_MISSING',
    'POLICY_INVALID',
    'SOURCE_INVALID'
]);
class ActionError extends Error {
    code;
    hint;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'ActionError';
        this.code = code;
        this.hint = options.hint;
    }
    /** The one line a user sees: what is wrong, then what to do. */
    get summary() {
        return this.hint ? `${this.message}. ${this.hint}` : this.message;
    }
    get exitCode() {
        return USAGE_CODES.has(this.code) ? 2 : 1;
    }
}
function inputError(name, message, hint) {
    return new ActionError('INPUT_INVALID', `input "${name}": ${message}`, { hint });
}
/** Describes any thrown value without a stack trace. */
function describeError(error) {
    if (error instanceof ActionError)
        return error.summary;
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rm: () => (/* binding */ log),
/* harmony export */   _o: () => (/* binding */ isDebug)
/* harmony export */ });
/* unused harmony exports stderrLogger, setLogger */
const secrets = new Set();
function redact(message) {
    let out = message;
    for (const s of secrets)
        out = out.split(s).join('***');
    return out;
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1' || process.env.ACTIONS_STEP_DEBUG === 'true';
}
/** Plain stderr logging for the CLI; debug lines appear with --debug or RUNNER_DEBUG=1. */
const stderrLogger = {
    info: m => process.stderr.write(`${redact(m)}\n`),
    notice: m => process.stderr.write(`notice: ${redact(m)}\n`),
    warning: (m, at) => process.stderr.write(`warning: ${where(at)}${redact(m)}\n`),
    error: (m, at) => process.stderr.write(`error: ${where(at)}${redact(m)}\n`),
    debug: m => {
        if (isDebug())
            process.stderr.write(`debug: ${redact(m)}\n`);
    },
    secret: v => {
        if (v)
            secrets.add(v);
    }
};
function where(at) {
    return at ? `${at.file}:${at.startLine}: ` : '';
}
let current = stderrLogger;
function setLogger(logger) {
    current = logger;
}
/** The active logger; modules call `log.info(...)` and never import @actions/core. */
const log = {
    info: m => current.info(m),
    notice: m => current.notice(m),
    warning: (m, at) => current.warning(m, at),
    error: (m, at) => current.error(m, at),
    debug: m => current.debug(m),
    secret: v => {
        if (v) {
            secrets.add(v);
            current.secret(v);
        }
    }
};



/***/ }),

/***/ 839:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runPipeline)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(916);
;// CONCATENATED MODULE: ./src/pipelines/sign.ts

/** inputs → image source → SBOM → sign → attach → outputs */
async function runSign(config) {
    throw new errors/* ActionError */.lZ('SIGNING_FAILED', `signing ${config.sign.image} is not available yet`);
}

;// CONCATENATED MODULE: ./src/pipelines/verify.ts

/** inputs → discover → verify → report */
async function runVerify(config) {
    throw new errors/* ActionError */.lZ('VERIFICATION_FAILED', `verifying ${config.verify.images.join(', ')} is not available yet`);
}

;// CONCATENATED MODULE: ./src/pipelines/index.ts


function runPipeline(config) {
    return config.mode === 'sign' ? runSign(config) : runVerify(config);
}


/***/ }),

/***/ 6:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ runSbom)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(916);

/** CLI `sbom`: image source → SBOM → file. */
async function runSbom(request) {
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('SBOM_INVALID', `SBOM generation for ${request.source} is not available yet`);
}


/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

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
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__main = __webpack_exports__.i;
/******/ export { __webpack_exports__main as main };
/******/ 
