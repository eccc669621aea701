export const id = 735;
export const ids = [735];
export const modules = {

/***/ 56735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readConfig: () => (/* binding */ readConfig),
  readScanConfig: () => (/* binding */ readScanConfig),
  yA: () => (/* reexport */ requireSourceOffline)
});

// UNUSED EXPORTS: GATE_SEVERITIES, OFFLINE_DATABASE_HINT, SBOM_FORMATS

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
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

// EXTERNAL MODULE: ./src/network/retry.ts
var retry = __webpack_require__(98904);
;// CONCATENATED MODULE: ./src/config/network.ts


/** Sign mode pulls and catalogs whole images, which can take a while on a slow runner. */
const SIGN_TIMEOUT_MS = 20 * 60_000;
/** Verify mode reads manifests and signatures only. */
const VERIFY_TIMEOUT_MS = 5 * 60_000;
const IMAGE_TIMEOUT_MS = 2 * 60_000;
/** `timeout` and `retry-budget`; the run's default depends on what the mode pulls. */
function readNetwork(inputs, mode) {
    const timeout = inputs.duration('timeout');
    const budget = inputs.duration('retry-budget');
    if (timeout === 0)
        throw (0,errors/* inputError */.Xu)('timeout', 'must be more than 0 s', 'Use e.g. 10m or 90s');
    const timeoutMs = timeout === undefined ? (mode === 'sign' ? SIGN_TIMEOUT_MS : VERIFY_TIMEOUT_MS) : timeout * 1000;
    return {
        timeoutMs,
        imageTimeoutMs: Math.min(IMAGE_TIMEOUT_MS, timeoutMs / 2),
        retryBudgetMs: budget === undefined ? retry/* DEFAULT_RETRY_BUDGET_MS */.G3 : budget * 1000
    };
}

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
;// CONCATENATED MODULE: ./src/config/registry.ts



/** The registry inputs; the password and token are masked in the log from here on. */
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

// EXTERNAL MODULE: ./src/config/sign.ts
var config_sign = __webpack_require__(86809);
;// CONCATENATED MODULE: ./src/config/sigstore.ts


const SIGSTORE_INSTANCES = ['public-good', 'github', 'custom'];
/** The Sigstore instance, keyed or keyless, and its trust root; secrets are masked. */
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

// EXTERNAL MODULE: ./src/find/query.ts
var find_query = __webpack_require__(37611);
// EXTERNAL MODULE: ./src/oci/platform.ts
var oci_platform = __webpack_require__(1890);
// EXTERNAL MODULE: ./src/verify/dockerfile/platform.ts
var dockerfile_platform = __webpack_require__(42909);
;// CONCATENATED MODULE: ./src/config/verify.ts




