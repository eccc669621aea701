export const id = 861;
export const ids = [861];
export const modules = {

/***/ 6861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSign: () => (/* binding */ runSign)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/oci/index.ts + 18 modules
var oci = __webpack_require__(62786);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/verify/index.ts + 26 modules
var verify = __webpack_require__(85039);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/attach/referrer.ts




/** The empty JSON config OCI artifacts use ("{}"). */
const EMPTY_CONFIG = {
    mediaType: oci/* MediaType */.zu.OCI_EMPTY,
    digest: oci/* EMPTY_DIGEST */.Vx,
    size: 2
};
const EMPTY_CONFIG_BYTES = Buffer.from('{}');
const BUNDLE_CONTENT_ANNOTATION = 'dev.sigstore.bundle.content';
const BUNDLE_PREDICATE_TYPE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
const CREATED_ANNOTATION = 'org.opencontainers.image.created';
/**
 * The manifest cosign v3 and actions/attest push for a bundle: artifactType = bundle media
 * type, empty config, the bundle as the only layer, the image as subject.
 */
function bundleReferrer(bundle, subject, predicateType, created, annotations = {}, 
/** The bundle's JSON when it is serialised already (the bytes of its bundle file). */
bundleBytes = Buffer.from(JSON.stringify(bundle))) {
    const digest = Buffer.isBuffer(bundleBytes) ? (0,oci/* sha256Digest */.sI)(bundleBytes) : bundleBytes.digest;
    const mediaType = bundle.mediaType;
    const manifest = {
        schemaVersion: 2,
        mediaType: oci/* MediaType */.zu.OCI_MANIFEST,
        artifactType: mediaType,
        config: EMPTY_CONFIG,
        layers: [{ mediaType, digest, size: bundleBytes.length }],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations: {
            [BUNDLE_CONTENT_ANNOTATION]: bundle.dsseEnvelope ? 'dsse-envelope' : 'message-signature',
            [BUNDLE_PREDICATE_TYPE_ANNOTATION]: predicateType,
            [CREATED_ANNOTATION]: created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
            ...annotations
        }
    };
    return { manifest, bundleBytes };
}
/** Pushes the blobs, then the manifest (by digest; the fallback tag is the client's job). */
async function pushBundleReferrer(client, ref, referrer) {
    await client.putBlob(ref, EMPTY_CONFIG_BYTES, EMPTY_CONFIG.digest);
    await client.putBlob(ref, referrer.bundleBytes, referrer.manifest.layers[0]?.digest);
    return client.pushReferrer(ref, referrer.manifest);
}
/**
 * Re-reads the referrers the way cosign and gh do (referrers API, else the fallback tag) after
 * every write of the run, and lists again any that a concurrent writer dropped, so no output
 * names a referrer nobody can find. One that still is not listed fails the run.
 */
async function ensureReferrersListed(client, ref, pushed) {
    const listed = async (subject, digest) => (await client.referrers(ref, subject)).some(d => d.digest === digest);
    // A concurrent run that read a fallback index before our last PUT may still replace it:
    // wait out its read-to-write span (with jitter) once, then read back what everyone sees.
    if (pushed.length && !client.hasReferrersApi(ref))
        await (0,promises_.setTimeout)(oci/* REFERRERS_TAG_SETTLE_MS */.fO * (1 + Math.random()));
    for (const { what, subject, descriptor } of pushed) {
        const digest = descriptor.digest;
        if (await listed(subject, digest))
            continue;
        log/* log */.Rm.warning(`${what} ${digest} was dropped from the referrers of ${subject}; listing it again`);
        await client.listReferrer(ref, subject, descriptor, true);
        if (!(await listed(subject, digest)))
            throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${what} ${digest} is pushed but not listed among the referrers of ${subject}`, { hint: oci/* RELIST_HINT */.aK });
    }
    if (pushed.length)
        log/* log */.Rm.info(`${pushed.length} referrer(s) listed where cosign and gh look`);
}

;// CONCATENATED MODULE: ./src/attach/existing.ts





/**
 * The bundle referrers of `subjectDigest` (referrers API or fallback tag): manifests with one
 * layer whose media type is a Sigstore bundle, as cosign and gh read them. Unreadable ones
 * are skipped; registry errors propagate (never read as "none").
 */
async function findBundleReferrers(client, ref, subjectDigest) {
    const descriptors = await client.referrers(ref, subjectDigest);
    const found = [];
    for (const descriptor of descriptors) {
        if (!descriptor.artifactType?.startsWith(verify/* BUNDLE_MEDIA_TYPE_PREFIX */.QT))
            continue;
        const read = await readBundleReferrer(client, ref, descriptor.digest);
        if (read)
            found.push(read.found);
    }
    return found;
}
/**
 * The bundle referrers of `subjectDigest` that an earlier run pushed but could not list, from
 * the pending record, minus those `listed` already. Each is read by digest (so its content is
 * what the digest says) and must name `subjectDigest` as its subject; its bundle still has to
 * be verified before it counts for anything.
 */
async function findUnlistedBundles(client, ref, subjectDigest, listed) {
    const record = await client.pendingReferrers(ref, subjectDigest);
    const found = [];
    const unusable = [];
    for (const entry of record.manifests) {
        if (typeof entry.digest !== 'string' || !(0,oci/* isDigest */.Bc)(entry.digest)) {
            unusable.push('an entry without a valid digest');
            continue;
        }
        if (listed.has(entry.digest) || found.some(f => f.manifestDigest === entry.digest))
            continue;
        // A lead, not a referrer: whatever cannot be read as one (gone, malformed, another
        // subject's, not discoverable as a bundle) is set aside, and the run signs anew.
        try {
            const read = await readBundleReferrer(client, ref, entry.digest);
            const descriptor = read && (0,oci/* referrerDescriptor */.xh)(read.manifest, read.bytes);
            if (read?.manifest.subject?.digest === subjectDigest &&
                descriptor?.artifactType?.startsWith(verify/* BUNDLE_MEDIA_TYPE_PREFIX */.QT)) {
                found.push({ ...read.found, unlisted: descriptor });
                continue;
            }
        }
        catch (error) {
            log/* log */.Rm.debug(`pending referrer ${entry.digest}: ${(0,errors/* describeError */.Uc)(error)}`);
        }
        unusable.push(entry.digest);
    }
    return { found, unusable, record, where: `${ref.name}:${(0,oci/* pendingTag */.Wk)(subjectDigest)}` };
}
/** A referrer manifest by digest and the bundle in its one bundle layer; undefined when it is not one. */
async function readBundleReferrer(client, ref, digest) {
    const { bytes } = await client.getManifest(ref, digest);
    const manifest = JSON.parse(bytes.toString());
    const layer = manifest.layers?.length === 1 ? manifest.layers[0] : undefined;
    if (!layer?.mediaType.startsWith(verify/* BUNDLE_MEDIA_TYPE_PREFIX */.QT))
        return undefined;
    try {
        const bundle = JSON.parse((await client.getBlob(ref, layer.digest)).toString());
        return {
            found: {
                manifestDigest: digest,
                predicateType: manifest.annotations?.[BUNDLE_PREDICATE_TYPE_ANNOTATION],
                bundle
            },
            manifest,
            bytes
        };
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/attach/github.ts

const ATTEMPTS = 3;
/**
 * Stores a bundle with GitHub's attestations API (needs `attestations: write`), where
 * `gh attestation verify` and GitHub's UI find it.
 */
async function storeAttestation(target, bundle) {
    const url = `${target.apiURL.replace(/\/+$/, '')}/repos/${target.repository}/attestations`;
    let failure = '';
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        let response;
        try {
            response = await fetch(url, {
                method: 'POST',
                headers: {
                    authorization: `Bearer ${target.token}`,
                    accept: 'application/vnd.github+json',
                    'content-type': 'application/json',
                    'x-github-api-version': '2022-11-28'
                },
                body: JSON.stringify({ bundle }),
                signal: AbortSignal.timeout(30_000)
            });
        }
        catch (error) {
            failure = error.message;
            await backoff(attempt);
            continue;
        }
        if (response.ok) {
            const body = (await response.json());
            if (body.id === undefined)
                throw attachError('the response has no attestation id');
            const id = String(body.id);
            return {
                id,
                url: `${target.serverURL.replace(/\/+$/, '')}/${target.repository}/attestations/${id}`
            };
        }
        failure = `HTTP ${response.status} ${await messageOf(response)}`;
        if (response.status === 401 || response.status === 403 || response.status === 404)
            throw attachError(failure, 'Give the job "permissions: attestations: write" (and id-token: write)');
        if (response.status < 500 && response.status !== 429)
            throw attachError(failure);
        await backoff(attempt);
    }
    throw attachError(failure);
}
function attachError(detail, hint) {
    return new errors/* ActionError */.lZ('ATTACH_FAILED', `GitHub's attestations API refused the bundle: ${detail}`, {
        hint
    });
}
async function messageOf(response) {
    try {
        const body = (await response.json());
        return body.message ?? '';
    }
    catch {
        return '';
    }
}
function backoff(attempt) {
    return attempt < ATTEMPTS
        ? new Promise(r => setTimeout(r, 500 * 2 ** (attempt - 1)))
        : Promise.resolve();
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
;// CONCATENATED MODULE: ./src/attach/legacy.ts







const CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json';
/**
 * The `.sig` layer for a message-signature bundle over the simple-signing payload: the
 * payload as blob, the signature, certificate, chain and Rekor bundle as annotations. The
 * bundle's RFC 3161 timestamp covers the raw signature, which is what cosign checks on `.sig`.
 */
function signatureLayer(bundle, payload, trustedRoot) {
    const signature = bundle.messageSignature?.signature;
    if (!signature)
        throw new Error('a .sig layer needs a message-signature bundle');
    const timestamp = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps?.[0];
    return legacy_layer(payload, verify/* SIMPLE_SIGNING_MEDIA_TYPE */.$r, {
        [verify/* COSIGN_ANNOTATIONS */.PY.signature]: signature,
        ...verificationAnnotations(bundle, trustedRoot, timestamp?.signedTimestamp)
    });
}
/** The `.att` layer blob: the DSSE envelope JSON exactly as Rekor's envelope hash covers it. */
function attestationLayerBytes(bundle) {
    if (!bundle.dsseEnvelope)
        throw new Error('a .att layer needs a DSSE bundle');
    return Buffer.from(JSON.stringify((0,dist.envelopeToJSON)((0,dist.envelopeFromJSON)(bundle.dsseEnvelope))));
}
/**
 * The `.att` layer for a DSSE bundle, with the predicate type. `timestamp` (base64 DER) must
 * cover the layer bytes (see timestampBytes): the bundle's own timestamp covers only the DSSE
 * signature, which cosign's `.att` check does not hash, so it is never copied here.
 */
function attestationLayer(bundle, predicateType, trustedRoot, timestamp, annotations = {}) {
    return legacy_layer(attestationLayerBytes(bundle), verify/* DSSE_ENVELOPE_MEDIA_TYPE */.Nr, {
        [verify/* COSIGN_ANNOTATIONS */.PY.signature]: '',
        [verify/* COSIGN_ANNOTATIONS */.PY.predicateType]: predicateType,
        ...annotations,
        ...verificationAnnotations(bundle, trustedRoot, timestamp)
    });
}
function legacy_layer(bytes, mediaType, annotations) {
    return {
        bytes,
        descriptor: { mediaType, digest: (0,oci/* sha256Digest */.sI)(bytes), size: bytes.length, annotations }
    };
}
/** Certificate, chain, Rekor bundle (SET + entry) and RFC 3161 timestamp, as cosign v2 writes them. */
function verificationAnnotations(bundle, trustedRoot, timestamp) {
    const annotations = {};
    const material = bundle.verificationMaterial;
    const leaf = material.certificate?.rawBytes ?? material.x509CertificateChain?.certificates[0]?.rawBytes;
    if (leaf) {
        annotations[verify/* COSIGN_ANNOTATIONS */.PY.certificate] = pem(leaf);
        const chain = issuerChain(leaf, trustedRoot);
        if (chain)
            annotations[verify/* COSIGN_ANNOTATIONS */.PY.chain] = chain;
    }
    const entry = material.tlogEntries?.[0];
    if (entry?.inclusionPromise) {
        annotations[verify/* COSIGN_ANNOTATIONS */.PY.bundle] = JSON.stringify({
            SignedEntryTimestamp: entry.inclusionPromise.signedEntryTimestamp,
            Payload: {
                body: entry.canonicalizedBody,
                integratedTime: Number(entry.integratedTime),
                logIndex: Number(entry.logIndex),
                logID: Buffer.from(entry.logId.keyId, 'base64').toString('hex')
            }
        });
    }
    if (timestamp)
        annotations[verify/* COSIGN_ANNOTATIONS */.PY.timestamp] = JSON.stringify({
            SignedRFC3161Timestamp: timestamp
        });
    return annotations;
}
/** The PEM chain above the leaf, from the trusted root's CA that issued it. */
function issuerChain(leafBase64, trustedRoot) {
    const leaf = new external_node_crypto_.X509Certificate(Buffer.from(leafBase64, 'base64'));
    for (const ca of trustedRoot?.certificateAuthorities ?? []) {
        const certificates = ca.certChain?.certificates ?? [];
        const first = certificates[0];
        if (first && leaf.checkIssued(new external_node_crypto_.X509Certificate(first.rawBytes)))
            return certificates.map(c => pem(Buffer.from(c.rawBytes).toString('base64'))).join('');
    }
    return undefined;
}
function pem(base64) {
    const lines = base64.match(/.{1,64}/g) ?? [];
    return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
/**
 * Appends layers to the image's `.sig` or `.att` manifest (read-modify-write, as cosign v2
 * does), with a config whose rootfs lists the layers. Returns the new manifest digest.
 */
async function appendLegacyLayers(client, ref, subjectDigest, suffix, layers) {
    const tag = (0,verify/* legacyTag */.w_)(subjectDigest, suffix);
    const existing = await client.headManifest(ref, tag);
    let previous = [];
    if (existing) {
        const { bytes } = await client.getManifest(ref, tag);
        const manifest = JSON.parse(bytes.toString());
        if (manifest.mediaType &&
            manifest.mediaType !== oci/* MediaType */.zu.OCI_MANIFEST &&
            manifest.mediaType !== oci/* MediaType */.zu.DOCKER_MANIFEST)
            throw new errors/* ActionError */.lZ('ATTACH_FAILED', `${ref.name}:${tag} is not an image manifest`, {
                hint: 'Remove the tag, or use "attach-format: bundle"'
            });
        previous = manifest.layers;
    }
    // The simple-signing payload is the same for every signature of a digest: a layer is a
    // duplicate only with the same signature too.
    const signatureOf = (d) => d.annotations?.[verify/* COSIGN_ANNOTATIONS */.PY.signature];
    const added = layers.filter(l => !previous.some(p => p.digest === l.descriptor.digest && signatureOf(p) === signatureOf(l.descriptor)));
    for (const l of added)
        await client.putBlob(ref, l.bytes, l.descriptor.digest);
    const all = [...previous, ...added.map(l => l.descriptor)];
    const config = Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: all.map(() => ({ created: '0001-01-01T00:00:00Z' })),
        os: '',
        rootfs: { type: 'layers', diff_ids: all.map(l => l.digest) },
        config: {}
    }));
    const configDigest = await client.putBlob(ref, config);
    const manifest = {
        schemaVersion: 2,
        mediaType: oci/* MediaType */.zu.OCI_MANIFEST,
        config: { mediaType: CONFIG_MEDIA_TYPE, digest: configDigest, size: config.length },
        layers: all
    };
    return client.putManifest(ref, tag, Buffer.from(JSON.stringify(manifest)), oci/* MediaType */.zu.OCI_MANIFEST);
}
/**
 * Reads the image's `.sig` or `.att` tag and rebuilds a Sigstore bundle (v0.1: certificate,
 * signature, Rekor entry with its SET, timestamp) from each layer, so that existing legacy
 * signatures can be verified like bundles. `keyHint` names the key of key-signed layers.
 */
