export const id = 282;
export const ids = [282];
export const modules = {

/***/ 78282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runScan: () => (/* binding */ runScan)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _files__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97053);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _log__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25625);
/* harmony import */ var _network_deadline__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2850);
/* harmony import */ var _network_retry__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98904);
/* harmony import */ var _oci__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62786);
/* harmony import */ var _sbom__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(18950);
/* harmony import */ var _vulnerabilities__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(76197);










/** CLI `scan`: SBOM (read, or generated from the image) \u2192 scan \u2192 gate \u2192 reports. */
async function runScan(request) {
    const { config } = request;
    return (0,_network_deadline__WEBPACK_IMPORTED_MODULE_5__/* .withDeadline */ .NE)(config.network.timeoutMs, { what: 'the scan', input: 'timeout', graceMs: 1000 }, async () => {
        const budget = new _network_retry__WEBPACK_IMPORTED_MODULE_6__/* .RetryBudget */ .Km(config.network.retryBudgetMs);
        // The source and VEX document first: a bad path fails before an image is pulled.
        const scanner = await (0,_vulnerabilities__WEBPACK_IMPORTED_MODULE_9__/* .openScanner */ .n1)(config.vulnerabilities, budget);
        const { sbom, subject } = await sbomOf(request, budget);
        _log__WEBPACK_IMPORTED_MODULE_4__/* .log */ .Rm.info(`scanning ${subject.artifact} against ${scanner.description}`);
        const scan = await scanner.scan(sbom, subject, config.vulnerabilities.failOn);
        const toStdout = request.json === '-';
        const paths = await (0,_vulnerabilities__WEBPACK_IMPORTED_MODULE_9__/* .writeScanReports */ .w3)(request.outputDir, [scan], {
            json: toStdout ? undefined : request.json,
            sarif: request.sarif
        });
        if (toStdout)
            process.stdout.write(`${JSON.stringify((0,_vulnerabilities__WEBPACK_IMPORTED_MODULE_9__/* .jsonReport */ .L7)([scan]), null, 2)}\n`);
        const failure = (0,_vulnerabilities__WEBPACK_IMPORTED_MODULE_9__/* .gateFailure */ .I9)([scan]);
        return {
            ok: failure === undefined,
            ...(failure ? { failure } : {}),
            outputs: (0,_vulnerabilities__WEBPACK_IMPORTED_MODULE_9__/* .scanOutputs */ .qz)(paths, [scan]),
            summary: (0,_vulnerabilities__WEBPACK_IMPORTED_MODULE_9__/* .scanSummary */ .yK)([scan], config.vulnerabilities)
        };
    });
}
async function sbomOf(request, budget) {
    const file = sbomFile(request.source);
    if (file) {
        const sbom = await (0,_sbom__WEBPACK_IMPORTED_MODULE_8__/* .loadSbomFile */ .My)(file);
        return { sbom, subject: { artifact: file, purls: (0,_vulnerabilities__WEBPACK_IMPORTED_MODULE_9__/* .describedPurl */ .Bg)(sbom) } };
    }
    const { registry } = request.config;
    const target = await (0,_oci__WEBPACK_IMPORTED_MODULE_7__/* .openTarget */ .Ap)(request.source, {
        insecureRegistries: registry.insecureRegistries,
        retryBudget: budget,
        ...(registry.username ? { username: registry.username } : {}),
        ...(registry.password ? { password: registry.password } : {})
    });
    const image = await (0,_oci__WEBPACK_IMPORTED_MODULE_7__/* .selectPlatform */ .md)(target, request.platform);
    const started = Date.now();
    const sbom = await (0,_sbom__WEBPACK_IMPORTED_MODULE_8__/* .generateSbom */ .N3)(image, { format: 'cyclonedx-json', imageName: image.name });
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(request.outputDir.path, 'sbom.cdx.json');
    await (0,_files__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Zf)(path, sbom.bytes, request.outputDir.origin);
    _log__WEBPACK_IMPORTED_MODULE_4__/* .log */ .Rm.info(`${path}: ${sbom.summary.packages} packages in ${image.name}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return {
        sbom,
        subject: {
            artifact: `${image.name.replace(/@sha256:[0-9a-f]{64}$/, '')}@${image.digest}`,
            digest: image.digest,
            purls: (0,_vulnerabilities__WEBPACK_IMPORTED_MODULE_9__/* .describedPurl */ .Bg)(sbom)
        }
    };
}
/** `sbom:PATH` always; otherwise a path that names a file (image sources are not files). */
function sbomFile(source) {
    if (source.startsWith('sbom:'))
        return source.slice('sbom:'.length);
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(source).isFile() ? source : undefined;
    }
    catch {
        if (/\.json$/i.test(source))
            throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ('INPUT_INVALID', `${source} does not exist`, {
                hint: 'Give the path of a CycloneDX or SPDX JSON SBOM, or an image reference'
            });
        return undefined;
    }
}


/***/ })

};
