export const id = 406;
export const ids = [406];
export const modules = {

/***/ 97053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kX: () => (/* reexport */ checkRoom),
  g$: () => (/* reexport */ prepareOutputDir),
  Zf: () => (/* reexport */ writeFileAtomic)
});

// UNUSED EXPORTS: fileError

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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

/***/ 76197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gt: () => (/* binding */ countFindings),
  I9: () => (/* binding */ gateFailure),
  u4: () => (/* binding */ leftOutSummary),
  Vf: () => (/* binding */ ociPurl),
  n1: () => (/* binding */ openScanner),
  qz: () => (/* binding */ scanOutputs),
  yK: () => (/* binding */ scanSummary),
  w3: () => (/* binding */ writeScanReports)
});

// UNUSED EXPORTS: COUNTED_SEVERITIES, JSON_REPORT, SARIF_REPORT, describedPurl, jsonReport

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/files/index.ts + 2 modules
var files = __webpack_require__(97053);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/sbom/purl.ts
var purl = __webpack_require__(74468);
// EXTERNAL MODULE: ./src/vuln/gate/index.ts + 2 modules
var vuln_gate = __webpack_require__(1279);
// EXTERNAL MODULE: ./src/vuln/osv/index.ts + 9 modules
var osv = __webpack_require__(65315);
// EXTERNAL MODULE: ./src/vuln/report/index.ts + 4 modules
var report = __webpack_require__(63671);
// EXTERNAL MODULE: ./src/sbom/tool.ts + 1 modules
var tool = __webpack_require__(48845);
// EXTERNAL MODULE: ./src/vuln/severity/index.ts + 2 modules
var severity = __webpack_require__(40299);
// EXTERNAL MODULE: ./src/vuln/versions/index.ts + 13 modules
var versions = __webpack_require__(50342);
;// CONCATENATED MODULE: ./src/vuln/scan.ts




/**
 * Scans one SBOM: its packages \u2192 the records the source has for them \u2192 the records that
 * affect the installed versions \u2192 a rating each. A record that rates nothing itself (many
 * distribution records carry no CVSS vector) is rated by its upstream and alias records,
 * fetched through the same source.
 */
async function scanSbom(sbom, source, options = {}) {
    const now = options.now ?? (() => new Date());
    const startedAt = now().toISOString();
    const { packages: candidates, unscanned } = (0,osv/* packagesOf */.DT)(sbom);
    const found = await source.lookup(candidates);
    const packages = [];
    const matches = [];
    let updatedAt;
    for (const pkg of candidates) {
        const records = found.get(pkg) ?? [];
        for (const record of records)
            updatedAt = newer(updatedAt, record.modified);
        try {
            matches.push(...(0,osv/* match */.YW)(pkg, records));
            packages.push(pkg);
        }
        catch (error) {
            if (!(error instanceof versions/* InvalidVersionError */.eV))
                throw error;
            unscanned.push(unreadable(pkg, error));
        }
    }
    const findings = await rateAll(matches, source);
    findings.sort((a, b) => (0,severity/* severityRank */.qs)(b.rating.severity) - (0,severity/* severityRank */.qs)(a.rating.severity) ||
        a.package.name.localeCompare(b.package.name) ||
        a.id.localeCompare(b.id));
    return {
        scanner: {
            name: tool/* TOOL */.j.name,
            version: tool/* TOOL */.j.version,
            uri: options.scannerUri ?? `urn:${tool/* TOOL */.j.vendor}:${tool/* TOOL */.j.name}`
        },
        database: { source: source.description, ...(updatedAt ? { updatedAt } : {}) },
        packages,
        unscanned,
        findings,
        startedAt,
        finishedAt: now().toISOString()
    };
}
/** Ratings for every match; the related records of those that rate nothing are fetched once, together. */
async function rateAll(matches, source) {
    const own = matches.map(m => (0,severity/* rate */.TS)(m.record, m.affected));
    const wanted = new Set();
    matches.forEach((m, i) => {
        if (own[i]?.severity === 'unknown')
            for (const id of relatedIds(m.record))
                wanted.add(id);
    });
    const related = new Map();
    if (wanted.size > 0)
        for (const record of await source.fetch([...wanted]))
            related.set(record.id, record);
    return matches.map((m, i) => {
        const rating = own[i]?.severity === 'unknown'
            ? (0,severity/* rate */.TS)(m.record, m.affected, relatedIds(m.record).flatMap(id => related.get(id) ?? []))
            : own[i];
        return { ...m, id: m.record.id, aliases: relatedIds(m.record), rating };
    });
}
/** The record's upstream IDs (a Debian record's CVE) and aliases, without itself. */
function relatedIds(record) {
    const ids = [...(record.upstream ?? []), ...(record.aliases ?? [])].filter(id => typeof id === 'string' && id !== record.id);
    return [...new Set(ids)];
}
function unreadable(pkg, error) {
    return {
        purl: pkg.purl,
        name: pkg.name,
        version: pkg.version,
        why: `${pkg.osv.ecosystem} cannot compare its version: ${error.message}`
    };
}
function newer(current, candidate) {
    if (typeof candidate !== 'string' || Number.isNaN(Date.parse(candidate)))
        return current;
    return !current || Date.parse(candidate) > Date.parse(current) ? candidate : current;
}

;// CONCATENATED MODULE: ./src/pipelines/vulnerabilities.ts








/** The severities the outputs count, in the order the summary shows them. */
const COUNTED_SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'];
const JSON_REPORT = 'vulnerabilities.json';
const SARIF_REPORT = 'vulnerabilities.sarif';
/**
 * The source the config names (a local database, else the API or its mirror) and the VEX
 * document, read once: a bad path fails before any image is pulled or scanned.
 */
async function openScanner(config, budget) {
    const source = config.database
        ? await (0,osv/* osvDatabase */.C5)(config.database)
        : (0,osv/* osvApi */.dW)({ url: config.osvURL, budget });
    const vex = config.vex ? await (0,vuln_gate/* loadVex */.Ks)(config.vex) : undefined;
    const warned = new Set();
    return {
        description: source.description,
        async scan(sbom, subject, failOn) {
            const result = await scanSbom(sbom, source, {});
            const gate = (0,vuln_gate/* applyGate */.ei)(result.findings, {
                failOn,
                unknownAs: config.unknownAs,
                ignores: config.ignores,
                vex,
                subject: { digest: subject.digest, purls: subject.purls },
                now: new Date()
            });
            for (const lapsed of gate.lapsedIgnores) {
                if (warned.has(lapsed.text))
                    continue;
                warned.add(lapsed.text);
                log/* log */.Rm.warning(`ignore-vulnerabilities: "${lapsed.text}" lapsed after ${lapsed.until}: ${lapsed.id} counts again. Fix it, or review the exception and give it a new date`);
            }
            const leftOut = sbom.summary.skipped ?? [];
            const incompleteFails = failOn !== 'none' && leftOut.length > 0 && !config.allowIncomplete;
            return { subject, failOn, result, gate, leftOut, incompleteFails };
        }
    };
}
/** What an incomplete SBOM says it left out, in brief: how many problems, and the first. */
function leftOutSummary(leftOut) {
    return `${leftOut.length} problem(s); the first: ${leftOut[0]}`;
}
/** A scan's SBOM as the reports show it when it marks itself incomplete. */
function incompleteSbom(scan) {
    return scan.leftOut.length > 0
        ? { leftOut: scan.leftOut, failsGate: scan.incompleteFails }
        : undefined;
}
/** The hint for an SBOM the gate fails because it marks itself incomplete. */
const INCOMPLETE_HINT = 'Mend what the SBOM says it left out (the log of the run that made it names each part), or set "allow-incomplete-sbom: true" (--allow-incomplete-sbom) to gate on what it lists';
/** Why the gate fails, across scans (the findings, one each, and SBOMs that left parts out), or undefined. */
function gateFailure(scans) {
    const failing = scans.flatMap(s => s.gate.failing.map(f => ({ scan: s, finding: f })));
    const incomplete = scans.filter(s => s.incompleteFails);
    if (failing.length === 0 && incomplete.length === 0)
        return undefined;
    const where = (scan) => (scan.subject.platform ? ` on ${scan.subject.platform}` : '');
    const shown = failing.slice(0, 5).map(({ scan, finding }) => {
        return `${finding.id} (${finding.rating.severity}) in ${finding.package.name} ${finding.package.version}${where(scan)}`;
    });
    const more = failing.length > shown.length ? `, and ${failing.length - shown.length} more` : '';
    const reasons = shown.length > 0 ? [`${shown.join('; ')}${more}`] : [];
    for (const scan of incomplete)
        reasons.push(`the SBOM${where(scan)} marks itself incomplete (${leftOutSummary(scan.leftOut)}), so what it left out was not scanned. ${INCOMPLETE_HINT}`);
    const threshold = scans[0]?.failOn ?? 'none';
    return `vulnerability gate (fail on ${threshold} and above): ${reasons.join('; ')}`;
}
/**
 * The JSON report (each scan's own report, with what it is of) and one SARIF log with a
 * run per scan, each with its own category so code scanning keeps them apart.
 */
async function writeScanReports(dir, scans, paths = {}) {
    const json = paths.json ?? (0,external_node_path_.join)(dir.path, JSON_REPORT);
    const sarif = paths.sarif ?? (0,external_node_path_.join)(dir.path, SARIF_REPORT);
    const jsonText = `${JSON.stringify(jsonReport(scans), null, 2)}\n`;
    await (0,files/* writeFileAtomic */.Zf)(json, jsonText, paths.json ? '--json' : dir.origin);
    const sarifText = `${JSON.stringify(sarifLog(scans), null, 2)}\n`;
    await (0,files/* writeFileAtomic */.Zf)(sarif, sarifText, paths.sarif ? '--sarif' : dir.origin);
    return { json, sarif };
}
function jsonReport(scans) {
    return {
        passed: scans.every(s => s.gate.failing.length === 0 && !s.incompleteFails),
        counts: countFindings(scans),
        scans: scans.map(s => {
            const incomplete = incompleteSbom(s);
            return {
                artifact: s.subject.artifact,
                ...(s.subject.platform ? { platform: s.subject.platform } : {}),
                ...(s.subject.digest ? { digest: s.subject.digest } : {}),
                failOn: s.failOn,
                ...(incomplete ? { incompleteSbom: incomplete } : {}),
                ...(0,report/* toJson */.aB)(s.result, s.gate),
                // The scan's own verdict is on its findings; the gate also fails an incomplete SBOM.
                ...(s.incompleteFails ? { passed: false } : {})
            };
        })
    };
}
function sarifLog(scans) {
    const logs = scans.map(s => (0,report/* toSarif */.zv)(s.result, s.gate, { artifact: s.subject.artifact }));
    const runs = logs.flatMap((l, i) => {
        const scan = scans[i];
        const category = scan.subject.platform ?? 'sbom';
        return (l.runs ?? []).map(run => scans.length > 1 ? { ...run, automationDetails: { id: `sbom-sign/${category}/` } } : run);
    });
    return { ...logs[0], runs };
}
/**
 * Findings the gate counted (not set aside), by severity. One vulnerability in one package
 * counts once, however many platforms carry it.
 */
function countFindings(scans) {
    const counts = Object.fromEntries(COUNTED_SEVERITIES.map(s => [s, 0]));
    const seen = new Set();
    for (const scan of scans)
        for (const finding of scan.gate.findings) {
            if (finding.suppressed)
                continue;
            const key = `${finding.id}\0${finding.package.name}\0${finding.package.version}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            const severity = finding.rating.severity;
            if (severity in counts)
                counts[severity]++;
        }
    return counts;
}
/** Step outputs: the report paths and the counts by severity. */
function scanOutputs(paths, scans) {
    const outputs = {
        'vulnerabilities-path': paths.json,
        'sarif-path': paths.sarif
    };
    for (const [severity, count] of Object.entries(countFindings(scans)))
        outputs[`vulnerabilities-${severity}`] = String(count);
    return outputs;
}
/**
 * The job summary: the gate's setting, then each scan's own summary, headed by what was
 * scanned when there are several (the platforms of an index).
 */
function scanSummary(scans, settings) {
    const gate = settings.failOn === 'none'
        ? 'No gate is set (`fail-on-severity: none`): the findings are reported only.'
        : `Gate: \`fail-on-severity: ${settings.failOn}\`; a finding of unknown severity ranks as ${settings.unknownAs}.`;
    return scans
        .map((scan, i) => {
        const what = `\`${scan.subject.artifact}\`${scan.subject.platform ? ` (${scan.subject.platform})` : ''}`;
        const own = (0,report/* summaryMarkdown */.eH)(scan.result, scan.gate, incompleteSbom(scan)).replace(/^### Vulnerabilities\n/, `### Vulnerabilities of ${what}\n${i === 0 ? `\n${gate}\n` : ''}`);
        return own;
    })
        .join('\n');
}
/** The image as OpenVEX documents name products: `pkg:oci/NAME@DIGEST?repository_url=\u2026`. */
function ociPurl(ref, digest) {
    const last = ref.repository.slice(ref.repository.lastIndexOf('/') + 1);
    return (0,purl/* purl */.EV)('oci', undefined, last, digest, { repository_url: ref.name });
}
/**
 * The purl of what the SBOM describes (CycloneDX `metadata.component`, SPDX's described
 * package), for VEX statements that name the image by purl.
 */
function describedPurl(sbom) {
    const doc = sbom.document;
    if (sbom.format === 'cyclonedx-json') {
        const purl = field(field(doc.metadata, 'component'), 'purl');
        return typeof purl === 'string' ? [purl] : [];
    }
    const described = new Set(list(doc.documentDescribes));
    return list(doc.packages)
        .filter(p => described.has(field(p, 'SPDXID')) || field(p, 'primaryPackagePurpose') === 'CONTAINER')
        .flatMap(p => list(field(p, 'externalRefs')))
        .filter(r => field(r, 'referenceType') === 'purl')
        .map(r => field(r, 'referenceLocator'))
        .filter((purl) => typeof purl === 'string');
}
const list = (value) => (Array.isArray(value) ? value : []);
const field = (value, key) => typeof value === 'object' && value !== null ? value[key] : undefined;


/***/ }),

/***/ 40352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Xj: () => (/* reexport */ BUILDX_SBOM_HINT),
  C0: () => (/* reexport */ buildxSbom),
  N3: () => (/* binding */ generateSbom),
  My: () => (/* reexport */ loadSbomFile),
  LT: () => (/* reexport */ sbomFromPredicate),
  jZ: () => (/* binding */ sbomSummaryMarkdown)
});

// UNUSED EXPORTS: CYCLONEDX_PREDICATE, SPDX_PREDICATE, catalogImage

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/heap.ts + 2 modules
var heap = __webpack_require__(14349);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
;// CONCATENATED MODULE: ./src/sbom/distro.ts
const OS_RELEASE = ['etc/os-release', 'usr/lib/os-release'];
const DEBIAN_VERSION = 'etc/debian_version';
/** Reads os-release and debian_version; `collect` is separate because the view needs all layers first. */
const distroReader = {
    name: 'os-release',
    maxFileSize: 64 * 1024,
    wants: path => path === DEBIAN_VERSION || OS_RELEASE.includes(path),
    parse(path, content) {
        const text = content.toString('utf8');
        if (path === DEBIAN_VERSION)
            return { DEBIAN_VERSION: text.trim() };
        return parseOsRelease(text);
    }
};
/** KEY=value lines with optional shell quoting (os-release(5)). */
function parseOsRelease(text) {
    const out = {};
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        let value = line.slice(eq + 1).trim();
        const quote = value[0];
        if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) {
            value = value.slice(1, -1);
            if (quote === '"')
                value = value.replace(/\\(["\\$`])/g, '$1');
        }
        out[line.slice(0, eq)] = value;
    }
    return out;
}
function detectDistro(view, reader) {
    let fields;
    for (const path of OS_RELEASE) {
        const versions = view.versions(path, reader);
        fields = versions?.[versions.length - 1]?.result;
        if (fields)
            break;
    }
    if (!fields?.ID)
        return undefined;
    const distro = {
        id: fields.ID.toLowerCase(),
        ...(fields.VERSION_ID ? { versionId: fields.VERSION_ID } : {}),
        ...(fields.PRETTY_NAME ? { prettyName: fields.PRETTY_NAME } : {}),
        ...(fields.VERSION_CODENAME ? { codename: fields.VERSION_CODENAME } : {})
    };
    if (distro.id === 'debian') {
        const dv = view.versions(DEBIAN_VERSION, reader);
        const debianVersion = dv?.[dv.length - 1]?.result?.DEBIAN_VERSION;
        // Point releases ("12.5") refine VERSION_ID ("12"); testing/sid write a codename instead.
        if (debianVersion && /^\d+(\.\d+)*$/.test(debianVersion)) {
            if (!distro.versionId || debianVersion.startsWith(`${distro.versionId}.`))
                distro.versionId = debianVersion;
        }
    }
    return distro;
}
/** The purl `distro` qualifier: `debian-12`, `alpine-3.20.3`. Major version for Debian, like syft. */
function distroQualifier(distro) {
    if (!distro)
        return undefined;
    let version = distro.versionId ?? distro.codename;
    if (distro.id === 'debian' && version)
        version = version.split('.')[0];
    return version ? `${distro.id}-${version}` : distro.id;
}

// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/spdx.js
var spdx = __webpack_require__(61290);
;// CONCATENATED MODULE: ./src/sbom/licenses.ts
// Subpath imports keep the library's schema-file resources (and their __dirname) out of the bundle.

const ALIASES = {
    expat: 'MIT',
    'mit/x11': 'MIT',
    x11: 'X11',
    artistic: 'Artistic-1.0-Perl',
    'artistic-2': 'Artistic-2.0',
    'bsd-2': 'BSD-2-Clause',
    'bsd-3': 'BSD-3-Clause',
    'bsd-4': 'BSD-4-Clause',
    'apache-2': 'Apache-2.0',
    'apache 2.0': 'Apache-2.0',
    'apache license 2.0': 'Apache-2.0',
    'apache license, version 2.0': 'Apache-2.0',
    'apache software license': 'Apache-2.0',
    'mpl-2': 'MPL-2.0',
    psf: 'PSF-2.0',
    'python software foundation license': 'PSF-2.0',
    'mit license': 'MIT',
    'bsd license': 'BSD-3-Clause',
    zlib: 'Zlib',
    'isc license': 'ISC',
    'public domain': 'public-domain',
    cc0: 'CC0-1.0',
    'public-domain': 'public-domain'
};
/**
 * Turns a license name as a package wrote it into an SPDX id where one clearly
 * applies (`GPL-2+` \u2192 `GPL-2.0-or-later`, `Expat` \u2192 `MIT`), else returns it trimmed.
 */
function normaliseLicense(name) {
    const trimmed = name.trim().replace(/\s+/g, ' ');
    const alias = ALIASES[trimmed.toLowerCase()];
    if (alias)
        return alias;
    const gnu = /^(A|L)?GPL-?v?(\d)(?:\.(\d))?(\+|-or-later|-only)?$/i.exec(trimmed);
    if (gnu) {
        const family = `${(gnu[1] ?? '').toUpperCase()}GPL`;
        const version = `${gnu[2]}.${gnu[3] ?? '0'}`;
        const later = gnu[4] === '+' || gnu[4]?.toLowerCase() === '-or-later';
        const id = `${family}-${version}-${later ? 'or-later' : 'only'}`;
        if (spdx.isSupportedSpdxId(id))
            return id;
    }
    const gfdl = /^GFDL-(\d\.\d)(\+)?$/i.exec(trimmed);
    if (gfdl)
        return `GFDL-${gfdl[1]}-${gfdl[2] ? 'or-later' : 'only'}`;
    return spdx.fixupSpdxId(trimmed) ?? trimmed;
}
/** Whether a string is a single SPDX license id (as opposed to an expression or a free-form name). */
function isSpdxId(value) {
    return spdx.isSupportedSpdxId(value);
}

// EXTERNAL MODULE: ./src/sbom/purl.ts
var purl = __webpack_require__(74468);
;// CONCATENATED MODULE: ./src/sbom/catalogers/types.ts
/**
 * The layer that introduced something found in the newest version of a file: the
 * first layer from which every later version still has it.
 */
function introducedIn(versions, has) {
    let layer = versions[versions.length - 1].layer;
    for (let i = versions.length - 2; i >= 0; i--) {
        const v = versions[i];
        if (v.result === undefined || !has(v.result))
            break;
        layer = v.layer;
    }
    return layer;
}
/** A package's key among the packages of one file. */
const nameAndVersion = (p) => `${p.name}\u0000${p.version}`;
/**
 * introducedIn for files that hold many packages, by key: each older version's keys are
 * indexed once, so a file of n packages rewritten in several layers costs O(n) per version
 * rather than O(n\u00b2).
 */
function introducedInByKey(versions, keysOf) {
    const indexed = new Map();
    return key => introducedIn(versions, result => {
        let keys = indexed.get(result);
        if (!keys)
            indexed.set(result, (keys = new Set(keysOf(result))));
        return keys.has(key);
    });
}
/** The newest version's result, if it parsed. */
function latest(versions) {
    return versions?.[versions.length - 1]?.result;
}

;// CONCATENATED MODULE: ./src/sbom/walk/lines.ts
/**
 * Splits a file into lines as it streams by, each line decoded on its own (UTF-8 never
 * hides a newline byte inside a character). A line is then a string of its own, so the
 * few values a parser keeps do not hold the rest of the file alive, as slices of one
 * large decoded text would. A line longer than `maxLine` bytes is dropped whole, however
 * long it goes on, and counted.
 */
class LineSplitter {
    onLine;
    maxLine;
    pending = [];
    pendingBytes = 0;
    skipping = false;
    /** Lines dropped for being longer than maxLine. */
    longLines = 0;
    constructor(onLine, maxLine) {
        this.onLine = onLine;
        this.maxLine = maxLine;
    }
    write(chunk) {
        let start = 0;
        for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
            this.line(chunk, start, nl);
            start = nl + 1;
        }
        if (start < chunk.length)
            this.keep(chunk.subarray(start));
    }
    /** The last line, when the file does not end with a newline. */
    end() {
        if (this.pendingBytes > 0)
            this.line(Buffer.alloc(0), 0, 0);
        this.skipping = false;
    }
    line(chunk, start, end) {
        if (this.skipping) {
            // The newline that ends a line already dropped.
            this.skipping = false;
            return;
        }
        const length = this.pendingBytes + end - start;
        const line = length > this.maxLine
            ? undefined
            : this.pendingBytes === 0
                ? chunk.toString('utf8', start, end)
                : Buffer.concat([...this.pending, chunk.subarray(start, end)], length).toString('utf8');
        this.pending = [];
        this.pendingBytes = 0;
        if (line === undefined)
            this.longLines++;
        else
            this.onLine(line);
    }
    /** Keeps the start of a line that goes on in the next chunk (a copy: chunks are freed once written). */
    keep(part) {
        if (this.skipping)
            return;
        if (this.pendingBytes + part.length > this.maxLine) {
            this.pending = [];
            this.pendingBytes = 0;
            this.skipping = true;
            this.longLines++;
            return;
        }
        this.pending.push(Buffer.from(part));
        this.pendingBytes += part.length;
    }
}
/** The problem a parser reports when it stops at a budget of `limit` `things`. */
function pastBudget(limit, things) {
    return `more than ${limit} ${things}: the rest are skipped (budget)`;
}
/**
 * Streams a package database into `reader` line by line (lines up to `maxLine` bytes), and
 * makes the file's result of its packages and the problems the budgets met.
 */
function scanLines(reader, budget, result) {
    const lines = new LineSplitter(line => reader.line(line), budget.maxLine);
    return {
        write: chunk => {
            if (!reader.full)
                lines.write(chunk);
        },
        end: () => {
            if (!reader.full)
                lines.end();
            const packages = reader.end();
            const problems = [
                ...(reader.full ? [pastBudget(budget.maxPackages, 'packages')] : []),
                ...(lines.longLines > 0
                    ? [`${lines.longLines} line(s) longer than ${budget.maxLine} bytes skipped`]
                    : [])
            ];
            return result(packages, problems);
        }
    };
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/apk/index.ts





/** Budgets of one installed database, read as it streams: real ones list a few hundred packages. */
const MAX_APK_PACKAGES = 50_000;
const MAX_LINE = 64 * 1024;
const INSTALLED = 'lib/apk/db/installed';
const key = (p) => `${p.name}\u0000${p.version}\u0000${p.arch}`;
/** Alpine packages from apk's installed database, with dependency edges through provides. */
const apkCataloger = {
    name: 'apk',
    maxFileSize: Number.MAX_SAFE_INTEGER,
    wants: path => path === INSTALLED,
    scan: () => scanLines(new InstalledReader(), { maxPackages: MAX_APK_PACKAGES, maxLine: MAX_LINE }, (packages, problems) => ({ packages, keys: new Set(packages.map(key)), problems })),
    collect(files, context) {
        const out = [];
        const qualifier = distroQualifier(context.distro);
        const namespace = context.distro?.id && context.distro.id !== 'alpine' ? context.distro.id : 'alpine';
        for (const { path, versions } of files.all()) {
            const db = latest(versions);
            if (!db)
                continue;
            for (const problem of db.problems)
                context.warn(path, problem);
            const provider = new Map();
            const purls = db.packages.map(p => (0,purl/* purl */.EV)('apk', namespace, p.name, p.version, {
                arch: p.arch,
                distro: qualifier,
                upstream: p.origin && p.origin !== p.name ? p.origin : undefined
            }));
            db.packages.forEach((p, i) => {
                provider.set(p.name, purls[i]);
                for (const provided of p.provides)
                    provider.set(provided.split(/[=<>~]/)[0], purls[i]);
            });
            db.packages.forEach((p, i) => {
                const k = key(p);
                const deps = [
                    ...new Set(p.depends
                        .filter(d => !d.startsWith('!'))
                        .map(d => provider.get(d.split(/[=<>~]/)[0]))
                        .filter((d) => Boolean(d) && d !== purls[i]))
                ].sort();
                out.push({
                    ecosystem: 'apk',
                    name: p.name,
                    version: p.version,
                    purl: purls[i],
                    licenses: apkLicenses(p.license),
                    path,
                    layer: introducedIn(versions, r => r.keys.has(k)),
                    os: true,
                    ...(deps.length > 0 ? { dependsOn: deps } : {}),
                    ...(p.maintainer ? { supplier: p.maintainer } : {}),
                    ...(p.origin ? { properties: [['sbom-sign-action:package:source', p.origin]] } : {})
                });
            });
        }
        return out;
    }
};
/** The installed DB: `X:value` lines, one blank-line separated record per package (apk-tools' apk_db format). */
function parseInstalled(text) {
    const reader = new InstalledReader();
    for (const line of text.split('\n'))
        reader.line(line);
    return reader.end();
}
/** Builds records line by line, up to MAX_APK_PACKAGES. */
class InstalledReader {
    out = [];
    record = {
        depends: [],
        provides: []
    };
    full = false;
    line(line) {
        if (this.full)
            return;
        if (line === '') {
            this.flush();
            return;
        }
        if (line.length > MAX_LINE || line[1] !== ':')
            return;
        const value = line.slice(2);
        const record = this.record;
        switch (line[0]) {
            case 'P':
                record.name = value;
                break;
            case 'V':
                record.version = value;
                break;
            case 'A':
                record.arch = value;
                break;
            case 'L':
                record.license = value;
                break;
            case 'o':
                record.origin = value;
                break;
            case 'm':
                record.maintainer = value;
                break;
            case 'D':
                record.depends = value.split(/\s+/).filter(Boolean);
                break;
            case 'p':
                record.provides = value.split(/\s+/).filter(Boolean);
                break;
        }
    }
    end() {
        this.flush();
        return this.out;
    }
    flush() {
        const record = this.record;
        if (record.name && record.version && !this.full) {
            if (this.out.length === MAX_APK_PACKAGES)
                this.full = true;
            else
                this.out.push({
                    arch: '',
                    license: '',
                    ...record,
                    name: record.name,
                    version: record.version
                });
        }
        this.record = { depends: [], provides: [] };
    }
}
/** apk writes SPDX expressions, or several ids separated by spaces. */
function apkLicenses(value) {
    const text = value.trim();
    if (!text)
        return [];
    if (/\s(AND|OR|WITH)\s/.test(text))
        return [text];
    return [...new Set(text.split(/\s+/).map(normaliseLicense))];
}

// EXTERNAL MODULE: ./src/json.ts
var src_json = __webpack_require__(8301);
;// CONCATENATED MODULE: ./src/sbom/walk/json-cutter.ts
/**
 * A JSON document read as it streams, with the objects and arrays its reader asks for cut
 * out whole and each parsed alone by JSON.parse. Memory then holds one of them, not the
 * whole file and its parse, which for a large application's package list run to tens of
 * MiB. Only the structure is followed here (strings and their escapes, brackets, member
 * names); what is cut is checked whole by JSON.parse.
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const BOM = [0xef, 0xbb, 0xbf];
class JsonCutter {
    what;
    select;
    onValue;
    limits;
    /** Containers the reader is inside; the top-level one first. */
    frames = [];
    inString = false;
    escaped = false;
    started = false;
    done = false;
    /** Bytes of a leading byte-order mark seen. */
    head = 0;
    /** The member name being read, as raw bytes between its quotes; undefined when not a name. */
    name;
    /** Inside a value cut out or passed over: its depth below the frames, and its path. */
    innerDepth = 0;
    cutting = false;
    cutPath = [];
    pieces = [];
    pieceBytes = 0;
    /** Values over maxValueBytes, skipped. */
    oversized = 0;
    /** Values under member names over maxNameBytes, skipped. */
    longNames = 0;
    /**
     * `what` names the document in errors; `onValue` gets each value cut out, parsed, with
     * its path.
     */
    constructor(what, select, onValue, limits) {
        this.what = what;
        this.select = select;
        this.onValue = onValue;
        this.limits = limits;
    }
    write(chunk) {
        let from = this.cutting ? 0 : -1;
        for (let i = 0; i < chunk.length; i++) {
            const byte = chunk[i];
            if (this.head < BOM.length) {
                if (byte === BOM[this.head]) {
                    this.head++;
                    continue;
                }
                if (this.head > 0)
                    throw new Error(`${this.what} is not JSON (a broken byte-order mark)`);
                this.head = BOM.length;
            }
            if (this.inString) {
                if (this.escaped)
                    this.escaped = false;
                else if (byte === BACKSLASH)
                    this.escaped = true;
                else if (byte === QUOTE) {
                    this.inString = false;
                    if (this.name)
                        this.nameRead();
                    continue;
                }
                if (this.name)
                    this.nameByte(byte);
                continue;
            }
            if (this.innerDepth > 0) {
                if (byte === QUOTE)
                    this.inString = true;
                else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY)
                    this.innerDepth++;
                else if ((byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) && --this.innerDepth === 0) {
                    if (this.cutting) {
                        this.gather(chunk.subarray(from, i + 1));
                        from = -1;
                        this.cut();
                    }
                    if (this.frames.length === 0)
                        this.done = true;
                }
                continue;
            }
            if (WHITESPACE.has(byte))
                continue;
            if (this.done)
                throw new Error(`${this.what} is not JSON (data after its value)`);
            if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
                if (this.open(byte === OPEN_OBJECT ? 'object' : 'array'))
                    from = i;
                continue;
            }
            const frame = this.frames.at(-1);
            if (!frame)
                throw new Error(`${this.what} is not a JSON object or array`);
            switch (byte) {
                case QUOTE:
                    this.inString = true;
                    if (frame.kind === 'object' && !frame.inValue) {
                        this.name = [];
                        frame.nameTooLong = false;
                    }
                    break;
                case COLON:
                    if (frame.kind === 'object')
                        frame.inValue = true;
                    break;
                case COMMA:
                    if (frame.kind === 'array')
                        frame.index++;
                    frame.inValue = false;
                    frame.name = undefined;
                    break;
                case CLOSE_OBJECT:
                case CLOSE_ARRAY:
                    if ((byte === CLOSE_OBJECT) !== (frame.kind === 'object'))
                        throw new Error(`${this.what} is not JSON (a bracket does not match)`);
                    this.frames.pop();
                    if (this.frames.length === 0)
                        this.done = true;
                    break;
            }
        }
        if (this.cutting && from >= 0)
            this.gather(chunk.subarray(from));
    }
    /** Throws when the file ended inside its value, or held none. */
    end() {
        if (!this.started)
            throw new Error(`${this.what} is not a JSON object or array (it is empty)`);
        if (!this.done)
            throw new Error(`${this.what} is not JSON (it ends inside a value)`);
    }
    /** What the limits skipped, for the file's problems: `values` names what was cut out. */
    problems(values) {
        const { maxValueBytes, maxNameBytes } = this.limits;
        return [
            ...(this.oversized > 0
                ? [`${this.oversized} ${values} larger than ${maxValueBytes} bytes skipped`]
                : []),
            ...(this.longNames > 0
                ? [`${this.longNames} member(s) named in more than ${maxNameBytes} bytes skipped`]
                : [])
        ];
    }
    /** An object or array opens: returns whether it is cut out (it then starts in this chunk). */
    open(kind) {
        const parent = this.frames.at(-1);
        this.started = true;
        if (parent?.kind === 'object' && !parent.inValue)
            throw new Error(`${this.what} is not JSON (a value where a member name belongs)`);
        const step = parent?.kind === 'array' ? parent.index : parent?.name;
        if (parent && step === undefined) {
            // A member whose name is over the limit.
            this.longNames++;
            this.innerDepth = 1;
            return false;
        }
        const path = parent
            ? [...this.frames.slice(1).map(f => f.step), step]
            : [];
        const choice = this.select(path, kind);
        if (choice === 'inside') {
            this.frames.push({ kind, step, inValue: false, index: 0 });
            return false;
        }
        this.innerDepth = 1;
        if (choice !== 'value')
            return false;
        this.cutting = true;
        this.cutPath = path;
        return true;
    }
    nameByte(byte) {
        const name = this.name;
        if (name.length < this.limits.maxNameBytes)
            name.push(byte);
        else
            this.frames.at(-1).nameTooLong = true;
    }
    /** A member name ends: its escapes are decoded by JSON.parse. */
    nameRead() {
        const frame = this.frames.at(-1);
        frame.name = frame.nameTooLong
            ? undefined
            : JSON.parse(`"${Buffer.from(this.name).toString('utf8')}"`);
        this.name = undefined;
    }
    /** Keeps a piece of the value being cut (a copy: chunks are freed once written). */
    gather(piece) {
        this.pieceBytes += piece.length;
        if (this.pieceBytes <= this.limits.maxValueBytes)
            this.pieces.push(Buffer.from(piece));
        else
            this.pieces = [];
    }
    cut() {
        const text = this.pieceBytes <= this.limits.maxValueBytes
            ? Buffer.concat(this.pieces).toString('utf8')
            : undefined;
        this.pieces = [];
        this.pieceBytes = 0;
        this.cutting = false;
        if (text === undefined)
            this.oversized++;
        else
            this.onValue(this.cutPath, JSON.parse(text));
    }
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/dotnet/index.ts





/** NuGet packages from .NET `*.deps.json` files (libraries of type "package"), with edges from the targets. */
const dotnetCataloger = {
    name: 'dotnet-deps',
    maxFileSize: 32 * 1024 * 1024,
    wants: path => path.endsWith('.deps.json'),
    scan: () => depsJsonScanner(),
    collect(files, context) {
        const out = [];
        for (const { path, versions } of files.all()) {
            const file = latest(versions);
            if (!file)
                continue;
            for (const problem of file.problems)
                context.warn(path, problem);
            const { libraries } = file;
            const layerOf = introducedInByKey(versions, r => r.libraries.map(nameAndVersion));
            const purlOf = new Map(libraries.map(l => [l.name.toLowerCase(), (0,purl/* purl */.EV)('nuget', undefined, l.name, l.version)]));
            for (const lib of libraries) {
                const hash = lib.sha512 ? Buffer.from(lib.sha512, 'base64').toString('hex') : undefined;
                const deps = lib.dependencies
                    .map(d => purlOf.get(d.toLowerCase()))
                    .filter((d) => Boolean(d));
                out.push({
                    ecosystem: 'nuget',
                    name: lib.name,
                    version: lib.version,
                    purl: purlOf.get(lib.name.toLowerCase()),
                    licenses: [],
                    path,
                    layer: layerOf(nameAndVersion(lib)),
                    os: false,
                    ...(deps.length > 0 ? { dependsOn: [...new Set(deps)].sort() } : {}),
                    ...(hash && hash.length === 128
                        ? { hashes: [{ alg: 'SHA-512', content: hash }] }
                        : {})
                });
            }
        }
        return out;
    }
};
/** Budgets of one deps.json, read as it streams: real ones list a few hundred libraries. */
const MAX_DOTNET_LIBRARIES = 50_000;
/** One library or target entry; real ones are well under a KiB. */
const MAX_ENTRY_BYTES = 1024 * 1024;
const MAX_NAME_BYTES = 4096;
/**
 * A deps.json's libraries, read as it streams: each entry of `libraries`, and the
 * `dependencies` of each entry of a target in `targets`, are cut out and parsed alone
 * (walk/json-cutter.ts), so memory holds the libraries found and one entry, not the file
 * and its parse.
 */
function depsJsonScanner() {
    const packages = [];
    const dependencies = new Map();
    let more = false;
    const json = new JsonCutter('deps.json', (path, kind) => {
        if (path.length === 0) {
            if (kind !== 'object')
                throw new Error('deps.json is not a JSON object');
            return 'inside';
        }
        if (kind !== 'object')
            return 'skip';
        const [member] = path;
        if (member === 'libraries')
            return path.length === 1 ? 'inside' : 'value';
        // Of a target's entries only the dependencies are read, not their (long) asset lists.
        if (member === 'targets') {
            if (path.length <= 3)
                return 'inside';
            return path.length === 4 && path[3] === 'dependencies' ? 'value' : 'skip';
        }
        return 'skip';
    }, (path, entry) => {
        if (!(0,src_json/* isJsonObject */.O)(entry))
            return;
        if (path[0] === 'targets') {
            const id = path[2];
            if (dependencies.size < MAX_DOTNET_LIBRARIES || dependencies.has(id))
                dependencies.set(id, Object.keys(entry));
            else
                more = true;
            return;
        }
        const id = path[1];
        const slash = id.lastIndexOf('/');
        if (entry.type !== 'package' || slash <= 0)
            return;
        if (packages.length === MAX_DOTNET_LIBRARIES) {
            more = true;
            return;
        }
        const sha = typeof entry.sha512 === 'string' ? entry.sha512.replace(/^sha512-/, '') : '';
        packages.push({
            id,
            name: id.slice(0, slash),
            version: id.slice(slash + 1),
            ...(sha ? { sha512: sha } : {})
        });
    }, { maxValueBytes: MAX_ENTRY_BYTES, maxNameBytes: MAX_NAME_BYTES });
    return {
        write: chunk => json.write(chunk),
        end() {
            json.end();
            const libraries = packages
                .map(({ id, ...p }) => ({ ...p, dependencies: dependencies.get(id) ?? [] }))
                .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            const problems = [
                ...(more ? [pastBudget(MAX_DOTNET_LIBRARIES, 'libraries')] : []),
                ...json.problems('entries')
            ];
            return { libraries, problems };
        }
    };
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/dpkg/control.ts
/**
 * Debian control-file paragraphs (deb-control(5)), read line by line: `Field: value`
 * lines, continuation lines start with a space or tab, paragraphs end at a blank line.
 * Field names are lowercased; continuation lines are joined with newlines. Only the
 * `wanted` fields are kept, so a long description or file list costs nothing.
 */
class ControlReader {
    wanted;
    onParagraph;
    fields = new Map();
    last;
    constructor(wanted, onParagraph) {
        this.wanted = wanted;
        this.onParagraph = onParagraph;
    }
    line(line) {
        if (line.trim() === '')
            return this.end();
        if (line[0] === ' ' || line[0] === '\t') {
            if (this.last !== undefined)
                this.fields.set(this.last, `${this.fields.get(this.last) ?? ''}\n${line.trim()}`);
            return;
        }
        const colon = line.indexOf(':');
        this.last = undefined;
        if (colon <= 0)
            return;
        const name = line.slice(0, colon).toLowerCase();
        if (!this.wanted.has(name))
            return;
        this.last = name;
        this.fields.set(name, line.slice(colon + 1).trim());
    }
    /** Ends the paragraph being read, if any. */
    end() {
        if (this.fields.size > 0)
            this.onParagraph(this.fields);
        this.fields = new Map();
        this.last = undefined;
    }
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/dpkg/index.ts






const STATUS = 'var/lib/dpkg/status';
const STATUS_D = 'var/lib/dpkg/status.d/';
const COPYRIGHT = /^usr\/share\/doc\/[^/]+\/copyright$/;
const INFO = 'var/lib/dpkg/info/';
/**
 * Of the files a package owns, the kinds other catalogers find packages in; the rest
 * of a .list file is dropped to keep memory small.
 */
const CATALOGED = /(\.dist-info\/METADATA|\.egg-info\/PKG-INFO|\.egg-info|\/node_modules\/[^/]+\/package\.json|\.gemspec|\.[jwe]ar|composer\/installed\.json|\.deps\.json|\/s?bin\/[^/]+|\/libexec\/.+)$/;
/** Budgets of one status database, read as it streams: real ones list a few thousand packages. */
const MAX_DPKG_PACKAGES = 50_000;
const dpkg_MAX_LINE = 64 * 1024;
/** Status files (read as they stream), copyright and .list files (parsed whole) up to this size. */
const MAX_FILE = 32 * 1024 * 1024;
const dpkg_key = (p) => `${p.name}\u0000${p.version}\u0000${p.arch}`;
/** Debian packages from dpkg's status database (and distroless status.d), licenses from copyright files. */
const dpkgCataloger = {
    name: 'dpkg',
    maxFileSize: MAX_FILE,
    wants(path) {
        if (path === STATUS)
            return true;
        if (path.startsWith(STATUS_D)) {
            return !path.endsWith('.md5sums') && path.indexOf('/', STATUS_D.length) < 0;
        }
        if (path.startsWith(INFO))
            return path.endsWith('.list') && path.indexOf('/', INFO.length) < 0;
        return path.startsWith('usr/share/doc/') && COPYRIGHT.test(path);
    },
    parse: (path, content) => ownedFile(path, content),
    // The status database is parsed line by line as it streams: it can run to tens of MiB.
    // Copyright and .list files are small, and parsed whole.
    scan(path) {
        if (path.startsWith(INFO) || path.startsWith('usr/share/doc/'))
            return undefined;
        return scanLines(new StatusReader(), { maxPackages: MAX_DPKG_PACKAGES, maxLine: dpkg_MAX_LINE }, (packages, problems) => ({
            kind: 'db',
            packages,
            keys: new Set(packages.map(dpkg_key)),
            problems
        }));
    },
    collect(files, context) {
        const qualifier = distroQualifier(context.distro);
        const namespace = context.distro?.id ?? 'debian';
        const out = [];
        for (const { path, versions } of files.all()) {
            const db = latest(versions);
            if (db?.kind !== 'db')
                continue;
            for (const problem of db.problems)
                context.warn(path, problem);
            for (const p of db.packages) {
                const copyright = latest(files.get(`usr/share/doc/${p.name}/copyright`));
                const licenses = copyright?.kind === 'copyright' ? copyright.licenses : [];
                const upstream = p.source && (p.source !== p.name || (p.sourceVersion && p.sourceVersion !== p.version))
                    ? p.sourceVersion && p.sourceVersion !== p.version
                        ? `${p.source}@${p.sourceVersion}`
                        : p.source
                    : undefined;
                const k = dpkg_key(p);
                const list = latest(files.get(`${INFO}${p.name}:${p.arch}.list`)) ??
                    latest(files.get(`${INFO}${p.name}.list`));
                out.push({
                    ecosystem: 'deb',
                    name: p.name,
                    version: p.version,
                    purl: (0,purl/* purl */.EV)('deb', namespace, p.name, p.version, {
                        arch: p.arch,
                        distro: qualifier,
                        upstream
                    }),
                    licenses,
                    path,
                    layer: introducedIn(versions, r => r.kind === 'db' && r.keys.has(k)),
                    os: true,
                    ...(list?.kind === 'list' && list.files.length > 0 ? { ownedFiles: list.files } : {}),
                    ...(p.source
                        ? { properties: [['sbom-sign-action:package:source', upstream ?? p.source]] }
                        : {}),
                    ...(p.maintainer ? { supplier: p.maintainer } : {})
                });
            }
        }
        return out;
    }
};
/** A copyright file's licenses, or the files of a package's .list that other catalogers read. */
function ownedFile(path, content) {
    if (path.startsWith(INFO)) {
        const files = content
            .toString('utf8')
            .split('\n')
            .filter(line => CATALOGED.test(line))
            .map(line => line.replace(/^\/+/, ''));
        return { kind: 'list', files };
    }
    return { kind: 'copyright', licenses: copyrightLicenses(content.toString('utf8')) };
}
const STATUS_FIELDS = new Set([
    'package',
    'version',
    'status',
    'architecture',
    'source',
    'maintainer'
]);
/** Installed packages of a status file, line by line, up to MAX_DPKG_PACKAGES. */
class StatusReader {
    out = [];
    control = new ControlReader(STATUS_FIELDS, fields => this.paragraph(fields));
    full = false;
    line(line) {
        if (!this.full)
            this.control.line(line);
    }
    end() {
        if (!this.full)
            this.control.end();
        return this.out;
    }
    /** Entries only half-installed or removed are left out. */
    paragraph(fields) {
        const name = fields.get('package');
        const version = fields.get('version');
        if (!name || !version)
            return;
        const status = fields.get('status');
        // Distroless status.d entries have no Status; dpkg's own DB always does.
        if (status !== undefined && status.split(/\s+/)[2] !== 'installed')
            return;
        if (this.out.length === MAX_DPKG_PACKAGES) {
            this.full = true;
            return;
        }
        const record = { name, version, arch: fields.get('architecture') ?? '' };
        const source = fields.get('source');
        if (source) {
            const m = /^(\S+)(?:\s+\(([^)]+)\))?/.exec(source);
            if (m?.[1])
                record.source = m[1];
            if (m?.[2])
                record.sourceVersion = m[2];
        }
        const maintainer = fields.get('maintainer');
        if (maintainer)
            record.maintainer = maintainer;
        this.out.push(record);
    }
}
/** Installed packages of a status file's text. */
function parseStatus(text) {
    const reader = new StatusReader();
    for (const line of text.split('\n'))
        reader.line(line);
    return reader.end();
}
/** A DEP-5 license short name: one token, no spaces. */
const LICENSE_SHORT_NAME = /^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$/;
/**
 * License names in a Debian copyright file: the `License:` fields of a machine-readable
 * (DEP-5) file, and references to /usr/share/common-licenses, mapped to SPDX where clear.
 * Files without the DEP-5 `Format:` header often put license text after `License:`, so only
 * DEP-5 fields count, and only parts shaped like short names (`GPL-2+`, `BSD-3-clause`).
 */
function copyrightLicenses(text) {
    const found = new Set();
    const machineReadable = /^Format:[ \t]*\S*copyright-format/m.test(text.slice(0, 2000));
    for (const m of machineReadable ? text.matchAll(/^License:[ \t]*([^\n]+)/gm) : []) {
        for (const part of m[1].split(/\s*,\s*(?:and|or)?\s*|\s+(?:or|and)\s+|\s*\|\s*/i)) {
            const name = part.replace(/\s+with\s+.*$/i, '').trim();
            if (LICENSE_SHORT_NAME.test(name))
                found.add(normaliseLicense(name));
        }
    }
    // Free-form files only point at the common licenses; in DEP-5 files those pointers repeat the fields.
    if (found.size > 0)
        return [...found].sort();
    for (const m of text.matchAll(/\/usr\/share\/common-licenses\/([A-Za-z0-9._+-]+)/g)) {
        const name = m[1].replace(/\.$/, '');
        if (name)
            found.add(normaliseLicense(name));
    }
    return [...found].sort();
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/golang/buildinfo.ts
/**
 * Go build information, read while an executable streams by. Go 1.18+ writes it
 * into the .go.buildinfo section as a 32-byte header (`\xff Go buildinf:`, pointer
 * size, flags) followed, when flags bit 2 is set, by two varint-prefixed strings:
 * the toolchain version and the module info (runtime/debug.BuildInfo text).
 * Which bytes are searched (the whole ELF, each slice of a universal Mach-O) is
 * decided in executable.ts.
 */
const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const HEADER = 32;
const FLAG_INLINE = 0x2;
/** Version + module info; real ones are a few KiB, a huge dependency graph tens of KiB. */
const MAX_INFO = 1024 * 1024;
class NotGoError extends Error {
}
/**
 * Finds and decodes build info in the bytes of one executable image (an ELF, a thin
 * Mach-O, or one slice of a universal Mach-O), written as chunks; `end` returns null
 * when there is none.
 */
class BuildInfoSearch {
    tail = Buffer.alloc(0);
    capture = null;
    captured = 0;
    write(chunk) {
        if (this.capture) {
            this.take(chunk);
            return;
        }
        // Search the chunk itself; only a magic split across chunks needs the few bytes kept from before.
        const boundary = this.tail.length > 0
            ? Buffer.concat([this.tail, chunk.subarray(0, MAGIC.length - 1)])
            : undefined;
        const across = boundary ? boundary.indexOf(MAGIC) : -1;
        if (across >= 0 && across < this.tail.length) {
            this.capture = [];
            this.take(Buffer.concat([this.tail.subarray(across), chunk]));
            return;
        }
        const at = chunk.indexOf(MAGIC);
        if (at >= 0) {
            this.capture = [];
            this.take(chunk.subarray(at));
            return;
        }
        const keep = MAGIC.length - 1;
        this.tail =
            chunk.length >= keep
                ? Buffer.from(chunk.subarray(chunk.length - keep))
                : Buffer.concat([this.tail, chunk]).subarray(-keep);
    }
    take(data) {
        const capture = this.capture;
        const room = MAX_INFO - this.captured;
        if (room <= 0)
            return;
        const part = data.subarray(0, room);
        capture.push(Buffer.from(part));
        this.captured += part.length;
    }
    end() {
        if (!this.capture)
            return null;
        return decodeBuildInfo(Buffer.concat(this.capture));
    }
}
/** Decodes the section contents starting at the magic. Throws NotGoError when it is not valid build info. */
function decodeBuildInfo(data) {
    if (data.length < HEADER || !data.subarray(0, MAGIC.length).equals(MAGIC))
        throw new NotGoError('no Go build info header');
    const ptrSize = data[14];
    const flags = data[15] ?? 0;
    if (ptrSize !== 4 && ptrSize !== 8)
        throw new NotGoError(`bad pointer size ${ptrSize} in Go build info`);
    if (!(flags & FLAG_INLINE))
        throw new NotGoError('Go build info from before Go 1.18 (pointer format) is not read');
    let pos = HEADER;
    const readBytes = () => {
        let length = 0;
        let shift = 0;
        for (;;) {
            if (pos >= data.length || shift > 28)
                throw new NotGoError('truncated Go build info');
            const byte = data[pos++];
            length |= (byte & 0x7f) << shift;
            if (!(byte & 0x80))
                break;
            shift += 7;
        }
        if (length < 0 || pos + length > data.length)
            throw new NotGoError('truncated Go build info');
        const bytes = data.subarray(pos, pos + length);
        pos += length;
        return bytes;
    };
    const goVersion = readBytes().toString('utf8');
    if (!/^go\d/.test(goVersion) && !goVersion.startsWith('devel'))
        throw new NotGoError(`bad Go version "${goVersion.slice(0, 40)}"`);
    let modinfo = readBytes();
    // The module info is wrapped in 16-byte sentinels.
    if (modinfo.length >= 33 && modinfo[modinfo.length - 17] === 0x0a)
        modinfo = modinfo.subarray(16, -16);
    return { goVersion, ...parseModInfo(modinfo.toString('utf8')) };
}
/** runtime/debug.BuildInfo's text form: path, mod, dep, `=>` (replaces the line before), build. */
function parseModInfo(text) {
    const out = { deps: [], settings: {} };
    let last;
    for (const line of text.split('\n')) {
        const [kind, ...rest] = line.split('\t');
        const module = () => ({
            path: rest[0] ?? '',
            version: rest[1] ?? '',
            ...(rest[2] ? { sum: rest[2] } : {})
        });
        if (kind === 'path')
            out.path = rest[0];
        else if (kind === 'mod') {
            out.main = module();
            last = out.main;
        }
        else if (kind === 'dep') {
            last = module();
            out.deps.push(last);
        }
        else if (kind === '=>' && last)
            last.replace = module();
        else if (kind === 'build') {
            const setting = rest.join('\t');
            const eq = setting.indexOf('=');
            if (eq > 0)
                out.settings[setting.slice(0, eq)] = unquote(setting.slice(eq + 1));
        }
    }
    return out;
}
function unquote(value) {
    if (!value.startsWith('"'))
        return value;
    try {
        return JSON.parse(value);
    }
    catch {
        return value;
    }
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/golang/executable.ts

/**
 * Where a Go executable's build info can be: anywhere in an ELF or a thin Mach-O, or in
 * each slice of a universal (fat) Mach-O, which packs one Mach-O per architecture behind
 * a big-endian header: magic, slice count, then per slice cputype, cpusubtype, offset,
 * size, align (32-bit fields; offset and size are 64-bit in the FAT_MAGIC_64 form).
 */
const ELF = [0x7f, 0x45, 0x4c, 0x46];
/** MH_MAGIC and MH_MAGIC_64 as written by either byte order. */
const MACHO = [
    [0xfe, 0xed, 0xfa, 0xce],
    [0xfe, 0xed, 0xfa, 0xcf],
    [0xce, 0xfa, 0xed, 0xfe],
    [0xcf, 0xfa, 0xed, 0xfe]
];
const FAT = [0xca, 0xfe, 0xba, 0xbe];
const FAT_64 = [0xca, 0xfe, 0xba, 0xbf];
/** Magic and slice count: enough to tell what a file is. */
const IDENT = 8;
/**
 * Slices read per universal file. Real ones hold two to four architectures; a Java
 * class file shares FAT_MAGIC and its version fields then read as a count of 45 or more.
 */
const MAX_FAT_SLICES = 16;
const JAVA_CLASS_MIN_COUNT = 45;
const startsWith = (bytes, magic) => magic.every((byte, i) => bytes[i] === byte);
/** Streams one executable and returns the build info of each Go image in it (none for other files). */
class BuildInfoScanner {
    size;
    pending = [];
    pendingSize = 0;
    /** undefined until the first bytes say what the file is; null for files not read. */
    slices;
    seen = 0;
    /** Bytes the header needs, once the slice count is known. */
    headerSize = IDENT;
    /** `size`: the file's length, which every slice must lie within. */
    constructor(size) {
        this.size = size;
    }
    write(chunk) {
        if (this.slices === null)
            return;
        if (this.slices)
            return this.route(chunk);
        if (this.pending.length === 0 && chunk.length >= this.headerSize) {
            // Most files say what they are in their first chunk, which is then read as it is.
            this.slices = this.identify(chunk, false);
            if (this.slices !== undefined)
                return this.route(chunk);
        }
        // The first bytes are kept until they say what the file is (at most the fat header);
        // copied, since each chunk is freed once read.
        this.pending.push(Buffer.from(chunk));
        this.pendingSize += chunk.length;
        if (this.pendingSize >= this.headerSize)
            this.start(false);
    }
    end() {
        if (this.slices === undefined)
            this.start(true);
        const infos = [];
        for (const slice of this.slices ?? []) {
            if (slice.machO && !MACHO.some(magic => startsWith(slice.machO, magic)))
                continue;
            const info = slice.search.end();
            if (info)
                infos.push(info);
        }
        return infos;
    }
    start(atEnd) {
        const head = Buffer.concat(this.pending);
        this.pending = [head];
        this.slices = this.identify(head, atEnd);
        if (this.slices === undefined)
            return;
        this.pending = [];
        this.route(head);
    }
    /** The ranges to search, null for a file that is not read, undefined while more header is needed. */
    identify(head, atEnd) {
        if (startsWith(head, ELF) || MACHO.some(magic => startsWith(head, magic)))
            return [{ offset: 0, size: Infinity, search: new BuildInfoSearch() }];
        const wide = startsWith(head, FAT_64);
        if (!wide && !startsWith(head, FAT))
            return null;
        if (head.length < IDENT)
            return atEnd ? null : undefined;
        const count = head.readUInt32BE(4);
        if (!wide && count >= JAVA_CLASS_MIN_COUNT)
            return null;
        if (count === 0)
            throw new NotGoError('universal Mach-O with no slices');
        if (count > MAX_FAT_SLICES)
            throw new NotGoError(`universal Mach-O with ${count} slices (budget ${MAX_FAT_SLICES}); not read`);
        const entry = wide ? 32 : 20;
        this.headerSize = IDENT + count * entry;
        if (head.length < this.headerSize) {
            if (atEnd)
                throw new NotGoError('universal Mach-O header cut short');
            return undefined;
        }
        const slices = [];
        for (let i = 0; i < count; i++) {
            const at = IDENT + i * entry;
            const offset = wide ? Number(head.readBigUInt64BE(at + 8)) : head.readUInt32BE(at + 8);
            const size = wide ? Number(head.readBigUInt64BE(at + 16)) : head.readUInt32BE(at + 12);
            if (offset < this.headerSize || size === 0 || offset + size > this.size)
                throw new NotGoError(`universal Mach-O slice ${i + 1} (offset ${offset}, ${size} bytes) is not within the ${this.size}-byte file`);
            slices.push({ offset, size, search: new BuildInfoSearch(), machO: [] });
        }
        slices.sort((a, b) => a.offset - b.offset);
        for (let i = 1; i < slices.length; i++) {
            const before = slices[i - 1];
            if (before.offset + before.size > slices[i].offset)
                throw new NotGoError('universal Mach-O slices overlap');
        }
        return slices;
    }
    /** Hands each slice the part of the chunk (at the stream's current position) within it. */
    route(chunk) {
        if (!this.slices)
            return;
        const start = this.seen;
        const end = start + chunk.length;
        this.seen = end;
        for (const slice of this.slices) {
            const from = Math.max(start, slice.offset);
            const to = Math.min(end, slice.offset + slice.size);
            if (from >= to)
                continue;
            const part = chunk.subarray(from - start, to - start);
            for (let i = 0; slice.machO && slice.machO.length < 4 && i < part.length; i++)
                slice.machO.push(part[i]);
            slice.search.write(part);
        }
    }
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/golang/index.ts



const EXECUTABLE = 0o111;
/** A version set at link time: `-X main.version=1.2.3`, `-X example.com/app/internal/version.Version=v1.2.3`. */
function ldflagsVersion(ldflags) {
    if (!ldflags)
        return undefined;
    const match = /-X[ =]['"]?[^\s=]*\.(?:[vV]ersion|gitVersion|appVersion)=['"]?([^\s'"]+)/.exec(ldflags);
    return match?.[1];
}
/** Go executables: main module, dependency modules (after replaces) and the standard library, from build info. */
const goCataloger = {
    name: 'go-binary',
    maxFileSize: Number.MAX_SAFE_INTEGER,
    wants: (_path, mode) => (mode & EXECUTABLE) !== 0,
    scan: (_path, size) => new BuildInfoScanner(size),
    collect(files) {
        const out = [];
        for (const { path, versions } of files.all()) {
            // One build info per image: a universal Mach-O has one per architecture.
            for (const info of latest(versions) ?? []) {
                const layer = introducedIn(versions, r => r.some(i => i.main?.path === info.main?.path && i.goVersion === info.goVersion));
                out.push(...packagesOf(info, { ecosystem: 'golang', licenses: [], path, layer, os: false }));
            }
        }
        return out;
    }
};
/** The standard library, the dependency modules and the main module of one build. */
function packagesOf(info, common) {
    const stdVersion = info.goVersion.replace(/^go/, '').split(/[ +]/)[0];
    const stdlib = {
        ...common,
        name: 'stdlib',
        version: `go${stdVersion}`,
        purl: (0,purl/* purl */.EV)('golang', undefined, 'stdlib', stdVersion)
    };
    const deps = info.deps.map(d => toPackage(d, common));
    if (!info.main?.path)
        return [stdlib, ...deps];
    const version = info.main.version && info.main.version !== '(devel)'
        ? info.main.version
        : (ldflagsVersion(info.settings['-ldflags']) ?? info.main.version);
    const main = toPackage({ ...info.main, version }, common);
    main.dependsOn = [stdlib.purl, ...deps.map(d => d.purl)];
    main.properties = [['sbom-sign-action:go:toolchain', info.goVersion]];
    return [stdlib, ...deps, main];
}
function toPackage(module, common) {
    const replace = module.replace;
    // A replace by a local directory (`=> ./lib (devel)`) has no module version: keep the required one.
    const local = !replace ||
        replace.path.startsWith('.') ||
        replace.path.startsWith('/') ||
        !replace.version ||
        replace.version === '(devel)';
    const effective = local ? module : replace;
    const hash = effective.sum?.startsWith('h1:')
        ? Buffer.from(effective.sum.slice(3), 'base64').toString('hex')
        : undefined;
    const slash = effective.path.lastIndexOf('/');
    const replacedBy = replace
        ? replace.version && replace.version !== '(devel)'
            ? `${replace.path}@${replace.version}`
            : replace.path
        : undefined;
    return {
        ...common,
        name: effective.path,
        version: effective.version,
        purl: (0,purl/* purl */.EV)('golang', slash > 0 ? effective.path.slice(0, slash) : undefined, slash > 0 ? effective.path.slice(slash + 1) : effective.path, effective.version),
        ...(hash && hash.length === 64 ? { hashes: [{ alg: 'SHA-256', content: hash }] } : {}),
        ...(replacedBy ? { properties: [['sbom-sign-action:go:replacedBy', replacedBy]] } : {})
    };
}

// EXTERNAL MODULE: ./src/archive/random-access.ts
var random_access = __webpack_require__(87482);
// EXTERNAL MODULE: ./src/sbom/tool.ts + 1 modules
var tool = __webpack_require__(48845);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/oci/decompress.ts
var decompress = __webpack_require__(11606);
;// CONCATENATED MODULE: ./src/sbom/walk/spool.ts





/**
 * A file gathered as it streams by, for a reader that needs random access (a zip's
 * central directory is at its end, a database's pages point anywhere). Small files are
 * gathered in memory; larger ones are written to a private temporary file and read back
 * with positional reads, so a 100 MiB fat jar or rpm database costs what is read of it,
 * not 100 MiB.
 */
/** Files up to this size are gathered in memory. */
const IN_MEMORY = 8 * 1024 * 1024;
/** Files over this size are not read (a warning names them). */
const MAX_SPOOLED = 2 * 1024 * 1024 * 1024;
let directory;
let spooled = 0;
/** One private directory per process, removed when it exits. */
function spoolDirectory() {
    if (directory)
        return directory;
    const made = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'sbom-sign-spool-'));
    process.once('exit', () => (0,external_node_fs_.rmSync)(made, { recursive: true, force: true }));
    directory = made;
    return made;
}
class Spool {
    size;
    limit;
    read;
    onDisk;
    memory;
    fd;
    path;
    filled = 0;
    /**
     * `size`: the file's size from its tar header, which must be at most `limit`;
     * `read`: what to make of the whole file; `onDisk`: 'always' for a reader that needs a
     * path (SQLite opens files), otherwise only files over IN_MEMORY go to disk.
     */
    constructor(size, limit, read, onDisk = 'large') {
        this.size = size;
        this.limit = limit;
        this.read = read;
        this.onDisk = onDisk;
    }
    write(chunk) {
        if (this.size > this.limit)
            throw new Error(`${this.size} bytes (limit ${this.limit})`);
        if (this.onDisk === 'large' && this.size <= IN_MEMORY) {
            this.memory ??= Buffer.allocUnsafe(this.size);
            this.filled += chunk.copy(this.memory, this.filled);
            return;
        }
        try {
            this.open();
            for (let done = 0; done < chunk.length;)
                done += (0,external_node_fs_.writeSync)(this.fd, chunk, done, chunk.length - done);
            this.filled += chunk.length;
        }
        catch (error) {
            this.close();
            throw error;
        }
    }
    end() {
        try {
            if (this.filled !== this.size)
                throw new Error(`${this.filled} of its ${this.size} bytes arrived`);
            // An empty file has no chunks, and a reader that wants a path still gets one.
            if (this.onDisk === 'always')
                this.open();
            if (this.fd !== undefined)
                return this.read({ bytes: (0,random_access/* fileBytes */.sG)(this.fd, this.size), path: this.path });
            return this.read({ bytes: (0,random_access/* bufferBytes */._P)(this.memory ?? Buffer.alloc(0)) });
        }
        finally {
            this.close();
        }
    }
    open() {
        if (this.fd !== undefined)
            return;
        this.path = (0,external_node_path_.join)(spoolDirectory(), `${++spooled}`);
        this.fd = (0,external_node_fs_.openSync)(this.path, 'wx+', 0o600);
    }
    /** Frees the memory now, or closes and removes the temporary file. */
    close() {
        if (this.memory)
            (0,decompress/* releaseChunk */.bW)(this.memory);
        this.memory = undefined;
        if (this.fd !== undefined)
            (0,external_node_fs_.closeSync)(this.fd);
        if (this.path)
            (0,external_node_fs_.unlinkSync)(this.path);
        this.fd = undefined;
        this.path = undefined;
    }
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/java/metadata.ts
/** Readers for the metadata files a Java archive or a Maven repository carries. */
/** The main section of a JAR manifest: `Name: value`, continuation lines start with one space. */
function parseManifest(text) {
    const out = new Map();
    let last;
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break;
        if (line.startsWith(' ') && last) {
            out.set(last, `${out.get(last) ?? ''}${line.slice(1)}`);
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        last = line.slice(0, colon).trim().toLowerCase();
        out.set(last, line.slice(colon + 1).trim());
    }
    return out;
}
/** A Java properties file's `key=value` / `key: value` lines. */
function parseProperties(text) {
    const out = new Map();
    for (const line of text.split(/\r?\n/)) {
        const trimmed = line.trim();
        if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith('!'))
            continue;
        const m = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(trimmed);
        if (m)
            out.set(m[1], m[2].trim());
    }
    return out;
}
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>/g;
/**
 * The elements of a POM that identify it, read by depth (a dependency's groupId
 * is not the project's). Values that still hold `${\u2026}` are left out: they need a
 * build to resolve.
 */
function parsePom(text) {
    const stack = [];
    const values = new Map();
    const properties = new Map();
    let textStart = -1;
    let relocated = false;
    let project = false;
    for (const m of text.matchAll(TAG)) {
        const name = m[2];
        if (!name)
            continue;
        const at = m.index;
        if (m[1]) {
            const path = stack.join('/');
            if (textStart >= 0 && stack[stack.length - 1] === name) {
                const value = decodeXml(text.slice(textStart, at).trim());
                if (stack.length === 2 || (stack.length === 3 && stack[1] === 'parent'))
                    values.set(path, value);
                if (stack.length === 3 && stack[1] === 'properties')
                    properties.set(name, value);
            }
            stack.pop();
            textStart = -1;
            continue;
        }
        if (m[3])
            continue;
        stack.push(name);
        if (stack.length === 1 && name === 'project')
            project = true;
        if (stack.join('/') === 'project/distributionManagement/relocation')
            relocated = true;
        textStart = at + m[0].length;
        if (stack.length > 64)
            throw new Error('POM nests deeper than 64 elements');
    }
    if (!project)
        throw new Error('not a POM (no <project>)');
    const plain = (v) => v && !v.includes('${') ? v : undefined;
    const group = plain(values.get('project/groupId') ?? values.get('project/parent/groupId'));
    const artifact = plain(values.get('project/artifactId'));
    const version = plain(values.get('project/version') ?? values.get('project/parent/version'));
    return {
        ...(group ? { group } : {}),
        ...(artifact ? { artifact } : {}),
        ...(version ? { version } : {}),
        properties,
        relocated
    };
}
function decodeXml(text) {
    return text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
}

// EXTERNAL MODULE: ./src/archive/zip.ts
var archive_zip = __webpack_require__(3781);
;// CONCATENATED MODULE: ./src/sbom/catalogers/java/archive.ts




const ARCHIVE_EXTENSIONS = ['jar', 'war', 'ear', 'jpi', 'hpi', 'par', 'sar', 'nar', 'kar', 'rar'];
const ARCHIVE = new RegExp(`\\.(${ARCHIVE_EXTENSIONS.join('|')})$`, 'i');
/** A nested archive's size; a stored one is read in place, a deflated one expanded in memory. */
const MAX_ARCHIVE = 64 * 1024 * 1024;
const MAX_METADATA = 1024 * 1024;
const MAX_DEPTH = 3;
/** Total bytes inflated for one top-level archive, nested ones included. */
const MAX_EXPANDED = 256 * 1024 * 1024;
/** Nested archives opened for one top-level archive, at every depth. */
const MAX_NESTED = 2_000;
const POM_PROPERTIES = /^META-INF\/maven\/([^/]+)\/([^/]+)\/pom\.properties$/;
const POM_XML = /^META-INF\/maven\/([^/]+)\/([^/]+)\/pom\.xml$/;
/** `name-1.2.3.jar`, `name-1.2.3-jre.jar`: a version starts with a digit after a hyphen. */
const VERSIONED_NAME = /^(.+?)-(\d[^/]*)\.[a-z]+$/i;
/** A dotted Java package name of at least two parts. */
const PACKAGE_NAME = /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)+$/;
const META_INF = Buffer.from('META-INF/');
/** The last three bytes before `end` as one number, ASCII letters lower-cased. */
const lastThree = (bytes, end) => ((bytes[end - 3] ?? 0) << 16) | ((bytes[end - 2] ?? 0) << 8) | (bytes[end - 1] ?? 0) | 0x202020;
const ARCHIVE_KEYS = new Set(ARCHIVE_EXTENSIONS.map(e => lastThree(Buffer.from(e), 3)));
/**
 * The entries the reader looks at, from the raw name: `META-INF/` (manifest and Maven
 * metadata) and names ending like a nested archive. The classes and resources that make up
 * nearly all of a jar are passed over before their names are decoded (byte by byte: this
 * runs for every entry of every jar). A name let through still has to match the patterns
 * below.
 */
function readsEntry(name, start, end) {
    if (end - start > META_INF.length) {
        let i = 0;
        while (i < META_INF.length && name[start + i] === META_INF[i])
            i++;
        if (i === META_INF.length)
            return true;
    }
    return end - start >= 4 && name[end - 4] === 0x2e && ARCHIVE_KEYS.has(lastThree(name, end));
}
/** Reads a Java archive and the archives nested in it, within the expansion budget. */
function readJavaArchive(path, bytes) {
    const archive = { kind: 'archive', packages: [], problems: [] };
    readArchive(bytes, path.slice(path.lastIndexOf('/') + 1), undefined, 0, archive, {
        bytes: MAX_EXPANDED,
        nested: MAX_NESTED
    });
    return archive;
}
function readArchive(zip, fileName, nested, depth, out, budget) {
    const where = nested ?? fileName;
    let entries;
    try {
        entries = [...(0,archive_zip/* walkEntries */.Y1)(zip, { wanted: readsEntry })];
    }
    catch (error) {
        out.problems.push(`${where}: ${error.message}`);
        return;
    }
    // An entry whose data another entry of the directory already names is an alias: read once.
    const offsets = new Set();
    let aliases = 0;
    const read = (entry, limit) => {
        if (offsets.has(entry.localOffset)) {
            aliases++;
            return undefined;
        }
        offsets.add(entry.localOffset);
        try {
            const data = (0,archive_zip/* entryBytes */.eD)(zip, entry, Math.min(limit, budget.bytes));
            budget.bytes -= data.size;
            return data;
        }
        catch (error) {
            out.problems.push(`${where}: ${error.message}`);
            return undefined;
        }
    };
    const text = (entry) => {
        const data = entry && read(entry, MAX_METADATA);
        return data?.read(0, data.size).toString('utf8');
    };
    const manifestText = text(entries.find(e => e.name === 'META-INF/MANIFEST.MF'));
    const manifest = manifestText ? parseManifest(manifestText) : new Map();
    const license = manifest.get('bundle-license');
    const licenses = license ? [licenseName(license)] : [];
    const at = nested ? { nested } : {};
    // Maven metadata: pom.properties, or the pom.xml beside it when there is none.
    const poms = [];
    const described = new Set();
    for (const e of entries) {
        const m = POM_PROPERTIES.exec(e.name);
        const data = m ? text(e) : undefined;
        if (!data)
            continue;
        const props = parseProperties(data);
        const [group, artifact, version] = ['groupId', 'artifactId', 'version'].map(k => props.get(k));
        if (!group || !artifact || !version)
            continue;
        described.add(`${m?.[1]}/${m?.[2]}`);
        poms.push({ group, artifact, version, source: 'pom.properties', licenses: [], ...at });
    }
    for (const e of entries) {
        const m = POM_XML.exec(e.name);
        if (!m || described.has(`${m[1]}/${m[2]}`))
            continue;
        const data = text(e);
        if (!data)
            continue;
        try {
            const pom = parsePom(data);
            if (pom.group && pom.artifact && pom.version)
                poms.push({
                    group: pom.group,
                    artifact: pom.artifact,
                    version: pom.version,
                    source: 'pom.xml',
                    licenses: [],
                    ...at
                });
        }
        catch (error) {
            out.problems.push(`${where}: ${e.name}: ${error.message}`);
        }
    }
    const fromName = VERSIONED_NAME.exec(fileName);
    const baseName = fromName?.[1] ?? fileName.replace(/\.[a-z]+$/i, '');
    // The archive's own pom: the one named like the file, or the only one; others are shaded in.
    const own = poms.find(p => p.artifact === baseName) ?? (poms.length === 1 ? poms[0] : undefined);
    if (own)
        own.licenses = licenses;
    else {
        const identity = manifestIdentity(manifest, baseName, fromName?.[2]);
        if (identity)
            out.packages.push({ ...identity, licenses, ...at });
    }
    out.packages.push(...poms);
    if (depth + 1 < MAX_DEPTH) {
        for (const e of entries) {
            if (!ARCHIVE.test(e.name) || e.name.endsWith('/'))
                continue;
            if (budget.nested === 0) {
                if (!budget.nestedReported)
                    out.problems.push(pastBudget(MAX_NESTED, 'nested archives'));
                budget.nestedReported = true;
                break;
            }
            const data = read(e, MAX_ARCHIVE);
            if (!data)
                continue;
            budget.nested--;
            const inner = e.name.slice(e.name.lastIndexOf('/') + 1);
            readArchive(data, inner, nested ? `${nested}:${e.name}` : e.name, depth + 1, out, budget);
        }
    }
    if (aliases > 0)
        out.problems.push(`${where}: ${aliases} entries share another entry's data: read once`);
}
/**
 * Name and version from the manifest (else the file name), and a groupId only where
 * the manifest states one beyond doubt: an OSGi `Bundle-SymbolicName` of the form
 * `<groupId>.<artifactId>` whose artifactId is the file's name and contains a `-`,
 * which no Java package name can. `Implementation-Vendor-Id` (`org.apache` for
 * commons-logging), `Automatic-Module-Name` and package-like symbolic names
 * (`org.objectweb.asm` for asm) are Java names, not Maven coordinates.
 */
function manifestIdentity(manifest, baseName, nameVersion) {
    const manifestVersion = manifest.get('implementation-version') ?? manifest.get('bundle-version');
    const version = manifestVersion ?? nameVersion;
    const artifact = baseName || manifest.get('implementation-title');
    if (!artifact || !version)
        return undefined;
    const symbolic = manifest.get('bundle-symbolicname')?.split(';')[0]?.trim();
    const group = artifact.includes('-') && symbolic?.endsWith(`.${artifact}`)
        ? symbolic.slice(0, -artifact.length - 1)
        : undefined;
    if (group && PACKAGE_NAME.test(group))
        return { group, artifact, version: manifestVersion ?? version, source: 'manifest' };
    return { artifact, version, source: manifestVersion ? 'manifest' : 'filename' };
}
const LICENSE_URLS = [
    [/apache\.org\/licenses\/LICENSE-2\.0/i, 'Apache-2.0'],
    [/opensource\.org\/licenses\/MIT/i, 'MIT'],
    [/eclipse\.org\/legal\/epl-2\.0/i, 'EPL-2.0'],
    [/eclipse\.org\/legal\/epl-v10/i, 'EPL-1.0']
];
function licenseName(value) {
    const first = value.split(',')[0]?.trim() ?? value;
    for (const [pattern, id] of LICENSE_URLS)
        if (pattern.test(first))
            return id;
    return normaliseLicense(first.replace(/;.*$/, ''));
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/java/debian.ts


/**
 * Debian's Maven repository: `usr/share/maven-repo/<group path>/<artifact>/<version>/`
 * holds the artifact's POM and symlinks `<artifact>-<version>[-<classifier>].jar`
 * to the jar under usr/share/java. The POM gives the coordinates Debian
 * publishes the jar under, which its file name (`asm-9.4.jar`,
 * `guice-servlet.jar`) does not.
 */
const MAVEN_REPO = 'usr/share/maven-repo';
const MAVEN_REPO_POM = /^usr\/share\/maven-repo\/.+\.pom$/;
/** `debian` and `2.x` are Debian's alias versions (any version, the newest 2.x), not releases. */
const ALIAS_VERSION = /^debian$|(?:^|\.)x$/;
function readRepoPom(content) {
    const pom = parsePom(content.toString('utf8'));
    const original = pom.properties.get('debian.originalVersion');
    return {
        kind: 'pom',
        ...(pom.group ? { group: pom.group } : {}),
        ...(pom.artifact ? { artifact: pom.artifact } : {}),
        ...(pom.version ? { version: pom.version } : {}),
        ...(original && !original.includes('${') ? { originalVersion: original } : {})
    };
}
/** Bounds on the walk of the repository tree (symlinked directories could loop). */
const debian_MAX_DEPTH = 16;
const MAX_DIRECTORIES = 100_000;
/**
 * Jar path (symlinks resolved in the squashed image) \u2192 the artifacts Debian's
 * maven-repo publishes it as. A version directory's POM gives the coordinates;
 * without one, its path does (`org/jsr305/jsr305/0.1-SNAPSHOT/`). A jar linked
 * under a release version is known by that; one linked only under an alias
 * version takes the POM's original version, if it records one.
 */
function debianArtifacts(poms, view, root) {
    const releases = new Map();
    const aliases = new Map();
    let directories = 0;
    const visit = (dir, parts) => {
        const names = view.list(dir);
        if (!names || ++directories > MAX_DIRECTORIES || parts.length > debian_MAX_DEPTH)
            return;
        const jars = names.filter(n => n.endsWith('.jar'));
        if (jars.length > 0 && parts.length >= 3)
            versionDirectory(dir, parts, names, jars);
        for (const name of names)
            if (!name.endsWith('.jar') && !name.endsWith('.pom'))
                visit(`${dir}/${name}`, [...parts, name]);
    };
    const versionDirectory = (dir, parts, names, jars) => {
        const versionDir = parts[parts.length - 1];
        const artifactDir = parts[parts.length - 2];
        const pom = names
            .filter(n => n.endsWith('.pom'))
            .map(n => latest(poms.get(`${dir}/${n}`) ?? []))
            .find(p => p?.kind === 'pom' && (p.artifact ?? artifactDir) === artifactDir);
        const group = pom?.group ?? parts.slice(0, -2).join('.');
        const alias = ALIAS_VERSION.test(pom?.version ?? versionDir);
        const version = alias ? pom?.originalVersion : (pom?.version ?? versionDir);
        if (!version || ALIAS_VERSION.test(version))
            return;
        const prefix = `${artifactDir}-${versionDir}`;
        for (const name of jars) {
            if (!name.startsWith(prefix))
                continue;
            const rest = name.slice(prefix.length, -'.jar'.length);
            if (rest !== '' && !rest.startsWith('-'))
                continue;
            const target = view.resolve(`${dir}/${name}`);
            if (!target)
                continue;
            const found = {
                group,
                artifact: artifactDir,
                version,
                ...(rest ? { classifier: rest.slice(1) } : {})
            };
            const into = alias ? aliases : releases;
            into.set(target, [...(into.get(target) ?? []), found]);
        }
    };
    visit(root, []);
    for (const [target, found] of aliases)
        if (!releases.has(target))
            releases.set(target, found);
    for (const [target, found] of releases)
        releases.set(target, unique(found));
    return releases;
}
function unique(list) {
    const seen = new Set();
    return list.filter(a => {
        const key = `${a.group}:${a.artifact}:${a.version}:${a.classifier ?? ''}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/java/index.ts








/** A Maven repository POM is a few KiB. */
const MAX_POM = 4 * 1024 * 1024;
const java_key = (p) => `${p.group ?? ''}:${p.artifact}:${p.version}:${p.classifier ?? ''}:${p.nested ?? ''}`;
/**
 * Java archives (nested too) and Debian's Maven repository. Coordinates come from
 * the strongest evidence there is, in this order: pom.properties, an embedded
 * pom.xml, the maven-repo POM that links the jar, the manifest, the file name.
 * A jar whose groupId no evidence states gets no Maven purl (`pkg:generic`), not
 * a guessed one. The property `java:coordinatesSource` says which evidence decided.
 */
const javaCataloger = {
    name: 'java-archive',
    maxFileSize: MAX_SPOOLED,
    wants: path => ARCHIVE.test(path) || (path.endsWith('.pom') && MAVEN_REPO_POM.test(path)),
    // Archives need random access: gathered as they stream, large ones on disk (walk/spool.ts),
    // read with read-ahead since entries are mostly read in order.
    scan: (path, size) => path.endsWith('.pom')
        ? new Spool(size, MAX_POM, ({ bytes }) => readRepoPom(bytes.read(0, bytes.size)))
        : new Spool(size, MAX_SPOOLED, ({ bytes }) => readJavaArchive(path, (0,random_access/* readAhead */.Ek)(bytes))),
    collect(files, context) {
        const debian = debianArtifacts(files, context.view, MAVEN_REPO);
        const out = [];
        for (const { path, versions } of files.all()) {
            const archive = latest(versions);
            if (archive?.kind !== 'archive')
                continue;
            for (const problem of archive.problems)
                context.warn(path, problem);
            let packages = archive.packages;
            const linked = debian.get(path);
            if (linked) {
                // The maven-repo POM outranks what the manifest or the file name suggest.
                const licenses = packages.find(p => !p.nested)?.licenses ?? [];
                packages = packages.filter(p => p.nested || p.source === 'pom.properties' || p.source === 'pom.xml');
                for (const a of linked) {
                    const p = { ...a, source: 'debian-maven-repo', licenses };
                    if (!packages.some(q => java_key(q) === java_key(p)))
                        packages.push(p);
                }
            }
            for (const p of packages)
                out.push(found(p, path, versions));
        }
        return out;
    }
};
function found(p, path, versions) {
    const id = java_key(p);
    const properties = [[`${tool/* PROPERTY_PREFIX */.r}:java:coordinatesSource`, p.source]];
    if (p.group)
        properties.push([`${tool/* PROPERTY_PREFIX */.r}:java:groupId`, p.group]);
    if (p.nested)
        properties.push([`${tool/* PROPERTY_PREFIX */.r}:java:nestedPath`, p.nested]);
    return {
        ecosystem: 'maven',
        name: p.artifact,
        version: p.version,
        purl: p.group
            ? (0,purl/* purl */.EV)('maven', p.group, p.artifact, p.version, { classifier: p.classifier })
            : (0,purl/* purl */.EV)('generic', undefined, p.artifact, p.version),
        licenses: p.licenses,
        path,
        // A Debian artifact is as old as its jar; a package found inside, as old as its metadata.
        layer: introducedIn(versions, r => r.kind === 'archive' &&
            (p.source === 'debian-maven-repo' || r.packages.some(q => java_key(q) === id))),
        os: false,
        properties
    };
}

;// CONCATENATED MODULE: ./src/sbom/compare.ts
/** Code-point order: the same on every machine, unlike locale-aware comparison. */
function compareCodePoints(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/npm/installed.ts


/** Parse result of a lockfile: only its presence matters. */
const LOCKFILE = 'lockfile';
const LOCKFILES = new Set([
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml'
]);
/** A project's lockfile (not node_modules/.package-lock.json, npm's cache of the tree). */
function isLockfile(path) {
    return LOCKFILES.has(path.slice(path.lastIndexOf('/') + 1)) && !path.includes('node_modules/');
}
/** `\u2026/node_modules/<name>/package.json` or `\u2026/node_modules/@scope/<name>/package.json`. */
const MODULE = /(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/@][^/]*\/package\.json$/;
/** Debian's Node.js module directories (node-* packages). */
const DEBIAN_MODULE = /^usr\/(?:share|lib(?:\/[^/]+)?)\/nodejs\/(?:@[^/]+\/)?[^/@][^/]*\/package\.json$/;
const DEBIAN_TREE = /^usr\/(?:share|lib(?:\/[^/]+)?)\/nodejs\//;
/** Inside another ecosystem's installed package: a gem's directory, Python's site- and dist-packages. */
const FOREIGN_PACKAGE = /(?:^|\/)gems\/[^/]+-[0-9][^/]*\/|\/(?:site|dist)-packages\//;
/**
 * The package.json files that describe something installed:
 * - a package's manifest in a node_modules tree, or in Debian's
 *   usr/share/nodejs, usr/lib/nodejs, usr/lib/<triplet>/nodejs;
 * - an application root: outside any node_modules (and Debian's trees), with a
 *   node_modules directory beside it, or a lockfile where it is not inside another
 *   ecosystem's package (the VS Code extension a gem carries has a lockfile too);
 * - a workspace package an application root's node_modules links to.
 * Not: package.json files deeper inside a package (build folders such as
 * terser/dist, test fixtures, benchmarks, examples) nor stray manifests outside
 * any project (an editor extension inside a gem), which npm never installed.
 */
function installedManifests(files, view) {
    const out = [];
    const loose = [];
    const roots = [];
    for (const file of files.all()) {
        if (!file.path.endsWith('package.json'))
            continue;
        if (MODULE.test(file.path) || DEBIAN_MODULE.test(file.path))
            out.push(file);
        else if (file.path.includes('node_modules/') || DEBIAN_TREE.test(file.path))
            continue;
        else {
            const dir = file.path.slice(0, -'package.json'.length);
            const siblings = view.list(dir.slice(0, -1)) ?? [];
            const locked = !FOREIGN_PACKAGE.test(file.path) &&
                siblings.some(n => LOCKFILES.has(n) && files.get(`${dir}${n}`));
            if (siblings.includes('node_modules') || locked) {
                out.push(file);
                roots.push(dir);
            }
            else
                loose.push(file);
        }
    }
    // Workspaces: the root's node_modules/<name> is a symlink to the package's directory.
    for (const file of loose) {
        const name = latest(file.versions)?.name;
        if (typeof name !== 'string')
            continue;
        const dir = file.path.slice(0, -'/package.json'.length);
        if (roots.some(root => view.resolve(`${root}node_modules/${name}`) === dir))
            out.push(file);
    }
    return out.sort((a, b) => compareCodePoints(a.path, b.path));
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/npm/index.ts




/**
 * Installed npm packages and applications (the rule is in ./installed.ts), with
 * licenses and dependency edges. Lockfiles are read only to mark an application root.
 */
const npmCataloger = {
    name: 'npm',
    maxFileSize: 4 * 1024 * 1024,
    wants: path => path === 'package.json' || path.endsWith('/package.json') || isLockfile(path),
    parse(path, content) {
        if (isLockfile(path))
            return LOCKFILE;
        const json = JSON.parse(content.toString('utf8'));
        if (typeof json !== 'object' || json === null || Array.isArray(json))
            throw new Error('package.json is not a JSON object');
        if (typeof json.name !== 'string' ||
            typeof json.version !== 'string' ||
            !json.name ||
            !json.version)
            return null;
        const deps = new Set();
        for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
            const value = json[field];
            if (value && typeof value === 'object')
                for (const name of Object.keys(value))
                    deps.add(name);
        }
        const author = typeof json.author === 'string'
            ? json.author
            : json.author?.name;
        return {
            name: json.name,
            version: json.version,
            licenses: manifestLicenses(json),
            dependencies: [...deps].sort(),
            ...(typeof author === 'string' && author ? { author } : {})
        };
    },
    collect(files, context) {
        const byDir = new Map();
        const out = [];
        for (const { path, versions } of installedManifests(files, context.view)) {
            const manifest = latest(versions);
            if (!manifest || manifest === LOCKFILE)
                continue;
            // Aliased installs (`"x-cjs": "npm:x@4"`) live under the alias but are the named package.
            const dir = path.slice(0, -'/package.json'.length);
            const slash = manifest.name.indexOf('/');
            const p = (0,purl/* purl */.EV)('npm', slash > 0 ? manifest.name.slice(0, slash) : undefined, slash > 0 ? manifest.name.slice(slash + 1) : manifest.name, manifest.version);
            byDir.set(dir, { manifest, purl: p });
            out.push({
                ecosystem: 'npm',
                name: manifest.name,
                version: manifest.version,
                purl: p,
                licenses: manifest.licenses,
                path,
                layer: introducedIn(versions, r => r !== LOCKFILE && r?.name === manifest.name && r.version === manifest.version),
                os: false,
                ...(manifest.author ? { supplier: manifest.author } : {})
            });
        }
        // Node's resolution: <dir>/node_modules/<dep>, then each enclosing node_modules up to the root.
        for (const p of out) {
            const dir = p.path.slice(0, -'/package.json'.length);
            const manifest = byDir.get(dir)?.manifest;
            if (!manifest || manifest.dependencies.length === 0)
                continue;
            const deps = [];
            for (const dep of manifest.dependencies) {
                const found = resolveDependency(byDir, dir, dep);
                if (found)
                    deps.push(found);
            }
            if (deps.length > 0)
                p.dependsOn = deps;
        }
        return out;
    }
};
function resolveDependency(byDir, from, dep) {
    let dir = from;
    for (;;) {
        if (!dir.endsWith('node_modules')) {
            const hit = byDir.get(dir ? `${dir}/node_modules/${dep}` : `node_modules/${dep}`);
            if (hit)
                return hit.purl;
        }
        if (dir === '')
            return undefined;
        const slash = dir.lastIndexOf('/');
        dir = slash < 0 ? '' : dir.slice(0, slash);
    }
}
/** `license: "MIT"`, `license: {type}`, or the old `licenses: [{type}]`. */
function manifestLicenses(json) {
    const out = [];
    const add = (value) => {
        const text = typeof value === 'string' ? value : value?.type;
        if (typeof text === 'string' && text.trim())
            out.push(normaliseLicense(text.replace(/^\((.*)\)$/, '$1')));
    };
    add(json.license);
    if (Array.isArray(json.licenses))
        json.licenses.forEach(add);
    return [...new Set(out)];
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/php/installed.ts

/** One package entry of installed.json; real ones are a few KiB. */
const installed_MAX_ENTRY_BYTES = 4 * 1024 * 1024;
/** Top-level member names are read to find `packages`; real ones are short. */
const installed_MAX_NAME_BYTES = 4096;
/**
 * Composer's `installed.json` read as it streams: the package list (a top-level array in
 * Composer 1, the `packages` member of a top-level object in Composer 2, wherever it
 * stands) is cut into its elements, and each object element alone goes to JSON.parse
 * (walk/json-cutter.ts).
 */
class InstalledJsonScanner {
    found = false;
    json;
    /** `onEntry` gets each element of the package list that is an object, parsed. */
    constructor(onEntry) {
        this.json = new JsonCutter('installed.json', (path, kind) => this.select(path, kind), (_path, entry) => onEntry(entry), { maxValueBytes: installed_MAX_ENTRY_BYTES, maxNameBytes: installed_MAX_NAME_BYTES });
    }
    write(chunk) {
        this.json.write(chunk);
    }
    /** Throws when the file ended inside its value, or holds no package list. */
    end() {
        this.json.end();
        if (!this.found)
            throw new Error('installed.json has no package list');
    }
    /** What the limits skipped, for the file's problems. */
    problems() {
        return this.json.problems('package entries');
    }
    select(path, kind) {
        if (path.length === 0) {
            this.found = kind === 'array';
            return 'inside';
        }
        // The first `packages` array only: a later duplicate member is passed over.
        if (path.length === 1 && path[0] === 'packages' && kind === 'array' && !this.found) {
            this.found = true;
            return 'inside';
        }
        const inList = path.length === 1 ? typeof path[0] === 'number' : path[0] === 'packages';
        return inList && kind === 'object' ? 'value' : 'skip';
    }
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/php/index.ts





/** Packages read from one installed.json; real ones list a few hundred. */
const MAX_COMPOSER_PACKAGES = 50_000;
/** Composer packages from `vendor/composer/installed.json` (Composer 1 array or Composer 2 object). */
const phpCataloger = {
    name: 'php-composer',
    maxFileSize: 32 * 1024 * 1024,
    wants: path => path.endsWith('composer/installed.json'),
    // Read as it streams, one package entry at a time (installed.ts).
    scan() {
        const packages = [];
        let more = false;
        const scanner = new InstalledJsonScanner(entry => {
            const p = composerPackage(entry);
            if (!p)
                return;
            if (packages.length < MAX_COMPOSER_PACKAGES)
                packages.push(p);
            else
                more = true;
        });
        return {
            write: chunk => scanner.write(chunk),
            end: () => {
                scanner.end();
                const problems = [
                    ...(more ? [pastBudget(MAX_COMPOSER_PACKAGES, 'packages')] : []),
                    ...scanner.problems()
                ];
                return { packages, problems };
            }
        };
    },
    collect(files, context) {
        const out = [];
        for (const { path, versions } of files.all()) {
            const file = latest(versions);
            if (!file)
                continue;
            for (const problem of file.problems)
                context.warn(path, problem);
            const packages = file.packages;
            const layerOf = introducedInByKey(versions, r => r.packages.map(nameAndVersion));
            const purlOf = new Map();
            for (const p of packages) {
                const [vendor, name] = p.name.split('/', 2);
                purlOf.set(p.name.toLowerCase(), (0,purl/* purl */.EV)('composer', name ? vendor : undefined, name ?? vendor, p.version));
            }
            for (const p of packages) {
                const deps = p.requires
                    .map(r => purlOf.get(r.toLowerCase()))
                    .filter((d) => Boolean(d));
                out.push({
                    ecosystem: 'composer',
                    name: p.name,
                    version: p.version,
                    purl: purlOf.get(p.name.toLowerCase()),
                    licenses: p.licenses,
                    path,
                    layer: layerOf(nameAndVersion(p)),
                    os: false,
                    ...(deps.length > 0 ? { dependsOn: [...new Set(deps)].sort() } : {})
                });
            }
        }
        return out;
    }
};
/** A package entry of installed.json, or undefined when it names no package and version. */
function composerPackage(entry) {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry))
        return undefined;
    const p = entry;
    if (typeof p.name !== 'string' || typeof p.version !== 'string')
        return undefined;
    return {
        name: p.name,
        version: p.version,
        licenses: Array.isArray(p.license)
            ? p.license.filter((l) => typeof l === 'string').map(normaliseLicense)
            : [],
        requires: p.require && typeof p.require === 'object'
            ? Object.keys(p.require).filter(r => r.includes('/'))
            : []
    };
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/python/index.ts




const METADATA = /\.dist-info\/METADATA$|\.egg-info\/PKG-INFO$|\.egg-info$/;
/** A distribution vendored inside another package (`setuptools/_vendor/\u2026`): the package's directory. */
const VENDORED = /^(.*?)\/_vendor\//;
/** PEP 503 normalisation, which the pypi purl type requires. */
const normalisePythonName = (name) => name.toLowerCase().replace(/[-_.]+/g, '-');
/**
 * Installed Python distributions: `*.dist-info/METADATA`, `*.egg-info/PKG-INFO` and
 * single-file `*.egg-info`, in site- and dist-packages alike (distro-installed ones too).
 */
const pythonCataloger = {
    name: 'python',
    maxFileSize: 4 * 1024 * 1024,
    wants: path => METADATA.test(path),
    parse: (_path, content) => parseMetadata(content.toString('utf8')),
    collect(files) {
        const out = [];
        const byName = new Map();
        const requires = new Map();
        for (const { path, versions } of files.all()) {
            const meta = latest(versions);
            if (!meta)
                continue;
            const p = {
                ecosystem: 'pypi',
                name: meta.name,
                version: meta.version,
                purl: (0,purl/* purl */.EV)('pypi', undefined, normalisePythonName(meta.name), meta.version),
                licenses: meta.licenses,
                path,
                layer: introducedIn(versions, r => r.name === meta.name && r.version === meta.version),
                os: false,
                ...(meta.author ? { supplier: meta.author } : {})
            };
            const vendoredIn = VENDORED.exec(path)?.[1];
            if (vendoredIn)
                p.properties = [[`${tool/* PROPERTY_PREFIX */.r}:package:vendoredIn`, `/${vendoredIn}`]];
            byName.set(normalisePythonName(meta.name), p.purl);
            requires.set(p, meta.requires);
            out.push(p);
        }
        for (const [p, names] of requires) {
            const deps = names
                .map(n => byName.get(normalisePythonName(n)))
                .filter((d) => Boolean(d));
            if (deps.length > 0)
                p.dependsOn = [...new Set(deps)].sort();
        }
        return out;
    }
};
/** Core metadata (RFC 822 style headers, then an optional body). */
function parseMetadata(text) {
    const headers = new Map();
    let last;
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break;
        if ((line[0] === ' ' || line[0] === '\t') && last) {
            const values = headers.get(last);
            values[values.length - 1] += `\n${line.trim()}`;
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        last = line.slice(0, colon).trim().toLowerCase();
        const values = headers.get(last) ?? [];
        values.push(line.slice(colon + 1).trim());
        headers.set(last, values);
    }
    const name = headers.get('name')?.[0];
    const version = headers.get('version')?.[0];
    if (!name || !version)
        throw new Error('METADATA has no Name or Version');
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name))
        throw new Error(`invalid distribution name "${name.slice(0, 80)}"`);
    const requires = (headers.get('requires-dist') ?? [])
        .filter(r => !/;\s*.*\bextra\s*==/.test(r))
        .map(r => /^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(r)?.[0])
        .filter((r) => Boolean(r));
    const author = headers.get('author')?.[0] || headers.get('author-email')?.[0];
    return { name, version, licenses: licenses(headers), requires, ...(author ? { author } : {}) };
}
function licenses(headers) {
    const expression = headers.get('license-expression')?.[0];
    if (expression)
        return [expression];
    const license = headers.get('license')?.[0];
    // Some projects paste the whole license text into License; only a short one-liner is a name.
    if (license &&
        !license.includes('\n') &&
        license.length <= 80 &&
        license.toUpperCase() !== 'UNKNOWN') {
        return [normaliseLicense(license)];
    }
    const fromClassifiers = (headers.get('classifier') ?? [])
        .filter(c => c.startsWith('License ::'))
        .map(c => c.split('::').pop()?.trim() ?? '')
        .filter(c => c && c !== 'OSI Approved')
        .map(normaliseLicense);
    return [...new Set(fromClassifiers)];
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/rpm/header.ts
/**
 * rpm header blobs as rpm's databases store them (no lead, no magic): entry
 * count and data size as big-endian u32, then 16-byte index entries (tag, type,
 * offset, count), then the data store.
 */
const header_TAG = {
    name: 1000,
    version: 1001,
    release: 1002,
    epoch: 1003,
    vendor: 1011,
    license: 1014,
    arch: 1022,
    sourceRpm: 1044,
    provideName: 1047,
    requireName: 1049
};
const TYPE = { int32: 4, string: 6, stringArray: 8, i18nString: 9 };
const MAX_ENTRIES = 100_000;
/**
 * One header's bytes. rpm's own cap is 256 MiB, but the largest real ones (thousands of
 * files with their digests) are a few MiB: a database's reader never holds more than this.
 */
const MAX_HEADER_BYTES = 32 * 1024 * 1024;
class RpmHeaderError extends Error {
}
function parseHeader(blob) {
    if (blob.length < 8)
        throw new RpmHeaderError('rpm header shorter than 8 bytes');
    const count = blob.readUInt32BE(0);
    const dataLength = blob.readUInt32BE(4);
    const dataStart = 8 + count * 16;
    if (count > MAX_ENTRIES || dataStart + dataLength > blob.length)
        throw new RpmHeaderError('rpm header sizes exceed the blob');
    const strings = new Map();
    /** Only the first value of an int32 tag is used (the epoch). */
    const ints = new Map();
    // Each wanted tag is read once (a repeated entry is ignored) and its strings are
    // searched inside the data store only, so the work stays linear in the header.
    const wanted = new Set(Object.values(header_TAG));
    const data = blob.subarray(0, dataStart + dataLength);
    for (let i = 0; i < count; i++) {
        const at = 8 + i * 16;
        const tag = blob.readUInt32BE(at);
        if (!wanted.delete(tag))
            continue;
        const type = blob.readUInt32BE(at + 4);
        const offset = blob.readUInt32BE(at + 8);
        const n = blob.readUInt32BE(at + 12);
        let pos = dataStart + offset;
        const end = dataStart + dataLength;
        if (pos > end)
            throw new RpmHeaderError(`rpm tag ${tag} points outside the data`);
        if (type === TYPE.string || type === TYPE.stringArray || type === TYPE.i18nString) {
            const values = [];
            const items = type === TYPE.string ? 1 : Math.min(n, MAX_ENTRIES);
            for (let k = 0; k < items && pos < end; k++) {
                const nul = data.indexOf(0, pos);
                const stop = nul < 0 ? end : nul;
                values.push(data.toString('utf8', pos, stop));
                pos = stop + 1;
            }
            strings.set(tag, values);
        }
        else if (type === TYPE.int32 && n > 0 && pos + 4 <= end) {
            ints.set(tag, blob.readUInt32BE(pos));
        }
    }
    const one = (tag) => strings.get(tag)?.[0];
    const name = one(header_TAG.name);
    const version = one(header_TAG.version);
    // The database's first entries can be non-package headers (e.g. gpg-pubkey has no arch but is a package).
    if (!name || !version)
        return null;
    const epoch = ints.get(header_TAG.epoch);
    const sourceRpm = one(header_TAG.sourceRpm);
    const vendor = one(header_TAG.vendor);
    return {
        name,
        version,
        release: one(header_TAG.release) ?? '',
        ...(epoch !== undefined ? { epoch } : {}),
        arch: one(header_TAG.arch) ?? '',
        license: one(header_TAG.license) ?? '',
        ...(sourceRpm && sourceRpm !== '(none)' ? { sourceRpm } : {}),
        ...(vendor ? { vendor } : {}),
        requires: strings.get(header_TAG.requireName) ?? [],
        provides: strings.get(header_TAG.provideName) ?? []
    };
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/rpm/bdb.ts


/**
 * Values of a Berkeley DB hash database (rpm's `Packages` before rpm 4.16): every
 * data item on hash pages, inline or spread over a chain of overflow pages.
 * Layout per Berkeley DB's db_page.h. Linear in the file: the pages are walked once,
 * and every overflow page is read at most once more as part of a chain, so items that
 * share a chain (or chains that merge) cost nothing twice. Values are yielded one at a
 * time, each a view into a reused buffer that is valid until the next; one too large to
 * hold is yielded as an RpmHeaderError.
 */
const HASH_MAGIC = 0x061561;
const PAGE_HEADER = 26;
const P_HASH_UNSORTED = 2;
const P_OVERFLOW = 7;
const P_HASH = 13;
const H_KEYDATA = 1;
const H_OFFPAGE = 3;
function* bdbValues(bytes) {
    const meta = bytes.read(0, 512);
    if (meta.length < 512)
        throw new RpmHeaderError('not a Berkeley DB file (too short)');
    let little = true;
    if (meta.readUInt32LE(12) !== HASH_MAGIC) {
        if (meta.readUInt32BE(12) !== HASH_MAGIC)
            throw new RpmHeaderError('not a Berkeley DB hash database');
        little = false;
    }
    const u16 = (b, at) => (little ? b.readUInt16LE(at) : b.readUInt16BE(at));
    const u32 = (b, at) => (little ? b.readUInt32LE(at) : b.readUInt32BE(at));
    const pageSize = u32(meta, 20);
    if (pageSize < 512 || pageSize > 65536 || pageSize & (pageSize - 1))
        throw new RpmHeaderError(`bad page size ${pageSize}`);
    if (bytes.size % pageSize !== 0)
        throw new RpmHeaderError('truncated Berkeley DB file');
    const layout = { bytes, pageSize, u16, u32 };
    const count = bytes.size / pageSize;
    /** Overflow pages already part of a value. */
    const used = new Uint8Array(count);
    const chain = new Chain(layout, used);
    for (const [page, p] of (0,random_access/* pages */.Bd)(bytes, pageSize, 1, count)) {
        const type = p[25];
        if (type !== P_HASH && type !== P_HASH_UNSORTED)
            continue;
        // The item offsets must fit on the page.
        const entries = Math.min(u16(p, 20), (pageSize - PAGE_HEADER) >> 1);
        // Items come in key/value pairs; values are the odd ones. Each item ends where the previous begins.
        for (let i = 1; i < entries; i += 2) {
            const offset = u16(p, PAGE_HEADER + i * 2);
            const end = u16(p, PAGE_HEADER + (i - 1) * 2);
            if (offset >= pageSize)
                throw new RpmHeaderError(`bad item offset on page ${page}`);
            if (p[offset] === H_OFFPAGE && offset + 12 <= pageSize) {
                const value = chain.read(u32(p, offset + 4), u32(p, offset + 8));
                if (value)
                    yield value;
            }
            else if (p[offset] === H_KEYDATA) {
                yield p.subarray(offset + 1, Math.max(offset + 1, Math.min(end, pageSize)));
            }
        }
    }
}
/** Reads overflow chains, page by page, into one reused buffer. */
class Chain {
    layout;
    used;
    value = new random_access/* Scratch */.fx();
    header = Buffer.alloc(PAGE_HEADER);
    constructor(layout, used) {
        this.layout = layout;
        this.used = used;
    }
    /**
     * The bytes of the chain starting at `first`; undefined when that page already belongs
     * to another value, an RpmHeaderError (the chain left unread) when it claims more than
     * a header may hold.
     */
    read(first, total) {
        const { bytes, pageSize, u16, u32 } = this.layout;
        const used = this.used;
        if (first < used.length && used[first])
            return undefined;
        if (total > MAX_HEADER_BYTES)
            return new RpmHeaderError(`a ${total}-byte header (limit ${MAX_HEADER_BYTES})`);
        const value = this.value.take(total);
        let length = 0;
        for (let page = first; page !== 0 && length < total;) {
            if (page >= used.length)
                throw new RpmHeaderError(`overflow chain leaves the file at page ${page}`);
            if (used[page])
                throw new RpmHeaderError(`overflow chains meet at page ${page}`);
            used[page] = 1;
            bytes.readInto(this.header, page * pageSize);
            if (this.header[25] !== P_OVERFLOW)
                throw new RpmHeaderError(`page ${page} is not an overflow page`);
            const part = Math.min(u16(this.header, 22), pageSize - PAGE_HEADER, total - length);
            length += bytes.readInto(value.subarray(length, length + part), page * pageSize + PAGE_HEADER);
            page = u32(this.header, 16);
        }
        return value.subarray(0, length);
    }
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/rpm/ndb.ts


/**
 * Blobs of rpm's NDB `Packages.db` (SUSE): a header ("RpmP", version, generation,
 * slot page count), 4 KiB slot pages of 16-byte slots ("Slot", package index,
 * block offset, block count), and at block offset \u00d7 16 a blob header ("BlbS",
 * package index, checksum, length) followed by the header blob. Little-endian.
 * Blobs are yielded one at a time, each a view into a reused buffer that is valid until the
 * next; one too large to hold is yielded as an RpmHeaderError.
 */
const HEADER_MAGIC = 0x506d7052; // 'RpmP'
const SLOT_MAGIC = 0x746f6c53; // 'Slot'
const BLOB_MAGIC = 0x53626c42; // 'BlbS'
const SLOT_PAGE = 4096;
const SLOTS_PER_PAGE = SLOT_PAGE / 16;
const BLOCK = 16;
const MAX_SLOT_PAGES = 2048;
function* ndbBlobs(bytes) {
    const head = bytes.read(0, 32);
    if (head.length < 32 || head.readUInt32LE(0) !== HEADER_MAGIC)
        throw new RpmHeaderError('not an rpm NDB database');
    if (head.readUInt32LE(4) !== 0)
        throw new RpmHeaderError(`unsupported NDB version ${head.readUInt32LE(4)}`);
    const slotPages = head.readUInt32LE(12);
    if (slotPages === 0 || slotPages > MAX_SLOT_PAGES)
        throw new RpmHeaderError(`bad NDB slot page count ${slotPages}`);
    if (slotPages * SLOT_PAGE > bytes.size)
        throw new RpmHeaderError('NDB slot pages past end of file');
    const blob = new random_access/* Scratch */.fx();
    const blobHeader = Buffer.alloc(16);
    // Slots pointing at a blob already read (aliases) are skipped: each byte is parsed once.
    const seen = new Set();
    for (const [page, p] of (0,random_access/* pages */.Bd)(bytes, SLOT_PAGE, 0, slotPages)) {
        // The first two slots' worth of bytes is the database header.
        for (let at = page === 0 ? 32 : 0; at < SLOT_PAGE; at += 16) {
            if (p.readUInt32LE(at) !== SLOT_MAGIC)
                throw new RpmHeaderError(`bad NDB slot ${page * SLOTS_PER_PAGE + at / 16}`);
            const pkgIndex = p.readUInt32LE(at + 4);
            if (pkgIndex === 0)
                continue;
            const offset = p.readUInt32LE(at + 8) * BLOCK;
            if (seen.has(offset))
                continue;
            seen.add(offset);
            if (bytes.readInto(blobHeader, offset) < 16 ||
                blobHeader.readUInt32LE(0) !== BLOB_MAGIC ||
                blobHeader.readUInt32LE(4) !== pkgIndex) {
                throw new RpmHeaderError(`bad NDB blob for package ${pkgIndex}`);
            }
            const length = blobHeader.readUInt32LE(12);
            if (offset + 16 + length > bytes.size)
                throw new RpmHeaderError(`NDB blob for package ${pkgIndex} past end of file`);
            if (length > MAX_HEADER_BYTES)
                yield new RpmHeaderError(`a ${length}-byte header (limit ${MAX_HEADER_BYTES})`);
            else {
                const into = blob.take(length);
                bytes.readInto(into, offset + 16);
                yield into;
            }
        }
    }
}

// EXTERNAL MODULE: external "node:sqlite"
var external_node_sqlite_ = __webpack_require__(80099);
;// CONCATENATED MODULE: ./src/sbom/catalogers/rpm/sqlite.ts



/**
 * Header blobs of rpm's `rpmdb.sqlite` (rpm \u2265 4.16): table Packages(hnum, blob),
 * read with Node's built-in SQLite (the same C library rpm uses; nothing to bundle)
 * from a private copy of the file, one row at a time, so memory stays at SQLite's page
 * cache and one blob whatever the database's size. The file is hostile: only a plain
 * table of that name is read (a view or a generated column would run the file's own
 * SQL), in defensive mode. A blob too large to hold is yielded as an RpmHeaderError.
 */
function* sqliteBlobs(copy) {
    const database = sqlite_open(copy);
    try {
        const table = database
            .prepare("SELECT type, sql FROM sqlite_schema WHERE name = 'Packages' COLLATE NOCASE")
            .get();
        if (table?.type !== 'table' || !/^CREATE TABLE/i.test(table.sql ?? ''))
            throw new RpmHeaderError('no Packages table in the rpm SQLite database');
        const columns = database
            .prepare("SELECT name, hidden FROM pragma_table_xinfo('Packages')")
            .all();
        if (!columns.some(c => c.name === 'blob') || columns.some(c => c.hidden !== 0))
            throw new RpmHeaderError('the Packages table is not the one rpm writes');
        // typeof() and length() of a blob read no content, so only a blob of a header's size is
        // loaded. Rows come in table order, which is hnum's in rpm's table (hnum is the rowid); in
        // a table where it is not, ORDER BY hnum would have SQLite sort every row, blobs included,
        // in a temporary file of its own.
        const rows = database
            .prepare("SELECT typeof(blob) AS type, length(blob) AS size, CASE WHEN typeof(blob) = 'blob' AND length(blob) <= ? THEN blob END AS blob FROM Packages")
            .iterate(MAX_HEADER_BYTES);
        for (const { type, size, blob } of rows) {
            if (blob instanceof Uint8Array)
                yield Buffer.from(blob.buffer, blob.byteOffset, blob.length);
            else if (type === 'blob')
                yield new RpmHeaderError(`a ${String(size)}-byte header (limit ${MAX_HEADER_BYTES})`);
        }
    }
    catch (error) {
        if (error instanceof RpmHeaderError)
            throw error;
        throw new RpmHeaderError(`unreadable rpm SQLite database: ${error.message}`);
    }
    finally {
        database.close();
    }
}
/**
 * rpm keeps its database in WAL mode (header bytes 18\u201319 = 2), which a read-only
 * connection cannot open without the -wal and -shm files; the checkpointed main file
 * is complete, so the private copy is marked as a rollback-journal file.
 */
function sqlite_open(copy) {
    const fd = (0,external_node_fs_.openSync)(copy, 'r+');
    try {
        const header = Buffer.alloc(20);
        if ((0,external_node_fs_.readSync)(fd, header, 0, 20, 0) === 20 && header[18] === 2 && header[19] === 2)
            (0,external_node_fs_.writeSync)(fd, Buffer.from([1, 1]), 0, 2, 18);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    try {
        const database = new external_node_sqlite_.DatabaseSync(copy, { readOnly: true });
        database.enableDefensive(true);
        return database;
    }
    catch (error) {
        throw new RpmHeaderError(`not an SQLite database: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/rpm/index.ts









/** Package headers read from one database; real ones hold a few thousand. */
const MAX_RPM_PACKAGES = 50_000;
const DB = /(?:^|\/)(?:var\/lib|usr\/lib\/sysimage)\/rpm\/(Packages|Packages\.db|rpmdb\.sqlite)$/;
const rpm_key = (p) => `${p.name}\u0000${p.epoch ?? ''}\u0000${p.version}\u0000${p.release}\u0000${p.arch}`;
/**
 * Parses each header as its database yields it, so only one is held at a time: a bad
 * one costs itself and is counted in one problem.
 */
function headers(blobs) {
    const packages = [];
    const problems = [];
    let seen = 0;
    let bad = 0;
    let first = '';
    for (const blob of blobs) {
        if (seen++ === MAX_RPM_PACKAGES) {
            problems.push(pastBudget(MAX_RPM_PACKAGES, 'package headers'));
            break;
        }
        try {
            if (blob instanceof RpmHeaderError)
                throw blob;
            const p = parseHeader(blob);
            if (p && p.name !== 'gpg-pubkey')
                packages.push(p);
        }
        catch (error) {
            if (!(error instanceof RpmHeaderError))
                throw error;
            if (bad++ === 0)
                first = error.message;
        }
    }
    if (bad > 0)
        problems.push(`${bad} unreadable package header(s) skipped (first: ${first})`);
    return { packages, problems };
}
/** RPM packages from rpmdb.sqlite, the BerkeleyDB `Packages` and the NDB `Packages.db`. */
const rpmCataloger = {
    name: 'rpm',
    maxFileSize: MAX_SPOOLED,
    wants: path => DB.test(path),
    // Databases need random access: gathered as they stream, SQLite's and large ones on
    // disk (walk/spool.ts), and read a page or a row at a time.
    scan(path, size) {
        if (path.endsWith('/rpmdb.sqlite'))
            return new Spool(size, MAX_SPOOLED, file => headers(sqliteBlobs(file.path)), 'always');
        const read = path.endsWith('/Packages.db') ? ndbBlobs : bdbValues;
        return new Spool(size, MAX_SPOOLED, file => headers(read(file.bytes)));
    },
    collect(files, context) {
        const out = [];
        const qualifier = distroQualifier(context.distro);
        for (const { path, versions } of files.all()) {
            // Each version as a set of package keys, for attribution.
            const parsed = versions.map(v => ({
                layer: v.layer,
                result: v.result ? new Set(v.result.packages.map(rpm_key)) : undefined
            }));
            const last = latest(versions);
            for (const problem of last?.problems ?? [])
                context.warn(path, problem);
            const newest = last?.packages ?? [];
            const provider = new Map();
            const purls = newest.map(p => (0,purl/* purl */.EV)('rpm', context.distro?.id, p.name, `${p.version}-${p.release}`, {
                arch: p.arch,
                distro: qualifier,
                epoch: p.epoch !== undefined && p.epoch !== 0 ? String(p.epoch) : undefined,
                upstream: p.sourceRpm
            }));
            newest.forEach((p, i) => {
                provider.set(p.name, purls[i]);
                for (const name of p.provides)
                    if (!provider.has(name))
                        provider.set(name, purls[i]);
            });
            newest.forEach((p, i) => {
                const k = rpm_key(p);
                const deps = [
                    ...new Set(p.requires
                        .filter(r => !r.startsWith('rpmlib('))
                        .map(r => provider.get(r))
                        .filter((d) => Boolean(d) && d !== purls[i]))
                ].sort();
                out.push({
                    ecosystem: 'rpm',
                    name: p.name,
                    version: `${p.epoch ? `${p.epoch}:` : ''}${p.version}-${p.release}`,
                    purl: purls[i],
                    licenses: p.license ? [p.license] : [],
                    path,
                    layer: introducedIn(parsed, r => r.has(k)),
                    os: true,
                    ...(deps.length > 0 ? { dependsOn: deps } : {}),
                    ...(p.vendor ? { supplier: p.vendor } : {}),
                    ...(p.sourceRpm ? { properties: [['sbom-sign-action:package:source', p.sourceRpm]] } : {})
                });
            });
        }
        return out;
    }
};

;// CONCATENATED MODULE: ./src/sbom/catalogers/ruby/lockfile.ts


/** A gem directory's own files (`gems/<name>-<version>/\u2026`): a gem's development lockfile, not an application's. */
const INSIDE_GEM = /(?:^|\/)gems\/[^/]+-[0-9][^/]*\//;
/**
 * An application's `Gemfile.lock` (what Bundler resolved for it): the `specs:` of
 * its GEM, GIT and PATH sections. Lockfiles inside installed gems are those gems'
 * development files and are left out.
 */
const gemfileLockCataloger = {
    name: 'ruby-gemfile-lock',
    maxFileSize: 4 * 1024 * 1024,
    wants: path => (path === 'Gemfile.lock' || path.endsWith('/Gemfile.lock')) && !INSIDE_GEM.test(path),
    parse: (_path, content) => parseGemfileLock(content.toString('utf8')),
    collect(files) {
        const out = [];
        for (const { path, versions } of files.all()) {
            const gems = latest(versions);
            if (!gems)
                continue;
            const purlOf = new Map(gems.map(g => [g.name, (0,purl/* purl */.EV)('gem', undefined, g.name, g.version)]));
            for (const gem of gems) {
                const deps = gem.dependencies.map(d => purlOf.get(d)).filter((d) => Boolean(d));
                out.push({
                    ecosystem: 'gem',
                    name: gem.name,
                    version: gem.version,
                    purl: purlOf.get(gem.name),
                    licenses: [],
                    path,
                    layer: introducedIn(versions, r => r.some(g => g.name === gem.name && g.version === gem.version)),
                    os: false,
                    ...(deps.length > 0 ? { dependsOn: [...new Set(deps)].sort() } : {})
                });
            }
        }
        return out;
    }
};
/**
 * Bundler's lockfile: sections start at column 0; under `specs:` a gem is
 * `    name (version[-platform])` and its dependencies are indented six spaces.
 */
function parseGemfileLock(text) {
    const gems = [];
    let section = '';
    let inSpecs = false;
    let current;
    for (const line of text.split(/\r?\n/)) {
        if (/^\S/.test(line)) {
            section = line.trim();
            inSpecs = false;
            continue;
        }
        if (!['GEM', 'GIT', 'PATH'].includes(section))
            continue;
        if (line === '  specs:') {
            inSpecs = true;
            continue;
        }
        if (!inSpecs)
            continue;
        const spec = /^ {4}([^\s(]+) \(([^)]+)\)$/.exec(line);
        if (spec) {
            const version = withoutPlatform(spec[2]);
            const known = gems.find(g => g.name === spec[1] && g.version === version);
            // A gem locked for several platforms is listed once per platform.
            current = known ?? { name: spec[1], version, dependencies: [] };
            if (!known)
                gems.push(current);
            continue;
        }
        const dep = /^ {6}([^\s(]+)/.exec(line);
        if (dep && current && !current.dependencies.includes(dep[1]))
            current.dependencies.push(dep[1]);
    }
    if (gems.length === 0 && !/^(GEM|GIT|PATH)$/m.test(text))
        throw new Error('not a Gemfile.lock (no GEM, GIT or PATH section)');
    return gems;
}
/** `1.13.10-x86_64-linux` \u2192 `1.13.10`: gem versions have no hyphen, so one starts the platform. */
function withoutPlatform(value) {
    const hyphen = value.indexOf('-');
    return hyphen < 0 ? value : value.slice(0, hyphen);
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/ruby/index.ts




/** What RubyGems writes for each installed gem, default gems (those Ruby ships) included. */
const SPEC = /(?:^|\/)specifications\/(?:default\/)?[^/]+\.gemspec$/;
/** A gem's own gemspec in its directory `gems/<name>-<version>/<name>.gemspec`. */
const GEM_DIR_SPEC = /^(.*\/)gems\/([^/]+)-([0-9][^/-]*)\/\2\.gemspec$/;
/**
 * Installed gems (the Ruby files RubyGems writes; read, never run):
 * `specifications/*.gemspec` and `specifications/default/*.gemspec` of every gem
 * home (Ruby's, Debian's rubygems-integration, Bundler's vendor/bundle), and a
 * gem directory's own `gems/<name>-<version>/<name>.gemspec` where the gem home
 * has no specification for it (gems unpacked without RubyGems).
 */
const rubyCataloger = {
    name: 'ruby-gemspec',
    maxFileSize: 1024 * 1024,
    wants: path => path.endsWith('.gemspec') && (SPEC.test(path) || GEM_DIR_SPEC.test(path)),
    parse(path, content) {
        const inGemDir = GEM_DIR_SPEC.exec(path);
        if (!inGemDir)
            return parseGemspec(content.toString('utf8'));
        // A source gemspec often computes its version (`Foo::VERSION`): the directory names it.
        const gem = parseGemspec(content.toString('utf8'), inGemDir[3]);
        return gem.name === inGemDir[2] ? gem : null;
    },
    collect(files) {
        const out = [];
        const byName = new Map();
        const deps = new Map();
        for (const { path, versions } of files.all()) {
            const gem = latest(versions);
            if (!gem)
                continue;
            const inGemDir = GEM_DIR_SPEC.exec(path);
            if (inGemDir &&
                files.get(`${inGemDir[1]}specifications/${inGemDir[2]}-${inGemDir[3]}.gemspec`))
                continue;
            const p = {
                ecosystem: 'gem',
                name: gem.name,
                version: gem.version,
                purl: (0,purl/* purl */.EV)('gem', undefined, gem.name, gem.version),
                licenses: gem.licenses,
                path,
                layer: introducedIn(versions, r => r?.name === gem.name && r.version === gem.version),
                os: false
            };
            byName.set(gem.name, p.purl);
            deps.set(p, gem.dependencies);
            out.push(p);
        }
        for (const [p, names] of deps) {
            const found = names.map(n => byName.get(n)).filter((d) => Boolean(d));
            if (found.length > 0)
                p.dependsOn = [...new Set(found)].sort();
        }
        return out;
    }
};
const STRING = `(?:%q[<{(\\[]([^>})\\]]+)[>})\\]]|"([^"]+)"|'([^']+)')`;
/** A gemspec's literal fields; `fallbackVersion` when its version is not a literal. */
function parseGemspec(text, fallbackVersion) {
    const field = (name) => {
        const m = new RegExp(`\\.${name}\\s*=\\s*${STRING}`).exec(text);
        return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
    };
    const name = field('name');
    const version = field('version') ??
        /\.version\s*=\s*Gem::Version\.new\(\s*["']([^"']+)["']/.exec(text)?.[1] ??
        fallbackVersion;
    if (!name || !version)
        throw new Error('gemspec has no name or version');
    const licenses = [];
    const list = /\.licenses\s*=\s*\[([^\]]*)\]/.exec(text)?.[1];
    if (list)
        for (const m of list.matchAll(/["']([^"']+)["']/g))
            licenses.push(normaliseLicense(m[1]));
    const single = field('license');
    if (single && licenses.length === 0)
        licenses.push(normaliseLicense(single));
    const dependencies = [];
    for (const m of text.matchAll(new RegExp(`add_(?:runtime_)?dependency\\s*\\(?\\s*${STRING}`, 'g'))) {
        dependencies.push((m[1] ?? m[2] ?? m[3]));
    }
    return { name, version, licenses, dependencies };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/sbom/catalogers/rust/zlib-start.ts

/**
 * Whether bytes start cargo-auditable's data: a zlib stream whose text begins
 * `{"packages":[`. A check on the zlib and deflate headers comes first, since
 * inflating costs far more and most places that look like a zlib header are not.
 */
const PREFIX = '{"packages":[';
/**
 * The zlib header's second byte after 0x78 (deflate, 32 KiB window), for each level,
 * without a preset dictionary (cargo-auditable uses none): the pair is a multiple of 31.
 */
const CHECK_BYTES = new Uint8Array(256);
for (const flags of [0x01, 0x5e, 0x9c, 0xda])
    CHECK_BYTES[flags] = 1;
/** True when the two bytes at `at` are a zlib header (0x78 and a check byte). */
function zlibHeaderAt(bytes, at) {
    return bytes[at] === 0x78 && CHECK_BYTES[bytes[at + 1] ?? 0] === 1;
}
/**
 * Whether the first deflate block header (after the 2-byte zlib header) could start
 * the JSON: a stored block whose length checks out, a fixed-code block whose first
 * symbol is `{`, or a dynamic block whose counts are in range and whose code-length
 * code is complete (zlib refuses the rest). Bytes that run out count as plausible.
 */
function plausibleDeflate(bytes) {
    let bit = 16;
    const read = (count) => {
        let value = 0;
        for (let i = 0; i < count; i++, bit++) {
            const byte = bytes[bit >> 3];
            if (byte === undefined)
                return -1;
            value |= ((byte >> (bit & 7)) & 1) << i;
        }
        return value;
    };
    read(1);
    const type = read(2);
    if (type === 0) {
        bit = (bit + 7) & ~7;
        const length = read(16);
        const complement = read(16);
        return length < 0 || complement < 0 || (length ^ complement) === 0xffff;
    }
    if (type === 1) {
        // Huffman codes are sent most significant bit first; `{` (0x7b) is 0x30 + 0x7b on 8 bits.
        let code = 0;
        for (let i = 0; i < 8; i++) {
            const next = read(1);
            if (next < 0)
                return true;
            code = (code << 1) | next;
        }
        return code === 0x30 + 0x7b;
    }
    if (type !== 2)
        return type < 0;
    const literals = read(5) + 257;
    const distances = read(5) + 1;
    const lengths = read(4) + 4;
    if (literals > 286 || distances > 30)
        return false;
    let kraft = 0;
    for (let i = 0; i < lengths; i++) {
        const length = read(3);
        if (length < 0)
            return true;
        if (length > 0)
            kraft += 1 << (7 - length);
    }
    return kraft === 128;
}
/** Inflates the first bytes (at most 64 are needed) and compares the text's start. */
function inflatesToAuditJson(bytes) {
    try {
        const out = (0,external_node_zlib_.inflateSync)(bytes.subarray(0, 64), {
            finishFlush: external_node_zlib_.constants.Z_SYNC_FLUSH,
            maxOutputLength: 4096
        });
        return out.toString('latin1', 0, PREFIX.length) === PREFIX;
    }
    catch {
        return false;
    }
}
/** All three checks, for bytes known to be a candidate section's. */
function startsAuditData(bytes) {
    return zlibHeaderAt(bytes, 0) && plausibleDeflate(bytes) && inflatesToAuditJson(bytes);
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/rust/finder.ts

/**
 * Finds where cargo-auditable's data can start in an ELF's read-only segments as
 * they stream by, and keeps the bytes from those places only. ELF names its sections
 * at the end of the file, so which place is the `.dep-v0` section is known only
 * then; keeping whole segments instead would hold tens of MiB for a large executable
 * (Node's own binary has 63 MiB of them).
 */
/** Bytes a place is checked on: enough to inflate the JSON's first characters. */
const PROBE = 64;
/** zlib headers looked at per executable; real ones have a few thousand per 100 MiB. */
const MAX_HEADERS = 65_536;
/** Places inflated per executable; the header checks leave about 1 in 70 in real ones. */
const MAX_PROBES = 1_024;
/** Bytes kept from the places that passed, together. */
const MAX_KEPT = 4 * 1024 * 1024;
const EMPTY = Buffer.alloc(0);
class AuditDataFinder {
    maxLength;
    /** Why some bytes were not looked at or kept (budget), if any were not. */
    truncated;
    ranges;
    found = [];
    /** The last bytes seen, whose places wait for the bytes after them. */
    pending = EMPTY;
    pendingStart = 0;
    headers = 0;
    probes = 0;
    kept = 0;
    /** `ranges`: the file ranges to search; `maxLength`: the most bytes kept per place. */
    constructor(ranges, maxLength) {
        this.maxLength = maxLength;
        this.ranges = merge(ranges);
    }
    /** Takes the file's bytes at offset `from`; the chunk may be freed afterwards. */
    write(chunk, from) {
        for (const range of this.ranges) {
            if (this.truncated)
                break;
            const start = Math.max(from, range.start);
            const end = Math.min(from + chunk.length, range.end);
            if (start < end)
                this.scan(chunk.subarray(start - from, end - from), start, range.end);
        }
        for (const found of this.found)
            this.extend(found, chunk, from);
    }
    /** The `length` bytes at `offset`, when a place found there kept that many. */
    at(offset, length) {
        const found = this.found.find(f => f.start === offset && f.length >= length);
        return found && Buffer.concat(found.parts).subarray(0, length);
    }
    scan(piece, start, rangeEnd) {
        const last = start + piece.length === rangeEnd;
        if (this.pending.length > 0 && this.pendingStart + this.pending.length === start) {
            const pending = this.pending;
            if (piece.length < PROBE - 1 && !last) {
                // A short piece: the places that now have their bytes are checked, the rest wait.
                const joined = Buffer.concat([pending, piece]);
                const ready = Math.max(0, joined.length - (PROBE - 1));
                this.check(joined, this.pendingStart, ready, rangeEnd);
                this.pending = joined.subarray(ready);
                this.pendingStart += ready;
                return;
            }
            // The places in the previous bytes are checked on the bytes that follow them.
            const head = Buffer.concat([pending, piece.subarray(0, PROBE - 1)]);
            this.check(head, this.pendingStart, pending.length, rangeEnd);
        }
        this.pending = EMPTY;
        const upTo = last ? piece.length : Math.max(0, piece.length - (PROBE - 1));
        this.check(piece, start, upTo, rangeEnd);
        if (upTo < piece.length) {
            this.pending = Buffer.from(piece.subarray(upTo));
            this.pendingStart = start + upTo;
        }
    }
    /** Checks the places in `bytes` before `upTo`; `bytes` starts at file offset `start`. */
    check(bytes, start, upTo, rangeEnd) {
        for (let at = bytes.indexOf(0x78); at >= 0 && at < upTo; at = bytes.indexOf(0x78, at + 1)) {
            if (!zlibHeaderAt(bytes, at))
                continue;
            if (++this.headers > MAX_HEADERS)
                return this.stop(`more than ${MAX_HEADERS} zlib headers`);
            const head = bytes.subarray(at, at + PROBE);
            if (!plausibleDeflate(head))
                continue;
            if (++this.probes > MAX_PROBES)
                return this.stop(`more than ${MAX_PROBES} plausible zlib streams`);
            if (!inflatesToAuditJson(head))
                continue;
            const found = {
                start: start + at,
                limit: Math.min(rangeEnd, start + at + this.maxLength),
                parts: [],
                length: 0
            };
            this.found.push(found);
            // Bytes from before this chunk are only here; extend() takes the rest from the chunk.
            this.keep(found, bytes.subarray(at));
        }
    }
    extend(found, chunk, from) {
        const start = Math.max(from, found.start + found.length);
        const end = Math.min(from + chunk.length, found.limit);
        if (start < end)
            this.keep(found, chunk.subarray(start - from, end - from));
    }
    keep(found, bytes) {
        const wanted = Math.min(bytes.length, found.limit - found.start - found.length);
        const taken = Math.min(wanted, MAX_KEPT - this.kept);
        if (taken < wanted) {
            this.truncated ??= budget(`more than ${MAX_KEPT} bytes kept from places that start it`);
            found.limit = found.start + found.length + taken;
        }
        if (taken <= 0)
            return;
        // A copy: the chunk is freed once read.
        found.parts.push(Buffer.from(bytes.subarray(0, taken)));
        found.length += taken;
        this.kept += taken;
    }
    stop(reason) {
        this.truncated ??= budget(`${reason} in read-only segments`);
        this.pending = EMPTY;
    }
}
const budget = (reason) => `${reason} (budget): cargo-auditable data not searched past it`;
/** Sorted, with overlapping ranges joined, so each byte is scanned once and in order. */
function merge(ranges) {
    const out = [];
    for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
        const previous = out[out.length - 1];
        if (previous && range.start <= previous.end)
            previous.end = Math.max(previous.end, range.end);
        else
            out.push({ ...range });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/rust/sections.ts

/** A file range whose bytes are copied as they stream by. */
class KeptRange {
    start;
    data;
    constructor(start, size) {
        this.start = start;
        this.data = Buffer.alloc(size);
    }
    write(chunk, from) {
        const start = Math.max(from, this.start);
        const end = Math.min(from + chunk.length, this.start + this.data.length);
        if (start < end)
            chunk.copy(this.data, start - this.start, start - from, end - from);
    }
    filledBy(seen) {
        return seen >= this.start + this.data.length;
    }
}
const SECTION = '.dep-v0';
/** The headers that locate the section must lie within this many first bytes. */
const MAX_HEAD = 64 * 1024;
const MAX_SECTION = 4 * 1024 * 1024;
/**
 * The layout of an executable from its first bytes: undefined while more are
 * needed (`final`: no more will come first), null when it is no executable
 * format this reads or its headers are out of bounds.
 */
function readLayout(head, final, fileSize) {
    if (head.length < 4)
        return final ? null : undefined;
    const magic = head.readUInt32BE(0);
    let layout;
    if (magic === 0x7f454c46)
        layout = elf(head, fileSize);
    else if (head[0] === 0x4d && head[1] === 0x5a)
        layout = pe(head, fileSize);
    else if ([0xcffaedfe, 0xcefaedfe, 0xfeedfacf, 0xfeedface].includes(magic))
        layout = machO(head, fileSize);
    else
        return null;
    return layout === undefined && final ? null : layout;
}
/** A single named section's range, kept whole when it fits the budget. */
function oneSection(offset, size, fileSize) {
    if (size < 2 || size > MAX_SECTION || offset + size > fileSize)
        return null;
    const kept = new KeptRange(offset, size);
    return {
        write: (chunk, from) => kept.write(chunk, from),
        sections: seen => (kept.filledBy(seen) ? [kept.data] : null),
        truncated: () => undefined
    };
}
function reader(head, little) {
    return {
        u16: (at) => (little ? head.readUInt16LE(at) : head.readUInt16BE(at)),
        u32: (at) => (little ? head.readUInt32LE(at) : head.readUInt32BE(at)),
        u64: (at) => Number(little ? head.readBigUInt64LE(at) : head.readBigUInt64BE(at))
    };
}
const sections_name = (head, at, length) => {
    const raw = head.subarray(at, at + length);
    const nul = raw.indexOf(0);
    return raw.toString('latin1', 0, nul < 0 ? length : nul);
};
function pe(head, fileSize) {
    if (head.length < 64)
        return undefined;
    const pe = head.readUInt32LE(0x3c);
    if (pe + 24 > MAX_HEAD)
        return null;
    if (head.length < pe + 24)
        return undefined;
    if (head.readUInt32BE(pe) !== 0x50450000)
        return null;
    const count = head.readUInt16LE(pe + 6);
    const table = pe + 24 + head.readUInt16LE(pe + 20);
    if (table + count * 40 > MAX_HEAD)
        return null;
    if (head.length < table + count * 40)
        return undefined;
    for (let i = 0; i < count; i++) {
        const at = table + i * 40;
        if (sections_name(head, at, 8) !== SECTION)
            continue;
        const virtualSize = head.readUInt32LE(at + 8);
        const rawSize = head.readUInt32LE(at + 16);
        // The raw size is padded to the file alignment; the virtual size is the data's own.
        const size = virtualSize > 0 ? Math.min(virtualSize, rawSize) : rawSize;
        return oneSection(head.readUInt32LE(at + 20), size, fileSize);
    }
    return null;
}
function machO(head, fileSize) {
    const little = head[0] === 0xcf || head[0] === 0xce;
    const is64 = head[0] === 0xcf || head[3] === 0xcf;
    const { u32, u64 } = reader(head, little);
    const start = is64 ? 32 : 28;
    if (head.length < start)
        return undefined;
    const end = start + u32(20);
    if (end > MAX_HEAD)
        return null;
    if (head.length < end)
        return undefined;
    const commands = u32(16);
    for (let i = 0, at = start; i < commands && at + 8 <= end; i++) {
        const cmd = u32(at);
        const size = u32(at + 4);
        if (size < 8)
            return null;
        if (cmd === (is64 ? 0x19 : 0x1)) {
            const sections = u32(at + (is64 ? 64 : 48));
            const first = at + (is64 ? 72 : 56);
            const each = is64 ? 80 : 68;
            for (let k = 0; k < sections && first + (k + 1) * each <= end; k++) {
                const s = first + k * each;
                if (sections_name(head, s, 16) !== SECTION)
                    continue;
                const length = is64 ? u64(s + 40) : u32(s + 36);
                return oneSection(u32(s + (is64 ? 48 : 40)), length, fileSize);
            }
        }
        at += size;
    }
    return null;
}
const PT_LOAD = 1;
const PF_X = 1;
const PF_W = 2;
const SHT_PROGBITS = 1;
const SHF_WRITE = 1;
const SHF_ALLOC = 2;
const SHF_EXECINSTR = 4;
const SHF_MERGE = 0x10;
const SHF_STRINGS = 0x20;
const MAX_SECTIONS = 65_535;
function elf(head, fileSize) {
    if (head.length < 64)
        return undefined;
    const is64 = head[4] === 2;
    const little = head[5] === 1;
    if ((head[4] !== 1 && !is64) || (head[5] !== 1 && head[5] !== 2))
        return null;
    const { u16, u32, u64 } = reader(head, little);
    const word = (at) => (is64 ? u64(at) : u32(at));
    const phoff = word(is64 ? 32 : 28);
    const shoff = word(is64 ? 40 : 32);
    const phentsize = u16(is64 ? 54 : 42);
    const phnum = u16(is64 ? 56 : 44);
    const shentsize = u16(is64 ? 58 : 46);
    const shnum = u16(is64 ? 60 : 48);
    if (phentsize !== (is64 ? 56 : 32) || shentsize !== (is64 ? 64 : 40))
        return null;
    if (shnum === 0 || shnum > MAX_SECTIONS || shoff === 0 || phnum === 0)
        return null;
    if (shoff + shnum * shentsize > fileSize)
        return null;
    const phend = phoff + phnum * phentsize;
    if (phend > MAX_HEAD)
        return null;
    if (head.length < phend)
        return undefined;
    const segments = [];
    for (let i = 0; i < phnum; i++) {
        const at = phoff + i * phentsize;
        if (u32(at) !== PT_LOAD)
            continue;
        segments.push({
            offset: word(at + (is64 ? 8 : 4)),
            size: word(at + (is64 ? 32 : 16)),
            flags: u32(at + (is64 ? 4 : 24))
        });
    }
    // Read-only data has its own segments with today's linkers; older ones put it with the code.
    const readOnly = segments.filter(s => !(s.flags & (PF_W | PF_X)));
    const chosen = readOnly.length > 0 ? readOnly : segments.filter(s => !(s.flags & PF_W));
    const finder = new AuditDataFinder(chosen
        .filter(s => s.offset < fileSize)
        .map(s => ({ start: s.offset, end: Math.min(s.offset + s.size, fileSize) })), MAX_SECTION);
    const table = new KeptRange(shoff, shnum * shentsize);
    const sections = (seen) => {
        if (!table.filledBy(seen))
            return null;
        const t = reader(table.data, little);
        const tword = (at) => (is64 ? t.u64(at) : t.u32(at));
        const out = [];
        for (let i = 0; i < shnum; i++) {
            const at = i * shentsize;
            if (t.u32(at + 4) !== SHT_PROGBITS)
                continue;
            const flags = tword(at + 8);
            if (!(flags & SHF_ALLOC) || flags & (SHF_WRITE | SHF_EXECINSTR | SHF_MERGE | SHF_STRINGS))
                continue;
            const length = tword(at + (is64 ? 32 : 20));
            if (length < 2 || length > MAX_SECTION)
                continue;
            const data = finder.at(tword(at + (is64 ? 24 : 16)), length);
            if (data)
                out.push(data);
        }
        return out;
    };
    return {
        write: (chunk, from) => {
            table.write(chunk, from);
            finder.write(chunk, from);
        },
        sections,
        truncated: () => finder.truncated
    };
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/rust/audit.ts



const MAX_JSON = 32 * 1024 * 1024;
class AuditDataError extends Error {
}
class AuditScanner {
    size;
    head = [];
    headLength = 0;
    position = 0;
    layout;
    /** `size`: the file's size from its tar header; nothing past it is kept. */
    constructor(size) {
        this.size = size;
    }
    write(chunk) {
        if (this.layout === null)
            return;
        if (this.layout !== undefined)
            return this.keep(chunk);
        // The headers mostly lie within the first chunk, which is then read as it is.
        const head = this.head.length === 0 ? chunk : Buffer.concat([...this.head, chunk]);
        this.headLength += chunk.length;
        this.layout = readLayout(head, this.headLength >= Math.min(MAX_HEAD, this.size), this.size);
        if (this.layout === undefined) {
            // A copy: the chunk is freed once read.
            this.head = [head === chunk ? Buffer.from(chunk) : head];
            return;
        }
        this.head = [];
        if (this.layout)
            this.keep(head);
    }
    keep(chunk) {
        this.layout?.write(chunk, this.position);
        this.position += chunk.length;
    }
    end() {
        const sections = this.layout?.sections(this.position);
        if (!this.layout || !sections)
            return null;
        for (const data of sections) {
            if (!startsAuditData(data))
                continue;
            let json;
            try {
                json = (0,external_node_zlib_.inflateSync)(data, { maxOutputLength: MAX_JSON });
            }
            catch (error) {
                throw new AuditDataError(`cargo-auditable data does not inflate: ${error.message}`);
            }
            return parseAuditJson(json.toString('utf8'));
        }
        const truncated = this.layout.truncated();
        if (truncated)
            throw new AuditDataError(truncated);
        return null;
    }
}
function parseAuditJson(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (error) {
        throw new AuditDataError(`cargo-auditable data is not JSON: ${error.message}`);
    }
    const list = doc?.packages;
    if (!Array.isArray(list))
        throw new AuditDataError('cargo-auditable data has no package list');
    return list.map((p, i) => {
        const item = p;
        if (!item || typeof item.name !== 'string' || typeof item.version !== 'string') {
            throw new AuditDataError(`cargo-auditable package ${i} has no name or version`);
        }
        return {
            name: item.name,
            version: item.version,
            source: typeof item.source === 'string' ? item.source : 'crates.io',
            kind: item.kind === 'build' ? 'build' : 'runtime',
            dependencies: Array.isArray(item.dependencies)
                ? item.dependencies.filter((d) => Number.isInteger(d))
                : [],
            root: item.root === true
        };
    });
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/rust/index.ts



const rust_EXECUTABLE = 0o111;
/** Rust executables built with cargo-auditable: every crate, with dependency edges. */
const rustCataloger = {
    name: 'rust-audit',
    maxFileSize: Number.MAX_SAFE_INTEGER,
    wants: (_path, mode) => (mode & rust_EXECUTABLE) !== 0,
    scan: (_path, size) => new AuditScanner(size),
    collect(files) {
        const out = [];
        for (const { path, versions } of files.all()) {
            const crates = latest(versions);
            if (!crates)
                continue;
            const root = crates.find(c => c.root);
            const layer = introducedIn(versions, r => r?.find(c => c.root)?.name === root?.name);
            const purls = crates.map(c => (0,purl/* purl */.EV)('cargo', undefined, c.name, c.version));
            crates.forEach((c, i) => {
                const deps = c.dependencies
                    .map(d => purls[d])
                    .filter((d) => Boolean(d) && d !== purls[i]);
                out.push({
                    ecosystem: 'cargo',
                    name: c.name,
                    version: c.version,
                    purl: purls[i],
                    licenses: [],
                    path,
                    layer,
                    os: false,
                    ...(deps.length > 0 ? { dependsOn: [...new Set(deps)].sort() } : {}),
                    properties: [
                        ['sbom-sign-action:cargo:source', c.source],
                        ...(c.kind === 'build'
                            ? [['sbom-sign-action:cargo:kind', 'build']]
                            : [])
                    ]
                });
            });
        }
        return out;
    }
};

;// CONCATENATED MODULE: ./src/sbom/catalogers/index.ts











/** Every cataloger; the SBOM lists packages sorted by purl whatever this order. */
const catalogers_catalogers = [
    dpkgCataloger,
    apkCataloger,
    rpmCataloger,
    npmCataloger,
    pythonCataloger,
    goCataloger,
    rustCataloger,
    javaCataloger,
    rubyCataloger,
    gemfileLockCataloger,
    dotnetCataloger,
    phpCataloger
];

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/archive/tar-header.ts
/**
 * Decoding of tar headers and their extensions (ustar, PAX records, GNU base-256 numbers),
 * shared by the streaming layer reader and the index of image archives on disk. Every field
 * is checked: a header that does not decode is a TarFormatError, never a guess.
 */
class TarFormatError extends Error {
    name = 'TarFormatError';
}
const tar_header_BLOCK = 512;
/** PAX and GNU long-name records larger than this are not names but an attack. */
const MAX_META_SIZE = 1024 * 1024;
function entryType(flag) {
    switch (flag) {
        case '0':
        case '\u0000':
        case '7':
            return 'file';
        case '1':
            return 'hardlink';
        case '2':
            return 'symlink';
        case '5':
            return 'dir';
        default:
            return 'other';
    }
}
/** PAX headers (x, g) and GNU long names (L, K): records about the entries, not entries. */
function isMetaRecord(flag) {
    return flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K';
}
/** Parses `<len> <key>=<value>\n` records. */
function parsePax(data) {
    const out = {};
    let pos = 0;
    while (pos < data.length) {
        const space = data.indexOf(0x20, pos);
        if (space < 0)
            break;
        const length = Number(data.toString('latin1', pos, space));
        if (!Number.isInteger(length) || length <= space - pos || pos + length > data.length) {
            throw new TarFormatError('malformed PAX record');
        }
        const record = data.toString('utf8', space + 1, pos + length - 1);
        const eq = record.indexOf('=');
        if (eq > 0)
            out[record.slice(0, eq)] = record.slice(eq + 1);
        pos += length;
    }
    return out;
}
// Header fields are decoded without temporary strings: a layer has tens of thousands
// of headers, and every allocation here is garbage the walk would have to collect.
function cString(block, start, length) {
    if (block[start] === 0)
        return '';
    const end = block.indexOf(0, start);
    const stop = end < 0 || end > start + length ? start + length : end;
    return block.toString('utf8', start, stop);
}
const USTAR = [0x75, 0x73, 0x74, 0x61, 0x72, 0x00]; // "ustar\0"
function isUstar(block) {
    return USTAR.every((byte, i) => block[257 + i] === byte);
}
/** The entry's name as the header gives it: ustar's prefix joined to the name field. */
function headerName(block) {
    const name = cString(block, 0, 100);
    const prefix = isUstar(block) ? cString(block, 345, 155) : '';
    return prefix ? `${prefix}/${name}` : name;
}
/** Octal (NUL/space terminated) or GNU base-256 (high bit set). */
function parseNumber(block, start, length) {
    const first = block[start] ?? 0;
    if (first & 0x80) {
        let value = first & 0x7f;
        for (let i = 1; i < length; i++)
            value = value * 256 + (block[start + i] ?? 0);
        if (!Number.isSafeInteger(value))
            throw new TarFormatError('tar size field out of range');
        return value;
    }
    const value = parseOctal(block, start, length);
    if (value === undefined) {
        const text = block.toString('latin1', start, start + length).replace(/[\0 ]+$/g, '');
        throw new TarFormatError(`bad octal field "${text.trim()}"`);
    }
    return value;
}
/** Leading spaces, octal digits, then only NULs and spaces; undefined otherwise (empty is 0). */
function parseOctal(block, start, length) {
    const end = start + length;
    let i = start;
    while (i < end && block[i] === 0x20)
        i++;
    let value = 0;
    for (; i < end; i++) {
        const c = block[i];
        if (c < 0x30 || c > 0x37)
            break;
        value = value * 8 + (c - 0x30);
    }
    for (; i < end; i++)
        if (block[i] !== 0 && block[i] !== 0x20)
            return undefined;
    return value;
}
function checksumMatches(block) {
    let digits = false;
    for (let i = 148; i < 156 && !digits; i++)
        digits = block[i] >= 0x30 && block[i] <= 0x37;
    const stored = digits ? parseOctal(block, 148, 8) : undefined;
    if (stored === undefined)
        return false;
    let sum = 0;
    for (let i = 0; i < tar_header_BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
    return sum === stored;
}
function isZeroBlock(block) {
    for (let i = 0; i < tar_header_BLOCK; i++)
        if (block[i] !== 0)
            return false;
    return true;
}
/** An empty, `.` or `..` part, or a leading or trailing slash. */
const NEEDS_NORMALISING = /(^|\/)\.{0,2}(\/|$)/;
/** `./usr//lib/` \u2192 `usr/lib`; `..` never climbs above the root. */
function normalisePath(path) {
    if (!NEEDS_NORMALISING.test(path))
        return path;
    const parts = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            parts.pop();
        else
            parts.push(part);
    }
    return parts.join('/');
}

;// CONCATENATED MODULE: ./src/sbom/walk/tar.ts
/**
 * A streaming tar reader: ustar, PAX extended headers and GNU long names. It
 * never holds more than one header block plus the contents a visitor asks for,
 * so a layer of any size streams through in constant memory.
 */

/** A sink that collects the whole contents and hands them over at the end. */
function collectInto(done) {
    const chunks = [];
    return { write: chunk => chunks.push(Buffer.from(chunk)), end: () => done(Buffer.concat(chunks)) };
}
/**
 * Reads a whole tar stream, calling the visitor per entry. Throws TarFormatError on
 * corrupt or truncated input. `consumed` gets each chunk once nothing refers to it
 * any more (sinks copy what they keep).
 *
 * The stream is always read to its very end, past the end-of-archive blocks and past
 * a format error too: a layer's digests are only checked once its last byte has been
 * read, and an error of the stream itself (a digest mismatch) outranks a format error.
 */
async function readTar(stream, visitor, consumed) {
    const parser = new TarParser(visitor);
    let failure;
    for await (const chunk of stream) {
        if (failure === undefined) {
            try {
                parser.write(chunk);
            }
            catch (error) {
                failure = error;
            }
        }
        consumed?.(chunk);
    }
    if (failure !== undefined)
        throw failure;
    parser.finish();
}
class TarParser {
    visitor;
    /** Two zero blocks were read: whatever follows is trailing data, read but not parsed. */
    ended = false;
    /** One zero block was read: the next block must be zero too (or the stream must end). */
    zeroBlocks = 0;
    state = { kind: 'header' };
    header = Buffer.alloc(tar_header_BLOCK);
    headerFill = 0;
    overrides = {};
    sawEntry = false;
    constructor(visitor) {
        this.visitor = visitor;
    }
    write(chunk) {
        let offset = 0;
        while (offset < chunk.length && !this.ended) {
            const state = this.state;
            if (state.kind === 'header') {
                const take = Math.min(tar_header_BLOCK - this.headerFill, chunk.length - offset);
                chunk.copy(this.header, this.headerFill, offset, offset + take);
                this.headerFill += take;
                offset += take;
                if (this.headerFill === tar_header_BLOCK) {
                    this.headerFill = 0;
                    this.onHeader(this.header);
                }
            }
            else if (state.kind === 'data') {
                const take = Math.min(state.remaining, chunk.length - offset);
                if (state.sink && take > 0)
                    state.sink.write(chunk.subarray(offset, offset + take));
                state.remaining -= take;
                offset += take;
                if (state.remaining === 0)
                    this.onData(state);
            }
            else {
                const take = Math.min(state.remaining, chunk.length - offset);
                state.remaining -= take;
                offset += take;
                if (state.remaining === 0)
                    this.state = { kind: 'header' };
            }
        }
    }
    /** Checks the stream did not stop inside an entry. */
    finish() {
        if (this.ended)
            return;
        const state = this.state;
        if (state.kind === 'data') {
            throw new TarFormatError(`truncated tar: ${state.entry.path || 'entry'} ends early`);
        }
        if (this.headerFill !== 0)
            throw new TarFormatError('truncated tar: partial header at end');
        // A tar without its end-of-archive blocks is common (e.g. cut-off streams that end on a
        // boundary); the entries seen are complete, so accept it.
    }
    onHeader(block) {
        // As Go's archive/tar, which containerd applies layers with: two zero blocks end the
        // archive, one zero block followed by the end of the stream is accepted, and one zero
        // block followed by anything else is an invalid header.
        if (isZeroBlock(block)) {
            if (++this.zeroBlocks === 2)
                this.ended = true;
            return;
        }
        if (this.zeroBlocks > 0)
            throw new TarFormatError('invalid tar header: a single zero block followed by more entries (containerd rejects such a layer)');
        if (!checksumMatches(block)) {
            throw new TarFormatError(this.sawEntry ? 'corrupt tar header (checksum mismatch)' : 'not a tar stream');
        }
        this.sawEntry = true;
        const flag = String.fromCharCode(block[156] ?? 0);
        const name = headerName(block);
        let size = parseNumber(block, 124, 12);
        const linkName = cString(block, 157, 100);
        const mode = parseNumber(block, 100, 8);
        if (isMetaRecord(flag)) {
            if (size > MAX_META_SIZE)
                throw new TarFormatError(`tar metadata record of ${size} bytes`);
            const entry = { path: name, type: 'other', size, linkName: '', mode };
            this.beginData(entry, size, collectInto(data => this.applyMeta(flag, data)));
            return;
        }
        const o = this.overrides;
        this.overrides = {};
        if (o.size !== undefined)
            size = o.size;
        const type = entryType(flag);
        const entry = {
            path: normalisePath(o.path ?? name),
            type,
            // Only regular files carry data; links and directories have none whatever the header says.
            size: type === 'file' || type === 'other' ? size : 0,
            linkName: type === 'hardlink' ? normalisePath(o.linkName ?? linkName) : (o.linkName ?? linkName),
            mode
        };
        const sink = entry.path === '' ? null : this.visitor.entry(entry);
        this.beginData(entry, entry.size, sink);
    }
    beginData(entry, size, sink) {
        const padding = (tar_header_BLOCK - (size % tar_header_BLOCK)) % tar_header_BLOCK;
        const state = { kind: 'data', entry, remaining: size, padding, sink };
        if (size === 0)
            this.onData(state);
        else
            this.state = state;
    }
    onData(state) {
        state.sink?.end();
        this.state =
            state.padding > 0 ? { kind: 'padding', remaining: state.padding } : { kind: 'header' };
    }
    applyMeta(flag, data) {
        if (flag === 'L')
            this.overrides.path = cString(data, 0, data.length);
        else if (flag === 'K')
            this.overrides.linkName = cString(data, 0, data.length);
        else if (flag === 'x') {
            const records = parsePax(data);
            if (records.path !== undefined)
                this.overrides.path = records.path;
            if (records.linkpath !== undefined)
                this.overrides.linkName = records.linkpath;
            if (records.size !== undefined) {
                const size = Number(records.size);
                if (!Number.isSafeInteger(size) || size < 0)
                    throw new TarFormatError(`bad PAX size "${records.size}"`);
                this.overrides.size = size;
            }
        }
        // Global PAX headers ('g') carry nothing a cataloger needs.
    }
}

;// CONCATENATED MODULE: ./src/sbom/walk/readers.ts

/**
 * Wall time the readers may spend parsing one layer's files (in their parse and scan
 * calls; reading, decompressing and hashing the layer are bounded by its size instead).
 * SBOM_SIGN_LAYER_PARSE_SECONDS sets another budget, e.g. for layers of many thousand
 * archives on a slow machine.
 */
const LAYER_PARSE_SECONDS = 300;
function layerParseBudgetMs(env = process.env) {
    const seconds = Number(env.SBOM_SIGN_LAYER_PARSE_SECONDS);
    return (Number.isFinite(seconds) && seconds > 0 ? seconds : LAYER_PARSE_SECONDS) * 1000;
}
/**
 * Times the readers' calls on one layer's files. Once they have spent the budget, no
 * further file of the layer is parsed: such files still replace what lower layers had
 * at their paths (as a file that failed to parse does), and one warning names the layer,
 * the budget and the first file left out. A file once begun is finished, however many
 * calls a streaming reader makes on it: each parser bounds its own work on one file.
 */
class ParseBudget {
    limitMs;
    onOverrun;
    spentMs = 0;
    exhausted = false;
    /** `onOverrun` gets the first file left out, once. */
    constructor(limitMs, onOverrun) {
        this.limitMs = limitMs;
        this.onOverrun = onOverrun;
    }
    /** Whether a file at `path` may still be read; past the budget, the first such file is named. */
    admits(path) {
        if (this.exhausted)
            this.overrun(path);
        return !this.exhausted;
    }
    /** Runs one reader call on a file already admitted, and counts its time. */
    charge(call) {
        const started = performance.now();
        try {
            call();
        }
        finally {
            this.spentMs += performance.now() - started;
            if (this.spentMs > this.limitMs)
                this.exhausted = true;
        }
    }
    warned = false;
    overrun(path) {
        if (this.warned)
            return;
        this.warned = true;
        this.onOverrun(path, this.limitMs);
    }
}
/** A sink that feeds one file to the readers that want it, or null if none will read it. */
function fileSink(entry, wanting, parsed, readers, warn, budget) {
    const failed = (r, error) => {
        warn(`${readers[r].name}: skipped /${entry.path}: ${message(error)}`);
        parsed.set(r, undefined);
    };
    // Past the layer's budget a file is not begun (it has no result); one begun is finished,
    // a streaming reader's file included, and each call's time counts against the budget.
    if (!budget.admits(entry.path)) {
        for (const r of wanting)
            parsed.set(r, undefined);
        return null;
    }
    const call = (r, work) => {
        if (parsed.has(r))
            return;
        budget.charge(() => {
            try {
                work();
            }
            catch (error) {
                failed(r, error);
            }
        });
    };
    const whole = [];
    const scanners = [];
    for (const r of wanting) {
        const reader = readers[r];
        if (entry.size > reader.maxFileSize) {
            warn(`${reader.name}: skipped /${entry.path} (${entry.size} bytes, limit ${reader.maxFileSize})`);
            parsed.set(r, undefined);
        }
        else {
            const scanner = reader.scan?.(entry.path, entry.size);
            if (scanner)
                scanners.push([r, scanner]);
            else
                whole.push(r);
        }
    }
    if (whole.length === 0 && scanners.length === 0)
        return null;
    // Filled as the entry streams: the tar chunks themselves are released after each write.
    const content = whole.length > 0 ? Buffer.allocUnsafe(entry.size) : undefined;
    let filled = 0;
    return {
        write(chunk) {
            if (content)
                filled += chunk.copy(content, filled);
            for (const [r, scanner] of scanners)
                call(r, () => scanner.write(chunk));
        },
        end() {
            for (const r of whole)
                call(r, () => {
                    const result = readers[r].parse?.(entry.path, content);
                    parsed.set(r, detached(result, content?.buffer));
                });
            // Nothing refers to the contents any more (results were copied out of them): free
            // them now. Jars alone are tens of MiB per image, which would otherwise wait for a
            // full collection and raise the peak.
            if (content)
                (0,decompress/* releaseChunk */.bW)(content);
            for (const [r, scanner] of scanners)
                call(r, () => parsed.set(r, detached(scanner.end())));
        }
    };
}
/**
 * A parse result that shares no memory with the file it came from. V8 keeps a whole
 * string alive while any substring of it is, so a few names cut out of a 1 MiB status
 * file would otherwise hold all of it until every layer is read. Binary data is kept,
 * except views of `contents` (the file's own buffer, freed once parsed), which are copied.
 */
function detached(value, contents) {
    if (typeof value === 'string')
        return (value.length > 12 ? structuredClone(value) : value);
    if (!value || typeof value !== 'object')
        return value;
    if (ArrayBuffer.isView(value))
        return (contents && value.buffer === contents ? copyOf(value) : value);
    const inner = (v) => detached(v, contents);
    if (Array.isArray(value))
        return value.map(inner);
    if (value instanceof Map)
        return new Map([...value].map(([k, v]) => [inner(k), inner(v)]));
    if (value instanceof Set)
        return new Set([...value].map(inner));
    const copy = {};
    for (const [k, v] of Object.entries(value))
        copy[k] = inner(v);
    return copy;
}
/** A view of the same type over a copy of its bytes only. */
function copyOf(view) {
    const bytes = view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength);
    if (Buffer.isBuffer(view))
        return Buffer.from(bytes);
    return new view.constructor(bytes);
}
/** Errors may come from another realm (zlib, streams), so read them by shape. */
function message(error) {
    const m = error?.message;
    return typeof m === 'string' ? m : String(error);
}

;// CONCATENATED MODULE: ./src/sbom/walk/layer.ts





/** Tar entries applied per layer: past this, the layer is still read and verified, not applied. */
const MAX_LAYER_ENTRIES = 500_000;
const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';
/**
 * Streams one layer to its last byte, handing each change to `record` in tar order. The
 * blob's digest and size and the tar's diff_id are checked at the end of the stream, so
 * nothing recorded counts unless this resolves: a mismatch, corrupt compression or a tar
 * containerd would not unpack rejects with an ActionError naming the layer.
 */
async function scanLayer(scan) {
    const { layer, readers, record, warn } = scan;
    const budget = new ParseBudget(scan.parseBudgetMs, (path, limitMs) => warn(`layer ${scan.number} (${layer.descriptor.digest}): its files took more than ${limitMs / 1000} s to parse (the per-layer time budget); /${path} and the files after it in this layer were not cataloged, the rest of the image was`));
    const wantedBy = (path, mode) => {
        const wanting = [];
        for (let r = 0; r < readers.length; r++)
            if (readers[r].wants(path, mode))
                wanting.push(r);
        return wanting;
    };
    // What was parsed from this layer's files, by path, for hard links to reuse.
    const parsedHere = new Map();
    // Hard links of this layer, link \u2192 the file it finally names (links may name links).
    const linkTargets = new Map();
    const pending = new Map();
    const pendingByLink = new Map();
    let ordinal = 0;
    const visitor = {
        entry(entry) {
            if (++ordinal > MAX_LAYER_ENTRIES) {
                if (ordinal === MAX_LAYER_ENTRIES + 1)
                    warn(`layer ${scan.number} (${layer.descriptor.digest}): more than ${MAX_LAYER_ENTRIES} tar entries (the entries budget); the rest of this layer was read and verified but not applied`);
                return null;
            }
            // A later entry of the same path replaces a link still waiting for its bytes.
            const superseded = pendingByLink.get(entry.path);
            if (superseded) {
                pendingByLink.delete(entry.path);
                superseded.readers = [];
            }
            const slash = entry.path.lastIndexOf('/');
            const base = entry.path.slice(slash + 1);
            if (base.startsWith(WHITEOUT)) {
                const dir = slash < 0 ? '' : entry.path.slice(0, slash);
                if (base === OPAQUE)
                    record({ kind: 'opaque', path: dir });
                else {
                    const hidden = base.slice(WHITEOUT.length);
                    record({ kind: 'whiteout', path: dir ? `${dir}/${hidden}` : hidden });
                }
                return null;
            }
            if (entry.type === 'hardlink') {
                hardLink(entry);
                return null;
            }
            if (entry.type !== 'file') {
                record({ kind: 'entry', path: entry.path, type: entry.type, linkName: entry.linkName });
                return null;
            }
            const wanting = wantedBy(entry.path, entry.mode);
            if (wanting.length === 0) {
                record({ kind: 'entry', path: entry.path, type: 'file', linkName: '' });
                return null;
            }
            const parsed = new Map();
            parsedHere.set(entry.path, parsed);
            const change = {
                kind: 'entry',
                path: entry.path,
                type: 'file',
                linkName: '',
                parsed
            };
            const sink = fileSink(entry, wanting, parsed, readers, warn, budget);
            if (!sink) {
                record(change);
                return null;
            }
            // Recorded once parsed: the view may take it in at once.
            return {
                write: chunk => sink.write(chunk),
                end() {
                    sink.end();
                    record(change);
                }
            };
        }
    };
    /**
     * A hard link is the same file as its target, whichever of the two names a cataloger
     * reads: results parsed from the target are reused, and what the target's name did not
     * ask for is read from the target's bytes in a second pass over the layer.
     */
    const hardLink = (entry) => {
        const target = linkTargets.get(entry.linkName) ?? entry.linkName;
        linkTargets.set(entry.path, target);
        const fromTarget = parsedHere.get(target);
        const parsed = new Map();
        const missing = [];
        for (const r of wantedBy(entry.path, entry.mode)) {
            if (fromTarget?.has(r))
                parsed.set(r, fromTarget.get(r));
            else
                missing.push(r);
        }
        const wanted = parsed.size > 0 || missing.length > 0;
        record({
            kind: 'entry',
            path: entry.path,
            type: 'file',
            linkName: '',
            ...(wanted ? { parsed } : {})
        });
        if (parsed.size > 0)
            parsedHere.set(entry.path, parsed);
        if (missing.length === 0)
            return;
        const link = { link: entry.path, readers: missing, ordinal };
        pendingByLink.set(entry.path, link);
        pending.set(target, [...(pending.get(target) ?? []), link]);
    };
    await readLayer(scan, visitor);
    for (const links of pending.values())
        for (let i = links.length - 1; i >= 0; i--)
            if (links[i].readers.length === 0)
                links.splice(i, 1);
    for (const [target, links] of pending)
        if (links.length === 0)
            pending.delete(target);
    if (pending.size > 0)
        await readLinkTargets(scan, pending, budget);
}
/** The second pass: parses link targets under their links' names, then records them. */
async function readLinkTargets(scan, pending, budget) {
    const { readers, warn } = scan;
    const results = [];
    let ordinal = 0;
    const visitor = {
        entry(entry) {
            ordinal++;
            const links = entry.type === 'file' ? pending.get(entry.path) : undefined;
            if (!links)
                return null;
            const sinks = [];
            for (const link of links.splice(0)) {
                if (ordinal >= link.ordinal) {
                    links.push(link);
                    continue;
                }
                const parsed = new Map();
                results.push({ link: link.link, parsed });
                const sink = fileSink({ ...entry, path: link.link }, link.readers, parsed, readers, warn, budget);
                if (sink)
                    sinks.push(sink);
            }
            return {
                write: chunk => sinks.forEach(sink => sink.write(chunk)),
                end: () => sinks.forEach(sink => sink.end())
            };
        }
    };
    await readLayer(scan, visitor);
    // Verified: only now do the results count.
    for (const { link, parsed } of results)
        scan.record({ kind: 'entry', path: link, type: 'file', linkName: '', parsed });
    for (const [target, links] of pending)
        for (const link of links)
            warn(`layer ${scan.number} (${scan.layer.descriptor.digest}): hard link /${link.link} names /${target}, which is not a file earlier in the same layer; not read`);
}
/** Reads the layer's whole stream through the visitor, turning every failure into an error. */
async function readLayer(scan, visitor) {
    const { layer } = scan;
    let stream;
    try {
        stream = await layer.tar();
        await readTar(stream, visitor, (0,decompress/* ownsChunks */.er)(stream) ? decompress/* releaseChunk */.bW : undefined);
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ)
            throw error;
        // Bytes that do not decompress may be bytes that were swapped: a digest mismatch
        // says so more truly than "corrupt data", so the stored blob is checked first.
        await verifyBlob(layer);
        throw new errors/* ActionError */.lZ('LAYER_INVALID', `layer ${scan.number} (${layer.descriptor.digest}) cannot be unpacked: ${streamProblem(error)}`, {
            hint: error instanceof TarFormatError || error instanceof decompress/* TrailingDataError */.bd
                ? 'containerd would refuse this layer too; rebuild the image'
                : 'The blob matches its digest but does not decompress: the image was published corrupt; rebuild it'
        });
    }
    finally {
        stream?.destroy();
    }
}
/** Reads the stored blob to its end; its digest or size check throws if it does not match. */
async function verifyBlob(layer) {
    const blob = await layer.blob();
    try {
        for await (const chunk of blob)
            void chunk;
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ)
            throw error;
    }
    finally {
        blob.destroy();
    }
}
function streamProblem(error) {
    const code = error?.code;
    if (typeof code === 'string' && code.startsWith('Z_'))
        return `corrupt compressed data (${message(error)})`;
    if (code === 'ZSTD_ERROR' || (typeof code === 'string' && code.startsWith('ERR_ZSTD')))
        return `corrupt zstd data (${message(error)})`;
    return message(error);
}

;// CONCATENATED MODULE: ./src/sbom/walk/view-node.ts
/**
 * A path of the view. A class with every field set, so nodes share one shape and keep
 * their fields in the object; a hostile layer can make hundreds of thousands of them.
 */
class Node {
    entry;
    children = undefined;
    /** Per cataloger that parsed this file; most files have one, so a list beats a Map. */
    versions = undefined;
    constructor(entry) {
        this.entry = entry;
    }
    versionsOf(reader) {
        return this.versions?.find(v => v.reader === reader)?.list;
    }
}

;// CONCATENATED MODULE: ./src/sbom/walk/view.ts


const MAX_SYMLINK_HOPS = 40;
const parts = (path) => path.split('/').filter(p => p !== '' && p !== '.');
/** Thrown inside the view when its node budget is spent. */
const FULL = Symbol('view full');
/**
 * Paths the view holds at most (directories, symlinks and cataloged files, each costing
 * about 500 bytes with its parse result): new paths past this are left out, with a warning
 * from the walk. Real images hold a few thousand to tens of thousands.
 */
const MAX_VIEW_PATHS = 300_000;
/**
 * Of the budget, the share kept for each layer above the one being applied: half the budget,
 * split among the layers. A hostile lower layer that fills its share cannot starve the layers
 * above it, where the application usually is.
 */
function layerReserve(maxNodes, layers) {
    return Math.floor(maxNodes / (2 * Math.max(1, layers)));
}
/**
 * The squashed filesystem of an image as a tree of paths, built by applying each
 * layer's changes in order (OCI image-spec layer.md whiteout rules). It keeps
 * directories, symlinks and the files catalogers read, with link targets and
 * parse results; other files only delete what they replace, and no contents are
 * ever kept.
 */
class SquashedView {
    maxNodes;
    layers;
    /** The layers (0-based, ascending) some of whose new paths were left out: their share was spent. */
    cut = [];
    /** Paths kept for each layer above the one being applied. */
    reserve;
    nodes = 0;
    root = new Node(undefined);
    /** Per cataloger: the nodes that ever had a version it parsed, by path (checked when read). */
    parsed = new Map();
    /**
     * Within the layer being applied: the nodes already pruned (their lower content is gone,
     * and all that was added since is this layer's) and the directories already made opaque.
     * Each node is pruned at most once per layer, however many whiteouts name it or a parent.
     */
    pruned = { layer: -1, nodes: new Set(), opaque: new Set() };
    /**
     * @param maxNodes the budget of paths
     * @param layers how many layers the image has: each gets its share of the budget
     */
    constructor(maxNodes = MAX_VIEW_PATHS, layers = 1) {
        this.maxNodes = maxNodes;
        this.layers = layers;
        this.root.children = new Map();
        this.reserve = layerReserve(maxNodes, layers);
    }
    /** Paths the view may hold once `layer` (0-based) is applied: the budget less the later layers' reserve. */
    limit(layer) {
        return this.maxNodes - Math.max(0, this.layers - 1 - layer) * this.reserve;
    }
    /**
     * Entries without a link target are shared, one per type and layer: most paths are
     * directories and cataloged files, and entries are never changed once made.
     */
    sharedEntries = new Map();
    entry(type, layer, linkName) {
        if (linkName !== '')
            return { type, layer, linkName };
        const key = `${type}:${layer}`;
        let entry = this.sharedEntries.get(key);
        if (!entry)
            this.sharedEntries.set(key, (entry = Object.freeze({ type, layer, linkName })));
        return entry;
    }
    /** Applies one layer's changes. */
    apply(layer, changes) {
        for (const change of changes)
            this.change(layer, change);
    }
    /**
     * Applies one change, in the layer's tar order. Whiteouts hide only what lower layers
     * wrote, wherever they stand in the tar, so same-layer entries before them stay.
     */
    change(layer, change) {
        if (change.kind === 'entry')
            return this.add(layer, change);
        if (this.pruned.layer !== layer)
            this.pruned = { layer, nodes: new Set(), opaque: new Set() };
        if (change.kind === 'opaque') {
            const node = this.find(change.path);
            if (!node || this.pruned.opaque.has(node))
                return;
            this.pruned.opaque.add(node);
            for (const [name, child] of node.children ?? []) {
                if (!this.prune(child, layer))
                    node.children?.delete(name);
            }
            return;
        }
        const { parent, name } = this.locate(change.path);
        const node = parent?.children?.get(name);
        if (node && !this.prune(node, layer))
            parent?.children?.delete(name);
    }
    /**
     * Drops what layers below `layer` wrote under a node; true if something of `layer`
     * remains. Iterative, since a path may be hundreds of thousands of directories deep.
     */
    prune(top, layer) {
        const done = this.pruned.nodes;
        if (done.has(top))
            return true;
        // Breadth first, so every node comes after its parent; then handled children first.
        const order = [top];
        for (let i = 0; i < order.length; i++) {
            for (const child of order[i].children?.values() ?? [])
                if (!done.has(child))
                    order.push(child);
        }
        for (let i = order.length - 1; i >= 0; i--) {
            const node = order[i];
            let keep = node.entry?.layer === layer;
            for (const [name, child] of node.children ?? []) {
                if (done.has(child))
                    keep = true;
                else
                    node.children?.delete(name);
            }
            if (keep)
                done.add(node);
        }
        return done.has(top);
    }
    /** A new node, unless the layer's share is spent (then the change that needed it is dropped). */
    node(layer, entry) {
        if (this.nodes >= this.limit(layer)) {
            if (this.cut[this.cut.length - 1] !== layer)
                this.cut.push(layer);
            throw FULL;
        }
        this.nodes++;
        return new Node(entry);
    }
    add(layer, change) {
        if (change.type === 'file' && !change.parsed) {
            // No cataloger reads it and no path resolves through a plain file: it only
            // replaces what was there (a directory's whole subtree included).
            this.remove(change.path);
            return;
        }
        try {
            this.insert(layer, change);
        }
        catch (error) {
            if (error !== FULL)
                throw error;
        }
    }
    insert(layer, change) {
        let node = this.root;
        let start = 0;
        for (let slash = change.path.indexOf('/'); slash >= 0; slash = change.path.indexOf('/', start)) {
            node = this.child(node, change.path.slice(start, slash), layer);
            start = slash + 1;
        }
        const name = change.path.slice(start);
        const siblings = (node.children ??= new Map());
        let target = siblings.get(name);
        if (!target) {
            target = this.node(layer);
            siblings.set(name, target);
        }
        const previous = target.entry;
        if (change.type !== 'dir') {
            // A non-directory replaces whatever was there, including a directory's contents.
            target.children = undefined;
        }
        else if (previous && previous.type !== 'dir') {
            target.children = undefined;
        }
        if (change.type !== 'file' || !previous || previous.type !== 'file')
            target.versions = undefined;
        target.entry = this.entry(change.type, layer, change.linkName);
        if (change.parsed) {
            target.versions ??= [];
            for (const [cataloger, result] of change.parsed) {
                const list = target.versionsOf(cataloger);
                if (list)
                    list.push({ layer, result });
                else
                    target.versions.push({ reader: cataloger, list: [{ layer, result }] });
                let index = this.parsed.get(cataloger);
                if (!index)
                    this.parsed.set(cataloger, (index = new Map()));
                index.set(change.path, target);
            }
        }
    }
    /** A parent directory, created implicitly (or replacing a non-directory) when the tar lacks it. */
    child(node, name, layer) {
        const children = (node.children ??= new Map());
        let next = children.get(name);
        if (!next) {
            next = this.node(layer, this.entry('dir', layer, ''));
            children.set(name, next);
        }
        else if (next.entry && next.entry.type !== 'dir') {
            next.entry = this.entry('dir', layer, '');
            next.versions = undefined;
            next.children = undefined;
        }
        return next;
    }
    remove(path) {
        const { parent, name } = this.locate(path);
        parent?.children?.delete(name);
    }
    /** The directory a path is in (if it exists) and its last part. */
    locate(path) {
        const slash = path.lastIndexOf('/');
        return slash < 0
            ? { parent: this.root, name: path }
            : { parent: this.find(path.slice(0, slash)), name: path.slice(slash + 1) };
    }
    find(path) {
        if (path === '')
            return this.root;
        let node = this.root;
        let start = 0;
        for (;;) {
            const slash = path.indexOf('/', start);
            node = node.children?.get(slash < 0 ? path.slice(start) : path.slice(start, slash));
            if (!node || slash < 0)
                return node;
            start = slash + 1;
        }
    }
    /** The entry at a path, without following symlinks. */
    lstat(path) {
        return this.find(path)?.entry;
    }
    /** Resolves symlinks in every component (absolute links are relative to the image root). */
    resolve(path) {
        return this.follow(path)
            ?.map(([name]) => name)
            .join('/');
    }
    /** Versions of a file parsed by one cataloger, following symlinks to the file. */
    versions(path, cataloger) {
        const trail = this.follow(path);
        const node = trail ? (trail[trail.length - 1]?.[1] ?? this.root) : undefined;
        return node?.versionsOf(cataloger);
    }
    /** The names in a directory (following symlinks), sorted; undefined when it is not one. */
    list(path) {
        const trail = this.follow(path);
        const node = trail ? (trail[trail.length - 1]?.[1] ?? this.root) : undefined;
        return node?.children ? [...node.children.keys()].sort(compareCodePoints) : undefined;
    }
    /** The names and nodes a path leads through once every symlink is followed. */
    follow(path) {
        let hops = 0;
        // Parts still to walk, the next one last.
        const pending = parts(path).reverse();
        const trail = [];
        while (pending.length > 0) {
            const part = pending.pop();
            if (part === '..') {
                trail.pop();
                continue;
            }
            const node = (trail[trail.length - 1]?.[1] ?? this.root).children?.get(part);
            if (!node?.entry)
                return undefined;
            if (node.entry.type === 'symlink') {
                if (++hops > MAX_SYMLINK_HOPS)
                    return undefined;
                if (node.entry.linkName.startsWith('/'))
                    trail.length = 0;
                pending.push(...parts(node.entry.linkName).reverse());
                continue;
            }
            trail.push([part, node]);
        }
        return trail;
    }
    /** Every file a cataloger parsed that is still in the squashed view, sorted by path. */
    parsedFiles(cataloger) {
        const out = [];
        for (const [path, node] of this.parsed.get(cataloger) ?? []) {
            const versions = node.versionsOf(cataloger);
            // A later layer may have deleted or replaced the file (or a directory above it).
            if (versions && node.entry?.type === 'file' && this.find(path) === node)
                out.push({ path, versions: versions });
        }
        return out.sort((a, b) => compareCodePoints(a.path, b.path));
    }
}

;// CONCATENATED MODULE: ./src/sbom/walk/index.ts






/**
 * Streams every layer exactly once (several at a time), lets the readers parse the
 * files they want, and squashes the layers in order into one view.
 */
async function walkImage(image, readers, options) {
    const layers = layerInfo(image);
    const view = new SquashedView(MAX_VIEW_PATHS, image.layers.length);
    // The lowest layer not yet squashed goes straight into the view as it streams; a
    // higher one streaming at the same time keeps its changes until its turn comes.
    const waiting = image.layers.map(() => []);
    const finished = [];
    let live = 0;
    const record = (index, change) => {
        if (index === live)
            view.change(index, change);
        else
            waiting[index]?.push(change);
    };
    const finish = (index) => {
        finished[index] = true;
        while (finished[live]) {
            live++;
            view.apply(live, waiting[live] ?? []);
            waiting[live] = [];
        }
    };
    const parseBudgetMs = options.layerParseBudgetMs ?? layerParseBudgetMs();
    let next = 0;
    const worker = async () => {
        while (next < image.layers.length) {
            const index = next++;
            await scanLayer({
                layer: image.layers[index],
                number: index + 1,
                readers,
                parseBudgetMs,
                record: change => record(index, change),
                warn: options.warn
            });
            finish(index);
        }
    };
    const workers = Math.max(1, Math.min(options.concurrency ?? 2, image.layers.length));
    await Promise.all(Array.from({ length: workers }, worker));
    for (const index of view.cut)
        options.warn(viewBudgetProblem(view, index, layers));
    return { view, layers };
}
/** What was left out when a layer spent its share of the view's budget. */
function viewBudgetProblem(view, index, layers) {
    const layer = `layer ${index + 1} (${layers[index]?.digest ?? ''})`;
    const limit = view.limit(index);
    const share = limit === view.maxNodes
        ? `the squashed view's budget`
        : `its share of the squashed view's budget of ${view.maxNodes}, which keeps ${view.reserve} for each layer above it`;
    return `${layer}: the image reached ${limit} directories, symlinks and cataloged files (${share}); this layer's paths past it were left out`;
}
/** Layers with their history entries (entries marked `empty_layer` have no layer). */
function layerInfo(image) {
    const history = (image.config.history ?? []).filter(h => !h.empty_layer);
    return image.layers.map((layer, i) => {
        const createdBy = history[i]?.created_by;
        return {
            digest: layer.descriptor.digest,
            diffId: layer.diffId ?? image.config.rootfs.diff_ids[i] ?? '',
            ...(createdBy ? { createdBy } : {})
        };
    });
}

;// CONCATENATED MODULE: ./src/sbom/catalog.ts








/**
 * Problems logged (and kept) one by one at most. A hostile layer can make a problem of every
 * file (300,000 malformed manifests fit the view): one line each would flood the run's log.
 */
const MAX_LOGGED_PROBLEMS = 1_000;
/** Streams the image's layers once and runs every cataloger over the squashed result. */
async function catalogImage(image, options = {}) {
    const catalogers = options.catalogers ?? catalogers_catalogers;
    const warnings = [];
    let unlogged = 0;
    const warn = (message) => {
        if (warnings.length === MAX_LOGGED_PROBLEMS)
            return void unlogged++;
        warnings.push(message);
        log/* log */.Rm.warning(`SBOM: ${message}`);
    };
    const readers = [distroReader, ...catalogers];
    const { view, layers } = await walkImage(image, readers, {
        warn,
        ...(options.concurrency ? { concurrency: options.concurrency } : {})
    });
    // Only the view and the parse results are left of the walk.
    (0,heap/* collectGarbage */.iO)();
    const distro = detectDistro(view, 0);
    const packages = [];
    for (const [i, cataloger] of catalogers.entries()) {
        const reader = i + 1;
        const files = {
            all: () => view.parsedFiles(reader),
            get: path => view.versions(path, reader)
        };
        const context = {
            distro,
            view,
            warn: (path, message) => warn(`${cataloger.name}: /${path}: ${message}`)
        };
        try {
            for (const p of await cataloger.collect(files, context)) {
                const name = (0,purl/* wellFormed */.ES)(p.name);
                const version = (0,purl/* wellFormed */.ES)(p.version);
                if (p.purl === purl/* NO_PURL */.eL) {
                    context.warn(p.path, `skipped package ${JSON.stringify(name)} ${JSON.stringify(version)}: ${noPurlReason(name)}`);
                    continue;
                }
                const { dependsOn, ...found } = p;
                const edges = dependsOn?.filter(d => d !== purl/* NO_PURL */.eL) ?? [];
                // The purl is well-formed already; the SBOM's text fields must be too.
                packages.push({
                    ...found,
                    name,
                    version,
                    licenses: p.licenses.map(purl/* wellFormed */.ES),
                    cataloger: cataloger.name,
                    ...(edges.length > 0 ? { dependsOn: edges } : {})
                });
            }
        }
        catch (error) {
            warn(`${cataloger.name}: failed: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    linkOwners(packages);
    packages.sort((a, b) => compareCodePoints(a.purl, b.purl) || compareCodePoints(a.path, b.path));
    // One package per purl and file (e.g. a Go binary listing a module twice).
    const unique = packages.filter((p, i) => {
        const prev = packages[i - 1];
        return !prev || prev.purl !== p.purl || prev.path !== p.path;
    });
    const kept = bounded(unique, layers, warn);
    if (unlogged > 0)
        log/* log */.Rm.warning(`SBOM: and ${unlogged} more problem(s), not logged one by one (the first ${MAX_LOGGED_PROBLEMS} are)`);
    return { distro, layers, packages: kept, warnings, problems: warnings.length + unlogged };
}
function noPurlReason(name) {
    return name.trim() === ''
        ? 'its name is empty or only whitespace, and a purl needs a name'
        : 'its name, namespace or version cannot form a purl';
}
/** Output budgets: packages from one file and from the whole image (far above real images). */
const MAX_PACKAGES_PER_FILE = 50_000;
const MAX_PACKAGES_PER_IMAGE = 100_000;
/**
 * Keeps the first packages (in purl order) within the budgets, with a warning for each cut.
 * The image's budget is shared out by the layer that introduced each package, so that a
 * layer with more than its share (a hostile base's fake packages, whose purls may all sort
 * first) cannot push out the packages of the layers above it.
 */
function bounded(packages, layers, warn) {
    const perFile = new Map();
    const kept = [];
    for (const p of packages) {
        const file = `${p.cataloger}: /${p.path}`;
        const n = (perFile.get(file) ?? 0) + 1;
        perFile.set(file, n);
        if (n <= MAX_PACKAGES_PER_FILE)
            kept.push(p);
    }
    for (const [file, n] of perFile)
        if (n > MAX_PACKAGES_PER_FILE)
            warn(`${file}: ${n} packages, only ${MAX_PACKAGES_PER_FILE} kept (budget per file)`);
    if (kept.length <= MAX_PACKAGES_PER_IMAGE)
        return kept;
    const perLayer = new Map();
    for (const p of kept)
        perLayer.set(p.layer, (perLayer.get(p.layer) ?? 0) + 1);
    const shares = fairShares(perLayer, MAX_PACKAGES_PER_IMAGE);
    for (const [layer, count] of [...perLayer].sort((a, b) => a[0] - b[0])) {
        const share = shares.get(layer) ?? 0;
        if (count > share)
            warn(`layer ${layer + 1} (${layers[layer]?.digest ?? 'unknown'}): ${count} packages, only ${share} kept (its share of the budget per image, ${MAX_PACKAGES_PER_IMAGE} packages)`);
    }
    const taken = new Map();
    return kept.filter(p => {
        const n = (taken.get(p.layer) ?? 0) + 1;
        taken.set(p.layer, n);
        return n <= (shares.get(p.layer) ?? 0);
    });
}
/**
 * Shares a budget out among claims, fairly: the smallest claims are met in full, and what is
 * left is split evenly among the larger ones (each gets at least budget / claims). Exported
 * for its tests.
 */
function fairShares(claims, budget) {
    const shares = new Map();
    const ascending = [...claims].sort((a, b) => a[1] - b[1]);
    let left = budget;
    for (const [i, [key, claim]] of ascending.entries()) {
        const share = Math.min(claim, Math.floor(left / (ascending.length - i)));
        shares.set(key, share);
        left -= share;
    }
    return shares;
}
/** An OS package that installed a language package's metadata file depends on it (and is named as its owner). */
function linkOwners(packages) {
    const owner = new Map();
    for (const p of packages)
        for (const file of p.ownedFiles ?? [])
            owner.set(file, p);
    if (owner.size === 0)
        return;
    for (const p of packages) {
        if (p.os)
            continue;
        const os = owner.get(p.path);
        if (!os)
            continue;
        os.dependsOn = [...new Set([...(os.dependsOn ?? []), p.purl])].sort();
        p.properties = [...(p.properties ?? []), [`${tool/* PROPERTY_PREFIX */.r}:package:ownedBy`, os.purl]];
    }
    for (const p of packages)
        delete p.ownedFiles;
}

// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js
var enums = __webpack_require__(6820);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/models/index.js
var models = __webpack_require__(50320);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/index.node.js
var index_node = __webpack_require__(51248);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/index.js
var spec = __webpack_require__(94321);
// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(87091);
;// CONCATENATED MODULE: ./src/sbom/skipped.ts
/** Problems recorded in a document at most; the rest are counted (the log has more). */
const MAX_RECORDED_PROBLEMS = 100;
/**
 * What cataloging left out (files skipped, budgets met, packages without a purl), for the
 * document to say it is incomplete and why: a consumer of the SBOM never sees the log.
 * Empty when nothing was left out.
 */
function skippedParts(catalog) {
    const recorded = catalog.warnings.slice(0, MAX_RECORDED_PROBLEMS);
    const more = catalog.problems - recorded.length;
    return more > 0 ? [...recorded, `and ${more} more problem(s): see the log of the run`] : recorded;
}

// EXTERNAL MODULE: ./src/sbom/summary.ts
var summary = __webpack_require__(61669);
;// CONCATENATED MODULE: ./src/sbom/cyclonedx.ts
// Subpath imports keep the library's schema-file resources (and their __dirname) out of the bundle.











const normalizers = new index_node.JSON.Normalize.Factory(spec.Spec1dot6);
// Lists are written in an order fixed here (code-point order of bom-refs), not sorted by
// the library, whose locale-aware comparison could differ between ICU versions.
const NORMALIZE = { sortLists: false };
/**
 * The catalog as CycloneDX 1.6 JSON: image \u2192 OS \u2192 packages, with layer attribution as
 * properties. The library's models and normalizer write the document's head; packages,
 * thousands in a large image, are written one at a time straight in the library's
 * normalized shape, so no model of them (nor the garbage of building one) is ever held.
 */
function toCycloneDx(catalog, image, stamp) {
    const bom = new models.Bom();
    bom.serialNumber = stamp.serialNumber;
    bom.metadata.timestamp = stamp.timestamp;
    bom.metadata.tools.components.add(new models.Component(enums.ComponentType.Application, tool/* TOOL */.j.name, {
        version: tool/* TOOL */.j.version,
        group: tool/* TOOL */.j.vendor
    }));
    bom.metadata.component = new models.Component(enums.ComponentType.Container, image.name, {
        bomRef: image.purl,
        version: image.digest,
        purl: packageurl_js.PackageURL.fromString(image.purl)
    });
    const skipped = skippedParts(catalog);
    for (const problem of skipped)
        bom.metadata.properties.add(new models.Property(summary/* SKIPPED_PROPERTY */.VE, problem));
    // Everything but the two long lists, which are streamed below.
    const head = JSON.stringify({
        ...normalizers.makeForBom().normalize(bom, NORMALIZE),
        components: undefined,
        dependencies: undefined
    });
    const refs = bomRefs(catalog.packages);
    const order = catalog.packages
        .map((_, i) => i)
        .sort((a, b) => compareCodePoints(refs[a], refs[b]));
    const graph = new Map();
    const os = catalog.distro && osComponent(catalog.distro);
    const roots = os ? [os.bomRef.value] : [];
    const out = new JsonWriter();
    out.write(`${head.slice(0, -1)},"components":[`);
    let first = true;
    const writeComponent = (component) => {
        out.write(`${first ? '' : ','}${JSON.stringify(component)}`);
        first = false;
    };
    if (os)
        writeComponent(normalizers.makeForComponent().normalize(os, NORMALIZE));
    const osPackages = [];
    const byPurl = new Map();
    for (const i of order) {
        const p = catalog.packages[i];
        const ref = refs[i];
        writeComponent(packageComponent(p, ref, catalog));
        if (!byPurl.has(p.purl))
            byPurl.set(p.purl, ref);
        if (p.os && os)
            osPackages.push(ref);
        else
            roots.push(ref);
    }
    for (const i of order) {
        const p = catalog.packages[i];
        const ref = refs[i];
        const deps = (p.dependsOn ?? []).map(d => byPurl.get(d)).filter(d => d && d !== ref);
        graph.set(ref, deps);
    }
    if (os)
        graph.set(os.bomRef.value, osPackages);
    graph.set(image.purl, roots);
    out.write('],"dependencies":[');
    first = true;
    for (const ref of [...graph.keys()].sort(compareCodePoints)) {
        const dependsOn = [...new Set(graph.get(ref))].sort(compareCodePoints);
        out.write(`${first ? '' : ','}${JSON.stringify(dependsOn.length > 0 ? { ref, dependsOn } : { ref })}`);
        first = false;
    }
    // Something was left out: the image's list of components is incomplete (CycloneDX 1.6
    // compositions), and the metadata's `skipped` properties say what.
    out.write(']');
    if (skipped.length > 0)
        out.write(`,"compositions":[${JSON.stringify({ aggregate: 'incomplete', assemblies: [image.purl] })}]`);
    out.write('}');
    return out.bytes();
}
function osComponent(d) {
    return new models.Component(enums.ComponentType.OperatingSystem, d.id, {
        bomRef: `os:${d.id}${d.versionId ? `@${d.versionId}` : ''}`,
        ...(d.versionId ? { version: d.versionId } : {}),
        ...(d.prettyName ? { description: d.prettyName } : {})
    });
}
function packageComponent(p, ref, catalog) {
    const layer = catalog.layers[p.layer];
    const properties = [
        [`${tool/* PROPERTY_PREFIX */.r}:cataloger`, p.cataloger],
        [`${tool/* PROPERTY_PREFIX */.r}:layer:createdBy`, layer?.createdBy],
        [`${tool/* PROPERTY_PREFIX */.r}:layer:diffID`, layer?.diffId],
        [`${tool/* PROPERTY_PREFIX */.r}:layer:digest`, layer?.digest],
        [`${tool/* PROPERTY_PREFIX */.r}:path`, `/${p.path}`],
        ...(p.properties ?? [])
    ];
    // Keys in the order the library's own normalizer writes them.
    return {
        type: enums.ComponentType.Library,
        name: p.name,
        version: p.version || undefined,
        'bom-ref': ref,
        supplier: p.supplier ? { name: p.supplier } : undefined,
        hashes: p.hashes?.length ? hashes(p.hashes) : undefined,
        licenses: p.licenses.length > 0 ? cyclonedx_licenses(p.licenses) : undefined,
        purl: p.purl,
        properties: properties
            .filter((property) => Boolean(property[1]))
            .map(([name, value]) => ({ name, value }))
    };
}
/**
 * Writes the document into blocks (no object per written piece, no copying as it
 * grows) and joins them once, freeing the blocks straight away.
 */
class JsonWriter {
    static BLOCK = 256 * 1024;
    full = [];
    block = Buffer.alloc(0);
    used = 0;
    write(text) {
        const size = Buffer.byteLength(text);
        if (this.used + size > this.block.length) {
            if (this.used > 0)
                this.full.push(this.block.subarray(0, this.used));
            this.block = Buffer.allocUnsafeSlow(Math.max(JsonWriter.BLOCK, size));
            this.used = 0;
        }
        this.used += this.block.write(text, this.used);
    }
    bytes() {
        const parts = [...this.full, this.block.subarray(0, this.used)];
        const whole = Buffer.concat(parts);
        // Each part starts its block: free the whole block behind it.
        for (const part of parts)
            (0,decompress/* releaseChunk */.bW)(Buffer.from(part.buffer));
        return whole;
    }
}
/** bom-refs: the purl, or purl + path where one purl occurs at several paths. */
function bomRefs(packages) {
    const count = new Map();
    for (const p of packages)
        count.set(p.purl, (count.get(p.purl) ?? 0) + 1);
    return packages.map(p => ((count.get(p.purl) ?? 0) > 1 ? `${p.purl}#/${p.path}` : p.purl));
}
/** Hashes CycloneDX 1.6 takes (the library's normalizer drops the others). */
function hashes(list) {
    const normalizer = normalizers.makeForHash();
    return list
        .map(h => normalizer.normalize([h.alg, h.content], NORMALIZE))
        .filter(h => h !== undefined);
}
function cyclonedx_licenses(names) {
    const only = names.length === 1 ? names[0] : undefined;
    if (only && / (AND|OR|WITH) /.test(only))
        return [{ expression: only }];
    return names.map(name => (isSpdxId(name) ? { license: { id: name } } : { license: { name } }));
}

;// CONCATENATED MODULE: ./src/sbom/image.ts

const LOCAL_SOURCE = /^(oci-dir|oci|oci-archive|docker-archive):/;
function imageIdentity(image, imageName) {
    const name = imageName.replace(/@sha256:[0-9a-f]{64}$/, '');
    const arch = image.platform.architecture || image.config.architecture;
    if (LOCAL_SOURCE.test(name)) {
        // A file or directory is no repository: name the purl after the path's last part.
        const path = name.replace(LOCAL_SOURCE, '').replace(/[:@][^/]*$/, '');
        const base = (path.split('/').filter(Boolean).pop() ?? 'image').replace(/\.(tar|tgz|tar\.gz)$/, '');
        return {
            name,
            digest: image.digest,
            purl: (0,purl/* purl */.EV)('oci', undefined, base.toLowerCase() || 'image', image.digest, { arch })
        };
    }
    const slash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    const repository = colon > slash ? name.slice(0, colon) : name;
    const last = (repository.slice(repository.lastIndexOf('/') + 1) || 'image').toLowerCase();
    return {
        name,
        repository,
        digest: image.digest,
        purl: (0,purl/* purl */.EV)('oci', undefined, last, image.digest, { arch, repository_url: repository })
    };
}

;// CONCATENATED MODULE: ./src/sbom/spdx.ts





const NOASSERTION = 'NOASSERTION';
/** The catalog as SPDX 2.3 JSON: the image DESCRIBED, CONTAINS the OS and packages. */
function toSpdx(catalog, image, stamp) {
    const purlRef = (locator) => [
        { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: locator }
    ];
    const imageId = 'SPDXRef-Image';
    const packages = [
        {
            SPDXID: imageId,
            name: image.name,
            versionInfo: image.digest,
            downloadLocation: NOASSERTION,
            filesAnalyzed: false,
            primaryPackagePurpose: 'CONTAINER',
            licenseConcluded: NOASSERTION,
            licenseDeclared: NOASSERTION,
            copyrightText: NOASSERTION,
            externalRefs: purlRef(image.purl)
        }
    ];
    const relationships = [
        {
            spdxElementId: 'SPDXRef-DOCUMENT',
            relationshipType: 'DESCRIBES',
            relatedSpdxElement: imageId
        }
    ];
    let osId;
    if (catalog.distro) {
        osId = `SPDXRef-OperatingSystem-${sanitise(catalog.distro.id)}`;
        packages.push({
            SPDXID: osId,
            name: catalog.distro.id,
            ...(catalog.distro.versionId ? { versionInfo: catalog.distro.versionId } : {}),
            downloadLocation: NOASSERTION,
            filesAnalyzed: false,
            primaryPackagePurpose: 'OPERATING-SYSTEM',
            licenseConcluded: NOASSERTION,
            licenseDeclared: NOASSERTION,
            copyrightText: NOASSERTION
        });
        relationships.push({
            spdxElementId: imageId,
            relationshipType: 'CONTAINS',
            relatedSpdxElement: osId
        });
    }
    const extracted = new Map();
    const idOf = new Map();
    const ids = catalog.packages.map(p => {
        const id = `SPDXRef-Package-${p.ecosystem}-${sanitise(p.name)}-${shortHash(`${p.purl}#${p.path}`)}`;
        if (!idOf.has(p.purl))
            idOf.set(p.purl, id);
        return id;
    });
    catalog.packages.forEach((p, i) => {
        const id = ids[i];
        const layer = catalog.layers[p.layer];
        packages.push({
            SPDXID: id,
            name: p.name,
            versionInfo: p.version,
            downloadLocation: NOASSERTION,
            filesAnalyzed: false,
            primaryPackagePurpose: 'LIBRARY',
            supplier: p.supplier ? `Organization: ${p.supplier.replace(/\s+/g, ' ')}` : NOASSERTION,
            licenseConcluded: NOASSERTION,
            licenseDeclared: licenseExpression(p.licenses, extracted),
            copyrightText: NOASSERTION,
            sourceInfo: `found by ${p.cataloger} in /${p.path}`,
            ...(layer
                ? {
                    comment: `layer ${layer.digest} (diffID ${layer.diffId})${layer.createdBy ? ` created by: ${layer.createdBy}` : ''}`
                }
                : {}),
            externalRefs: purlRef(p.purl)
        });
        relationships.push({
            spdxElementId: p.os && osId ? osId : imageId,
            relationshipType: 'CONTAINS',
            relatedSpdxElement: id
        });
        for (const dep of p.dependsOn ?? []) {
            const target = idOf.get(dep);
            if (target && target !== id)
                relationships.push({
                    spdxElementId: id,
                    relationshipType: 'DEPENDS_ON',
                    relatedSpdxElement: target
                });
        }
    });
    const skipped = skippedParts(catalog);
    const document = {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: image.name,
        documentNamespace: `https://${tool/* TOOL */.j.vendor}/spdx/${encodeURIComponent(image.repository ?? image.name)}/${stamp.serialNumber.replace(/^urn:uuid:/, '')}`,
        creationInfo: {
            created: stamp.timestamp.toISOString().replace(/\.\d{3}Z$/, 'Z'),
            creators: [`Tool: ${tool/* TOOL */.j.name}-${tool/* TOOL */.j.version}`],
            // SPDX 2.3 has no completeness field: the creator's comment says what was left out.
            ...(skipped.length > 0 ? { comment: [summary/* INCOMPLETE_SPDX */.nX, ...skipped].join('\n') } : {})
        },
        documentDescribes: [imageId],
        packages,
        relationships,
        ...(extracted.size > 0
            ? {
                hasExtractedLicensingInfos: [...extracted].sort().map(([licenseId, name]) => ({
                    licenseId,
                    name,
                    extractedText: name
                }))
            }
            : {})
    };
    return JSON.stringify(document);
}
/** SPDX ids joined with AND; other names become LicenseRef- ids listed in hasExtractedLicensingInfos. */
function licenseExpression(licenses, extracted) {
    if (licenses.length === 0)
        return NOASSERTION;
    const parts = licenses.map(license => {
        if (isSpdxId(license))
            return license;
        const ref = license.startsWith('LicenseRef-') ? license : `LicenseRef-${sanitise(license)}`;
        extracted.set(ref, license.startsWith('LicenseRef-') ? license.slice('LicenseRef-'.length) : license);
        return ref;
    });
    return parts.length === 1
        ? parts[0]
        : parts.map(p => (p.includes(' ') ? `(${p})` : p)).join(' AND ');
}
function sanitise(value) {
    return value.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}
function shortHash(value) {
    return (0,external_node_crypto_.createHash)('sha256').update(value).digest('hex').slice(0, 12);
}

;// CONCATENATED MODULE: ./src/sbom/types.ts
/** in-toto predicate types of SBOM attestations. */
const CYCLONEDX_PREDICATE = 'https://cyclonedx.org/bom';
/**
 * SPDX without a version, as `cosign attest --type spdxjson` and BuildKit write it and as
 * `cosign verify-attestation --type spdxjson` asks for it; the document's `spdxVersion` says
 * which SPDX it is. actions/attest-sbom's `\u2026/Document/v2.3` is still accepted when verifying.
 */
const SPDX_PREDICATE = 'https://spdx.dev/Document';
/**
 * An SBOM of `bytes` whose document is parsed only when asked for (a predicate to embed, a
 * vulnerability scan), from the bytes as they are then: the sign steps may swap them for an
 * equal view.
 */
function sbomOfBytes(fields, bytes) {
    let document;
    const sbom = {
        ...fields,
        bytes,
        get document() {
            return (document ??= JSON.parse(sbom.bytes.toString('utf8')));
        }
    };
    return sbom;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __webpack_require__(68825);
;// CONCATENATED MODULE: ./src/sbom/load.ts






/** Larger documents cannot be attested anyway (attestation stores cap well below this). */
const MAX_FILE_SIZE = 512 * 1024 * 1024;
const FILE_HINT = 'Pass a CycloneDX (1.2 or later) or SPDX 2.x JSON document, e.g. from "docker buildx build --sbom=true" or syft';
/** `what` names the document: `file PATH`, or the attestation it came from. */
const invalid = (what, why, hint = FILE_HINT) => new errors/* ActionError */.lZ('SBOM_INVALID', `SBOM ${what} ${why}`, { hint });
/**
 * Room kept around a supplied SBOM's bytes for the in-toto statement they are signed in: its
 * JSON before the predicate (type, subject name and digest, predicate type) and the closing
 * brace after it. The statement is then written around the bytes in place, not copied.
 */
const STATEMENT_ROOM = { before: 4096, after: 1 };
/**
 * Reads a user-supplied SBOM, checks it is CycloneDX or SPDX JSON, and keeps its bytes as they
 * are. The file is read twice: once as text, parsed, checked and summarised, and again, once
 * the text and the parsed document are let go, as the bytes that get signed (which must be
 * what was checked). A large SBOM is so never held as bytes, text and document at once.
 */
async function loadSbomFile(path) {
    const { file, regular } = await openSbomFile(path);
    try {
        // A pipe (process substitution, /dev/stdin) cannot be read again: read once, held while checked.
        if (!regular) {
            const bytes = withoutByteOrderMark(await readSbomFile(path, () => file.readFile()));
            return sbomOfBytes(checkText(bytes.toString('utf8'), path), bytes);
        }
        const checked = await checkSbomFile(file, path);
        (0,heap/* releaseGarbage */.FS)();
        const whole = (0,heap/* bufferWithRoom */.as)(checked.length, STATEMENT_ROOM.before, STATEMENT_ROOM.after);
        const same = await readSbomFile(path, () => readExactly(file, whole));
        if (!same || (0,digest/* sha256Digest */.sI)(whole) !== checked.digest)
            throw invalid(`file ${path}`, 'changed while it was read', {
                action: 'Write the SBOM file before this step runs, not while it runs',
                cli: 'Write the SBOM file before signing, not while it is being signed'
            });
        return sbomOfBytes(checked.fields, withoutByteOrderMark(whole));
    }
    finally {
        await file.close();
    }
}
async function openSbomFile(path) {
    return readSbomFile(path, async () => {
        const file = await (0,promises_.open)(path, 'r');
        try {
            const stats = await file.stat();
            if (stats.size > MAX_FILE_SIZE)
                throw invalid(`file ${path}`, `is larger than ${MAX_FILE_SIZE} bytes`);
            return { file, regular: stats.isFile() };
        }
        catch (error) {
            await file.close();
            throw error;
        }
    });
}
/**
 * The checks and summary, the size and digest of the bytes they were made from. The bytes
 * are let go once decoded: the text and the parsed document are held at once, and neither
 * after (see detachedFields).
 */
async function checkSbomFile(file, path) {
    const { text, length, digest } = await readText(file, path);
    (0,heap/* collectGarbage */.iO)();
    return { fields: checkText(text, path), length, digest };
}
function checkText(text, path) {
    return detachedFields(sbomFromDocument(parseFile(text, path), Buffer.alloc(0), `file ${path}`));
}
async function readText(file, path) {
    const bytes = await readSbomFile(path, () => file.readFile());
    // A byte order mark is no JSON: the bytes are signed as the predicate, inside the statement.
    const text = withoutByteOrderMark(bytes).toString('utf8');
    return { text, length: bytes.length, digest: (0,digest/* sha256Digest */.sI)(bytes) };
}
/** Fills `buffer` from the start of the file; false when the file is not that long exactly. */
async function readExactly(file, buffer) {
    for (let at = 0; at < buffer.length;) {
        const { bytesRead } = await file.read(buffer, at, buffer.length - at, at);
        if (bytesRead === 0)
            return false;
        at += bytesRead;
    }
    const { bytesRead } = await file.read(Buffer.alloc(1), 0, 1, buffer.length);
    return bytesRead === 0;
}
/** `read()`, its I/O errors reported as an unreadable SBOM file. */
async function readSbomFile(path, read) {
    try {
        return await read();
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ)
            throw error;
        throw new errors/* ActionError */.lZ('SBOM_INVALID', `cannot read SBOM file ${path}: ${error.message}`, {
            hint: {
                action: 'Check the "sbom" input points at a file the job created',
                cli: 'Check that --sbom names an existing file'
            }
        });
    }
}
function withoutByteOrderMark(bytes) {
    return bytes.subarray(0, 3).equals(UTF8_BOM) ? bytes.subarray(3) : bytes;
}
/**
 * What an SBOM keeps besides its bytes, copied out of the parsed text: strings parsed from a
 * large text may be slices of it, and one kept name must not pin the whole text.
 */
function detachedFields(sbom) {
    const { format, specVersion, predicateType, summary } = sbom;
    return JSON.parse(JSON.stringify({ format, specVersion, predicateType, summary }));
}
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
function parseFile(text, path) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw invalid(`file ${path}`, `is not JSON (${error.message})`);
    }
}
/**
 * The SBOM a verified attestation carries as its predicate. `what` names the attestation
 * in errors; the bytes are the predicate as it was signed, re-serialised.
 */
function sbomFromPredicate(predicate, what) {
    return sbomFromDocument(predicate, Buffer.from(JSON.stringify(predicate)), what, 'The attestation was signed over this document: ask its signer for a CycloneDX or SPDX 2.x JSON SBOM');
}
function sbomFromDocument(document, bytes, what, hint) {
    if (!document || typeof document !== 'object' || Array.isArray(document))
        throw invalid(what, 'is not a JSON object', hint);
    const doc = document;
    if (doc.bomFormat === 'CycloneDX') {
        checkCycloneDx(what, doc, hint);
        return {
            format: 'cyclonedx-json',
            specVersion: doc.specVersion,
            document: doc,
            bytes,
            predicateType: CYCLONEDX_PREDICATE,
            summary: (0,summary/* summarise */.fS)(doc)
        };
    }
    if (typeof doc.spdxVersion === 'string') {
        const version = checkSpdx(what, doc, hint);
        return {
            format: 'spdx-json',
            specVersion: version,
            document: doc,
            bytes,
            predicateType: SPDX_PREDICATE,
            summary: (0,summary/* summarise */.fS)(doc)
        };
    }
    throw invalid(what, 'is neither CycloneDX (no "bomFormat": "CycloneDX") nor SPDX (no "spdxVersion")', hint);
}
function checkCycloneDx(what, doc, hint) {
    const version = doc.specVersion;
    if (typeof version !== 'string' || !/^1\.[2-7]$/.test(version)) {
        throw invalid(what, `has unsupported CycloneDX specVersion ${JSON.stringify(version)}`, hint);
    }
    if (doc.components !== undefined && !Array.isArray(doc.components))
        throw invalid(what, 'has "components" that is not an array', hint);
    const components = doc.components ?? [];
    components.forEach((c, i) => {
        const comp = c;
        if (!comp ||
            typeof comp !== 'object' ||
            typeof comp.name !== 'string' ||
            typeof comp.type !== 'string') {
            throw invalid(what, `has components[${i}] without a string "type" and "name"`, hint);
        }
    });
    if (doc.metadata !== undefined && (typeof doc.metadata !== 'object' || doc.metadata === null)) {
        throw invalid(what, 'has "metadata" that is not an object', hint);
    }
}
function checkSpdx(what, doc, hint) {
    const match = /^SPDX-(2\.\d)$/.exec(doc.spdxVersion);
    if (!match)
        throw invalid(what, `has unsupported spdxVersion ${JSON.stringify(doc.spdxVersion)} (SPDX 2.x JSON is supported)`, hint);
    for (const field of ['SPDXID', 'name', 'dataLicense']) {
        if (typeof doc[field] !== 'string')
            throw invalid(what, `lacks the SPDX field "${field}"`, hint);
    }
    if (doc.packages !== undefined && !Array.isArray(doc.packages))
        throw invalid(what, 'has "packages" that is not an array', hint);
    (doc.packages ?? []).forEach((p, i) => {
        const pkg = p;
        if (!pkg ||
            typeof pkg !== 'object' ||
            typeof pkg.SPDXID !== 'string' ||
            typeof pkg.name !== 'string') {
            throw invalid(what, `has packages[${i}] without "SPDXID" and "name"`, hint);
        }
    });
    return match[1];
}

// EXTERNAL MODULE: ./src/verify/statement.ts
var verify_statement = __webpack_require__(28256);
;// CONCATENATED MODULE: ./src/sbom/buildx.ts

// The statement parser only: the verify capability's index would load all of Sigstore.



/** What to do when an image has no usable BuildKit SBOM. */
const BUILDX_SBOM_HINT = 'Build with "docker buildx build --sbom=true" (docker/build-push-action: "sbom: true") and ' +
    'push the index, or set "sbom: generate" to make the SBOM here';
/**
 * The SBOM BuildKit stored for one platform (`--sbom=true`): the SPDX (or CycloneDX) statement
 * layer of its attestation manifest, read by digest and size, bound to the platform manifest by
 * the statement's subject. Its predicate becomes the SBOM that is signed, unchanged.
 */
async function buildxSbom(client, ref, attestation, where, maxBytes) {
    const fail = (why) => new errors/* ActionError */.lZ('SBOM_INVALID', `the BuildKit SBOM of ${where} ${why}`, {
        hint: BUILDX_SBOM_HINT
    });
    const found = attestation.statements.find(s => isSpdx(s.predicateType)) ??
        attestation.statements.find(s => s.predicateType === CYCLONEDX_PREDICATE);
    if (!found)
        throw new errors/* ActionError */.lZ('SBOM_INVALID', `${where} has BuildKit attestations (${attestation.manifestDigest}) but no SBOM among them ` +
            `(${attestation.statements.map(s => s.predicateType).join(', ') || 'no statements'})`, { hint: BUILDX_SBOM_HINT });
    const { layer } = found;
    if (layer.size > maxBytes)
        throw fail(`is ${layer.size} bytes, over "max-predicate-size" (${maxBytes})`);
    const chunks = [];
    for await (const chunk of await client.blobStream(ref, layer.digest, layer.size))
        chunks.push(chunk);
    const statement = (0,verify_statement/* parseStatement */.By)(verify_statement/* IN_TOTO_PAYLOAD_TYPE */.T4, Buffer.concat(chunks));
    if (!statement)
        throw fail(`(layer ${layer.digest}) is not an in-toto statement`);
    if (statement.predicateType !== found.predicateType)
        throw fail(`says ${statement.predicateType}, its layer ${found.predicateType}`);
    const hex = attestation.describes.replace(/^sha256:/, '');
    if (!statement.subject.some(s => s.digest.sha256 === hex))
        throw fail(`is not about ${attestation.describes} (its subjects name other digests)`);
    const predicate = statement.predicate;
    if (!predicate || typeof predicate !== 'object' || Array.isArray(predicate))
        throw fail('has no SBOM document as predicate');
    const document = predicate;
    const spdx = isSpdx(statement.predicateType);
    if (spdx) {
        const version = document.spdxVersion;
        if (typeof version !== 'string' || !/^SPDX-2\.\d+$/.test(version) || !document.SPDXID)
            throw fail('is not an SPDX 2 document (spdxVersion, SPDXID)');
    }
    else if (document.bomFormat !== 'CycloneDX' || typeof document.specVersion !== 'string')
        throw fail('is not a CycloneDX document (bomFormat, specVersion)');
    return {
        format: spdx ? 'spdx-json' : 'cyclonedx-json',
        specVersion: spdx ? String(document.spdxVersion).slice(5) : String(document.specVersion),
        document,
        bytes: Buffer.from(JSON.stringify(document)),
        predicateType: spdx ? SPDX_PREDICATE : CYCLONEDX_PREDICATE,
        summary: (0,summary/* summarise */.fS)(document)
    };
}
function isSpdx(predicateType) {
    return predicateType === SPDX_PREDICATE || predicateType.startsWith(`${SPDX_PREDICATE}/`);
}

;// CONCATENATED MODULE: ./src/sbom/index.ts














/** Catalogs the image's layers and writes the SBOM document. */
async function generateSbom(image, options) {
    const catalog = await catalogImage(image, options);
    // Only the catalog is left of cataloging; the document is written on a clean heap.
    (0,heap/* collectGarbage */.iO)();
    const identity = imageIdentity(image, options.imageName);
    const stamp = {
        timestamp: options.timestamp ?? new Date(),
        serialNumber: options.serialNumber ?? `urn:uuid:${(0,external_node_crypto_.randomUUID)()}`
    };
    const spdx = options.format === 'spdx-json';
    const bytes = spdx
        ? Buffer.from(toSpdx(catalog, identity, stamp), 'utf8')
        : toCycloneDx(catalog, identity, stamp);
    // The document is parsed only when asked for (to embed as a predicate): the CLI never needs it.
    return sbomOfBytes({
        format: options.format,
        specVersion: spdx ? '2.3' : '1.6',
        predicateType: spdx ? SPDX_PREDICATE : CYCLONEDX_PREDICATE,
        summary: catalogSummary(catalog)
    }, bytes);
}
/** The summary of what the document lists, taken from the catalog (sorted by purl). */
function catalogSummary(catalog) {
    const list = catalog.packages.map(p => ({
        name: p.name,
        version: p.version,
        ecosystem: (0,purl/* purlType */.i8)(p.purl) ?? 'other',
        licenses: p.licenses
    }));
    const d = catalog.distro;
    return (0,summary/* summarisePackages */.WP)(list, d && [d.id, d.versionId].filter(Boolean).join(' '), skippedParts(catalog));
}
/** Markdown for the job summary: counts by ecosystem, top licenses, OS, and every package in a collapsible list. */
function sbomSummaryMarkdown(sbom) {
    const format = `${sbom.format === 'spdx-json' ? 'SPDX' : 'CycloneDX'} ${sbom.specVersion}`;
    return (0,summary/* summaryMarkdown */.eH)(sbom.summary, format);
}


/***/ }),

/***/ 74468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ES: () => (/* binding */ wellFormed),
/* harmony export */   EV: () => (/* binding */ purl),
/* harmony export */   eL: () => (/* binding */ NO_PURL),
/* harmony export */   i8: () => (/* binding */ purlType)
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87091);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(packageurl_js__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Text as it can be encoded: lone UTF-16 surrogates (JSON can carry them) become
 * U+FFFD, as Go's encoding/json makes them when syft and trivy decode the same file.
 */
const wellFormed = (text) => text.toWellFormed();
/**
 * What `purl` returns for components no purl can carry, such as a name that is empty
 * or only whitespace: catalogImage skips that one package with a warning naming its
 * file, and drops dependency edges to it. A throw would lose the whole cataloger.
 */
const NO_PURL = '';
/**
 * A purl string with qualifiers sorted and empty ones dropped (purl-spec canonical
 * form), or NO_PURL. Invalid text is made well-formed first: percent-encoding would
 * throw on it.
 */
function purl(type, namespace, name, version, qualifiers = {}, subpath) {
    const sorted = {};
    for (const key of Object.keys(qualifiers).sort()) {
        const value = qualifiers[key];
        if (value)
            sorted[key] = wellFormed(value);
    }
    try {
        return new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL(type, namespace ? wellFormed(namespace) : undefined, wellFormed(name), version ? wellFormed(version) : undefined, Object.keys(sorted).length > 0 ? sorted : undefined, subpath ? wellFormed(subpath) : undefined).toString();
    }
    catch {
        return NO_PURL;
    }
}
/** The purl type of a purl string, e.g. `deb`. */
function purlType(value) {
    const match = /^pkg:\/*([a-zA-Z][a-zA-Z0-9.+-]*)\//.exec(value);
    return match?.[1]?.toLowerCase();
}


/***/ }),

/***/ 61669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   VE: () => (/* binding */ SKIPPED_PROPERTY),
/* harmony export */   WP: () => (/* binding */ summarisePackages),
/* harmony export */   eH: () => (/* binding */ summaryMarkdown),
/* harmony export */   fS: () => (/* binding */ summarise),
/* harmony export */   nX: () => (/* binding */ INCOMPLETE_SPDX)
/* harmony export */ });
/* harmony import */ var _purl__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74468);
/* harmony import */ var _tool__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48845);


const asArray = (value) => Array.isArray(value) ? value.filter(v => v && typeof v === 'object') : [];
const asString = (value) => typeof value === 'string' ? value : undefined;
function summarise(document) {
    const list = [];
    let os;
    let skipped = [];
    if (document.bomFormat === 'CycloneDX') {
        skipped = cycloneDxSkipped(document);
        const visit = (components) => {
            for (const c of components) {
                if (c.type === 'operating-system') {
                    os ??= [asString(c.name), asString(c.version)].filter(Boolean).join(' ');
                }
                else {
                    const licenses = asArray(c.licenses)
                        .map(l => asString(l.expression) ??
                        asString(l.license?.id) ??
                        asString(l.license?.name))
                        .filter((l) => Boolean(l));
                    list.push({
                        name: [asString(c.group), asString(c.name)].filter(Boolean).join('/'),
                        version: asString(c.version) ?? '',
                        ecosystem: (asString(c.purl) && (0,_purl__WEBPACK_IMPORTED_MODULE_0__/* .purlType */ .i8)(asString(c.purl))) || 'other',
                        licenses
                    });
                }
                visit(asArray(c.components));
            }
        };
        visit(asArray(document.components));
    }
    else {
        const comment = asString(document.creationInfo?.comment);
        if (comment?.startsWith(INCOMPLETE_SPDX))
            skipped = comment.split('\n').slice(1);
        const described = new Set(Array.isArray(document.documentDescribes) ? document.documentDescribes : []);
        for (const r of asArray(document.relationships)) {
            if (r.relationshipType === 'DESCRIBES' && r.spdxElementId === 'SPDXRef-DOCUMENT')
                described.add(r.relatedSpdxElement);
        }
        for (const p of asArray(document.packages)) {
            if (described.has(p.SPDXID))
                continue;
            if (p.primaryPackagePurpose === 'OPERATING-SYSTEM') {
                os ??= [asString(p.name), asString(p.versionInfo)].filter(Boolean).join(' ');
                continue;
            }
            const ref = asArray(p.externalRefs).find(r => r.referenceType === 'purl');
            const declared = asString(p.licenseDeclared);
            list.push({
                name: asString(p.name) ?? '',
                version: asString(p.versionInfo) ?? '',
                ecosystem: (asString(ref?.referenceLocator) &&
                    (0,_purl__WEBPACK_IMPORTED_MODULE_0__/* .purlType */ .i8)(asString(ref?.referenceLocator))) ||
                    'other',
                licenses: declared && declared !== 'NOASSERTION' && declared !== 'NONE' ? [declared] : []
            });
        }
    }
    return summarisePackages(list, os, skipped);
}
/** The first line of an SPDX creator comment listing what cataloging left out. */
const INCOMPLETE_SPDX = 'Incomplete: cataloging left out:';
/** The CycloneDX metadata property naming one thing cataloging left out. */
const SKIPPED_PROPERTY = `${_tool__WEBPACK_IMPORTED_MODULE_1__/* .PROPERTY_PREFIX */ .r}:skipped`;
/** What a CycloneDX document says was left out: its skipped properties, or its composition. */
function cycloneDxSkipped(document) {
    const metadata = (document.metadata ?? {});
    const named = asArray(metadata.properties)
        .filter(p => p.name === SKIPPED_PROPERTY)
        .map(p => asString(p.value) ?? '');
    if (named.length > 0)
        return named;
    const image = asString((metadata.component ?? {})['bom-ref']);
    const incomplete = asArray(document.compositions).some(c => c.aggregate === 'incomplete' && Array.isArray(c.assemblies) && c.assemblies.includes(image));
    return incomplete ? ['the document marks its list of components incomplete'] : [];
}
/** Counts and top licenses of a package list (in document order). */
function summarisePackages(list, os, skipped = []) {
    const byEcosystem = {};
    const licenseCount = new Map();
    for (const p of list) {
        byEcosystem[p.ecosystem] = (byEcosystem[p.ecosystem] ?? 0) + 1;
        for (const l of new Set(p.licenses))
            licenseCount.set(l, (licenseCount.get(l) ?? 0) + 1);
    }
    const topLicenses = [...licenseCount]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 10)
        .map(([license, count]) => ({ license, count }));
    return {
        packages: list.length,
        byEcosystem,
        topLicenses,
        ...(os ? { os } : {}),
        list,
        ...(skipped.length > 0 ? { skipped } : {})
    };
}
/** Rows in the collapsible list; GitHub caps a step summary at 1 MiB. */
const MAX_ROWS = 3000;
function summaryMarkdown(summary, format) {
    const lines = [
        '### SBOM',
        '',
        `**${summary.packages} packages** (${format})${summary.os ? ` \u00b7 OS: ${cell(summary.os)}` : ''}`,
        ''
    ];
    if (summary.skipped) {
        lines.push(`**Incomplete:** cataloging left parts of the image out, and the SBOM says so.`, '', `<details><summary>${summary.skipped.length} problem(s)</summary>`, '', ...summary.skipped.map(problem => `- ${cell(problem)}`), '', '</details>', '');
    }
    const ecosystems = Object.entries(summary.byEcosystem).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (ecosystems.length > 0) {
        lines.push('| Ecosystem | Packages |', '| --- | ---: |', ...ecosystems.map(([e, n]) => `| ${cell(e)} | ${n} |`), '');
    }
    if (summary.topLicenses.length > 0) {
        lines.push('| License | Packages |', '| --- | ---: |', ...summary.topLicenses.map(l => `| ${cell(l.license)} | ${l.count} |`), '');
    }
    if (summary.list.length > 0) {
        lines.push(`<details><summary>All ${summary.packages} packages</summary>`, '', '| Package | Version | Ecosystem | Licenses |', '| --- | --- | --- | --- |');
        for (const p of summary.list.slice(0, MAX_ROWS)) {
            lines.push(`| ${cell(p.name)} | ${cell(p.version)} | ${cell(p.ecosystem)} | ${cell(p.licenses.join(', '))} |`);
        }
        if (summary.list.length > MAX_ROWS)
            lines.push('', `\u2026 and ${summary.list.length - MAX_ROWS} more (see the SBOM file).`);
        lines.push('', '</details>');
    }
    return `${lines.join('\n')}\n`;
}
/** Text as one markdown table cell: markdown and HTML characters escaped, on one line. */
function cell(value) {
    return value.replace(/[|\\`*_<>[\]]/g, c => `\\${c}`).replace(/\s+/g, ' ');
}


/***/ }),

/***/ 85039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QT: () => (/* reexport */ BUNDLE_MEDIA_TYPE_PREFIX),
  PY: () => (/* reexport */ COSIGN_ANNOTATIONS),
  u: () => (/* reexport */ verify_statement/* COSIGN_SIGN_PREDICATE */.u),
  Nr: () => (/* reexport */ DSSE_ENVELOPE_MEDIA_TYPE),
  T4: () => (/* reexport */ verify_statement/* IN_TOTO_PAYLOAD_TYPE */.T4),
  iZ: () => (/* reexport */ verify_statement/* PLATFORM_ANNOTATION */.iZ),
  OZ: () => (/* reexport */ verify_statement/* PLATFORM_MANIFEST_ANNOTATION */.OZ),
  $r: () => (/* reexport */ SIMPLE_SIGNING_MEDIA_TYPE),
  g7: () => (/* reexport */ verify_statement/* SIMPLE_SIGNING_TYPE */.g7),
  om: () => (/* reexport */ verify_statement/* STATEMENT_V1 */.om),
  fz: () => (/* reexport */ annotate),
  TQ: () => (/* reexport */ bundleFromLegacyLayer),
  $H: () => (/* reexport */ dockerfileImages),
  s6: () => (/* reexport */ evaluateDigest),
  aq: () => (/* reexport */ githubCandidates),
  $v: () => (/* reexport */ imageFailures),
  w_: () => (/* reexport */ legacyTag),
  n$: () => (/* reexport */ loadPolicyFile),
  G6: () => (/* reexport */ registryCandidates),
  qo: () => (/* reexport */ reportBuildxAttestations),
  r: () => (/* reexport */ resolveTrustRoot),
  RP: () => (/* reexport */ ruleForImage),
  o7: () => (/* reexport */ verify_statement/* subjectPlatform */.o7),
  eH: () => (/* reexport */ summaryMarkdown),
  rL: () => (/* reexport */ tufTarget),
  Am: () => (/* reexport */ verifyCandidates),
  rh: () => (/* reexport */ warnIfUnanchored),
  Eg: () => (/* reexport */ withTimestampedData),
  u5: () => (/* reexport */ writeReport)
});

// UNUSED EXPORTS: CLAIM_OIDS, MAX_SEVERITIES, artifactDigests, certificateIdentity, compileMatcher, describeMatcher, embeddedPublicGoodRoot, identityMismatch, isSbomPredicate, leafCertificate, loadTrustRootFile, parseBundle, parseStatement, subjectMatches, validateTrustedRoot, verifyBundle, verifyPrehashed

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/verify/encoding.ts
/**
 * Protobuf JSON carries bytes as base64 (standard or URL-safe alphabet, padding
 * optional). Node's decoder skips characters it does not know, so corrupted
 * fields would silently decode to other bytes: check them first.
 */
const STANDARD = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/;
const URL_SAFE = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}(?:==)?|[A-Za-z0-9_-]{3}=?)?$/;
function isStrictBase64(value) {
    return STANDARD.test(value) || URL_SAFE.test(value);
}

;// CONCATENATED MODULE: ./src/verify/bundle.ts




/** What every Sigstore bundle media type starts with, in any version. */
const BUNDLE_MEDIA_TYPE_PREFIX = 'application/vnd.dev.sigstore.bundle';
const MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.bundle(?:\+json;version=(\d+\.\d+)|\.v(\d+\.\d+)\+json)$/;
/** Fields of a serialized bundle that hold bytes, by the names protobuf JSON gives them. */
const BYTES_FIELDS = new Set([
    'rawBytes',
    'signature',
    'digest',
    'payload',
    'sig',
    'signedEntryTimestamp',
    'canonicalizedBody',
    'keyId',
    'rootHash',
    'signedTimestamp'
]);
/**
 * Parses a bundle and rejects what the verifier would otherwise accept or
 * crash on: an unknown media type, fields that are not base64, a shape not
 * allowed for its version (v0.1 needs inclusion promises, v0.2+ inclusion
 * proofs with checkpoints, v0.3 a single certificate), negative log indexes,
 * and a certificate chain that carries its own root.
 */
function parseBundle(json) {
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        throw invalid('not a JSON object');
    const mediaType = json.mediaType;
    const match = typeof mediaType === 'string' ? MEDIA_TYPE.exec(mediaType) : null;
    if (!match)
        throw invalid(`unknown media type ${JSON.stringify(mediaType)}`);
    const version = match[1] ?? match[2] ?? '';
    const badBytes = findBadBase64(json, '');
    if (badBytes)
        throw invalid(`${badBytes} is not valid base64`);
    let bundle;
    try {
        bundle = (0,dist.bundleFromJSON)(json);
        if (version === '0.1')
            (0,dist.assertBundleV01)(bundle);
        else if (version === '0.2')
            (0,dist.assertBundleV02)(bundle);
        else
            (0,dist.assertBundleLatest)(bundle);
    }
    catch (error) {
        throw invalid(`${(0,errors/* describeError */.Uc)(error)}${fieldsOf(error)}`);
    }
    const content = bundle.verificationMaterial.content;
    if (content.$case === 'x509CertificateChain') {
        for (const [i, cert] of content.x509CertificateChain.certificates.entries()) {
            let parsed;
            try {
                parsed = core_dist.X509Certificate.parse(Buffer.from(cert.rawBytes));
            }
            catch {
                throw invalid(`certificates[${i}] is not a DER certificate`);
            }
            if (parsed.subject.equals(parsed.issuer))
                throw invalid(`certificates[${i}] is a self-signed root; roots come from the trusted root, never the bundle`);
        }
    }
    for (const [i, entry] of bundle.verificationMaterial.tlogEntries.entries()) {
        if (!/^\d+$/.test(entry.logIndex))
            throw invalid(`tlogEntries[${i}].logIndex is not >= 0`);
        if (!/^\d+$/.test(entry.integratedTime))
            throw invalid(`tlogEntries[${i}].integratedTime is not >= 0`);
        const proof = entry.inclusionProof;
        if (proof && (!proof.checkpoint?.envelope || !/^\d+$/.test(proof.logIndex)))
            throw invalid(`tlogEntries[${i}].inclusionProof needs a checkpoint and a log index >= 0`);
    }
    return bundle;
}
function findBadBase64(value, path) {
    if (Array.isArray(value)) {
        for (const [i, item] of value.entries()) {
            const bad = findBadBase64(item, `${path}[${i}]`);
            if (bad)
                return bad;
        }
    }
    else if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value)) {
            const at = path ? `${path}.${key}` : key;
            if (typeof item === 'string' && BYTES_FIELDS.has(key)) {
                if (!isStrictBase64(item))
                    return at;
            }
            else if (key === 'hashes' && Array.isArray(item)) {
                const i = item.findIndex(h => typeof h !== 'string' || !isStrictBase64(h));
                if (i >= 0)
                    return `${at}[${i}]`;
            }
            else {
                const bad = findBadBase64(item, at);
                if (bad)
                    return bad;
            }
        }
    }
    return undefined;
}
function fieldsOf(error) {
    const fields = error.fields;
    return Array.isArray(fields) && fields.length > 0 ? ` (${fields.join(', ')})` : '';
}
function invalid(message) {
    return new errors/* ActionError */.lZ('VERIFICATION_FAILED', `invalid Sigstore bundle: ${message}`);
}
/** The signing (leaf) certificate of a keyless bundle; undefined for a key-signed one. */
function leafCertificate(bundle) {
    const content = bundle.verificationMaterial.content;
    const raw = content.$case === 'certificate'
        ? content.certificate.rawBytes
        : content.$case === 'x509CertificateChain'
            ? content.x509CertificateChain.certificates[0]?.rawBytes
            : undefined;
    return raw ? core_dist.X509Certificate.parse(Buffer.from(raw)) : undefined;
}

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
;// CONCATENATED MODULE: ./src/verify/identity.ts



/** Fulcio certificate extensions (1.3.6.1.4.1.57264.1.x) by what they say. */
const CLAIM_OIDS = {
    issuer: '1.3.6.1.4.1.57264.1.8',
    buildSignerURI: '1.3.6.1.4.1.57264.1.9',
    buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
    runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
    sourceRepositoryURI: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    sourceRepositoryIdentifier: '1.3.6.1.4.1.57264.1.15',
    sourceRepositoryOwnerURI: '1.3.6.1.4.1.57264.1.16',
    sourceRepositoryOwnerIdentifier: '1.3.6.1.4.1.57264.1.17',
    buildConfigURI: '1.3.6.1.4.1.57264.1.18',
    buildConfigDigest: '1.3.6.1.4.1.57264.1.19',
    buildTrigger: '1.3.6.1.4.1.57264.1.20',
    runInvocationURI: '1.3.6.1.4.1.57264.1.21',
    sourceRepositoryVisibilityAtSigning: '1.3.6.1.4.1.57264.1.22'
};
// Before 1.3.6.1.4.1.57264.1.8 Fulcio wrote these as raw strings (not DER).
const LEGACY_OIDS = {
    issuer: '1.3.6.1.4.1.57264.1.1',
    buildTrigger: '1.3.6.1.4.1.57264.1.2',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.3'
};
/**
 * The identity and claims a Fulcio certificate carries. A claim's DER extension that is
 * present but malformed rejects the certificate: falling back to the deprecated raw-string
 * extension (or to no value) would let a certificate choose which of two issuers counts.
 */
function certificateIdentity(cert) {
    const claims = {};
    for (const [name, oid] of Object.entries(CLAIM_OIDS)) {
        const value = cert.extension(oid) ? derString(cert, name, oid) : legacyClaim(cert, name);
        if (value !== undefined)
            claims[name] = value;
    }
    return { identity: cert.subjectAltName ?? '', issuer: claims.issuer, claims };
}
function legacyClaim(cert, name) {
    const oid = LEGACY_OIDS[name];
    return oid ? cert.extension(oid)?.value.toString('utf8') : undefined;
}
function derString(cert, name, oid) {
    const value = Buffer.from(cert.extension(oid)?.value ?? []);
    // The extension value is a DER UTF8String (tag 12) of valid UTF-8, and nothing after it.
    try {
        const parsed = core_dist.ASN1Obj.parseBuffer(value);
        if (parsed.tag.number === 12 &&
            parsed.tag.isUniversal() &&
            parsed.toDER().length === value.length)
            return new TextDecoder('utf-8', { fatal: true }).decode(parsed.value);
    }
    catch {
        // reported below
    }
    throw new errors/* ActionError */.lZ('VERIFICATION_FAILED', `the certificate's ${name} extension (${oid}) is not a DER UTF8String; a malformed Fulcio claim rejects the certificate`);
}
/**
 * Regexps match the WHOLE value: the pattern is wrapped as ^(?:pattern)$, so
 * `https://github.com/acme/app/` never matches `https://github.com/acme/app-evil/`
 * by accident. cosign's regexps are unanchored; a pattern written for cosign
 * that relied on partial matching must spell out the rest (e.g. `.*`).
 */
function compileMatcher(matcher, what) {
    if ('exact' in matcher)
        return value => value === matcher.exact;
    let pattern;
    try {
        pattern = new RegExp(`^(?:${matcher.regexp})$`);
    }
    catch (error) {
        throw new errors/* ActionError */.lZ('INPUT_INVALID', `${what} regexp ${JSON.stringify(matcher.regexp)} is invalid: ${error.message}`);
    }
    return value => pattern.test(value);
}
/** Warns about a user's pattern that relies on implicit anchoring, once per pattern. */
const warned = new Set();
function warnIfUnanchored(regexp, what) {
    if ((regexp.startsWith('^') && regexp.endsWith('$') && !regexp.endsWith('\\$')) ||
        warned.has(regexp))
        return;
    warned.add(regexp);
    log/* log */.Rm.warning(`${what} regexp ${JSON.stringify(regexp)} is not anchored with ^ and $; it is matched against ` +
        `the whole value here (as ^(?:\u2026)$), but cosign and other verifiers match it anywhere, so ` +
        `write the anchors to make it mean the same everywhere`);
}
function describeMatcher(matcher) {
    return 'exact' in matcher ? JSON.stringify(matcher.exact) : `/^(?:${matcher.regexp})$/`;
}
/** Why the certificate does not satisfy the policy, or undefined when it does. */
function identityMismatch(actual, policy) {
    if (!compileMatcher(policy.identity, 'certificate identity')(actual.identity))
        return `certificate identity ${JSON.stringify(actual.identity)} does not match ${describeMatcher(policy.identity)}`;
    if (actual.issuer === undefined)
        return 'certificate has no OIDC issuer extension';
    if (!compileMatcher(policy.issuer, 'OIDC issuer')(actual.issuer))
        return `OIDC issuer ${JSON.stringify(actual.issuer)} does not match ${describeMatcher(policy.issuer)}`;
    for (const [name, expected] of Object.entries(policy.claims ?? {})) {
        const value = actual.claims[name];
        if (value !== expected)
            return `certificate claim ${name} (${CLAIM_OIDS[name]}) is ${value === undefined ? 'absent' : JSON.stringify(value)}, expected ${JSON.stringify(expected)}`;
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/verify/prehash.ts

/**
 * Verifies a signature when only the digest of the signed data is known (a
 * message-signature bundle checked against an artifact digest). Node's crypto
 * always hashes the message itself, so ECDSA is checked here from the curve
 * equations and RSA PKCS#1 v1.5 by recovering the DigestInfo.
 */
function verifyPrehashed(key, digest, signature) {
    try {
        if (key.asymmetricKeyType === 'ec')
            return verifyEcdsa(key, digest, signature);
        if (key.asymmetricKeyType === 'rsa')
            return verifyRsaPkcs1(key, digest, signature);
    }
    catch {
        return false;
    }
    return false;
}
// NIST curve parameters (FIPS 186-4, D.1.2).
const CURVES = {
    prime256v1: {
        p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
        a: 0xffffffff00000001000000000000000000000000fffffffffffffffffffffffcn,
        n: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
        g: {
            x: 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n,
            y: 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n
        },
        bytes: 32
    },
    secp384r1: {
        p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffffn,
        a: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000fffffffcn,
        n: 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
        g: {
            x: 0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7n,
            y: 0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5fn
        },
        bytes: 48
    }
};
function verifyEcdsa(key, digest, signature) {
    const curve = CURVES[key.asymmetricKeyDetails?.namedCurve ?? ''];
    if (!curve)
        return false;
    const jwk = key.export({ format: 'jwk' });
    if (!jwk.x || !jwk.y)
        return false;
    const q = {
        x: toBigInt(Buffer.from(jwk.x, 'base64url')),
        y: toBigInt(Buffer.from(jwk.y, 'base64url'))
    };
    const rs = parseDerSignature(signature);
    if (!rs)
        return false;
    const { r, s } = rs;
    const { n } = curve;
    if (r <= 0n || r >= n || s <= 0n || s >= n)
        return false;
    // The digest is truncated to the bit length of n (SEC 1, 4.1.4 step 5).
    const e = toBigInt(digest.subarray(0, curve.bytes));
    const w = inverse(s, n);
    const point = add(curve, multiply(curve, curve.g, mod(e * w, n)), multiply(curve, q, mod(r * w, n)));
    return point !== null && mod(point.x, n) === r;
}
function parseDerSignature(der) {
    let at = 0;
    const read = () => {
        const byte = der[at++];
        if (byte === undefined)
            throw new Error('truncated signature');
        return byte;
    };
    const length = () => {
        const first = read();
        if (first < 0x80)
            return first;
        let value = 0;
        for (let i = 0; i < (first & 0x7f); i++)
            value = value * 256 + read();
        return value;
    };
    if (read() !== 0x30)
        return undefined;
    if (length() !== der.length - at)
        return undefined;
    const integer = () => {
        if (read() !== 0x02)
            throw new Error('not an INTEGER');
        const size = length();
        const value = der.subarray(at, at + size);
        if (value.length !== size)
            throw new Error('truncated INTEGER');
        at += size;
        return toBigInt(value);
    };
    const r = integer();
    const s = integer();
    return at === der.length ? { r, s } : undefined;
}
function toBigInt(bytes) {
    return bytes.length === 0 ? 0n : BigInt(`0x${bytes.toString('hex')}`);
}
function mod(a, m) {
    const r = a % m;
    return r < 0n ? r + m : r;
}
function inverse(a, m) {
    let [oldR, r] = [mod(a, m), m];
    let [oldS, s] = [1n, 0n];
    while (r !== 0n) {
        const q = oldR / r;
        [oldR, r] = [r, oldR - q * r];
        [oldS, s] = [s, oldS - q * s];
    }
    return mod(oldS, m);
}
function add(curve, p1, p2) {
    if (p1 === null)
        return p2;
    if (p2 === null)
        return p1;
    const { p } = curve;
    let lambda;
    if (p1.x === p2.x) {
        if (mod(p1.y + p2.y, p) === 0n)
            return null;
        lambda = mod((3n * p1.x * p1.x + curve.a) * inverse(2n * p1.y, p), p);
    }
    else {
        lambda = mod((p2.y - p1.y) * inverse(p2.x - p1.x, p), p);
    }
    const x = mod(lambda * lambda - p1.x - p2.x, p);
    return { x, y: mod(lambda * (p1.x - x) - p1.y, p) };
}
function multiply(curve, point, k) {
    let result = null;
    let addend = point;
    for (let bits = k; bits > 0n; bits >>= 1n) {
        if (bits & 1n)
            result = add(curve, result, addend);
        addend = add(curve, addend, addend);
    }
    return result;
}
// DER DigestInfo prefixes (RFC 8017, 9.2 note 1).
const DIGEST_INFO = {
    32: Buffer.from('3031300d060960864801650304020105000420', 'hex'),
    48: Buffer.from('3041300d060960864801650304020205000430', 'hex'),
    64: Buffer.from('3051300d060960864801650304020305000440', 'hex')
};
function verifyRsaPkcs1(key, digest, signature) {
    const prefix = DIGEST_INFO[digest.length];
    if (!prefix)
        return false;
    const recovered = (0,external_node_crypto_.publicDecrypt)({ key, padding: external_node_crypto_.constants.RSA_PKCS1_PADDING }, signature);
    return recovered.equals(Buffer.concat([prefix, digest]));
}

// EXTERNAL MODULE: ./src/verify/statement.ts
var verify_statement = __webpack_require__(28256);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/seeds.json
var seeds = __webpack_require__(8032);
// EXTERNAL MODULE: ./src/json.ts
var src_json = __webpack_require__(8301);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/dist/index.js
var tuf_dist = __webpack_require__(84423);
;// CONCATENATED MODULE: ./src/verify/roots/tuf-repo.github.com.root.json
const tuf_repo_github_com_root_namespaceObject = /*#__PURE__*/JSON.parse('{"signatures":[{"keyid":"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","sig":""},{"keyid":"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","sig":""},{"keyid":"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","sig":""},{"keyid":"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","sig":"3046022100ca341d3ba2ef7657d69c2825729959681f55aec497b612e81a547e2abb616b49022100cd605b412a3d991f92e0818e07e60383bbd23904723eec221d6e39fdfeae3104"},{"keyid":"5e01c9a0b2641a8965a4a74e7df0bc7b2d8278a2c3ca0cf7a3f2f783d3c69800","sig":"3046022100d0f70effe60d6a18319e2890088cd01d45c654ee6d2ce1d5c3cdcf2dc7f637570221008f947a2d7334d948f1c4794b0a465f1dfb99a578dd8d1f4563cee0581f457db2"},{"keyid":"54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44","sig":"304502201ae931db1c48020fb37af54d446ac856306f619dfc3f93ddcff70d2880e443dc022100992b70451aa74805adef24e85ec352e598812267f623979bd4ce719b66b62d22"},{"keyid":"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","sig":"3045022023bba8e14c177609f43873aa0087ef983ddd2bad9a0a832c0cf279e1be8798f2022100facfaecc1d7ee793042eaaa6970fb9ca700c3bdbf4ee43ed0f8d0fc3aef96563"},{"keyid":"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","sig":"3046022100d2f6cceb05d135ce6a6ce7fe1dc76c24508154ad71c433028e64ca95ba716ffb022100f0592d60eb67508dd5f9cc593a4cca33bbaf94882c3d74a560fda845a456c6cc"},{"keyid":"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","sig":"30450221009af2f0c534ed92de909a3b727f7101319c18e10623de8f48a0eba980d3d54d830220095842b16c58567c71f9dfa0b54e79daca1b2fecf3cb2ea4ee6d8393bdf93294"}],"signed":{"_type":"root","consistent_snapshot":true,"expires":"2025-04-11T14:36:57Z","keys":{"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENki7aZVips5SgRzCd/Om0CGzQKY/\\nnv84giqVDmdwb2ys82Z6soFLasvYYEEQcwqaC170n9gr93wHUgPc796uJA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@ashtom"},"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAElD0o2sOZN9n3RKQ7PtMLAoXj+2Ai\\nn4PKT/pfnzDlNLrD3VTQwCc4sR4t+OLu4KQ+qk+kXkR9YuBsu3bdJZ1OWw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@nerdneha"},"54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEimKcdST+ORD+g0aGEFDOVZDAaIYg\\nIgesNKiIe2L7MUsYx5UHhzQ08quvew13eYSCNJnfwooFZu7cdTu8AwqFjQ==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@alexiswales"},"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEBagkskNOpOTbetTX5CdnvMy+LiWn\\nonRrNrqAHL4WgiebH7Uig7GLhC3bkeA/qgb926/vr9qhOPG9Buj2HatrPw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@gregose"},"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE7IEoVNwrprchXGhT5sAhSax7SOd3\\n8duuISghCzfmHdKJWSbV2wJRamRiUVRtmA83K/qm5cT20WXMCT5QeM/D3A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@trevrosen"},"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEC2wJ3xscyXxBLybJ9FVjwkyQMe53\\nRHUz77AjMO8MzVaT8xw6ZvJqdNZiytYtigWULlINxw6frNsWJKb/f7lC8A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@kommendorkapten"},"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEDdORwcruW3gqAgaLjH/nNdGMB4kQ\\nAvA+wD6DyO4P/wR8ee2ce83NZHq1ZADKhve0rlYKaKy3CqyQ5SmlZ36Zhw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@krukow"},"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENynVdQnM9h7xU71G7PiJpQaDemub\\nkbjsjYwLlPJTQVuxQO8WeIpJf8MEh5rf01t2dDIuCsZ5gRx+QvDv0UzfsA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@mph4"},"eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENKNcNcX+d73lS1TRFb9Vnp8JvOoh\\nzYQ+in43iGenbG8RGo9L/6FJ2hoRbVU6xskvyuErcdPbCdI4GxrQ5i8hkw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-online-uri":"azurekms://production-tuf-root.vault.azure.net/keys/Online-Key/aaf375fd8ed24acb949a5cc173700b05"}},"roles":{"root":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44"],"threshold":3},"snapshot":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":21,"x-tuf-on-ci-signing-period":7},"targets":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44"],"threshold":3},"timestamp":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":7,"x-tuf-on-ci-signing-period":6}},"spec_version":"1.0.31","version":3,"x-tuf-on-ci-expiry-period":240,"x-tuf-on-ci-signing-period":60}}');
;// CONCATENATED MODULE: ./src/verify/tuf.ts





const TUF_MIRRORS = {
    'public-good': 'https://tuf-repo-cdn.sigstore.dev',
    github: 'https://tuf-repo.github.com'
};
const clients = new Map();
/**
 * A target of an instance's TUF repository, its metadata checked by @sigstore/tuf from the
 * root it trusts: the one in @sigstore/tuf's seeds for public-good, GitHub's root.json
 * (embedded here, as `gh` embeds it) for GitHub. `cached` reads only what an earlier run
 * left in the TUF cache (no network), for offline runs.
 */
async function tufTarget(instance, target, cached = false) {
    const key = `${instance}:${cached}`;
    let client = clients.get(key);
    if (!client) {
        client = (0,tuf_dist.initTUF)({
            mirrorURL: TUF_MIRRORS[instance],
            rootPath: instance === 'github' ? embeddedRootFile() : undefined,
            forceCache: cached,
            timeout: 10_000,
            retry: 1
        });
        clients.set(key, client);
        client.catch(() => clients.delete(key));
    }
    return (await client).getTarget(target);
}
/** @sigstore/tuf takes the initial root as a file; ncc bundles the JSON into the code. */
function embeddedRootFile() {
    const path = (0,external_node_path_.join)((0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'sbom-sign-tuf-')), 'root.json');
    (0,external_node_fs_.writeFileSync)(path, JSON.stringify(tuf_repo_github_com_root_namespaceObject));
    return path;
}

;// CONCATENATED MODULE: ./src/verify/trust-root.ts










const TRUSTED_ROOT_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.trustedroot(\.v\d+\.\d+)?\+json/;
const TRUSTED_ROOT_TARGET = 'trusted_root.json';
/**
 * The trust root for verification: the given file, else the instance's root through TUF.
 * When TUF is unreachable (or offline), public-good falls back to the copy embedded in
 * @sigstore/tuf, and GitHub's instance to what an earlier run left in the TUF cache; GitHub
 * publishes its trusted_root.json only through its TUF repository, so without either it
 * fails closed.
 */
async function resolveTrustRoot(options) {
    if (options.path)
        return loadTrustRootFile(options.path);
    if (options.instance === 'github')
        return githubRoot(Boolean(options.offline));
    if (options.offline)
        return embeddedPublicGoodRoot();
    try {
        return await fromTuf('public-good', false);
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ)
            throw error;
        log/* log */.Rm.notice(`the public-good trust root could not be refreshed through TUF (${(0,errors/* describeError */.Uc)(error)}); ` +
            'using the copy embedded in this action');
        return embeddedPublicGoodRoot();
    }
}
async function githubRoot(offline) {
    let reason = 'offline is set';
    if (!offline)
        try {
            return await fromTuf('github', false);
        }
        catch (error) {
            if (error instanceof errors/* ActionError */.lZ)
                throw error;
            reason = (0,errors/* describeError */.Uc)(error);
        }
    try {
        const cached = await fromTuf('github', true);
        log/* log */.Rm.notice(`GitHub's trust root could not be refreshed from ${TUF_MIRRORS.github} (${reason}); ` +
            'using the copy cached by an earlier run');
        return cached;
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ)
            throw error;
        throw new errors/* ActionError */.lZ('NETWORK_ERROR', `GitHub's trust root could not be fetched from ${TUF_MIRRORS.github} (${reason}) and no ` +
            'earlier copy is cached', {
            hint: 'Allow the runner to reach tuf-repo.github.com, or give "trusted-root" (e.g. from ' +
                '"gh attestation trusted-root --tuf-url https://tuf-repo.github.com --tuf-root <root.json>")'
        });
    }
}
async function fromTuf(instance, cached) {
    const source = `${instance} (TUF${cached ? ' cache' : ''})`;
    const json = JSON.parse(await tufTarget(instance, TRUSTED_ROOT_TARGET, cached));
    return { root: validateTrustedRoot(json, source), source };
}
function loadTrustRootFile(path) {
    let json;
    try {
        json = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new errors/* ActionError */.lZ('TRUST_ROOT_INVALID', `trusted root ${path}: ${(0,errors/* describeError */.Uc)(error)}`, {
            hint: 'Give the path of a trusted_root.json (Sigstore TrustedRoot, JSON)'
        });
    }
    return { root: validateTrustedRoot(json, path), source: path };
}
/** The public-good trusted_root.json shipped inside @sigstore/tuf (seeds.json, base64). */
function embeddedPublicGoodRoot() {
    const source = 'public-good (embedded)';
    const encoded = seeds[TUF_MIRRORS['public-good']]?.targets?.[TRUSTED_ROOT_TARGET];
    if (!encoded)
        throw new errors/* ActionError */.lZ('TRUST_ROOT_INVALID', 'no embedded public-good trusted root found', {
            hint: 'Give "trusted-root" explicitly'
        });
    const json = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
    return { root: validateTrustedRoot(json, source), source };
}
/**
 * Checks the parts of a trusted root that verification relies on and that the
 * library silently defaults: every key and CA needs a validity start (a missing
 * start would make it trusted since the beginning of time), parseable key and
 * certificate bytes, and a log ID.
 */
function validateTrustedRoot(json, source) {
    const problems = [];
    if (!(0,src_json/* isJsonObject */.O)(json))
        throw trust_root_invalid(source, ['not a JSON object']);
    if (typeof json.mediaType !== 'string' || !TRUSTED_ROOT_MEDIA_TYPE.test(json.mediaType))
        problems.push(`mediaType ${JSON.stringify(json.mediaType)} is not a Sigstore trusted root`);
    for (const field of ['tlogs', 'ctlogs']) {
        arrayField(json, field, problems).forEach((log, i) => checkTransparencyLog(log, `${field}[${i}]`, problems));
    }
    for (const field of ['certificateAuthorities', 'timestampAuthorities']) {
        arrayField(json, field, problems).forEach((ca, i) => checkCertificateAuthority(ca, `${field}[${i}]`, problems));
    }
    if (problems.length > 0)
        throw trust_root_invalid(source, problems);
    try {
        return protobuf_specs_dist.TrustedRoot.fromJSON(json);
    }
    catch (error) {
        throw trust_root_invalid(source, [(0,errors/* describeError */.Uc)(error)]);
    }
}
function checkTransparencyLog(value, at, problems) {
    if (!(0,src_json/* isJsonObject */.O)(value))
        return void problems.push(`${at} is not an object`);
    const name = typeof value.baseUrl === 'string' ? `${at} (${value.baseUrl})` : at;
    const key = value.publicKey;
    if (!(0,src_json/* isJsonObject */.O)(key))
        return void problems.push(`${name} has no publicKey`);
    if (typeof key.rawBytes !== 'string' || !isStrictBase64(key.rawBytes))
        problems.push(`${name} publicKey.rawBytes is missing or not base64`);
    else {
        const der = Buffer.from(key.rawBytes, 'base64');
        if (!['spki', 'pkcs1'].some(type => parsesAsKey(der, type)))
            problems.push(`${name} publicKey.rawBytes is not a public key`);
    }
    checkValidity(key.validFor, `${name} publicKey.validFor`, problems);
    const logId = value.logId;
    if (!(0,src_json/* isJsonObject */.O)(logId) || typeof logId.keyId !== 'string' || !isStrictBase64(logId.keyId))
        problems.push(`${name} has no logId.keyId`);
}
function parsesAsKey(der, type) {
    try {
        (0,external_node_crypto_.createPublicKey)({ key: der, format: 'der', type });
        return true;
    }
    catch {
        return false;
    }
}
function checkCertificateAuthority(value, at, problems) {
    if (!(0,src_json/* isJsonObject */.O)(value))
        return void problems.push(`${at} is not an object`);
    const name = typeof value.uri === 'string' ? `${at} (${value.uri})` : at;
    const certificates = (0,src_json/* isJsonObject */.O)(value.certChain) ? value.certChain.certificates : undefined;
    if (!Array.isArray(certificates) || certificates.length === 0)
        problems.push(`${name} has no certChain.certificates`);
    else
        certificates.forEach((cert, i) => {
            const raw = (0,src_json/* isJsonObject */.O)(cert) ? cert.rawBytes : undefined;
            try {
                if (typeof raw !== 'string' || !isStrictBase64(raw))
                    throw new Error('not base64');
                core_dist.X509Certificate.parse(Buffer.from(raw, 'base64'));
            }
            catch {
                problems.push(`${name} certChain.certificates[${i}] is not a DER certificate`);
            }
        });
    checkValidity(value.validFor, `${name} validFor`, problems);
}
function checkValidity(value, at, problems) {
    if (!(0,src_json/* isJsonObject */.O)(value) || value.start === undefined || value.start === null)
        return void problems.push(`${at}.start is missing (a key or CA must say since when it is valid)`);
    const start = parseTime(value.start);
    if (start === undefined)
        return void problems.push(`${at}.start is not an RFC 3339 time`);
    if (value.end === undefined || value.end === null)
        return;
    const end = parseTime(value.end);
    if (end === undefined)
        problems.push(`${at}.end is not an RFC 3339 time`);
    else if (end < start)
        problems.push(`${at}.end is before its start`);
}
function parseTime(value) {
    if (typeof value !== 'string')
        return undefined;
    const time = Date.parse(value);
    return Number.isNaN(time) ? undefined : time;
}
function arrayField(json, field, problems) {
    const value = json[field];
    if (value === undefined)
        return [];
    if (!Array.isArray(value)) {
        problems.push(`${field} is not an array`);
        return [];
    }
    return value;
}
function trust_root_invalid(source, problems) {
    return new errors/* ActionError */.lZ('TRUST_ROOT_INVALID', `trusted root ${source} is invalid: ${problems.join('; ')}`, { hint: "Use the instance's published trusted_root.json unmodified" });
}

// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
;// CONCATENATED MODULE: ./src/verify/verify-bundle.ts









/**
 * How far a log's or timestamp authority's clock may run ahead of ours. A signing time
 * later than that is refused: it can only come from a faulty or dishonest service, and
 * it would make any signature look young enough for max-age.
 */
const MAX_CLOCK_SKEW_SECONDS = 60;
/**
 * Verifies one bundle: certificate chain to the trusted root at the signing
 * time, SCT, transparency log inclusion (or signed timestamp), the signature,
 * then what the library leaves to its caller: the signer identity compared
 * exactly (or by anchored regexp) and the signed content bound to the artifact.
 * Throws ActionError VERIFICATION_FAILED with the reason.
 */
function verifyBundle(bundle, options) {
    const { root, signer, artifact } = options;
    const material = bundle.verificationMaterial;
    const keyBased = material.content.$case === 'publicKey';
    if ('key' in signer && !keyBased)
        fail('the bundle is signed with a certificate, not a key; verify it with an identity policy');
    if ('identity' in signer && keyBased)
        fail('the bundle is signed with a key; verify it with that public key');
    const entity = withTimestampedData(signedEntity(bundle, artifact), options.timestampedData);
    const hasTlog = material.tlogEntries.length > 0;
    const verifierOptions = keyBased
        ? // With a key, trust rests on the key; logs and timestamps present are still checked.
            { ctlogThreshold: 0, tlogThreshold: 0, timestampThreshold: 0 }
        : // Keyless needs a trusted time inside the short-lived certificate's validity:
            // a log entry, or (GitHub's private instance, no log) an RFC 3161 timestamp. An SCT is
            // required wherever the root names a CT log; GitHub's root names none, and its Fulcio
            // issues certificates without SCTs (gh checks them the same way).
            {
                ctlogThreshold: root.ctlogs.length > 0 ? 1 : 0,
                tlogThreshold: hasTlog ? 1 : 0,
                timestampThreshold: 1
            };
    const trust = 'key' in signer
        ? (0,verify_dist/* toTrustMaterial */.jO)(root, () => ({ publicKey: signer.key, validFor: () => true }))
        : (0,verify_dist/* toTrustMaterial */.jO)(root);
    try {
        new verify_dist/* Verifier */.BL(trust, verifierOptions).verify(entity);
    }
    catch (error) {
        fail((0,errors/* describeError */.Uc)(error));
    }
    let identity = 'key';
    if ('identity' in signer) {
        const leaf = leafCertificate(bundle);
        if (!leaf)
            fail('the bundle has no signing certificate');
        identity = certificateIdentity(leaf);
        const mismatch = identityMismatch(identity, signer.identity);
        if (mismatch)
            fail(mismatch);
    }
    const result = { signer: identity, timestamps: verifiedTimestamps(bundle) };
    const now = options.now ?? new Date();
    const future = result.timestamps.find(time => time.getTime() > now.getTime() + MAX_CLOCK_SKEW_SECONDS * 1000);
    if (future)
        fail(`the signing time ${future.toISOString()} lies in the future (now ${now.toISOString()}, ` +
            `allowed clock skew ${MAX_CLOCK_SKEW_SECONDS} s)`);
    if (bundle.content.$case === 'dsseEnvelope') {
        const envelope = bundle.content.dsseEnvelope;
        result.payloadType = envelope.payloadType;
        result.payload = envelope.payload;
        result.statement = (0,verify_statement/* parseStatement */.By)(envelope.payloadType, envelope.payload);
        if (artifact) {
            if (!result.statement)
                fail(`the DSSE payload (${envelope.payloadType}) is not an in-toto statement`);
            const digests = (0,verify_statement/* artifactDigests */.sf)(artifact);
            if (!result.statement.subject.some(subject => (0,verify_statement/* subjectMatches */.qE)(subject, digests)))
                fail(`no subject of the signed statement has the artifact's digest (${describeDigests(digests)})`);
        }
    }
    return result;
}
/**
 * The entity with its RFC 3161 timestamps checked over `data` instead of the signature bytes
 * (@sigstore/verify hashes `signature.signature` for them and for nothing else); every other
 * check still sees the real signature.
 */
function withTimestampedData(entity, data) {
    if (!data)
        return entity;
    const real = entity.signature;
    const signature = {
        signature: data,
        compareSignature: s => real.compareSignature(s),
        compareDigest: d => real.compareDigest(d),
        compareSignedDigest: d => real.compareSignedDigest(d),
        verifySignature: key => real.verifySignature(key)
    };
    return { ...entity, signature };
}
function signedEntity(bundle, artifact) {
    if (bundle.content.$case === 'dsseEnvelope')
        return (0,verify_dist/* toSignedEntity */.DC)(bundle);
    const message = bundle.content.messageSignature;
    if (!artifact)
        fail('a message signature can only be verified against an artifact');
    const algorithm = hashName(message.messageDigest?.algorithm);
    if ('bytes' in artifact) {
        const actual = (0,external_node_crypto_.createHash)(algorithm).update(artifact.bytes).digest();
        if (!message.messageDigest || !actual.equals(message.messageDigest.digest))
            fail("the bundle's message digest is not the artifact's digest");
        return (0,verify_dist/* toSignedEntity */.DC)(bundle, artifact.bytes);
    }
    const [digestAlgorithm, hex] = artifact.digest.split(':');
    if (digestAlgorithm !== algorithm || !hex)
        fail(`the bundle signs a ${algorithm} digest, but ${artifact.digest} was given`);
    const digest = Buffer.from(hex, 'hex');
    if (!message.messageDigest || !digest.equals(message.messageDigest.digest))
        fail("the bundle's message digest is not the artifact's digest");
    return { ...(0,verify_dist/* toSignedEntity */.DC)(bundle), signature: prehashedContent(message, digest) };
}
/** Signature content for a message signature known only by the artifact's digest. */
function prehashedContent(message, digest) {
    return {
        signature: message.signature,
        compareSignature: (signature) => signature.equals(message.signature),
        compareDigest: (other) => other.equals(digest),
        compareSignedDigest: (other) => other.equals(digest),
        verifySignature: (key) => verifyPrehashed(key, digest, message.signature)
    };
}
function hashName(algorithm) {
    switch (algorithm) {
        case protobuf_specs_dist.HashAlgorithm.SHA2_384:
            return 'sha384';
        case protobuf_specs_dist.HashAlgorithm.SHA2_512:
            return 'sha512';
        default:
            return 'sha256';
    }
}
/** The times the verifier has just checked: SET-backed log integration and RFC 3161 tokens. */
function verifiedTimestamps(bundle) {
    const times = [];
    for (const entry of bundle.verificationMaterial.tlogEntries)
        if (entry.inclusionPromise && entry.integratedTime !== '0')
            times.push(new Date(Number(entry.integratedTime) * 1000));
    for (const ts of bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? [])
        times.push(core_dist.RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp)).signingTime);
    return times.sort((a, b) => a.getTime() - b.getTime());
}
function describeDigests(digests) {
    const sha256 = digests.sha256;
    if (sha256)
        return `sha256:${sha256}`;
    return Object.entries(digests)
        .map(([a, h]) => `${a}:${h}`)
        .join(', ');
}
function fail(message) {
    throw new errors/* ActionError */.lZ('VERIFICATION_FAILED', message);
}

// EXTERNAL MODULE: ./src/oci/index.ts + 18 modules
var oci = __webpack_require__(62786);
;// CONCATENATED MODULE: ./src/verify/legacy.ts


/** Layer media types of cosign's legacy .sig and .att manifests. */
const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
const DSSE_ENVELOPE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
/** The layer annotations cosign v2 writes next to each signature or attestation. */
const COSIGN_ANNOTATIONS = {
    signature: 'dev.cosignproject.cosign/signature',
    certificate: 'dev.sigstore.cosign/certificate',
    chain: 'dev.sigstore.cosign/chain',
    bundle: 'dev.sigstore.cosign/bundle',
    timestamp: 'dev.sigstore.cosign/rfc3161timestamp',
    predicateType: 'predicateType'
};
/** `sha256-<hex>.sig` / `.att`: where cosign v2 keeps signatures and attestations. */
function legacyTag(digest, suffix) {
    return `${(0,oci/* referrersTag */.LN)(digest)}.${suffix}`;
}
/**
 * Rebuilds a Sigstore bundle (v0.1 shape) from one layer of a cosign legacy
 * .sig or .att manifest, so that both formats go through the same verifier:
 * the layer annotations carry the signature, the leaf certificate, the Rekor
 * entry with its signed entry timestamp, and an optional RFC 3161 token. The
 * chain annotation is left out on purpose: intermediates and roots come from
 * the trusted root, never from the registry. `keyHint` names the key of a
 * key-signed layer (one without a certificate).
 */
function bundleFromLegacyLayer(mediaType, annotations, blob, keyHint = '') {
    const verificationMaterial = {
        tlogEntries: tlogEntries(annotations[COSIGN_ANNOTATIONS.bundle])
    };
    const certificate = annotations[COSIGN_ANNOTATIONS.certificate];
    if (certificate) {
        let der;
        try {
            der = new external_node_crypto_.X509Certificate(certificate).raw;
        }
        catch {
            throw new Error('the certificate annotation is not a PEM certificate');
        }
        verificationMaterial.x509CertificateChain = {
            certificates: [{ rawBytes: der.toString('base64') }]
        };
    }
    else {
        verificationMaterial.publicKey = { hint: keyHint };
    }
    const timestamp = annotations[COSIGN_ANNOTATIONS.timestamp];
    if (timestamp) {
        const parsed = JSON.parse(timestamp);
        if (!parsed.SignedRFC3161Timestamp)
            throw new Error('the timestamp annotation has no token');
        verificationMaterial.timestampVerificationData = {
            rfc3161Timestamps: [{ signedTimestamp: parsed.SignedRFC3161Timestamp }]
        };
    }
    const bundle = {
        mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
        verificationMaterial
    };
    if (mediaType === SIMPLE_SIGNING_MEDIA_TYPE) {
        const signature = annotations[COSIGN_ANNOTATIONS.signature];
        if (!signature)
            throw new Error('the layer has no signature annotation');
        bundle.messageSignature = {
            messageDigest: {
                algorithm: 'SHA2_256',
                digest: (0,external_node_crypto_.createHash)('sha256').update(blob).digest('base64')
            },
            signature
        };
    }
    else if (mediaType === DSSE_ENVELOPE_MEDIA_TYPE) {
        const envelope = JSON.parse(blob.toString('utf8'));
        bundle.dsseEnvelope = {
            payloadType: envelope.payloadType,
            payload: envelope.payload,
            signatures: (envelope.signatures ?? []).map(s => ({ sig: s.sig, keyid: s.keyid ?? '' }))
        };
    }
    else {
        throw new Error(`unexpected layer media type ${mediaType}`);
    }
    return bundle;
}
function tlogEntries(annotation) {
    if (!annotation)
        return [];
    const rekor = JSON.parse(annotation);
    const payload = rekor.Payload;
    if (!payload?.body || !payload.logID || !rekor.SignedEntryTimestamp)
        throw new Error('the Rekor bundle annotation is incomplete');
    const body = JSON.parse(Buffer.from(payload.body, 'base64').toString('utf8'));
    return [
        {
            logIndex: String(payload.logIndex),
            logId: { keyId: Buffer.from(payload.logID, 'hex').toString('base64') },
            kindVersion: { kind: body.kind, version: body.apiVersion },
            integratedTime: String(payload.integratedTime),
            inclusionPromise: { signedEntryTimestamp: rekor.SignedEntryTimestamp },
            canonicalizedBody: payload.body
        }
    ];
}

;// CONCATENATED MODULE: ./src/verify/discover.ts



/**
 * Everything in the registry that claims to sign or attest `digest`: Sigstore
 * bundles stored as OCI 1.1 referrers (the referrers API or its fallback tag),
 * and cosign's legacy `sha256-<hex>.sig` / `.att` tags. Registry failures
 * propagate: an unreachable registry is an error, never "unsigned". Content
 * that is malformed becomes a candidate that will fail verification, so it
 * shows in the report.
 */
async function registryCandidates(client, ref, digest) {
    const [referrers, signatures, attestations] = await Promise.all([
        referrerCandidates(client, ref, digest),
        legacyCandidates(client, ref, digest, 'sig'),
        legacyCandidates(client, ref, digest, 'att')
    ]);
    return [...referrers, ...signatures, ...attestations];
}
async function referrerCandidates(client, ref, digest) {
    const descriptors = await client.referrers(ref, digest);
    const relevant = descriptors.filter(d => d.artifactType === undefined || d.artifactType.startsWith(BUNDLE_MEDIA_TYPE_PREFIX));
    const candidates = [];
    for (const descriptor of relevant) {
        const origin = `referrer ${descriptor.digest}`;
        const { bytes } = await client.getManifest(ref, descriptor.digest);
        const manifest = parseJson(bytes);
        const layers = manifest?.layers ?? [];
        const artifactType = manifest?.artifactType ?? manifest?.config?.mediaType ?? '';
        // Not a Sigstore bundle referrer (an SBOM file, a signature of another kind): not ours to judge.
        if (!artifactType.startsWith(BUNDLE_MEDIA_TYPE_PREFIX))
            continue;
        const layer = layers[0];
        if (layers.length !== 1 || !layer?.mediaType.startsWith(BUNDLE_MEDIA_TYPE_PREFIX)) {
            candidates.push({ origin, bundle: undefined, problem: 'not exactly one bundle layer' });
            continue;
        }
        if (manifest?.subject?.digest !== digest) {
            const subject = manifest?.subject?.digest ?? 'nothing';
            candidates.push({ origin, bundle: undefined, problem: `its subject is ${subject}` });
            continue;
        }
        candidates.push({ origin, bundle: parseJson(await client.getBlob(ref, layer.digest)) });
    }
    return candidates;
}
async function legacyCandidates(client, ref, digest, suffix) {
    const tag = legacyTag(digest, suffix);
    const head = await client.headManifest(ref, tag);
    if (!head)
        return [];
    const { bytes } = await client.getManifest(ref, tag);
    const manifest = parseJson(bytes);
    const expected = suffix === 'sig' ? SIMPLE_SIGNING_MEDIA_TYPE : DSSE_ENVELOPE_MEDIA_TYPE;
    const candidates = [];
    for (const [i, layer] of (manifest?.layers ?? []).entries()) {
        const origin = `${tag} layer ${i}`;
        if (layer.mediaType !== expected)
            continue;
        const blob = await client.getBlob(ref, layer.digest);
        try {
            const bundle = bundleFromLegacyLayer(layer.mediaType, layer.annotations ?? {}, blob);
            candidates.push(suffix === 'sig'
                ? { origin, bundle, simpleSigningPayload: blob }
                : { origin, bundle, timestampedData: blob });
        }
        catch (error) {
            candidates.push({ origin, bundle: undefined, problem: (0,errors/* describeError */.Uc)(error) });
        }
    }
    return candidates;
}
function parseJson(bytes) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/verify/dockerfile/lex-words.ts
/** Go's unicode.IsSpace. */
function isSpace(ch) {
    return /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/.test(ch);
}
/** Splits expanded text into words; quoted and escaped text never splits. */
class Words {
    lexer;
    words = [];
    inWord = false;
    constructor(lexer) {
        this.lexer = lexer;
    }
    addChar(ch) {
        if (isSpace(ch)) {
            if (this.inWord && this.lexer.buffer !== '') {
                this.words.push(this.lexer.buffer);
                this.lexer.buffer = '';
                this.inWord = false;
            }
        }
        else
            this.addRaw(ch);
    }
    addRaw(text) {
        this.lexer.buffer += text;
        this.inWord = true;
    }
    addText(text) {
        for (const ch of text)
            this.addChar(ch);
    }
    finish() {
        if (this.lexer.buffer !== '') {
            this.words.push(this.lexer.buffer);
            this.lexer.buffer = '';
            this.inWord = false;
        }
        return this.words;
    }
}

;// CONCATENATED MODULE: ./src/verify/dockerfile/line-parsers.ts
/**
 * How BuildKit's frontend/dockerfile/parser splits one logical line: the keyword, the leading
 * `--flags` (split_command.go), and the arguments by the keyword's own rule (line_parsers.go).
 */

class ParseError extends Error {
}
/** parser.go reWhitespace: ASCII blanks only. */
const WHITESPACE = /[\t\v\f\r ]+/;
const ARGUMENT_PARSERS = {
    add: maybeJsonToList,
    arg: (rest, escape) => ({ args: words(rest, escape) }),
    cmd: maybeJson,
    copy: maybeJsonToList,
    entrypoint: maybeJson,
    env: (rest, escape) => ({ args: nameValues(rest, 'ENV', escape) }),
    expose: whitespaceDelimited,
    from: whitespaceDelimited,
    healthcheck: healthConfig,
    label: (rest, escape) => ({ args: nameValues(rest, 'LABEL', escape) }),
    maintainer: whole,
    run: maybeJson,
    shell: maybeJson,
    stopsignal: whole,
    user: whole,
    volume: maybeJsonToList,
    workdir: whole
};
/** newNodeFromLine: keyword, flags, then the keyword's argument rule. */
function nodeFromLine(line, escape) {
    const { keyword, flags, rest } = splitCommand(line, escape);
    const node = {
        keyword,
        flags,
        args: [],
        json: false,
        heredocs: [],
        startLine: 0,
        endLine: 0
    };
    const lower = keyword.toLowerCase();
    if (lower === 'onbuild') {
        if (rest !== '')
            node.trigger = nodeFromLine(rest, escape);
        return node;
    }
    const parser = ARGUMENT_PARSERS[lower];
    // Unknown keywords parse to one empty argument; instruction parsing rejects them.
    if (!parser)
        return { ...node, args: [''] };
    const { args, json } = parser(rest, escape);
    return { ...node, args, json: json ?? false };
}
function splitCommand(line, escape) {
    const trimmed = goTrimSpace(line);
    const match = WHITESPACE.exec(trimmed);
    if (!match)
        return { keyword: trimmed, flags: [], rest: '' };
    const keyword = trimmed.slice(0, match.index);
    const { rest, flags } = builderFlags(trimmed.slice(match.index + match[0].length), escape);
    return { keyword, flags, rest: goTrimSpace(rest) };
}
/** Leading words that start with `--`, unquoted and unescaped; `--` alone ends them. */
function builderFlags(line, escape) {
    const flags = [];
    let pos = 0;
    for (;;) {
        while (pos < line.length && isSpace(line[pos] ?? ''))
            pos++;
        if (pos >= line.length)
            return { rest: '', flags };
        if (!line.startsWith('--', pos))
            return { rest: line.slice(pos), flags };
        let word = '';
        let quote = '';
        let blankOk = false;
        let ended = false;
        for (; pos < line.length; pos++) {
            let ch = line[pos] ?? '';
            if (quote === '') {
                if (isSpace(ch)) {
                    ended = true;
                    break;
                }
                if (ch === "'" || ch === '"') {
                    quote = ch;
                    blankOk = true;
                    continue;
                }
            }
            else if (ch === quote) {
                quote = '';
                continue;
            }
            if (ch === escape) {
                if (pos + 1 === line.length) {
                    quote = '';
                    continue;
                }
                ch = line[++pos] ?? '';
            }
            word += ch;
        }
        if (word === '--')
            return { rest: ended ? line.slice(pos) : '', flags };
        if (blankOk || word !== '')
            flags.push(word);
        if (!ended)
            return { rest: '', flags };
    }
}
/** parseWords: whitespace-separated words; quotes and escapes are kept, only grouping. */
function words(rest, escape) {
    const result = [];
    const chars = Array.from(rest);
    let word = '';
    let inWord = false;
    let quote = '';
    let blankOk = false;
    for (let i = 0; i < chars.length; i++) {
        let ch = chars[i] ?? '';
        if (!inWord) {
            if (isSpace(ch))
                continue;
            inWord = true;
        }
        if (quote === '') {
            if (isSpace(ch)) {
                if (blankOk || word !== '')
                    result.push(word);
                word = '';
                blankOk = false;
                inWord = false;
                continue;
            }
            if (ch === "'" || ch === '"') {
                quote = ch;
                blankOk = true;
            }
            if (ch === escape) {
                if (i + 1 === chars.length)
                    continue;
                word += ch;
                ch = chars[++i] ?? '';
            }
            word += ch;
            continue;
        }
        if (ch === quote)
            quote = '';
        if (ch === escape && quote !== "'") {
            if (i + 1 === chars.length) {
                quote = '';
                continue;
            }
            word += ch;
            ch = chars[++i] ?? '';
        }
        word += ch;
    }
    if (inWord && (blankOk || word !== ''))
        result.push(word);
    return result;
}
/** ENV and LABEL: `key value` or `key=value \u2026`, as (key, value, separator) triples. */
function nameValues(rest, keyword, escape) {
    const found = words(rest, escape);
    if (found.length === 0)
        return [];
    if (!(found[0] ?? '').includes('=')) {
        const parts = splitOnce(rest, WHITESPACE);
        if (parts === undefined)
            throw new ParseError(`${keyword} must have two arguments`);
        return [parts[0], parts[1], ''];
    }
    return found.flatMap(word => {
        const at = word.indexOf('=');
        if (at < 0)
            throw new ParseError(`Syntax error - can't find = in "${word}". Must be of the form: name=value`);
        return [word.slice(0, at), word.slice(at + 1), '='];
    });
}
function whitespaceDelimited(rest) {
    return { args: rest === '' ? [] : rest.split(WHITESPACE) };
}
function whole(rest) {
    return { args: rest === '' ? [] : [rest] };
}
function jsonArray(rest) {
    const trimmed = rest.replace(/^\s+/u, '');
    if (!trimmed.startsWith('['))
        return 'not-json';
    let parsed;
    try {
        parsed = JSON.parse(trimmed);
    }
    catch {
        return 'not-json';
    }
    if (!Array.isArray(parsed))
        return 'not-json';
    if (!parsed.every(item => typeof item === 'string'))
        throw new ParseError('when using JSON array syntax, arrays must be comprised of strings only');
    return parsed;
}
function maybeJson(rest) {
    if (rest === '')
        return { args: [] };
    const json = jsonArray(rest);
    return json === 'not-json' ? { args: [rest] } : { args: json, json: true };
}
function maybeJsonToList(rest) {
    const json = jsonArray(rest);
    return json === 'not-json' ? whitespaceDelimited(rest) : { args: json, json: true };
}
/** HEALTHCHECK: the type word, then CMD's arguments. */
function healthConfig(rest) {
    const match = /^(\S+)\s*(.*)$/su.exec(rest);
    if (!match)
        return { args: [] };
    const command = maybeJson(match[2] ?? '');
    return { args: [match[1] ?? '', ...command.args], json: command.json };
}
function splitOnce(text, separator) {
    const match = separator.exec(text);
    if (!match)
        return undefined;
    return [text.slice(0, match.index), text.slice(match.index + match[0].length)];
}
/** Go's strings.TrimSpace (Unicode white space). */
function goTrimSpace(text) {
    let start = 0;
    let end = text.length;
    while (start < end && isSpace(text[start] ?? ''))
        start++;
    while (end > start && isSpace(text[end - 1] ?? ''))
        end--;
    return text.slice(start, end);
}

;// CONCATENATED MODULE: ./src/verify/dockerfile/directives.ts
/**
 * Parser directives as BuildKit's frontend/dockerfile/parser/directives.go reads them:
 * `# syntax=`, `# escape=`, `# check=` at the very top, each at most once; the first line that is
 * not one ends the block for good.
 */

const KNOWN = new Set(['syntax', 'escape', 'check']);
/** directives.go directiveRegexp; Go's \s is [\t\n\f\r ]. */
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/s;
/** DirectiveParser: fed every line in order; once done, it reads nothing more. */
class DirectiveScanner {
    comment;
    line;
    done = false;
    seen = new Set();
    constructor(comment = '#', startLine = 0) {
        this.comment = comment;
        this.line = startLine;
    }
    /** The directive on this line, if the block is still open and the line holds one. */
    read(text) {
        this.line++;
        if (this.done)
            return undefined;
        if (!text.startsWith(this.comment)) {
            this.done = true;
            return undefined;
        }
        const match = DIRECTIVE.exec(text.slice(this.comment.length).replace(/^\s+/u, ''));
        const name = match?.[1]?.toLowerCase();
        if (!match || name === undefined || !KNOWN.has(name)) {
            this.done = true;
            return undefined;
        }
        if (this.seen.has(name))
            throw new ParseError(`only one ${name} parser directive can be used`);
        this.seen.add(name);
        return { name, value: match[2] ?? '', line: this.line };
    }
}
const BOM = '\ufeff';
/**
 * The frontend image a Dockerfile names, as builder/build.go finds it before anything else is
 * parsed (parser.DetectSyntax): after a BOM and a `#!` line, a `# syntax=` directive, else a
 * `// syntax=` one, else a `"syntax"` key when the whole file is a JSON object. Only the first
 * word is the image; a later duplicate does not replace the first.
 */
function detectSyntax(text) {
    let body = text.startsWith(BOM) ? text.slice(BOM.length) : text;
    let startLine = 0;
    const firstBreak = body.indexOf('\n');
    if (body.startsWith('#!')) {
        body = firstBreak < 0 ? '' : body.slice(firstBreak + 1);
        startLine = 1;
    }
    for (const comment of ['#', '//']) {
        const found = scanAll(body, new DirectiveScanner(comment, startLine));
        if (found)
            return found;
    }
    try {
        const json = JSON.parse(body);
        const syntax = json?.syntax;
        if (json && typeof json === 'object' && !Array.isArray(json) && typeof syntax === 'string')
            return { name: 'syntax', value: syntax, line: startLine };
    }
    catch {
        // Not JSON: no syntax given this way.
    }
    return undefined;
}
function scanAll(body, scanner) {
    for (const line of body.split('\n')) {
        let directive;
        try {
            directive = scanner.read(line.replace(/\r$/, ''));
        }
        catch {
            // A duplicate stops the scan; directives before it still count.
            return undefined;
        }
        if (directive?.name === 'syntax')
            return { ...directive, value: directive.value.split(' ')[0] ?? '' };
        if (directive === undefined)
            return undefined;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/verify/dockerfile/lex-patterns.ts
/*
 * Prefix and suffix removal, `${X#p}`, `${X##p}`, `${X%p}`, `${X%%p}`, as BuildKit's lex.go
 * does it: the glob `p` becomes an anchored regular expression, shortest or longest match.
 * An invalid pattern throws an Error whose message is BuildKit's; the lexer reports it.
 */
/**
 * `${X#p}` / `${X##p}` remove the shortest / longest prefix matching the glob `p`, `%` and `%%`
 * the suffix (lex.go trimPrefix, trimSuffix): a suffix is a prefix of the reversed value.
 */
function trimPattern(value, word, op) {
    const greedy = word.startsWith(op);
    const pattern = greedy ? word.slice(1) : word;
    if (op === '#')
        return trimPrefix(value, pattern, greedy);
    const reversed = (text) => Array.from(text).reverse().join('');
    return reversed(trimPrefix(reversed(value), reversePattern(pattern), greedy));
}
function trimPrefix(value, pattern, greedy) {
    const match = globRegExp(pattern, greedy).exec(value);
    return match ? value.slice(match[0].length) : value;
}
/** lex.go convertShellPatternToRegex, anchored: `*`, `?` and `\` escapes of `*`, `?`, `\`. */
function globRegExp(pattern, greedy) {
    const chars = Array.from(pattern);
    let source = '^';
    for (let i = 0; i < chars.length; i++) {
        const ch = chars[i] ?? '';
        if (ch === '*')
            source += greedy ? '.*' : '.*?';
        else if (ch === '?')
            source += '.';
        else if (ch === '\\') {
            const next = chars[i + 1] ?? '';
            if (next === '}' || next === '/')
                continue;
            if (next !== '*' && next !== '?' && next !== '\\')
                throw new Error(`invalid pattern (${pattern}) in substitution: invalid escape '\\${next}'`);
            source += `\\${next}`;
            i++;
        }
        else
            source += /[[\]{}.+()|^$]/.test(ch) ? `\\${ch}` : ch;
    }
    return new RegExp(source, 'u');
}
/** lex.go reversePattern: reversed, with each `\x` escape kept in front of its character. */
function reversePattern(pattern) {
    const chars = Array.from(pattern);
    const out = [];
    for (let i = 0; i < chars.length; i++) {
        const ch = chars[i] ?? '';
        if (ch === '\\' && i + 1 < chars.length) {
            out.unshift(ch + (chars[i + 1] ?? ''));
            i++;
        }
        else
            out.unshift(ch);
    }
    return out.join('');
}

;// CONCATENATED MODULE: ./src/verify/dockerfile/lex.ts
/**
 * Shell-word expansion as BuildKit's frontend/dockerfile/shell/lex.go does it: quotes, the
 * escape token, `$NAME`, `${NAME}`, the `-`, `+`, `?` modifiers with or without `:`, and prefix
 * and suffix removal (`#`, `##`, `%`, `%%`). Replacement (`/`) is refused rather than
 * approximated: a value the gate cannot compute exactly is an error, never a guess.
 */


class LexError extends Error {
}
const EOF = '';
/** Nesting of `${A:-${B:-\u2026}}` the gate follows before it gives up. */
const MAX_DEPTH = 32;
const SPECIAL_PARAMS = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);
/** Expands `word` against `env`; throws LexError where BuildKit's lexer fails. */
function expand(word, env, options) {
    return new Lexer(word, env, options).run();
}
class Lexer {
    env;
    options;
    chars;
    pos = 0;
    depth = 0;
    /** lex.go shares one words buffer between nested `${\u2026}` scans; so does this. */
    wordBuffer = '';
    rawEscapes;
    unsetUsed = new Set();
    used = new Set();
    constructor(text, env, options) {
        this.env = env;
        this.options = options;
        this.chars = Array.from(text);
        this.rawEscapes = options.rawEscapes ?? false;
    }
    run() {
        const { value, words } = this.until(EOF, this.rawEscapes);
        return { value, words, unsetUsed: [...this.unsetUsed], used: [...this.used] };
    }
    peek() {
        return this.chars[this.pos] ?? EOF;
    }
    next() {
        const ch = this.chars[this.pos] ?? EOF;
        if (ch !== EOF)
            this.pos++;
        return ch;
    }
    /** Scans to `stop` (or the end), returning the expanded text and its words. */
    until(stop, rawEscapes) {
        if (++this.depth > MAX_DEPTH)
            throw new LexError('variable substitutions nested too deeply');
        const savedRaw = this.rawEscapes;
        this.rawEscapes = rawEscapes;
        this.wordBuffer = '';
        const words = new Words(this);
        let result = '';
        try {
            while (this.peek() !== EOF) {
                const ch = this.peek();
                if (stop !== EOF && ch === stop) {
                    this.next();
                    return { value: result, words: words.finish() };
                }
                if (ch === '$') {
                    const text = this.dollar();
                    result += text;
                    words.addText(text);
                }
                else if (ch === '<') {
                    const text = this.possibleHeredoc();
                    result += text;
                    words.addRaw(text);
                }
                else if (ch === "'" || ch === '"') {
                    const text = ch === "'" ? this.singleQuoted() : this.doubleQuoted();
                    result += text;
                    words.addRaw(text);
                }
                else {
                    let c = this.next();
                    if (c === this.options.escape) {
                        if (this.rawEscapes) {
                            words.addRaw(c);
                            result += c;
                        }
                        c = this.next();
                        if (c === EOF)
                            break;
                        words.addRaw(c);
                    }
                    else {
                        words.addChar(c);
                    }
                    result += c;
                }
            }
            if (stop !== EOF)
                throw new LexError(`unexpected end of statement while looking for matching ${stop}`);
            return { value: result, words: words.finish() };
        }
        finally {
            this.rawEscapes = savedRaw;
            this.depth--;
        }
    }
    singleQuoted() {
        let result = '';
        const open = this.next();
        if (this.options.rawQuotes)
            result += open;
        for (;;) {
            const ch = this.next();
            if (ch === EOF)
                throw new LexError('unexpected end of statement while looking for matching single-quote');
            if (ch === "'")
                return this.options.rawQuotes ? result + ch : result;
            result += ch;
        }
    }
    doubleQuoted() {
        let result = '';
        const open = this.next();
        if (this.options.rawQuotes)
            result += open;
        for (;;) {
            const ch = this.peek();
            if (ch === EOF)
                throw new LexError('unexpected end of statement while looking for matching double-quote');
            if (ch === '"') {
                this.next();
                return this.options.rawQuotes ? result + ch : result;
            }
            if (ch === '$') {
                result += this.dollar();
                continue;
            }
            let c = this.next();
            if (c === this.options.escape) {
                if (this.rawEscapes)
                    result += c;
                const after = this.peek();
                if (after === EOF)
                    continue;
                if (after === '"' || after === '$' || after === this.options.escape)
                    c = this.next();
            }
            result += c;
        }
    }
    lookup(name) {
        this.used.add(name);
        return this.env.get(name);
    }
    dollar() {
        this.next();
        if (this.peek() !== '{') {
            const name = this.name();
            if (name === '')
                return '$';
            const value = this.lookup(name);
            if (value === undefined) {
                if (this.options.skipUnset)
                    return `$${name}`;
                this.unsetUsed.add(name);
                return '';
            }
            return value;
        }
        this.next();
        const first = this.peek();
        if (first === EOF)
            throw new LexError("syntax error: missing '}'");
        if (first === '{' || first === '}' || first === ':')
            throw new LexError('syntax error: bad substitution');
        const name = this.name();
        let op = this.next();
        if (op === '}') {
            const value = this.lookup(name);
            if (value === undefined) {
                if (this.options.skipUnset)
                    return `\${${name}}`;
                this.unsetUsed.add(name);
                return '';
            }
            return value;
        }
        let modifier = op;
        const nullIsUnset = op === ':';
        if (nullIsUnset) {
            op = this.next();
            modifier += op;
        }
        if (!nullIsUnset && !['+', '-', '?', '#', '%', '/'].includes(op))
            throw new LexError(`unsupported modifier (${modifier}) in substitution`);
        if (op === '/' || (nullIsUnset && (op === '#' || op === '%'))) {
            // Replacement is not evaluated here (its regexp semantics are Go's); `:#`, `:%` are errors.
            throw new LexError(op === '/'
                ? `the substitution \${${name}/\u2026} is not evaluated by the gate; use :-, :+, # or % forms`
                : `unsupported modifier (${modifier}) in substitution`);
        }
        let word;
        try {
            word = this.until('}', op === '#' || op === '%').value;
        }
        catch (error) {
            if (this.peek() === EOF)
                throw new LexError("syntax error: missing '}'");
            throw error;
        }
        const value = this.lookup(name);
        if (this.options.skipUnset && value === undefined)
            return `\${${name}${modifier}${word}}`;
        if (op === '#' || op === '%') {
            if (value === undefined)
                this.unsetUsed.add(name);
            try {
                return trimPattern(value ?? '', word, op);
            }
            catch (error) {
                throw new LexError(error.message);
            }
        }
        const absent = value === undefined || (nullIsUnset && value === '');
        switch (op) {
            case '-':
                return absent ? word : (value ?? '');
            case '+':
                return absent ? '' : word;
            case '?':
                if (value === undefined)
                    throw new LexError(`${name}: ${word || 'is not allowed to be unset'}`);
                if (absent)
                    throw new LexError(`${name}: ${word || 'is not allowed to be empty'}`);
                return value;
            default:
                throw new LexError(`unsupported modifier (${modifier}) in substitution`);
        }
    }
    name() {
        let name = '';
        for (;;) {
            const ch = this.peek();
            if (ch === EOF)
                return name;
            if (name === '' && /^\d$/.test(ch)) {
                while (/^\d$/.test(this.peek()))
                    name += this.next();
                return name;
            }
            if (name === '' && SPECIAL_PARAMS.has(ch))
                return this.next();
            if (!/^[\p{L}\p{Nd}_]$/u.test(ch))
                return name;
            name += this.next();
        }
    }
    possibleHeredoc() {
        this.next();
        if (this.peek() !== '<')
            return '<';
        this.next();
        let space = '';
        while (['\t', '\r', ' '].includes(this.peek()))
            space += this.next();
        return `<<${space}`;
    }
    /** lex.go's word buffer, shared with nested scans. */
    get buffer() {
        return this.wordBuffer;
    }
    set buffer(value) {
        this.wordBuffer = value;
    }
}

;// CONCATENATED MODULE: ./src/verify/dockerfile/parser.ts
/**
 * Logical lines as BuildKit's frontend/dockerfile/parser/parser.go (Parse) makes them: a BOM
 * dropped, directives read at the top, comment and blank lines skipped (also inside a
 * continuation), lines joined where they end in the escape token, and heredoc bodies read raw
 * after the ADD, COPY or RUN (also under ONBUILD) that opens them.
 */




/** Budgets for a file a pull request controls. */
const LIMITS = {
    /** bufio.Scanner's token limit in parser.go: longer lines are an error there too. */
    lineBytes: 64 * 1024,
    fileBytes: 4 * 1024 * 1024,
    instructions: 10_000
};
/** A parse failure at a line range, as BuildKit reports it (parser.WithLocation). */
class DockerfileError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
function parseDockerfile(text) {
    if (Buffer.byteLength(text) > LIMITS.fileBytes)
        throw new DockerfileError(`the Dockerfile is larger than ${LIMITS.fileBytes} bytes`, 1);
    const lines = scanLines(text);
    const directives = new DirectiveScanner();
    let escape = '\\';
    const readDirective = (line, at) => {
        try {
            const directive = directives.read(line);
            if (directive?.name !== 'escape')
                return;
            if (directive.value !== '`' && directive.value !== '\\')
                throw new ParseError(`invalid escape token '${directive.value}' does not match \` or \\`);
            escape = directive.value;
        }
        catch (error) {
            throw located(error, at);
        }
    };
    const nodes = [];
    let current = 0;
    let index = 0;
    while (index < lines.length) {
        let raw = lines[index++] ?? '';
        if (current === 0 && raw.startsWith(BOM))
            raw = raw.slice(BOM.length);
        checkLength(raw, current + 1);
        let text = trimLeadingSpace(trimNewline(raw));
        readDirective(text, current + 1);
        if (isComment(text))
            text = '';
        current++;
        const startLine = current;
        let [body, ended] = trimContinuation(text, escape);
        if (ended && body === '')
            continue;
        let line = body;
        while (!ended && index < lines.length) {
            const next = lines[index++] ?? '';
            checkLength(next, current + 1);
            const nextText = trimNewline(next);
            readDirective(nextText, current + 1);
            current++;
            if (isComment(next))
                continue;
            if (trimLeadingSpace(nextText) === '')
                continue;
            [body, ended] = trimContinuation(nextText, escape);
            line += body;
        }
        let node;
        try {
            node = nodeFromLine(line, escape);
        }
        catch (error) {
            throw located(error, startLine);
        }
        const opener = node.trigger ?? node;
        if (canContainHeredoc(opener) && line.includes('<<')) {
            for (const heredoc of heredocsFromLine(line, startLine)) {
                let terminated = false;
                for (; index < lines.length;) {
                    const bodyLine = lines[index++] ?? '';
                    current++;
                    let candidate = trimNewline(bodyLine);
                    if (heredoc.chomp)
                        candidate = candidate.replace(/^\t+/, '');
                    if (candidate === heredoc.name) {
                        terminated = true;
                        break;
                    }
                    heredoc.content += bodyLine;
                }
                if (!terminated)
                    throw new DockerfileError('unterminated heredoc', startLine);
                node.heredocs.push(heredoc);
            }
        }
        node.startLine = startLine;
        node.endLine = current;
        nodes.push(node);
        if (nodes.length > LIMITS.instructions)
            throw new DockerfileError(`more than ${LIMITS.instructions} instructions`, startLine);
    }
    if (nodes.length === 0)
        throw new DockerfileError('file with no instructions', current);
    return { nodes, escape };
}
/** Lines with their `\n`, as parser.go's scanLines splits them. */
function scanLines(text) {
    const lines = text.split(/(?<=\n)/);
    if (lines.at(-1) === '')
        lines.pop();
    return lines;
}
function checkLength(line, at) {
    if (Buffer.byteLength(line) > LIMITS.lineBytes)
        throw new DockerfileError(`dockerfile line greater than max allowed size of ${LIMITS.lineBytes - 1}`, at);
}
function located(error, line) {
    if (error instanceof ParseError || error instanceof LexError)
        return new DockerfileError(error.message, line);
    return error;
}
function trimNewline(line) {
    return line.replace(/[\r\n]+$/, '');
}
function trimLeadingSpace(line) {
    let start = 0;
    while (start < line.length && isSpace(line[start] ?? ''))
        start++;
    return line.slice(start);
}
function isComment(line) {
    return trimLeadingSpace(line).startsWith('#');
}
/** parser.go lineContinuationRegex: the escape token, then only blanks, ends the line. */
function trimContinuation(line, escape) {
    const e = escape === '\\' ? '\\\\' : escape;
    const continuation = new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`);
    if (!continuation.test(line))
        return [line, true];
    return [line.replace(continuation, '$1'), false];
}
const HEREDOC_KEYWORDS = new Set(['add', 'copy', 'run']);
function canContainHeredoc(node) {
    return HEREDOC_KEYWORDS.has(node.keyword.toLowerCase()) && !node.json;
}
/** parser.go reHeredoc: optional fd, `<<`, optional `-`, then the delimiter word. */
const HEREDOC_WORD = /^(\d*)<<(-?)\s*([^<]*)$/;
/**
 * Every `<<WORD` of the line (heredocsFromLine): the whole line is lexed with `\` as escape,
 * quotes and escapes kept; a line the lexer rejects has no heredocs at all, as in BuildKit.
 */
function heredocsFromLine(line, at) {
    let lineWords;
    try {
        lineWords = expand(line, new Map(), {
            escape: '\\',
            rawQuotes: true,
            rawEscapes: true,
            skipUnset: true
        }).words;
    }
    catch {
        return [];
    }
    const found = [];
    for (const word of lineWords) {
        const heredoc = parseHeredoc(word, at);
        if (heredoc)
            found.push(heredoc);
    }
    return found;
}
/** parser.ParseHeredoc: the delimiter must lex to one word; quoting it turns expansion off. */
function parseHeredoc(word, at = 0) {
    const match = HEREDOC_WORD.exec(word);
    const rest = match?.[3] ?? '';
    if (!match || rest === '')
        return undefined;
    const options = { escape: '\\', skipUnset: true };
    try {
        const cooked = expand(rest, new Map(), { ...options, rawQuotes: false }).words;
        if (cooked.length !== 1)
            return undefined;
        const raw = expand(rest, new Map(), { ...options, rawQuotes: true }).words;
        const name = cooked[0] ?? '';
        const quotes = (text) => (text.match(/['"]/g) ?? []).length;
        return {
            name,
            expand: quotes(name) === quotes(raw[0] ?? ''),
            chomp: match[2] === '-',
            content: ''
        };
    }
    catch (error) {
        throw located(error, at);
    }
}

// EXTERNAL MODULE: ./src/verify/dockerfile/platform.ts
var dockerfile_platform = __webpack_require__(42909);
;// CONCATENATED MODULE: ./src/verify/dockerfile/flags.ts
/**
 * Instruction flags as BuildKit's frontend/dockerfile/instructions/bflag.go parses them, and the
 * CSV of a RUN --mount value (commands_runmount.go parseMount).
 */
/** An instruction BuildKit refuses, or one whose pulls the gate cannot determine. */
class InstructionError extends Error {
}
/** The flags BuildKit's instruction parsers register; any other is an error there. */
const FLAGS = {
    from: { platform: 'string' },
    copy: {
        chown: 'string',
        from: 'string',
        chmod: 'string',
        link: 'bool',
        exclude: 'strings',
        parents: 'bool'
    },
    add: {
        chown: 'string',
        chmod: 'string',
        link: 'bool',
        'keep-git-dir': 'bool',
        checksum: 'string',
        unpack: 'bool',
        exclude: 'strings'
    },
    run: { mount: 'strings', network: 'string', security: 'string', device: 'strings' }
};
/** instructions/bflag.go Parse: `--name=value`, known names only, no repeats but lists. */
function parseFlags(flags, known) {
    const values = new Map();
    for (const flag of flags) {
        if (flag === '--')
            break;
        if (!flag.startsWith('--'))
            throw new InstructionError(`arg should start with -- : ${flag}`);
        const at = flag.indexOf('=');
        const name = at < 0 ? flag : flag.slice(0, at);
        const value = at < 0 ? undefined : flag.slice(at + 1);
        const kind = known[name.slice(2)];
        if (!kind)
            throw new InstructionError(`unknown flag: ${name}`);
        const seen = values.get(name.slice(2));
        if (seen && kind !== 'strings')
            throw new InstructionError(`duplicate flag specified: ${name}`);
        if (kind === 'bool') {
            if (value === '')
                throw new InstructionError(`missing a value on flag: ${name}`);
            const lower = (value ?? 'true').toLowerCase();
            if (lower !== 'true' && lower !== 'false')
                throw new InstructionError(`expecting boolean value for flag ${name}, not: ${value}`);
            values.set(name.slice(2), [lower]);
        }
        else {
            if (value === undefined)
                throw new InstructionError(`missing a value on flag: ${name}`);
            values.set(name.slice(2), [...(seen ?? []), value]);
        }
    }
    return values;
}
/** The CSV fields of a --mount value (csvvalue, as encoding/csv reads one record). */
function csvFields(text) {
    const fields = [];
    let pos = 0;
    for (;;) {
        let field = '';
        if (text[pos] === '"') {
            pos++;
            for (;;) {
                const close = text.indexOf('"', pos);
                if (close < 0)
                    throw new InstructionError(`failed to parse csv mounts: extraneous or missing " in quoted-field`);
                field += text.slice(pos, close);
                pos = close + 1;
                if (text[pos] === '"') {
                    field += '"';
                    pos++;
                    continue;
                }
                break;
            }
            if (pos < text.length && text[pos] !== ',')
                throw new InstructionError(`failed to parse csv mounts: extraneous or missing " in quoted-field`);
        }
        else {
            const comma = text.indexOf(',', pos);
            field = text.slice(pos, comma < 0 ? text.length : comma);
            if (field.includes('"'))
                throw new InstructionError(`failed to parse csv mounts: bare " in non-quoted-field`);
            pos += field.length;
        }
        fields.push(field);
        if (pos >= text.length)
            return fields;
        pos++;
    }
}

;// CONCATENATED MODULE: ./src/verify/dockerfile/args.ts
/**
 * The global scope of build arguments (convert.go defaultArgs and buildMetaArgs): the automatic
 * platform args, then each ARG before the first FROM, a build-arg winning over its default.
 * A variable whose value rests on an unset one is kept as uncertain, an error where it is used.
 */



function globalDefaults(options, targetStage) {
    const values = new Map();
    for (const [name, value] of [
        ...(0,dockerfile_platform/* platformArgs */.xZ)(options.target, options.build),
        ['TARGETSTAGE', targetStage]
    ])
        values.set(name, options.buildArgs.get(name) ?? value);
    return { values, uncertain: new Map() };
}
/** convert.go buildMetaArgs: a build-arg wins, else the default expanded so far, else unset. */
function globalArg(node, env, escape, buildArgs, problems) {
    if (node.args.length === 0)
        throw new InstructionError('ARG requires at least one argument');
    for (const word of node.args) {
        const at = word.indexOf('=');
        const name = at < 0 ? word : word.slice(0, at);
        if (name === '')
            throw new InstructionError('ARG names can not be blank');
        const given = buildArgs.get(name);
        if (given !== undefined) {
            env.values.set(name, given);
            env.uncertain.delete(name);
            continue;
        }
        if (at < 0)
            continue;
        try {
            const result = expandCertain(word.slice(at + 1), env, escape);
            env.values.set(name, result);
            env.uncertain.delete(name);
        }
        catch (error) {
            if (!(error instanceof InstructionError || error instanceof LexError))
                throw error;
            // Used later, the ARG is an error there; unused, it is harmless.
            env.values.set(name, '');
            env.uncertain.set(name, error.message);
            if (error instanceof LexError)
                problems.push({ line: node.startLine, message: error.message });
        }
    }
}
/** Expands with the global env; an unset or uncertain variable makes the value unknown. */
function expandCertain(word, env, escape) {
    const result = expand(word, env.values, { escape });
    for (const name of result.used) {
        const why = env.uncertain.get(name);
        if (why !== undefined)
            throw new InstructionError(why);
    }
    const unset = result.unsetUsed[0];
    if (unset !== undefined)
        throw new InstructionError(`${unset} has no value here: give the global ARG ${unset} (before the first FROM) a default, or pass it in the "build-args" input`);
    return result.value;
}

;// CONCATENATED MODULE: ./src/verify/dockerfile/pulls.ts
/**
 * Which images one build of a parsed Dockerfile pulls, for one target platform, by the rules of
 * BuildKit's frontend/dockerfile/instructions/parse.go and dockerfile2llb/convert.go:
 * every FROM that names neither an earlier stage nor `scratch`, every `COPY --from` and
 * `RUN --mount=\u2026,from=` that names no stage, and the same in ONBUILD triggers a stage inherits.
 * Names are expanded with the global ARGs (and the automatic platform args) only.
 */




/** convert.go emptyImageName: a stage from nothing, no pull. */
const SCRATCH = 'scratch';
/** instructions/parse.go validStageName. */
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
const INSTRUCTIONS = new Set([
    'add',
    'arg',
    'cmd',
    'copy',
    'entrypoint',
    'env',
    'expose',
    'from',
    'healthcheck',
    'label',
    'maintainer',
    'onbuild',
    'run',
    'shell',
    'stopsignal',
    'user',
    'volume',
    'workdir'
]);
function pulls(nodes, escape, options) {
    const found = [];
    const problems = [];
    const target = (0,dockerfile_platform/* formatPlatform */.Bq)(options.target);
    const allStages = new Set();
    let stageCount = 0;
    for (const node of nodes) {
        if (node.keyword.toLowerCase() !== 'from')
            continue;
        stageCount++;
        const name = node.args.length === 3 ? node.args[2]?.toLowerCase() : undefined;
        if (name)
            allStages.add(name);
    }
    const lastFrom = nodes.filter(n => n.keyword.toLowerCase() === 'from').at(-1);
    const env = globalDefaults(options, lastFrom?.args[2]?.toLowerCase() || 'default');
    const stages = new Map();
    let current;
    const pull = (reference, node, platform, instruction) => found.push({ reference, line: node.startLine, platform, instruction });
    /** COPY --from: a stage by name or index, `scratch`, or an image (convert.go toCommand). */
    const copyFrom = (value, node) => {
        if (expand(value, new Map(), { escape }).value !== value)
            throw new InstructionError(`COPY --from=${value}: variable expansion is not supported for --from (BuildKit refuses it)`);
        if (/^[+-]?\d+$/.test(value)) {
            const index = Number(value);
            if (index < 0 || index >= stageCount)
                throw new InstructionError(`COPY --from=${value}: invalid stage index ${index}`);
            return;
        }
        if (allStages.has(value.toLowerCase()) || value === SCRATCH)
            return;
        pull(value, node, target, 'COPY --from');
    };
    /** RUN --mount=\u2026,from=: a stage by name, else an image (convert_runmount.go detectRunMount). */
    const mountFrom = (mount, node) => {
        let from = '';
        for (const field of csvFields(mount)) {
            const at = field.indexOf('=');
            if (at < 0 || field.slice(0, at).toLowerCase() !== 'from')
                continue;
            from = field.slice(at + 1);
            const dollar = from.indexOf('$');
            if (dollar !== -1 && dollar !== from.length - 1)
                throw new InstructionError(`--mount from=${from}: 'from' doesn't support variable expansion (BuildKit refuses it)`);
        }
        const name = from || SCRATCH;
        if (allStages.has(name.toLowerCase()) || name === SCRATCH)
            return;
        pull(name, node, target, 'RUN --mount');
    };
    const command = (node, keyword) => {
        if (keyword === 'copy' || keyword === 'add') {
            const flags = parseFlags(node.flags, FLAGS[keyword] ?? {});
            if (node.args.length < 2)
                throw new InstructionError(`${keyword.toUpperCase()} requires at least two arguments`);
            const from = flags.get('from')?.[0];
            if (from !== undefined && from !== '')
                copyFrom(from, node);
        }
        else if (keyword === 'run') {
            const flags = parseFlags(node.flags, FLAGS.run ?? {});
            for (const mount of flags.get('mount') ?? [])
                mountFrom(mount, node);
        }
    };
    for (const node of nodes) {
        const keyword = node.keyword.toLowerCase();
        try {
            if (!INSTRUCTIONS.has(keyword))
                throw new InstructionError(`unknown instruction: ${node.keyword}`);
            if (keyword === 'from') {
                // Later instructions belong to this stage even when its FROM line is an error.
                current = { onbuild: [] };
                fromInstruction(node, current, { env, escape, options, stages, pull, command });
                continue;
            }
            if (current === undefined) {
                if (keyword === 'arg')
                    globalArg(node, env, escape, options.buildArgs, problems);
                else
                    throw new InstructionError('no build stage in current context');
                continue;
            }
            if (keyword === 'onbuild')
                current.onbuild.push(onbuildTrigger(node));
            else
                command(node, keyword);
        }
        catch (error) {
            if (!(error instanceof InstructionError || error instanceof LexError))
                throw error;
            problems.push({ line: node.startLine, message: error.message });
        }
    }
    if (stageCount === 0 && problems.length === 0)
        problems.push({ line: 1, message: 'dockerfile contains no stages to build' });
    return { pulls: found, problems };
}
/** FROM [--platform=P] IMAGE [AS NAME] (parse.go parseFrom, convert.go buildDispatchStates). */
function fromInstruction(node, stage, context) {
    const { env, escape, stages } = context;
    const flags = parseFlags(node.flags, FLAGS.from ?? {});
    const args = node.args;
    const named = args.length === 3 && args[1]?.toLowerCase() === 'as';
    if (args.length !== 1 && !named)
        throw new InstructionError('FROM requires either one or three arguments');
    const stageName = named ? (args[2] ?? '').toLowerCase() : undefined;
    if (stageName !== undefined && !STAGE_NAME.test(stageName))
        throw new InstructionError(`invalid name for build stage: "${args[2]}", name can't start with a number or contain symbols`);
    try {
        const raw = args[0] ?? '';
        const base = expandCertain(raw, env, escape);
        if (base === '')
            throw new InstructionError(`base name (${raw}) should not be blank`);
        const platform = fromPlatform(flags.get('platform')?.[0], context);
        // Stage names are looked up as written (dispatchStates.addState): only earlier stages count.
        const parent = stages.get(base);
        if (parent) {
            // The parent stage's ONBUILD triggers run here (convert.go initOnBuildTriggers).
            for (const trigger of parent.onbuild)
                context.command(trigger, trigger.keyword.toLowerCase());
        }
        else if (base !== SCRATCH) {
            context.pull(base, node, platform, 'FROM');
        }
    }
    finally {
        if (stageName !== undefined)
            stages.set(stageName, stage);
    }
}
/** The platform a FROM pulls: its --platform expanded and normalised, else the target. */
function fromPlatform(flag, context) {
    const { options } = context;
    if (flag === undefined)
        return (0,dockerfile_platform/* formatPlatform */.Bq)(options.target);
    const value = expandCertain(flag, context.env, context.escape);
    if (value === '')
        throw new InstructionError(`empty platform value from expression ${flag}`);
    try {
        return (0,dockerfile_platform/* formatPlatform */.Bq)((0,dockerfile_platform/* parseBuildPlatform */.dp)(value, options.build));
    }
    catch {
        throw new InstructionError(`failed to parse platform ${flag}: "${value}" is not a platform`);
    }
}
/** parseOnBuild: the trigger, with its own line numbers from the ONBUILD line. */
function onbuildTrigger(node) {
    const trigger = node.trigger;
    if (!trigger)
        throw new InstructionError('ONBUILD requires at least one argument');
    const keyword = trigger.keyword.toUpperCase();
    if (keyword === 'ONBUILD')
        throw new InstructionError("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
    if (keyword === 'FROM' || keyword === 'MAINTAINER')
        throw new InstructionError(`${keyword} isn't allowed as an ONBUILD trigger`);
    return { ...trigger, startLine: node.startLine, endLine: node.endLine };
}

;// CONCATENATED MODULE: ./src/verify/dockerfile/index.ts
/**
 * The images a build of a Dockerfile pulls, as BuildKit would pull them: parsed like
 * frontend/dockerfile/parser, expanded like frontend/dockerfile/shell, and interpreted like
 * dockerfile2llb, once per target platform. Whatever cannot be resolved with certainty is a
 * problem on its line; the gate fails on it.
 */





/** builder/build.go: a BUILDKIT_SYNTAX build-arg replaces the file's `# syntax=`. */
const SYNTAX_ARG = 'BUILDKIT_SYNTAX';
function dockerfileImages(text, file, settings) {
    const build = settings.buildPlatform ?? (0,dockerfile_platform/* runnerPlatform */.GQ)();
    const images = [];
    const problems = [];
    // The frontend image is pulled on the build platform before the Dockerfile is parsed at all.
    const syntaxArg = settings.buildArgs.get(SYNTAX_ARG)?.trim().split(' ')[0];
    const syntax = syntaxArg ? undefined : detectSyntax(text);
    if (syntaxArg)
        images.push({
            reference: syntaxArg,
            file: '',
            line: 0,
            platform: (0,dockerfile_platform/* formatPlatform */.Bq)(build),
            instruction: `build-arg ${SYNTAX_ARG}`
        });
    else if (syntax?.value)
        images.push({
            reference: syntax.value,
            file,
            line: Math.max(syntax.line, 1),
            platform: (0,dockerfile_platform/* formatPlatform */.Bq)(build),
            instruction: '# syntax'
        });
    let parsed;
    try {
        parsed = parseDockerfile(text);
    }
    catch (error) {
        if (!(error instanceof DockerfileError))
            throw error;
        problems.push({ file, line: Math.max(error.line, 1), message: error.message });
        return { images, problems };
    }
    const seen = new Set();
    for (const platform of settings.platforms) {
        const target = (0,dockerfile_platform/* parseBuildPlatform */.dp)(platform, build);
        const found = pulls(parsed.nodes, parsed.escape, {
            target,
            build,
            buildArgs: settings.buildArgs
        });
        for (const pull of found.pulls) {
            const key = `${pull.line}\n${pull.reference}\n${pull.platform}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            images.push({ ...pull, file });
        }
        for (const problem of found.problems) {
            const key = `${problem.line}\n${problem.message}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            problems.push({ ...problem, file });
        }
    }
    if (images.length === 0 && problems.length === 0)
        problems.push({
            file,
            line: 1,
            message: 'the Dockerfile pulls no image (only scratch and its own stages), so nothing was verified'
        });
    return { images, problems };
}

;// CONCATENATED MODULE: ./src/verify/classify.ts


/**
 * What a verified bundle is (a signature, an SBOM, provenance, another attestation) and
 * whether its content counts: a bundle can verify and still say nothing about this image.
 */
function classify(digest, candidate, result) {
    if (candidate.simpleSigningPayload) {
        const problem = simpleSigningProblem(candidate.simpleSigningPayload, digest);
        return { kind: 'signature', problem };
    }
    if (result.payload === undefined)
        return { kind: 'signature' };
    const statement = result.statement;
    if (!statement)
        return { kind: 'attestation', problem: 'the DSSE payload is not an in-toto statement' };
    const predicateType = statement.predicateType;
    if (predicateType === verify_statement/* COSIGN_SIGN_PREDICATE */.u)
        return { kind: 'signature', predicateType };
    if (isSbomPredicate(predicateType)) {
        const describes = (0,verify_statement/* subjectPlatform */.o7)(statement, digest);
        const problem = describes && candidate.platform && describes !== candidate.platform
            ? `the index's SBOM of ${describes}, not of ${candidate.platform}`
            : sbomProblem(statement);
        return { kind: 'sbom', predicateType, problem };
    }
    if (/^https:\/\/slsa\.dev\/provenance\/v\d/.test(predicateType)) {
        const predicate = statement.predicate;
        const ok = (0,src_json/* isJsonObject */.O)(predicate) &&
            ((0,src_json/* isJsonObject */.O)(predicate.buildDefinition) || (0,src_json/* isJsonObject */.O)(predicate.builder));
        return {
            kind: 'provenance',
            predicateType,
            problem: ok ? undefined : 'the provenance predicate has no buildDefinition'
        };
    }
    return { kind: 'attestation', predicateType };
}
function isSbomPredicate(predicateType) {
    return (predicateType === 'https://cyclonedx.org/bom' ||
        predicateType.startsWith('https://cyclonedx.org/bom/') ||
        predicateType === 'https://spdx.dev/Document' ||
        predicateType.startsWith('https://spdx.dev/Document/'));
}
/** An SBOM attestation counts only when its predicate is a parseable CycloneDX or SPDX document. */
function sbomProblem(statement) {
    const predicate = statement.predicate;
    if (!(0,src_json/* isJsonObject */.O)(predicate))
        return 'the SBOM predicate is not a JSON object';
    if (statement.predicateType.startsWith('https://cyclonedx.org/bom')) {
        if (predicate.bomFormat !== 'CycloneDX' || typeof predicate.specVersion !== 'string')
            return 'the SBOM predicate is not a CycloneDX document (bomFormat/specVersion)';
        if (predicate.components !== undefined && !Array.isArray(predicate.components))
            return 'the CycloneDX components field is not a list';
        return undefined;
    }
    if (typeof predicate.spdxVersion !== 'string' || !predicate.spdxVersion.startsWith('SPDX-'))
        return 'the SBOM predicate is not an SPDX document (spdxVersion)';
    if (typeof predicate.SPDXID !== 'string')
        return 'the SPDX document has no SPDXID';
    if (predicate.packages !== undefined && !Array.isArray(predicate.packages))
        return 'the SPDX packages field is not a list';
    return undefined;
}
function simpleSigningProblem(payload, digest) {
    let json;
    try {
        json = JSON.parse(payload.toString('utf8'));
    }
    catch {
        return 'the simple-signing payload is not JSON';
    }
    const critical = (0,src_json/* isJsonObject */.O)(json) ? json.critical : undefined;
    const image = (0,src_json/* isJsonObject */.O)(critical) ? critical.image : undefined;
    const type = (0,src_json/* isJsonObject */.O)(critical) ? critical.type : undefined;
    if (type !== verify_statement/* SIMPLE_SIGNING_TYPE */.g7)
        return 'the payload is not a cosign container image signature';
    const signed = (0,src_json/* isJsonObject */.O)(image) ? image['docker-manifest-digest'] : undefined;
    if (signed !== digest)
        return `the signature is for ${String(signed)}, not for this image (${digest})`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/verify/evaluate.ts





/**
 * Decides whether an image digest satisfies a policy given what discovery
 * found: every candidate is verified against every trusted signer; a candidate
 * counts only when it verifies and names exactly this digest.
 */
function evaluateDigest(digest, candidates, policy, root, now = new Date()) {
    const checked = verifyCandidates(digest, candidates, policy, root, now);
    const findings = checked.map(c => c.finding);
    const verifiedSboms = checked
        .filter(c => c.finding.verified && c.finding.kind === 'sbom' && c.statement)
        .map(c => c.statement);
    const verified = findings.filter(f => f.verified);
    const signature = { required: true, satisfied: verified.length > 0 };
    const sbom = {
        required: policy.requirements.sbom,
        satisfied: verified.some(f => f.kind === 'sbom')
    };
    const provenance = {
        required: policy.requirements.provenance,
        satisfied: verified.some(f => f.kind === 'provenance')
    };
    const failures = [];
    if (!signature.satisfied)
        failures.push(candidates.length === 0
            ? 'no signatures or attestations found'
            : `none of the ${candidates.length} signatures/attestations found is valid for the policy`);
    if (sbom.required && !sbom.satisfied)
        failures.push('no valid SBOM attestation (CycloneDX or SPDX)');
    if (provenance.required && !provenance.satisfied)
        failures.push('no valid SLSA provenance attestation');
    return {
        digest,
        findings,
        signature,
        sbom,
        provenance,
        verified: failures.length === 0,
        failures,
        verifiedSboms
    };
}
/**
 * Verifies each candidate against the policy's signers, as evaluateDigest does, and keeps the
 * in-toto statement of those that verify (e.g. to read a verified SBOM's packages).
 */
function verifyCandidates(digest, candidates, policy, root, now = new Date()) {
    const signers = signerPolicies(policy);
    return candidates.map(c => evaluateCandidate(c.subjectDigest ?? digest, c, signers, policy, root, now));
}
function signerPolicies(policy) {
    const signers = policy.identities.map(identity => ({ identity }));
    if (policy.keyPem) {
        let key;
        try {
            key = (0,external_node_crypto_.createPublicKey)(policy.keyPem);
        }
        catch (error) {
            throw new errors/* ActionError */.lZ('INPUT_INVALID', `${policy.source}: the key is not a PEM public key`, {
                hint: (0,errors/* describeError */.Uc)(error)
            });
        }
        signers.push({ key });
    }
    return signers;
}
function evaluateCandidate(digest, candidate, signers, policy, root, now) {
    const finding = { origin: candidate.origin, verified: false };
    if (candidate.problem) {
        finding.reason = candidate.problem;
        return { finding };
    }
    let bundle;
    try {
        bundle = parseBundle(candidate.bundle);
    }
    catch (error) {
        finding.reason = (0,errors/* describeError */.Uc)(error);
        return { finding };
    }
    const keyBased = bundle.verificationMaterial.content.$case === 'publicKey';
    const applicable = signers.filter(s => 'key' in s === keyBased);
    if (applicable.length === 0) {
        finding.reason = keyBased
            ? 'signed with a key, but the policy trusts no key'
            : 'signed keyless, but the policy trusts only a key';
        return { finding };
    }
    const reasons = [];
    let result;
    for (const signer of applicable) {
        try {
            result = verifyBundle(bundle, {
                root,
                signer,
                // Legacy payloads carry the digest inside; everything else binds it here.
                artifact: candidate.simpleSigningPayload
                    ? { bytes: candidate.simpleSigningPayload }
                    : { digest },
                timestampedData: candidate.timestampedData,
                now
            });
            break;
        }
        catch (error) {
            const reason = (0,errors/* describeError */.Uc)(error);
            if (!reasons.includes(reason))
                reasons.push(reason);
        }
    }
    if (!result) {
        finding.reason = reasons.join('; ');
        return { finding };
    }
    if (result.signer !== 'key') {
        finding.signer = result.signer.identity;
        finding.issuer = result.signer.issuer;
    }
    else
        finding.signer = 'key';
    const signedAt = result.timestamps[0];
    if (signedAt)
        finding.signedAt = signedAt.toISOString();
    const classified = classify(digest, candidate, result);
    Object.assign(finding, { kind: classified.kind, predicateType: classified.predicateType });
    if (classified.problem) {
        finding.reason = classified.problem;
        return { finding };
    }
    const maxAge = policy.requirements.maxAge;
    if (maxAge !== undefined) {
        if (!signedAt) {
            finding.reason = 'max-age is set but the signature carries no verified timestamp';
            return { finding };
        }
        const ageSeconds = (now.getTime() - signedAt.getTime()) / 1000;
        if (ageSeconds > maxAge) {
            finding.reason = `signed ${Math.floor(ageSeconds / 86400)} days ago (${signedAt.toISOString()}), older than max-age`;
            return { finding };
        }
    }
    finding.verified = true;
    return { finding, statement: result.statement };
}

;// CONCATENATED MODULE: ./src/verify/github.ts


/** Registries whose repositories are `<owner>/<name>`, owned by the GitHub account `<owner>`. */
const GITHUB_REGISTRIES = new Set(['ghcr.io']);
const ATTEMPTS = 3;
const PER_PAGE = 100;
/** 1,000 attestations for one digest and owner, as `gh attestation verify --limit` allows. */
const MAX_PAGES = 10;
/** A bundle is a few kilobytes; this bounds what a compressed body may claim to expand to. */
const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;
/**
 * The bundles GitHub stores for the image digest, asked where `gh attestation verify` would:
 * the owner of a ghcr.io image (GET /orgs/{owner}/attestations/{digest}, or
 * /users/{owner}/\u2026 for a user account). For other registries the first path segment is taken
 * as the owner too (a mirror keeps the owner's name), and the workflow's repository is asked
 * as well. 404 means none; 429 and 5xx are retried and then fail the check: an outage must
 * never read as "unsigned".
 */
async function githubCandidates(source, ref, digest, backoffMs = 1000) {
    const api = new GitHubApi(source, backoffMs);
    const candidates = [];
    for (const scope of attestationScopes(ref, source.repository)) {
        const found = 'owner' in scope
            ? ((await api.list(`orgs/${scope.owner}`, digest)) ??
                (await api.list(`users/${scope.owner}`, digest)))
            : await api.list(`repos/${scope.repository}`, digest);
        const where = 'owner' in scope ? scope.owner : scope.repository;
        for (const [i, attestation] of (found ?? []).entries())
            candidates.push(await api.candidate(attestation, `GitHub attestation ${i + 1} of ${where}`));
    }
    return candidates;
}
/** Whom to ask about an image; exported for tests. */
function attestationScopes(ref, repository) {
    const segments = ref.repository.split('/');
    const owner = segments.length > 1 && !(ref.registry === 'docker.io' && segments[0] === 'library')
        ? segments[0]
        : undefined;
    if (GITHUB_REGISTRIES.has(ref.registry) && owner)
        return [{ owner }];
    const scopes = owner ? [{ owner }] : [];
    const repositoryOwner = repository.split('/')[0] ?? '';
    if (owner?.toLowerCase() !== repositoryOwner.toLowerCase())
        scopes.push({ repository });
    return scopes;
}
class GitHubApi {
    source;
    backoffMs;
    base;
    constructor(source, backoffMs) {
        this.source = source;
        this.backoffMs = backoffMs;
        this.base = new URL(source.apiURL.replace(/\/*$/, '/'));
    }
    /** Every page of `{scope}/attestations/{digest}`; undefined on 404. */
    async list(scope, digest) {
        let url = new URL(`${scope}/attestations/${digest}`, this.base);
        url.searchParams.set('per_page', String(PER_PAGE));
        const attestations = [];
        for (let page = 0; url; page++) {
            if (page === MAX_PAGES) {
                log/* log */.Rm.warning(`GitHub lists more than ${attestations.length} attestations of ${digest} for ${scope}: only those were read`);
                break;
            }
            const response = await this.get(url, `list attestations of ${digest} (/${scope})`);
            if (response.status === 404)
                return page === 0 ? undefined : attestations;
            attestations.push(...parseList(await response.text()));
            url = this.nextPage(response.headers.get('link'));
        }
        return attestations;
    }
    /** The candidate for one listed attestation: its inline bundle, or the one at bundle_url. */
    async candidate(attestation, origin) {
        if (attestation.bundle && typeof attestation.bundle === 'object')
            return { origin, bundle: attestation.bundle };
        if (typeof attestation.bundle_url !== 'string')
            return {
                origin,
                bundle: undefined,
                problem: 'the API gave neither a bundle nor a bundle_url'
            };
        let url;
        try {
            url = new URL(attestation.bundle_url);
        }
        catch {
            return { origin, bundle: undefined, problem: 'bundle_url is not a URL' };
        }
        const response = await this.get(url, `fetch the bundle of ${origin}`);
        if (response.status === 404)
            return { origin, bundle: undefined, problem: 'bundle_url answered 404' };
        try {
            return { origin, bundle: decodeBundle(Buffer.from(await response.arrayBuffer())) };
        }
        catch (error) {
            return { origin, bundle: undefined, problem: (0,errors/* describeError */.Uc)(error) };
        }
    }
    /** GET with retries; resolves to a 2xx or 404 response, throws on anything else. */
    async get(url, what) {
        // The token goes to the API only: bundle_url points at pre-signed blob storage.
        const onApi = url.origin === this.base.origin;
        let failure = '';
        for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (attempt > 1)
                await new Promise(r => setTimeout(r, this.backoffMs * (attempt - 1)));
            let response;
            try {
                response = await fetch(url, {
                    headers: onApi
                        ? {
                            accept: 'application/vnd.github+json',
                            'x-github-api-version': '2022-11-28',
                            ...(this.source.token ? { authorization: `Bearer ${this.source.token}` } : {})
                        }
                        : {},
                    signal: AbortSignal.timeout(30_000)
                });
            }
            catch (error) {
                failure = (0,errors/* describeError */.Uc)(error);
                continue;
            }
            if (response.ok || response.status === 404)
                return response;
            await response.body?.cancel();
            failure = `HTTP ${response.status}`;
            const rateLimited = response.status === 429 ||
                (response.status === 403 && response.headers.get('x-ratelimit-remaining') === '0');
            if (rateLimited)
                failure += ' (rate limited)';
            else if (onApi && (response.status === 401 || response.status === 403))
                throw new errors/* ActionError */.lZ('NETWORK_ERROR', `GitHub's API refused to ${what}: ${failure}`, {
                    hint: 'Give the job a token that may read attestations: "permissions: attestations: read" ' +
                        '(and "contents: read" for private repositories), passed as "github-token"'
                });
            else if (response.status < 500)
                break;
        }
        throw new errors/* ActionError */.lZ('NETWORK_ERROR', `GitHub's API could not ${what}: ${failure}`, {
            hint: 'This is not the same as "no attestations": try again later'
        });
    }
    /** The `rel="next"` page of a Link header; only on the API's own origin, which gets the token. */
    nextPage(link) {
        const next = link
            ?.split(',')
            .map(part => /<([^>]+)>\s*;\s*rel="?next"?/.exec(part)?.[1])
            .find(Boolean);
        if (!next)
            return undefined;
        const url = new URL(next, this.base);
        if (url.origin !== this.base.origin)
            throw new errors/* ActionError */.lZ('NETWORK_ERROR', `GitHub's API pointed the next page at ${url.origin}`);
        return url;
    }
}
function parseList(text) {
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        throw new errors/* ActionError */.lZ('NETWORK_ERROR', `GitHub's attestations API answered with invalid JSON`);
    }
    const attestations = body?.attestations;
    if (!Array.isArray(attestations))
        throw new errors/* ActionError */.lZ('NETWORK_ERROR', `GitHub's attestations API answered without a list`);
    return attestations.map(a => (a && typeof a === 'object' ? a : {}));
}
/** A bundle as bundle_url serves it: Snappy-compressed JSON, or plain JSON. */
function decodeBundle(body) {
    try {
        return JSON.parse(body.toString('utf8'));
    }
    catch {
        // compressed: fall through
    }
    let text;
    try {
        text = snappyDecode(body).toString('utf8');
    }
    catch (error) {
        throw new Error(`the bundle at bundle_url is neither JSON nor Snappy: ${(0,errors/* describeError */.Uc)(error)}`, {
            cause: error
        });
    }
    try {
        return JSON.parse(text);
    }
    catch {
        throw new Error('the bundle at bundle_url does not decompress to JSON');
    }
}
/** Decodes Snappy's block format: a varint length, then literals and back-references. */
function snappyDecode(input) {
    let pos = 0;
    let length = 0;
    for (let shift = 0;; shift += 7) {
        const byte = input[pos++];
        if (byte === undefined || shift > 28)
            throw new Error('bad length preamble');
        length += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80)
            break;
    }
    if (length > MAX_BUNDLE_BYTES)
        throw new Error(`claims ${length} bytes`);
    const out = Buffer.alloc(length);
    let written = 0;
    const take = (n) => {
        if (pos + n > input.length)
            throw new Error('truncated');
        let value = 0;
        for (let i = 0; i < n; i++)
            value += input[pos + i] * 2 ** (8 * i);
        pos += n;
        return value;
    };
    while (pos < input.length) {
        const tag = input[pos++];
        const kind = tag & 3;
        if (kind === 0) {
            let size = tag >> 2;
            if (size >= 60)
                size = take(size - 59);
            size += 1;
            if (pos + size > input.length || written + size > length)
                throw new Error('bad literal');
            input.copy(out, written, pos, pos + size);
            pos += size;
            written += size;
            continue;
        }
        let size;
        let offset;
        if (kind === 1) {
            size = 4 + ((tag >> 2) & 7);
            offset = ((tag >> 5) << 8) + take(1);
        }
        else {
            size = 1 + (tag >> 2);
            offset = take(kind === 2 ? 2 : 4);
        }
        if (offset === 0 || offset > written || written + size > length)
            throw new Error('bad copy');
        // Byte by byte: a copy may overlap the bytes it produces (runs).
        for (let i = 0; i < size; i++, written++)
            out[written] = out[written - offset];
    }
    if (written !== length)
        throw new Error('length mismatch');
    return out;
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(91138);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
;// CONCATENATED MODULE: ./src/verify/policy.ts








/** Values of `maxSeverity`, most severe first. */
const MAX_SEVERITIES = ['critical', 'high', 'medium', 'low', 'none'];
/**
 * The first rule whose globs match the image, or undefined. Both sides are canonical
 * (see canonicalName), so an alias of a registry host gets the same rule as its name.
 */
function ruleForImage(policy, ref) {
    const name = (0,reference/* canonicalName */.Ew)(ref);
    return policy.rules.find(rule => rule.images.some(glob => (0,esm/* minimatch */.xF)(name, glob)));
}
const RULE_KEYS = new Set(['name', 'images', 'identities', 'key', 'require']);
const IDENTITY_KEYS = new Set(['subject', 'subjectRegExp', 'issuer', 'issuerRegExp', 'claims']);
const REQUIRE_KEYS = new Set(['sbom', 'provenance', 'maxAge', 'maxSeverity', 'completeSbom']);
/**
 * Reads a policy file:
 *
 *   policies:
 *     - name: our images
 *       images: ["ghcr.io/acme/**"]
 *       identities:
 *         - issuer: https://token.actions.githubusercontent.com
 *           subjectRegExp: ^https://github\.com/acme/[^/]+/\.github/workflows/release\.yml@refs/heads/main$
 *           claims: { sourceRepositoryOwnerURI: https://github.com/acme }
 *       require: { sbom: true, provenance: false, maxAge: 30d, maxSeverity: medium, completeSbom: true }
 *     - name: vendor images signed with a key
 *       images: ["docker.io/vendor/*"]
 *       key: ./keys/vendor.pub
 *
 * Every problem is reported with its place in the file.
 */
function loadPolicyFile(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw policyError(path, (0,errors/* describeError */.Uc)(error), 'Check the "policy" path');
    }
    let doc;
    try {
        doc = (0,yaml_dist/* parse */.qg)(text);
    }
    catch (error) {
        throw policyError(path, `not valid YAML: ${(0,errors/* describeError */.Uc)(error)}`);
    }
    const problems = [];
    const policies = (0,src_json/* isJsonObject */.O)(doc) ? doc.policies : undefined;
    if (!Array.isArray(policies) || policies.length === 0) {
        throw policyError(path, 'needs a non-empty "policies" list');
    }
    if ((0,src_json/* isJsonObject */.O)(doc)) {
        for (const key of Object.keys(doc))
            if (key !== 'policies' && key !== 'version')
                problems.push(`unknown top-level key "${key}"`);
    }
    const rules = [];
    policies.forEach((raw, i) => {
        const rule = readRule(raw, `policies[${i}]`, path, problems);
        if (rule)
            rules.push(rule);
    });
    if (problems.length > 0)
        throw policyError(path, problems.join('; '));
    return { path, rules };
}
function readRule(raw, at, file, problems) {
    if (!(0,src_json/* isJsonObject */.O)(raw))
        return void problems.push(`${at} is not a mapping`);
    for (const key of Object.keys(raw))
        if (!RULE_KEYS.has(key))
            problems.push(`${at}: unknown key "${key}" (allowed: ${[...RULE_KEYS].join(', ')})`);
    const name = typeof raw.name === 'string' ? raw.name : at;
    const images = raw.images;
    if (!Array.isArray(images) ||
        images.length === 0 ||
        !images.every(g => typeof g === 'string' && g !== ''))
        problems.push(`${at}: "images" must be a non-empty list of globs`);
    const identities = [];
    if (raw.identities !== undefined) {
        if (!Array.isArray(raw.identities) || raw.identities.length === 0)
            problems.push(`${at}: "identities" must be a non-empty list`);
        else
            raw.identities.forEach((id, j) => {
                const identity = readIdentity(id, `${at}.identities[${j}]`, problems);
                if (identity)
                    identities.push(identity);
            });
    }
    let keyPem;
    if (raw.key !== undefined) {
        if (typeof raw.key !== 'string')
            problems.push(`${at}: "key" must be a path or a PEM`);
        else
            keyPem = readKey(raw.key, (0,external_node_path_.dirname)(file), `${at}.key`, problems);
    }
    if (raw.identities === undefined && raw.key === undefined)
        problems.push(`${at}: give "identities" (keyless signers) or "key"`);
    const requirements = readRequirements(raw.require, `${at}.require`, problems);
    return {
        source: `${file}: ${name}`,
        images: Array.isArray(images) ? images.map(reference/* canonicalNameGlob */.eO) : [],
        identities,
        keyPem,
        requirements
    };
}
function readIdentity(raw, at, problems) {
    if (!(0,src_json/* isJsonObject */.O)(raw))
        return void problems.push(`${at} is not a mapping`);
    for (const key of Object.keys(raw))
        if (!IDENTITY_KEYS.has(key))
            problems.push(`${at}: unknown key "${key}" (allowed: ${[...IDENTITY_KEYS].join(', ')})`);
    const identity = readMatcher(raw, 'subject', 'subjectRegExp', at, problems);
    const issuer = readMatcher(raw, 'issuer', 'issuerRegExp', at, problems);
    const claims = {};
    if (raw.claims !== undefined) {
        if (!(0,src_json/* isJsonObject */.O)(raw.claims))
            problems.push(`${at}.claims is not a mapping`);
        else
            for (const [name, value] of Object.entries(raw.claims)) {
                if (!(name in CLAIM_OIDS))
                    problems.push(`${at}.claims: unknown claim "${name}" (known: ${Object.keys(CLAIM_OIDS).join(', ')})`);
                else if (typeof value !== 'string')
                    problems.push(`${at}.claims.${name} must be a string`);
                else
                    claims[name] = value;
            }
    }
    if (!identity || !issuer)
        return undefined;
    return { identity, issuer, claims };
}
function readMatcher(raw, exactKey, regexpKey, at, problems) {
    const exact = raw[exactKey];
    const regexp = raw[regexpKey];
    if (exact !== undefined && regexp !== undefined)
        return void problems.push(`${at}: give "${exactKey}" or "${regexpKey}", not both`);
    if (typeof exact === 'string' && exact)
        return { exact };
    if (typeof regexp === 'string' && regexp) {
        try {
            compileMatcher({ regexp }, `${at}.${regexpKey}`);
        }
        catch (error) {
            return void problems.push((0,errors/* describeError */.Uc)(error));
        }
        warnIfUnanchored(regexp, `${at}.${regexpKey}`);
        return { regexp };
    }
    problems.push(`${at}: "${exactKey}" or "${regexpKey}" (a non-empty string) is required`);
    return undefined;
}
function readRequirements(raw, at, problems) {
    const requirements = { sbom: false, provenance: false };
    if (raw === undefined)
        return requirements;
    if (!(0,src_json/* isJsonObject */.O)(raw)) {
        problems.push(`${at} is not a mapping`);
        return requirements;
    }
    for (const key of Object.keys(raw))
        if (!REQUIRE_KEYS.has(key))
            problems.push(`${at}: unknown key "${key}" (allowed: ${[...REQUIRE_KEYS].join(', ')})`);
    for (const key of ['sbom', 'provenance', 'completeSbom']) {
        const value = raw[key];
        if (value === undefined)
            continue;
        if (typeof value !== 'boolean')
            problems.push(`${at}.${key} must be true or false`);
        else
            requirements[key] = value;
    }
    if (raw.maxAge !== undefined) {
        const seconds = parseDuration(raw.maxAge);
        if (seconds === undefined)
            problems.push(`${at}.maxAge must be a duration such as 30d, 12h or 3600s`);
        else
            requirements.maxAge = seconds;
    }
    if (raw.maxSeverity !== undefined) {
        const value = raw.maxSeverity;
        const severity = MAX_SEVERITIES.find(s => s === String(value).toLowerCase());
        if (typeof value !== 'string' || !severity)
            problems.push(`${at}.maxSeverity must be one of ${MAX_SEVERITIES.join(', ')}`);
        else
            requirements.maxSeverity = severity;
    }
    return requirements;
}
const UNITS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
function parseDuration(value) {
    if (typeof value === 'number' && Number.isInteger(value) && value > 0)
        return value;
    if (typeof value !== 'string')
        return undefined;
    const match = /^(\d+)\s*([smhdw])?$/i.exec(value.trim());
    if (!match)
        return undefined;
    return Number(match[1]) * (UNITS[(match[2] ?? 's').toLowerCase()] ?? 1);
}
/** A PEM, or a path relative to the policy file. */
function readKey(value, baseDir, at, problems) {
    if (value.includes('-----BEGIN'))
        return value;
    try {
        return (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(baseDir, value), 'utf8');
    }
    catch (error) {
        problems.push(`${at}: ${(0,errors/* describeError */.Uc)(error)}`);
        return undefined;
    }
}
function policyError(path, message, hint) {
    return new errors/* ActionError */.lZ('POLICY_INVALID', `policy ${path}: ${message}`, {
        hint: hint ?? 'See docs/verify.md for the policy file format'
    });
}

// EXTERNAL MODULE: ./src/files/index.ts + 2 modules
var files = __webpack_require__(97053);
;// CONCATENATED MODULE: ./src/verify/report.ts



/** Every reason an image fails, each on its own line. */
function imageFailures(image) {
    const lines = [...image.errors];
    for (const platform of image.platforms) {
        const where = platform.platform ? ` (${platform.platform})` : '';
        for (const failure of platform.failures) {
            const reasons = platform.signature.satisfied
                ? []
                : platform.findings.filter(f => f.reason).map(f => `${f.origin}: ${f.reason}`);
            lines.push(`${failure}${where}${reasons.length > 0 ? ` \u2014 ${reasons.join('; ')}` : ''}`);
        }
    }
    return lines;
}
async function writeReport(path, report, origin) {
    await (0,files/* writeFileAtomic */.Zf)(path, `${JSON.stringify(report, null, 2)}\n`, origin);
}
/** Error annotations: on the FROM line for Dockerfile images, plain otherwise. */
function annotate(report, asErrors) {
    const emit = asErrors ? log/* log */.Rm.error : log/* log */.Rm.warning;
    for (const problem of report.problems)
        emit(problem.message, { file: problem.file, startLine: problem.line });
    for (const image of report.images) {
        if (image.verified)
            continue;
        const message = `${image.image}: ${imageFailures(image).join('; ')}`;
        emit(message, image.source ? { file: image.source.file, startLine: image.source.line } : undefined);
    }
}
const escapeCell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** `\u2705 \u2264 high` or `\u274c 2 above high`, then the counts: what the maxSeverity rule found. */
function vulnerabilityCell(check) {
    if (!check)
        return '\u2014';
    const counts = Object.entries(check.counts)
        .filter(([, n]) => n > 0)
        .map(([severity, n]) => `${n} ${severity}`)
        .join(', ');
    const verdict = check.satisfied
        ? `\u2705 \u2264 ${check.maxSeverity}`
        : check.sboms === 0
            ? '\u274c no verified SBOM to scan'
            : check.above.length === 0
                ? `\u274c incomplete SBOM`
                : `\u274c ${check.above.length} above ${check.maxSeverity}`;
    return `${verdict}${counts ? ` (${counts})` : ''}`;
}
/** The job summary: one row per image and platform. */
function summaryMarkdown(report) {
    // The column shows only when a maxSeverity rule applied somewhere.
    const scanned = report.images.some(i => i.platforms.some(p => p.vulnerabilities));
    const vulnHeader = scanned ? ' Vulnerabilities |' : '';
    const rows = [
        `| Image | Platform | Digest | Signature | SBOM | Provenance |${vulnHeader} Result |`,
        `| --- | --- | --- | --- | --- | --- |${scanned ? ' --- |' : ''} --- |`
    ];
    const mark = (r) => r.satisfied ? '\u2705' : r.required ? '\u274c' : '\u2014';
    for (const image of report.images) {
        const name = image.source
            ? `${image.image} (${image.source.file}:${image.source.line})`
            : image.image;
        if (image.platforms.length === 0)
            rows.push(`| ${escapeCell(name)} | | ${image.digest ?? ''} | | | |${scanned ? ' |' : ''} \u274c ${escapeCell(image.errors.join('; '))} |`);
        for (const p of image.platforms)
            rows.push(`| ${escapeCell(name)} | ${p.platform ?? ''} | \`${p.digest.slice(0, 19)}\u2026\` | ${mark(p.signature)} | ${mark(p.sbom)}${p.buildx?.predicateTypes.some(isSbomPredicate) ? ' (unsigned BuildKit SBOM present)' : ''} | ${mark(p.provenance)} |${scanned ? ` ${vulnerabilityCell(p.vulnerabilities)} |` : ''} ${p.verified ? '\u2705 verified' : `\u274c ${escapeCell(p.failures.join('; '))}`} |`);
    }
    const verdict = report.verified
        ? `All ${report.images.length} image(s) verified.`
        : `${report.images.filter(i => !i.verified).length} of ${report.images.length} image(s) failed verification.`;
    const problems = report.problems.map(p => `- ${p.file}:${p.line}: ${p.message}`);
    return [
        '### Image verification',
        '',
        verdict,
        '',
        ...rows,
        ...(problems.length > 0 ? ['', '**Dockerfile problems**', '', ...problems] : []),
        '',
        `Trust root: ${report.trustRoot}`,
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/verify/buildx.ts

const SBOM_FAILURE = 'no valid SBOM attestation (CycloneDX or SPDX)';
/**
 * Adds what `docker buildx build --sbom --provenance` stored beside the platform to its
 * report. Nothing signs those statements, so they never satisfy a requirement; when a signed
 * SBOM is required and missing, the failure says that an unsigned one is there.
 */
function reportBuildxAttestations(platform, attestation) {
    const predicateTypes = attestation.statements.map(s => s.predicateType);
    platform.buildx = { manifest: attestation.manifestDigest, predicateTypes, signed: false };
    if (!predicateTypes.some(isSbomPredicate))
        return;
    platform.failures = platform.failures.map(f => f === SBOM_FAILURE
        ? `${f}; the BuildKit SBOM in the index (${attestation.manifestDigest}) is unsigned: ` +
            'sign it with "sbom: buildx" in sign mode'
        : f);
}

;// CONCATENATED MODULE: ./src/verify/index.ts


















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


/***/ }),

/***/ 63671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eH: () => (/* reexport */ summaryMarkdown),
  aB: () => (/* reexport */ toJson),
  zv: () => (/* reexport */ toSarif)
});

// UNUSED EXPORTS: JSON_REPORT_FORMAT, JSON_REPORT_VERSION, MAX_SARIF_RESULTS, MAX_SUMMARY_ROWS, SARIF_SCHEMA

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/vuln/severity/index.ts + 2 modules
var severity = __webpack_require__(40299);
;// CONCATENATED MODULE: ./src/vuln/report/order.ts

/**
 * What every report shares: findings in one stable order, and record text cut to a length a
 * report can carry (records are hostile input: a `details` field can be megabytes).
 */
/** Most severe first (a computed score breaks ties), then by ID and package. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => (0,severity/* severityRank */.qs)(b.rating.severity) - (0,severity/* severityRank */.qs)(a.rating.severity) ||
        (b.rating.score ?? -1) - (a.rating.score ?? -1) ||
        compare(a.id, b.id) ||
        compare(a.package.purl, b.package.purl));
}
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Text cut to `max` characters (an ellipsis marks the cut), made well-formed. */
function capped(text, max) {
    const value = typeof text === 'string' ? text.toWellFormed() : '';
    return value.length > max ? `${value.slice(0, max - 1)}\u2026` : value;
}
/** The versions that fix a finding, or what to say when none does. */
function fixedText(finding) {
    return finding.fixedIn.length > 0 ? finding.fixedIn.join(', ') : 'no fix known';
}
/** How a suppression reads in a report. */
function suppressionText(finding) {
    const s = finding.suppressed;
    if (!s)
        return undefined;
    return s.by === 'vex' ? `VEX ${s.reason}` : `ignored (${s.reason})`;
}

;// CONCATENATED MODULE: ./src/vuln/report/sarif.ts


/**
 * SARIF 2.1.0 as GitHub code scanning reads it (github/codeql-action/upload-sarif): one rule per
 * vulnerability, rated through `properties.security-severity`, one result per vulnerable
 * package located at the scanned artifact (the SBOM file, or the Dockerfile or image).
 */
const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** GitHub code scanning keeps at most 25,000 results per run; the most severe are kept. */
const MAX_SARIF_RESULTS = 25_000;
/** SARIF levels by severity: GitHub shows error for critical and high, warning for medium. */
const LEVELS = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    none: 'note',
    unknown: 'warning'
};
/**
 * A score GitHub maps back to the same level (critical > 9.0, high \u2265 7.0, medium \u2265 4.0,
 * low \u2265 0.1) for ratings that come without one, e.g. a GHSA `HIGH`. Unknown has none.
 */
const LEVEL_SCORES = {
    critical: 9.5,
    high: 8.0,
    medium: 5.5,
    low: 2.0,
    none: 0.0
};
/** The score a rule carries: the finding's own when computed, else its level's. */
function securitySeverity(finding) {
    const score = finding.rating.score ?? LEVEL_SCORES[finding.rating.severity];
    return score === undefined ? undefined : score.toFixed(1);
}
const osvUrl = (id) => `https://osv.dev/vulnerability/${encodeURIComponent(id)}`;
function ruleOf(finding) {
    const { record, rating } = finding;
    const title = capped(record.summary, 200) || `${finding.id} in ${capped(finding.package.name, 100)}`;
    const details = capped(record.details, 4000) || title;
    const references = (Array.isArray(record.references) ? record.references : [])
        .slice(0, 10)
        .map(r => capped(r?.url, 300))
        .filter(url => /^https?:\/\//.test(url));
    const rated = `${rating.severity}${rating.score !== undefined ? ` (${rating.score.toFixed(1)})` : ''}, from ${rating.source}`;
    const aliases = finding.aliases.length > 0 ? finding.aliases.map(a => capped(a, 100)).join(', ') : 'none';
    const severity = securitySeverity(finding);
    return {
        id: finding.id,
        shortDescription: { text: title },
        fullDescription: { text: details },
        helpUri: osvUrl(finding.id),
        help: {
            text: [
                `${finding.id}: ${title}`,
                `Severity: ${rated}`,
                `Aliases: ${aliases}`,
                '',
                details,
                '',
                ...references
            ].join('\n'),
            markdown: [
                `**${finding.id}**: ${plainMarkdown(title)}`,
                '',
                `Severity: ${rated}  `,
                `Aliases: ${plainMarkdown(aliases)}`,
                '',
                plainMarkdown(details),
                '',
                ...references.map(url => `- <${url.replace(/[<>\s]/g, encodeURIComponent)}>`)
            ].join('\n')
        },
        defaultConfiguration: { level: LEVELS[rating.severity] },
        properties: {
            ...(severity !== undefined ? { 'security-severity': severity } : {}),
            tags: ['security', 'vulnerability', `${rating.severity}-severity`]
        }
    };
}
/** Record text shown as markdown: no HTML, no links or images it did not mean to make. */
function plainMarkdown(text) {
    return text.replace(/[\\`*_<>[\]()#|!&]/g, c => `\\${c}`);
}
/** An artifact reference as a SARIF URI reference: `alpine:3.19` is a path, not a scheme. */
function artifactUri(artifact) {
    return artifact
        .split('/')
        .map(segment => encodeURIComponent(segment))
        .join('/');
}
/** Stable across runs for the same vulnerability in the same package, so alerts track. */
function fingerprint(finding) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${finding.id}\n${finding.package.purl}`).digest('hex');
}
function toSarif(result, gate, context) {
    const findings = sortFindings(gate.findings).slice(0, MAX_SARIF_RESULTS);
    const rules = [];
    const ruleIndex = new Map();
    for (const finding of findings) {
        const index = ruleIndex.get(finding.id);
        if (index === undefined) {
            ruleIndex.set(finding.id, rules.length);
            rules.push(ruleOf(finding));
            continue;
        }
        // One rule per vulnerability: it carries the most severe rating among its packages.
        const rule = rules[index];
        const severity = securitySeverity(finding);
        const current = rule.properties['security-severity'];
        if (severity !== undefined && (current === undefined || Number(severity) > Number(current)))
            rule.properties['security-severity'] = severity;
        if (LEVELS[finding.rating.severity] === 'error')
            rule.defaultConfiguration.level = 'error';
    }
    const uri = artifactUri(context.artifact);
    const results = findings.map(finding => {
        const pkg = finding.package;
        const aliases = finding.aliases.length > 0 ? ` (${finding.aliases.map(a => capped(a, 100)).join(', ')})` : '';
        const where = pkg.location ? ` at ${capped(pkg.location, 300)}` : '';
        const suppression = suppressionText(finding);
        return {
            ruleId: finding.id,
            ruleIndex: ruleIndex.get(finding.id),
            level: LEVELS[finding.rating.severity],
            message: {
                text: `${capped(pkg.name, 200)} ${capped(pkg.version, 100)}${where} is affected by ${finding.id}${aliases}; fixed in: ${capped(fixedText(finding), 300)}`
            },
            locations: [
                {
                    physicalLocation: { artifactLocation: { uri }, region: { startLine: 1 } },
                    logicalLocations: [{ name: capped(pkg.purl, 1000), kind: 'package' }]
                }
            ],
            partialFingerprints: { 'vulnerabilityPackage/v1': fingerprint(finding) },
            properties: {
                purl: pkg.purl,
                installedVersion: pkg.version,
                fixedVersions: finding.fixedIn,
                severity: finding.rating.severity,
                ...(finding.rating.score !== undefined ? { score: finding.rating.score } : {}),
                ...(finding.rating.vector ? { vector: finding.rating.vector } : {})
            },
            ...(suppression
                ? {
                    suppressions: [
                        { kind: 'external', status: 'accepted', justification: capped(suppression, 1000) }
                    ]
                }
                : {})
        };
    });
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: result.scanner.name,
                        version: result.scanner.version,
                        ...(/^\d+\.\d+\.\d+/.test(result.scanner.version)
                            ? { semanticVersion: result.scanner.version }
                            : {}),
                        informationUri: result.scanner.uri,
                        rules
                    }
                },
                results,
                properties: {
                    database: result.database,
                    packages: result.packages.length,
                    unscanned: result.unscanned.length,
                    ...(gate.findings.length > findings.length
                        ? { resultsOmitted: gate.findings.length - findings.length }
                        : {})
                }
            }
        ]
    };
}

// EXTERNAL MODULE: ./src/sbom/summary.ts
var summary = __webpack_require__(61669);
// EXTERNAL MODULE: ./src/vuln/types.ts
var types = __webpack_require__(18306);
;// CONCATENATED MODULE: ./src/vuln/report/markdown.ts



/** GitHub caps a step summary at 1 MiB: past this many rows the table points to the JSON report. */
const MAX_SUMMARY_ROWS = 1000;
const LABELS = {
    critical: 'Critical',
    high: 'High',
    medium: 'Medium',
    low: 'Low',
    none: 'None',
    unknown: 'Unknown'
};
/** Record text as a table cell: cut to a length, markdown and HTML escaped. */
const markdown_text = (value, max = 120) => (0,summary/* cell */.Hn)(capped(value, max));
function incompleteVerdict({ leftOut, failsGate }) {
    const why = `(${leftOut.length} problem(s); the first: ${markdown_text(leftOut[0], 300)})`;
    return failsGate
        ? `\u274c **The SBOM marks itself incomplete, so the gate fails:** what it left out was not scanned ${why}.`
        : `\u26a0\ufe0f The SBOM marks itself incomplete: what it left out was not scanned ${why}.`;
}
function severityCell(finding) {
    const { severity, score } = finding.rating;
    return `${LABELS[severity]}${score !== undefined ? ` (${score.toFixed(1)})` : ''}`;
}
/**
 * The job summary: what was scanned, whether the gate fails, counts by severity (findings set
 * aside by VEX or an ignore are counted apart), lapsed ignores, then one row per finding.
 */
function summaryMarkdown(result, gate, incomplete) {
    const suppressed = gate.findings.filter(f => f.suppressed).length;
    const findingsVerdict = gate.failing.length > 0
        ? `\u274c **${gate.failing.length} of ${gate.findings.length} finding(s) fail the gate.**`
        : `${incomplete?.failsGate ? '' : '\u2705 '}No finding fails the gate (${gate.findings.length} found, ${suppressed} set aside).`;
    const verdict = incomplete
        ? `${incompleteVerdict(incomplete)}\n\n${findingsVerdict}`
        : findingsVerdict;
    const unscanned = result.unscanned.length > 0 ? `, ${result.unscanned.length} not scanned` : '';
    const updated = result.database.updatedAt
        ? `, updated ${markdown_text(result.database.updatedAt, 40)}`
        : '';
    const lines = [
        '### Vulnerabilities',
        '',
        `${result.packages.length} package(s) scanned${unscanned} against ${markdown_text(result.database.source, 200)}${updated}.`,
        '',
        verdict,
        '',
        `| ${types/* SEVERITIES */.o.map(s => LABELS[s]).join(' | ')} | Set aside |`,
        `| ${types/* SEVERITIES */.o.map(() => '---:').join(' | ')} | ---: |`,
        `| ${types/* SEVERITIES */.o.map(s => gate.counts[s]).join(' | ')} | ${suppressed} |`,
        ''
    ];
    if (gate.lapsedIgnores.length > 0) {
        lines.push(`\u26a0\ufe0f Ignores past their date no longer apply: ${gate.lapsedIgnores.map(r => `\`${markdown_text(r.text, 150).replace(/`/g, '')}\``).join(', ')}`, '');
    }
    const findings = sortFindings(gate.findings);
    if (findings.length > 0) {
        const failing = new Set(gate.failing);
        lines.push('| Package | Installed | Fixed in | ID | Aliases | Severity | Set aside |', '| --- | --- | --- | --- | --- | --- | --- |');
        for (const f of findings.slice(0, MAX_SUMMARY_ROWS)) {
            const mark = failing.has(f) ? '\u274c ' : '';
            lines.push(`| ${markdown_text(f.package.name)} | ${markdown_text(f.package.version, 80)} | ${markdown_text(fixedText(f), 80)} | ${mark}${markdown_text(f.id, 80)} | ${markdown_text(f.aliases.join(', '), 200)} | ${severityCell(f)} | ${markdown_text(suppressionText(f), 300)} |`);
        }
        if (findings.length > MAX_SUMMARY_ROWS)
            lines.push('', `\u2026 and ${findings.length - MAX_SUMMARY_ROWS} more (see the JSON report).`);
        lines.push('');
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/vuln/report/json.ts

/** The JSON report's format name and version; a change to its shape bumps the version. */
const JSON_REPORT_FORMAT = 'sbom-sign-action/vulnerabilities';
const JSON_REPORT_VERSION = 1;
/**
 * The JSON report (docs/vulnerabilities.md, "Reports"): one object per finding, most severe
 * first, with its package, rating, fix and suppression; counts as the gate saw them. Record
 * text other than the summary stays out: the OSV record is one lookup away by its ID.
 */
function toJson(result, gate) {
    const failing = new Set(gate.failing);
    return {
        format: JSON_REPORT_FORMAT,
        version: JSON_REPORT_VERSION,
        scanner: result.scanner,
        database: result.database,
        startedAt: result.startedAt,
        finishedAt: result.finishedAt,
        passed: gate.failing.length === 0,
        counts: gate.counts,
        totals: {
            packages: result.packages.length,
            unscanned: result.unscanned.length,
            findings: gate.findings.length,
            suppressed: gate.findings.filter(f => f.suppressed).length,
            failing: gate.failing.length
        },
        lapsedIgnores: gate.lapsedIgnores.map(r => ({
            id: r.id,
            ...(r.until ? { until: r.until } : {}),
            text: r.text
        })),
        findings: sortFindings(gate.findings).map(f => ({
            id: f.id,
            aliases: f.aliases,
            ...(typeof f.record.summary === 'string' ? { summary: f.record.summary } : {}),
            package: {
                name: f.package.name,
                version: f.package.version,
                purl: f.package.purl,
                ecosystem: f.package.osv.ecosystem,
                osvName: f.package.osv.name,
                ...(f.package.location ? { location: f.package.location } : {})
            },
            fixedIn: f.fixedIn,
            severity: f.rating.severity,
            ...(f.rating.score !== undefined ? { score: f.rating.score } : {}),
            ...(f.rating.vector ? { vector: f.rating.vector } : {}),
            ratingSource: f.rating.source,
            failing: failing.has(f),
            ...(f.suppressed ? { suppressed: f.suppressed } : {})
        })),
        unscanned: result.unscanned
    };
}

;// CONCATENATED MODULE: ./src/vuln/report/index.ts





/***/ })

};
