import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 70486:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(85744);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(83916);
/* harmony import */ var _heap__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(14349);
/* harmony import */ var _log__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(25625);
/* harmony import */ var _pipelines__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(51171);
/* harmony import */ var _options__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(60776);








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
    const inputs = command === 'sign' ? _options__WEBPACK_IMPORTED_MODULE_6__/* .SIGN_INPUTS */ .gv : _options__WEBPACK_IMPORTED_MODULE_6__/* .VERIFY_INPUTS */ .Uz;
    const flags = command === 'sign' ? _options__WEBPACK_IMPORTED_MODULE_6__/* .SIGN_FLAGS */ .Q1 : _options__WEBPACK_IMPORTED_MODULE_6__/* .VERIFY_FLAGS */ .Oi;
    const positional = command === 'sign' ? 'IMAGE' : 'IMAGE...';
    return [
        `Usage: sbom-sign ${command} ${positional} [options]`,
        '',
        'Options (the action inputs of the same names):',
        ...[...inputs, ..._options__WEBPACK_IMPORTED_MODULE_6__/* .COMMON_INPUTS */ .s7].map(name => `  --${name} VALUE`),
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
    const inputs = command === 'sign' ? _options__WEBPACK_IMPORTED_MODULE_6__/* .SIGN_INPUTS */ .gv : _options__WEBPACK_IMPORTED_MODULE_6__/* .VERIFY_INPUTS */ .Uz;
    const flags = command === 'sign' ? _options__WEBPACK_IMPORTED_MODULE_6__/* .SIGN_FLAGS */ .Q1 : _options__WEBPACK_IMPORTED_MODULE_6__/* .VERIFY_FLAGS */ .Oi;
    const options = {
        help: { type: 'boolean' },
        summary: { type: 'string' }
    };
    for (const name of [...inputs, ..._options__WEBPACK_IMPORTED_MODULE_6__/* .COMMON_INPUTS */ .s7])
        options[name] = { type: 'string' };
    for (const name of flags)
        options[name] = { type: 'boolean' };
    const { values, positionals } = parse(args, options);
    if (values.help) {
        process.stdout.write(`${commandUsage(command)}\n`);
        return 0;
    }
    // verify can take its images from --dockerfile alone.
    if (positionals.length === 0 && !(command === 'verify' && values.dockerfile))
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
    const result = await (0,_pipelines__WEBPACK_IMPORTED_MODULE_7__/* .runPipeline */ .a)(config);
    report(result, values.summary);
    return result.ok ? 0 : 1;
}
function report(result, summaryPath) {
    process.stdout.write(`${JSON.stringify(result.outputs, null, 2)}\n`);
    if (summaryPath)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(summaryPath, result.summary);
    if (!result.ok)
        _log__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm.error(result.failure ?? 'verification failed');
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
    // Loaded on use: the SBOM command needs none of the signing code.
    const { runSbom } = await Promise.all(/* import() */[__nccwpck_require__.e(571), __nccwpck_require__.e(47), __nccwpck_require__.e(185), __nccwpck_require__.e(6)]).then(__nccwpck_require__.bind(__nccwpck_require__, 36006));
    await runSbom({
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
        if ((0,_log__WEBPACK_IMPORTED_MODULE_5__/* .isDebug */ ._o)() && error instanceof Error && error.stack)
            _log__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm.debug(error.stack);
        _log__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm.error((0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error));
        return error instanceof _errors__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ ? error.exitCode : 1;
    }
}
(0,_heap__WEBPACK_IMPORTED_MODULE_4__/* .limitHeapGrowth */ .BG)();
process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 60776:
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
    'registry',
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

/***/ 85744:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zu: () => (/* binding */ SBOM_FORMATS),
  Xg: () => (/* binding */ readConfig)
});