async function readLegacyBundles(client, ref, subjectDigest, suffix, keyHint) {
    const tag = (0,verify/* legacyTag */.w_)(subjectDigest, suffix);
    if (!(await client.headManifest(ref, tag)))
        return [];
    const { bytes, digest } = await client.getManifest(ref, tag);
    const manifest = JSON.parse(bytes.toString());
    const found = [];
    for (const layer of manifest.layers ?? []) {
        const annotations = layer.annotations ?? {};
        try {
            const payload = await client.getBlob(ref, layer.digest);
            const mediaType = suffix === 'sig' ? verify/* SIMPLE_SIGNING_MEDIA_TYPE */.$r : verify/* DSSE_ENVELOPE_MEDIA_TYPE */.Nr;
            const bundle = (0,verify/* bundleFromLegacyLayer */.TQ)(mediaType, annotations, payload, keyHint);
            found.push({
                manifestDigest: digest,
                layerDigest: layer.digest,
                predicateType: annotations[verify/* COSIGN_ANNOTATIONS */.PY.predicateType],
                bundle,
                payload
            });
        }
        catch (error) {
            log/* log */.Rm.debug(`existing bundle in ${ref.name}:${tag} layer ${layer.digest} is malformed (${(0,errors/* describeError */.Uc)(error)}); not reused`);
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/attach/steps.ts


/**
 * Runs the writes in order and stops at the first failure, saying exactly what was written
 * (with digests) and what was not, so a re-run or a cleanup knows where things stand.
 */
async function runAttachSteps(steps) {
    const written = [];
    for (const [i, step] of steps.entries()) {
        try {
            const ref = await step.run();
            written.push({ what: step.what, ref });
            log/* log */.Rm.info(`attached ${step.what}: ${ref}`);
        }
        catch (error) {
            const done = written.length ? written.map(w => `${w.what} (${w.ref})`).join('; ') : 'nothing';
            const notDone = steps
                .slice(i)
                .map(s => s.what)
                .join('; ');
            throw new errors/* ActionError */.lZ('ATTACH_FAILED', `attaching failed at ${step.what}: ${(0,errors/* describeError */.Uc)(error)}. Written: ${done}. Not written: ${notDone}`, {
                hint: {
                    action: 'Re-run the job: what was written stays valid and is not signed twice',
                    cli: 'Run the command again: what was written stays valid and is not signed twice'
                },
                cause: error
            });
        }
    }
    return written;
}

;// CONCATENATED MODULE: ./src/attach/index.ts






// EXTERNAL MODULE: ./src/heap.ts + 2 modules
var heap = __webpack_require__(14349);
// EXTERNAL MODULE: ./src/files/index.ts + 2 modules
var files = __webpack_require__(97053);
// EXTERNAL MODULE: ./src/network/retry.ts
var network_retry = __webpack_require__(98904);
;// CONCATENATED MODULE: ./src/sign/identity.ts


const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
const AUDIENCE = 'sigstore';
const identity_ATTEMPTS = 3;
/** What to add to the workflow for keyless signing, and what each option needs besides. */
const PERMISSIONS_HINT = {
    action: 'Add "permissions: id-token: write" to the job (keyless signing needs the OIDC token); ' +
        'pushing to ghcr.io also needs "packages: write", and "github-attestations: true" needs ' +
        '"attestations: write". Without OIDC, sign with "key" instead',
    cli: 'Outside GitHub Actions, set SIGSTORE_ID_TOKEN to an OIDC identity token the Fulcio ' +
        'instance accepts (audience "sigstore"), or sign with --key'
};
/**
 * The runner's OIDC token: SIGSTORE_ID_TOKEN when set (as sigstore-js and cosign read it),
 * else the Actions token service (ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN, present only with
 * `id-token: write`). Fails at once when neither is there, before anything else runs.
 */
function identityTokenSource(env = process.env) {
    const fixed = env.SIGSTORE_ID_TOKEN;
    if (fixed) {
        log/* log */.Rm.secret(fixed);
        return { getToken: async () => fixed };
    }
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !requestToken)
        throw new errors/* ActionError */.lZ('IDENTITY_UNAVAILABLE', 'no OIDC identity token for keyless signing: ACTIONS_ID_TOKEN_REQUEST_URL is not set', { hint: PERMISSIONS_HINT });
    log/* log */.Rm.secret(requestToken);
    // Actions tokens live minutes; a long SBOM run must not hand Fulcio an expired one.
    let token;
    let expires = 0;
    return {
        getToken: () => {
            if (!token || Date.now() / 1000 > expires - 60) {
                expires = Infinity;
                const pending = requestActionsToken(url, requestToken);
                token = pending;
                pending.then(value => (expires = Number(tokenClaims(value).exp) || Infinity), () => (token = undefined));
            }
            return token;
        }
    };
}
async function requestActionsToken(requestURL, requestToken) {
    const url = new URL(requestURL);
    url.searchParams.set('audience', AUDIENCE);
    let lastError = '';
    for (let attempt = 1; attempt <= identity_ATTEMPTS; attempt++) {
        try {
            const response = await fetch(url, {
                headers: { authorization: `bearer ${requestToken}`, accept: 'application/json' },
                signal: AbortSignal.timeout(10_000)
            });
            if (response.ok) {
                const body = (await response.json());
                if (typeof body.value !== 'string' || !body.value)
                    throw new errors/* ActionError */.lZ('IDENTITY_UNAVAILABLE', 'the OIDC token response has no token');
                log/* log */.Rm.secret(body.value);
                return body.value;
            }
            lastError = `HTTP ${response.status}`;
            if (response.status < 500 && response.status !== 429)
                break;
        }
        catch (error) {
            if (error instanceof errors/* ActionError */.lZ)
                throw error;
            lastError = error.message;
        }
        if (attempt < identity_ATTEMPTS)
            await new Promise(r => setTimeout(r, 500 * attempt));
    }
    throw new errors/* ActionError */.lZ('IDENTITY_UNAVAILABLE', `could not get an OIDC token: ${lastError}`, {
        hint: PERMISSIONS_HINT
    });
}
/** The claims of a JWT, unverified: Fulcio verifies the token; we only read who we are. */
function tokenClaims(token) {
    const payload = token.split('.')[1];
    try {
        return JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
    }
    catch {
        throw new errors/* ActionError */.lZ('IDENTITY_UNAVAILABLE', 'the OIDC identity token is not a JWT', {
            hint: 'Check SIGSTORE_ID_TOKEN, or unset it to use the Actions token'
        });
    }
}
/**
 * The identity Fulcio will put in the certificate for these claims: for GitHub Actions the
 * workflow that runs (https://github.com/<job_workflow_ref>), for email issuers the address,
 * else the subject.
 */
function identityFromClaims(claims) {
    const issuer = String(claims.iss ?? '');
    const text = (name) => (typeof claims[name] === 'string' ? claims[name] : undefined);
    const workflow = text('job_workflow_ref');
    if (issuer === GITHUB_ACTIONS_ISSUER && workflow)
        return { subjectAlternativeName: `https://github.com/${workflow}`, issuer };
    return { subjectAlternativeName: text('email') ?? text('sub') ?? '', issuer };
}

// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __webpack_require__(68825);
;// CONCATENATED MODULE: ./src/sign/bundle-json.ts
// The JSON form of the bundles this run signs, and their bytes, with a large DSSE payload held
// once: as the bytes that were signed.



/** Envelopes whose base64 payload is read from these bytes (see bundleJSON). */
const derived = new WeakMap();
/**
 * Base64 is encoded a slice at a time: 48 KiB of payload (a multiple of 3: no padding inside).
 * Small slices die young: the young generation's collections free them as the pieces go out,
 * where large ones would pile up as garbage until a full collection.
 */
const BASE64_SLICE = 3 * 16 * 1024;
/** `bytes` in base64, a slice at a time (BASE64_SLICE of input each); joined, the whole. */
function* base64Slices(bytes) {
    for (let from = 0; from < bytes.length; from += BASE64_SLICE)
        yield bytes.subarray(from, from + BASE64_SLICE).toString('base64');
}
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/**
 * bundleToJSON, except that a DSSE envelope's `payload` (base64, 4/3 of the statement) is not
 * stored but encoded from the signed bytes whenever it is read (JSON.stringify reads it): an
 * SBOM statement is then held once, not also as a string a third larger.
 */
function bundleJSON(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope')
        return (0,dist.bundleToJSON)(bundle);
    const payload = bundle.content.dsseEnvelope.payload;
    // A one-byte stand-in: the JSON form leaves an empty payload out altogether.
    const json = (0,dist.bundleToJSON)({
        ...bundle,
        content: {
            ...bundle.content,
            dsseEnvelope: { ...bundle.content.dsseEnvelope, payload: Buffer.alloc(1) }
        }
    });
    const envelope = json.dsseEnvelope;
    Object.defineProperty(envelope, 'payload', {
        get: () => payload.toString('base64'),
        enumerable: true
    });
    derived.set(envelope, payload);
    return json;
}
/** The bytes an envelope's payload is encoded from, when bundleJSON made it. */
function derivedPayload(envelope) {
    return derived.get(envelope);
}
/**
 * The bundle's JSON bytes, as written to the output directory and pushed (the same bytes
 * for both). A DSSE payload is encoded a slice at a time as the pieces are taken (for the
 * digest, the file, the upload), never as a string or buffer of the whole.
 */
function bundleBytes(bundle) {
    const envelope = bundle.dsseEnvelope;
    const signed = envelope && derived.get(envelope);
    if (!envelope || (!signed && !BASE64.test(envelope.payload))) {
        const whole = Buffer.from(JSON.stringify(bundle));
        return { length: whole.length, digest: (0,digest/* sha256Digest */.sI)(whole), chunks: () => [whole] };
    }
    // Fields named one by one: a spread would read (and encode) the payload.
    const shell = {
        payload: '\u0000',
        payloadType: envelope.payloadType,
        signatures: envelope.signatures
    };
    const text = JSON.stringify({ ...bundle, dsseEnvelope: shell });
    const mark = text.indexOf('"\\u0000"') + 1;
    const head = Buffer.from(text.slice(0, mark));
    const tail = Buffer.from(text.slice(mark + '\\u0000'.length));
    const payload = signed ? undefined : envelope.payload;
    const length = signed ? Math.ceil(signed.length / 3) * 4 : payload.length;
    function* chunks() {
        yield head;
        if (signed)
            for (const slice of base64Slices(signed))
                yield Buffer.from(slice);
        else
            yield Buffer.from(payload, 'latin1');
        yield tail;
    }
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const chunk of chunks())
        hash.update(chunk);
    return {
        length: head.length + length + tail.length,
        digest: `sha256:${hash.digest('hex')}`,
        chunks
    };
}

;// CONCATENATED MODULE: ./src/sign/instances/github.signing_config.json
const github_signing_config_namespaceObject = /*#__PURE__*/JSON.parse('{"mediaType":"application/vnd.dev.sigstore.signingconfig.v0.2+json","caUrls":[{"url":"https://fulcio.githubapp.com","majorApiVersion":1,"validFor":{"start":"2023-04-14T00:00:00Z"},"operator":"github.com"}],"tsaUrls":[{"url":"https://timestamp.githubapp.com/api/v1/timestamp","majorApiVersion":1,"validFor":{"start":"2023-04-14T00:00:00Z"},"operator":"github.com"}],"tsaConfig":{"selector":"ANY"}}');
;// CONCATENATED MODULE: ./src/sign/instances/public-good.signing_config.json
const public_good_signing_config_namespaceObject = /*#__PURE__*/JSON.parse('{"mediaType":"application/vnd.dev.sigstore.signingconfig.v0.2+json","caUrls":[{"url":"https://fulcio.sigstore.dev","majorApiVersion":1,"validFor":{"start":"2022-04-13T20:06:15.000Z"},"operator":"sigstore.dev"}],"oidcUrls":[{"url":"https://oauth2.sigstore.dev/auth","majorApiVersion":1,"validFor":{"start":"2022-04-13T20:06:15.000Z"},"operator":"sigstore.dev"}],"rekorTlogUrls":[{"url":"https://rekor.sigstore.dev","majorApiVersion":1,"validFor":{"start":"2021-01-12T11:53:27.000Z"},"operator":"sigstore.dev"}],"tsaUrls":[{"url":"https://timestamp.sigstore.dev/api/v1/timestamp","majorApiVersion":1,"validFor":{"start":"2025-07-04T00:00:00Z"},"operator":"sigstore.dev"}],"rekorTlogConfig":{"selector":"ANY"},"tsaConfig":{"selector":"ANY"}}');
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/json.ts
var src_json = __webpack_require__(8301);
;// CONCATENATED MODULE: ./src/sign/signing-config.ts



/**
 * Sigstore's SigningConfig v0.2 (protobuf-specs `sigstore_trustroot.proto`): which Fulcio,
 * Rekor and timestamp authorities a client signs with. Parsed by hand rather than with the
 * generated `SigningConfig.fromJSON`, which silently defaults missing fields (a service
 * without a validity start, a selector of 0); here each of those is an error.
 */
const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';
/** The newest API version this action speaks per service (Rekor v2 since @sigstore/sign 5). */
const MAX_VERSION = { ca: 1, tlog: 2, tsa: 1 };
/** A signing config is a few KiB; anything far larger is not one. */
const MAX_BYTES = 256 * 1024;
const MAX_SERVICES = 64;
/** Reads and validates a signing config file (the `signing-config` input). */
function readSigningConfigFile(path) {
    let text;
    try {
        if ((0,external_node_fs_.statSync)(path).size > MAX_BYTES)
            throw new Error(`larger than ${MAX_BYTES} bytes`);
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw invalid(path, [(0,errors/* describeError */.Uc)(error)]);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw invalid(path, [`not JSON (${(0,errors/* describeError */.Uc)(error)})`]);
    }
    return parseSigningConfig(json, path);
}
function parseSigningConfig(json, source) {
    const problems = [];
    if (!(0,src_json/* isJsonObject */.O)(json))
        throw invalid(source, ['not a JSON object']);
    if (json.mediaType !== SIGNING_CONFIG_MEDIA_TYPE)
        problems.push(`mediaType ${JSON.stringify(json.mediaType)} is not ${SIGNING_CONFIG_MEDIA_TYPE} ` +
            '(v0.1 signing configs are not read: they carry no API versions or validity)');
    const doc = {
        caUrls: services(json, 'caUrls', problems),
        rekorTlogUrls: services(json, 'rekorTlogUrls', problems),
        rekorTlogConfig: configuration(json, 'rekorTlogConfig', problems),
        tsaUrls: services(json, 'tsaUrls', problems),
        tsaConfig: configuration(json, 'tsaConfig', problems)
    };
    if (doc.rekorTlogUrls.length > 0 && !doc.rekorTlogConfig)
        problems.push('rekorTlogUrls is set without rekorTlogConfig');
    if (doc.tsaUrls.length > 0 && !doc.tsaConfig)
        problems.push('tsaUrls is set without tsaConfig');
    if (problems.length > 0)
        throw invalid(source, problems);
    return doc;
}
/**
 * Picks the services as the spec says: per kind, only services this client speaks (API
 * version), valid now (inclusive), of the highest such version, newest start first; Rekor
 * logs and TSAs then by their selector, at most one per operator. Fulcio: exactly one.
 */
function pickServices(doc, source, now = new Date()) {
    const ca = candidates(doc.caUrls, MAX_VERSION.ca, now)[0];
    const tlogs = pick(doc.rekorTlogUrls, doc.rekorTlogConfig, MAX_VERSION.tlog, now, 'Rekor', source);
    const tsas = pick(doc.tsaUrls, doc.tsaConfig, MAX_VERSION.tsa, now, 'timestamp', source);
    return {
        fulcioURL: ca?.url.replace(/\/+$/, ''),
        tlogs: tlogs.map(s => ({
            url: s.url.replace(/\/+$/, ''),
            majorApiVersion: s.majorApiVersion
        })),
        tsaURLs: tsas.map(s => s.url)
    };
}
/** A config equal to explicit URLs (the fulcio-url / rekor-url / tsa-url inputs). */
function signingConfigFromURLs(urls) {
    const service = (url, majorApiVersion) => ({
        url,
        majorApiVersion,
        validFor: { start: new Date(0) },
        operator: new URL(url).host
    });
    return {
        caUrls: urls.fulcioURL ? [service(urls.fulcioURL, 1)] : [],
        rekorTlogUrls: urls.rekorURL ? [service(urls.rekorURL, urls.rekorVersion ?? 1)] : [],
        rekorTlogConfig: urls.rekorURL ? { selector: 'ANY' } : undefined,
        tsaUrls: urls.tsaURL ? [service(urls.tsaURL, 1)] : [],
        tsaConfig: urls.tsaURL ? { selector: 'ANY' } : undefined
    };
}
/** Valid now, spoken by this client, of the highest such version, newest start first. */
function candidates(list, maxVersion, now) {
    const usable = list.filter(s => s.majorApiVersion >= 1 &&
        s.majorApiVersion <= maxVersion &&
        s.validFor.start <= now &&
        (!s.validFor.end || now <= s.validFor.end));
    const top = Math.max(0, ...usable.map(s => s.majorApiVersion));
    return usable
        .filter(s => s.majorApiVersion === top)
        .sort((a, b) => b.validFor.start.getTime() - a.validFor.start.getTime());
}
function pick(list, config, maxVersion, now, what, source) {
    if (!config || list.length === 0)
        return [];
    // At most one per operator, the newest: an operator's logs count once toward any threshold.
    const perOperator = [];
    for (const service of candidates(list, maxVersion, now))
        if (!perOperator.some(s => s.operator === service.operator))
            perOperator.push(service);
    const wanted = config.selector === 'ANY' ? 1 : config.selector === 'EXACT' ? (config.count ?? 0) : undefined;
    if (perOperator.length === 0 || (wanted !== undefined && perOperator.length < wanted))
        throw new errors/* ActionError */.lZ('INPUT_INVALID', `signing config ${source}: ${config.selector}${wanted && wanted > 1 ? ` ${wanted}` : ''} ` +
            `${what} service(s) requested, ${perOperator.length} usable (valid now, API version ` +
            `1\u2013${maxVersion}, one per operator)`, { hint: 'Use a current signing config for the instance' });
    return wanted === undefined ? perOperator : perOperator.slice(0, wanted);
}
function services(json, field, problems) {
    const value = json[field];
    if (value === undefined)
        return [];
    if (!Array.isArray(value) || value.length > MAX_SERVICES) {
        problems.push(`${field} is not an array of at most ${MAX_SERVICES} services`);
        return [];
    }
    const parsed = [];
    value.forEach((entry, i) => {
        const at = `${field}[${i}]`;
        if (!(0,src_json/* isJsonObject */.O)(entry))
            return void problems.push(`${at} is not an object`);
        const url = typeof entry.url === 'string' ? entry.url : '';
        if (!/^https?:\/\/[^/]/.test(url))
            problems.push(`${at}.url is not an http(s) URL`);
        const version = entry.majorApiVersion;
        if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
            problems.push(`${at}.majorApiVersion is missing or not a whole number`);
        const operator = typeof entry.operator === 'string' ? entry.operator : '';
        if (!operator)
            problems.push(`${at}.operator is missing`);
        const validFor = (0,src_json/* isJsonObject */.O)(entry.validFor) ? entry.validFor : {};
        const start = time(validFor.start);
        const end = validFor.end === undefined ? undefined : time(validFor.end);
        if (!start)
            problems.push(`${at}.validFor.start is missing or not an RFC 3339 time`);
        if (validFor.end !== undefined && !end)
            problems.push(`${at}.validFor.end is not a time`);
        if (start && end && end < start)
            problems.push(`${at}.validFor.end is before its start`);
        if (start)
            parsed.push({ url, majorApiVersion: Number(version), validFor: { start, end }, operator });
    });
    return parsed;
}
function configuration(json, field, problems) {
    const value = json[field];
    if (value === undefined)
        return undefined;
    if (!(0,src_json/* isJsonObject */.O)(value))
        return void problems.push(`${field} is not an object`);
    const selector = value.selector;
    if (selector !== 'ALL' && selector !== 'ANY' && selector !== 'EXACT')
        return void problems.push(`${field}.selector must be ALL, ANY or EXACT`);
    if (selector !== 'EXACT')
        return { selector };
    const count = value.count;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1)
        return void problems.push(`${field}.count must be a whole number above 0 with EXACT`);
    return { selector, count };
}
function time(value) {
    if (typeof value !== 'string')
        return undefined;
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? undefined : new Date(parsed);
}
function invalid(source, problems) {
    return new errors/* ActionError */.lZ('INPUT_INVALID', `signing config ${source} is invalid: ${problems.join('; ')}`, {
        hint: 'Give a Sigstore signing_config.json (v0.2), e.g. the instance\'s published one or one from "cosign signing-config create"'
    });
}

