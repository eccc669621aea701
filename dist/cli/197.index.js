export const id = 197;
export const ids = [197];
export const modules = {

/***/ 76197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gt: () => (/* binding */ countFindings),
  Bg: () => (/* binding */ describedPurl),
  I9: () => (/* binding */ gateFailure),
  L7: () => (/* binding */ jsonReport),
  u4: () => (/* binding */ leftOutSummary),
  Vf: () => (/* binding */ ociPurl),
  n1: () => (/* binding */ openScanner),
  qz: () => (/* binding */ scanOutputs),
  yK: () => (/* binding */ scanSummary),
  w3: () => (/* binding */ writeScanReports)
});

// UNUSED EXPORTS: COUNTED_SEVERITIES, JSON_REPORT, SARIF_REPORT

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