// UNUSED EXPORTS: ATTACH_FORMATS, SIGSTORE_INSTANCES

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: ./src/log.ts
var log = __nccwpck_require__(25625);
// EXTERNAL MODULE: ./src/oci/platform.ts
var platform = __nccwpck_require__(1890);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __nccwpck_require__(62148);
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
    if (mode === 'sign') {
        const sign = readSign(inputs);
        scopeCredentials(common.registry, sign.image);
        return { ...common, mode, sign };
    }
    const verify = readVerify(inputs);
    scopeCredentials(common.registry, verify.images[0]);
    return { ...common, mode, verify };
}
/**
 * Explicit credentials belong to one registry, as `docker login` credentials do: the `registry`
 * input, else the registry of the (first) image. Offering them to every registry that asks
 * would hand one registry's password to another's token service.
 */
function scopeCredentials(registry, image) {
    if (!registry.username || registry.credentialsRegistry)
        return;
    if (image) {
        registry.credentialsRegistry = (0,reference/* parseReference */.F2)(image).registry;
        return;
    }
    throw new errors/* ActionError */.lZ('INPUT_MISSING', 'input "registry" is required with "registry-username" here', {
        hint: 'Name the registry (e.g. ghcr.io) that the username and password are for'
    });
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
        credentialsRegistry: inputs.string('registry'),
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
        platforms: inputs.list('platforms').map(platformInput),
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
/** A platform named in `platforms`, in the normalised form verify mode compares. */
function platformInput(text) {
    if (!/^[^/\s]+\/[^/\s]+(?:\/[^/\s]+)?$/.test(text))
        throw (0,errors/* inputError */.Xu)('platforms', `"${text}" is not a platform`, 'Platforms are os/arch[/variant], e.g. linux/amd64 or linux/arm64');
    return (0,platform/* formatPlatform */.Bq)((0,platform/* parsePlatform */.Y8)(text));
}


/***/ }),

/***/ 83916:
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

/***/ 14349:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iO: () => (/* binding */ collectGarbage),
  BG: () => (/* binding */ limitHeapGrowth)
});

// UNUSED EXPORTS: heapFlags

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
;// CONCATENATED MODULE: ./src/heap.ts


/**
 * Keeps V8's heap near what the run really holds. Streaming image layers allocates
 * hundreds of MiB of short-lived objects alongside a few MiB that stay (the squashed
 * view, parse results), and V8 answers that by doubling its young generation up to
 * 32 MiB and letting old space fill with promoted garbage: together about a third
 * of the step's memory. The runner starts the action without node flags, so the
 * settings V8 consults while running are made here, first thing: the young
 * generation stops doubling, and the collector favours size over speed. Flags the
 * user gives in NODE_OPTIONS or on the command line win. It also lets the SBOM steps
 * collect garbage between phases (see collectGarbage).
 */
function limitHeapGrowth() {
    for (const flag of heapFlags(givenFlags()))
        (0,external_node_v8_namespaceObject.setFlagsFromString)(flag);
    // A new context gets V8's gc() once the flag is on; this process keeps that one.
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--expose-gc');
    fullCollection = (0,external_node_vm_namespaceObject.runInNewContext)('gc');
}
let fullCollection;
/**
 * A full garbage collection, where the entry point allowed it (a no-op otherwise).
 * Called where a phase ends and leaves only its result: the walk's garbage would
 * otherwise still sit in old space while the next phase builds on top of it. On a
 * 185 MiB image the two calls take ~20 ms and lower the peak by ~8 MiB.
 */
function collectGarbage() {
    fullCollection?.();
}
/** The flags limitHeapGrowth sets, given the flags the process was started with. */
function heapFlags(given) {
    const flags = [];
    if (!/--(semi-space-growth-factor|max-semi-space-size|min-semi-space-size)\b/.test(given))
        flags.push('--semi-space-growth-factor=1');
    if (!/--(no-)?optimize-for-size\b/.test(given))
        flags.push('--optimize-for-size');
    return flags;
}
function givenFlags() {
    return [process.env.NODE_OPTIONS ?? '', ...process.execArgv].join(' ').replaceAll('_', '-');
}


/***/ }),

/***/ 25625:
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

/***/ 68825:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Do: () => (/* binding */ DigestVerifier),
/* harmony export */   J4: () => (/* binding */ mismatch),
/* harmony export */   Ub: () => (/* binding */ verifyDigest),
/* harmony export */   V7: () => (/* binding */ assertDigest),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(83916);



