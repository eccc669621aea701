export const id = 808;
export const ids = [808];
export const modules = {

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


/***/ }),

/***/ 23427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runFind: () => (/* binding */ runFind)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/find/query.ts
var query = __webpack_require__(37611);
// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(87091);
// EXTERNAL MODULE: ./src/json.ts
var json = __webpack_require__(8301);
;// CONCATENATED MODULE: ./src/find/packages.ts



/** The property our CycloneDX writes the source package into (`name` or `name@version`). */
const SOURCE_PROPERTY = 'sbom-sign-action:package:source';
const PATH_PROPERTY = 'sbom-sign-action:path';
/** syft's first location; other generators' locations are read from CycloneDX evidence. */
const SYFT_PATH_PROPERTY = 'syft:location:0:path';
/** purl types whose `upstream` qualifier / source property names a source package. */
const SOURCE_TYPES = new Set(['deb', 'apk']);
/** Budgets: an attested SBOM is already bounded in bytes; these bound the walk over it. */
const MAX_PACKAGES = 1_000_000;
const MAX_DEPTH = 32;
const tooLarge = (why) => new errors/* ActionError */.lZ('SBOM_INVALID', `the SBOM ${why}`, {
    hint: 'An SBOM this large is not one of an image; check what was attested'
});
/** The packages of a CycloneDX or SPDX JSON document (the OS and image entries left out). */
function sbomPackages(document) {
    const doc = (0,json/* isJsonObject */.O)(document) ? document : {};
    const packages = [];
    if (doc.bomFormat === 'CycloneDX')
        collectCycloneDx(doc.components, packages, 0);
    else if (typeof doc.spdxVersion === 'string')
        collectSpdx(doc.packages, packages);
    else
        throw new errors/* ActionError */.lZ('SBOM_INVALID', 'the SBOM is neither CycloneDX nor SPDX JSON');
    return packages;
}
function collectCycloneDx(components, into, depth) {
    if (!Array.isArray(components))
        return;
    if (depth > MAX_DEPTH)
        throw tooLarge(`nests components deeper than ${MAX_DEPTH}`);
    for (const component of components) {
        if (!(0,json/* isJsonObject */.O)(component) || typeof component.name !== 'string')
            continue;
        if (component.type !== 'operating-system' && component.type !== 'container') {
            const properties = new Map();
            if (Array.isArray(component.properties))
                for (const p of component.properties)
                    if ((0,json/* isJsonObject */.O)(p) && typeof p.name === 'string' && typeof p.value === 'string')
                        if (!properties.has(p.name))
                            properties.set(p.name, p.value);
            add(into, {
                name: component.name,
                version: stringOr(component.version),
                purl: stringOr(component.purl),
                source: properties.get(SOURCE_PROPERTY),
                location: properties.get(PATH_PROPERTY) ??
                    properties.get(SYFT_PATH_PROPERTY) ??
                    evidenceLocation(component.evidence)
            });
        }
        collectCycloneDx(component.components, into, depth + 1);
    }
}
function evidenceLocation(evidence) {
    const occurrences = (0,json/* isJsonObject */.O)(evidence) ? evidence.occurrences : undefined;
    const first = Array.isArray(occurrences) ? occurrences[0] : undefined;
    return (0,json/* isJsonObject */.O)(first) ? stringOr(first.location) : undefined;
}
function collectSpdx(list, into) {
    if (!Array.isArray(list))
        return;
    for (const pkg of list) {
        if (!(0,json/* isJsonObject */.O)(pkg) || typeof pkg.name !== 'string')
            continue;
        const purpose = pkg.primaryPackagePurpose;
        if (purpose === 'OPERATING-SYSTEM' || purpose === 'CONTAINER')
            continue;
        const refs = Array.isArray(pkg.externalRefs) ? pkg.externalRefs : [];
        const purlRef = refs.find(r => (0,json/* isJsonObject */.O)(r) && r.referenceType === 'purl');
        const sourceInfo = stringOr(pkg.sourceInfo);
        add(into, {
            name: pkg.name,
            version: stringOr(pkg.versionInfo),
            purl: (0,json/* isJsonObject */.O)(purlRef) ? stringOr(purlRef.referenceLocator) : undefined,
            // Ours and syft's say "\u2026 in /path" / "\u2026: /path".
            location: sourceInfo ? /(?:in|:) (\/\S+)$/.exec(sourceInfo)?.[1] : undefined
        });
    }
}
function add(into, found) {
    if (into.length >= MAX_PACKAGES)
        throw tooLarge(`lists more than ${MAX_PACKAGES} packages`);
    const listed = { name: found.name, qualifiers: {} };
    if (found.version)
        listed.version = found.version;
    if (found.location)
        listed.location = found.location;
    const purl = found.purl ? parsePurl(found.purl) : undefined;
    if (found.purl && purl) {
        listed.purl = found.purl;
        listed.type = purl.type;
        if (purl.namespace)
            listed.namespace = purl.namespace;
        listed.purlName = purl.name;
        listed.qualifiers = { ...(purl.qualifiers ?? {}) };
    }
    const source = listed.type && SOURCE_TYPES.has(listed.type)
        ? (found.source ?? listed.qualifiers.upstream)
        : undefined;
    if (source) {
        const at = source.indexOf('@');
        const name = at === -1 ? source : source.slice(0, at);
        if (name)
            listed.source = at === -1 ? { name } : { name, version: source.slice(at + 1) };
    }
    into.push(listed);
}
/** An invalid purl in an SBOM leaves the package to be found by name only. */
function parsePurl(text) {
    try {
        return packageurl_js.PackageURL.fromString(text);
    }
    catch {
        return undefined;
    }
}
function stringOr(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}

