export const id = 38;
export const ids = [38];
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
/* harmony import */ var _oci__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62786);
/* harmony import */ var _verify__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85039);
/* harmony import */ var _verify_scan__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12130);
/* harmony import */ var _vulnerabilities__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(76197);
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
    const retryBudget = new _network_retry__WEBPACK_IMPORTED_MODULE_2__/* .RetryBudget */ .Km(config.network.retryBudgetMs);
    let scanner;
    const checks = {
        root: trust.root,
        client: new _oci__WEBPACK_IMPORTED_MODULE_3__/* .RegistryClient */ .bP({ ...config.registry, retryBudget }),
        github: v.githubAttestations ? githubSource(config) : undefined,
        policyFile,
        inputsPolicy: policyFromInputs(config),
        platforms: v.platforms,
        found: new Map(),
        scanner: () => (scanner ??= (0,_vulnerabilities__WEBPACK_IMPORTED_MODULE_6__/* .openScanner */ .n1)(config.vulnerabilities, retryBudget)),
        failOnSeverity: config.vulnerabilities.failOn
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
        requirements: {
            sbom: v.requireSbom,
            provenance: v.requireProvenance,
            maxAge: v.maxAge,
            maxSeverity: config.vulnerabilities.failOn === 'none'
                ? undefined
                : _verify_scan__WEBPACK_IMPORTED_MODULE_5__/* .MAX_BELOW */ .x[config.vulnerabilities.failOn],
            completeSbom: !config.vulnerabilities.allowIncomplete
        }
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

/***/ 12130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ checkVulnerabilities),
/* harmony export */   x: () => (/* binding */ MAX_BELOW)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _sbom__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18950);
/* harmony import */ var _vulnerabilities__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76197);




/** `maxSeverity: X` allows X and fails what is above it: the gate's threshold is the next one up. */
const FAIL_ABOVE = {
    critical: 'none',
    high: 'critical',
    medium: 'high',
    low: 'medium',
    none: 'low'
};
/** `fail-on-severity: X` as a maxSeverity: the severity right below X. */
const MAX_BELOW = {
    critical: 'high',
    high: 'medium',
    medium: 'low',
    low: 'none'
};
/**
 * The maxSeverity rule for one platform. Only the SBOMs of SBOM attestations that verified
 * for this digest are scanned: with none, the rule fails on this line (an SBOM nobody
 * signed says nothing about the image). Each verified SBOM must pass. `rule` names the rule
 * as the user wrote it: `maxSeverity high`, or `fail-on-severity critical` for the inputs.
 */
