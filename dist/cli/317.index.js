export const id = 317;
export const ids = [317];
export const modules = {

/***/ 1279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ei: () => (/* binding */ applyGate),
  Ks: () => (/* reexport */ loadVex),
  zc: () => (/* reexport */ parseIgnores)
});

// EXTERNAL MODULE: ./src/vuln/severity/index.ts + 2 modules
var severity = __webpack_require__(40299);
// EXTERNAL MODULE: ./src/vuln/types.ts
var types = __webpack_require__(18306);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/vuln/gate/ignores.ts

/** An ignore list longer than this is a mistake, not a policy. */
const MAX_RULES = 10_000;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
/**
 * Ignore entries, separated by newlines or commas: `ID` or `ID until=YYYY-MM-DD`, where ID is
 * a record ID or any of its aliases (`GHSA-\u2026`, `CVE-\u2026`, `DSA-\u2026`). `#` starts a comment.
 */
function parseIgnores(text) {
    const rules = [];
    for (const line of text.split(/\r?\n/)) {
        for (const raw of line.replace(/#.*/, '').split(',')) {
            const entry = raw.trim();
            if (entry === '')
                continue;
            if (rules.length >= MAX_RULES)
                throw new errors/* ActionError */.lZ('INPUT_INVALID', `ignore-vulnerabilities has more than ${MAX_RULES} entries`);
            rules.push(parseEntry(entry));
        }
    }
    return rules;
}
function parseEntry(entry) {
    const [id = '', ...options] = entry.split(/\s+/);
    const invalid = (what) => new errors/* ActionError */.lZ('INPUT_INVALID', `ignore-vulnerabilities entry "${entry.slice(0, 200)}": ${what}`, {
        hint: 'Write one ID or alias per entry, optionally followed by until=YYYY-MM-DD, e.g. "CVE-2024-3094 until=2026-12-31"'
    });
    if (!ID.test(id))
        throw invalid(`"${id.slice(0, 130)}" is not a vulnerability ID`);
    if (options.length === 0)
        return { id, text: entry };
    const until = options.length === 1 ? /^until=(\d{4}-\d{2}-\d{2})$/.exec(options[0] ?? '')?.[1] : undefined;
    if (!until)
        throw invalid('the only option is until=YYYY-MM-DD');
    if (!isCalendarDate(until))
        throw invalid(`${until} is not a date`);
    return { id, until, text: entry };
}
function isCalendarDate(text) {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
/** True once the rule's last day (UTC) is over. */
function lapsed(rule, now) {
    return rule.until !== undefined && now.toISOString().slice(0, 10) > rule.until;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(87091);
// EXTERNAL MODULE: ./src/json.ts
var json = __webpack_require__(8301);
;// CONCATENATED MODULE: ./src/vuln/gate/vex.ts




/**
 * OpenVEX 0.2.0 documents (https://github.com/openvex/spec): statements that a vulnerability
 * does or does not affect a product, which the gate uses to set findings aside. The file is the
 * user's, but it may be generated or fetched: it is bounded and checked before anything in it
 * counts, and a document that breaks the specification is an error, never half-read.
 */
const VEX_CONTEXT = 'https://openvex.dev/ns/v0.2.0';
const MAX_VEX_BYTES = 8 * 1024 * 1024;
const MAX_VEX_STATEMENTS = 10_000;
/** Products and subcomponents over all statements. */
const MAX_VEX_PRODUCTS = 100_000;
const VEX_STATUSES = ['not_affected', 'affected', 'fixed', 'under_investigation'];
/** OpenVEX 0.2.0 \u00a7Status Justifications. */
const JUSTIFICATIONS = new Set([
    'component_not_present',
    'vulnerable_code_not_present',
    'vulnerable_code_not_in_execute_path',
    'vulnerable_code_cannot_be_controlled_by_adversary',
    'inline_mitigations_already_exist'
]);
/** A purl's identifying parts in the normal form of its type, or undefined when it is not a purl. */
function purlKey(text) {
    try {
        return keyOf(packageurl_js.PackageURL.fromString(text));
    }
    catch {
        return undefined;
    }
}
function keyOf(purl) {
    return {
        type: purl.type,
        ...(purl.namespace ? { namespace: purl.namespace } : {}),
        name: purl.name,
        ...(purl.version ? { version: purl.version } : {})
    };
}
/**
 * Whether a product's purl names a package: same type, namespace and name, and the same version
 * unless the product gives none (then it speaks of every version, as OpenVEX specifies).
 */
function purlMatches(product, pkg) {
    return (product.type === pkg.type &&
        product.namespace === pkg.namespace &&
        product.name === pkg.name &&
        (product.version === undefined || product.version === pkg.version));
}
const DIGEST = /^sha(256:[a-f0-9]{64}|384:[a-f0-9]{96}|512:[a-f0-9]{128})$/;
/** The image digest an identifier names: `pkg:oci/name@sha256:\u2026`, `registry/repo@sha256:\u2026` or a bare digest. */
function imageDigest(id, purl) {
    if (purl)
        return purl.type === 'oci' && purl.version && DIGEST.test(purl.version)
            ? purl.version
            : undefined;
    const digest = id.includes('@') ? id.slice(id.lastIndexOf('@') + 1) : id;
    return DIGEST.test(digest) ? digest : undefined;
}
/** Reads and checks an OpenVEX 0.2.0 document. Errors name the file and what is wrong with it. */
async function loadVex(path) {
    const invalid = (what) => new errors/* ActionError */.lZ('INPUT_INVALID', `VEX document ${path}: ${what}`, {
        hint: `Give an OpenVEX ${VEX_CONTEXT.slice(VEX_CONTEXT.lastIndexOf('/') + 1)} JSON document (https://github.com/openvex/spec)`
    });
    let size;
    try {
        const info = await (0,promises_.stat)(path);
        if (!info.isFile())
            throw new Error('not a file');
        size = info.size;
    }
    catch (error) {
        throw new errors/* ActionError */.lZ('INPUT_INVALID', `VEX document ${path} cannot be read: ${error.message}`, {
            cause: error
        });
    }
    if (size > MAX_VEX_BYTES)
        throw invalid(`${size} bytes is more than the ${MAX_VEX_BYTES} allowed`);
    let document;
    try {
        document = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        throw invalid(`not JSON (${error.message})`);
    }
    return { path, statements: parseVex(document, invalid) };
}
const optionalString = (value) => typeof value === 'string' && value !== '' ? value : undefined;
function parseVex(document, invalid) {
    if (!(0,json/* isJsonObject */.O)(document))
        throw invalid('not a JSON object');
    if (document['@context'] !== VEX_CONTEXT)
        throw invalid(`"@context" is ${JSON.stringify(document['@context'])?.slice(0, 100)}, not "${VEX_CONTEXT}"`);
    const documentTime = timestampOf(document.timestamp, 'the document', invalid);
    const statements = document.statements;
    if (!Array.isArray(statements))
        throw invalid('"statements" is not a list');
    if (statements.length > MAX_VEX_STATEMENTS)
        throw invalid(`${statements.length} statements is more than the ${MAX_VEX_STATEMENTS} allowed`);
    const budget = { products: MAX_VEX_PRODUCTS };
    return statements.map((statement, index) => parseStatement(statement, index, documentTime, budget, invalid));
}
function timestampOf(value, where, invalid) {
    if (value === undefined)
        return undefined;
    const time = typeof value === 'string' ? Date.parse(value) : NaN;
    if (Number.isNaN(time))
        throw invalid(`${where} has a timestamp that is not a date: ${String(value).slice(0, 60)}`);
    return time;
}
function parseStatement(statement, index, documentTime, budget, invalid) {
    const where = `statement ${index + 1}`;
    if (!(0,json/* isJsonObject */.O)(statement))
        throw invalid(`${where} is not an object`);
    const vulnerability = statement.vulnerability;
    const name = (0,json/* isJsonObject */.O)(vulnerability) ? optionalString(vulnerability.name) : undefined;
    if (!name || !(0,json/* isJsonObject */.O)(vulnerability))
        throw invalid(`${where} has no vulnerability.name`);
    const aliases = vulnerability.aliases ?? [];
    if (!Array.isArray(aliases) || aliases.length > 100 || !aliases.every(a => typeof a === 'string'))
        throw invalid(`${where}: vulnerability.aliases is not a list of at most 100 IDs`);
    const status = statement.status;
    if (!VEX_STATUSES.includes(status))
        throw invalid(`${where} has status ${JSON.stringify(status)?.slice(0, 60)}, not one of ${VEX_STATUSES.join(', ')}`);
    const justification = optionalString(statement.justification);
    if (justification !== undefined && !JUSTIFICATIONS.has(justification))
        throw invalid(`${where} has justification "${justification.slice(0, 80)}", not one of ${[...JUSTIFICATIONS].join(', ')}`);
    const impactStatement = optionalString(statement.impact_statement);
    if (status === 'not_affected' && !justification && !impactStatement)
        throw invalid(`${where} says not_affected without a justification or impact_statement`);
    const timestamp = timestampOf(statement.timestamp, where, invalid) ?? documentTime;
    if (timestamp === undefined)
        throw invalid(`${where} has no timestamp, and neither has the document`);
    if (!Array.isArray(statement.products) || statement.products.length === 0)
        throw invalid(`${where} names no products`);
    const products = statement.products.map(p => parseProduct(p, where, budget, invalid, true));
    return {
        vulnerabilities: [name, ...aliases].map(id => id.toLowerCase()),
        products,
        status: status,
        ...(justification ? { justification } : {}),
        ...(impactStatement ? { impactStatement } : {}),
        timestamp,
        index
    };
}
function parseProduct(product, where, budget, invalid, top) {
    if (--budget.products < 0)
        throw invalid(`more than ${MAX_VEX_PRODUCTS} products and subcomponents`);
    if (!(0,json/* isJsonObject */.O)(product))
        throw invalid(`${where} has a product that is not an object`);
    const identifiers = (0,json/* isJsonObject */.O)(product.identifiers) ? product.identifiers : {};
    const id = optionalString(product['@id']) ?? optionalString(identifiers.purl);
    if (!id)
        throw invalid(`${where} has a product without "@id" or identifiers.purl`);
    let parsed;
    try {
        parsed = id.startsWith('pkg:') ? packageurl_js.PackageURL.fromString(id) : undefined;
    }
    catch {
        throw invalid(`${where}: product "${id.slice(0, 200)}" is not a valid purl`);
    }
    const digest = imageDigest(id, parsed);
    const subcomponents = product.subcomponents ?? [];
    if (!Array.isArray(subcomponents))
        throw invalid(`${where}: subcomponents of "${id.slice(0, 200)}" is not a list`);
    if (!top && subcomponents.length > 0)
        throw invalid(`${where}: a subcomponent has subcomponents`);
    return {
        id,
        ...(parsed && !digest ? { purl: keyOf(parsed) } : {}),
        ...(digest ? { digest } : {}),
        subcomponents: subcomponents.map(s => parseProduct(s, where, budget, invalid, false))
    };
}

;// CONCATENATED MODULE: ./src/vuln/gate/index.ts






/**
 * Decides which findings fail: VEX `not_affected`/`fixed` statements and live ignores set
 * findings aside; an ignore past its date no longer does (the finding counts, and the ignore is
 * listed to warn about); the rest fail when ranked at or above `failOn`, an `unknown` finding
 * ranking as `unknownAs`.
 */
function applyGate(findings, options) {
    const counts = Object.fromEntries(types/* SEVERITIES */.o.map(s => [s, 0]));
    const failing = [];
    const lapsedIgnores = new Set();
    const threshold = options.failOn === 'none' ? Infinity : (0,severity/* severityRank */.qs)(options.failOn);
    const unknownRank = options.unknownAs === 'unknown' ? (0,severity/* severityRank */.qs)('critical') : (0,severity/* severityRank */.qs)(options.unknownAs);
    const subject = {
        digest: options.subject.digest,
        purls: (options.subject.purls ?? []).flatMap(p => purlKey(p) ?? [])
    };
    const vex = indexByVulnerability(options.vex);
    const gated = findings.map(finding => {
        const ids = [finding.id, ...finding.aliases].map(id => id.toLowerCase());
        const suppressed = finding.suppressed ??
            vexSuppression(ids, finding.package.purl, vex, subject) ??
            ignoreSuppression(ids, options, lapsedIgnores);
        const result = suppressed ? { ...finding, suppressed } : finding;
        if (suppressed)
            return result;
        counts[finding.rating.severity]++;
        const rank = finding.rating.severity === 'unknown' ? unknownRank : (0,severity/* severityRank */.qs)(finding.rating.severity);
        if (rank >= threshold)
            failing.push(result);
        return result;
    });
    return { findings: gated, failing, lapsedIgnores: [...lapsedIgnores], counts };
}
function ignoreSuppression(ids, options, lapsedIgnores) {
    const rules = options.ignores.filter(rule => ids.includes(rule.id.toLowerCase()));
    const live = rules.find(rule => !lapsed(rule, options.now));
    if (live)
        return { by: 'ignore', reason: live.text, ...(live.until ? { until: live.until } : {}) };
    for (const rule of rules)
        lapsedIgnores.add(rule);
    return undefined;
}
/** VEX statements by each (lower-cased) vulnerability ID and alias they name. */
function indexByVulnerability(vex) {
    const index = new Map();
    for (const statement of vex?.statements ?? [])
        for (const id of new Set(statement.vulnerabilities)) {
            const list = index.get(id);
            if (list)
                list.push(statement);
            else
                index.set(id, [statement]);
        }
    return index;
}
/**
 * The latest VEX statement about this vulnerability in this package decides (among statements
 * of one time, the later in the document); only `not_affected` and `fixed` suppress.
 */
function vexSuppression(ids, purl, vex, subject) {
    if (vex.size === 0)
        return undefined;
    const pkg = purlKey(purl);
    let latest;
    for (const statement of ids.flatMap(id => vex.get(id) ?? [])) {
        if (!statement.products.some(product => productCovers(product, pkg, subject)))
            continue;
        if (!latest ||
            statement.timestamp > latest.timestamp ||
            (statement.timestamp === latest.timestamp && statement.index > latest.index))
            latest = statement;
    }
    if (!latest || (latest.status !== 'not_affected' && latest.status !== 'fixed'))
        return undefined;
    const why = [latest.justification, latest.impactStatement].filter(Boolean).join(': ');
    return { by: 'vex', reason: why ? `${latest.status}: ${why}` : latest.status };
}
/**
 * Whether a VEX product speaks of this package: the product is the package itself, or the
 * product is the scanned subject (its image digest or purl) and either names no subcomponents
 * (the statement covers all of it) or names this package among them.
 */
function productCovers(product, pkg, subject) {
    if (pkg && product.purl && purlMatches(product.purl, pkg))
        return true;
    const productPurl = product.purl;
    const isSubject = (product.digest !== undefined && product.digest === subject.digest) ||
        (productPurl !== undefined && subject.purls.some(s => purlMatches(productPurl, s)));
    if (!isSubject)
        return false;
    if (product.subcomponents.length === 0)
        return true;
    return (pkg !== undefined &&
        product.subcomponents.some(s => s.purl !== undefined && purlMatches(s.purl, pkg)));
}


/***/ }),

/***/ 65315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  we: () => (/* reexport */ OSV_API_URL),
  YW: () => (/* reexport */ match),
  dW: () => (/* reexport */ osvApi),
  C5: () => (/* reexport */ osvDatabase),
  DT: () => (/* reexport */ packagesOf)
});

