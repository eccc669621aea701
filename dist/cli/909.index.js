export const id = 909;
export const ids = [909];
export const modules = {

/***/ 42909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* reexport safe */ _oci__WEBPACK_IMPORTED_MODULE_0__.Bq),
/* harmony export */   GQ: () => (/* binding */ runnerPlatform),
/* harmony export */   dp: () => (/* binding */ parseBuildPlatform),
/* harmony export */   xZ: () => (/* binding */ platformArgs)
/* harmony export */ });
/* harmony import */ var _oci__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62786);
/**
 * Platforms as BuildKit reads `--platform` and fills its automatic build args: containerd's
 * platforms.Parse and Normalize (`linux/arm64/v8` is linux/arm64, `linux/arm` is linux/arm/v7),
 * and the runner's own platform as the build platform.
 */

const KNOWN_OS = new Set(['linux', 'windows', 'darwin', 'freebsd', 'netbsd', 'openbsd', 'solaris']);
const KNOWN_ARCH = new Set([
    '386',
    'amd64',
    'arm',
    'arm64',
    'ppc64le',
    'ppc64',
    'riscv64',
    's390x',
    'mips64le',
    'loong64'
]);
/** Parses os/arch[/variant] (or a lone os or arch, as containerd does) and normalises it. */
function parseBuildPlatform(text, host) {
    const lone = text.trim().toLowerCase();
    if (!lone.includes('/')) {
        const alias = (0,_oci__WEBPACK_IMPORTED_MODULE_0__/* .parsePlatform */ .Y8)(`linux/${lone}`);
        if (KNOWN_ARCH.has(alias.architecture))
            return alias;
        if (KNOWN_OS.has(lone))
            return (0,_oci__WEBPACK_IMPORTED_MODULE_0__/* .normalizePlatform */ .FL)({ ...host, os: lone });
    }
    return (0,_oci__WEBPACK_IMPORTED_MODULE_0__/* .parsePlatform */ .Y8)(text);
}
/** The platform BuildKit runs on here: the runner's (BUILDPLATFORM). */
function runnerPlatform() {
    const arch = {
        x64: 'amd64',
        arm64: 'arm64',
        arm: 'arm',
        ia32: '386',
        ppc64: 'ppc64le',
        s390x: 's390x',
        riscv64: 'riscv64',
        loong64: 'loong64'
    };
    // Docker on macOS and Windows runners builds Linux images in a Linux VM of the same CPU.
    return (0,_oci__WEBPACK_IMPORTED_MODULE_0__/* .normalizePlatform */ .FL)({ os: 'linux', architecture: arch[process.arch] ?? process.arch });
}
/** The automatic args BuildKit sets for every build (dockerfile2llb/platform.go defaultArgs). */
function platformArgs(target, build) {
    return [
        ['BUILDPLATFORM', (0,_oci__WEBPACK_IMPORTED_MODULE_0__/* .formatPlatform */ .Bq)(build)],
        ['BUILDOS', build.os],
        ['BUILDOSVERSION', ''],
        ['BUILDARCH', build.architecture],
        ['BUILDVARIANT', build.variant ?? ''],
        ['TARGETPLATFORM', (0,_oci__WEBPACK_IMPORTED_MODULE_0__/* .formatPlatform */ .Bq)(target)],
        ['TARGETOS', target.os],
        ['TARGETOSVERSION', ''],
        ['TARGETARCH', target.architecture],
        ['TARGETVARIANT', target.variant ?? '']
    ];
}



/***/ })

};