// EXTERNAL MODULE: ./src/vuln/versions/index.ts + 13 modules
var versions = __webpack_require__(50342);
;// CONCATENATED MODULE: ./src/find/match.ts

/** purl types whose names purl-spec makes case-insensitive (and pypi's `-_.` runs equal). */
const CASE_INSENSITIVE = new Set(['apk', 'bitbucket', 'composer', 'deb', 'github', 'npm', 'pypi']);
/** Packages of `packages` that `query` finds, with those whose version cannot be compared. */
function matchPackages(query, packages) {
    const ranges = new RangeCache(query.range);
    const result = { matches: [], undetermined: [] };
    for (const pkg of packages) {
        const byName = namedBy(query, pkg);
        const bySource = !byName && sourceNamedBy(query, pkg);
        if (!byName && !bySource)
            continue;
        const version = bySource ? (pkg.source?.version ?? pkg.version) : pkg.version;
        const shown = {
            name: pkg.name,
            ...(pkg.version ? { version: pkg.version } : {}),
            ...(pkg.purl ? { purl: pkg.purl } : {}),
            ...(pkg.location ? { location: pkg.location } : {})
        };
        const verdict = ranges.contains(pkg.type, version);
        if (typeof verdict === 'string') {
            result.undetermined.push({ ...shown, why: verdict });
            continue;
        }
        if (!verdict)
            continue;
        result.matches.push(bySource && pkg.source
            ? {
                ...shown,
                via: 'source',
                source: pkg.source.version
                    ? `${pkg.source.name}@${pkg.source.version}`
                    : pkg.source.name
            }
            : { ...shown, via: 'package' });
    }
    return result;
}
/** Whether the package's own name (and purl type, namespace, qualifiers) is the query's. */
function namedBy(query, pkg) {
    if (query.kind === 'name') {
        const names = pkg.purlName
            ? [
                pkg.purlName,
                ...(pkg.namespace
                    ? [`${pkg.namespace}/${pkg.purlName}`, `${pkg.namespace}:${pkg.purlName}`]
                    : [])
            ]
            : [pkg.name];
        return names.some(n => sameName(pkg.type, n, query.name));
    }
    return (pkg.type === query.type &&
        sameNamespace(query, pkg) &&
        sameName(pkg.type, pkg.purlName ?? '', query.name) &&
        qualifiersMatch(query, pkg));
}
/** A distro package found by its source package: a query for xz-utils finds liblzma5. */
function sourceNamedBy(query, pkg) {
    if (!pkg.source)
        return false;
    if (query.kind === 'name')
        return sameName(pkg.type, pkg.source.name, query.name);
    return (pkg.type === query.type &&
        sameNamespace(query, pkg) &&
        sameName(pkg.type, pkg.source.name, query.name) &&
        qualifiersMatch(query, pkg));
}
function sameNamespace(query, pkg) {
    return query.namespace === undefined || sameName(pkg.type, pkg.namespace ?? '', query.namespace);
}
function qualifiersMatch(query, pkg) {
    return Object.entries(query.qualifiers).every(([key, value]) => pkg.qualifiers[key] === value);
}
function sameName(type, a, b) {
    if (type === undefined || !CASE_INSENSITIVE.has(type))
        return a === b;
    const fold = (s) => (type === 'pypi' ? s.replace(/[-_.]+/g, '-') : s).toLowerCase();
    return fold(a) === fold(b);
}
/**
 * The query's range in each package's version scheme, parsed once per scheme. A name query's
 * range meets packages of every ecosystem; where it cannot be read, or a version cannot be
 * compared, the answer is a reason rather than a guess.
 */
