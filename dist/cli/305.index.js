export const id = 305;
export const ids = [305];
export const modules = {

/***/ 46782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ prepareChecks),
/* harmony export */   H0: () => (/* binding */ discoverSubjects),
/* harmony export */   KV: () => (/* binding */ policyFor)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _network_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98904);
/* harmony import */ var _oci__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23338);
/* harmony import */ var _verify__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78041);
/**
 * What verify mode checks each image with, and how it finds what to check: the trust root,
 * the signer policy from the inputs or a policy file, and the signatures and attestations of
 * an image and each of its platforms. Find mode reads verified SBOMs through the same code.
 */





/** The trust root, registry client and signer policies every image of the run is checked with. */
async function prepareChecks(config) {
    const v = config.verify;
    const policyFile = v.policy ? (0,_verify__WEBPACK_IMPORTED_MODULE_4__/* .loadPolicyFile */ .n$)(v.policy) : undefined;
    const trust = await (0,_verify__WEBPACK_IMPORTED_MODULE_4__/* .resolveTrustRoot */ .r)({
        path: config.sigstore.trustedRoot,
        instance: config.sigstore.instance === 'github' ? 'github' : 'public-good',
        offline: config.sigstore.offline
    });
    const checks = {
        root: trust.root,
        client: new _oci__WEBPACK_IMPORTED_MODULE_3__/* .RegistryClient */ .bP({
            ...config.registry,
            retryBudget: new _network_retry__WEBPACK_IMPORTED_MODULE_2__/* .RetryBudget */ .Km(config.network.retryBudgetMs)
        }),
        github: v.githubAttestations ? githubSource(config) : undefined,
        policyFile,
        inputsPolicy: policyFromInputs(config),
        platforms: v.platforms,
        found: new Map()
    };
    return { checks, trustSource: trust.source };
}
function githubSource(config) {
    const repository = process.env.GITHUB_REPOSITORY;
    if (!repository)
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ('INPUT_INVALID', 'input "github-attestations" needs GITHUB_REPOSITORY', {
            hint: 'Run inside GitHub Actions, or set GITHUB_REPOSITORY=owner/repo'
        });
    return {
        apiURL: process.env.GITHUB_API_URL || 'https://api.github.com',
        repository,
        token: config.registry.githubToken
    };
}
function policyFromInputs(config) {
    const v = config.verify;
    const identity = v.certificateIdentity
        ? { exact: v.certificateIdentity }
        : v.certificateIdentityRegexp
            ? { regexp: v.certificateIdentityRegexp }
            : undefined;
    const issuer = v.certificateOidcIssuer
        ? { exact: v.certificateOidcIssuer }
        : v.certificateOidcIssuerRegexp
            ? { regexp: v.certificateOidcIssuerRegexp }
            : undefined;
    if (v.certificateIdentityRegexp)
        (0,_verify__WEBPACK_IMPORTED_MODULE_4__/* .warnIfUnanchored */ .rh)(v.certificateIdentityRegexp, 'certificate-identity-regexp');
    if (v.certificateOidcIssuerRegexp)
        (0,_verify__WEBPACK_IMPORTED_MODULE_4__/* .warnIfUnanchored */ .rh)(v.certificateOidcIssuerRegexp, 'certificate-oidc-issuer-regexp');
    const keyPem = config.sigstore.key ? readKey(config.sigstore.key) : undefined;
    if (!(identity && issuer) && !keyPem)
        return undefined;
    return {
        source: 'inputs',
        identities: identity && issuer ? [{ identity, issuer }] : [],
        keyPem,
        requirements: { sbom: v.requireSbom, provenance: v.requireProvenance, maxAge: v.maxAge }
    };
}
function readKey(key) {
    if (key.includes('-----BEGIN'))
        return key;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(key, 'utf8');
    }
    catch (error) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ('INPUT_INVALID', `input "key": ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`, {
            hint: 'Give the path of a PEM public key, or the PEM itself'
        });
    }
}
/**
 * The digests to decide for a resolved reference, each with what discovery found for it: the
 * image itself, or the wanted platforms of an index (every platform when none is named).
 */
