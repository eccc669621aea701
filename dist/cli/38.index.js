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
/* harmony import */ var _oci__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50284);
/* harmony import */ var _verify__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8173);






const REPORT_FILE = 'sbom-sign-verify-report.json';
/** inputs → discover → verify → report */
async function runVerify(config) {
    const v = config.verify;
    const { images: fromDockerfiles, problems } = readDockerfiles(v.dockerfiles);
    const targets = [
        ...v.images.map(reference => ({ reference, file: '', line: 0 })),
        ...fromDockerfiles
    ];
    const policyFile = v.policy ? (0,_verify__WEBPACK_IMPORTED_MODULE_5__/* .loadPolicyFile */ .n$)(v.policy) : undefined;
    const trust = await (0,_verify__WEBPACK_IMPORTED_MODULE_5__/* .resolveTrustRoot */ .r)({
        path: config.sigstore.trustedRoot,
        offline: config.sigstore.offline
    });
    const checks = {
        root: trust.root,
        client: new _oci__WEBPACK_IMPORTED_MODULE_4__/* .RegistryClient */ .bP(config.registry),
        github: v.githubAttestations ? githubSource(config) : undefined,
        policyFile,
        inputsPolicy: policyFromInputs(config),
        platforms: v.platforms,
        found: new Map()
    };
    const images = [];
    for (const target of targets)
        images.push(await checkImage(target, checks));
    const report = {
        verified: images.every(i => i.verified) && problems.length === 0,
        trustRoot: trust.source,
        checkedAt: new Date().toISOString(),
        images,
        problems
    };
    const reportPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(config.outputDir, REPORT_FILE);
    (0,_verify__WEBPACK_IMPORTED_MODULE_5__/* .writeReport */ .u5)(reportPath, report);
    (0,_verify__WEBPACK_IMPORTED_MODULE_5__/* .annotate */ .fz)(report, v.failOn === 'error');
    for (const image of images)
        if (image.verified)
            _log__WEBPACK_IMPORTED_MODULE_3__/* .log */ .Rm.info(`${image.image}: verified (${image.digest})`);
    const failed = images.filter(i => !i.verified).length + problems.length;
    return {
        outputs: { verified: String(report.verified), 'report-path': reportPath },
        summary: (0,_verify__WEBPACK_IMPORTED_MODULE_5__/* .summaryMarkdown */ .eH)(report),
        ok: report.verified || v.failOn === 'never',
        ...(report.verified
            ? {}
            : {
                failure: failed === 1 && images.length === 1
                    ? `${images[0]?.image}: ${(0,_verify__WEBPACK_IMPORTED_MODULE_5__/* .imageFailures */ .$v)(images[0]).join('; ')}`
                    : `${failed} of ${targets.length + problems.length} image check(s) failed verification (see the report)`
            })
    };
}
function readDockerfiles(patterns) {
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
            const found = (0,_verify__WEBPACK_IMPORTED_MODULE_5__/* .dockerfileImages */ .$H)(text, shown);
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
        (0,_verify__WEBPACK_IMPORTED_MODULE_5__/* .warnIfUnanchored */ .rh)(v.certificateIdentityRegexp, 'certificate-identity-regexp');
    if (v.certificateOidcIssuerRegexp)
        (0,_verify__WEBPACK_IMPORTED_MODULE_5__/* .warnIfUnanchored */ .rh)(v.certificateOidcIssuerRegexp, 'certificate-oidc-issuer-regexp');
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
async function checkImage(target, checks) {
    const report = {
        image: target.reference,
        ...(target.file ? { source: { file: target.file, line: target.line } } : {}),
        platforms: [],
        errors: [],
        verified: false
    };
    try {
        const ref = (0,_oci__WEBPACK_IMPORTED_MODULE_4__/* .parseReference */ .F2)(target.reference);
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
            report.platforms.push((0,_verify__WEBPACK_IMPORTED_MODULE_5__/* .evaluateDigest */ .s6)(resolved.digest, found, policy, checks.root));
        }
        else {
            // An index's own signatures cover every platform it lists.
            const onIndex = (await candidates(resolved.digest)).map(c => ({
                ...c,
                subjectDigest: resolved.digest
            }));
            const wanted = target.platform ? [target.platform] : checks.platforms;
            const children = resolved.index.manifests.filter(d => isPlatformImage(d, wanted));
            if (children.length === 0)
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('IMAGE_NOT_FOUND', `the index has no image for ${wanted.length > 0 ? wanted.join(', ') : 'any platform'}`);
            // BuildKit's attestation manifests are reported with their platform, never checked as one.
            const buildx = await (0,_oci__WEBPACK_IMPORTED_MODULE_4__/* .buildxAttestations */ .Y2)(checks.client, ref, {
                ...resolved.index,
                manifests: resolved.index.manifests.filter(d => children.includes(d) || !isPlatformImage(d, []))
            });
            for (const child of children) {
                const found = await candidates(child.digest);
                const fromIndex = onIndex.map(c => ({ ...c, platform: platformName(child) }));
                const verdict = (0,_verify__WEBPACK_IMPORTED_MODULE_5__/* .evaluateDigest */ .s6)(child.digest, [...found, ...fromIndex], policy, checks.root);
                const platform = { ...verdict, platform: platformName(child) };
                const unsigned = buildx.find(a => a.describes === child.digest);
                if (unsigned)
                    (0,_verify__WEBPACK_IMPORTED_MODULE_5__/* .reportBuildxAttestations */ .qo)(platform, unsigned);
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
    const rule = checks.policyFile ? (0,_verify__WEBPACK_IMPORTED_MODULE_5__/* .ruleForImage */ .RP)(checks.policyFile, ref.name) : undefined;
    if (rule)
        return rule;
    if (checks.inputsPolicy)
        return checks.inputsPolicy;
    throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('POLICY_INVALID', `no rule of ${checks.policyFile?.path ?? 'the policy'} matches ${ref.name}`, { hint: 'Add a rule whose "images" glob matches it, or give certificate-identity inputs' });
}
function discover(ref, digest, checks) {
    const key = `${ref.name}@${digest}`;
    let found = checks.found.get(key);
    if (!found) {
        found = (async () => {
            const candidates = await (0,_verify__WEBPACK_IMPORTED_MODULE_5__/* .registryCandidates */ .G6)(checks.client, ref, digest);
            if (checks.github)
                candidates.push(...(await (0,_verify__WEBPACK_IMPORTED_MODULE_5__/* .githubCandidates */ .aq)(checks.github, ref, digest)));
            return candidates;
        })();
        checks.found.set(key, found);
    }
    return found;
}
function platformName(descriptor) {
    const p = descriptor.platform;
    if (!p)
        return undefined;
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/** Image manifests of an index for the wanted platforms (attestation manifests are not images). */
function isPlatformImage(descriptor, wanted) {
    const name = platformName(descriptor);
    if (!name || name.startsWith('unknown/'))
        return false;
    if (wanted.length === 0)
        return true;
    return wanted.some(w => name === w || (!w.split('/')[2] && name.startsWith(`${w}/`)));
}


/***/ })

};