class RangeCache {
    range;
    parsed = new Map();
    constructor(range) {
        this.range = range;
    }
    /** true/false, or why the version cannot be compared. */
    contains(type, version) {
        const range = this.range;
        if (range === undefined)
            return true;
        if (!version)
            return 'the SBOM gives no version';
        const scheme = type ? (0,versions/* schemeForPurlType */.is)(type) : undefined;
        if (!scheme)
            return /[<>=!|,*]/.test(range)
                ? `no version ordering is known for ${type ? `${type} packages` : 'packages without a purl'}`
                : version === range;
        let parsed = this.parsed.get(scheme);
        if (parsed === undefined) {
            try {
                parsed = (0,versions/* parseVersionRange */.FG)(scheme, range);
            }
            catch (error) {
                parsed = `"${range}" is not a ${scheme} version range (${error.message})`;
            }
            this.parsed.set(scheme, parsed);
        }
        if (typeof parsed === 'string')
            return parsed;
        try {
            return (0,versions/* rangeContains */.dF)(parsed, version);
        }
        catch (error) {
            return `${version} is not a ${scheme} version (${error.message})`;
        }
    }
}

;// CONCATENATED MODULE: ./src/find/verified-sbom.ts
/** Reasons shown for an image without a verified SBOM; the rest are counted. */
const MAX_REASONS = 3;
/**
 * The SBOM to search among what verification left of an image's candidates: the newest
 * verified SBOM attestation (several are the same image's SBOM written at different times).
 * Without one, why not, in a line.
 */
function chooseVerifiedSbom(verified) {
    const sboms = verified.filter(v => v.finding.verified && v.finding.kind === 'sbom' && v.statement);
    const newest = sboms.sort((a, b) => (b.finding.signedAt ?? '').localeCompare(a.finding.signedAt ?? ''))[0];
    if (newest?.statement) {
        const f = newest.finding;
        return {
            document: newest.statement.predicate,
            origin: {
                kind: 'verified attestation',
                origin: f.origin,
                ...(f.predicateType ? { predicateType: f.predicateType } : {}),
                ...(f.signer ? { signer: f.signer } : {}),
                ...(f.issuer ? { issuer: f.issuer } : {}),
                ...(f.signedAt ? { signedAt: f.signedAt } : {})
            }
        };
    }
    return { reason: whyNone(verified.map(v => v.finding)) };
}
function whyNone(findings) {
    if (findings.length === 0)
        return 'no signatures or attestations found';
    const sboms = findings.filter(f => f.kind === 'sbom');
    if (sboms.length > 0)
        return `its SBOM attestations do not verify: ${reasons(sboms)}`;
    if (findings.some(f => f.verified))
        return 'signed by a trusted signer, but no SBOM attestation was found';
    return `none of the ${findings.length} signatures/attestations found verifies: ${reasons(findings)}`;
}
function reasons(findings) {
    const unique = [...new Set(findings.map(f => f.reason ?? 'not verified'))];
    const shown = unique.slice(0, MAX_REASONS).join('; ');
    return unique.length > MAX_REASONS ? `${shown}; and ${unique.length - MAX_REASONS} more` : shown;
}

// EXTERNAL MODULE: ./src/files/index.ts + 2 modules
var files = __webpack_require__(97053);
;// CONCATENATED MODULE: ./src/find/report.ts