;// CONCATENATED MODULE: ./src/sign/instance.ts






/** The public-good signing config's TUF target (root-signing `targets/`). */
const SIGNING_CONFIG_TARGET = 'signing_config.v0.2.json';
/** When the embedded public-good copy was taken from sigstore/root-signing. */
const EMBEDDED_AS_OF = '2026-08-21';
/** Past this age the embedded copy is called out as stale when it has to be used. */
const STALE_AFTER_DAYS = 180;
const DAY_MS = 86_400_000;
const TIMESTAMP_PATH = '/api/v1/timestamp';
/**
 * Picks the services from the instance's signing config, as cosign v3 and sigstore-python
 * do: public-good's through TUF (the embedded copy when TUF is out of reach), GitHub's
 * (which it publishes nowhere; written from the endpoints actions/attest uses), a
 * `signing-config` file, or one built from the fulcio-url / rekor-url / tsa-url inputs,
 * which also override single services of a named instance.
 */
async function selectServices(config) {
    const keyed = Boolean(config.key);
    const { doc, source } = await signingConfig(config);
    const picked = pickServices(doc, source);
    let tlogs = picked.tlogs;
    let tsaURLs = picked.tsaURLs;
    let fulcioURL = picked.fulcioURL;
    if (config.fulcioURL)
        fulcioURL = baseURL('fulcio-url', config.fulcioURL);
    if (config.rekorURL)
        tlogs = [{ url: baseURL('rekor-url', config.rekorURL), majorApiVersion: 1 }];
    if (config.tsaURL)
        tsaURLs = [timestampURL(config.tsaURL)];
    // Keyless too: "tlog-upload: false" wins over "rekor-url" and the config's logs (the signed
    // time then comes from the timestamp authority, checked below).
    if (!config.tlogUpload)
        tlogs = [];
    if (keyed) {
        fulcioURL = undefined;
        // A key needs no signed time; a named instance's TSA is used only when asked for, so that
        // key signing with tlog-upload: false stays free of network services (air-gapped use).
        if (config.instance !== 'custom' && !config.signingConfig && !config.tsaURL)
            tsaURLs = [];
        if (tlogs.some(t => t.majorApiVersion === 2))
            throw (0,errors/* inputError */.Xu)('key', `signing with a key cannot log to Rekor v2 (${source}): the signing library sends the ` +
                'key to Rekor v2 as a certificate, which the log rejects', 'Sign keyless, use a Rekor v1 log, or set "tlog-upload: false"');
    }
    else if (!fulcioURL)
        throw (0,errors/* inputError */.Xu)(config.signingConfig ? 'signing-config' : 'fulcio-url', `keyless signing needs a Fulcio (${source} names none usable)`, 'Give the Fulcio base URL, or sign with "key"');
    checkTimeSources(keyed, tlogs, tsaURLs, source, config.tlogUpload);
    const services = {
        name: config.instance,
        source,
        fulcioURL,
        tlogs,
        tsaURLs
    };
    services.trustedRoot = await trustRoot(config);
    return services;
}
/**
 * cosign's legacy `.sig`/`.att` layers carry the Rekor entry as a SignedEntryTimestamp
 * (`dev.sigstore.cosign/bundle`), which Rekor v2 does not issue; cosign v3 likewise refuses
 * a signing config with its legacy format.
 */
function checkAttachFormat(services, attachFormat) {
    if (attachFormat === 'bundle' || !services.tlogs.some(t => t.majorApiVersion === 2))
        return;
    throw (0,errors/* inputError */.Xu)('attach-format', `"${attachFormat}" writes cosign's legacy .sig/.att tags, whose layers must carry a Rekor ` +
        `SignedEntryTimestamp; Rekor v2 (${services.tlogs.find(t => t.majorApiVersion === 2)?.url}, from ${services.source}) issues none`, 'Use attach-format "bundle" with Rekor v2, or a signing config naming a Rekor v1 log');
}
async function signingConfig(config) {
    if (config.signingConfig)
        return { doc: readSigningConfigFile(config.signingConfig), source: config.signingConfig };
    switch (config.instance) {
        case 'public-good':
            return publicGoodSigningConfig();
        case 'github':
            return {
                doc: parseSigningConfig(github_signing_config_namespaceObject, 'github (embedded)'),
                source: "GitHub's instance (embedded signing config)"
            };
        case 'custom':
            return {
                doc: signingConfigFromURLs({}),
                source: 'the fulcio-url, rekor-url and tsa-url inputs'
            };
    }
}
async function publicGoodSigningConfig() {
    try {
        const json = JSON.parse(await (0,verify/* tufTarget */.rL)('public-good', SIGNING_CONFIG_TARGET));
        const source = 'public-good (TUF)';
        return { doc: parseSigningConfig(json, source), source };
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ)
            throw error;
        const source = `public-good (embedded copy of ${EMBEDDED_AS_OF})`;
        const age = Math.floor((Date.now() - Date.parse(EMBEDDED_AS_OF)) / DAY_MS);
        log/* log */.Rm.notice(`the public-good signing config could not be fetched through TUF (${(0,errors/* describeError */.Uc)(error)}); ` +
            `using the copy embedded in this action, taken ${age} days ago` +
            (age > STALE_AFTER_DAYS
                ? `. It may be stale (older than ${STALE_AFTER_DAYS} days): services added since are ` +
                    'not used, and retired ones fail the run. Update the action, or give "signing-config"'
                : ''));
        return { doc: parseSigningConfig(public_good_signing_config_namespaceObject, source), source };
    }
}
/** Certificates are short-lived: keyless bundles need a signed time (TSA or Rekor v1 SET). */
function checkTimeSources(keyed, tlogs, tsaURLs, source, tlogUpload) {
    if (keyed || tsaURLs.length > 0)
        return;
    if (!tlogUpload)
        throw (0,errors/* inputError */.Xu)('tlog-upload', 'is false, and keyless signing without a transparency log needs a timestamp authority', `Set "tsa-url" (${source} names none), or leave "tlog-upload" at true`);
    if (tlogs.length === 0)
        throw (0,errors/* inputError */.Xu)('rekor-url', 'keyless signing needs a transparency log or a timestamp authority', `Set "rekor-url" or "tsa-url" (${source} names neither)`);
    if (tlogs.every(t => t.majorApiVersion === 2))
        throw (0,errors/* inputError */.Xu)('signing-config', `keyless signing with Rekor v2 needs a timestamp authority: v2 entries carry no signed time (${source})`, 'Add a TSA to the signing config (tsaUrls), or set "tsa-url"');
}
/** Named instances trust their own root; custom ones only the `trusted-root` file. */
async function trustRoot(config) {
    if (config.trustedRoot || config.instance === 'public-good')
        return (await (0,verify/* resolveTrustRoot */.r)({ path: config.trustedRoot })).root;
    if (config.instance !== 'github')
        return undefined;
    // Signing already needs GitHub's services; an unreachable root downgrades the pre-attach check.
    try {
        return (await (0,verify/* resolveTrustRoot */.r)({ instance: 'github', offline: config.offline })).root;
    }
    catch (error) {
        if (!(error instanceof errors/* ActionError */.lZ) || error.code !== 'NETWORK_ERROR')
            throw error;
        return undefined;
    }
}
function baseURL(input, value) {
    return parseURL(input, value).toString().replace(/\/+$/, '');
}
/** sigstore-js takes a base URL or a full endpoint; cosign takes the full one. */
function timestampURL(value) {
    const url = parseURL('tsa-url', value);
    const path = url.pathname.replace(/\/+$/, '');
    url.pathname = path.endsWith('/timestamp') ? path : `${path}${TIMESTAMP_PATH}`;
    return url.toString();
}
function parseURL(input, value) {
    try {
        const url = new URL(value);
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            throw new Error('not http(s)');
        return url;
    }
    catch {
        throw (0,errors/* inputError */.Xu)(input, `"${value}" is not an http(s) URL`);
    }
}

// EXTERNAL MODULE: ./node_modules/tweetnacl/nacl-fast.js
var nacl_fast = __webpack_require__(80668);
var nacl_fast_default = /*#__PURE__*/__webpack_require__.n(nacl_fast);
;// CONCATENATED MODULE: ./src/sign/keys.ts