async function discoverSubjects(ref, resolved, wanted, checks) {
    if (resolved.kind === 'image') {
        const candidates = await discover(ref, resolved.digest, checks);
        return [{ digest: resolved.digest, candidates, image: () => Promise.resolve(resolved.image) }];
    }
    // An index's own signatures cover every platform it lists.
    const onIndex = (await discover(ref, resolved.digest, checks)).map(c => ({
        ...c,
        subjectDigest: resolved.digest
    }));
    const subjects = [];
    for (const child of await platformChildren(resolved, wanted)) {
        const found = await discover(ref, child.digest, checks);
        const fromIndex = onIndex.map(c => ({ ...c, platform: child.platform }));
        subjects.push({
            digest: child.digest,
            platform: child.platform,
            candidates: [...found, ...fromIndex],
            image: () => resolved.image(child.descriptor)
        });
    }
    return subjects;
}
function policyFor(ref, checks) {
    const rule = checks.policyFile ? (0,_verify__WEBPACK_IMPORTED_MODULE_4__/* .ruleForImage */ .RP)(checks.policyFile, ref) : undefined;
    if (rule)
        return rule;
    if (checks.inputsPolicy)
        return checks.inputsPolicy;
    throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ('POLICY_INVALID', `no rule of ${checks.policyFile?.path ?? 'the policy'} matches ${ref.name}${(0,_oci__WEBPACK_IMPORTED_MODULE_3__/* .canonicalName */ .Ew)(ref) === ref.name ? '' : ` (compared as ${(0,_oci__WEBPACK_IMPORTED_MODULE_3__/* .canonicalName */ .Ew)(ref)})`}`, { hint: 'Add a rule whose "images" glob matches it, or give certificate-identity inputs' });
}
function discover(ref, digest, checks) {
    const key = `${ref.name}@${digest}`;
    let found = checks.found.get(key);
    if (!found) {
        found = (async () => {
            const candidates = await (0,_verify__WEBPACK_IMPORTED_MODULE_4__/* .registryCandidates */ .G6)(checks.client, ref, digest);
            if (checks.github)
                candidates.push(...(await (0,_verify__WEBPACK_IMPORTED_MODULE_4__/* .githubCandidates */ .aq)(checks.github, ref, digest)));
            return candidates;
        })();
        checks.found.set(key, found);
    }
    return found;
}
/**
 * The children of an index to check: for each wanted platform the one containerd would
 * pull (BuildKit resolves a FROM that way), or every image when no platform is named.
 * A child without a platform field is named by its config, and one whose platform cannot
 * be known at all is checked rather than skipped.
 */
async function platformChildren(index, wanted) {
    const images = index.index.manifests.filter(d => !(0,_oci__WEBPACK_IMPORTED_MODULE_3__/* .isAttestationManifest */ .gV)(d));
    const chosen = wanted.length === 0
        ? images.map(child => ({ child }))
        : wanted.map(name => {
            const child = (0,_oci__WEBPACK_IMPORTED_MODULE_3__/* .childForPlatform */ .px)(images, (0,_oci__WEBPACK_IMPORTED_MODULE_3__/* .parsePlatform */ .Y8)(name));
            if (!child)
                throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ('IMAGE_NOT_FOUND', `the index has no image for ${name} (platforms: ${images.map(d => (d.platform ? (0,_oci__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)(d.platform) : d.digest)).join(', ') || 'none'})`);
            return { child, wanted: name };
        });
    const children = new Map();
    for (const { child, wanted: name } of chosen) {
        let platform = child.platform ? (0,_oci__WEBPACK_IMPORTED_MODULE_3__/* .normalizePlatform */ .FL)(child.platform) : undefined;
        if (!platform) {
            const config = (await index.image(child)).platform;
            const known = config.os !== 'unknown' && config.architecture !== 'unknown';
            if (known && name && (0,_oci__WEBPACK_IMPORTED_MODULE_3__/* .platformRank */ .G6)(config, (0,_oci__WEBPACK_IMPORTED_MODULE_3__/* .parsePlatform */ .Y8)(name)) === undefined)
                throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ('IMAGE_NOT_FOUND', `the index has no image for ${name}: its only candidate, ${child.digest}, lists no platform and its config says ${(0,_oci__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)(config)}`);
            platform = known ? (0,_oci__WEBPACK_IMPORTED_MODULE_3__/* .normalizePlatform */ .FL)(config) : undefined;
        }
        children.set(child.digest, {
            platform: platform
                ? (0,_oci__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)(platform)
                : 'unknown (no platform in the index or the config)',
            descriptor: child
        });
    }
    return [...children].map(([digest, child]) => ({ digest, ...child }));
}


/***/ }),

/***/ 71038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runVerify: () => (/* binding */ runVerify)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _log__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25625);
/* harmony import */ var _network_deadline__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2850);
/* harmony import */ var _oci__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23338);
/* harmony import */ var _verify__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(78041);
/* harmony import */ var _verify_checks__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(46782);