// UNUSED EXPORTS: DEFAULT_DATABASE_BUDGETS

// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(87091);
// EXTERNAL MODULE: ./src/json.ts
var json = __webpack_require__(8301);
// EXTERNAL MODULE: ./src/sbom/tool.ts + 1 modules
var tool = __webpack_require__(48845);
// EXTERNAL MODULE: ./src/vuln/versions/index.ts + 13 modules
var versions = __webpack_require__(50342);
;// CONCATENATED MODULE: ./src/vuln/osv/source.ts
/** Whether an affected entry's package is `pkg`'s OSV package (PyPI names compare normalised). */
function namesPackage(affected, pkg) {
    if (!affected || affected.ecosystem !== pkg.ecosystem)
        return false;
    if (pkg.ecosystem === 'PyPI')
        return normaliseName(affected.name) === normaliseName(pkg.name);
    return affected.name === pkg.name;
}
/** PEP 503 normalisation; also the loose form a database prefilter compares names in. */
function normaliseName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** The minimum shape of a record this scanner relies on, checked before it counts. */
function isOsvRecord(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const record = value;
    return (typeof record.id === 'string' &&
        record.id.length > 0 &&
        (record.affected === undefined || Array.isArray(record.affected)) &&
        (record.modified === undefined || typeof record.modified === 'string'));
}

;// CONCATENATED MODULE: ./src/vuln/osv/ecosystems.ts

/** Why a purl cannot be looked up, worded for the report. */
class NotScannable extends Error {
}
const LANGUAGE = {
    npm: 'npm',
    pypi: 'PyPI',
    maven: 'Maven',
    golang: 'Go',
    gem: 'RubyGems',
    cargo: 'crates.io',
    nuget: 'NuGet',
    composer: 'Packagist',
    hex: 'Hex',
    pub: 'Pub',
    hackage: 'Hackage',
    cran: 'CRAN'
};
/** Debian's release codenames, for `distro=debian-bookworm` and `distro=bookworm`. */
const DEBIAN_CODENAMES = {
    buster: '10',
    bullseye: '11',
    bookworm: '12',
    trixie: '13',
    forky: '14'
};
/** RPM distributions whose advisories OSV carries, keyed by os-release ID, with their release form. */
const RPM_DISTROS = {
    rocky: v => release(v, /^\d+/, 'Rocky Linux:'),
    almalinux: v => release(v, /^\d+/, 'AlmaLinux:'),
    'opensuse-leap': v => release(v, /^\d+\.\d+$/, 'openSUSE:Leap '),
    mariner: v => release(v, /^\d+\.\d+/, 'Mariner:'),
    azurelinux: v => release(v, /^\d+\.\d+/, 'Azure Linux:')
};
/** `prefix` + the part of `version` that names the release, when it has one. */
function release(version, pattern, prefix) {
    const match = pattern.exec(version)?.[0];
    return match ? `${prefix}${match}` : undefined;
}
function major(version) {
    return /^(\d+)/.exec(version)?.[1];
}
/** `debian-12`, `debian-12.5`, `bookworm`, `ubuntu-22.04` \u2192 `{ id, version }`. */
function parseDistro(qualifier) {
    if (!qualifier)
        return undefined;
    const text = qualifier.toLowerCase();
    const dash = /^([a-z][a-z-]*?)-(\d[\w.]*|[a-z]+)$/.exec(text);
    if (dash)
        return { id: dash[1], version: dash[2] };
    if (DEBIAN_CODENAMES[text])
        return { id: 'debian', version: text };
    return undefined;
}
/** The OSV package a purl is looked up as, or NotScannable with the reason. */
function osvPackageOf(purl, source) {
    const version = purl.version;
    if (!version)
        throw new NotScannable('the purl has no version');
    const type = purl.type.toLowerCase();
    const ecosystem = LANGUAGE[type];
    if (ecosystem)
        return { ecosystem, name: languageName(type, purl), version: languageVersion(type, version) };
    if (type === 'deb' || type === 'apk' || type === 'rpm')
        return distroPackage(type, purl, version, source);
    throw new NotScannable(`OSV has no ecosystem for purl type "${type}"`);
}
function languageName(type, purl) {
    const ns = purl.namespace;
    switch (type) {
        case 'pypi':
            return normaliseName(purl.name);
        case 'maven':
            if (!ns)
                throw new NotScannable('a Maven purl without a group');
            return `${ns}:${purl.name}`;
        case 'golang':
            // Go's standard library is "stdlib" in OSV, whatever the SBOM's namespace.
            return purl.name === 'stdlib' && !ns ? 'stdlib' : ns ? `${ns}/${purl.name}` : purl.name;
        case 'npm':
        case 'composer':
            return ns ? `${ns}/${purl.name}` : purl.name;
        default:
            return ns ? `${ns}/${purl.name}` : purl.name;
    }
}
/** OSV writes Go versions without the `v` (and the toolchain without `go`). */
function languageVersion(type, version) {
    if (type === 'golang')
        return version.replace(/^go(?=\d)/, '').replace(/^v(?=\d)/, '');
    return version;
}
function distroPackage(type, purl, binaryVersion, source) {
    const distro = parseDistro(purl.qualifiers?.distro) ??
        (purl.namespace && DEBIAN_CODENAMES[purl.namespace.toLowerCase()]
            ? { id: 'debian', version: purl.namespace.toLowerCase() }
            : undefined);
    if (!distro)
        throw new NotScannable('the purl names no distribution release (distro qualifier), and advisories differ per release');
    const name = type === 'rpm' ? purl.name : (source?.name ?? purl.name);
    const version = type === 'rpm' ? rpmVersion(purl, binaryVersion) : (source?.version ?? binaryVersion);
    const ecosystem = releaseEcosystem(type, distro.id, distro.version);
    return { ecosystem, name, version };
}
function releaseEcosystem(type, id, version) {
    const unknown = () => new NotScannable(`OSV has no advisories for ${id} ${version} (${type} packages)`);
    if (type === 'deb') {
        if (id === 'debian') {
            const release = DEBIAN_CODENAMES[version] ?? major(version);
            if (!release)
                throw unknown();
            return `Debian:${release}`;
        }
        if (id === 'ubuntu') {
            const release = /^(\d{2})\.(\d{2})/.exec(version);
            if (!release)
                throw unknown();
            // Ubuntu's LTS releases are the even years' April ones.
            const lts = release[2] === '04' && Number(release[1]) % 2 === 0;
            return `Ubuntu:${release[1]}.${release[2]}${lts ? ':LTS' : ''}`;
        }
        throw unknown();
    }
    if (type === 'apk') {
        if (id === 'alpine') {
            const release = /^v?(\d+\.\d+)/.exec(version);
            if (!release)
                throw unknown();
            return `Alpine:v${release[1]}`;
        }
        if (id === 'wolfi')
            return 'Wolfi';
        if (id === 'chainguard')
            return 'Chainguard';
        throw unknown();
    }
    if (id === 'rhel' || id === 'centos')
        throw new NotScannable(`OSV keys Red Hat advisories by product stream (e.g. enterprise_linux:9::appstream), which an installed ${id} package does not record`);
    const ecosystem = RPM_DISTROS[id]?.(version);
    if (!ecosystem)
        throw unknown();
    return ecosystem;
}
/** RPM versions as OSV writes them: `epoch:version-release`, the epoch only when set. */
function rpmVersion(purl, version) {
    const epoch = purl.qualifiers?.epoch;
    return epoch && epoch !== '0' && !version.includes(':') ? `${epoch}:${version}` : version;
}
/** `glibc` or `glibc@2.36-9` (purl `upstream`, this tool's `package:source` property). */
function parseSource(text) {
    if (!text)
        return undefined;
    const at = text.indexOf('@');
    if (at < 0)
        return { name: text };
    const name = text.slice(0, at);
    const version = text.slice(at + 1);
    return name ? { name, ...(version ? { version } : {}) } : undefined;
}

;// CONCATENATED MODULE: ./src/vuln/osv/packages.ts





/**
 * The packages of an SBOM as OSV looks them up: CycloneDX components (nested ones too)
 * and SPDX packages with a purl, as this tool, syft, trivy and BuildKit write them.
 * What cannot be looked up is listed with the reason, never dropped.
 */
function packagesOf(sbom) {
    const entries = sbom.format === 'spdx-json' ? spdxEntries(sbom.document) : cyclonedxEntries(sbom.document);
    const packages = [];
    const unscanned = [];
    const seen = new Set();
    for (const entry of entries) {
        const key = `${entry.purl ?? entry.name}\n${entry.location ?? ''}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const result = toScanPackage(entry);
        if ('why' in result)
            unscanned.push(result);
        else
            packages.push(result);
    }
    return { packages, unscanned };
}
function toScanPackage(entry) {
    const base = {
        name: entry.name,
        version: entry.version,
        ...(entry.purl ? { purl: entry.purl } : {})
    };
    if (!entry.purl)
        return { ...base, why: 'no purl' };
    if (entry.ownedBy)
        // A library a distribution package installed carries the distribution's backported
        // fixes; its advisories are the distribution's, matched through that package.
        return {
            ...base,
            why: `installed by ${entry.ownedBy}, which is matched against its distribution's advisories`
        };
    let parsed;
    try {
        parsed = packageurl_js.PackageURL.fromString(entry.purl);
    }
    catch (error) {
        return { ...base, why: `invalid purl: ${error.message}` };
    }
    try {
        const osv = osvPackageOf(parsed, entry.source);
        if (!(0,versions/* schemeForEcosystem */.H_)(osv.ecosystem))
            return { ...base, why: `versions of the ${osv.ecosystem} ecosystem are not compared yet` };
        return {
            purl: entry.purl,
            name: displayName(parsed, entry.name),
            version: parsed.version ?? entry.version,
            osv,
            ...(entry.ref ? { ref: entry.ref } : {}),
            ...(entry.location ? { location: entry.location } : {})
        };
    }
    catch (error) {
        if (error instanceof NotScannable)
            return { ...base, why: error.message };
        throw error;
    }
}
function displayName(purl, fallback) {
    if (purl.type === 'maven' && purl.namespace)
        return `${purl.namespace}/${purl.name}`;
    if ((purl.type === 'npm' || purl.type === 'composer') && purl.namespace)
        return `${purl.namespace}/${purl.name}`;
    return purl.name || fallback;
}
/** Component types that are not packages: the image, its OS, files. */
const NOT_PACKAGES = new Set(['operating-system', 'container', 'file', 'device', 'firmware']);
/** purl types of images, not packages (the SBOM's subject). */
const SUBJECT_PURLS = /^pkg:(oci|docker)\//i;
/** purl types of distribution packages. */
const DISTRO_PURLS = /^pkg:(deb|rpm|apk)\//i;
function* cyclonedxEntries(document) {
    const stack = [...asArray(document.components)].reverse();
    while (stack.length > 0) {
        const component = stack.pop();
        if (!(0,json/* isJsonObject */.O)(component))
            continue;
        stack.push(...[...asArray(component.components)].reverse());
        const type = typeof component.type === 'string' ? component.type : '';
        const purl = typeof component.purl === 'string' ? component.purl : undefined;
        if (NOT_PACKAGES.has(type) || (purl && SUBJECT_PURLS.test(purl)))
            continue;
        const properties = new Map();
        for (const property of asArray(component.properties))
            if ((0,json/* isJsonObject */.O)(property) &&
                typeof property.name === 'string' &&
                typeof property.value === 'string')
                properties.set(property.name, property.value);
        yield {
            name: String(component.name ?? ''),
            version: String(component.version ?? ''),
            ...(purl ? { purl } : {}),
            ...(typeof component['bom-ref'] === 'string' ? { ref: component['bom-ref'] } : {}),
            ...optional('location', cyclonedxLocation(properties)),
            ...optional('source', cyclonedxSource(purl, properties)),
            ...optional('ownedBy', properties.get(`${tool/* PROPERTY_PREFIX */.r}:package:ownedBy`))
        };
    }
}
function cyclonedxLocation(properties) {
    const path = properties.get(`${tool/* PROPERTY_PREFIX */.r}:path`) ?? properties.get('syft:location:0:path');
    const nested = properties.get(`${tool/* PROPERTY_PREFIX */.r}:java:nestedPath`);
    return path && nested ? `${path}!/${nested}` : path;
}
/**
 * The source package: the purl's `upstream` (this tool, syft), this tool's property, or
 * trivy's SrcName/SrcVersion/SrcRelease/SrcEpoch properties.
 */
