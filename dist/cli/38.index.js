export const id = 38;
export const ids = [38];
export const modules = {

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
/* harmony import */ var _network_retry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98904);
/* harmony import */ var _oci__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(23338);
/* harmony import */ var _verify__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(34328);








const REPORT_FILE = 'sbom-sign-verify-report.json';
/** inputs → discover → verify → report */
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
    const policyFile = v.policy ? (0,_verify__WEBPACK_IMPORTED_MODULE_7__/* .loadPolicyFile */ .n$)(v.policy) : undefined;
    const trust = await (0,_verify__WEBPACK_IMPORTED_MODULE_7__/* .resolveTrustRoot */ .r)({
        path: config.sigstore.trustedRoot,
        instance: config.sigstore.instance === 'github' ? 'github' : 'public-good',
        offline: config.sigstore.offline
    });
    const checks = {
        root: trust.root,
        client: new _oci__WEBPACK_IMPORTED_MODULE_6__/* .RegistryClient */ .bP({
            ...config.registry,
            retryBudget: new _network_retry__WEBPACK_IMPORTED_MODULE_5__/* .RetryBudget */ .Km(config.network.retryBudgetMs)
        }),
        github: v.githubAttestations ? githubSource(config) : undefined,
        policyFile,
        inputsPolicy: policyFromInputs(config),
        platforms: v.platforms,
        found: new Map()
    };
    const images = [];
    // Each image has its own deadline, so one registry that stalls cannot use up the run;
    // once the run's deadline passes, the images left fail at their first request.
    for (const target of targets)
        images.push(await (0,_network_deadline__WEBPACK_IMPORTED_MODULE_4__/* .withDeadline */ .NE)(config.network.imageTimeoutMs, { what: `checking ${target.reference}`, input: 'timeout', graceMs: 1000 }, () => checkImage(target, checks)).catch((error) => failedCheck(target, error)));
    const report = {
        verified: images.every(i => i.verified) && problems.length === 0,
        trustRoot: trust.source,
        checkedAt: new Date().toISOString(),
        images,
        problems
    };
    const reportPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(config.outputDir, REPORT_FILE);
    (0,_verify__WEBPACK_IMPORTED_MODULE_7__/* .writeReport */ .u5)(reportPath, report);
    (0,_verify__WEBPACK_IMPORTED_MODULE_7__/* .annotate */ .fz)(report, v.failOn === 'error');
    for (const image of images)
        if (image.verified)
            _log__WEBPACK_IMPORTED_MODULE_3__/* .log */ .Rm.info(`${image.image}: verified (${image.digest})`);
    const failed = images.filter(i => !i.verified).length + problems.length;
    return {
        outputs: { verified: String(report.verified), 'report-path': reportPath },
        summary: (0,_verify__WEBPACK_IMPORTED_MODULE_7__/* .summaryMarkdown */ .eH)(report),
        ok: report.verified || v.failOn === 'never',
        ...(report.verified
            ? {}
            : {
                failure: failed === 1 && images.length === 1
                    ? `${images[0]?.image}: ${(0,_verify__WEBPACK_IMPORTED_MODULE_7__/* .imageFailures */ .$v)(images[0]).join('; ')}`
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
            const found = (0,_verify__WEBPACK_IMPORTED_MODULE_7__/* .dockerfileImages */ .$H)(text, shown, build);
            images.push(...found.images);
            problems.push(...found.problems);
        }
    }
    return { images, problems };
}
function githubSource(config) {
    const repository = process.env.GITHUB_REPOSITORY;
    if (!repository)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('INPUT_INVALID', 'input "github-attestations" needs GITHUB_REPOSITORY', {
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
        (0,_verify__WEBPACK_IMPORTED_MODULE_7__/* .warnIfUnanchored */ .rh)(v.certificateIdentityRegexp, 'certificate-identity-regexp');
    if (v.certificateOidcIssuerRegexp)
        (0,_verify__WEBPACK_IMPORTED_MODULE_7__/* .warnIfUnanchored */ .rh)(v.certificateOidcIssuerRegexp, 'certificate-oidc-issuer-regexp');
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
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('INPUT_INVALID', `input "key": ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}`, {
            hint: 'Give the path of a PEM public key, or the PEM itself'
        });
    }
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
        const ref = (0,_oci__WEBPACK_IMPORTED_MODULE_6__/* .parseReference */ .F2)(target.reference);
        const policy = policyFor(ref, checks);
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
        const candidates = (digest) => discover(ref, digest, checks);
        if (resolved.kind === 'image') {
            const found = await candidates(resolved.digest);
            report.platforms.push((0,_verify__WEBPACK_IMPORTED_MODULE_7__/* .evaluateDigest */ .s6)(resolved.digest, found, policy, checks.root));
        }
        else {
            // An index's own signatures cover every platform it lists.
            const onIndex = (await candidates(resolved.digest)).map(c => ({
                ...c,
                subjectDigest: resolved.digest
            }));
            const wanted = target.platform ? [target.platform] : checks.platforms;
            const children = await platformChildren(resolved, wanted);
            // BuildKit's attestation manifests are reported with their platform, never checked as one.
            const buildx = await (0,_oci__WEBPACK_IMPORTED_MODULE_6__/* .buildxAttestations */ .Y2)(checks.client, ref, resolved.index, children.map(c => c.digest));
            for (const child of children) {
                const found = await candidates(child.digest);
                const fromIndex = onIndex.map(c => ({ ...c, platform: child.platform }));
                const verdict = (0,_verify__WEBPACK_IMPORTED_MODULE_7__/* .evaluateDigest */ .s6)(child.digest, [...found, ...fromIndex], policy, checks.root);
                const platform = { ...verdict, platform: child.platform };
                const unsigned = buildx.find(a => a.describes === child.digest);
                if (unsigned)
                    (0,_verify__WEBPACK_IMPORTED_MODULE_7__/* .reportBuildxAttestations */ .qo)(platform, unsigned);
                report.platforms.push(platform);
            }
        }
    }
    catch (error) {
        report.errors.push((0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error));
    }
    report.verified = report.errors.length === 0 && report.platforms.every(p => p.verified);
    return report;
}
function policyFor(ref, checks) {
    const rule = checks.policyFile ? (0,_verify__WEBPACK_IMPORTED_MODULE_7__/* .ruleForImage */ .RP)(checks.policyFile, ref) : undefined;
    if (rule)
        return rule;
    if (checks.inputsPolicy)
        return checks.inputsPolicy;
    throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('POLICY_INVALID', `no rule of ${checks.policyFile?.path ?? 'the policy'} matches ${ref.name}${(0,_oci__WEBPACK_IMPORTED_MODULE_6__/* .canonicalName */ .Ew)(ref) === ref.name ? '' : ` (compared as ${(0,_oci__WEBPACK_IMPORTED_MODULE_6__/* .canonicalName */ .Ew)(ref)})`}`, { hint: 'Add a rule whose "images" glob matches it, or give certificate-identity inputs' });
}
function discover(ref, digest, checks) {
    const key = `${ref.name}@${digest}`;
    let found = checks.found.get(key);
    if (!found) {
        found = (async () => {
            const candidates = await (0,_verify__WEBPACK_IMPORTED_MODULE_7__/* .registryCandidates */ .G6)(checks.client, ref, digest);
            if (checks.github)
                candidates.push(...(await (0,_verify__WEBPACK_IMPORTED_MODULE_7__/* .githubCandidates */ .aq)(checks.github, ref, digest)));
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
    const images = index.index.manifests.filter(d => !(0,_oci__WEBPACK_IMPORTED_MODULE_6__/* .isAttestationManifest */ .gV)(d));
    const chosen = wanted.length === 0
        ? images.map(child => ({ child }))
        : wanted.map(name => {
            const child = (0,_oci__WEBPACK_IMPORTED_MODULE_6__/* .childForPlatform */ .px)(images, (0,_oci__WEBPACK_IMPORTED_MODULE_6__/* .parsePlatform */ .Y8)(name));
            if (!child)
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('IMAGE_NOT_FOUND', `the index has no image for ${name} (platforms: ${images.map(d => (d.platform ? (0,_oci__WEBPACK_IMPORTED_MODULE_6__/* .formatPlatform */ .Bq)(d.platform) : d.digest)).join(', ') || 'none'})`);
            return { child, wanted: name };
        });
    const children = new Map();
    for (const { child, wanted: name } of chosen) {
        let platform = child.platform ? (0,_oci__WEBPACK_IMPORTED_MODULE_6__/* .normalizePlatform */ .FL)(child.platform) : undefined;
        if (!platform) {
            const config = (await index.image(child)).platform;
            const known = config.os !== 'unknown' && config.architecture !== 'unknown';
            if (known && name && (0,_oci__WEBPACK_IMPORTED_MODULE_6__/* .platformRank */ .G6)(config, (0,_oci__WEBPACK_IMPORTED_MODULE_6__/* .parsePlatform */ .Y8)(name)) === undefined)
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('IMAGE_NOT_FOUND', `the index has no image for ${name}: its only candidate, ${child.digest}, lists no platform and its config says ${(0,_oci__WEBPACK_IMPORTED_MODULE_6__/* .formatPlatform */ .Bq)(config)}`);
            platform = known ? (0,_oci__WEBPACK_IMPORTED_MODULE_6__/* .normalizePlatform */ .FL)(config) : undefined;
        }
        children.set(child.digest, platform ? (0,_oci__WEBPACK_IMPORTED_MODULE_6__/* .formatPlatform */ .Bq)(platform) : 'unknown (no platform in the index or the config)');
    }
    return [...children].map(([digest, platform]) => ({ digest, platform }));
}


/***/ })

};