const DIGEST = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
function sha256Digest(data) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex')}`;
}
function isDigest(value) {
    return DIGEST.test(value);
}
/** Throws unless `digest` is a well-formed sha256 or sha512 digest. */
function assertDigest(digest, what) {
    if (!isDigest(digest))
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('INPUT_INVALID', `${what}: "${digest}" is not a valid digest`, {
            hint: 'Digests look like sha256:<64 lowercase hex digits>'
        });
}
function hasherFor(digest) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(digest.startsWith('sha512:') ? 'sha512' : 'sha256');
}
function digestOf(data, algorithmOf) {
    const algorithm = algorithmOf.startsWith('sha512:') ? 'sha512' : 'sha256';
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(data).digest('hex')}`;
}
function mismatch(what, expected, actual) {
    return new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('DIGEST_MISMATCH', `digest mismatch for ${what}: expected ${expected}, got ${actual}`, { hint: 'The content changed or was corrupted in transit; do not trust it' });
}
/** Throws DIGEST_MISMATCH unless `data` hashes to `expected`. */
function verifyDigest(data, expected, what) {
    const actual = digestOf(data, expected);
    if (actual !== expected)
        throw mismatch(what, expected, actual);
}
/**
 * Passes bytes through while hashing them; at the end the stream errors instead of
 * finishing when the digest (or the expected size) does not match.
 */
class DigestVerifier extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    expected;
    what;
    expectedSize;
    hash;
    seen = 0;
    constructor(expected, what, expectedSize) {
        super();
        this.expected = expected;
        this.what = what;
        this.expectedSize = expectedSize;
        this.hash = hasherFor(expected);
    }
    _transform(chunk, _encoding, done) {
        this.hash.update(chunk);
        this.seen += chunk.length;
        if (this.expectedSize !== undefined && this.seen > this.expectedSize)
            return done(new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('DIGEST_MISMATCH', `${this.what} is larger than its descriptor says (${this.expectedSize} bytes)`));
        done(null, chunk);
    }
    _flush(done) {
        const actual = `${this.expected.split(':')[0]}:${this.hash.digest('hex')}`;
        if (actual !== this.expected)
            return done(mismatch(this.what, this.expected, actual));
        done();
    }
}


/***/ }),

/***/ 1890:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ normalizePlatform),
/* harmony export */   G6: () => (/* binding */ platformRank),
/* harmony export */   Y8: () => (/* binding */ parsePlatform),
/* harmony export */   gV: () => (/* binding */ isAttestationManifest),
/* harmony export */   px: () => (/* binding */ childForPlatform)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);

/**
 * Platforms compared the way containerd's `platforms` package compares them, since
 * containerd (under Docker and BuildKit) decides which child of an index is pulled:
 * names are normalised first (`aarch64` is `arm64`, `linux/arm64/v8` is `linux/arm64`,
 * `arm` alone is `arm/v7`, `amd64/v1` is `amd64`), and a wanted platform also accepts
 * the platforms its machines can run, best first (`amd64/v3` then `v2`, `amd64`, `386`;
 * `arm64` then `arm/v8` … `arm/v5`).
 */
function normalizePlatform(platform) {
    const os = platform.os.toLowerCase() === 'macos' ? 'darwin' : platform.os.toLowerCase();
    let architecture = platform.architecture.toLowerCase();
    let variant = (platform.variant ?? '').toLowerCase();
    switch (architecture) {
        case 'i386':
            architecture = '386';
            variant = '';
            break;
        case 'x86_64':
        case 'x86-64':
        case 'amd64':
            architecture = 'amd64';
            if (variant === 'v1')
                variant = '';
            break;
        case 'aarch64':
        case 'arm64':
            architecture = 'arm64';
            if (['8', 'v8', 'v8.0'].includes(variant))
                variant = '';
            else if (['9', '9.0', 'v9.0'].includes(variant))
                variant = 'v9';
            break;
        case 'armhf':
            architecture = 'arm';
            variant = 'v7';
            break;
        case 'armel':
            architecture = 'arm';
            variant = 'v6';
            break;
        case 'arm':
            if (variant === '' || variant === '7')
                variant = 'v7';
            else if (['5', '6', '8'].includes(variant))
                variant = `v${variant}`;
            break;
    }
    return { os, architecture, ...(variant ? { variant } : {}) };
}
/** Parses `os/arch[/variant]` into its normalised form. */
function parsePlatform(text) {
    const parts = text.trim().split('/');
    const [os, architecture, variant] = parts;
    if (parts.length < 2 ||
        parts.length > 3 ||
        !os ||
        !architecture ||
        (parts.length === 3 && !variant))
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('INPUT_INVALID', `"${text}" is not a platform`, {
            hint: 'Platforms are os/arch[/variant], e.g. linux/amd64 or linux/arm/v7'
        });
    return normalizePlatform({ os, architecture, ...(variant ? { variant } : {}) });
}
function formatPlatform(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
function same(a, b) {
    return (a.os === b.os && a.architecture === b.architecture && (a.variant ?? '') === (b.variant ?? ''));
}
// arm64 variants and the older ones each runs, newest first (containerd's table).
const ARM64_VERSIONS = {};
for (let minor = 0; minor <= 9; minor++)
    ARM64_VERSIONS[minor === 0 ? 'v8' : `v8.${minor}`] = [[8, minor]];
for (let minor = 0; minor <= 7; minor++)
    ARM64_VERSIONS[minor === 0 ? 'v9' : `v9.${minor}`] = [
        [9, minor],
        [8, Math.min(minor + 5, 9)]
    ];
/** The platforms a machine of `wanted` runs, best first (containerd's platformVector). */
function compatible(wanted) {
    const { os, architecture, variant = '' } = wanted;
    const at = (arch, v = '') => normalizePlatform({ os, architecture: arch, ...(v ? { variant: v } : {}) });
    const version = Number(variant.replace(/^v/, ''));
    switch (architecture) {
        case 'amd64': {
            const lower = [];
            if (Number.isInteger(version) && version > 1)
                for (let v = version - 1; v >= 1; v--)
                    lower.push(at('amd64', `v${v}`));
            return [wanted, ...lower, at('386')];
        }
        case 'arm': {
            const lower = [];
            if (Number.isInteger(version) && version > 5)
                for (let v = version - 1; v >= 5; v--)
                    lower.push(at('arm', `v${v}`));
            return [wanted, ...lower];
        }
        case 'arm64': {
            const versions = ARM64_VERSIONS[variant || 'v8'];
            if (!versions)
                return [];
            const vector = [];
            for (const [major, top] of versions)
                for (let minor = top; minor >= 0; minor--)
                    vector.push(at('arm64', minor === 0 ? `v${major}` : `v${major}.${minor}`));
            return [...vector, ...compatible(at('arm', 'v8'))];
        }
        default:
            return [wanted];
    }
}
/**
 * How well `candidate` fits a machine of `wanted`: 0 for the same platform, higher for
 * older ones it still runs, undefined when it cannot run it.
 */
function platformRank(candidate, wanted) {
    const normal = normalizePlatform(candidate);
    const rank = compatible(normalizePlatform(wanted)).findIndex(p => same(p, normal));
    return rank < 0 ? undefined : rank;
}
/**
 * Index entries that are not images to run: BuildKit's attestation manifests (marked by
 * annotation, with platform unknown/unknown).
 */
function isAttestationManifest(descriptor) {
    return (descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
        (descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown'));
}
/**
 * The child of an index that containerd pulls for `wanted` (images.LimitManifests with
 * platforms.Only, as BuildKit resolves a FROM): the best-ranked child whose descriptor
 * names a fitting platform, else the first child without a platform field, whose
 * config then decides (the caller checks that).
 */
function childForPlatform(manifests, wanted) {
    let best;
    for (const descriptor of manifests) {
        if (!descriptor.platform || isAttestationManifest(descriptor))
            continue;
        const rank = platformRank(descriptor.platform, wanted);
        if (rank !== undefined && (!best || rank < best.rank))
            best = { descriptor, rank };
    }
    return best?.descriptor ?? manifests.find(d => !d.platform && !isAttestationManifest(d));
}


/***/ }),

/***/ 62148:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ withVersion),
/* harmony export */   Ew: () => (/* binding */ canonicalName),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   eO: () => (/* binding */ canonicalNameGlob),
/* harmony export */   nz: () => (/* binding */ apiHost)
/* harmony export */ });
/* unused harmony export canonicalRegistry */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
/* harmony import */ var _digest__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(68825);


const DOCKER_HUB = 'docker.io';
/** Docker Hub serves the registry API on a different host than its name. */
const DOCKER_HUB_API = 'registry-1.docker.io';
const DEFAULT_TAG = 'latest';
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const HOST_LABEL = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const IPV6 = /^\[[a-fA-F0-9:.]+\]$/;
const HEX64 = /^[a-f0-9]{64}$/;
function invalid(ref, why, hint) {
    return new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('INPUT_INVALID', `invalid image reference "${ref}": ${why}`, {
        hint: hint ?? 'Use [registry/]repository[:tag][@sha256:<digest>], e.g. ghcr.io/acme/app:1.0'
    });
}
function makeReference(fields) {
    const { registry, repository, tag, digest } = fields;
    return {
        registry,
        repository,
        ...(tag === undefined ? {} : { tag }),
        ...(digest === undefined ? {} : { digest }),
        get name() {
            return `${registry}/${repository}`;
        },
        toString() {
            return `${registry}/${repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
        }
    };
}
/** The same repository at another tag or digest. */
function withVersion(ref, tagOrDigest) {
    const base = { registry: ref.registry, repository: ref.repository };
    return makeReference(tagOrDigest.includes(':') ? { ...base, digest: tagOrDigest } : { ...base, tag: tagOrDigest });
}
function validHost(host) {
    const colon = host.startsWith('[') ? host.indexOf(']:') + 1 : host.lastIndexOf(':');
    const name = colon > 0 ? host.slice(0, colon) : host;
    const port = colon > 0 ? host.slice(colon + 1) : undefined;
    if (port !== undefined && !/^\d{1,5}$/.test(port))
        return false;
    if (IPV6.test(name))
        return true;
    return name.split('.').every(label => HOST_LABEL.test(label));
}
/**
 * Parses `[registry/]repository[:tag][@digest]`: `nginx` becomes
 * `docker.io/library/nginx:latest`; a digest without a tag keeps no tag.
 */