function cyclonedxSource(purl, properties) {
    const fromPurl = purlSource(purl);
    if (fromPurl)
        return fromPurl;
    const own = parseSource(properties.get(`${tool/* PROPERTY_PREFIX */.r}:package:source`));
    if (own)
        return own;
    const name = properties.get('aquasecurity:trivy:SrcName');
    if (!name)
        return undefined;
    const version = properties.get('aquasecurity:trivy:SrcVersion');
    const release = properties.get('aquasecurity:trivy:SrcRelease');
    const epoch = properties.get('aquasecurity:trivy:SrcEpoch');
    if (!version)
        return { name };
    const full = `${epoch && epoch !== '0' ? `${epoch}:` : ''}${version}${release ? `-${release}` : ''}`;
    return { name, version: full };
}
function purlSource(purl) {
    if (!purl || !/^pkg:(deb|apk)\//i.test(purl))
        return undefined;
    try {
        return parseSource(packageurl_js.PackageURL.fromString(purl).qualifiers?.upstream);
    }
    catch {
        return undefined;
    }
}
function* spdxEntries(document) {
    const roots = new Set(asArray(document.documentDescribes).filter(x => typeof x === 'string'));
    const purls = new Map();
    for (const pkg of asArray(document.packages).filter(json/* isJsonObject */.O))
        if (typeof pkg.SPDXID === 'string') {
            const purl = spdxPurl(pkg);
            if (purl)
                purls.set(pkg.SPDXID, purl);
        }
    const owners = spdxOwners(document, purls);
    for (const pkg of asArray(document.packages)) {
        if (!(0,json/* isJsonObject */.O)(pkg))
            continue;
        const id = typeof pkg.SPDXID === 'string' ? pkg.SPDXID : undefined;
        const purl = spdxPurl(pkg);
        if ((id && roots.has(id)) || (purl && SUBJECT_PURLS.test(purl)))
            continue;
        if (pkg.primaryPackagePurpose === 'OPERATING-SYSTEM' ||
            pkg.primaryPackagePurpose === 'CONTAINER')
            continue;
        const found = typeof pkg.sourceInfo === 'string' ? /^found by \S+ in (\/.*)$/.exec(pkg.sourceInfo) : null;
        yield {
            name: String(pkg.name ?? ''),
            version: String(pkg.versionInfo ?? ''),
            ...(purl ? { purl } : {}),
            ...(id ? { ref: id } : {}),
            ...optional('location', found?.[1]),
            ...optional('source', purlSource(purl) ?? spdxSource(pkg.sourceInfo)),
            ...optional('ownedBy', id ? owners.get(id) : undefined)
        };
    }
}
function spdxPurl(pkg) {
    return asArray(pkg.externalRefs)
        .filter(json/* isJsonObject */.O)
        .find(r => r.referenceType === 'purl' && typeof r.referenceLocator === 'string')
        ?.referenceLocator;
}
/**
 * Language packages a distribution package installed: this tool writes the distribution
 * package DEPENDS_ON them, syft an OTHER relationship commented "ownership-by-file-overlap".
 */
function spdxOwners(document, purls) {
    const owners = new Map();
    for (const r of asArray(document.relationships).filter(json/* isJsonObject */.O)) {
        const from = typeof r.spdxElementId === 'string' ? purls.get(r.spdxElementId) : undefined;
        const to = typeof r.relatedSpdxElement === 'string' ? r.relatedSpdxElement : undefined;
        const toPurl = to ? purls.get(to) : undefined;
        if (!from || !to || !toPurl || !DISTRO_PURLS.test(from) || DISTRO_PURLS.test(toPurl))
            continue;
        const owns = r.relationshipType === 'DEPENDS_ON' ||
            (r.relationshipType === 'OTHER' &&
                typeof r.comment === 'string' &&
                r.comment.startsWith('ownership-by-file-overlap'));
        if (owns && !owners.has(to))
            owners.set(to, from);
    }
    return owners;
}
/** trivy's SPDX: `sourceInfo: "built package from: glibc 2.36-9+deb12u4"`. */
function spdxSource(sourceInfo) {
    if (typeof sourceInfo !== 'string')
        return undefined;
    const match = /^built package from: (\S+)(?: (\S+))?$/.exec(sourceInfo.trim());
    if (!match)
        return undefined;
    return { name: match[1], ...(match[2] ? { version: match[2] } : {}) };
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
function optional(key, value) {
    return (value === undefined ? {} : { [key]: value });
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/network/retry.ts
var retry = __webpack_require__(98904);
// EXTERNAL MODULE: ./src/network/semaphore.ts
var network_semaphore = __webpack_require__(79788);
;// CONCATENATED MODULE: ./src/vuln/osv/api-querybatch.ts

/**
 * IDs per query, following each query's pages; `found(index, id)` hears of each ID as its
 * answer arrives, so records are fetched while later batches and pages are still asked for.
 */
async function queryIds(call, host, limits, queries, found) {
    for (let start = 0; start < queries.length; start += limits.batchSize) {
        let pending = queries
            .slice(start, start + limits.batchSize)
            .map((query, i) => ({ query, index: start + i }));
        for (let page = 0; pending.length > 0; page++) {
            if (page >= limits.maxPages)
                throw new errors/* ActionError */.lZ('NETWORK_ERROR', `OSV at ${host} kept answering with more pages after ${limits.maxPages} rounds of querybatch`, {
                    hint: 'The server is broken or hostile; try again later or scan offline with "vulnerability-db"'
                });
            const answer = await call('POST', '/v1/querybatch', { queries: pending.map(p => p.query) }, limits.maxBatchBytes);
            const results = answer?.results;
            if (!Array.isArray(results) || results.length !== pending.length)
                throw new errors/* ActionError */.lZ('NETWORK_ERROR', `OSV at ${host} answered querybatch with ${Array.isArray(results) ? results.length : 'no'} results for ${pending.length} queries`, { hint: 'The server is not an OSV API; check "osv-url"' });
            const next = [];
            results.forEach((result, i) => {
                const item = pending[i];
                for (const vuln of Array.isArray(result?.vulns) ? result.vulns : [])
                    if (typeof vuln?.id === 'string' && vuln.id)
                        found(item.index, vuln.id);
                if (typeof result?.next_page_token === 'string' && result.next_page_token)
                    next.push({
                        index: item.index,
                        query: { ...item.query, page_token: result.next_page_token }
                    });
            });
            pending = next;
        }
    }
}

// EXTERNAL MODULE: ./src/network/deadline.ts + 1 modules
var deadline = __webpack_require__(2850);
// EXTERNAL MODULE: ./src/network/duration.ts
var duration = __webpack_require__(2636);
// EXTERNAL MODULE: ./src/oci/http.ts + 2 modules
var http = __webpack_require__(86069);
// EXTERNAL MODULE: ./src/oci/http-limits.ts
var http_limits = __webpack_require__(60538);
// EXTERNAL MODULE: ./src/oci/limits.ts
var oci_limits = __webpack_require__(64593);
// EXTERNAL MODULE: ./src/oci/transport.ts + 3 modules
var transport = __webpack_require__(87843);
// EXTERNAL MODULE: ./src/oci/url.ts
var oci_url = __webpack_require__(95832);
;// CONCATENATED MODULE: ./src/vuln/osv/api-request.ts









function osvRequest({ base, host, budget, backoff, attempts }) {
    return async function call(method, path, body, cap, accept404 = false) {
        const url = `${base}${path}`;
        const what = `${method} ${(0,oci_url/* describeUrl */.N)(url)}`;
        const fail = (message, cause) => new errors/* ActionError */.lZ('NETWORK_ERROR', `OSV at ${host}: ${message}`, {
            hint: {
                action: `Check that ${host} is reachable, point "osv-url" at a mirror, or scan offline with "vulnerability-db"`,
                cli: `Check that ${host} is reachable, pass --osv-url for a mirror, or scan offline with --vulnerability-db`
            },
            ...(cause === undefined ? {} : { cause })
        });
        const sequence = budget.sequence();
        try {
            for (let attempt = 0;; attempt++) {
                let response;
                let failure;
                let delay = (0,retry/* backoffMs */.jo)(attempt, backoff);
                try {
                    response = await (0,http/* send */.t)(url, {
                        method,
                        headers: {
                            'user-agent': 'sbom-sign-action',
                            accept: 'application/json',
                            ...(body === undefined ? {} : { 'content-type': 'application/json' })
                        },
                        ...(body === undefined ? {} : { body: JSON.stringify(body) })
                    });
                    if (response.status === 404 && accept404) {
                        response.discard();
                        return undefined;
                    }
                    if (response.ok)
                        return parse(await readCapped(response, cap, what, fail), what, fail);
                    if (!transport/* RETRY_STATUS */.WU.has(response.status)) {
                        const detail = await response.text(4096).catch(() => '');
                        throw fail(`${what} answered ${response.status}${detail ? `: ${detail.slice(0, 300)}` : ''}`);
                    }
                    failure = `${what} answered ${response.status}`;
                    delay = (0,retry/* retryAfterMs */.Vs)(response.headers.get('retry-after')) ?? delay;
                    response.discard();
                }
                catch (error) {
                    if (error instanceof errors/* ActionError */.lZ)
                        throw error;
                    if ((0,transport/* isTlsFailure */.gt)(error))
                        throw fail(`${what} failed: ${(0,transport/* networkReason */.d8)(error)}`, error);
                    if (error instanceof http_limits/* HttpTimeout */.Ep)
                        sequence.timeouts++;
                    failure = `${what} failed (${(0,transport/* networkReason */.d8)(error)})`;
                }
                if (attempt + 1 >= attempts)
                    throw fail(`${failure}; gave up after ${attempt + 1} attempts`);
                if (sequence.timeouts >= retry/* MAX_TIMEOUTS */.iL)
                    throw fail(`${failure}; no answer in time ${retry/* MAX_TIMEOUTS */.iL} times`);
                (0,deadline/* checkDeadline */.Ft)();
                let waited;
                try {
                    waited = await sequence.wait(`OSV at ${host}: ${failure}`, delay);
                }
                catch (error) {
                    throw (0,http_limits/* stoppedWhile */.Fh)(error, `waiting to retry after: ${failure}`);
                }
                if (!waited)
                    throw fail(`${failure}; retrying in ${(0,duration/* formatDuration */.a)(delay)} would exceed the ${sequence.describeBudget()}`);
            }
        }
        finally {
            sequence.close();
        }
    };
}
async function readCapped(response, cap, what, fail) {
    const length = Number(response.headers.get('content-length'));
    if (Number.isFinite(length) && length > cap) {
        response.discard();
        throw fail(`${what} answered ${length} bytes, over the ${(0,oci_limits/* formatBytes */.z3)(cap)} cap for its kind`);
    }
    try {
        return await response.text(cap);
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ)
            throw error;
        if (/answered more than/.test(error.message))
            throw fail(`${what} answered more than the ${(0,oci_limits/* formatBytes */.z3)(cap)} cap for its kind`);
        throw error;
    }
}
function parse(text, what, fail) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw fail(`${what} answered something that is not JSON`);
    }
}

;// CONCATENATED MODULE: ./src/vuln/osv/api.ts






const OSV_API_URL = 'https://api.osv.dev';
const DEFAULTS = {
    batchSize: 1000,
    concurrency: 8,
    // A full batch answer is about 1000 \u00d7 a few dozen IDs of ~60 bytes each.
    maxBatchBytes: 32 << 20,
    // The largest records (kernel CVEs, packages with thousands of versions) are a few MiB.
    maxRecordBytes: 8 << 20,
    maxPages: 100,
    backoff: { baseDelayMs: 500, maxDelayMs: 30_000 },
    attempts: 10
};
function osvApi(options) {
    const settings = { ...DEFAULTS, ...definedOnly(options) };
    const base = options.url.replace(/\/+$/, '');
    const host = hostOf(base);
    const budget = options.budget ?? new retry/* RetryBudget */.Km();
    const semaphore = new network_semaphore/* Semaphore */.j(settings.concurrency);
    const records = new Map();
    const call = osvRequest({
        base,
        host,
        budget,
        backoff: settings.backoff,
        attempts: settings.attempts
    });
    function record(id) {
        let cached = records.get(id);
        if (!cached) {
            cached = semaphore.run(async () => {
                const value = await call('GET', `/v1/vulns/${encodeURIComponent(id)}`, undefined, settings.maxRecordBytes, true);
                if (value === undefined)
                    return undefined;
                if (!isOsvRecord(value) || value.id !== id)
                    throw new errors/* ActionError */.lZ('NETWORK_ERROR', `OSV at ${host} answered /v1/vulns/${id} with something that is not that OSV record`, {
                        hint: 'The server is not an OSV API; check "osv-url"'
                    });
                return value;
            });
            // Awaited later (after the batches): a failure meanwhile is not an unhandled rejection.
            cached.catch(() => undefined);
            records.set(id, cached);
        }
        return cached;
    }
    return {
        description: base,
        async lookup(packages) {
            // One query per distinct ecosystem/name/version; packages share its answer.
            const byQuery = new Map();
            for (const pkg of packages) {
                const { ecosystem, name, version } = pkg.osv;
                const key = JSON.stringify([ecosystem, name, version]);
                const entry = byQuery.get(key) ?? {
                    query: { package: { ecosystem, name }, version },
                    packages: []
                };
                entry.packages.push(pkg);
                byQuery.set(key, entry);
            }
            const entries = [...byQuery.values()];
            const ids = entries.map(() => new Map());
            const fetching = queryIds(call, host, settings, entries.map(e => e.query), (index, id) => {
                const named = ids[index];
                if (named && !named.has(id))
                    named.set(id, record(id));
            });
            // A batch that fails leaves fetches in flight: they end before the error is reported.
            await fetching.catch(async (error) => {
                await Promise.allSettled(ids.flatMap(named => [...named.values()]));
                throw error;
            });
            const found = await Promise.all(ids.map(async (named) => (await Promise.all(named.values())).filter((r) => r !== undefined)));
            const out = new Map();
            entries.forEach((entry, i) => {
                for (const pkg of entry.packages)
                    out.set(pkg, found[i] ?? []);
            });
            return out;
        },
        async fetch(ids) {
            const found = await Promise.all([...new Set(ids)].map(record));
            return found.filter((r) => r !== undefined);
        }
    };
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        throw new errors/* ActionError */.lZ('INPUT_INVALID', `"${url}" is not a URL of an OSV API`, {
            hint: 'Give the API base URL, e.g. https://api.osv.dev'
        });
    }
}
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/archive/random-access.ts
var random_access = __webpack_require__(87482);
// EXTERNAL MODULE: ./src/archive/zip.ts
var zip = __webpack_require__(3781);
;// CONCATENATED MODULE: ./src/vuln/osv/export-files.ts