const NAME_QUERY_NOTE = "a plain name is matched against package names in every ecosystem (and distro source packages), each version by its own ecosystem's rules";
/** Counts over every image and platform; an image that failed as a whole counts once as unchecked. */
function countResults(images) {
    const counts = { contains: 0, mayContain: 0, doesNotContain: 0, unchecked: 0 };
    for (const image of images) {
        if (image.error)
            counts.unchecked++;
        for (const p of image.platforms) {
            if (p.status === 'contains')
                counts.contains++;
            else if (p.status === 'may contain')
                counts.mayContain++;
            else if (p.status === 'does not contain')
                counts.doesNotContain++;
            else
                counts.unchecked++;
        }
    }
    return counts;
}
async function writeFindReport(path, report, origin) {
    await (0,files/* writeFileAtomic */.Zf)(path, `${JSON.stringify(report, null, 2)}\n`, origin);
}
function rows(report) {
    const out = [];
    for (const image of report.images) {
        if (image.error)
            out.push({ image: image.image, platform: '', result: 'error', detail: image.error });
        for (const p of image.platforms)
            out.push({
                image: image.image,
                platform: p.platform ?? '',
                result: p.status + (p.sbom?.kind === 'generated' ? ' (generated SBOM, not verified)' : ''),
                detail: detail(p)
            });
    }
    return out;
}
function detail(p) {
    if (p.status === 'no verified SBOM')
        return p.reason ?? '';
    const found = p.matches.map(describeMatch);
    const unsure = p.undetermined.map(u => `${u.name}${u.version ? ` ${u.version}` : ''}: ${u.why}`);
    return [...found, ...unsure].join('; ');
}
function describeMatch(m) {
    const via = m.via === 'source' ? ` (source ${m.source})` : '';
    return `${m.name} ${m.version ?? '(no version)'}${via}${m.location ? ` at ${m.location}` : ''}`;
}
function verdictLine(report) {
    const c = report.counts;
    return (`${c.contains} contain, ${c.mayContain} may contain, ${c.doesNotContain} do not contain, ` +
        `${c.unchecked} could not be checked`);
}
/** The table the CLI prints: one row per image and platform. */
function findTable(report) {
    const header = { image: 'IMAGE', platform: 'PLATFORM', result: 'RESULT', detail: 'DETAIL' };
    const all = [header, ...rows(report)];
    const width = (key) => Math.max(...all.map(r => r[key].length));
    const [image, platform, result] = [width('image'), width('platform'), width('result')];
    const lines = all.map(r => [r.image.padEnd(image), r.platform.padEnd(platform), r.result.padEnd(result), r.detail]
        .join('  ')
        .trimEnd());
    return [
        `query: ${report.query.text}${report.query.note ? ` (${report.query.note})` : ''}`,
        ...lines,
        verdictLine(report),
        ''
    ].join('\n');
}
const escapeCell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const MARK = {
    contains: '\ud83d\udd34 contains',
    'may contain': '\ud83d\udfe0 may contain',
    'does not contain': '\ud83d\udfe2 does not contain',
    'no verified SBOM': '\u26aa no verified SBOM'
};
/** The job summary: the query, then one row per image and platform. */
function findSummaryMarkdown(report) {
    const table = [
        '| Image | Platform | Result | Packages / reason |',
        '| --- | --- | --- | --- |',
        ...report.images.flatMap(image => [
            ...(image.error
                ? [`| ${escapeCell(image.image)} | | \u274c error | ${escapeCell(image.error)} |`]
                : []),
            ...image.platforms.map(p => `| ${escapeCell(image.image)} | ${p.platform ?? ''} | ${MARK[p.status]}${p.sbom?.kind === 'generated' ? ' (generated SBOM, not verified)' : ''} | ${escapeCell(detail(p))} |`)
        ])
    ];
    return [
        '### Which images contain it?',
        '',
        `Query: \`${report.query.text}\`${report.query.note ? ` \u2014 ${report.query.note}` : ''}`,
        '',
        `${verdictLine(report)}.`,
        '',
        ...table,
        '',
        `Trust root: ${report.trustRoot}`,
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/find/index.ts






// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/network/semaphore.ts
var semaphore = __webpack_require__(79788);
// EXTERNAL MODULE: ./src/network/deadline.ts + 1 modules
var deadline = __webpack_require__(2850);
// EXTERNAL MODULE: ./src/oci/index.ts + 18 modules
var oci = __webpack_require__(62786);
// EXTERNAL MODULE: ./src/sbom/index.ts + 50 modules
var src_sbom = __webpack_require__(18950);
// EXTERNAL MODULE: ./src/verify/index.ts + 26 modules
var verify = __webpack_require__(85039);
// EXTERNAL MODULE: ./src/pipelines/verify-checks.ts
var verify_checks = __webpack_require__(46782);
;// CONCATENATED MODULE: ./src/pipelines/find.ts










const REPORT_FILE = 'sbom-sign-find-report.json';
/**
 * inputs \u2192 discover \u2192 verify \u2192 SBOM \u2192 match \u2192 report: which of the images hold the package.
 * Each image's SBOM is the one its verified attestation carries (verify mode's discovery and
 * bundle verification), or with `generate` one read from its layers, marked as such.
 */
async function runFind(config) {
    const { query, concurrency, generate } = config.find;
    const { checks, trustSource } = await (0,verify_checks/* prepareChecks */.DB)(config);
    const images = await (0,semaphore/* mapConcurrently */.X)(config.verify.images, concurrency, reference => 
    // Each image has its own deadline, as in verify mode: one stalling registry cannot use
    // up the run.
    (0,deadline/* withDeadline */.NE)(config.network.imageTimeoutMs, { what: `checking ${reference}`, input: 'timeout', graceMs: 1000 }, () => findInImage(reference, query, checks, generate)).catch((error) => ({
        image: reference,
        platforms: [],
        error: (0,errors/* describeError */.Uc)(error)
    })));
    const report = {
        query: { ...query, ...(query.kind === 'name' ? { note: NAME_QUERY_NOTE } : {}) },
        trustRoot: trustSource,
        checkedAt: new Date().toISOString(),
        images,
        counts: countResults(images)
    };
    const reportPath = (0,external_node_path_.join)(config.outputDir, REPORT_FILE);
    await writeFindReport(reportPath, report, config.outputOrigin);
    const { contains, mayContain, unchecked } = report.counts;
    for (const image of images) {
        if (image.error)
            log/* log */.Rm.error(`${image.image}: ${image.error}`);
        for (const p of image.platforms)
            if (p.status === 'no verified SBOM')
                log/* log */.Rm.warning(`${image.image}${p.platform ? ` (${p.platform})` : ''}: no verified SBOM: ${p.reason}`);
    }
    const found = contains + mayContain;
    const failure = config.find.failIfFound && found > 0
        ? `${found} image(s)/platform(s) contain or may contain ${query.text} (see the report)`
        : unchecked > 0
            ? `${unchecked} image(s)/platform(s) could not be checked (see the report)`
            : undefined;
    return {
        outputs: {
            'find-report-path': reportPath,
            found: String(contains),
            'may-contain': String(mayContain),
            unchecked: String(unchecked)
        },
        summary: findSummaryMarkdown(report),
        console: findTable(report),
        ok: failure === undefined,
        ...(failure ? { failure } : {}),
        ...(config.find.failIfFound && found > 0 ? { exitCode: 3 } : {})
    };
}
async function findInImage(reference, query, checks, generate) {
    const result = { image: reference, platforms: [] };
    try {
        const ref = (0,oci/* parseReference */.F2)(reference);
        const policy = (0,verify_checks/* policyFor */.KV)(ref, checks);
        const resolved = await checks.client.resolve(ref);
        result.digest = resolved.digest;
        if (ref.digest && ref.digest !== resolved.digest)
            throw new errors/* ActionError */.lZ('DIGEST_MISMATCH', `resolved to ${resolved.digest}`);
        const subjects = await (0,verify_checks/* discoverSubjects */.H0)(ref, resolved, checks.platforms, checks);
        for (const subject of subjects)
            result.platforms.push(await findInSubject(ref, subject, policy, query, checks, generate).catch((error) => ({
                ...(subject.platform ? { platform: subject.platform } : {}),
                digest: subject.digest,
                status: 'no verified SBOM',
                reason: (0,errors/* describeError */.Uc)(error),
                packages: 0,
                matches: [],
                undetermined: []
            })));
    }
    catch (error) {
        result.error = (0,errors/* describeError */.Uc)(error);
    }
    return result;
}
async function findInSubject(ref, subject, policy, query, checks, generate) {
    const base = {
        ...(subject.platform ? { platform: subject.platform } : {}),
        digest: subject.digest
    };
    const chosen = chooseVerifiedSbom((0,verify/* verifyCandidates */.Am)(subject.digest, subject.candidates, policy, checks.root));
    let document;
    let origin;
    let reason;
    if ('document' in chosen) {
        document = chosen.document;
        origin = chosen.origin;
    }
    else if (generate) {
        reason = chosen.reason;
        log/* log */.Rm.info(`${ref.name}@${subject.digest}: no verified SBOM (${reason}); generating one`);
        const sbom = await (0,src_sbom/* generateSbom */.N3)(await subject.image(), {
            format: 'cyclonedx-json',
            imageName: ref.name
        });
        document = sbom.document;
        origin = { kind: 'generated' };
    }
    else {
        return {
            ...base,
            status: 'no verified SBOM',
            reason: chosen.reason,
            packages: 0,
            matches: [],
            undetermined: []
        };
    }
    const packages = sbomPackages(document);
    const { matches, undetermined } = matchPackages(query, packages);
    return {
        ...base,
        status: matches.length > 0
            ? 'contains'
            : undetermined.length > 0
                ? 'may contain'
                : 'does not contain',
        sbom: origin,
        ...(reason ? { reason } : {}),
        packages: packages.length,
        matches,
        undetermined
    };
}


/***/ }),

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


/***/ })

};