function parseReference(input) {
    const ref = input.trim();
    if (!ref)
        throw invalid(input, 'it is empty');
    if (/\s/.test(ref))
        throw invalid(ref, 'it contains whitespace');
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!(0,_digest__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(digest))
            throw invalid(ref, `"${digest}" is not a valid digest`, 'Digests are sha256:<64 lowercase hex digits>');
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw invalid(ref, `"${tag}" is not a valid tag`, 'Tags are up to 128 letters, digits, "_", "." and "-", not starting with "." or "-"');
    }
    if (!rest)
        throw invalid(ref, 'the repository name is missing');
    if (HEX64.test(rest))
        throw invalid(ref, 'a 64-character hex string is an image ID, not a repository name');
    const slash = rest.indexOf('/');
    const first = slash < 0 ? '' : rest.slice(0, slash);
    const hasRegistry = slash >= 0 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first);
    let registry = hasRegistry ? first : DOCKER_HUB;
    let repository = hasRegistry ? rest.slice(slash + 1) : rest;
    if (hasRegistry && !validHost(registry))
        throw invalid(ref, `"${registry}" is not a valid registry host`);
    if (registry === 'index.docker.io' || registry === DOCKER_HUB_API)
        registry = DOCKER_HUB;
    if (repository.toLowerCase() !== repository)
        throw invalid(ref, 'repository names must be lowercase', `Use "${repository.toLowerCase()}" (registry hosts and tags may contain capitals, repository names may not)`);
    const components = repository.split('/');
    for (const component of components)
        if (!COMPONENT.test(component))
            throw invalid(ref, component
                ? `"${component}" is not a valid path component`
                : 'it has an empty path component', 'Path components are lowercase letters and digits, separated by ".", "_", "__" or "-"');
    if (registry === DOCKER_HUB && components.length === 1)
        repository = `library/${repository}`;
    if (`${registry}/${repository}`.length > 255)
        throw invalid(ref, 'the name is longer than 255 characters');
    if (tag === undefined && digest === undefined)
        tag = DEFAULT_TAG;
    return makeReference({ registry, repository, tag, digest });
}
/** The host that serves the registry API for `registry`. */
function apiHost(registry) {
    return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}