/** cosign's and sigstore's encrypted key PEM types: scrypt + NaCl secretbox over PKCS#8. */
const ENCRYPTED_TYPES = ['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY'];
/** scrypt parameters cosign has written; others are refused so a key file cannot demand
 *  gigabytes of memory. */
const SCRYPT_N = new Set([32768, 65536]);
/** Reads `key` (a path or the PEM itself) as an ECDSA P-256 private key. */
function loadSigningKey(key, password) {
    const text = key.includes('-----BEGIN') ? key : readKeyFile(key);
    const block = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(text);
    if (!block)
        throw (0,errors/* inputError */.Xu)('key', 'holds no PEM block', 'Give a cosign key file or a PKCS#8 PEM key');
    const [, type, body] = block;
    const der = Buffer.from(body.replace(/\s+/g, ''), 'base64');
    let privateKey;
    if (ENCRYPTED_TYPES.includes(type)) {
        privateKey = (0,external_node_crypto_.createPrivateKey)({ key: decrypt(der, password), format: 'der', type: 'pkcs8' });
    }
    else if (type === 'PRIVATE KEY' || type === 'EC PRIVATE KEY') {
        try {
            privateKey = (0,external_node_crypto_.createPrivateKey)(block[0]);
        }
        catch (error) {
            throw (0,errors/* inputError */.Xu)('key', `is not a readable private key: ${error.message}`);
        }
    }
    else {
        throw (0,errors/* inputError */.Xu)('key', `holds a "${type}" block, not a private key`, 'Sign with the private key; verifiers use the public key');
    }
    if (privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1')
        throw (0,errors/* inputError */.Xu)('key', `is a ${privateKey.asymmetricKeyType} key; only ECDSA P-256 keys are supported`, 'Create one with "cosign generate-key-pair" or "openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256"');
    const publicKey = (0,external_node_crypto_.createPublicKey)(privateKey);
    const spki = publicKey.export({ format: 'der', type: 'spki' });
    return {
        privateKey,
        publicKey,
        publicKeyPEM: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
        hint: (0,external_node_crypto_.createHash)('sha256').update(spki).digest('base64')
    };
}
function readKeyFile(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)('key', `cannot read ${path}: ${error.message}`);
    }
}
function decrypt(json, password = '') {
    let sealed;
    try {
        sealed = JSON.parse(json.toString());
    }
    catch {
        throw (0,errors/* inputError */.Xu)('key', 'is an encrypted key whose content is not readable');
    }
    const { kdf, cipher } = sealed;
    if (kdf?.name !== 'scrypt' || cipher?.name !== 'nacl/secretbox')
        throw (0,errors/* inputError */.Xu)('key', `uses ${kdf?.name}/${cipher?.name}; expected scrypt/nacl/secretbox`);
    if (!SCRYPT_N.has(kdf.params.N) || kdf.params.r !== 8 || kdf.params.p !== 1)
        throw (0,errors/* inputError */.Xu)('key', 'has unexpected scrypt parameters');
    const secret = (0,external_node_crypto_.scryptSync)(Buffer.from(password), Buffer.from(kdf.salt, 'base64'), (nacl_fast_default()).secretbox.keyLength, { N: kdf.params.N, r: kdf.params.r, p: kdf.params.p, maxmem: 256 * 1024 * 1024 });
    const opened = nacl_fast_default().secretbox.open(Buffer.from(sealed.ciphertext, 'base64'), Buffer.from(cipher.nonce, 'base64'), secret);
    if (!opened)
        throw new errors/* ActionError */.lZ('INPUT_INVALID', 'input "key": cannot decrypt the key', {
            hint: password
                ? 'Check "key-password"'
                : 'The key is encrypted: set "key-password" (e.g. from secrets.COSIGN_PASSWORD)'
        });
    return Buffer.from(opened);
}

;// CONCATENATED MODULE: ./src/sign/statements.ts



const SLSA_PROVENANCE_PREDICATE = 'https://slsa.dev/provenance/v1';
const DIGEST = /^sha256:([a-f0-9]{64})$/;
/** 'sha256:<hex>' \u2192 { sha256: '<hex>' }; anything else is a bug upstream, reported plainly. */
function digestMap(digest) {
    const match = DIGEST.exec(digest);
    if (!match)
        throw new errors/* ActionError */.lZ('DIGEST_MISMATCH', `"${digest}" is not a sha256 digest`, {
            hint: 'Sign an image by its sha256 digest'
        });
    return { sha256: match[1] };
}
/** The image signature, as cosign v3 writes it: subject = the digest only, no name. */
function signatureStatement(digest) {
    return {
        _type: verify/* STATEMENT_V1 */.om,
        subject: [{ digest: digestMap(digest) }],
        predicateType: verify/* COSIGN_SIGN_PREDICATE */.u,
        predicate: {}
    };
}
/**
 * An attestation about the image: subject {name: <registry>/<repo>, digest}, as
 * `cosign attest` and actions/attest write it.
 */
function imageStatement(name, digest, predicateType, predicate) {
    return {
        _type: verify/* STATEMENT_V1 */.om,
        subject: [{ name, digest: digestMap(digest) }],
        predicateType,
        predicate
    };
}
/**
 * A platform's attestation (its SBOM, its vulnerability scan) again, about the index: tools
 * given the index digest (what docker/build-push-action outputs) find it there. The subject
 * is the index, annotated with the platform and its manifest, so that one platform's SBOM
 * never passes for another's.
 */
function indexPlatformStatement(name, indexDigest, platform, predicateType, predicate) {
    digestMap(platform.digest);
    return {
        _type: verify/* STATEMENT_V1 */.om,
        subject: [
            {
                name,
                digest: digestMap(indexDigest),
                annotations: {
                    [verify/* PLATFORM_ANNOTATION */.iZ]: platform.name,
                    [verify/* PLATFORM_MANIFEST_ANNOTATION */.OZ]: platform.digest
                }
            }
        ],
        predicateType,
        predicate
    };
}
/**
 * A predicate given as its JSON text (an SBOM as read or generated), signed as those very
 * bytes: a large SBOM is never parsed and re-serialised into the statement, so it is held
 * once rather than as text, object and copy. The bytes must be one JSON value (the SBOM
 * loaders parse them before anything is signed).
 */
class PredicateJSON {
    bytes;
    constructor(bytes) {
        this.bytes = bytes;
    }
}
/** The statement's JSON around its predicate's, when the predicate is given as JSON text. */
function around(statement) {
    if (!(statement.predicate instanceof PredicateJSON))
        return undefined;
    // Key order as for any other statement: _type, subject, predicateType, predicate.
    const text = JSON.stringify({ ...statement, predicate: null });
    return {
        head: Buffer.from(text.slice(0, -'null}'.length)),
        predicate: statement.predicate.bytes,
        tail: Buffer.from('}')
    };
}
/** The payload bytes that get signed. */
function serializeStatement(statement) {
    const parts = around(statement);
    // In place around the predicate when it was read with room for it (a supplied SBOM file).
    return parts
        ? (0,heap/* wrapBytes */.GA)(parts.head, parts.predicate, parts.tail)
        : Buffer.from(JSON.stringify(statement));
}
/** Whether `payload` is exactly serializeStatement(statement), compared without a copy. */
function isStatementPayload(payload, statement) {
    const parts = around(statement);
    if (!parts)
        return payload.equals(Buffer.from(JSON.stringify(statement)));
    const { head, predicate, tail } = parts;
    const end = head.length + predicate.length;
    return (payload.length === end + tail.length &&
        payload.subarray(0, head.length).equals(head) &&
        payload.subarray(head.length, end).equals(predicate) &&
        payload.subarray(end).equals(tail));
}
/** The simple-signing payload cosign v2 puts in a `.sig` layer, byte for byte as cosign does. */
function simpleSigningPayload(name, digest) {
    digestMap(digest);
    const payload = {
        critical: {
            identity: { 'docker-reference': name },
            image: { 'docker-manifest-digest': digest },
            type: verify/* SIMPLE_SIGNING_TYPE */.g7
        },
        optional: null
    };
    return Buffer.from(JSON.stringify(payload));
}

;// CONCATENATED MODULE: ./src/sign/provenance.ts


/** The build type GitHub's own provenance attestations use. */
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/**
 * SLSA v1 provenance of the running workflow for the image, with the fields GitHub's
 * attestations carry: the workflow (repository, ref, path) as external parameters, the
 * event and ids as internal ones, the commit as resolved dependency, the workflow file at
 * its ref as builder, and the run attempt as invocation.
 */
function provenanceStatement(name, digest, env = process.env) {
    const need = (key) => {
        const value = env[key];
        if (!value)
            throw new errors/* ActionError */.lZ('INPUT_INVALID', `provenance needs ${key}, which is not set`, {
                hint: 'Provenance describes a GitHub Actions run; use "provenance: false" elsewhere'
            });
        return value;
    };
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const repository = need('GITHUB_REPOSITORY');
    const workflowRef = need('GITHUB_WORKFLOW_REF');
    const ref = need('GITHUB_REF');
    const sha = need('GITHUB_SHA');
    const at = workflowRef.indexOf('@');
    const workflowPath = (at < 0 ? workflowRef : workflowRef.slice(0, at)).replace(`${repository}/`, '');
    const predicate = {
        buildDefinition: {
            buildType: GITHUB_WORKFLOW_BUILD_TYPE,
            externalParameters: {
                workflow: { ref, repository: `${server}/${repository}`, path: workflowPath }
            },
            internalParameters: {
                github: {
                    event_name: env.GITHUB_EVENT_NAME ?? '',
                    repository_id: env.GITHUB_REPOSITORY_ID ?? '',
                    repository_owner_id: env.GITHUB_REPOSITORY_OWNER_ID ?? '',
                    runner_environment: env.RUNNER_ENVIRONMENT ?? ''
                }
            },
            resolvedDependencies: [
                { uri: `git+${server}/${repository}@${ref}`, digest: { gitCommit: sha } }
            ]
        },
        runDetails: {
            builder: { id: `${server}/${workflowRef}` },
            metadata: {
                invocationId: `${server}/${repository}/actions/runs/${need('GITHUB_RUN_ID')}/attempts/${env.GITHUB_RUN_ATTEMPT || '1'}`
            }
        }
    };
    return imageStatement(name, digest, SLSA_PROVENANCE_PREDICATE, predicate);
}

// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
;// CONCATENATED MODULE: ./src/sign/dsse.ts
// DSSE's pre-authentication encoding (PAE), signed and checked in parts: sigstore-js joins the
// header and the payload into one buffer, a copy of the whole statement (an SBOM's size).


/** `DSSEv1 <len(type)> <type> <len(payload)> `: the PAE up to its payload. */
function preAuthHeader(payloadType, payloadLength) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([
        Buffer.from(`DSSEv1 ${type.length} `, 'ascii'),
        type,
        Buffer.from(` ${payloadLength} `, 'ascii')
    ]);
}
/**
 * sigstore-js's DSSE bundles (the same envelope, witnesses and bundle), except that the
 * signer is handed the payload and signs the PAE as its header and the payload in turn.
 */
class PartsDSSEBundleBuilder extends sign_dist/* DSSEBundleBuilder */.VV {
    payloadType;
    constructor(signer, witnesses, payloadType) {
        super({
            signer: {
                sign: payload => signer.signParts([preAuthHeader(payloadType, payload.length), payload])
            },
            witnesses
        });
        this.payloadType = payloadType;
    }
    prepare(artifact) {
        // The header the signer puts in front names this builder's type: it must be the artifact's.
        if (artifact.type !== this.payloadType)
            return Promise.reject(new Error(`payload type ${artifact.type}, not ${this.payloadType}`));
        return Promise.resolve(artifact.data);
    }
}
/**
 * `entity` (a DSSE bundle's, from @sigstore/verify's toSignedEntity) with its signature
 * checked over the PAE in parts, and the PAE's digest (what a Rekor v2 entry records) hashed
 * in parts. The other comparisons are the library's own. Only ECDSA keys are checked in
 * parts, with SHA-256, the digest the library's one-shot check uses for them (OpenSSL's
 * default for EC keys); any other key goes to the library as it is.
 */
function withPreAuthInParts(entity, envelope) {
    const content = entity.signature;
    const header = preAuthHeader(envelope.payloadType, envelope.payload.length);
    return {
        ...entity,
        signature: {
            get signature() {
                return content.signature;
            },
            compareSignature: signature => content.compareSignature(signature),
            compareDigest: digest => content.compareDigest(digest),
            compareSignedDigest: digest => {
                const pae = (0,external_node_crypto_.createHash)('sha256').update(header).update(envelope.payload).digest();
                return pae.length === digest.length && (0,external_node_crypto_.timingSafeEqual)(pae, digest);
            },
            verifySignature: (key) => key.asymmetricKeyType === 'ec'
                ? verifyParts(key, content.signature, [header, envelope.payload])
                : content.verifySignature(key)
        }
    };
}
function verifyParts(key, signature, parts) {
    const verifier = (0,external_node_crypto_.createVerify)('sha256');
    for (const part of parts)
        verifier.update(part);
    try {
        return verifier.verify(key, signature);
    }
    catch {
        // As the library: a signature that cannot be read does not verify.
        return false;
    }
}

// EXTERNAL MODULE: ./src/oci/http-limits.ts
var http_limits = __webpack_require__(60538);
// EXTERNAL MODULE: ./src/network/duration.ts
var duration = __webpack_require__(2636);
;// CONCATENATED MODULE: ./src/sign/retrying.ts