const DEFAULT_DATABASE_BUDGETS = {
    // OSV's largest export (all ecosystems together) has well under 2 million records.
    maxEntries: 2_000_000,
    maxRecordBytes: 8 << 20,
    maxTotalBytes: 32 * (1 << 30),
    maxFiles: 2_000_000,
    maxDepth: 3
};
/** Zips, JSON files and directories of JSON files under `path` (or `path` itself), in a stable order. */
function listContainers(path, limits) {
    let stat;
    try {
        stat = (0,external_node_fs_.statSync)(path);
    }
    catch {
        throw invalid(path, 'does not exist', 'Give the path of an OSV export zip or of a directory of them');
    }
    if (stat.isFile()) {
        const kind = kindOf(path);
        if (kind)
            return [{ path, kind }];
        throw invalid(path, 'is neither a zip nor a directory', 'Give an OSV export zip (all.zip) or a directory of OSV records');
    }
    const out = [];
    let files = 0;
    const walk = (dir, depth) => {
        const first = (0,external_node_path_.relative)(path, dir).split(external_node_path_.sep)[0];
        const ecosystem = first ? { ecosystem: first } : {};
        const subdirectories = [];
        const zips = [];
        let records = false;
        // Only zips and subdirectories are kept (few); JSON records are counted, not listed.
        eachEntry(dir, entry => {
            if (entry.isDirectory()) {
                if (depth < limits.maxDepth)
                    subdirectories.push(entry.name);
                return;
            }
            const kind = entry.isFile() ? kindOf(entry.name) : undefined;
            if (!kind)
                return;
            if (++files > limits.maxFiles)
                throw invalid(path, `holds more than ${limits.maxFiles} files`, "Point at one ecosystem's export or a smaller directory");
            if (kind === 'zip')
                zips.push(entry.name);
            else
                records = true;
        });
        if (records)
            out.push({ path: dir, kind: 'directory', ...ecosystem });
        for (const name of zips.sort())
            out.push({ path: (0,external_node_path_.join)(dir, name), kind: 'zip', ...ecosystem });
        for (const name of subdirectories.sort())
            walk((0,external_node_path_.join)(dir, name), depth + 1);
    };
    walk(path, 0);
    return out;
}
/**
 * Records' bytes, one at a time, each dropped before the next is read. With `only`, only
 * records named `<ID>.json` for those IDs are read (decided from names alone, nothing is
 * read or expanded for the others). Every record is bounded, and all of them together by
 * `budget`, which the caller shares across containers.
 */
function* readRecords(container, limits, budget, only) {
    const take = (size, what) => {
        if (size > limits.maxRecordBytes)
            throw invalid(container.path, `${what} is ${size} bytes, over the ${(0,oci_limits/* formatBytes */.z3)(limits.maxRecordBytes)} cap for one record`, 'Nothing in OSV is that large; the database is broken or hostile');
        budget.left -= size;
        if (budget.left < 0)
            throw invalid(container.path, `expands past the ${(0,oci_limits/* formatBytes */.z3)(limits.maxTotalBytes)} budget for one scan`, 'The database is far larger than OSV itself, or a zip bomb');
    };
    if (container.kind === 'json') {
        const id = (0,external_node_path_.basename)(container.path, '.json');
        if (!only || only.has(id))
            yield { data: readFile(container.path, take), id };
        return;
    }
    if (container.kind === 'directory') {
        for (const name of entryNames(container.path)) {
            const id = (0,external_node_path_.basename)(name, '.json');
            if (!only || only.has(id))
                yield { data: readFile((0,external_node_path_.join)(container.path, name), take), id };
        }
        return;
    }
    const fd = export_files_open(container.path);
    try {
        const bytes = (0,random_access/* readAhead */.Ek)((0,random_access/* fileBytes */.sG)(fd, (0,external_node_fs_.fstatSync)(fd).size));
        for (const entry of (0,zip/* walkEntries */.Y1)(bytes, { maxEntries: limits.maxEntries })) {
            if (!entry.name.endsWith('.json') || entry.name.endsWith('/'))
                continue;
            const id = (0,external_node_path_.basename)(entry.name, '.json');
            if (only && !only.has(id))
                continue;
            take(entry.size, entry.name);
            // The header's size is a claim: inflating stops at the cap whatever it says.
            const data = (0,zip/* readEntry */.hB)(bytes, entry, Math.min(limits.maxRecordBytes, budget.left + entry.size));
            yield { data, id };
        }
    }
    catch (error) {
        if (error instanceof zip/* ZipError */.Wz)
            throw invalid(container.path, `is not a readable zip: ${error.message}`, 'Download the export again; OSV publishes <ecosystem>/all.zip');
        throw error;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * OSV's export puts each ecosystem in a directory of its name (`npm/all.zip`,
 * `Debian/all.zip`): one named after an ecosystem no package is in is skipped. Directories
 * with other names are always read.
 */
function mayHold(container, ecosystems) {
    const directory = container.ecosystem;
    if (!directory || !KNOWN_ECOSYSTEMS.has(directory.split(':')[0]))
        return true;
    for (const ecosystem of ecosystems)
        if (ecosystem === directory ||
            ecosystem.startsWith(`${directory}:`) ||
            directory.startsWith(`${ecosystem}:`))
            return true;
    return false;
}
function invalid(path, problem, hint) {
    return new errors/* ActionError */.lZ('INPUT_INVALID', `The vulnerability database ${path} ${problem}`, { hint });
}
function kindOf(name) {
    return /\.zip$/i.test(name) ? 'zip' : /\.json$/i.test(name) ? 'json' : undefined;
}
/** A directory's entries one batch at a time (never the whole listing at once). */
function eachEntry(dir, visit) {
    const handle = (0,external_node_fs_.opendirSync)(dir);
    try {
        for (let entry = handle.readSync(); entry; entry = handle.readSync())
            visit(entry);
    }
    finally {
        handle.closeSync();
    }
}
/** Names of the JSON records directly in `dir`, as the directory lists them. */
function* entryNames(dir) {
    const handle = (0,external_node_fs_.opendirSync)(dir);
    try {
        for (let entry = handle.readSync(); entry; entry = handle.readSync())
            if (entry.isFile() && kindOf(entry.name) === 'json')
                yield entry.name;
    }
    finally {
        handle.closeSync();
    }
}
/** A record file, its size checked (and charged) before anything is read. */
function readFile(path, take) {
    const fd = export_files_open(path);
    try {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        take(size, (0,external_node_path_.basename)(path));
        const out = Buffer.allocUnsafe(size);
        let done = 0;
        while (done < size) {
            const n = (0,external_node_fs_.readSync)(fd, out, done, size - done, done);
            if (n === 0)
                break;
            done += n;
        }
        return out.subarray(0, done);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function export_files_open(path) {
    try {
        return (0,external_node_fs_.openSync)(path, 'r');
    }
    catch (error) {
        throw invalid(path, `cannot be read (${error.message})`, 'Check the path and its permissions');
    }
}
/** Ecosystems OSV exports under their own directory (https://osv-vulnerabilities.storage.googleapis.com/ecosystems.txt). */
const KNOWN_ECOSYSTEMS = new Set([
    'AlmaLinux',
    'Alpine',
    'Azure Linux',
    'Bitnami',
    'Chainguard',
    'CRAN',
    'crates.io',
    'Debian',
    'GHC',
    'GitHub Actions',
    'Go',
    'Hackage',
    'Hex',
    'Linux',
    'Mageia',
    'Maven',
    'Mariner',
    'npm',
    'NuGet',
    'openSUSE',
    'OSS-Fuzz',
    'Packagist',
    'Pub',
    'PyPI',
    'Red Hat',
    'Rocky Linux',
    'RubyGems',
    'SUSE',
    'SwiftURL',
    'Ubuntu',
    'Wolfi'
]);

;// CONCATENATED MODULE: ./src/vuln/osv/database.ts



/**
 * An offline copy of OSV in its own export layout (see export-files.ts).
 *
 * A lookup streams every record once, one at a time: a search of its bytes for the names
 * asked about picks the few worth parsing (no decoding, no parsing for the others), and only
 * the records that name an asked-for package are parsed, checked and kept. What is kept
 * (those records, per package) is the run's cache: a later lookup (another platform's SBOM)
 * reads the database again only for packages not asked about before. Memory stays flat in
 * the number of records; it grows with the records that name the SBOM's packages, which the
 * scan reports on anyway.
 */
async function osvDatabase(path, budgets = {}) {
    const limits = { ...DEFAULT_DATABASE_BUDGETS, ...budgets };
    const containers = listContainers(path, limits);
    if (containers.length === 0)
        throw invalid(path, 'holds no OSV records (no .zip, no .json)', 'Download an export, e.g. gs://osv-vulnerabilities/Debian/all.zip, or point at a directory of OSV JSON records');
    /** Records by package key, for every key looked up so far (empty when none names it). */
    const known = new Map();
    /** One pass over the database for `keys` (none of them known yet); known once it completes. */
    function read(keys) {
        const found = new Map();
        const names = new Set();
        const ecosystems = new Set();
        for (const [key, pkg] of keys) {
            found.set(key, []);
            names.add(normaliseName(pkg.name));
            ecosystems.add(pkg.ecosystem);
        }
        const budget = { left: limits.maxTotalBytes };
        for (const container of containers) {
            if (!mayHold(container, ecosystems))
                continue;
            for (const { data } of readRecords(container, limits, budget)) {
                if (!mentionsAny(data, names))
                    continue;
                const record = parseRecord(data, container.path);
                if (!record)
                    continue;
                const hits = new Set();
                for (const affected of record.affected ?? []) {
                    const pkg = affected?.package;
                    if (!pkg || typeof pkg.ecosystem !== 'string' || typeof pkg.name !== 'string')
                        continue;
                    const key = keyOf(pkg.ecosystem, pkg.name);
                    const wanted = keys.get(key);
                    if (wanted && namesPackage(pkg, wanted))
                        hits.add(key);
                }
                for (const key of hits)
                    found.get(key)?.push(record);
            }
        }
        for (const [key, records] of found)
            known.set(key, records);
    }
    return {
        description: path,
        async lookup(packages) {
            const unknown = new Map();
            for (const pkg of packages) {
                const key = keyOf(pkg.osv.ecosystem, pkg.osv.name);
                if (!known.has(key))
                    unknown.set(key, pkg.osv);
            }
            if (unknown.size > 0)
                read(unknown);
            return new Map(packages.map(pkg => [pkg, [...(known.get(keyOf(pkg.osv.ecosystem, pkg.osv.name)) ?? [])]]));
        },
        async fetch(ids) {
            const missing = new Set(ids);
            const found = [];
            const budget = { left: limits.maxTotalBytes };
            for (const container of containers) {
                if (missing.size === 0)
                    break;
                for (const { data, id } of readRecords(container, limits, budget, missing)) {
                    const record = parseRecord(data, container.path);
                    if (record && record.id === id && missing.delete(id))
                        found.push(record);
                }
            }
            return found;
        }
    };
}
/**
 * Whether a record names any of `names`: every JSON string value directly after a `"name":`
 * key, normalised. Read from the bytes as they are (a native search for the key, a few
 * bytes decoded per hit), so records that name nothing asked for are never decoded or
 * parsed; the few it picks are parsed and checked.
 */
function mentionsAny(data, names) {
    for (let at = data.indexOf(NAME_KEY); at >= 0; at = data.indexOf(NAME_KEY, at + 1)) {
        let i = skipBlanks(data, at + NAME_KEY.length);
        if (data[i] !== COLON)
            continue;
        i = skipBlanks(data, i + 1);
        if (data[i] !== QUOTE)
            continue;
        const start = i + 1;
        let escaped = false;
        for (i = start; i < data.length && data[i] !== QUOTE; i++)
            if (data[i] === BACKSLASH) {
                escaped = true;
                i++;
            }
        const raw = data.toString('utf8', start, i);
        const name = escaped ? (safeJsonString(raw) ?? raw) : raw;
        if (names.has(normaliseName(name)))
            return true;
        at = i;
    }
    return false;
}
const NAME_KEY = Buffer.from('"name"');
const COLON = 0x3a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
function skipBlanks(data, at) {
    let i = at;
    while (data[i] === 0x20 || data[i] === 0x0a || data[i] === 0x0d || data[i] === 0x09)
        i++;
    return i;
}
function safeJsonString(raw) {
    try {
        return JSON.parse(`"${raw}"`);
    }
    catch {
        return undefined;
    }
}
function parseRecord(data, where) {
    let value;
    try {
        value = JSON.parse(data.toString('utf8'));
    }
    catch {
        throw invalid(where, 'holds a record that is not JSON', 'Download the export again');
    }
    // A JSON document that is not an OSV record (a manifest, a schema) is not a record.
    return isOsvRecord(value) ? value : undefined;
}
function keyOf(ecosystem, name) {
    return `${ecosystem}\n${ecosystem === 'PyPI' ? normaliseName(name) : name}`;
}

;// CONCATENATED MODULE: ./src/vuln/osv/match.ts


/**
 * The records that affect `pkg` at its installed version, one Match per record.
 *
 * Only an `affected` entry for the package's own OSV ecosystem counts, release included:
 * a `Debian:11` entry never matches a `Debian:12` package, and a language advisory (npm,
 * Maven, \u2026) never matches a distribution package, whose fixes the distribution backports
 * under its own version numbers. Withdrawn records never match.
 *
 * Throws InvalidVersionError when the installed version cannot be read by the ecosystem's
 * rules: the caller reports the package as not scanned, never as clean.
 */
function match(pkg, records) {
    const scheme = (0,versions/* schemeForEcosystem */.H_)(pkg.osv.ecosystem);
    if (!scheme)
        return [];
    const out = [];
    const seen = new Set();
    for (const record of records) {
        if (record.withdrawn || seen.has(record.id))
            continue;
        const entries = (record.affected ?? []).filter(a => namesPackage(a?.package, pkg.osv));
        const hit = entries.find(a => (0,versions/* isAffected */.fH)(a, pkg.osv.version, scheme));
        if (!hit)
            continue;
        seen.add(record.id);
        out.push({
            package: pkg,
            record,
            affected: hit,
            fixedIn: fixedIn(entries, pkg.osv.version, scheme)
        });
    }
    return out;
}
/** `fixed` events of the package's entries above the installed version, lowest first. */
function fixedIn(entries, installed, scheme) {
    const fixes = new Map();
    for (const entry of entries)
        for (const range of entry.ranges ?? []) {
            if (range.type !== 'ECOSYSTEM' && range.type !== 'SEMVER')
                continue;
            const rangeScheme = range.type === 'SEMVER' && scheme !== 'go' ? 'semver' : scheme;
            for (const event of range.events ?? [])
                if ('fixed' in event && typeof event.fixed === 'string')
                    fixes.set(event.fixed, rangeScheme);
        }
    const above = [...fixes].filter(([version, s]) => compare(s, version, installed) > 0);
    return above.sort(([a, s], [b]) => compare(s, a, b)).map(([version]) => version);
}
/** The scheme's order; a version it cannot read sorts last (it is kept, not guessed at). */
function compare(scheme, a, b) {
    try {
        return (0,versions/* compareVersions */.Zy)(scheme, a, b);
    }
    catch {
        return 1;
    }
}

;// CONCATENATED MODULE: ./src/vuln/osv/index.ts






/***/ }),

/***/ 40299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TS: () => (/* binding */ rate),
  qs: () => (/* binding */ severityRank)
});