/** Loopback registries speak plain HTTP, as Docker, containerd and skopeo assume. */
function isLoopback(registry) {
    const host = registry.startsWith('[')
        ? registry.slice(0, registry.indexOf(']') + 1)
        : registry.split(':')[0];
    return (host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host ?? ''));
}
const GLOB_CHARS = /[*?[\]{}!]/;
/**
 * A registry host as one name, for comparing names rather than connecting: hosts are
 * case-insensitive, `:443` is HTTPS's default port, Docker Hub's aliases are docker.io, and
 * `127.0.0.1` and `[::1]` are what `localhost` resolves to. Other loopback addresses stay
 * distinct: a server may listen on 127.0.0.2 alone.
 */
function canonicalRegistry(registry) {
    let host = registry.toLowerCase().replace(/:443$/, '');
    if (host === 'index.docker.io' || host === DOCKER_HUB_API)
        host = DOCKER_HUB;
    return host.replace(/^(?:127\.0\.0\.1|\[::1\])(?=:|$)/, 'localhost');
}
/** registry/repository in canonical form: what policies are matched against. */
function canonicalName(ref) {
    return `${canonicalRegistry(ref.registry)}/${ref.repository}`;
}
/**
 * A policy glob over image names in the same canonical form, so that an alias of a host
 * (`index.docker.io`, `GHCR.IO:443`, `127.0.0.1`) is matched by the rule written for its
 * canonical name and never falls through to another rule. `nginx` and `docker.io/nginx`
 * mean `docker.io/library/nginx`, as in references; a glob whose first part is a pattern
 * is left as written.
 */