const SIGSTORE_BACKOFF = { baseDelayMs: 1000, maxDelayMs: 30_000 };
/** Why a sigstore-js failure is worth another attempt, or undefined when it is not. */
function retrying_transient(error) {
    for (let e = error; e instanceof Error; e = e.cause) {
        const status = e.statusCode;
        if (typeof status === 'number')
            return status === 408 || status === 429 || status >= 500
                ? { reason: `answered ${status}`, timeout: false }
                : undefined;
        // minipass-fetch (under make-fetch-happen) and the streamed Rekor upload: timeouts.
        const type = e.type;
        if (type === 'request-timeout' || type === 'body-timeout' || e instanceof http_limits/* HttpTimeout */.Ep)
            return { reason: 'did not answer in time', timeout: true };
        const code = e.code;
        if (typeof code === 'string' &&
            /^(E[A-Z_]+|UND_ERR_[A-Z_]+)$/.test(code) &&
            code !== 'ERR_INVALID_URL')
            return { reason: `could not be reached (${code})`, timeout: code === 'ETIMEDOUT' };
    }
    return undefined;
}
/** `call()` until it succeeds or its failure is final; `service` names it, e.g. "Rekor at https://\u2026". */
async function withRetries(service, retry, call) {
    const sequence = retry.budget.sequence();
    try {
        for (let attempt = 0;; attempt++) {
            try {
                return await call();
            }
            catch (error) {
                const why = retrying_transient(error);
                if (!why)
                    throw error;
                if (why.timeout)
                    sequence.timeouts++;
                const delay = (0,network_retry/* backoffMs */.jo)(attempt, retry.backoff);
                const again = sequence.timeouts < network_retry/* MAX_TIMEOUTS */.iL &&
                    (await sequence.wait(`${service} ${why.reason}`, delay));
                if (!again) {
                    const stop = sequence.timeouts >= network_retry/* MAX_TIMEOUTS */.iL
                        ? `no answer in time ${network_retry/* MAX_TIMEOUTS */.iL} times`
                        : `retrying in ${(0,duration/* formatDuration */.a)(delay)} would exceed the ${sequence.describeBudget()}`;
                    throw Object.assign(new Error(`${service} ${why.reason}; gave up: ${stop}`, { cause: error }), {
                        code: error.code
                    });
                }
            }
        }
    }
    finally {
        sequence.close();
    }
}
/** A witness (Rekor, TSA) whose calls are retried. */
function retryingWitness(inner, service, retry) {
    return {
        testify: (signature, publicKey) => withRetries(service, retry, () => inner.testify(signature, publicKey))
    };
}
/** When a certificate's validity ends (ms since the epoch), or undefined for a public key. */
function validUntil(key) {
    if (key.$case !== 'x509Certificate')
        return undefined;
    return Date.parse(new external_node_crypto_.X509Certificate(key.certificate).validTo);
}
/**
 * Gets a Fulcio certificate for the holder's key and reuses it while it stays valid long
 * enough: a signature's log entry and timestamp must fall inside the certificate's
 * validity, and waits for Rekor or the TSA may take up to the remaining retry budget. A
 * certificate that could expire within that time (plus a minute) is replaced first.
 * Every signature is the holder's, over its parts (a DSSE PAE is not joined into a copy).
 */
class OneCertificateSigner {
    fulcio;
    holder;
    service;
    retry;
    certificate;
    constructor(fulcio, holder, service, retry) {
        this.fulcio = fulcio;
        this.holder = holder;
        this.service = service;
        this.retry = retry;
    }
    sign(data) {
        return this.signParts([data]);
    }
    async signParts(parts) {
        const current = this.certificate && (await this.certificate.catch(() => undefined));
        if (current && this.stale(current)) {
            log/* log */.Rm.info('The Fulcio certificate would expire before retries could end; getting a new one');
            this.certificate = undefined;
        }
        if (!this.certificate) {
            // Fulcio's signer also signs what it is given, with the holder's key: that signature
            // (over nothing) is not used, the holder signs the parts.
            this.certificate = withRetries(this.service, this.retry, () => this.fulcio.sign(Buffer.alloc(0))).then(s => s.key);
            this.certificate.catch(() => (this.certificate = undefined));
        }
        const key = await this.certificate;
        const { signature } = await this.holder.signParts(parts);
        return { signature, key };
    }
    stale(key) {
        const until = validUntil(key);
        const needed = 60_000 + this.retry.budget.remainingMs();
        return until !== undefined && until - Date.now() < needed;
    }
}

// EXTERNAL MODULE: ./src/oci/http.ts + 2 modules
var http = __webpack_require__(86069);
// EXTERNAL MODULE: ./src/oci/url.ts
var oci_url = __webpack_require__(95832);
;// CONCATENATED MODULE: ./src/sign/rekor-upload.ts




/**
 * Rekor v1 `dsse` entries, uploaded as a stream. A dsse entry proposes the whole envelope
 * (Rekor keeps only its hashes), so an SBOM attestation's request is 4/3 of the SBOM in
 * base64. Built as whole strings (envelope JSON, request JSON, request bytes) that is four
 * copies of it at once; here the payload is base64-encoded a slice at a time as the socket
 * takes it. The wait for the answer grows with the body: a large upload gets its time at a
 * minimum rate instead of failing at a fixed timeout that fits only small entries.
 *
 * Message signatures (hashedrekord, a few KiB) go to `small`, sigstore-js's own witness.
 */
class RekorDsseUpload {
    baseURL;
    timeoutMs;
    small;
    constructor(baseURL, 
    /** For small requests (and the answer); a large body adds its time at UPLOAD_RATE. */
    timeoutMs, small) {
        this.baseURL = baseURL;
        this.timeoutMs = timeoutMs;
        this.small = small;
    }
    async testify(content, publicKey) {
        if (content.$case !== 'dsseEnvelope')
            return this.small.testify(content, publicKey);
        const body = proposedDsseEntry(content.dsseEnvelope, publicKey);
        try {
            return { tlogEntries: [await this.createEntry(body)] };
        }
        catch (error) {
            // The code names Rekor in the signing error; the cause says whether to retry.
            throw Object.assign(new Error('error creating tlog entry', { cause: error }), {
                code: 'TLOG_CREATE_ENTRY_ERROR'
            });
        }
    }
    async createEntry(body) {
        const url = `${this.baseURL}/api/v1/log/entries`;
        const waitMs = this.timeoutMs + Math.ceil((body.length / UPLOAD_RATE) * 1000);
        const limits = { connectMs: this.timeoutMs, headersMs: waitMs, idleMs: this.timeoutMs };
        const headers = { 'content-type': 'application/json', accept: 'application/json' };
        let response = await (0,http/* send */.t)(url, { method: 'POST', headers, body, limits });
        // Already logged (an earlier attempt landed): Rekor answers 409 and where the entry is.
        const existing = response.status === 409 ? response.headers.get('location') : null;
        if (existing) {
            response.discard();
            const uuid = existing.split('/').pop() ?? '';
            response = await (0,http/* send */.t)(`${url}/${encodeURIComponent(uuid)}`, { headers, limits });
        }
        const text = await response.text(MAX_ANSWER_BYTES);
        if (!response.ok)
            throw Object.assign(new Error(`${(0,oci_url/* describeUrl */.N)(response.url)} answered ${response.status}: ${text.slice(0, 200)}`), { statusCode: response.status });
        return logEntry(text);
    }
}
/** The slowest upload waited for: 20 MiB (a 15 MiB SBOM's entry) gets 20 s on top. */
const UPLOAD_RATE = 1024 * 1024;
/** An entry's answer: its canonical body (hashes), proof and checkpoint, a few KiB. */
const MAX_ANSWER_BYTES = 1 << 20;
/**
 * `{"apiVersion":"0.0.1","kind":"dsse","spec":{"proposedContent":{"envelope":"<envelope JSON
 * as a string>","verifiers":["<key, base64>"]}}}`, the payload's base64 left out of the JSON
 * text and encoded into the stream in its place (base64 needs no escaping in JSON).
 */