// UNUSED EXPORTS: cvss2BaseScore, cvss3BaseScore, cvss4BaseScore, severityOfScore, severityOfWord

// EXTERNAL MODULE: ./src/vuln/types.ts
var types = __webpack_require__(18306);
// EXTERNAL MODULE: ./node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js
var ae_cvss_calculator = __webpack_require__(44353);
var ae_cvss_calculator_default = /*#__PURE__*/__webpack_require__.n(ae_cvss_calculator);
;// CONCATENATED MODULE: ./src/vuln/severity/cvss.ts

// The package is CommonJS: Node's own ESM loader (tsx, scripts) offers its classes only on the
// default export, bundlers and ts-jest on the namespace.
const { Cvss2, Cvss3P0, Cvss3P1, Cvss4P0 } = (ae_cvss_calculator_default()) ?? ae_cvss_calculator;
/**
 * CVSS base scores from vector strings. The arithmetic (v4's macro-vector lookup included) is
 * ae-cvss-calculator's; this module decides which text is a vector at all. Records are hostile
 * input and the calculator is lenient (a repeated metric silently overrides, a missing one
 * leaves the score undefined), so a vector must carry every base metric of its version exactly
 * once, with a value the specification defines, before it is scored. Anything else is no score.
 */
/** Longer than any vector a specification allows, with every optional metric. */
const MAX_VECTOR_LENGTH = 512;
/** Base metrics and their values (FIRST CVSS v2 guide \u00a72.1, v3.1 specification \u00a77.4, v4.0 specification \u00a77). */
const V2_BASE = { AV: 'LAN', AC: 'HML', Au: 'MSN', C: 'NPC', I: 'NPC', A: 'NPC' };
const V3_BASE = { AV: 'NALP', AC: 'LH', PR: 'NLH', UI: 'NR', S: 'UC', C: 'HLN', I: 'HLN', A: 'HLN' };
const V4_BASE = {
    AV: 'NALP',
    AC: 'LH',
    AT: 'NP',
    PR: 'NLH',
    UI: 'NPA',
    VC: 'HLN',
    VI: 'HLN',
    VA: 'HLN',
    SC: 'HLN',
    SI: 'HLN',
    SA: 'HLN'
};
/**
 * The base metrics of a vector in the specification's order, or undefined when the text is not
 * a well-formed vector of that version: a prefix, `metric:value` parts, no metric twice, and
 * every base metric with a defined value. Other metrics (temporal, threat, environmental,
 * supplemental) are checked by the calculator and then dropped: only the base score counts.
 */
function baseVector(text, prefix, base) {
    if (typeof text !== 'string' || text.length > MAX_VECTOR_LENGTH || !text.startsWith(prefix))
        return undefined;
    const seen = new Map();
    for (const part of text.slice(prefix.length).split('/')) {
        const match = /^([A-Za-z]{1,3}):([A-Za-z]{1,8})$/.exec(part);
        if (!match)
            return undefined;
        const [, metric, value] = match;
        if (seen.has(metric))
            return undefined;
        seen.set(metric, value);
    }
    const parts = [];
    for (const [metric, values] of Object.entries(base)) {
        const value = seen.get(metric);
        if (value === undefined || value.length !== 1 || !values.includes(value))
            return undefined;
        parts.push(`${metric}:${value}`);
    }
    return `${prefix}${parts.join('/')}`;
}
/**
 * Scores already computed, by vector. The calculator takes milliseconds per v4 vector, and a
 * scan rates the same few hundred vectors over and over (one record, many packages).
 */
const scores = new Map();
const MAX_CACHED_SCORES = 10_000;
/**
 * The base score of a vector: the whole vector must parse (the calculator rejects metrics and
 * values its version does not define), and the base metrics alone are scored. The calculator's
 * failure is no score, never a throw.
 */
function score(Version, vector, base) {
    if (scores.has(vector))
        return scores.get(vector);
    let result;
    try {
        if (vector !== base)
            new Version(vector);
        const value = new Version(base).calculateScores().base;
        if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 10)
            result = Math.round(value * 10) / 10;
    }
    catch {
        result = undefined;
    }
    if (scores.size >= MAX_CACHED_SCORES)
        scores.clear();
    scores.set(vector, result);
    return result;
}
/** CVSS v3.0 or v3.1 base score (`CVSS:3.1/AV:N/\u2026`), or undefined for a malformed vector. */
function cvss3BaseScore(vector) {
    const v31 = baseVector(vector, 'CVSS:3.1/', V3_BASE);
    if (v31)
        return score(Cvss3P1, vector, v31);
    const v30 = baseVector(vector, 'CVSS:3.0/', V3_BASE);
    return v30 ? score(Cvss3P0, vector, v30) : undefined;
}
/** CVSS v4.0 base score (CVSS-B: base metrics only), or undefined for a malformed vector. */
function cvss4BaseScore(vector) {
    const v4 = baseVector(vector, 'CVSS:4.0/', V4_BASE);
    return v4 ? score(Cvss4P0, vector, v4) : undefined;
}
/** CVSS v2 base score (`AV:N/AC:L/Au:N/C:P/I:P/A:P`, optionally in parentheses or after `CVSS:2.0/`). */
function cvss2BaseScore(vector) {
    if (typeof vector !== 'string')
        return undefined;
    const bare = vector.replace(/^\((.*)\)$/, '$1').replace(/^CVSS:2\.0\//, '');
    const v2 = baseVector(`/${bare}`, '/', V2_BASE);
    return v2 ? score(Cvss2, bare, v2.slice(1)) : undefined;
}

;// CONCATENATED MODULE: ./src/vuln/severity/database.ts
/** Records are hostile: a record with more severity entries than this is read up to it. */
const MAX_SEVERITY_ENTRIES = 64;
/** A record's or affected entry's `severity` list, bounded; anything but a list is none. */
function severityEntries(list) {
    return Array.isArray(list) ? list.slice(0, MAX_SEVERITY_ENTRIES) : [];
}
/** Longer than any rating word a database uses; anything longer is not a rating. */
const MAX_WORD_LENGTH = 40;
/**
 * Rating words to severities. Debian's `unimportant` and Ubuntu's `negligible` are still
 * vulnerabilities (rated low); `not yet assigned`, `untriaged` and `end-of-life` say nothing
 * about severity and stay unknown.
 */
const WORDS = {
    critical: 'critical',
    important: 'high',
    high: 'high',
    moderate: 'medium',
    medium: 'medium',
    low: 'low',
    unimportant: 'low',
    negligible: 'low',
    none: 'none',
    'not yet assigned': 'unknown',
    untriaged: 'unknown',
    unknown: 'unknown',
    'end-of-life': 'unknown'
};
/**
 * A rating word as a severity, or undefined when the text is not one. Debian decorates its
 * urgencies (`low*`, `medium**` for DSA-derived ones, `low (ssh)`), which say the same level.
 */
function severityOfWord(value) {
    if (typeof value !== 'string' || value.length > MAX_WORD_LENGTH)
        return undefined;
    const word = value
        .toLowerCase()
        .replace(/\(.*\)/, '')
        .replace(/\*+/g, '')
        .trim();
    return Object.hasOwn(WORDS, word) ? WORDS[word] : undefined;
}
function field(object, key) {
    return object && typeof object === 'object' && Object.hasOwn(object, key)
        ? object[key]
        : undefined;
}
/** Which database a record comes from, by its ID prefix. */
function databaseOf(id) {
    const prefix = /^([A-Za-z]+)-/.exec(id)?.[1]?.toUpperCase();
    if (prefix === 'GHSA')
        return 'GHSA';
    if (prefix === 'DEBIAN' || prefix === 'DSA' || prefix === 'DLA' || prefix === 'DTSA')
        return 'Debian';
    if (prefix === 'UBUNTU' || prefix === 'USN')
        return 'Ubuntu';
    return prefix ?? 'database';
}
/**
 * The record's own rating, most specific first: the matched `affected` entry's, then the
 * record's. A word that names no level (Debian's `not yet assigned`) rates `unknown` only when
 * nothing else in the record rates it.
 */
function databaseRating(record, affected) {
    const database = databaseOf(record.id);
    const candidates = [];
    for (const entry of [...severityEntries(affected?.severity), ...severityEntries(record.severity)])
        if (entry && typeof entry.type === 'string' && entry.type.toLowerCase() === 'ubuntu')
            candidates.push({ value: entry.score, source: 'Ubuntu' });
    for (const holder of [
        affected?.ecosystem_specific,
        affected?.database_specific,
        record.database_specific
    ])
        for (const key of ['severity', 'urgency'])
            candidates.push({ value: field(holder, key), source: database });
    let unknown;
    for (const { value, source } of candidates) {
        const severity = severityOfWord(value);
        if (severity === undefined)
            continue;
        if (severity !== 'unknown')
            return { severity, source };
        unknown ??= { severity, source };
    }
    return unknown;
}

;// CONCATENATED MODULE: ./src/vuln/severity/index.ts





/** FIRST's qualitative severity rating scale (CVSS v3.1 specification \u00a75, v4.0 \u00a76). */
function severityOfScore(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    if (score > 0)
        return 'low';
    return 'none';
}
/** How severe a level is: 5 for critical down to 1 for none, 0 for unknown. */
function severityRank(severity) {
    return severity === 'unknown' ? 0 : types/* SEVERITIES */.o.length - 1 - types/* SEVERITIES */.o.indexOf(severity);
}
/** Vector types in the order they decide: the newest CVSS version a record carries wins. */
const SCORERS = [
    ['CVSS_V4', cvss4BaseScore],
    ['CVSS_V3', cvss3BaseScore],
    ['CVSS_V2', cvss2BaseScore]
];
/**
 * The rating a vector in the record gives: the matched `affected` entry's vectors (OSV lets a
 * record rate each package) before the record's, the newest CVSS version first, and among
 * vectors of one version the highest score. A malformed vector is skipped.
 */
function vectorRating(record, affected) {
    for (const list of [severityEntries(affected?.severity), severityEntries(record.severity)]) {
        for (const [type, scorer] of SCORERS) {
            let best;
            for (const entry of list) {
                if (entry?.type !== type || typeof entry.score !== 'string')
                    continue;
                const score = scorer(entry.score);
                if (score !== undefined && (best?.score === undefined || score > best.score))
                    best = { severity: severityOfScore(score), score, vector: entry.score, source: type };
            }
            if (best)
                return best;
        }
    }
    return undefined;
}
/** The record's own rating: a CVSS vector, else its database's word; undefined when neither rates it. */
function ownRating(record, affected) {
    return vectorRating(record, affected) ?? databaseRating(record, affected);
}
/** The most severe of the related records' ratings; a computed score wins a tie. */
function relatedRating(related) {
    let best;
    for (const other of related) {
        const rating = ownRating(other);
        if (!rating || rating.severity === 'unknown')
            continue;
        const candidate = { ...rating, source: `${rating.source} (${other.id})` };
        const rank = severityRank(candidate.severity);
        const bestRank = best ? severityRank(best.severity) : -1;
        if (rank > bestRank ||
            (rank === bestRank && candidate.score !== undefined && best?.score === undefined))
            best = candidate;
    }
    return best;
}
/**
 * How severe one record is for one package: a CVSS v4 > v3.x > v2 base score from a vector
 * (the matched `affected` entry's first, then the record's), else the database's own rating
 * (GHSA severity, Debian urgency, Ubuntu priority, \u2026), else the most severe rating of the
 * `related` records the caller fetched (the record's upstream CVE and aliases), else `unknown`.
 * Never throws: records are hostile, and what cannot be read does not rate.
 */
function rate(record, affected, related = []) {
    const own = ownRating(record, affected);
    if (own && own.severity !== 'unknown')
        return own;
    return relatedRating(related) ?? own ?? { severity: 'unknown', source: 'none' };
}


/***/ }),