const FIND_CONCURRENCY = 4;
/** More at once only queues on the registry's connection limit. */
const MAX_FIND_CONCURRENCY = 32;
/** Verify mode's images and signer inputs; find mode reads the same. */
function readVerify(inputs, mode) {
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
    if (mode === 'find' && config.dockerfiles.length > 0)
        throw (0,errors/* inputError */.Xu)('dockerfile', 'is not read in find mode', 'List the images in "images"');
    if (config.images.length === 0 && config.dockerfiles.length === 0)
        throw new errors/* ActionError */.lZ('INPUT_MISSING', `${mode} mode needs something to check`, {
            hint: mode === 'find'
                ? 'Set "images" (one reference per line)'
                : 'Set "images" (one reference per line) or "dockerfile" (a path or glob)'
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
        throw new errors/* ActionError */.lZ('INPUT_MISSING', `${mode} mode needs the expected signer`, {
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
/** Find mode's query and how it runs; the images and signers are read as verify mode's. */
function readFind(inputs, generate) {
    const query = (0,find_query/* parseQuery */.m)(inputs.required('query', 'Set "query" to a purl with a version range, e.g. pkg:npm/lodash@<4.17.21'));
    const concurrency = inputs.string('concurrency');
    const count = concurrency === undefined ? FIND_CONCURRENCY : Number(concurrency);
    if (!Number.isInteger(count) || count < 1 || count > MAX_FIND_CONCURRENCY)
        throw (0,errors/* inputError */.Xu)('concurrency', `"${concurrency}" is not a whole number from 1 to ${MAX_FIND_CONCURRENCY}`);
    return {
        query,
        generate,
        concurrency: count,
        failIfFound: inputs.boolean('fail-if-found', false)
    };
}

// EXTERNAL MODULE: ./src/vuln/gate/index.ts + 2 modules
var gate = __webpack_require__(1279);
// EXTERNAL MODULE: ./src/vuln/osv/index.ts + 9 modules
var osv = __webpack_require__(65315);
;// CONCATENATED MODULE: ./src/config/vulnerabilities.ts



/** The severities a gate can be set at, most severe first. */
const GATE_SEVERITIES = ['critical', 'high', 'medium', 'low'];
/** The hint every "scan needs a database offline" error gives. */
const OFFLINE_DATABASE_HINT = {
    action: 'Give "vulnerability-db" (a directory or zip of OSV records, e.g. from OSV\'s export), or ' +
        'drop "offline: true" to ask OSV\'s API (or the mirror in "osv-url")',
    cli: "Give --vulnerability-db (a directory or zip of OSV records, e.g. from OSV's export), or " +
        "drop --offline to ask OSV's API (or the mirror in --osv-url)"
};
/**
 * Reads the scan and gate inputs. `offline` is the run's own input (it also chooses the
 * embedded trust root); a scan that is asked for offline needs a local database.
 */
function readVulnerabilities(inputs, mode, offline) {
    const failOn = inputs.choice('fail-on-severity', [...GATE_SEVERITIES, 'none'], 'none');
    // Unknown is not "fine": without a score nobody has said it is not critical.
    const unknownAs = inputs.choice('unknown-severity', [...GATE_SEVERITIES, 'none'], 'critical');
    const attestation = mode === 'sign' && inputs.boolean('vulnerability-attestation', false);
    const implied = failOn !== 'none' || attestation;
    const scan = mode === 'scan' || inputs.boolean('vulnerability-scan', implied);
    if (!scan && implied)
        throw (0,errors/* inputError */.Xu)('vulnerability-scan', `is false, but ${attestation ? '"vulnerability-attestation: true"' : `"fail-on-severity: ${failOn}"`} needs a scan`, 'Drop "vulnerability-scan: false", or the input that asks for a scan');
    const database = inputs.string('vulnerability-db');
    const config = {
        scan,
        failOn,
        unknownAs,
        allowIncomplete: inputs.boolean('allow-incomplete-sbom', false),
        ignores: readIgnores(inputs),
        vex: inputs.string('vex'),
        osvURL: inputs.url('osv-url') ?? osv/* OSV_API_URL */.we,
        database,
        attestation,
        offline
    };
    // Verify mode scans when fail-on-severity or a policy rule asks (checked with the policy).
    const scanning = mode === 'verify' ? failOn !== 'none' : scan;
    if (scanning)
        requireSourceOffline(config);
    return config;
}
/** Offline, only a local database can answer; say so before any work. */
function requireSourceOffline(config) {
    if (config.offline && !config.database)
        throw new errors/* ActionError */.lZ('INPUT_MISSING', 'a vulnerability scan is asked for offline, without a vulnerability database', { hint: OFFLINE_DATABASE_HINT });
}
function readIgnores(inputs) {
    const text = inputs.string('ignore-vulnerabilities');
    if (text === undefined)
        return [];
    try {
        return (0,gate/* parseIgnores */.zc)(text);
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ)
            throw error;
        throw (0,errors/* inputError */.Xu)('ignore-vulnerabilities', (0,errors/* describeError */.Uc)(error));
    }
}

;// CONCATENATED MODULE: ./src/config/index.ts










/** The action's inputs (or the CLI's options) for the mode they name, checked. */
function readConfig(read, env = process.env) {
    const inputs = new Inputs(read);
    const mode = inputs.choice('mode', ['sign', 'verify', 'find'], 'sign');
    const generate = mode === 'find' && inputs.boolean('generate', false);
    const sigstore = readSigstore(inputs);
    const common = {
        registry: readRegistry(inputs),
        sigstore,
        // Generating SBOMs pulls whole images, as signing does.
        network: readNetwork(inputs, mode === 'sign' || generate ? 'sign' : 'verify'),
        // find never scans: it reads the scan inputs as verify does, which leaves them unused.
        vulnerabilities: readVulnerabilities(inputs, mode === 'find' ? 'verify' : mode, sigstore.offline),
        outputDir: env.RUNNER_TEMP || process.cwd(),
        outputOrigin: env.RUNNER_TEMP ? 'RUNNER_TEMP' : 'RUNNER_TEMP (unset: the working directory)'
    };
    if (mode === 'sign') {
        const sign = (0,config_sign/* readSign */.S)(inputs);
        if (common.vulnerabilities.scan && sign.sbom.kind === 'none')
            throw (0,errors/* inputError */.Xu)('sbom', '"none" leaves nothing to scan for vulnerabilities', 'Generate the SBOM ("sbom: generate"), or turn the scan off');
        scopeCredentials(common.registry, sign.image);
        return { ...common, mode, sign };
    }
    const verify = readVerify(inputs, mode);
    scopeCredentials(common.registry, verify.images[0]);
    if (mode === 'verify')
        return { ...common, mode, verify };
    if (generate)
        common.network.imageTimeoutMs = common.network.timeoutMs / 2;
    return { ...common, mode, verify, find: readFind(inputs, generate) };
}
/** The CLI's `scan`: always scans; the gate and source options as the action has them. */
function readScanConfig(read) {
    const inputs = new Inputs(read);
    return {
        registry: readRegistry(inputs),
        network: readNetwork(inputs, 'sign'),
        vulnerabilities: readVulnerabilities(inputs, 'scan', inputs.boolean('offline', false))
    };
}


/***/ }),

/***/ 86809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ readSign),
/* harmony export */   z: () => (/* binding */ SBOM_FORMATS)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const SBOM_FORMATS = ['cyclonedx-json', 'spdx-json'];
const ATTACH_FORMATS = ['bundle', 'legacy', 'both'];
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** Sign mode's image, what to sign of it, and the SBOM and formats that go with it. */
function readSign(inputs) {
    const image = inputs.required('image', 'Set "image" to the pushed reference, e.g. ghcr.io/owner/app@${{ steps.build.outputs.digest }}');
    const digest = inputs.string('digest');
    if (digest !== undefined && !DIGEST.test(digest))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('digest', `"${digest}" is not a sha256 digest`, 'Use the form sha256:<64 hex>');
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


/***/ }),

