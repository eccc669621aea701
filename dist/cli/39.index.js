export const id = 39;
export const ids = [39,909];
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


















/***/ })

};