/***/ 18306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/**
 * The data the vulnerability scan passes from step to step:
 * SBOM \u2192 packages \u2192 OSV records \u2192 matches \u2192 ratings \u2192 gate \u2192 report.
 * Each step lives in its own folder under src/vuln and speaks only these types.
 */
/** Severity levels, most severe first. `unknown`: neither a vector nor the record says. */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'none', 'unknown'];


/***/ }),

/***/ 50342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eV: () => (/* reexport */ InvalidVersionError),
  Zy: () => (/* reexport */ compareVersions),
  fH: () => (/* reexport */ isAffected),
  FG: () => (/* reexport */ parseVersionRange),
  dF: () => (/* reexport */ rangeContains),
  H_: () => (/* reexport */ schemeForEcosystem),
  is: () => (/* reexport */ schemeForPurlType)
});

;// CONCATENATED MODULE: ./src/vuln/versions/error.ts
/** A version, or a version range, that its scheme cannot read. */
class InvalidVersionError extends Error {
    scheme;
    version;
    constructor(scheme, version, reason) {
        super(`not a valid ${scheme} version: ${JSON.stringify(version)} (${reason})`);
        this.name = 'InvalidVersionError';
        this.scheme = scheme;
        this.version = version;
    }
}
/** No real version is this long; the cap bounds the work a hostile string can cause. */
const MAX_VERSION_LENGTH = 256;
/** Rejects an empty or oversized version before a scheme parses it. */
function checkLength(scheme, version) {
    if (version.length === 0)
        throw new InvalidVersionError(scheme, version, 'empty');
    if (version.length > MAX_VERSION_LENGTH) {
        throw new InvalidVersionError(scheme, version.slice(0, 40) + '\u2026', `longer than ${MAX_VERSION_LENGTH} characters`);
    }
}
/** Compares two runs of decimal digits of any length, as numbers. */
function compareDigits(a, b) {
    const x = a.replace(/^0+/, '');
    const y = b.replace(/^0+/, '');
    if (x.length !== y.length)
        return x.length - y.length;
    return x < y ? -1 : x > y ? 1 : 0;
}
/** Plain code-unit order, as C's strcmp and Ruby's String#<=> on ASCII. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/vuln/versions/apk.ts

/**
 * Alpine versions, `digits{.digits}[letter]{_suffix[digits]}[~hash][-rN]`, compared as
 * apk-tools does: token by token, where a digit run after a dot with a leading zero compares as
 * text (as Gentoo's rule), pre-release suffixes (`_alpha` `_beta` `_pre` `_rc`) sort below the
 * bare version and post-release ones (`_cvs` `_svn` `_git` `_hg` `_p`) above it, and of two
 * versions equal so far the one that ends sorts below the one that goes on with a digit, letter,
 * post-release suffix, hash or revision.
 */
var Kind;
(function (Kind) {
    Kind[Kind["InitialDigit"] = 0] = "InitialDigit";
    Kind[Kind["Digit"] = 1] = "Digit";
    Kind[Kind["Letter"] = 2] = "Letter";
    Kind[Kind["Suffix"] = 3] = "Suffix";
    Kind[Kind["SuffixNumber"] = 4] = "SuffixNumber";
    Kind[Kind["Hash"] = 5] = "Hash";
    Kind[Kind["Revision"] = 6] = "Revision";
    Kind[Kind["End"] = 7] = "End";
})(Kind || (Kind = {}));
const SUFFIXES = ['alpha', 'beta', 'pre', 'rc', '', 'cvs', 'svn', 'git', 'hg', 'p'];
const RELEASE = SUFFIXES.indexOf('');
const TOKEN = /^(?:([a-z])|\.(\d+)|(\d+)|_([a-z]+)|~([0-9a-f]+)|-r(\d+))/;
function tokenize(version) {
    checkLength('apk', version);
    const fail = (reason) => {
        throw new InvalidVersionError('apk', version, reason);
    };
    const first = /^\d+/.exec(version);
    if (!first)
        return fail('must start with a digit');
    const tokens = [{ kind: Kind.InitialDigit, text: first[0], rank: 0 }];
    let rest = version.slice(first[0].length);
    let last = Kind.InitialDigit;
    while (rest !== '') {
        const m = TOKEN.exec(rest);
        if (!m)
            return fail(`unexpected ${JSON.stringify(rest)}`);
        let token;
        if (m[1] !== undefined && last <= Kind.Digit)
            token = { kind: Kind.Letter, text: m[1], rank: 0 };
        else if (m[2] !== undefined && last <= Kind.Digit)
            token = { kind: Kind.Digit, text: m[2], rank: 0 };
        else if (m[3] !== undefined && last === Kind.Suffix)
            token = { kind: Kind.SuffixNumber, text: m[3], rank: 0 };
        else if (m[4] !== undefined && last <= Kind.SuffixNumber) {
            const rank = SUFFIXES.indexOf(m[4]);
            if (m[4] === '' || rank < 0)
                return fail(`unknown suffix _${m[4]}`);
            token = { kind: Kind.Suffix, text: m[4], rank };
        }
        else if (m[5] !== undefined && last < Kind.Hash)
            token = { kind: Kind.Hash, text: m[5], rank: 0 };
        else if (m[6] !== undefined && last < Kind.Revision)
            token = { kind: Kind.Revision, text: m[6], rank: 0 };
        else
            return fail(`${JSON.stringify(m[0])} cannot follow what precedes it`);
        tokens.push(token);
        last = token.kind;
        rest = rest.slice(m[0].length);
    }
    return tokens;
}
function compareToken(a, b) {
    switch (a.kind) {
        case Kind.Digit:
            // A leading zero on either side: text order, as apk-tools (1.02 < 1.1).
            if (a.text.startsWith('0') || b.text.startsWith('0'))
                return compareStrings(a.text, b.text);
            return compareDigits(a.text, b.text);
        case Kind.InitialDigit:
        case Kind.SuffixNumber:
        case Kind.Revision:
            return compareDigits(a.text, b.text);
        case Kind.Suffix:
            return a.rank - b.rank;
        default:
            return compareStrings(a.text, b.text);
    }
}
function compareApk(a, b) {
    const x = tokenize(a);
    const y = tokenize(b);
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
        const s = x[i];
        const t = y[i];
        if (s.kind !== t.kind)
            return nextOrder(s, t);
        const d = compareToken(s, t);
        if (d !== 0)
            return Math.sign(d);
    }
    if (x.length === y.length)
        return 0;
    const end = { kind: Kind.End, text: '', rank: 0 };
    return nextOrder(x[n] ?? end, y[n] ?? end);
}
/** Two versions equal up to tokens of different kinds: pre-release < end < anything else. */
function nextOrder(s, t) {
    if (s.kind === Kind.Suffix && s.rank < RELEASE)
        return -1;
    if (t.kind === Kind.Suffix && t.rank < RELEASE)
        return 1;
    return s.kind > t.kind ? -1 : 1;
}

;// CONCATENATED MODULE: ./src/vuln/versions/dpkg.ts

const UPSTREAM = /^[0-9][A-Za-z0-9.+~:-]*$/;
const REVISION = /^[A-Za-z0-9.+~]+$/;
function parse(version) {
    checkLength('dpkg', version);
    const fail = (reason) => {
        throw new InvalidVersionError('dpkg', version, reason);
    };
    if (/\s/.test(version))
        fail('embedded spaces');
    const colon = version.indexOf(':');
    let epoch = '0';
    let rest = version;
    if (colon >= 0) {
        epoch = version.slice(0, colon);
        if (!/^[0-9]+$/.test(epoch))
            fail('the epoch is not a number');
        // dpkg keeps epochs in an int.
        if (compareDigits(epoch, '2147483647') > 0)
            fail('the epoch is too big');
        rest = version.slice(colon + 1);
        if (rest === '')
            fail('nothing after the epoch');
    }
    const dash = rest.lastIndexOf('-');
    const upstream = dash >= 0 ? rest.slice(0, dash) : rest;
    const revision = dash >= 0 ? rest.slice(dash + 1) : '';
    if (dash >= 0 && revision === '')
        fail('the revision is empty');
    if (upstream === '')
        fail('the upstream version is empty');
    if (!UPSTREAM.test(upstream))
        fail('the upstream version must start with a digit and use A-Z a-z 0-9 . + ~ - :');
    if (revision !== '' && !REVISION.test(revision))
        fail('the revision may only use A-Z a-z 0-9 . + ~');
    return { epoch, upstream, revision };
}
const isDigit = (s, i) => i < s.length && s[i] >= '0' && s[i] <= '9';
/** A character's weight in a non-digit run: `~` < end = a digit < letters < everything else. */
function weight(s, i) {
    if (i >= s.length || isDigit(s, i))
        return 0;
    const c = s.charCodeAt(i);
    if (c === 0x7e)
        return -1;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))
        return c;
    return c + 256;
}
/** dpkg's verrevcmp: alternating non-digit and digit runs. */
function compareParts(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        while ((i < a.length && !isDigit(a, i)) || (j < b.length && !isDigit(b, j))) {
            const d = weight(a, i) - weight(b, j);
            if (d !== 0)
                return d;
            i++;
            j++;
        }
        const si = i;
        const sj = j;
        while (isDigit(a, i))
            i++;
        while (isDigit(b, j))
            j++;
        const d = compareDigits(a.slice(si, i), b.slice(sj, j));
        if (d !== 0)
            return d;
    }
    return 0;
}
function compareDpkg(a, b) {
    const x = parse(a);
    const y = parse(b);
    return (compareDigits(x.epoch, y.epoch) ||
        compareParts(x.upstream, y.upstream) ||
        compareParts(x.revision, y.revision));
}

;// CONCATENATED MODULE: ./src/vuln/versions/maven.ts

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES = { ga: '', final: '', release: '', cr: 'rc' };
const SHORT = { a: 'alpha', b: 'beta', m: 'milestone' };
const maven_RELEASE = QUALIFIERS.indexOf('');
function qualifier(text, followedByDigit) {
    const long = followedByDigit ? (SHORT[text] ?? text) : text;
    return { qualifier: ALIASES[long] ?? long };
}
function item(text, digits) {
    return digits ? { number: text.replace(/^0+/, '') || '0' } : qualifier(text, false);
}
const isNull = (i) => Array.isArray(i)
    ? i.length === 0
    : 'number' in i
        ? i.number === '0'
        : qualifierRank(i.qualifier) === String(maven_RELEASE);
/** Drops trailing null items, looking past nested lists as Maven does. */
function normalize(list) {
    for (let i = list.length - 1; i >= 0; i--) {
        const last = list[i];
        if (isNull(last))
            list.splice(i, 1);
        else if (!Array.isArray(last))
            break;
    }
}
function maven_parse(version) {
    checkLength('maven', version);
    if (!/^[\x21-\x7e]+$/.test(version)) {
        throw new InvalidVersionError('maven', version, 'only printable ASCII without spaces');
    }
    const text = version.toLowerCase();
    const root = [];
    const lists = [root];
    let list = root;
    let digits = false;
    let start = 0;
    const open = () => {
        const next = [];
        list.push(next);
        lists.push(next);
        list = next;
    };
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '.' || c === '-') {
            list.push(i === start ? { number: '0' } : item(text.slice(start, i), digits));
            start = i + 1;
            if (c === '-')
                open();
        }
        else if (c >= '0' && c <= '9') {
            if (!digits && i > start) {
                // A qualifier after a dot reads as after a hyphen: 1.0.0.X1 < 1.0.0-X2 (Maven 3.9).
                if (list.length > 0)
                    open();
                list.push(qualifier(text.slice(start, i), true));
                start = i;
                open();
            }
            digits = true;
        }
        else {
            if (digits && i > start) {
                list.push(item(text.slice(start, i), true));
                start = i;
                open();
            }
            digits = false;
        }
    }
    if (text.length > start) {
        if (!digits && list.length > 0)
            open();
        list.push(item(text.slice(start), digits));
    }
    for (let i = lists.length - 1; i >= 0; i--)
        normalize(lists[i]);
    return root;
}
/** Known qualifiers by rank, unknown ones after all of them, as Maven's comparable text. */
function qualifierRank(q) {
    const i = QUALIFIERS.indexOf(q);
    return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i);
}
/** `b` undefined: the other side has run out. */
function compareItem(a, b) {
    if (Array.isArray(a)) {
        // Against nothing, every item counts, not only the first (MNG-6964).
        if (b === undefined) {
            for (const i of a) {
                const d = compareItem(i, undefined);
                if (d !== 0)
                    return d;
            }
            return 0;
        }
        if (!Array.isArray(b))
            return 'number' in b ? -1 : 1;
        for (let i = 0; i < Math.max(a.length, b.length); i++) {
            const l = a[i];
            const r = b[i];
            const d = l === undefined ? -compareItem(r, undefined) : compareItem(l, r);
            if (d !== 0)
                return d;
        }
        return 0;
    }
    if ('number' in a) {
        if (b === undefined)
            return a.number === '0' ? 0 : 1;
        return !Array.isArray(b) && 'number' in b ? Math.sign(compareDigits(a.number, b.number)) : 1;
    }
    if (b === undefined)
        return compareStrings(qualifierRank(a.qualifier), String(maven_RELEASE));
    if (Array.isArray(b) || 'number' in b)
        return -1;
    return compareStrings(qualifierRank(a.qualifier), qualifierRank(b.qualifier));
}
function compareMaven(a, b) {
    return compareItem(maven_parse(a), maven_parse(b));
}

