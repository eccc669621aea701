export const id = 327;
export const ids = [327];
export const modules = {

/***/ 15327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVerify: () => (/* binding */ runVerify)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/index.ts + 2 modules
var src_config = __webpack_require__(68117);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/network/deadline.ts + 1 modules
var deadline = __webpack_require__(2850);
// EXTERNAL MODULE: ./src/network/retry.ts
var retry = __webpack_require__(98904);
// EXTERNAL MODULE: ./src/oci/index.ts + 11 modules
var oci = __webpack_require__(3239);
// EXTERNAL MODULE: ./src/verify/index.ts + 24 modules
var verify = __webpack_require__(34328);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/sbom/index.ts + 40 modules
var src_sbom = __webpack_require__(51213);
// EXTERNAL MODULE: ./src/pipelines/vulnerabilities.ts + 1 modules
var vulnerabilities = __webpack_require__(76197);
;// CONCATENATED MODULE: ./src/pipelines/verify-scan.ts




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
async function checkVulnerabilities(platform, verifiedSboms, ref, { maxSeverity, rule }, scanner) {
    const check = {
        maxSeverity,
        sboms: 0,
        counts: {},
        above: [],
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
    try {
        const open = await scanner();
        for (const [i, statement] of unique(verifiedSboms).entries()) {
            const sbom = (0,src_sbom/* sbomFromPredicate */.LT)(statement.predicate, `of the verified attestation ${i + 1} of ${ref.name}@${platform.digest}`);
            scans.push(await open.scan(sbom, {
                artifact: `${ref.name}@${platform.digest}`,
                digest: platform.digest,
                platform: platform.platform,
                purls: [(0,vulnerabilities/* ociPurl */.Vf)(ref, platform.digest)]
            }, FAIL_ABOVE[maxSeverity]));
        }
    }
    catch (error) {
        fail(`${rule}: the scan failed: ${(0,errors/* describeError */.Uc)(error)}`);
        return;
    }
    check.sboms = scans.length;
    check.counts = (0,vulnerabilities/* countFindings */.Gt)(scans);
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
    check.satisfied = check.above.length === 0;
    if (!check.satisfied) {
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
        const key = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(s.predicate)).digest('hex');
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/pipelines/verify.ts











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
    const policyFile = v.policy ? (0,verify/* loadPolicyFile */.n$)(v.policy) : undefined;
    const retryBudget = new retry/* RetryBudget */.Km(config.network.retryBudgetMs);
    let scanner;
    const trust = await (0,verify/* resolveTrustRoot */.r)({
        path: config.sigstore.trustedRoot,
        instance: config.sigstore.instance === 'github' ? 'github' : 'public-good',
        offline: config.sigstore.offline
    });
    const checks = {
        root: trust.root,
        client: new oci/* RegistryClient */.bP({ ...config.registry, retryBudget }),
        github: v.githubAttestations ? githubSource(config) : undefined,
        policyFile,
        inputsPolicy: policyFromInputs(config),
        platforms: v.platforms,
        found: new Map(),
        scanner: () => (scanner ??= (0,vulnerabilities/* openScanner */.n1)(config.vulnerabilities, retryBudget)),
        failOnSeverity: config.vulnerabilities.failOn
    };
    // A scan that is asked for opens its source and VEX document now: a bad path is an input
    // error, not a failure of every image.
    if (config.vulnerabilities.failOn !== 'none' ||
        policyFile?.rules.some(r => r.requirements.maxSeverity !== undefined)) {
        (0,src_config/* requireSourceOffline */.yA)(config.vulnerabilities);
        await checks.scanner();
    }
    const images = [];
    // Each image has its own deadline, so one registry that stalls cannot use up the run;
    // once the run's deadline passes, the images left fail at their first request.
    for (const target of targets)
        images.push(await (0,deadline/* withDeadline */.NE)(config.network.imageTimeoutMs, { what: `checking ${target.reference}`, input: 'timeout', graceMs: 1000 }, () => checkImage(target, checks)).catch((error) => failedCheck(target, error)));
    const report = {
        verified: images.every(i => i.verified) && problems.length === 0,
        trustRoot: trust.source,
        checkedAt: new Date().toISOString(),
        images,
        problems
    };
    const reportPath = (0,external_node_path_.join)(config.outputDir, REPORT_FILE);
    (0,verify/* writeReport */.u5)(reportPath, report);
    (0,verify/* annotate */.fz)(report, v.failOn === 'error');
    for (const image of images)
        if (image.verified)
            log/* log */.Rm.info(`${image.image}: verified (${image.digest})`);
    const failed = images.filter(i => !i.verified).length + problems.length;
    return {
        outputs: { verified: String(report.verified), 'report-path': reportPath },
        summary: (0,verify/* summaryMarkdown */.eH)(report),
        ok: report.verified || v.failOn === 'never',
        ...(report.verified
            ? {}
            : {
                failure: failed === 1 && images.length === 1
                    ? `${images[0]?.image}: ${(0,verify/* imageFailures */.$v)(images[0]).join('; ')}`
                    : `${failed} of ${targets.length + problems.length} image check(s) failed verification (see the report)`
            })
    };
}
function readDockerfiles(patterns, build) {
    const images = [];
    const problems = [];
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    for (const pattern of patterns) {
        const files = /[*?[{]/.test(pattern) ? (0,external_node_fs_.globSync)(pattern).sort() : [pattern];
        if (files.length === 0)
            throw new errors/* ActionError */.lZ('INPUT_INVALID', `input "dockerfile": "${pattern}" matches no file`);
        for (const file of files) {
            let text;
            try {
                text = (0,external_node_fs_.readFileSync)(file, 'utf8');
            }
            catch (error) {
                throw new errors/* ActionError */.lZ('INPUT_INVALID', `input "dockerfile": ${(0,errors/* describeError */.Uc)(error)}`);
            }
            // Annotations need the path relative to the repository root.
            const inWorkspace = (0,external_node_path_.relative)(workspace, file);
            const shown = (0,external_node_path_.isAbsolute)(file) && !inWorkspace.startsWith('..') && !(0,external_node_path_.isAbsolute)(inWorkspace)
                ? inWorkspace
                : file;
            const found = (0,verify/* dockerfileImages */.$H)(text, shown, build);
            images.push(...found.images);
            problems.push(...found.problems);
        }
    }
    return { images, problems };
}
function githubSource(config) {
    const repository = process.env.GITHUB_REPOSITORY;
    if (!repository)
        throw new errors/* ActionError */.lZ('INPUT_INVALID', 'input "github-attestations" needs GITHUB_REPOSITORY', {
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
        (0,verify/* warnIfUnanchored */.rh)(v.certificateIdentityRegexp, 'certificate-identity-regexp');
    if (v.certificateOidcIssuerRegexp)
        (0,verify/* warnIfUnanchored */.rh)(v.certificateOidcIssuerRegexp, 'certificate-oidc-issuer-regexp');
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
                : MAX_BELOW[config.vulnerabilities.failOn]
        }
    };
}
function readKey(key) {
    if (key.includes('-----BEGIN'))
        return key;
    try {
        return (0,external_node_fs_.readFileSync)(key, 'utf8');
    }
    catch (error) {
        throw new errors/* ActionError */.lZ('INPUT_INVALID', `input "key": ${(0,errors/* describeError */.Uc)(error)}`, {
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
    return { ...newReport(target), errors: [(0,errors/* describeError */.Uc)(error)] };
}
async function checkImage(target, checks) {
    const report = newReport(target);
    try {
        const ref = (0,oci/* parseReference */.F2)(target.reference);
        const policy = policyFor(ref, checks);
        report.policy = policy.source;
        const resolved = await checks.client.resolve(ref);
        report.digest = resolved.digest;
        if (!ref.digest) {
            report.resolvedFromTag = true;
            log/* log */.Rm.info(`${target.reference} resolved to ${resolved.digest}`);
        }
        else if (ref.digest !== resolved.digest) {
            throw new errors/* ActionError */.lZ('DIGEST_MISMATCH', `resolved to ${resolved.digest}`);
        }
        const candidates = (digest) => discover(ref, digest, checks);
        const maxSeverity = policy.requirements.maxSeverity;
        const decide = async ({ verifiedSboms, ...verdict }, platform) => {
            const decided = platform ? { ...verdict, platform } : verdict;
            if (maxSeverity !== undefined)
                await checkVulnerabilities(decided, verifiedSboms, ref, {
                    maxSeverity,
                    // Named as the user wrote it: the policy file's rule, or the input.
                    rule: policy.source === 'inputs'
                        ? `fail-on-severity ${checks.failOnSeverity}`
                        : `maxSeverity ${maxSeverity}`
                }, checks.scanner);
            return decided;
        };
        if (resolved.kind === 'image') {
            const found = await candidates(resolved.digest);
            report.platforms.push(await decide((0,verify/* evaluateDigest */.s6)(resolved.digest, found, policy, checks.root)));
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
            const buildx = await (0,oci/* buildxAttestations */.Y2)(checks.client, ref, resolved.index, children.map(c => c.digest));
            for (const child of children) {
                const found = await candidates(child.digest);
                const fromIndex = onIndex.map(c => ({ ...c, platform: child.platform }));
                const platform = await decide((0,verify/* evaluateDigest */.s6)(child.digest, [...found, ...fromIndex], policy, checks.root), child.platform);
                const unsigned = buildx.find(a => a.describes === child.digest);
                if (unsigned)
                    (0,verify/* reportBuildxAttestations */.qo)(platform, unsigned);
                report.platforms.push(platform);
            }
        }
    }
    catch (error) {
        report.errors.push((0,errors/* describeError */.Uc)(error));
    }
    report.verified = report.errors.length === 0 && report.platforms.every(p => p.verified);
    return report;
}
function policyFor(ref, checks) {
    const rule = checks.policyFile ? (0,verify/* ruleForImage */.RP)(checks.policyFile, ref) : undefined;
    if (rule)
        return rule;
    if (checks.inputsPolicy)
        return checks.inputsPolicy;
    throw new errors/* ActionError */.lZ('POLICY_INVALID', `no rule of ${checks.policyFile?.path ?? 'the policy'} matches ${ref.name}${(0,oci/* canonicalName */.Ew)(ref) === ref.name ? '' : ` (compared as ${(0,oci/* canonicalName */.Ew)(ref)})`}`, { hint: 'Add a rule whose "images" glob matches it, or give certificate-identity inputs' });
}
function discover(ref, digest, checks) {
    const key = `${ref.name}@${digest}`;
    let found = checks.found.get(key);
    if (!found) {
        found = (async () => {
            const candidates = await (0,verify/* registryCandidates */.G6)(checks.client, ref, digest);
            if (checks.github)
                candidates.push(...(await (0,verify/* githubCandidates */.aq)(checks.github, ref, digest)));
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
    const images = index.index.manifests.filter(d => !(0,oci/* isAttestationManifest */.gV)(d));
    const chosen = wanted.length === 0
        ? images.map(child => ({ child }))
        : wanted.map(name => {
            const child = (0,oci/* childForPlatform */.px)(images, (0,oci/* parsePlatform */.Y8)(name));
            if (!child)
                throw new errors/* ActionError */.lZ('IMAGE_NOT_FOUND', `the index has no image for ${name} (platforms: ${images.map(d => (d.platform ? (0,oci/* formatPlatform */.Bq)(d.platform) : d.digest)).join(', ') || 'none'})`);
            return { child, wanted: name };
        });
    const children = new Map();
    for (const { child, wanted: name } of chosen) {
        let platform = child.platform ? (0,oci/* normalizePlatform */.FL)(child.platform) : undefined;
        if (!platform) {
            const config = (await index.image(child)).platform;
            const known = config.os !== 'unknown' && config.architecture !== 'unknown';
            if (known && name && (0,oci/* platformRank */.G6)(config, (0,oci/* parsePlatform */.Y8)(name)) === undefined)
                throw new errors/* ActionError */.lZ('IMAGE_NOT_FOUND', `the index has no image for ${name}: its only candidate, ${child.digest}, lists no platform and its config says ${(0,oci/* formatPlatform */.Bq)(config)}`);
            platform = known ? (0,oci/* normalizePlatform */.FL)(config) : undefined;
        }
        children.set(child.digest, platform ? (0,oci/* formatPlatform */.Bq)(platform) : 'unknown (no platform in the index or the config)');
    }
    return [...children].map(([digest, platform]) => ({ digest, platform }));
}


/***/ })

};