const REPORT_FILE = 'sbom-sign-verify-report.json';
/** inputs \u2192 discover \u2192 verify \u2192 report */
async function runVerify(config) {
    const v = config.verify;
    const { images: fromDockerfiles, problems } = readDockerfiles(v.dockerfiles, {
        platforms: v.buildPlatforms,
        buildArgs: v.buildArgs
    });
    const targets = [
        ...v.images.map(reference => ({ reference, file: '', line: 0 })),
        ...fromDockerfiles
    ];
    const { checks, trustSource } = await (0,_verify_checks__WEBPACK_IMPORTED_MODULE_7__/* .prepareChecks */ .DB)(config);
    const images = [];
    // Each image has its own deadline, so one registry that stalls cannot use up the run;
    // once the run's deadline passes, the images left fail at their first request.
    for (const target of targets)
        images.push(await (0,_network_deadline__WEBPACK_IMPORTED_MODULE_4__/* .withDeadline */ .NE)(config.network.imageTimeoutMs, { what: `checking ${target.reference}`, input: 'timeout', graceMs: 1000 }, () => checkImage(target, checks)).catch((error) => failedCheck(target, error)));
    const report = {
        verified: images.every(i => i.verified) && problems.length === 0,
        trustRoot: trustSource,
        checkedAt: new Date().toISOString(),
        images,
        problems
    };
    const reportPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(config.outputDir, REPORT_FILE);
    await (0,_verify__WEBPACK_IMPORTED_MODULE_6__/* .writeReport */ .u5)(reportPath, report, config.outputOrigin);
    (0,_verify__WEBPACK_IMPORTED_MODULE_6__/* .annotate */ .fz)(report, v.failOn === 'error');
    for (const image of images)
        if (image.verified)
            _log__WEBPACK_IMPORTED_MODULE_3__/* .log */ .Rm.info(`${image.image}: verified (${image.digest})`);
    const failed = images.filter(i => !i.verified).length + problems.length;
    return {
        outputs: { verified: String(report.verified), 'report-path': reportPath },
        summary: (0,_verify__WEBPACK_IMPORTED_MODULE_6__/* .summaryMarkdown */ .eH)(report),
        ok: report.verified || v.failOn === 'never',
        ...(report.verified
            ? {}
            : {
                failure: failed === 1 && images.length === 1
                    ? `${images[0]?.image}: ${(0,_verify__WEBPACK_IMPORTED_MODULE_6__/* .imageFailures */ .$v)(images[0]).join('; ')}`
                    : `${failed} of ${targets.length + problems.length} image check(s) failed verification (see the report)`
            })
    };
}
function readDockerfiles(patterns, build) {
    const images = [];
    const problems = [];
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    for (const pattern of patterns) {
        const files = /[*?[{]/.test(pattern) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.globSync)(pattern).sort() : [pattern];
        if (files.length === 0)
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('INPUT_INVALID', `input "dockerfile": "${pattern}" matches no file`);
        for (const file of files) {
            let text;
            try {
                text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
            }
            catch (error) {
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('INPUT_INVALID', `input "dockerfile": ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}`);
            }
            // Annotations need the path relative to the repository root.
            const inWorkspace = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, file);
            const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(file) && !inWorkspace.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inWorkspace)
                ? inWorkspace
                : file;
            const found = (0,_verify__WEBPACK_IMPORTED_MODULE_6__/* .dockerfileImages */ .$H)(text, shown, build);
            images.push(...found.images);
            problems.push(...found.problems);
        }
    }
    return { images, problems };
}
function newReport(target) {
    return {
        image: target.reference,
        ...(target.file
            ? { source: { file: target.file, line: target.line, instruction: target.instruction } }
            : {}),
        platforms: [],
        errors: [],
        verified: false
    };
}
/** An image whose check was abandoned at its deadline. */
function failedCheck(target, error) {
    return { ...newReport(target), errors: [(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)] };
}
async function checkImage(target, checks) {
    const report = newReport(target);
    try {
        const ref = (0,_oci__WEBPACK_IMPORTED_MODULE_5__/* .parseReference */ .F2)(target.reference);
        const policy = (0,_verify_checks__WEBPACK_IMPORTED_MODULE_7__/* .policyFor */ .KV)(ref, checks);
        report.policy = policy.source;
        const resolved = await checks.client.resolve(ref);
        report.digest = resolved.digest;
        if (!ref.digest) {
            report.resolvedFromTag = true;
            _log__WEBPACK_IMPORTED_MODULE_3__/* .log */ .Rm.info(`${target.reference} resolved to ${resolved.digest}`);
        }
        else if (ref.digest !== resolved.digest) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('DIGEST_MISMATCH', `resolved to ${resolved.digest}`);
        }
        const wanted = target.platform ? [target.platform] : checks.platforms;
        const subjects = await (0,_verify_checks__WEBPACK_IMPORTED_MODULE_7__/* .discoverSubjects */ .H0)(ref, resolved, wanted, checks);
        // BuildKit's attestation manifests are reported with their platform, never checked as one.
        const buildx = resolved.kind === 'index'
            ? await (0,_oci__WEBPACK_IMPORTED_MODULE_5__/* .buildxAttestations */ .Y2)(checks.client, ref, resolved.index, subjects.map(s => s.digest))
            : [];
        for (const subject of subjects) {
            const verdict = (0,_verify__WEBPACK_IMPORTED_MODULE_6__/* .evaluateDigest */ .s6)(subject.digest, subject.candidates, policy, checks.root);
            const platform = subject.platform
                ? { ...verdict, platform: subject.platform }
                : verdict;
            const unsigned = buildx.find(a => a.describes === subject.digest);
            if (unsigned)
                (0,_verify__WEBPACK_IMPORTED_MODULE_6__/* .reportBuildxAttestations */ .qo)(platform, unsigned);
            report.platforms.push(platform);
        }
    }
    catch (error) {
        report.errors.push((0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error));
    }
    report.verified = report.errors.length === 0 && report.platforms.every(p => p.verified);
    return report;
}