;// CONCATENATED MODULE: ./src/vuln/versions/nuget.ts

const PATTERN = /^v?(\d+(?:\.\d+){0,3})(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
function nuget_parse(version) {
    checkLength('nuget', version);
    const m = PATTERN.exec(version.trim());
    if (!m) {
        throw new InvalidVersionError('nuget', version, 'expected 1.2.3[.4][-prerelease][+metadata]');
    }
    const numbers = m[1].split('.');
    while (numbers.length < 4)
        numbers.push('0');
    return { numbers, labels: m[2] ? m[2].split('.') : [] };
}
const isNumber = (label) => /^\d+$/.test(label);
function compareLabel(a, b) {
    if (isNumber(a) && isNumber(b))
        return compareDigits(a, b);
    if (isNumber(a))
        return -1;
    if (isNumber(b))
        return 1;
    const x = a.toUpperCase();
    const y = b.toUpperCase();
    return x < y ? -1 : x > y ? 1 : 0;
}
function compareNuGet(a, b) {
    const x = nuget_parse(a);
    const y = nuget_parse(b);
    for (let i = 0; i < 4; i++) {
        const d = compareDigits(x.numbers[i], y.numbers[i]);
        if (d !== 0)
            return Math.sign(d);
    }
    // A release is newer than any of its prereleases.
    if (x.labels.length === 0 || y.labels.length === 0) {
        return Math.sign(y.labels.length - x.labels.length);
    }
    for (let i = 0; i < Math.min(x.labels.length, y.labels.length); i++) {
        const d = compareLabel(x.labels[i], y.labels[i]);
        if (d !== 0)
            return Math.sign(d);
    }
    return Math.sign(x.labels.length - y.labels.length);
}

;// CONCATENATED MODULE: ./src/vuln/versions/packagist.ts

/**
 * Packagist (Composer) versions: normalised as Composer's VersionParser does (an optional `v`,
 * up to four numbers padded to four, a stability suffix spelled out: a \u2192 alpha, b \u2192 beta,
 * p/pl \u2192 patch, rc \u2192 RC), build metadata dropped, then compared as PHP's version_compare:
 * parts split at `.` `-` `_` `+` and digit/letter changes, numbers as numbers, and
 * dev < alpha < beta < RC < a number < patch, any other word below dev.
 */
const packagist_PATTERN = /^v?(\d+(?:\.\d+){0,3})(?:[._-]?(stable|beta|b|rc|alpha|a|patch|pl|p)((?:[.-]?\d+)*))?([.-]?dev)?$/i;
const STABILITY = {
    a: 'alpha',
    b: 'beta',
    p: 'patch',
    pl: 'patch',
    rc: 'RC'
};
function packagist_normalize(version) {
    checkLength('packagist', version);
    const text = version.trim().replace(/\+[0-9A-Za-z.-]+$/, '');
    const m = packagist_PATTERN.exec(text);
    if (!m) {
        throw new InvalidVersionError('packagist', version, 'expected 1.2.3[.4] with an optional -alpha/-beta/-RC/-patch[N] and -dev (branch names such as dev-main have no order)');
    }
    const numbers = m[1].split('.');
    while (numbers.length < 4)
        numbers.push('0');
    const parts = [...numbers];
    const stability = m[2]?.toLowerCase();
    if (stability && stability !== 'stable') {
        parts.push(STABILITY[stability] ?? stability);
        parts.push(...(m[3] ?? '').split(/[.-]/).filter(Boolean));
    }
    if (m[4])
        parts.push('dev');
    return parts;
}
const SPECIAL = [
    ['dev', 0],
    ['alpha', 1],
    ['a', 1],
    ['beta', 2],
    ['b', 2],
    ['RC', 3],
    ['rc', 3],
    ['#', 4],
    ['pl', 5],
    ['p', 5]
];
/** PHP's order of special forms, matched by prefix as PHP does (`patch` reads as `p`). */
function rank(part) {
    for (const [name, order] of SPECIAL)
        if (part.startsWith(name))
            return order;
    return -1;
}
const packagist_isNumber = (part) => /^\d+$/.test(part);
function comparePart(a, b) {
    if (packagist_isNumber(a) && packagist_isNumber(b))
        return Math.sign(compareDigits(a, b));
    return Math.sign(rank(packagist_isNumber(a) ? '#' : a) - rank(packagist_isNumber(b) ? '#' : b));
}
function comparePackagist(a, b) {
    const x = packagist_normalize(a);
    const y = packagist_normalize(b);
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const d = comparePart(x[i], y[i]);
        if (d !== 0)
            return d;
    }
    // PHP: a longer version is newer when its next part is a number, else as that part against "#".
    if (x.length > y.length)
        return packagist_isNumber(x[y.length]) ? 1 : comparePart(x[y.length], '#');
    if (y.length > x.length)
        return packagist_isNumber(y[x.length]) ? -1 : comparePart('#', y[x.length]);
    return 0;
}

;// CONCATENATED MODULE: ./src/vuln/versions/pep440.ts

/**
 * PEP 440 (Python) versions, read and ordered as pip's `packaging.version` does: an epoch
 * (`1!`), the release numbers (trailing zeros do not count), a pre-release (a/alpha, b/beta,
 * rc/c/pre/preview), a post-release (post/rev/r, or `-N`), a dev release, and a local version
 * (`+ubuntu.1`); separators `.` `-` `_` are optional where pip allows, case does not count.
 * Numbers of any size compare exactly (no floating point).
 */
const pep440_PATTERN = new RegExp([
    '^\\s*v?',
    '(?:(\\d+)!)?', // epoch
    '(\\d+(?:\\.\\d+)*)', // release
    '(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\\d+)?)?', // pre-release
    '(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?', // post-release
    '(?:[-_.]?(dev)[-_.]?(\\d+)?)?', // dev release
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?', // local version
    '\\s*$'
].join(''), 'i');
const PRE_RANK = { a: 0, alpha: 0, b: 1, beta: 1 };
function pep440_parse(version) {
    checkLength('pep440', version);
    const m = pep440_PATTERN.exec(version);
    if (!m)
        throw new InvalidVersionError('pep440', version, 'see PEP 440 for the version scheme');
    const [, epoch = '0', releaseText, preLetter, preNumber, postImplicit, postLetter, postNumber, devLetter, devNumber, local] = m;
    const release = releaseText.split('.');
    while (release.length > 1 && /^0+$/.test(release[release.length - 1]))
        release.pop();
    const post = postImplicit ?? (postLetter !== undefined ? (postNumber ?? '0') : undefined);
    const dev = devLetter !== undefined ? (devNumber ?? '0') : undefined;
    let pre;
    if (preLetter !== undefined)
        pre = [PRE_RANK[preLetter.toLowerCase()] ?? 2, preNumber ?? '0'];
    else if (post === undefined && dev !== undefined)
        pre = [-1, '0'];
    else
        pre = [3, '0'];
    return {
        epoch,
        release,
        pre,
        post,
        dev,
        local: local?.toLowerCase().split(/[-_.]/)
    };
}
function compareRelease(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = compareDigits(a[i] ?? '0', b[i] ?? '0');
        if (d !== 0)
            return d;
    }
    return 0;
}
/** Absent sorts first (`low`) or last. */
function compareOptional(a, b, absent) {
    if (a === undefined || b === undefined) {
        if (a === b)
            return 0;
        return (a === undefined) === (absent === 'low') ? -1 : 1;
    }
    return compareDigits(a, b);
}
/** Local segments: numbers above words, numbers by value, words alphabetically, longer above. */
function compareLocal(a, b) {
    if (a === undefined || b === undefined)
        return a === b ? 0 : a === undefined ? -1 : 1;
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        const xn = /^\d+$/.test(x);
        const yn = /^\d+$/.test(y);
        const d = xn && yn ? compareDigits(x, y) : xn ? 1 : yn ? -1 : compareStrings(x, y);
        if (d !== 0)
            return d;
    }
    return a.length - b.length;
}
function comparePep440(a, b) {
    const x = pep440_parse(a);
    const y = pep440_parse(b);
    return Math.sign(compareDigits(x.epoch, y.epoch) ||
        compareRelease(x.release, y.release) ||
        x.pre[0] - y.pre[0] ||
        compareDigits(x.pre[1], y.pre[1]) ||
        compareOptional(x.post, y.post, 'low') ||
        compareOptional(x.dev, y.dev, 'high') ||
        compareLocal(x.local, y.local));
}

;// CONCATENATED MODULE: ./src/vuln/versions/rpm.ts

function rpm_parse(text) {
    checkLength('rpm', text);
    if (/\s/.test(text))
        throw new InvalidVersionError('rpm', text, 'embedded spaces');
    const m = /^(?:(\d*):)?([^:-][^:]*?)(?:-([^:-]+))?$/.exec(text);
    if (!m)
        throw new InvalidVersionError('rpm', text, 'expected [epoch:]version[-release]');
    return { epoch: m[1] || '0', version: m[2], release: m[3] ?? '' };
}
const isAlnum = (c) => c !== undefined && /[A-Za-z0-9]/.test(c);
const rpm_isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
const isAlpha = (c) => c !== undefined && /[A-Za-z]/.test(c);
/** rpmvercmp. */
function rpmvercmp(a, b) {
    if (a === b)
        return 0;
    let i = 0;
    let j = 0;
    for (;;) {
        while (i < a.length && !isAlnum(a[i]) && a[i] !== '~' && a[i] !== '^')
            i++;
        while (j < b.length && !isAlnum(b[j]) && b[j] !== '~' && b[j] !== '^')
            j++;
        if (i >= a.length && j >= b.length)
            return 0;
        if (a[i] === '~' || b[j] === '~') {
            if (a[i] !== '~')
                return 1;
            if (b[j] !== '~')
                return -1;
            i++;
            j++;
            continue;
        }
        if (a[i] === '^' || b[j] === '^') {
            if (i >= a.length)
                return -1;
            if (j >= b.length)
                return 1;
            if (a[i] !== '^')
                return 1;
            if (b[j] !== '^')
                return -1;
            i++;
            j++;
            continue;
        }
        if (i >= a.length || j >= b.length)
            break;
        const numeric = rpm_isDigit(a[i]);
        const inRun = numeric ? rpm_isDigit : isAlpha;
        const si = i;
        const sj = j;
        while (inRun(a[i]))
            i++;
        while (inRun(b[j]))
            j++;
        // Segments of different kinds: the numeric one is newer.
        if (j === sj)
            return numeric ? 1 : -1;
        const d = numeric
            ? compareDigits(a.slice(si, i), b.slice(sj, j))
            : compareStrings(a.slice(si, i), b.slice(sj, j));
        if (d !== 0)
            return Math.sign(d);
    }
    return i >= a.length ? -1 : 1;
}
function compareRpm(a, b) {
    const x = rpm_parse(a);
    const y = rpm_parse(b);
    return (Math.sign(compareDigits(x.epoch, y.epoch)) ||
        rpmvercmp(x.version, y.version) ||
        rpmvercmp(x.release, y.release));
}

;// CONCATENATED MODULE: ./src/vuln/versions/rubygems.ts