async function checkVulnerabilities(platform, verifiedSboms, ref, { maxSeverity, rule, completeSbom, acceptIncomplete }, scanner) {
    const check = {
        maxSeverity,
        sboms: 0,
        counts: {},
        above: [],
        incomplete: 0,
        satisfied: false
    };
    platform.vulnerabilities = check;
    const fail = (line) => {
        platform.failures.push(line);
        platform.verified = false;
    };
    if (verifiedSboms.length === 0) {
        fail(`${rule}: no verified SBOM attestation to scan (only the SBOM of a verified attestation counts)`);
        return;
    }
    const scans = [];
    const incomplete = [];
    try {
        const open = await scanner();
        for (const [i, statement] of unique(verifiedSboms).entries()) {
            const sbom = (0,_sbom__WEBPACK_IMPORTED_MODULE_2__/* .sbomFromPredicate */ .LT)(statement.predicate, `of the verified attestation ${i + 1} of ${ref.name}@${platform.digest}`);
            const scan = await open.scan(sbom, {
                artifact: `${ref.name}@${platform.digest}`,
                digest: platform.digest,
                platform: platform.platform,
                purls: [(0,_vulnerabilities__WEBPACK_IMPORTED_MODULE_3__/* .ociPurl */ .Vf)(ref, platform.digest)]
            }, FAIL_ABOVE[maxSeverity]);
            scans.push(scan);
            if (scan.leftOut.length > 0)
                incomplete.push(`attestation ${i + 1} (${(0,_vulnerabilities__WEBPACK_IMPORTED_MODULE_3__/* .leftOutSummary */ .u4)(scan.leftOut)})`);
        }
    }
    catch (error) {
        fail(`${rule}: the scan failed: ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`);
        return;
    }
    check.sboms = scans.length;
    check.counts = (0,_vulnerabilities__WEBPACK_IMPORTED_MODULE_3__/* .countFindings */ .Gt)(scans);
    const seen = new Set();
    for (const finding of scans.flatMap(s => s.gate.failing)) {
        const key = `${finding.id}\0${finding.package.name}\0${finding.package.version}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        check.above.push({
            id: finding.id,
            package: finding.package.name,
            version: finding.package.version,
            severity: finding.rating.severity
        });
    }
    check.incomplete = incomplete.length;
    // What an incomplete SBOM left out was never scanned: no finding there is no answer.
    if (incomplete.length > 0 && completeSbom)
        fail(`${rule}: the SBOM of verified ${incomplete.join(', ')} marks itself incomplete, so what it left out was not scanned. Attest an SBOM of the whole image, or accept incomplete SBOMs for this image: ${acceptIncomplete}`);
    check.satisfied = check.above.length === 0 && (incomplete.length === 0 || !completeSbom);
    if (check.above.length > 0) {
        const shown = check.above
            .slice(0, 5)
            .map(f => `${f.id} (${f.severity}) in ${f.package} ${f.version}`);
        const more = check.above.length > shown.length ? `, and ${check.above.length - shown.length} more` : '';
        fail(`${rule}: ${shown.join('; ')}${more}`);
    }
}
/** The same SBOM attested twice (a re-run, another format's copy) is scanned once. */
function unique(statements) {
    const seen = new Set();
    return statements.filter(s => {
        const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(s.predicate)).digest('hex');
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
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
/* harmony import */ var _config__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56735);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _log__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25625);
/* harmony import */ var _network_deadline__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2850);
/* harmony import */ var _oci__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62786);
/* harmony import */ var _verify__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(85039);
/* harmony import */ var _verify_checks__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(46782);
/* harmony import */ var _verify_scan__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(12130);










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
    const { checks, trustSource } = await (0,_verify_checks__WEBPACK_IMPORTED_MODULE_8__/* .prepareChecks */ .DB)(config);
    // A scan that is asked for opens its source and VEX document now: a bad path is an input
    // error, not a failure of every image.
    if (config.vulnerabilities.failOn !== 'none' ||
        checks.policyFile?.rules.some(r => r.requirements.maxSeverity !== undefined)) {
        (0,_config__WEBPACK_IMPORTED_MODULE_2__/* .requireSourceOffline */ .yA)(config.vulnerabilities);
        await checks.scanner();
    }
    const images = [];
    // Each image has its own deadline, so one registry that stalls cannot use up the run;
    // once the run's deadline passes, the images left fail at their first request.
    for (const target of targets)
        images.push(await (0,_network_deadline__WEBPACK_IMPORTED_MODULE_5__/* .withDeadline */ .NE)(config.network.imageTimeoutMs, { what: `checking ${target.reference}`, input: 'timeout', graceMs: 1000 }, () => checkImage(target, checks)).catch((error) => failedCheck(target, error)));
    const report = {
        verified: images.every(i => i.verified) && problems.length === 0,
        trustRoot: trustSource,
        checkedAt: new Date().toISOString(),
        images,
        problems
    };
    const reportPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(config.outputDir, REPORT_FILE);
    await (0,_verify__WEBPACK_IMPORTED_MODULE_7__/* .writeReport */ .u5)(reportPath, report, config.outputOrigin);
    (0,_verify__WEBPACK_IMPORTED_MODULE_7__/* .annotate */ .fz)(report, v.failOn === 'error');
    for (const image of images)
        if (image.verified)
            _log__WEBPACK_IMPORTED_MODULE_4__/* .log */ .Rm.info(`${image.image}: verified (${image.digest})`);
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
            throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ('INPUT_INVALID', `input "dockerfile": "${pattern}" matches no file`);
        for (const file of files) {
            let text;
            try {
                text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
            }
            catch (error) {
                throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ('INPUT_INVALID', `input "dockerfile": ${(0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error)}`);
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
    return { ...newReport(target), errors: [(0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error)] };
}
async function checkImage(target, checks) {
    const report = newReport(target);
    try {
        const ref = (0,_oci__WEBPACK_IMPORTED_MODULE_6__/* .parseReference */ .F2)(target.reference);
        const policy = (0,_verify_checks__WEBPACK_IMPORTED_MODULE_8__/* .policyFor */ .KV)(ref, checks);
        report.policy = policy.source;
        const resolved = await checks.client.resolve(ref);
        report.digest = resolved.digest;
        if (!ref.digest) {
            report.resolvedFromTag = true;
            _log__WEBPACK_IMPORTED_MODULE_4__/* .log */ .Rm.info(`${target.reference} resolved to ${resolved.digest}`);
        }
        else if (ref.digest !== resolved.digest) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ('DIGEST_MISMATCH', `resolved to ${resolved.digest}`);
        }
        const maxSeverity = policy.requirements.maxSeverity;
        const decide = async ({ verifiedSboms, ...verdict }, platform) => {
            const decided = platform ? { ...verdict, platform } : verdict;
            if (maxSeverity !== undefined)
                await (0,_verify_scan__WEBPACK_IMPORTED_MODULE_9__/* .checkVulnerabilities */ .r)(decided, verifiedSboms, ref, {
                    maxSeverity,
                    completeSbom: policy.requirements.completeSbom ?? true,
                    // Named as the user wrote it: the policy file's rule, or the inputs.
                    ...(policy.source === 'inputs'
                        ? {
                            rule: `fail-on-severity ${checks.failOnSeverity}`,
                            acceptIncomplete: 'set "allow-incomplete-sbom: true" (--allow-incomplete-sbom)'
                        }
                        : {
                            rule: `maxSeverity ${maxSeverity}`,
                            acceptIncomplete: 'add "completeSbom: false" to its policy rule\'s require'
                        })
                }, checks.scanner);
            return decided;
        };
        const wanted = target.platform ? [target.platform] : checks.platforms;
        const subjects = await (0,_verify_checks__WEBPACK_IMPORTED_MODULE_8__/* .discoverSubjects */ .H0)(ref, resolved, wanted, checks);
        // BuildKit's attestation manifests are reported with their platform, never checked as one.
        const buildx = resolved.kind === 'index'
            ? await (0,_oci__WEBPACK_IMPORTED_MODULE_6__/* .buildxAttestations */ .Y2)(checks.client, ref, resolved.index, subjects.map(s => s.digest))
            : [];
        for (const subject of subjects) {
            const platform = await decide((0,_verify__WEBPACK_IMPORTED_MODULE_7__/* .evaluateDigest */ .s6)(subject.digest, subject.candidates, policy, checks.root), subject.platform);
            const unsigned = buildx.find(a => a.describes === subject.digest);
            if (unsigned)
                (0,_verify__WEBPACK_IMPORTED_MODULE_7__/* .reportBuildxAttestations */ .qo)(platform, unsigned);
            report.platforms.push(platform);
        }
    }
    catch (error) {
        report.errors.push((0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error));
    }
    report.verified = report.errors.length === 0 && report.platforms.every(p => p.verified);
    return report;
}


/***/ })

};