/***/ }),

/***/ 28256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseStatement),
/* harmony export */   OZ: () => (/* binding */ PLATFORM_MANIFEST_ANNOTATION),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   g7: () => (/* binding */ SIMPLE_SIGNING_TYPE),
/* harmony export */   iZ: () => (/* binding */ PLATFORM_ANNOTATION),
/* harmony export */   o7: () => (/* binding */ subjectPlatform),
/* harmony export */   om: () => (/* binding */ STATEMENT_V1),
/* harmony export */   qE: () => (/* binding */ subjectMatches),
/* harmony export */   sf: () => (/* binding */ artifactDigests),
/* harmony export */   u: () => (/* binding */ COSIGN_SIGN_PREDICATE)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
const STATEMENT_TYPES = new Set([STATEMENT_V1, 'https://in-toto.io/Statement/v0.1']);
/** What `cosign sign` signs in the bundle format: an empty predicate about the digest. */
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
/** The `critical.type` of cosign's legacy ("simple signing") signature payload. */
const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
/**
 * Where an index's copy of a platform's SBOM attestation names its platform: as annotation
 * of the statement's subject (the index) and of the referrer manifest / `.att` layer.
 */
const PLATFORM_ANNOTATION = 'dev.sbom-sign.platform';
/** The platform manifest the SBOM was made from, beside PLATFORM_ANNOTATION in the subject. */
const PLATFORM_MANIFEST_ANNOTATION = 'dev.sbom-sign.platform-manifest';
/** The platform a statement's subject with `digest` is annotated with, if any. */
function subjectPlatform(statement, digest) {
    const digests = artifactDigests({ digest });
    const value = statement.subject.find(s => subjectMatches(s, digests))?.annotations?.[PLATFORM_ANNOTATION];
    return typeof value === 'string' ? value : undefined;
}
/** Parses a DSSE payload as an in-toto Statement; undefined when it is not one. */
function parseStatement(payloadType, payload) {
    if (payloadType !== IN_TOTO_PAYLOAD_TYPE)
        return undefined;
    let json;
    try {
        json = JSON.parse(payload.toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (typeof json !== 'object' || json === null)
        return undefined;
    const s = json;
    if (typeof s._type !== 'string' || !STATEMENT_TYPES.has(s._type))
        return undefined;
    if (typeof s.predicateType !== 'string' || !Array.isArray(s.subject))
        return undefined;
    const subjectsValid = s.subject.every(sub => typeof sub === 'object' &&
        sub !== null &&
        typeof sub.digest === 'object' &&
        sub.digest !== null &&
        Object.values(sub.digest).every(v => typeof v === 'string'));
    return subjectsValid ? s : undefined;
}
const HASHES = ['sha256', 'sha384', 'sha512'];
/** Digests of the artifact by algorithm, as lower-case hex. */
function artifactDigests(artifact) {
    if ('digest' in artifact) {
        const [algorithm, hex] = artifact.digest.split(':');
        return algorithm && hex ? { [algorithm]: hex.toLowerCase() } : {};
    }
    const digests = {};
    for (const h of HASHES)
        digests[h] = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(h).update(artifact.bytes).digest('hex');
    return digests;
}
/**
 * A subject names the artifact when they share at least one digest algorithm
 * and agree on every shared one (the library does not check subjects at all).
 */
function subjectMatches(subject, digests) {
    const shared = Object.keys(subject.digest).filter(algorithm => algorithm in digests);
    return (shared.length > 0 &&
        shared.every(algorithm => subject.digest[algorithm]?.toLowerCase() === digests[algorithm]));
}


/***/ })

};