function canonicalNameGlob(glob) {
    const slash = glob.indexOf('/');
    const first = slash < 0 ? glob : glob.slice(0, slash);
    if (GLOB_CHARS.test(first))
        return glob;
    const hasRegistry = slash >= 0 && (/[.:]/.test(first) || first.toLowerCase() === 'localhost');
    const registry = hasRegistry ? canonicalRegistry(first) : DOCKER_HUB;
    const repository = hasRegistry ? glob.slice(slash + 1) : glob;
    const official = registry === DOCKER_HUB && !repository.includes('/') && !repository.includes('**');
    return `${registry}/${official ? `library/${repository}` : repository}`;
}


/***/ }),

/***/ 51171:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runPipeline)
/* harmony export */ });
/** Each mode loads its own code (Sigstore, the GitHub client, …) only when it runs. */
async function runPipeline(config) {
    if (config.mode === 'sign')
        return (await Promise.all(/* import() */[__nccwpck_require__.e(738), __nccwpck_require__.e(571), __nccwpck_require__.e(494), __nccwpck_require__.e(47), __nccwpck_require__.e(185), __nccwpck_require__.e(45), __nccwpck_require__.e(26)]).then(__nccwpck_require__.bind(__nccwpck_require__, 69026))).runSign(config);
    return (await Promise.all(/* import() */[__nccwpck_require__.e(738), __nccwpck_require__.e(47), __nccwpck_require__.e(45), __nccwpck_require__.e(38)]).then(__nccwpck_require__.bind(__nccwpck_require__, 71038))).runVerify(config);
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

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
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
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
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(70486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__main = __webpack_exports__.i;
/******/ export { __webpack_exports__main as main };
/******/ 