function proposedDsseEntry(envelope, publicKey) {
    // A one-byte stand-in ("AA=="): the JSON form leaves an empty payload out altogether.
    const shell = (0,dist.envelopeToJSON)({ ...envelope, payload: Buffer.alloc(1) });
    const text = JSON.stringify({
        apiVersion: '0.0.1',
        kind: 'dsse',
        spec: {
            proposedContent: {
                envelope: JSON.stringify(shell),
                verifiers: [Buffer.from(publicKey).toString('base64')]
            }
        }
    });
    // The stand-in as it reads inside the escaped envelope string: \"payload\":\"AA==\"
    const standIn = '\\"payload\\":\\"AA==\\"';
    const at = text.indexOf(standIn);
    if (at < 0)
        throw new Error('the envelope JSON has no payload field');
    const head = Buffer.from(text.slice(0, at + standIn.length - 'AA==\\"'.length));
    const tail = Buffer.from(text.slice(at + standIn.length - '\\"'.length));
    const payload = envelope.payload;
    return {
        length: head.length + Math.ceil(payload.length / 3) * 4 + tail.length,
        *chunks() {
            yield head;
            for (const slice of base64Slices(payload))
                yield Buffer.from(slice);
            yield tail;
        }
    };
}
/** Rekor's `{<uuid>: entry}` answer as a bundle's log entry (checked later by the verifier). */
function logEntry(text) {
    let entry;
    let body;
    let kind;
    try {
        const entries = Object.values(JSON.parse(text));
        if (entries.length !== 1)
            throw new Error(`${entries.length} entries`);
        entry = entries[0];
        if (typeof entry.body !== 'string' || typeof entry.logID !== 'string')
            throw new Error('no body or logID');
        body = Buffer.from(entry.body, 'base64');
        kind = JSON.parse(body.toString('utf8'));
    }
    catch (error) {
        throw new Error(`Rekor's answer is not one log entry (${error.message})`, {
            cause: error
        });
    }
    const set = entry.verification?.signedEntryTimestamp;
    const proof = entry.verification?.inclusionProof;
    return {
        logIndex: String(entry.logIndex),
        logId: { keyId: Buffer.from(entry.logID, 'hex') },
        kindVersion: { kind: kind.kind ?? '', version: kind.apiVersion ?? '' },
        integratedTime: String(entry.integratedTime),
        inclusionPromise: set ? { signedEntryTimestamp: Buffer.from(set, 'base64') } : undefined,
        inclusionProof: proof && {
            logIndex: String(proof.logIndex),
            rootHash: Buffer.from(proof.rootHash, 'hex'),
            treeSize: String(proof.treeSize),
            hashes: proof.hashes.map(h => Buffer.from(h, 'hex')),
            checkpoint: { envelope: proof.checkpoint }
        },
        canonicalizedBody: body
    };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
;// CONCATENATED MODULE: ./src/sign/timestamp.ts



/**
 * An RFC 3161 timestamp over `bytes` (the TSA's messageImprint = sha256(bytes)), base64 DER.
 *
 * cosign's legacy `.att` format timestamps the whole layer (the DSSE envelope JSON), not the
 * DSSE signature a bundle's timestamp covers: `cosign attest` v2 sends the signed envelope,
 * and `VerifyRFC3161Timestamp` hashes the layer when the signature annotation is empty.
 * sigstore-js's TSA witness timestamps a message signature's bytes as they are, so the layer
 * is handed to it in that place.
 */
async function timestampBytes(tsa, bytes, what) {
    try {
        const { rfc3161Timestamps } = await tsa.witness.testify({
            $case: 'messageSignature',
            messageSignature: {
                signature: bytes,
                messageDigest: {
                    algorithm: protobuf_specs_dist.HashAlgorithm.SHA2_256,
                    digest: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest()
                }
            }
        }, '');
        const token = rfc3161Timestamps?.[0]?.signedTimestamp;
        if (!token)
            throw new Error('the response holds no timestamp');
        return Buffer.from(token).toString('base64');
    }
    catch (error) {
        throw new errors/* ActionError */.lZ('SIGNING_FAILED', `timestamping the ${what} failed at the timestamp authority (${tsa.url}): ${error.message}`, {
            hint: 'Nothing was attached. Retry the job; if it keeps failing, check the service status',
            cause: error
        });
    }
}

;// CONCATENATED MODULE: ./src/sign/signer.ts











/**
 * Per request (headers, then the body), as sigstore-js's default; a hung service costs one
 * timeout per attempt. sigstore-js's own retries are off: see retrying.ts.
 */
const TIMEOUT_MS = 5000;
/** Rekor v2 answers once a checkpoint covers the entry; its client guide asks for 20 s or more. */
const REKOR_V2_TIMEOUT_MS = 20_000;
/**
 * Signs statements (DSSE) and messages with one signing key for the run: keyless runs get
 * one Fulcio certificate for an ephemeral key (as cosign does per invocation), so a run
 * that signs several statements asks Fulcio and the OIDC provider once. (The builder is put
 * together here rather than by @sigstore/sign's bundleBuilderFromSigningConfig, which takes
 * only its own Fulcio signer and ANY selectors.)
 */
class BundleSigner {
    signer;
    witnesses;
    services;
    /** The first timestamp authority, for timestamps over other bytes than a signature. */
    tsa;
    constructor(options) {
        const { services } = options;
        this.services = services;
        const fetchOptions = { retry: false, timeout: TIMEOUT_MS };
        const retry = {
            budget: options.retryBudget ?? new network_retry/* RetryBudget */.Km(),
            backoff: SIGSTORE_BACKOFF
        };
        if (options.key) {
            this.signer = new KeySigner(options.key.privateKey, options.key.hint);
        }
        else {
            if (!options.tokens || !services.fulcioURL)
                throw new errors/* ActionError */.lZ('SIGNING_FAILED', 'keyless signing needs Fulcio and an OIDC token');
            const holder = new KeySigner((0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' }).privateKey);
            const tokens = options.tokens;
            this.signer = new OneCertificateSigner(new sign_dist/* FulcioSigner */.$o({
                fulcioBaseURL: services.fulcioURL,
                identityProvider: { getToken: () => tokens.getToken() },
                keyHolder: holder,
                ...fetchOptions
            }), holder, `Fulcio at ${services.fulcioURL}`, retry);
        }
        this.witnesses = [
            ...services.tlogs.map(log => {
                const rekor = new sign_dist/* RekorWitness */.fU({
                    rekorBaseURL: log.url,
                    majorApiVersion: log.majorApiVersion,
                    fetchOnConflict: true,
                    ...fetchOptions,
                    ...(log.majorApiVersion === 2 ? { timeout: REKOR_V2_TIMEOUT_MS } : {})
                });
                const witness = log.majorApiVersion === 1 ? new RekorDsseUpload(log.url, TIMEOUT_MS, rekor) : rekor;
                return retryingWitness(witness, `Rekor at ${log.url}`, retry);
            }),
            ...services.tsaURLs.map(url => this.timestampAuthority(url, fetchOptions, retry).witness)
        ];
        const [tsaURL] = services.tsaURLs;
        if (tsaURL)
            this.tsa = this.timestampAuthority(tsaURL, fetchOptions, retry);
    }
    timestampAuthority(url, fetchOptions, retry) {
        const witness = new sign_dist/* TSAWitness */.gs({ tsaBaseURL: url, ...fetchOptions });
        return { url, witness: retryingWitness(witness, `the timestamp authority at ${url}`, retry) };
    }
    /**
     * An RFC 3161 timestamp over `bytes` from the instance's first timestamp authority (cosign's
     * legacy `.att` carries one token), or undefined when the instance has none.
     */
    async timestamp(bytes, what) {
        return this.tsa ? timestampBytes(this.tsa, bytes, what) : undefined;
    }
    /**
     * An in-toto statement as a DSSE bundle (what cosign v3 and actions/attest write);
     * `payload`: the statement serialised already (checked against it before attaching).
     */
    async signStatement(statement, what, payload = serializeStatement(statement)) {
        const builder = new PartsDSSEBundleBuilder(this.signer, this.witnesses, verify/* IN_TOTO_PAYLOAD_TYPE */.T4);
        return {
            bundle: await this.build(builder, payload, what, verify/* IN_TOTO_PAYLOAD_TYPE */.T4),
            payload,
            statement
        };
    }
    /** A message-signature bundle over `payload` (a `hashedrekord` log entry). */
    async signMessage(payload, what) {
        const builder = new sign_dist/* MessageSignatureBundleBuilder */.z3({
            signer: this.signer,
            witnesses: this.witnesses
        });
        return { bundle: await this.build(builder, payload, what), payload };
    }
    async build(builder, data, what, type) {
        try {
            return bundleJSON(await builder.create({ data, type }));
        }
        catch (error) {
            throw signingError(error, what, this.services);
        }
    }
}
/** Signs with a key it holds; the public key goes out as PEM, with a hint when it has one. */
class KeySigner {
    privateKey;
    hint;
    publicKeyPEM;
    constructor(privateKey, hint) {
        this.privateKey = privateKey;
        this.hint = hint;
        this.publicKeyPEM = (0,external_node_crypto_.createPublicKey)(privateKey)
            .export({ format: 'pem', type: 'spki' })
            .toString();
    }
    sign(data) {
        return this.signParts([data]);
    }
    async signParts(parts) {
        const signer = (0,external_node_crypto_.createSign)('sha256');
        for (const part of parts)
            signer.update(part);
        return {
            signature: signer.sign(this.privateKey),
            key: { $case: 'publicKey', publicKey: this.publicKeyPEM, hint: this.hint }
        };
    }
}
/** A bundle read back (e.g. from a registry) in the shape the signer produces. */
function signedBundleFromJSON(bundle, payload) {
    const envelope = bundle.dsseEnvelope;
    if (!envelope)
        return { bundle, payload: payload ?? Buffer.alloc(0) };
    const statementBytes = Buffer.from(envelope.payload, 'base64');
    let statement;
    try {
        statement = JSON.parse(statementBytes.toString());
    }
    catch {
        statement = undefined;
    }
    return { bundle, payload: statementBytes, statement };
}
/** Which service failed, in words a user can act on. */
function signingError(error, what, services) {
    const code = error.code ?? '';
    const detail = describeCause(error);
    const service = code.startsWith('CA_')
        ? `Fulcio (${services.fulcioURL})`
        : code.startsWith('TLOG_')
            ? `Rekor (${services.tlogs.map(t => t.url).join(', ')})`
            : code.startsWith('TSA_')
                ? `the timestamp authority (${services.tsaURLs.join(', ')})`
                : code.startsWith('IDENTITY_')
                    ? 'the OIDC provider'
                    : 'Sigstore';
    return new errors/* ActionError */.lZ('SIGNING_FAILED', `signing the ${what} failed at ${service}: ${detail}`, {
        hint: {
            action: 'Nothing was attached. Retry the job; if it keeps failing, check the service status',
            cli: 'Nothing was attached. Run the command again; if it keeps failing, check the service status'
        },
        cause: error
    });
}
function describeCause(error) {
    const parts = [];
    for (let e = error; e instanceof Error && parts.length < 3; e = e.cause)
        parts.push(e.message);
    return parts.join(': ') || String(error);
}

;// CONCATENATED MODULE: ./src/sign/vulnerabilities.ts
/** The predicate type `cosign attest --type vuln` writes and `verify-attestation --type vuln` reads. */
const COSIGN_VULN_PREDICATE = 'https://cosign.sigstore.dev/attestation/vuln/v1';
/**
 * The predicate of one scan. In a workflow run the invocation names the run (its URL and
 * id) and the workflow that ran it; elsewhere those are empty, as cosign leaves them.
 */
function vulnPredicate(scan, report, parameters, env = process.env) {
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const run = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/attempts/${env.GITHUB_RUN_ATTEMPT || '1'}`
        : '';
    return {
        invocation: {
            parameters,
            uri: run,
            event_id: env.GITHUB_RUN_ID ?? '',
            'builder.id': env.GITHUB_WORKFLOW_REF ? `${server}/${env.GITHUB_WORKFLOW_REF}` : ''
        },
        scanner: {
            uri: scan.scanner.uri,
            version: scan.scanner.version,
            db: { uri: scan.database.source, version: scan.database.updatedAt ?? '' },
            result: report
        },
        metadata: { scanStartedOn: scan.startedAt, scanFinishedOn: scan.finishedAt }
    };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
;// CONCATENATED MODULE: ./src/sign/verify.ts









/**
 * Checks bundles this run produced before anything is attached: the signature, the
 * certificate chain to the trusted root, SCT, log inclusion and timestamps (@sigstore/verify),
 * then what the library does not check: the statement's subject digest and predicate type,
 * and the exact signer identity.
 */
class LocalVerifier {
    services;
    key;
    trust;
    verifier;
    constructor(services, key) {
        this.services = services;
        this.key = key;
        const root = services.trustedRoot ??
            (key
                ? protobuf_specs_dist.TrustedRoot.fromJSON({
                    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1'
                })
                : undefined);
        if (!root)
            return;
        const keys = key
            ? {
                [key.hint]: {
                    rawBytes: key.publicKey.export({ format: 'der', type: 'spki' }),
                    keyDetails: protobuf_specs_dist.PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
                    validFor: { start: new Date(0), end: undefined }
                }
            }
            : undefined;
        this.trust = (0,verify_dist/* toTrustMaterial */.jO)(root, keys);
        const logged = services.tlogs.length > 0;
        this.verifier = new verify_dist/* Verifier */.BL(this.trust, {
            tlogThreshold: logged ? 1 : 0,
            ctlogThreshold: key ? 0 : 1,
            timestampThreshold: key && !logged && services.tsaURLs.length === 0 ? 0 : 1
        });
    }
    /** Whether the check covers the trust chain (false: GitHub's instance without trusted-root). */
    get complete() {
        return this.verifier !== undefined;
    }
    /** Throws SIGNING_FAILED naming `what` when the bundle does not hold up. */
    check(signed, expected, what) {
        const fail = (reason) => new errors/* ActionError */.lZ('SIGNING_FAILED', `the new ${what} bundle does not verify: ${reason}`, {
            hint: 'Nothing was attached. Check that "trusted-root" belongs to the Fulcio/Rekor/TSA ' +
                'instance that signed'
        });
        let identity;
        try {
            const bundle = toBundle(signed);
            const content = bundle.content;
            const entity = (0,verify/* withTimestampedData */.Eg)(content.$case === 'dsseEnvelope'
                ? withPreAuthInParts((0,verify_dist/* toSignedEntity */.DC)(bundle), content.dsseEnvelope)
                : (0,verify_dist/* toSignedEntity */.DC)(bundle, signed.payload), signed.timestampedData);
            if (this.verifier) {
                const signer = this.verifier.verify(entity);
                if (signer.identity?.subjectAlternativeName)
                    identity = {
                        subjectAlternativeName: signer.identity.subjectAlternativeName,
                        issuer: signer.identity.extensions?.issuer ?? ''
                    };
            }
            else {
                identity = this.checkSignatureOnly(signed.bundle, entity);
            }
        }
        catch (error) {
            if (error instanceof errors/* ActionError */.lZ)
                throw error;
            throw fail(error.message);
        }
        if (expected.identity && !this.key) {
            // Without a trust root the issuer extension is not read; the SAN still must match.
            const issuerChecked = this.verifier !== undefined;
            if (identity?.subjectAlternativeName !== expected.identity.subjectAlternativeName ||
                (issuerChecked && identity.issuer !== expected.identity.issuer))
                throw fail(`the certificate names ${identity?.subjectAlternativeName} (${identity?.issuer}), ` +
                    `expected ${expected.identity.subjectAlternativeName} (${expected.identity.issuer})`);
        }
        if (!signed.bundle.dsseEnvelope)
            checkSimpleSigning(signed.payload, expected, fail);
        else if (!expected.statement)
            checkStatement(parsePayload(signed.payload, fail), expected, fail);
        else if (isStatementPayload(signed.payload, expected.statement))
            checkStatement(expected.statement, expected, fail);
        else
            throw fail('its payload is not the statement that was signed');
        return identity;
    }
    /** Without a trust root: the signature against the certificate's own key. */
    checkSignatureOnly(bundle, entity) {
        const raw = bundle.verificationMaterial.certificate?.rawBytes;
        if (!raw)
            throw new Error('no certificate in the bundle');
        const certificate = new external_node_crypto_.X509Certificate(Buffer.from(raw, 'base64'));
        if (!entity.signature.verifySignature(certificate.publicKey))
            throw new Error('signature does not match the certificate');
        const san = certificate.subjectAltName?.replace(/^URI:/, '');
        return san ? { subjectAlternativeName: san, issuer: '' } : undefined;
    }
}
/**
 * The bundle as @sigstore/verify takes it. A DSSE payload is not decoded from the JSON's
 * base64 a second time: the bytes in hand are used, once shown to be what the JSON carries
 * (and so what gets attached).
 */
function toBundle(signed) {
    const envelope = signed.bundle.dsseEnvelope;
    if (!envelope)
        return (0,dist.bundleFromJSON)(signed.bundle);
    // Encoded from these very bytes whenever read (bundleJSON), or compared with them.
    const same = derivedPayload(envelope) === signed.payload || carriesBytes(envelope.payload, signed.payload);
    if (!same)
        throw new Error('the envelope payload is not the signed statement');
    // A one-byte stand-in passes the library's shape check; the real payload goes in after.
    // (Fields named one by one: a spread would read, and so encode, the payload.)
    const bundle = (0,dist.bundleFromJSON)({
        ...signed.bundle,
        dsseEnvelope: {
            payload: 'AA==',
            payloadType: envelope.payloadType,
            signatures: envelope.signatures
        }
    });
    if (bundle.content.$case === 'dsseEnvelope')
        bundle.content.dsseEnvelope.payload = signed.payload;
    return bundle;
}
/** Whether `base64` encodes `bytes`, compared slice by slice without decoding the whole. */
function carriesBytes(base64, bytes) {
    if (base64.length === Math.ceil(bytes.length / 3) * 4) {
        let from = 0;
        let same = true;
        for (const slice of base64Slices(bytes)) {
            same = base64.slice(from, from + slice.length) === slice;
            if (!same)
                break;
            from += slice.length;
        }
        if (same)
            return true;
    }
    // Other spellings (no padding, line breaks, URL alphabet) decode as the library decodes them.
    return Buffer.from(base64, 'base64').equals(bytes);
}
function parsePayload(payload, fail) {
    try {
        return JSON.parse(payload.toString());
    }
    catch {
        throw fail('the payload is not JSON');
    }
}
function checkStatement(statement, expected, fail) {
    if (statement._type !== verify/* STATEMENT_V1 */.om)
        throw fail(`unexpected statement type ${statement._type}`);
    const want = digestMap(expected.digest).sha256;
    if (!statement.subject?.some(s => s.digest?.sha256 === want))
        throw fail(`its subject is not ${expected.digest}`);
    if (expected.predicateType && statement.predicateType !== expected.predicateType)
        throw fail(`its predicate type is ${statement.predicateType}, not ${expected.predicateType}`);
}
function checkSimpleSigning(payload, expected, fail) {
    let signed;
    try {
        signed = JSON.parse(payload.toString());
    }
    catch {
        throw fail('the payload is not JSON');
    }
    const digest = signed.critical?.image?.['docker-manifest-digest'];
    if (digest !== expected.digest)
        throw fail(`it signs ${digest}, not ${expected.digest}`);
}

;// CONCATENATED MODULE: ./src/sign/index.ts










;// CONCATENATED MODULE: ./src/pipelines/sign/image.ts



async function resolveTarget(client, ref, sign) {
    if (sign.digest && ref.digest && sign.digest !== ref.digest)
        throw (0,errors/* inputError */.Xu)('digest', `${sign.digest} differs from the digest in "image" (${ref.digest})`, 'Give the digest once, in either input');
    const wanted = sign.digest ?? ref.digest;
    if (!wanted)
        log/* log */.Rm.warning(`"${ref.toString()}" has no digest: signing what the tag points at now. Pass the digest ` +
            '(e.g. steps.build.outputs.digest) so that exactly the pushed image is signed');
    const target = await client.resolve(wanted ? withDigest(ref, wanted) : ref);
    if (wanted && target.digest !== wanted)
        throw new errors/* ActionError */.lZ('DIGEST_MISMATCH', `${ref.name} resolved to ${target.digest}, not ${wanted}`);
    return target;
}
function withDigest(ref, digest) {
    return (0,oci/* parseReference */.F2)(`${ref.name}@${digest}`);
}
function platformOf(descriptor) {
    const p = descriptor.platform;
    if (!p)
        return undefined;
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/** The top-level manifest first, then the index children to sign (all, or `platforms`). */
async function listSubjects(client, ref, target, platforms) {
    const head = await client.headManifest(ref, target.digest);
    if (!head)
        throw new errors/* ActionError */.lZ('IMAGE_NOT_FOUND', `${ref.name}@${target.digest} is gone`);
    const topDescriptor = { mediaType: head.mediaType, digest: head.digest, size: head.size };
    if (target.kind === 'image') {
        if (platforms.length)
            log/* log */.Rm.warning(`"platforms" is ignored: ${ref.name}@${target.digest} is a single image`);
        return [{ digest: target.digest, descriptor: topDescriptor, image: target.image }];
    }
    // Skip buildx attestation manifests (platform unknown/unknown).
    const children = target.index.manifests.filter(d => d.platform && d.platform.os !== 'unknown');
    const available = children.map(platformOf);
    for (const wanted of platforms)
        if (!available.includes(wanted))
            throw (0,errors/* inputError */.Xu)('platforms', `${wanted} is not in ${ref.name}@${target.digest}`, `It has: ${available.join(', ')}`);
    const selected = platforms.length
        ? children.filter(d => platforms.includes(platformOf(d) ?? ''))
        : children;
    const subjects = [{ digest: target.digest, descriptor: topDescriptor }];
    for (const descriptor of selected)
        subjects.push({
            digest: descriptor.digest,
            descriptor: {
                mediaType: descriptor.mediaType,
                digest: descriptor.digest,
                size: descriptor.size
            },
            platform: platformOf(descriptor),
            image: await target.image(descriptor)
        });
    return subjects;
}

// EXTERNAL MODULE: ./src/sbom/index.ts + 51 modules
var src_sbom = __webpack_require__(40352);
;// CONCATENATED MODULE: ./src/pipelines/sign/items.ts


const LABEL = {
    signature: 'image signature',
    sbom: 'SBOM attestation',
    provenance: 'provenance attestation',
    vuln: 'vulnerability attestation'
};
function describe(item) {
    if (item.describes)
        return `${LABEL[item.kind]} of ${item.describes.platform} (on the index)`;
    return `${LABEL[item.kind]}${item.subject.platform ? ` of ${item.subject.platform}` : ''}`;
}
/**
 * A platform's attestation put on the index too (subject = index, the platform named), for
 * those who verify the digest they were given.
 */
function onIndex(kind, ref, top, platform, predicateType, predicate) {
    return {
        kind,
        subject: top,
        describes: platform,
        statement: indexPlatformStatement(ref.name, top.digest, { name: platform.platform ?? '', digest: platform.digest }, predicateType, predicate)
    };
}
function platformAnnotations(item) {
    return item.describes?.platform ? { [verify/* PLATFORM_ANNOTATION */.iZ]: item.describes.platform } : {};
}

;// CONCATENATED MODULE: ./src/pipelines/sign/sbom.ts
// SBOM: each subject's SBOM (generated, from BuildKit, or a file), the plan of what gets
// signed, and the SBOM files in the output directory.







/**
 * `sbom: buildx`: each platform's SBOM from the BuildKit attestation manifest beside it in
 * the index. Fails, naming the image and platform, when one has none.
 */
async function buildxSboms(client, ref, target, subjects, sign) {
    const image = `${ref.name}@${target.digest}`;
    if (target.kind !== 'index')
        throw new errors/* ActionError */.lZ('SBOM_INVALID', `"sbom: buildx": ${image} is a single image manifest, without BuildKit attestations`, { hint: src_sbom/* BUILDX_SBOM_HINT */.Xj });
    const attestations = await (0,oci/* buildxAttestations */.Y2)(client, ref, target.index, subjects.map(s => s.digest));
    const sboms = new Map();
    for (const subject of subjects.filter(s => s.image)) {
        const where = `${image} (${subject.platform})`;
        const attestation = attestations.find(a => a.describes === subject.digest);
        if (!attestation)
            throw new errors/* ActionError */.lZ('SBOM_INVALID', `"sbom: buildx": ${where} has no BuildKit attestation manifest`, { hint: src_sbom/* BUILDX_SBOM_HINT */.Xj });
        sboms.set(subject.digest, await (0,src_sbom/* buildxSbom */.C0)(client, ref, attestation, where, sign.maxPredicateSize));
    }
    return sboms;
}
/** Signatures on every subject; an SBOM per image (per platform for an index); provenance on top. */
async function planItems(config, ref, subjects, buildx) {
    const sign = config.sign;
    const items = [];
    const images = subjects.filter(s => s.image);
    const fileSbom = sign.sbom.kind === 'file' ? await (0,src_sbom/* loadSbomFile */.My)(sign.sbom.path) : undefined;
    // A given SBOM file describes what the user pointed at: the top-level manifest.
    const sbomSubjects = fileSbom
        ? [subjects[0]]
        : sign.sbom.kind === 'generate' || buildx
            ? images
            : [];
    for (const subject of sbomSubjects) {
        const sbom = fileSbom ??
            buildx?.get(subject.digest) ??
            (await (0,src_sbom/* generateSbom */.N3)(subject.image, { format: sign.sbomFormat, imageName: ref.name }));
        if (sbom.bytes.length > sign.maxPredicateSize)
            throw new errors/* ActionError */.lZ('SBOM_INVALID', `the SBOM${subject.platform ? ` of ${subject.platform}` : ''} is ${sbom.bytes.length} bytes, ` +
                `over "max-predicate-size" (${sign.maxPredicateSize})`, {
                hint: 'Transparency logs reject such entries. Raise "max-predicate-size" if your log ' +
                    'accepts them (or with "sigstore: github", which has no log), or use "sbom: none"'
            });
        const statement = imageStatement(ref.name, subject.digest, sbom.predicateType, new PredicateJSON(sbom.bytes));
        // Serialised here, once, and the SBOM bytes become a view into the statement: the SBOM
        // is then held once, for the files, the scan and the signing alike.
        const payload = serializeStatement(statement);
        sbom.bytes = payload.subarray(payload.length - 1 - sbom.bytes.length, payload.length - 1);
        statement.predicate = new PredicateJSON(sbom.bytes);
        items.push({ kind: 'sbom', subject, sbom, statement, payload });
    }
    // Each platform's SBOM also on the index, for those who verify the digest they were given.
    const top = subjects[0];
    for (const item of items.filter(i => i.subject !== top && i.sbom)) {
        const { subject, sbom } = item;
        items.push(onIndex('sbom', ref, top, subject, sbom.predicateType, new PredicateJSON(sbom.bytes)));
    }
    if (sign.provenance) {
        items.push({
            kind: 'provenance',
            subject: top,
            statement: provenanceStatement(ref.name, top.digest)
        });
    }
    // Children before the index, attestations before signatures: a failure part-way never
    // leaves a signed image whose SBOM is missing.
    for (const subject of [...subjects.slice(1), subjects[0]])
        items.push({ kind: 'signature', subject, statement: signatureStatement(subject.digest) });
    return items;
}
/**
 * What the run writes to the output directory, roughly: each SBOM file, and per bundle its
 * statement base64-encoded (4/3 of the SBOM it carries) plus 16 KiB of certificate, log entry
 * and JSON around it.
 */
function estimateOutputBytes(items) {
    let bytes = 0;
    for (const item of items) {
        bytes += item.sbom?.bytes.length ?? 0;
        const described = item.describes && items.find(i => i.subject === item.describes && i.sbom);
        const predicate = (item.sbom ?? described?.sbom)?.bytes.length ?? 0;
        bytes += Math.ceil((predicate * 4) / 3) + 16 * 1024;
    }
    return bytes;
}
async function writeSboms(dir, items) {
    const paths = [];
    for (const item of items) {
        if (!item.sbom)
            continue;
        const suffix = item.subject.platform ? `-${item.subject.platform.replace(/\//g, '-')}` : '';
        const extension = item.sbom.format === 'spdx-json' ? 'spdx' : 'cdx';
        const path = (0,external_node_path_.join)(dir.path, `sbom${suffix}.${extension}.json`);
        await (0,files/* writeFileAtomic */.Zf)(path, item.sbom.bytes, dir.origin);
        paths.push(path);
    }
    return paths;
}

;// CONCATENATED MODULE: ./src/pipelines/sign/reuse.ts
// Before signing: bundles by this signer already attached where this run would attach them.






/**
 * Marks items that already have a valid bundle by this signer (same identity or key, same
 * predicate type, same digest) where this run would attach it: referrers, legacy tags, or
 * both for "both". Referrers an earlier run pushed but could not list (the pending record)
 * are candidates too, checked the same way, after the listed ones; a valid one is marked
 * `unlisted` for the attach step to list. Returns the pending records read.
 */
async function reuseExisting(client, ref, items, sign, verifier, identity, key) {
    const referrers = new Map();
    const pending = [];
    const legacy = new Map();
    const firstValid = (item, candidates) => {
        const expected = {
            digest: item.subject.digest,
            predicateType: item.statement.predicateType,
            identity
        };
        return candidates.find(candidate => {
            // Whatever the registry holds is hostile until verified: a malformed one is no match.
            try {
                const statement = candidate.signed.statement;
                const platform = statement && (0,verify/* subjectPlatform */.o7)(statement, item.subject.digest);
                if (platform !== item.describes?.platform)
                    return false;
                verifier.check(candidate.signed, expected, 'existing bundle');
                return true;
            }
            catch {
                return false;
            }
        });
    };
    // Referrers and legacy layers alike: a bundle that does not even convert is no match.
    const asCandidate = (where, ref, convert, unlisted) => {
        try {
            return [{ ref, signed: convert(), unlisted }];
        }
        catch (error) {
            log/* log */.Rm.debug(`existing bundle in ${where} is malformed (${(0,errors/* describeError */.Uc)(error)}); not reused`);
            return [];
        }
    };
    for (const item of items) {
        // A scan is true as of its time: each run attests its own.
        if (item.kind === 'vuln')
            continue;
        const digest = item.subject.digest;
        let referrer;
        let tagged;
        if (sign.attachFormat !== 'legacy') {
            if (!referrers.has(digest)) {
                const listed = await findBundleReferrers(client, ref, digest);
                const unlisted = await findUnlistedBundles(client, ref, digest, new Set(listed.map(f => f.manifestDigest)));
                if (unlisted.record.manifests.length)
                    pending.push({ subject: digest, unlisted });
                referrers.set(digest, [...listed, ...unlisted.found]);
            }
            referrer = firstValid(item, (referrers.get(digest) ?? []).flatMap(f => asCandidate(`referrer ${ref.name}@${f.manifestDigest}`, f.manifestDigest, () => signedBundleFromJSON(f.bundle), f.unlisted)));
            if (!referrer)
                continue;
        }
        if (sign.attachFormat !== 'bundle') {
            const suffix = item.kind === 'signature' ? 'sig' : 'att';
            const cacheKey = `${digest}.${suffix}`;
            if (!legacy.has(cacheKey))
                legacy.set(cacheKey, await readLegacyBundles(client, ref, digest, suffix, key?.hint));
            tagged = firstValid(item, (legacy.get(cacheKey) ?? [])
                .filter(l => suffix === 'sig' || l.predicateType === item.statement.predicateType)
                .flatMap(l => asCandidate(`${ref.name}:${(0,verify/* legacyTag */.w_)(digest, suffix)} layer ${l.layerDigest}`, l.manifestDigest, () => ({
                ...signedBundleFromJSON(l.bundle, l.payload),
                timestampedData: suffix === 'att' ? l.payload : undefined
            }))));
            if (!tagged)
                continue;
        }
        const found = (referrer ?? tagged);
        item.existingRef = found.ref;
        item.ref = found.ref;
        item.legacyRef = tagged?.ref;
        item.signed = referrer?.signed ?? (item.kind === 'signature' ? undefined : tagged?.signed);
        item.legacySigned = item.kind === 'signature' ? tagged?.signed : undefined;
        item.unlisted = referrer?.unlisted;
        log/* log */.Rm.info(item.unlisted
            ? `${describe(item)}: valid, pushed as ${found.ref} by an earlier run that could not list it; listing it instead of signing again`
            : `${describe(item)}: valid, already attached as ${found.ref}`);
    }
    const used = new Set(items.map(i => i.unlisted?.digest));
    for (const { unlisted } of pending) {
        const ignored = [
            ...unlisted.unusable,
            ...unlisted.found.map(f => f.manifestDigest).filter(d => !used.has(d))
        ];
        if (ignored.length)
            log/* log */.Rm.warning(`${unlisted.where} lists ${ignored.length} referrer(s) that are not valid bundles by this signer of what this run signs (${ignored.join(', ')}); ignored, they stay unlisted`);
    }
    return pending;
}

;// CONCATENATED MODULE: ./src/pipelines/sign/signing.ts
// Sign: each item's bundle(s), verified locally before anything is attached, and the
// bundle files in the output directory.







/** A statement above this size leaves garbage worth a full collection once it is handled. */
const LARGE_PAYLOAD = 1024 * 1024;
async function signItem(signer, verifier, item, ref, sign, services, identity) {
    const what = describe(item);
    const expected = {
        digest: item.subject.digest,
        predicateType: item.statement.predicateType,
        identity
    };
    const dsse = item.kind !== 'signature' || sign.attachFormat !== 'legacy';
    let signedBy;
    if (dsse) {
        item.signed = await signer.signStatement(item.statement, what, item.payload);
        // A large statement's encodings (the signed PAE, the upload) go before the check makes its own.
        if (item.signed.payload.length > LARGE_PAYLOAD)
            (0,heap/* collectGarbage */.iO)();
        signedBy = verifier.check(item.signed, { ...expected, statement: item.statement }, what);
    }
    if (item.signed && item.kind !== 'signature' && sign.attachFormat !== 'bundle') {
        const legacyWhat = `${what} (cosign v2 format)`;
        const envelope = attestationLayerBytes(item.signed.bundle);
        const timestamp = await signer.timestamp(envelope, legacyWhat);
        const layer = attestationLayer(item.signed.bundle, item.statement.predicateType, services.trustedRoot, timestamp, platformAnnotations(item));
        // Checked as it will be read back: rebuilt from the layer, the timestamp over the layer.
        // The statement bytes in hand stand for its payload once shown to be what it carries.
        const rebuilt = (0,verify/* bundleFromLegacyLayer */.TQ)(verify/* DSSE_ENVELOPE_MEDIA_TYPE */.Nr, layer.descriptor.annotations ?? {}, layer.bytes);
        verifier.check({ bundle: rebuilt, payload: item.signed.payload, timestampedData: layer.bytes }, { ...expected, statement: item.statement }, legacyWhat);
        item.attestationLayer = layer;
    }
    if (item.kind === 'signature' && sign.attachFormat !== 'bundle') {
        const payload = simpleSigningPayload(ref.name, item.subject.digest);
        item.legacySigned = await signer.signMessage(payload, `${what} (cosign v2 format)`);
        signedBy = verifier.check(item.legacySigned, { digest: item.subject.digest, identity }, what);
    }
    if ((item.signed?.payload.length ?? 0) > LARGE_PAYLOAD)
        (0,heap/* collectGarbage */.iO)();
    return signedBy;
}
/** File names of the bundles, before the platform suffix. */
const BUNDLE_FILE = {
    signature: 'signature',
    sbom: 'sbom-attestation',
    provenance: 'provenance',
    vuln: 'vulnerability-attestation'
};
/** Writes each item's bundle file; the item keeps its bytes to push them as its referrer. */
async function writeBundles(dir, items) {
    for (const item of items) {
        const bundle = item.signed ?? item.legacySigned;
        if (!bundle)
            continue;
        const platform = item.describes ? `index-${item.describes.platform}` : item.subject.platform;
        const suffix = platform ? `-${platform.replace(/\//g, '-')}` : '';
        const name = BUNDLE_FILE[item.kind];
        item.bundlePath = (0,external_node_path_.join)(dir.path, `${name}${suffix}.sigstore.json`);
        const bytes = bundleBytes(bundle.bundle);
        await (0,files/* writeFileAtomic */.Zf)(item.bundlePath, bytes.chunks(), dir.origin);
        if (bundle === item.signed)
            item.bundleBytes = bytes;
    }
}

;// CONCATENATED MODULE: ./src/pipelines/sign/attach.ts
// Attach: the registry (and GitHub) writes, as steps that report what was and was not written.






/**
 * The writes, in order: each item's OCI referrer and/or cosign legacy tag, then (with
 * "github-attestations") each bundle to GitHub's attestations API.
 */
function attachSteps(client, ref, items, sign, services, 
/** Filled with each referrer as it is pushed, for the check after all writes. */
pushed, github) {
    const steps = [];
    const created = new Date();
    for (const item of items) {
        const what = describe(item);
        const unlisted = item.unlisted;
        if (unlisted)
            steps.push({
                what: `${what} (OCI referrer of an earlier run, listed now)`,
                run: async () => {
                    await client.listReferrer(ref, item.subject.digest, unlisted);
                    pushed.push({ what, subject: item.subject.digest, descriptor: unlisted });
                    return unlisted.digest;
                }
            });
        if (item.existingRef)
            continue;
        if (sign.attachFormat !== 'legacy' && item.signed) {
            const signed = item.signed;
            steps.push({
                what: `${what} (OCI referrer)`,
                run: async () => {
                    const referrer = bundleReferrer(signed.bundle, item.subject.descriptor, item.statement.predicateType, created, platformAnnotations(item), item.bundleBytes ?? bundleBytes(signed.bundle));
                    const bytes = Buffer.from(JSON.stringify(referrer.manifest));
                    item.ref = await pushBundleReferrer(client, ref, referrer);
                    const descriptor = (0,oci/* referrerDescriptor */.xh)(referrer.manifest, bytes);
                    pushed.push({ what, subject: item.subject.digest, descriptor });
                    return item.ref;
                }
            });
        }
        if (sign.attachFormat !== 'bundle') {
            const suffix = item.kind === 'signature' ? 'sig' : 'att';
            const signed = item.legacySigned;
            const layer = suffix === 'att'
                ? item.attestationLayer
                : signed && signatureLayer(signed.bundle, signed.payload, services.trustedRoot);
            if (!layer)
                continue;
            steps.push({
                what: `${what} (${(0,verify/* legacyTag */.w_)(item.subject.digest, suffix)})`,
                run: async () => {
                    item.legacyRef = await appendLegacyLayers(client, ref, item.subject.digest, suffix, [
                        layer
                    ]);
                    item.ref ??= item.legacyRef;
                    return item.legacyRef;
                }
            });
        }
    }
    if (github)
        // An earlier run's unlisted referrer failed before this step: it was not stored either.
        for (const item of items.filter(i => (!i.existingRef || i.unlisted) && i.signed))
            steps.push({
                what: `${describe(item)} (GitHub attestations API)`,
                run: async () => {
                    item.github = await storeAttestation(github, item.signed.bundle);
                    return item.github.id;
                }
            });
    return steps;
}
/**
 * After every write succeeded: removes the pending records the run read (their referrers are
 * listed now, or were judged not worth listing). Best-effort: a record left behind is
 * harmless, since a re-run checks each entry again before it counts.
 */
async function clearPendingRecords(client, ref, records) {
    for (const { subject, unlisted } of records) {
        try {
            const done = await client.clearPendingReferrers(ref, subject, unlisted.record);
            log/* log */.Rm.info({
                deleted: `removed ${unlisted.where}, the record of unlisted referrers`,
                emptied: `emptied ${unlisted.where}, the record of unlisted referrers (the registry does not allow deleting it)`,
                left: `left ${unlisted.where} as it is: another run recorded referrers there since it was read`
            }[done]);
        }
        catch (error) {
            log/* log */.Rm.warning(`could not clear ${unlisted.where}: ${(0,errors/* describeError */.Uc)(error)}; a re-run checks its entries again`);
        }
    }
}

;// CONCATENATED MODULE: ./src/pipelines/sign/outputs.ts
// Outputs: the action's outputs and the job summary.



function outputs_logEntry(item, services) {
    const bundle = item?.signed ?? item?.legacySigned;
    const entry = bundle?.bundle.verificationMaterial.tlogEntries?.[0];
    if (!entry)
        return undefined;
    const log = services.tlogs[0];
    // Rekor v2 serves no entry API (its log is read as tiles); its entry is in the bundle.
    const url = log?.url === 'https://rekor.sigstore.dev'
        ? `https://search.sigstore.dev/?logIndex=${entry.logIndex}`
        : log?.majorApiVersion === 1
            ? `${log.url}/api/v1/log/entries?logIndex=${entry.logIndex}`
            : undefined;
    return { index: entry.logIndex, url };
}
function outputs(top, items, sbomPaths, services) {
    const signature = items.find(i => i.kind === 'signature' && i.subject === top);
    const sbom = items.find(i => i.kind === 'sbom');
    const provenance = items.find(i => i.kind === 'provenance');
    const vuln = items.find(i => i.kind === 'vuln');
    const stored = [sbom, provenance, signature].find(i => i?.github)?.github;
    const entry = outputs_logEntry(signature, services);
    const values = {
        digest: top.digest,
        'sbom-path': sbomPaths[0],
        'signature-bundle-path': signature?.bundlePath,
        'sbom-attestation-bundle-path': sbom?.bundlePath,
        'provenance-bundle-path': provenance?.bundlePath,
        'vulnerability-attestation-bundle-path': vuln?.bundlePath,
        'vulnerability-attestation-ref': vuln?.ref,
        'signature-ref': signature?.ref,
        'attestation-ref': sbom?.ref,
        'rekor-log-index': entry?.index,
        'rekor-entry-url': entry?.url,
        'attestation-id': stored?.id,
        'attestation-url': stored?.url
    };
    return Object.fromEntries(Object.entries(values).filter((e) => e[1] !== undefined));
}
function summary(ref, items, identity, key, services, elapsed) {
    const signer = key
        ? `key \`${key.hint}\``
        : `\`${identity?.subjectAlternativeName}\` (${identity?.issuer})`;
    const rows = items.map(item => {
        const subject = `\`${item.subject.digest.slice(0, 19)}\u2026\`${item.subject.platform ? ` (${item.subject.platform})` : ''}`;
        const where = [
            item.existingRef ? `already attached: \`${item.existingRef}\`` : undefined,
            !item.existingRef && item.ref && item.ref !== item.legacyRef
                ? `referrer \`${item.ref}\``
                : undefined,
            item.legacyRef
                ? `\`${(0,verify/* legacyTag */.w_)(item.subject.digest, item.kind === 'signature' ? 'sig' : 'att')}\` \`${item.legacyRef}\``
                : undefined,
            item.github ? `[GitHub attestation ${item.github.id}](${item.github.url})` : undefined
        ]
            .filter(Boolean)
            .join('<br>');
        const entry = outputs_logEntry(item, services);
        const logCell = entry ? (entry.url ? `[${entry.index}](${entry.url})` : entry.index) : '\u2014';
        const label = `${LABEL[item.kind]}${item.describes ? ` of ${item.describes.platform}` : ''}`;
        return `| ${label[0]?.toUpperCase()}${label.slice(1)} | ${subject} | ${where} | ${logCell} |`;
    });
    const sboms = items
        .filter(i => i.sbom)
        .map(i => `${i.subject.platform ? `**${i.subject.platform}**\n\n` : ''}${(0,src_sbom/* sbomSummaryMarkdown */.jZ)(i.sbom)}`);
    return [
        `### Signed \`${ref.name}@${ref.digest}\``,
        '',
        `Signer: ${signer}. Sigstore: ${services.name}.`,
        '',
        '| What | Subject | Attached | Log |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
        items.every(i => i.existingRef)
            ? 'Nothing new was signed: all of it was attached already (`force: true` signs again).'
            : `Signed and attached in ${(elapsed / 1000).toFixed(1)} s.`,
        ...sboms.flatMap(sbom => ['', sbom])
    ].join('\n');
}

// EXTERNAL MODULE: ./src/vuln/report/index.ts + 4 modules
var vuln_report = __webpack_require__(63671);
// EXTERNAL MODULE: ./src/pipelines/vulnerabilities.ts + 1 modules
var vulnerabilities = __webpack_require__(76197);
;// CONCATENATED MODULE: ./src/pipelines/sign/scan.ts





/**
 * Each SBOM the run attaches (a platform's, or the given file about the top manifest) is
 * scanned and the reports are written; then the gate decides. This comes before the first
 * signature, so that a release the gate stops leaves nothing signed, logged or pushed. With
 * `vulnerability-attestation` each scan becomes cosign's vuln statement, attached like the
 * SBOM's: on the platform's manifest and, for an index, again on the index naming the platform.
 */
async function scanBeforeSigning(config, ref, top, items, files, budget) {
    const settings = config.vulnerabilities;
    if (!settings.scan)
        return undefined;
    const scanner = await (0,vulnerabilities/* openScanner */.n1)(settings, budget);
    const scanned = [];
    for (const item of items) {
        if (!item.sbom || item.describes)
            continue;
        const { subject } = item;
        const artifact = `${ref.name}@${subject.digest}`;
        log/* log */.Rm.info(`scanning the SBOM of ${artifact}${subject.platform ? ` (${subject.platform})` : ''}`);
        const scan = await scanner.scan(item.sbom, {
            artifact,
            digest: subject.digest,
            platform: subject.platform,
            purls: [(0,vulnerabilities/* ociPurl */.Vf)(ref, subject.digest)]
        }, settings.failOn);
        scanned.push({ subject, scan });
    }
    const scans = scanned.map(s => s.scan);
    const paths = await (0,vulnerabilities/* writeScanReports */.w3)(files.dir, scans);
    const outputs = (0,vulnerabilities/* scanOutputs */.qz)(paths, scans);
    const summary = (0,vulnerabilities/* scanSummary */.yK)(scans, settings);
    const failure = (0,vulnerabilities/* gateFailure */.I9)(scans);
    if (failure)
        return {
            failed: {
                ok: false,
                failure: `${failure}. Nothing was signed or pushed`,
                outputs: {
                    digest: top.digest,
                    ...(files.sbomPath ? { 'sbom-path': files.sbomPath } : {}),
                    ...outputs
                },
                summary: `${summary}\n\n**Nothing was signed or pushed: the vulnerability gate failed.**\n`
            },
            outputs,
            summary,
            items: []
        };
    return {
        outputs,
        summary,
        items: settings.attestation
            ? scanned.flatMap(({ subject, scan }) => vulnItems(config, ref, top, subject, scan))
            : []
    };
}
function vulnItems(config, ref, top, subject, scan) {
    const v = config.vulnerabilities;
    // A scan of an SBOM that left parts of the image out says so in what it attests.
    const report = {
        ...(scan.leftOut.length > 0 ? { incompleteSbom: { leftOut: scan.leftOut } } : {}),
        ...(0,vuln_report/* toJson */.aB)(scan.result, scan.gate)
    };
    const predicate = vulnPredicate(scan.result, report, {
        'fail-on-severity': v.failOn,
        'unknown-severity': v.unknownAs,
        'allow-incomplete-sbom': v.allowIncomplete,
        'ignore-vulnerabilities': v.ignores.map(i => i.text),
        vex: v.vex !== undefined
    });
    const own = {
        kind: 'vuln',
        subject,
        statement: imageStatement(ref.name, subject.digest, COSIGN_VULN_PREDICATE, predicate)
    };
    if (subject === top)
        return [own];
    return [own, onIndex('vuln', ref, top, subject, COSIGN_VULN_PREDICATE, predicate)];
}

;// CONCATENATED MODULE: ./src/pipelines/sign/index.ts
















/**
 * Sign mode, one file per step: inputs (here) \u2192 image source (image.ts) \u2192 SBOM (sbom.ts) \u2192
 * vulnerability scan and gate (scan.ts) \u2192 reuse what is attached already (reuse.ts) \u2192 sign and verify locally (signing.ts) \u2192 attach
 * (attach.ts) \u2192 outputs and summary (outputs.ts). The items they pass along are in items.ts.
 */
async function runSign(config) {
    const sign = config.sign;
    // Everything that can fail for lack of permissions or bad inputs fails before any work.
    const key = config.sigstore.key
        ? loadSigningKey(config.sigstore.key, config.sigstore.keyPassword)
        : undefined;
    const tokens = key ? undefined : identityTokenSource();
    // Who Fulcio will name is predictable for GitHub's issuer; other issuers' certificates are
    // taken as they come (the chain to the trusted root is still checked).
    const predicted = tokens ? identityFromClaims(tokenClaims(await tokens.getToken())) : undefined;
    const identity = predicted?.issuer === GITHUB_ACTIONS_ISSUER ? predicted : undefined;
    const github = sign.githubAttestations ? githubTarget(config) : undefined;
    const outputDir = { path: (0,external_node_path_.join)(config.outputDir, 'sbom-sign'), origin: config.outputOrigin };
    await (0,files/* prepareOutputDir */.g$)(outputDir);
    const services = await selectServices(config.sigstore);
    checkAttachFormat(services, sign.attachFormat);
    const verifier = new LocalVerifier(services, key);
    if (!verifier.complete)
        log/* log */.Rm.notice('No trusted root for this instance: the new bundles are checked against their own ' +
            'certificate only. Give "trusted-root" for a full check before attaching');
    const ref = (0,oci/* parseReference */.F2)(sign.image);
    const retryBudget = new network_retry/* RetryBudget */.Km(config.network.retryBudgetMs);
    const client = new oci/* RegistryClient */.bP({ ...config.registry, retryBudget });
    const target = await resolveTarget(client, ref, sign);
    const pinned = withDigest(ref, target.digest);
    const subjects = await listSubjects(client, pinned, target, sign.platforms);
    const top = subjects[0];
    log/* log */.Rm.info(`signing ${pinned.name}@${target.digest}`);
    const buildx = sign.sbom.kind === 'buildx'
        ? await buildxSboms(client, pinned, target, subjects, sign)
        : undefined;
    const items = await planItems(config, pinned, subjects, buildx);
    // Room for the files is known once the SBOMs are: checked before a certificate is spent.
    await (0,files/* checkRoom */.kX)(outputDir, estimateOutputBytes(items));
    const sbomPaths = await writeSboms(outputDir, items);
    // The gate decides before anything is signed: a failed gate leaves nothing half-written.
    const scan = await scanBeforeSigning(config, pinned, top, items, { dir: outputDir, sbomPath: sbomPaths[0] }, retryBudget);
    if (scan?.failed)
        return scan.failed;
    if (scan)
        items.splice(items.findIndex(i => i.kind === 'signature'), 0, ...scan.items);
    const started = Date.now();
    const pending = sign.force
        ? []
        : await reuseExisting(client, pinned, items, sign, verifier, identity ?? predicted, key);
    const signer = new BundleSigner({ services, tokens, key, retryBudget });
    let signerIdentity = identity;
    // What loading and scanning left behind (texts, parsed documents) goes before signing.
    (0,heap/* collectGarbage */.iO)();
    for (const item of items) {
        if (item.existingRef)
            continue;
        signerIdentity =
            (await signItem(signer, verifier, item, pinned, sign, services, identity)) ?? signerIdentity;
    }
    await writeBundles(outputDir, items);
    const pushed = [];
    const steps = attachSteps(client, pinned, items, sign, services, pushed, github);
    await runAttachSteps(steps);
    // After every write: a concurrent run may have dropped ours from the fallback index.
    await ensureReferrersListed(client, pinned, pushed);
    await clearPendingRecords(client, pinned, pending);
    const elapsed = Date.now() - started;
    const fresh = items.filter(i => !i.existingRef).length;
    log/* log */.Rm.info(fresh
        ? `signed, verified and attached ${fresh} item(s) in ${elapsed} ms`
        : 'a valid signature and SBOM attestation by this signer exist already; nothing new was ' +
            'signed (set "force: true" to sign again)');
    const signed = summary(pinned, items, signerIdentity ?? predicted, key, services, elapsed);
    return {
        ok: true,
        outputs: { ...outputs(top, items, sbomPaths, services), ...scan?.outputs },
        summary: scan ? `${signed}\n\n${scan.summary}` : signed
    };
}
function githubTarget(config) {
    const token = config.registry.githubToken;
    const repository = process.env.GITHUB_REPOSITORY;
    if (!token || !repository)
        throw new errors/* ActionError */.lZ('INPUT_MISSING', '"github-attestations: true" needs "github-token" and GITHUB_REPOSITORY', {
            hint: {
                action: 'Pass "github-token" (the default is the job\'s token) and add "attestations: write"',
                cli: 'Set --github-token and GITHUB_REPOSITORY=owner/name of the repository to attest in'
            }
        });
    return {
        apiURL: process.env.GITHUB_API_URL || 'https://api.github.com',
        serverURL: process.env.GITHUB_SERVER_URL || 'https://github.com',
        repository,
        token
    };
}


/***/ })

};
