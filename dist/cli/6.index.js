export const id = 6;
export const ids = [6];
export const modules = {

/***/ 86809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ readSign),
/* harmony export */   z: () => (/* binding */ SBOM_FORMATS)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const SBOM_FORMATS = ['cyclonedx-json', 'spdx-json'];
const ATTACH_FORMATS = ['bundle', 'legacy', 'both'];
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** Sign mode's image, what to sign of it, and the SBOM and formats that go with it. */
function readSign(inputs) {
    const image = inputs.required('image', 'Set "image" to the pushed reference, e.g. ghcr.io/owner/app@${{ steps.build.outputs.digest }}');
    const digest = inputs.string('digest');
    if (digest !== undefined && !DIGEST.test(digest))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('digest', `"${digest}" is not a sha256 digest`, 'Use the form sha256:<64 hex>');
    const sbomInput = inputs.string('sbom') ?? 'generate';
    const sbom = sbomInput === 'generate' || sbomInput === 'none' || sbomInput === 'buildx'
        ? { kind: sbomInput }
        : { kind: 'file', path: sbomInput };
    return {
        image,
        digest,
        platforms: inputs.list('platforms'),
        sbom,
        sbomFormat: inputs.choice('sbom-format', SBOM_FORMATS, 'cyclonedx-json'),
        attachFormat: inputs.choice('attach-format', ATTACH_FORMATS, 'bundle'),
        provenance: inputs.boolean('provenance', false),
        githubAttestations: inputs.boolean('github-attestations', false),
        force: inputs.boolean('force', false),
        maxPredicateSize: inputs.size('max-predicate-size', 16 * 1024 ** 2)
    };
}


/***/ }),

/***/ 36006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSbom: () => (/* binding */ runSbom)
/* harmony export */ });
/* harmony import */ var _config_sign__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86809);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _files__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97053);
/* harmony import */ var _log__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25625);
/* harmony import */ var _oci__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62786);
/* harmony import */ var _sbom__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(18950);






/** CLI `sbom`: image source \u2192 SBOM \u2192 file. */
async function runSbom(request) {
    const format = (request.format ?? 'cyclonedx-json');
    if (!_config_sign__WEBPACK_IMPORTED_MODULE_0__/* .SBOM_FORMATS */ .z.includes(format)) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ('INPUT_INVALID', `--format ${request.format} is not an SBOM format`, {
            hint: `Use one of ${_config_sign__WEBPACK_IMPORTED_MODULE_0__/* .SBOM_FORMATS */ .z.join(', ')}`
        });
    }
    if (request.password)
        _log__WEBPACK_IMPORTED_MODULE_3__/* .log */ .Rm.secret(request.password);
    const target = await (0,_oci__WEBPACK_IMPORTED_MODULE_4__/* .openTarget */ .Ap)(request.source, {
        insecureRegistries: request.insecureRegistries,
        ...(request.username ? { username: request.username } : {}),
        ...(request.password ? { password: request.password } : {})
    });
    const image = await (0,_oci__WEBPACK_IMPORTED_MODULE_4__/* .selectPlatform */ .md)(target, request.platform);
    const started = Date.now();
    const sbom = await (0,_sbom__WEBPACK_IMPORTED_MODULE_5__/* .generateSbom */ .N3)(image, { format, imageName: image.name });
    const toStdout = request.output === '-';
    try {
        if (toStdout)
            await writeStdout(sbom.bytes);
        else
            await (0,_files__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Zf)(request.output, sbom.bytes, '--output');
    }
    catch (error) {
        if (error instanceof _errors__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ)
            throw error;
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ('INPUT_INVALID', `cannot write ${request.output}: ${error.message}`, {
            hint: 'Check that --output names a file in a writable directory'
        });
    }
    const ecosystems = Object.entries(sbom.summary.byEcosystem)
        .map(([e, n]) => `${n} ${e}`)
        .join(', ');
    _log__WEBPACK_IMPORTED_MODULE_3__/* .log */ .Rm.info(`${toStdout ? 'standard output' : request.output}: ${sbom.summary.packages} packages (${ecosystems || 'none'}) in ${image.name}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
/** Writes all of `bytes` to standard output, resolving once the pipe has taken them. */
function writeStdout(bytes) {
    return new Promise((resolve, reject) => process.stdout.write(bytes, error => (error ? reject(error) : resolve())));
}


/***/ })

};