/***/ 37611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ parseQuery)
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87091);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(packageurl_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _vuln_versions__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50342);



/** Longer queries are no package name anyone types. */
const MAX_QUERY_LENGTH = 2048;
const invalid = (text, why) => new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ('INPUT_INVALID', `query "${text}": ${why}`, {
    hint: 'Give a purl with an optional version range, e.g. pkg:deb/debian/xz-utils@>=5.6.0,<5.6.2 ' +
        'or pkg:npm/lodash@<4.17.21, or a plain name@range such as log4j-core@>=2.0.0,<2.17.1'
});
function parseQuery(input) {
    const text = input.trim();
    if (text === '')
        throw invalid(input, 'is empty');
    if (text.length > MAX_QUERY_LENGTH)
        throw invalid(text.slice(0, 40), 'is too long');
    const query = /^pkg:/i.test(text) ? parsePurlQuery(text) : parseNameQuery(text);
    if (query.range !== undefined)
        checkRange(query);
    return query;
}
/**
 * `pkg:type/namespace/name@range?qualifiers`. A range is not a valid purl version (`<`, `,`,
 * `|`), so the version is cut off first and the rest parsed as a purl. Its `@` is the first
 * one that does not start a path segment (an npm scope such as `@angular` does).
 */
function parsePurlQuery(text) {
    if (text.includes('#'))
        throw invalid(text, 'a purl subpath (#\u2026) cannot be searched for');
    const question = text.indexOf('?');
    const main = question === -1 ? text : text.slice(0, question);
    const qualifiers = question === -1 ? '' : text.slice(question);
    const body = main.replace(/^pkg:\/*/i, '');
    let at = -1;
    for (let i = body.indexOf('/') + 1; i > 0 && i < body.length; i++)
        if (body[i] === '@' && body[i - 1] !== '/') {
            at = i;
            break;
        }
    const range = at === -1 ? undefined : decodeRange(text, body.slice(at + 1));
    let purl;
    try {
        purl = packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL.fromString(`pkg:${at === -1 ? body : body.slice(0, at)}${qualifiers}`);
    }
    catch (error) {
        throw invalid(text, `is not a valid purl (${error.message})`);
    }
    return {
        text,
        kind: 'purl',
        type: purl.type,
        ...(purl.namespace ? { namespace: purl.namespace } : {}),
        name: purl.name,
        qualifiers: { ...(purl.qualifiers ?? {}) },
        ...(range === undefined ? {} : { range })
    };
}
/** `name`, `name@range`; an npm scope's leading `@` is part of the name. */
function parseNameQuery(text) {
    if (/\s/.test(text))
        throw invalid(text, 'a package name has no spaces');
    const at = text.indexOf('@', 1);
    const name = at === -1 ? text : text.slice(0, at);
    if (name === '' || name === '@')
        throw invalid(text, 'names no package');
    const range = at === -1 ? undefined : decodeRange(text, text.slice(at + 1));
    return { text, kind: 'name', name, qualifiers: {}, ...(range === undefined ? {} : { range }) };
}
/** The range as written; percent-encoding (as in a purl's version) is undone. `*` is any. */
function decodeRange(text, raw) {
    let range = raw;
    if (range.includes('%')) {
        try {
            range = decodeURIComponent(range);
        }
        catch {
            throw invalid(text, `the version "${raw}" has a malformed %-escape`);
        }
    }
    range = range.trim();
    if (range === '')
        throw invalid(text, 'nothing follows "@": give a version or a range');
    return range === '*' ? undefined : range;
}
/**
 * A purl query's range must make sense in its type's version scheme. A name query spans
 * ecosystems, so its range is checked against each package's scheme when it is compared.
 */
function checkRange(query) {
    if (query.kind !== 'purl' || query.range === undefined)
        return;
    const scheme = (0,_vuln_versions__WEBPACK_IMPORTED_MODULE_2__/* .schemeForPurlType */ .is)(query.type ?? '');
    if (!scheme) {
        if (/[<>=!|,*]/.test(query.range))
            throw invalid(query.text, `purl type "${query.type}" has no version ordering here, so only an exact version can be matched`);
        return;
    }
    try {
        (0,_vuln_versions__WEBPACK_IMPORTED_MODULE_2__/* .parseVersionRange */ .FG)(scheme, query.range);
    }
    catch (error) {
        throw invalid(query.text, `"${query.range}" is not a ${scheme} version range: ${error.message}`);
    }
}


/***/ })

};