const rubygems_PATTERN = /^[0-9]+(?:\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
function segments(version) {
    checkLength('rubygems', version);
    const text = version.trim();
    if (text === '')
        return [];
    if (!rubygems_PATTERN.test(text)) {
        throw new InvalidVersionError('rubygems', version, 'expected digits and letters separated by dots');
    }
    const all = (text.replaceAll('-', '.pre.').match(/[0-9]+|[a-z]+/gi) ?? []).map(s => /^\d/.test(s) ? BigInt(s) : s);
    // Canonical form: trailing zeros dropped from the release part and from the prerelease part.
    const firstLetter = all.findIndex(s => typeof s === 'string');
    const release = firstLetter < 0 ? all : all.slice(0, firstLetter);
    const prerelease = firstLetter < 0 ? [] : all.slice(firstLetter);
    const trim = (list) => {
        let end = list.length;
        while (end > 0 && list[end - 1] === 0n)
            end--;
        return list.slice(0, end);
    };
    return [...trim(release), ...trim(prerelease)];
}
function compareRubyGems(a, b) {
    const x = segments(a);
    const y = segments(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const l = x[i] ?? 0n;
        const r = y[i] ?? 0n;
        if (l === r)
            continue;
        if (typeof l === 'string' && typeof r === 'bigint')
            return -1;
        if (typeof l === 'bigint' && typeof r === 'string')
            return 1;
        return typeof l === 'bigint' ? (l < r ? -1 : 1) : compareStrings(l, r);
    }
    return 0;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
;// CONCATENATED MODULE: ./src/vuln/versions/semver.ts


/**
 * SemVer 2.0.0 precedence through npm's own `semver` package, strict (not loose): what npm and
 * Cargo accept. Build metadata does not count.
 */
function semver_parse(scheme, version) {
    checkLength(scheme, version);
    try {
        return new semver.SemVer(version, { loose: false });
    }
    catch {
        throw new InvalidVersionError(scheme, version, 'expected MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]');
    }
}
function compareSemver(a, b) {
    return semver_parse('semver', a).compare(semver_parse('semver', b));
}
/**
 * Go module versions: semantic versions with a `v` (OSV writes them without), shorthands `v1`
 * and `v1.2` as golang.org/x/mod/semver reads them, pseudo-versions (prereleases, so they
 * already sort by base version, then time), and `+incompatible` (build metadata: ignored).
 * Toolchain versions as `go version` prints them (`go1.21.3`, `go1.21rc2`) are read as the Go
 * vulnerability database writes the standard library (`1.21.3`, `1.21.0-rc.2`).
 */
function parseGo(version) {
    checkLength('go', version);
    const toolchain = /^go(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(beta|rc)(\d+))?$/.exec(version);
    let text;
    if (toolchain) {
        const [, major, minor = '0', patch = '0', pre, n] = toolchain;
        text = `${major}.${minor}.${patch}${pre ? `-${pre}.${n}` : ''}`;
    }
    else {
        // Shorthands take neither a prerelease nor build metadata (x/mod/semver).
        const short = /^v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?$/.exec(version);
        if (short)
            text = `${short[1]}.${short[2] ?? '0'}.0`;
        else
            text = version.replace(/^v/, '');
    }
    if (text.startsWith('v')) {
        throw new InvalidVersionError('go', version, 'expected vMAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]');
    }
    try {
        return new semver.SemVer(text, { loose: false });
    }
    catch {
        throw new InvalidVersionError('go', version, 'expected vMAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]');
    }
}
function compareGo(a, b) {
    return parseGo(a).compare(parseGo(b));
}

;// CONCATENATED MODULE: ./src/vuln/versions/scheme.ts









const COMPARATORS = {
    dpkg: compareDpkg,
    rpm: compareRpm,
    apk: compareApk,
    semver: compareSemver,
    pep440: comparePep440,
    maven: compareMaven,
    go: compareGo,
    rubygems: compareRubyGems,
    nuget: compareNuGet,
    packagist: comparePackagist
};
/**
 * Orders two versions by the scheme's own rules: <0, 0 or >0. Throws InvalidVersionError for a
 * version the scheme cannot read.
 */
function compareVersions(scheme, a, b) {
    const d = Math.sign(COMPARATORS[scheme](a, b));
    return d === 0 ? 0 : d; // never -0
}
/** OSV ecosystems by name before the first `:` (the release: `Debian:12`, `Alpine:v3.19`). */
const ECOSYSTEMS = {
    Debian: 'dpkg',
    Ubuntu: 'dpkg',
    Alpine: 'apk',
    Wolfi: 'apk',
    Chainguard: 'apk',
    'Red Hat': 'rpm',
    'Rocky Linux': 'rpm',
    AlmaLinux: 'rpm',
    openSUSE: 'rpm',
    SUSE: 'rpm',
    Mageia: 'rpm',
    npm: 'semver',
    'crates.io': 'semver',
    PyPI: 'pep440',
    Maven: 'maven',
    Go: 'go',
    RubyGems: 'rubygems',
    NuGet: 'nuget',
    Packagist: 'packagist'
};
/** The version scheme of an OSV ecosystem, release suffix and all; undefined when not covered. */
function schemeForEcosystem(osvEcosystem) {
    const name = osvEcosystem.split(':')[0].trim();
    return Object.hasOwn(ECOSYSTEMS, name) ? ECOSYSTEMS[name] : undefined;
}
const PURL_TYPES = {
    deb: 'dpkg',
    rpm: 'rpm',
    apk: 'apk',
    npm: 'semver',
    cargo: 'semver',
    pypi: 'pep440',
    maven: 'maven',
    golang: 'go',
    gem: 'rubygems',
    nuget: 'nuget',
    composer: 'packagist'
};
/** The version scheme of a purl type (`deb`, `npm`, \u2026; case-insensitive as purl types are). */
function schemeForPurlType(type) {
    const name = type.toLowerCase();
    return Object.hasOwn(PURL_TYPES, name) ? PURL_TYPES[name] : undefined;
}

;// CONCATENATED MODULE: ./src/vuln/versions/affected.ts


const KINDS = ['introduced', 'fixed', 'last_affected', 'limit'];
/** On equal versions `introduced` sorts first, so a range [X, X) is empty. */
const KIND_ORDER = { introduced: 0, fixed: 1, last_affected: 2 };
/** An event's kind and version; undefined for one the schema does not define. */
function eventOf(event) {
    const fields = event;
    for (const kind of KINDS) {
        const version = fields[kind];
        if (typeof version === 'string')
            return { kind, version };
    }
    return undefined;
}
/**
 * Whether `version` is affected by one OSV `affected` entry, by the OSV schema's evaluation
 * (https://ossf.github.io/osv-schema/#evaluation): a version listed in `versions` (equal as
 * text or by the scheme), or within any ECOSYSTEM or SEMVER range. Within a range, events are
 * evaluated in version order: `introduced` (`"0"` before everything) opens, `fixed` closes at
 * that version, `last_affected` closes after it; `limit` events bound the range (`v < limit`
 * for any of them; `"*"` is infinity). SEMVER ranges use semantic versioning whatever the
 * ecosystem (Go's `v` prefix accepted). GIT ranges are not evaluated: their commits have no
 * version order; only the `versions` list counts for them.
 *
 * Throws InvalidVersionError when `version` itself cannot be read by the scheme a range
 * needs: the caller reports the package as not scanned rather than as clean.
 *
 * A record's own unreadable event never throws: it widens the range, never narrows it (an
 * unreadable `introduced` is read as "0", an unreadable `fixed`, `last_affected` or `limit`
 * is left out), so a typo in a record errs toward a finding, as a gate must. `onInvalidEvent`
 * hears of each such event.
 */
function isAffected(affected, version, scheme, onInvalidEvent) {
    const ranges = (affected.ranges ?? []).filter(r => r.type === 'ECOSYSTEM' || r.type === 'SEMVER');
    // Read the installed version first: an unreadable one is the caller's to know, not a "no".
    const rangeSchemes = new Set(ranges.map(r => rangeScheme(r, scheme)));
    for (const s of rangeSchemes)
        compareVersions(s, version, version);
    if (inVersions(affected.versions ?? [], version, scheme))
        return true;
    return ranges.some(r => inRange(r, version, rangeScheme(r, scheme), onInvalidEvent));
}
function rangeScheme(range, scheme) {
    if (range.type !== 'SEMVER')
        return scheme;
    return scheme === 'go' ? 'go' : 'semver';
}
function inVersions(versions, version, scheme) {
    return versions.some(v => {
        if (v === version)
            return true;
        try {
            return compareVersions(scheme, v, version) === 0;
        }
        catch {
            return false;
        }
    });
}
function inRange(range, version, scheme, onInvalidEvent) {
    /** Compares to the installed version; undefined for an event the scheme cannot read. */
    const readable = (event, other) => {
        try {
            return compareVersions(scheme, version, other);
        }
        catch (error) {
            if (!(error instanceof InvalidVersionError))
                throw error;
            const readAs = eventOf(event)?.kind === 'introduced' ? 'introduced 0' : 'ignored';
            onInvalidEvent?.({ event, error, readAs });
            return undefined;
        }
    };
    let limited = false;
    let belowALimit = false;
    const events = [];
    for (const event of range.events ?? []) {
        const e = eventOf(event);
        if (!e)
            continue;
        if (e.kind === 'limit') {
            // A limit containing "*" is infinity.
            const cmp = e.version.includes('*') ? -1 : readable(event, e.version);
            if (cmp !== undefined) {
                limited = true;
                belowALimit ||= cmp < 0;
            }
            continue;
        }
        if (e.kind === 'introduced' && e.version === '0') {
            events.push({ kind: 'introduced', version: undefined, cmp: 1 });
            continue;
        }
        const cmp = readable(event, e.version);
        if (cmp === undefined) {
            if (e.kind === 'introduced')
                events.push({ kind: 'introduced', version: undefined, cmp: 1 });
            continue;
        }
        events.push({ kind: e.kind, version: e.version, cmp });
    }
    // The schema's BeforeLimits: no limit at all, or the version below one of them.
    if (limited && !belowALimit)
        return false;
    events.sort((x, y) => {
        if (x.version === undefined || y.version === undefined) {
            return (x.version === undefined ? 0 : 1) - (y.version === undefined ? 0 : 1);
        }
        return compareVersions(scheme, x.version, y.version) || KIND_ORDER[x.kind] - KIND_ORDER[y.kind];
    });
    let vulnerable = false;
    for (const e of events) {
        if (e.kind === 'introduced' && e.cmp >= 0)
            vulnerable = true;
        else if (e.kind === 'fixed' && e.cmp >= 0)
            vulnerable = false;
        else if (e.kind === 'last_affected' && e.cmp > 0)
            vulnerable = false;
    }
    return vulnerable;
}

;// CONCATENATED MODULE: ./src/vuln/versions/range.ts


/** Bounds what one range may ask for. */
const MAX_RANGE_LENGTH = 4096;
const MAX_COMPARATORS = 64;
const COMPARATOR = /^(>=|<=|!=|<|>|=)?\s*(\S.*)$/;
function parseVersionRange(scheme, text) {
    const fail = (reason) => {
        throw new InvalidVersionError(scheme, text, `as a version range: ${reason}`);
    };
    if (text.length > MAX_RANGE_LENGTH)
        fail(`longer than ${MAX_RANGE_LENGTH} characters`);
    let body = text.trim();
    const vers = /^vers:([^/]+)\/(.*)$/i.exec(body);
    if (vers) {
        const typeScheme = schemeForPurlType(vers[1]);
        if (typeScheme !== undefined && typeScheme !== scheme) {
            fail(`vers type ${vers[1]} uses ${typeScheme} versions, not ${scheme}`);
        }
        body = vers[2].trim();
    }
    if (body === '')
        fail('empty');
    if (body === '*')
        return { scheme, kind: 'any' };
    const comparator = (part) => {
        const m = COMPARATOR.exec(part.trim());
        if (!m)
            return fail(`empty constraint in ${JSON.stringify(text)}`);
        const version = m[2].trim();
        if (/[\s<>=!,|*]/.test(version))
            fail(`cannot read the constraint ${JSON.stringify(part.trim())}`);
        // Reads the version now: a typo is the caller's error, not a silent "no".
        compareVersions(scheme, version, version);
        return { operator: (m[1] ?? '='), version };
    };
    if (vers) {
        const parts = body.split('|');
        if (parts.length > MAX_COMPARATORS)
            fail(`more than ${MAX_COMPARATORS} constraints`);
        return { scheme, kind: 'vers', comparators: parts.map(comparator) };
    }
    const alternatives = body.split('|').map(alt => alt.split(','));
    if (alternatives.flat().length > MAX_COMPARATORS)
        fail(`more than ${MAX_COMPARATORS} constraints`);
    return { scheme, kind: 'constraints', anyOf: alternatives.map(alt => alt.map(comparator)) };
}
function holds(scheme, version, c) {
    const d = compareVersions(scheme, version, c.version);
    switch (c.operator) {
        case '=':
            return d === 0;
        case '!=':
            return d !== 0;
        case '<':
            return d < 0;
        case '<=':
            return d <= 0;
        case '>':
            return d > 0;
        case '>=':
            return d >= 0;
    }
}
/** Whether the range contains `version`; throws InvalidVersionError when it cannot be read. */
function rangeContains(range, version) {
    compareVersions(range.scheme, version, version);
    if (range.kind === 'any')
        return true;
    if (range.kind === 'constraints') {
        return range.anyOf.some(all => all.every(c => holds(range.scheme, version, c)));
    }
    return versContains(range.scheme, range.comparators, version);
}
/** purl-spec vers containment: equalities decide first, then the sorted interval bounds. */
function versContains(scheme, comparators, version) {
    const bounds = [];
    for (const c of comparators) {
        const equal = compareVersions(scheme, version, c.version) === 0;
        if (c.operator === '=' && equal)
            return true;
        if (c.operator === '!=' && equal)
            return false;
        if (c.operator !== '=' && c.operator !== '!=')
            bounds.push(c);
    }
    if (bounds.length === 0)
        return comparators.some(c => c.operator === '!=');
    bounds.sort((a, b) => compareVersions(scheme, a.version, b.version));
    const below = (c) => c.operator === '<' || c.operator === '<=';
    for (let i = 0; i < bounds.length; i++) {
        const current = bounds[i];
        const next = bounds[i + 1];
        if (i === 0 && below(current) && holds(scheme, version, current))
            return true;
        if (next === undefined && !below(current) && holds(scheme, version, current))
            return true;
        if (next !== undefined && !below(current) && below(next)) {
            if (holds(scheme, version, current) && holds(scheme, version, next))
                return true;
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./src/vuln/versions/index.ts
/**
 * Version comparison per ecosystem, and whether an OSV `affected` entry or a version range
 * covers a version. Pure functions: no I/O.
 */






/***/ })

};
