export const id = 45;
export const ids = [45];
export const modules = {

/***/ 47812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ STREAM_CHUNK_SIZE),
/* harmony export */   K: () => (/* binding */ loadTarget),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   bW: () => (/* binding */ releaseChunk)
/* harmony export */ });
/* unused harmony exports uncompressed, loadImage */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _media_types__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29217);




const SCHEMA1_HINT = 'Docker schema 1 manifests are deprecated and unsupported; push the image again with a current Docker, buildah or skopeo';
/** Parses manifest or index bytes, telling which by media type or shape; rejects schema 1. */
function parseManifest(bytes, where, contentType) {
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        const looksHtml = /^\s*</.test(bytes.subarray(0, 64).toString('utf8'));
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('REGISTRY_ERROR', `${where} answered ${looksHtml ? 'an HTML page' : 'content that is not JSON'} instead of a manifest${contentType ? ` (content type ${contentType})` : ''}`, { hint: 'Check that the address points at an OCI registry (or a proxy in front of one)' });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('REGISTRY_ERROR', `${where} answered JSON that is not a manifest`);
    const declared = typeof parsed.mediaType === 'string' ? parsed.mediaType : undefined;
    const type = declared ?? contentType?.split(';')[0]?.trim();
    if (parsed.schemaVersion === 1 ||
        type === _media_types__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.DOCKER_SCHEMA1 ||
        type === _media_types__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.DOCKER_SCHEMA1_SIGNED)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('UNSUPPORTED_MEDIA_TYPE', `${where} is a Docker schema 1 manifest`, {
            hint: SCHEMA1_HINT
        });
    if (Array.isArray(parsed.manifests) && (!type || (0,_media_types__WEBPACK_IMPORTED_MODULE_3__/* .isIndexType */ .$U)(type) || !(0,_media_types__WEBPACK_IMPORTED_MODULE_3__/* .isManifestType */ .Q3)(type)))
        return {
            kind: 'index',
            mediaType: (0,_media_types__WEBPACK_IMPORTED_MODULE_3__/* .isIndexType */ .$U)(type) ? type : _media_types__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OCI_INDEX,
            index: parsed
        };
    if (typeof parsed.config === 'object' && Array.isArray(parsed.layers))
        return {
            kind: 'image',
            mediaType: (0,_media_types__WEBPACK_IMPORTED_MODULE_3__/* .isManifestType */ .Q3)(type) ? type : _media_types__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OCI_MANIFEST,
            manifest: parsed
        };
    throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('UNSUPPORTED_MEDIA_TYPE', `${where} is neither an image manifest nor an index (media type ${type ?? 'unknown'})`);
}
function parseConfig(bytes, where) {
    try {
        const config = JSON.parse(bytes.toString('utf8'));
        return { ...config, rootfs: config.rootfs ?? { type: 'layers', diff_ids: [] } };
    }
    catch {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('SOURCE_INVALID', `the image config of ${where} is not JSON`);
    }
}
const GZIP = [0x1f, 0x8b];
const ZSTD = [0x28, 0xb5, 0x2f, 0xfd];
function startsWith(head, magic) {
    return magic.every((byte, i) => head[i] === byte);
}
/**
 * Reads at least the first `length` bytes, or all there are, and hands back a stream
 * that still starts with them.
 */
function peek(stream, length) {
    return new Promise((resolve, reject) => {
        const seen = [];
        let size = 0;
        const finish = (ended) => {
            cleanup();
            const head = seen.length === 1 ? seen[0] : Buffer.concat(seen);
            // A stream that has ended cannot take bytes back; a short one is replayed instead.
            if (ended)
                return resolve({ head, stream: node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from(head.length ? [head] : []) });
            stream.unshift(head);
            resolve({ head, stream });
        };
        const onEnd = () => finish(true);
        const onReadable = () => {
            // No further than needed: what is left stays in the stream as the chunks it came in.
            for (let chunk; size < length && (chunk = stream.read()) !== null;) {
                seen.push(chunk);
                size += chunk.length;
            }
            if (size >= length)
                finish(false);
        };
        const onError = (error) => {
            cleanup();
            reject(error);
        };
        const cleanup = () => {
            stream.off('readable', onReadable);
            stream.off('end', onEnd);
            stream.off('error', onError);
        };
        stream.on('readable', onReadable);
        stream.once('end', onEnd);
        stream.once('error', onError);
    });
}
/**
 * The size blobs are read and decompressed in. A few such pieces are in flight per
 * layer streamed: larger ones cost memory, smaller ones time (zlib's default of
 * 16 KiB halves the speed); on a 185 MiB image 256 KiB was the best of both.
 */
const STREAM_CHUNK_SIZE = 256 * 1024;
/** The uncompressed tar of a layer blob: gzip and zstd are recognised by their magic bytes. */
async function uncompressed(blob) {
    const { head, stream } = await peek(blob, ZSTD.length);
    const decoder = startsWith(head, GZIP)
        ? (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.createGunzip)({ chunkSize: STREAM_CHUNK_SIZE })
        : startsWith(head, ZSTD)
            ? (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.createZstdDecompress)({ chunkSize: STREAM_CHUNK_SIZE })
            : undefined;
    if (!decoder)
        return stream;
    // The consumer reads the decoder itself (and may free its output buffers once read).
    void feed(stream, decoder);
    return decoder;
}
/** Writes a blob into its decompressor, freeing each compressed chunk once it is consumed. */
async function feed(source, decoder) {
    const drained = () => new Promise(resolve => {
        const done = () => {
            decoder.off('drain', done);
            decoder.off('close', done);
            resolve();
        };
        decoder.on('drain', done);
        decoder.on('close', done);
    });
    try {
        for await (const chunk of source) {
            if (decoder.destroyed)
                return;
            if (!decoder.write(chunk, error => error || releaseChunk(chunk)))
                await drained();
        }
        decoder.end();
    }
    catch (error) {
        decoder.destroy(error);
    }
}
/**
 * Frees a chunk's memory now instead of at a later garbage collection: a layer streams
 * hundreds of MiB through short-lived buffers, and V8 lets up to 64 MiB of them pile
 * up before collecting. Call it only once nothing reads the chunk any more. Only a
 * chunk reaching the end of its own buffer is freed: any earlier parts of that buffer
 * were read before it. Buffers up to the pool size may be shared with other data and
 * are left alone.
 */
function releaseChunk(chunk) {
    const buffer = chunk.buffer;
    if (buffer.byteLength > Buffer.poolSize &&
        chunk.byteOffset + chunk.length === buffer.byteLength &&
        typeof buffer.transfer === 'function')
        buffer.transfer(0);
}
function makeLayer(source, descriptor, diffId) {
    return {
        descriptor,
        diffId,
        blob: () => source.blob(descriptor),
        tar: async () => uncompressed(await source.blob(descriptor))
    };
}
function platformOf(config, descriptor) {
    const fromConfig = {
        os: config.os ?? descriptor?.platform?.os ?? 'unknown',
        architecture: config.architecture ?? descriptor?.platform?.architecture ?? 'unknown'
    };
    const variant = config.variant ?? descriptor?.platform?.variant;
    if (variant)
        fromConfig.variant = variant;
    return fromConfig;
}
/** Builds an Image from a manifest: fetches the config, wires the layers to the source. */
async function loadImage(source, name, digest, manifestBytes, manifest, descriptor) {
    if (!manifest.config?.digest)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('SOURCE_INVALID', `the manifest of ${name} has no config descriptor`);
    const config = parseConfig(await source.blobBytes(manifest.config), name);
    const diffIds = config.rootfs.diff_ids ?? [];
    const layers = manifest.layers.map((layer, i) => makeLayer(source, layer, diffIds[i] ?? layer.digest));
    return {
        name,
        digest,
        manifestBytes,
        manifest,
        config,
        platform: platformOf(config, descriptor),
        layers
    };
}
/** Turns manifest bytes into a Target; index children are loaded on demand. */
async function loadTarget(source, repositoryName, digest, bytes, where, contentType) {
    const document = parseManifest(bytes, where, contentType);
    if (document.kind === 'image') {
        const image = await loadImage(source, `${repositoryName}@${digest}`, digest, bytes, document.manifest);
        return { kind: 'image', digest, image };
    }
    return {
        kind: 'index',
        digest,
        manifestBytes: bytes,
        index: document.index,
        image: async (descriptor) => {
            const childBytes = await source.manifest(descriptor);
            const childName = `${repositoryName}@${descriptor.digest}`;
            const child = parseManifest(childBytes, childName, descriptor.mediaType);
            if (child.kind !== 'image')
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('UNSUPPORTED_MEDIA_TYPE', `${childName} is a nested index; select one of its images by digest`);
            return loadImage(source, childName, descriptor.digest, childBytes, child.manifest, descriptor);
        }
    };
}


/***/ }),

/***/ 47047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vx: () => (/* reexport */ media_types/* EMPTY_DIGEST */.Vx),
  zu: () => (/* reexport */ media_types/* MediaType */.zu),
  bP: () => (/* reexport */ registry_RegistryClient),
  Ew: () => (/* reexport */ reference/* canonicalName */.Ew),
  px: () => (/* reexport */ platform/* childForPlatform */.px),
  Bq: () => (/* reexport */ platform/* formatPlatform */.Bq),
  gV: () => (/* reexport */ platform/* isAttestationManifest */.gV),
  FL: () => (/* reexport */ platform/* normalizePlatform */.FL),
  Y8: () => (/* reexport */ platform/* parsePlatform */.Y8),
  F2: () => (/* reexport */ reference/* parseReference */.F2),
  G6: () => (/* reexport */ platform/* platformRank */.G6),
  LN: () => (/* reexport */ referrersTag),
  sI: () => (/* reexport */ oci_digest/* sha256Digest */.sI)
});

// UNUSED EXPORTS: canonicalNameGlob, canonicalRegistry, isDigest, openTarget, parseManifest, selectPlatform

// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(29217);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(68825);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/oci/credentials.ts







/** Keys Docker Hub credentials are stored under. */
const DOCKER_HUB_KEYS = [
    'https://index.docker.io/v1/',
    'index.docker.io',
    reference/* DOCKER_HUB */.Xb,
    'registry-1.docker.io'
];
const HELPER_TIMEOUT_MS = 30_000;
/** `https://host:port/v1/` → `host:port`, the way docker config keys are matched. */
function configKeyHost(key) {
    return key.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? key;
}
function keysFor(registry) {
    return registry === reference/* DOCKER_HUB */.Xb ? DOCKER_HUB_KEYS : [registry];
}
/**
 * Finds credentials for one registry: explicit options, then the docker config
 * (credHelpers, credsStore, auths), then GITHUB_TOKEN for ghcr.io. Remembers where it
 * looked so that an authentication failure can say so.
 */
class CredentialStore {
    options;
    cache = new Map();
    config;
    constructor(options = {}) {
        this.options = options;
    }
    get configPath() {
        const dir = this.options.dockerConfigDir ?? process.env.DOCKER_CONFIG ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
        return (0,external_node_path_.join)(dir, 'config.json');
    }
    /** A sentence naming every place credentials for `registry` are looked for. */
    searched(registry) {
        const places = [];
        if (this.explicitApplies(registry))
            places.push('the registry-username/registry-password inputs');
        places.push(this.configPath);
        if (registry === 'ghcr.io')
            places.push('GITHUB_TOKEN');
        return places.join(', ');
    }
    get(registry) {
        let found = this.cache.get(registry);
        if (!found) {
            found = this.lookup(registry);
            this.cache.set(registry, found);
        }
        return found;
    }
    explicitApplies(registry) {
        const only = this.options.credentialsRegistry;
        return Boolean(this.options.username) && (!only || keysFor(registry).includes(only));
    }
    async lookup(registry) {
        const { username, password } = this.options;
        if (this.explicitApplies(registry))
            return register({ username, password: password ?? '', source: 'the registry-username input' });
        const fromConfig = await this.fromDockerConfig(registry);
        if (fromConfig)
            return register(fromConfig);
        const token = this.options.githubToken ?? process.env.GITHUB_TOKEN;
        if (registry === 'ghcr.io' && token)
            return register({
                username: process.env.GITHUB_ACTOR || 'token',
                password: token,
                source: 'GITHUB_TOKEN'
            });
        return undefined;
    }
    readConfig() {
        this.config ??= (0,external_node_fs_promises_.readFile)(this.configPath, 'utf8').then(text => {
            try {
                return JSON.parse(text);
            }
            catch {
                log/* log */.Rm.warning(`${this.configPath} is not valid JSON; ignoring it`);
                return undefined;
            }
        }, () => undefined);
        return this.config;
    }
    async fromDockerConfig(registry) {
        const config = await this.readConfig();
        if (!config)
            return undefined;
        const source = this.configPath;
        const keys = keysFor(registry);
        for (const key of keys) {
            const helper = config.credHelpers?.[key];
            if (helper)
                return runHelper(helper, key, source);
        }
        if (config.credsStore) {
            for (const key of keys) {
                const stored = await runHelper(config.credsStore, key, source);
                if (stored)
                    return stored;
            }
        }
        for (const [key, entry] of Object.entries(config.auths ?? {})) {
            if (!keys.includes(key) && !keys.includes(configKeyHost(key)))
                continue;
            if (entry.identitytoken)
                return { username: entry.username, identityToken: entry.identitytoken, source };
            if (entry.auth) {
                const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
                const colon = decoded.indexOf(':');
                if (colon > 0)
                    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source };
            }
            if (entry.username && entry.password)
                return { username: entry.username, password: entry.password, source };
        }
        return undefined;
    }
}
function register(credentials) {
    if (credentials.password)
        log/* log */.Rm.secret(credentials.password);
    if (credentials.identityToken)
        log/* log */.Rm.secret(credentials.identityToken);
    if (credentials.password)
        log/* log */.Rm.secret(Buffer.from(`${credentials.username ?? ''}:${credentials.password}`).toString('base64'));
    return credentials;
}
/** Runs `docker-credential-<helper> get` with the server URL on stdin (docker's helper protocol). */
function runHelper(helper, server, configPath) {
    const program = `docker-credential-${helper}`;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.execFile)(program, ['get'], { timeout: HELPER_TIMEOUT_MS, env: process.env }, (error, stdout, stderr) => {
            if (error) {
                // Helpers report a missing entry on stdout or stderr, depending on the helper.
                if (/credentials not found/i.test(`${stdout}${stderr}`))
                    return resolve(undefined);
                const missing = error.code === 'ENOENT';
                return reject(new errors/* ActionError */.lZ('REGISTRY_AUTH', missing
                    ? `credential helper ${program} (named in ${configPath}) is not installed`
                    : `credential helper ${program} failed for ${server}: ${String(stderr || stdout).trim() || error.message}`, { hint: `Install ${program} or remove it from ${configPath}` }));
            }
            try {
                const parsed = JSON.parse(stdout);
                if (!parsed.Secret)
                    return resolve(undefined);
                const source = `${configPath} (${program})`;
                // Docker's convention: username "<token>" marks the secret as an identity token.
                if (parsed.Username === '<token>')
                    return resolve({ identityToken: parsed.Secret, source });
                resolve({ username: parsed.Username, password: parsed.Secret, source });
            }
            catch {
                reject(new errors/* ActionError */.lZ('REGISTRY_AUTH', `credential helper ${program} printed something that is not JSON`));
            }
        });
        child.stdin?.end(server);
    });
}

// EXTERNAL MODULE: ./src/oci/image.ts
var oci_image = __webpack_require__(47812);
;// CONCATENATED MODULE: ./src/oci/challenge.ts
/**
 * Parses a WWW-Authenticate value, which may hold several comma-separated challenges
 * (`Basic realm="x", Bearer realm="y",service="z"`). Parameter names are lower-cased;
 * quoted values are unescaped.
 */
function parseChallenges(header) {
    const challenges = [];
    let i = 0;
    const n = header.length;
    const skip = (chars) => {
        while (i < n && chars.test(header[i]))
            i++;
    };
    const token = () => {
        const start = i;
        while (i < n && /[!#$%&'*+\-.^_`|~0-9A-Za-z/]/.test(header[i]))
            i++;
        return header.slice(start, i);
    };
    let current;
    while (i < n) {
        skip(/[\s,]/);
        if (i >= n)
            break;
        const start = i;
        const word = token();
        if (!word) {
            i++; // a character no grammar allows here: skip it rather than loop forever
            continue;
        }
        skip(/[ \t]/);
        if (header[i] === '=' && current) {
            i++;
            skip(/[ \t]/);
            let value = '';
            if (header[i] === '"') {
                i++;
                while (i < n && header[i] !== '"') {
                    if (header[i] === '\\' && i + 1 < n)
                        i++;
                    value += header[i];
                    i++;
                }
                i++;
            }
            else {
                const valueStart = i;
                while (i < n && header[i] !== ',')
                    i++;
                value = header.slice(valueStart, i).trim();
            }
            current.params[word.toLowerCase()] = value;
        }
        else if (header[i] === '=' && !current) {
            // token68 or parameter without a scheme: not a challenge we can use
            i = start + word.length + 1;
        }
        else {
            current = { scheme: word.toLowerCase(), params: {} };
            challenges.push(current);
            // A token68 credential form (`Negotiate abc==`) has no '=' pairs; skip it.
            if (i < n && header[i] !== ',' && !/[!#$%&'*+\-.^_`|~0-9A-Za-z]/.test(header[i]))
                skip(/[^,]/);
        }
    }
    return challenges;
}
/** The scopes a challenge asks for (`scope` may hold several, space-separated). */
function challengeScopes(challenge) {
    return (challenge.params.scope ?? '').split(' ').filter(Boolean);
}
/** Merges repository scopes: `repository:a:pull` + `repository:a:push` → `repository:a:pull,push`. */
function mergeScopes(scopes) {
    const actions = new Map();
    for (const scope of scopes) {
        const at = scope.lastIndexOf(':');
        if (at < 0)
            continue;
        const resource = scope.slice(0, at);
        const set = actions.get(resource) ?? new Set();
        for (const action of scope.slice(at + 1).split(','))
            if (action)
                set.add(action);
        actions.set(resource, set);
    }
    return [...actions].map(([resource, set]) => `${resource}:${[...set].sort().join(',')}`).sort();
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./src/oci/http.ts

const MAX_REDIRECTS = 10;
/** A connection silent this long (waiting for headers or mid-body) is cut, as fetch does. */
const IDLE_TIMEOUT_MS = 300_000;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** The response to a request, after any redirects. */
class HttpResponse {
    url;
    message;
    constructor(
    /** The URL that answered (the last one when redirected). */
    url, message) {
        this.url = url;
        this.message = message;
    }
    get status() {
        return this.message.statusCode ?? 0;
    }
    get ok() {
        return this.status >= 200 && this.status < 300;
    }
    headers = {
        get: (name) => {
            const value = this.message.headers[name.toLowerCase()];
            return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
        },
        has: (name) => this.message.headers[name.toLowerCase()] !== undefined
    };
    /** The body as it arrives. */
    get body() {
        return this.message;
    }
    async text() {
        const chunks = [];
        for await (const chunk of this.message)
            chunks.push(chunk);
        return Buffer.concat(chunks).toString('utf8');
    }
    /** Drops the body unread and closes the connection. */
    discard() {
        this.message.destroy();
    }
}
/**
 * Sends one request and follows redirects like fetch: 303 (and 301/302 after a POST)
 * turn into a GET without body, and the Authorization header is not sent to another
 * origin (a registry redirecting blob downloads to storage must not leak its token).
 */
async function send(url, init = {}) {
    let method = init.method ?? 'GET';
    let body = init.body;
    let headers = { ...init.headers };
    let current = new URL(url);
    for (let hops = 0;; hops++) {
        const message = await exchange(current, method, headers, body, init.signal);
        const status = message.statusCode ?? 0;
        const location = message.headers.location;
        if (!REDIRECTS.has(status) || !location) {
            // A body known to be empty is read at once, so the connection goes back to the
            // pool even when the caller only looks at the status and headers.
            if (method === 'HEAD' ||
                status === 204 ||
                status === 304 ||
                message.headers['content-length'] === '0')
                message.resume();
            return new HttpResponse(current.href, message);
        }
        message.resume();
        if (hops >= MAX_REDIRECTS)
            throw new Error(`more than ${MAX_REDIRECTS} redirects from ${url}`);
        const next = new URL(location, current);
        if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
            method = method === 'HEAD' ? 'HEAD' : 'GET';
            body = undefined;
            headers = withoutHeaders(headers, ['content-type', 'content-length']);
        }
        if (next.origin !== current.origin)
            headers = withoutHeaders(headers, ['authorization']);
        current = next;
    }
}
async function exchange(url, method, headers, body, signal) {
    const request = url.protocol === 'https:' ? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 44708, 23))).request : external_node_http_.request;
    return new Promise((resolve, reject) => {
        const outgoing = request(url, {
            method,
            headers: body === undefined
                ? headers
                : { ...headers, 'content-length': String(Buffer.byteLength(body)) }
        });
        // The request fails with the abort's own reason (e.g. which timeout ran out).
        const abort = () => outgoing.destroy(signal?.reason);
        if (signal?.aborted)
            abort();
        signal?.addEventListener('abort', abort, { once: true });
        outgoing.once('close', () => signal?.removeEventListener('abort', abort));
        outgoing.setTimeout(IDLE_TIMEOUT_MS, () => outgoing.destroy(new Error(`no data for ${IDLE_TIMEOUT_MS / 1000} s`)));
        outgoing.once('response', resolve);
        outgoing.once('error', reject);
        outgoing.end(body);
    });
}
function withoutHeaders(headers, names) {
    return Object.fromEntries(Object.entries(headers).filter(([k]) => !names.includes(k.toLowerCase())));
}

;// CONCATENATED MODULE: ./src/oci/transport.ts






const DEFAULT_RETRY = {
    attempts: 5,
    baseDelayMs: 200,
    maxDelayMs: 10_000,
    timeoutMs: 60_000
};
const MAX_RETRY_AFTER_MS = 60_000;
const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);
/** Counts requests in flight and makes the rest wait their turn. */
class Semaphore {
    limit;
    active = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
    }
    async acquire() {
        if (this.active >= this.limit)
            await new Promise(resolve => this.waiting.push(resolve));
        this.active++;
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            this.active--;
            this.waiting.shift()?.();
        };
    }
}
/** Seconds or an HTTP date → milliseconds to wait, or undefined. */
function retryAfterMs(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function backoffMs(attempt, retry) {
    const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** attempt);
    // Full jitter: spreads clients that failed together.
    return ceiling / 2 + Math.random() * (ceiling / 2);
}
function describeUrl(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.origin}${parsed.pathname}`;
    }
    catch {
        return url;
    }
}
/** Reads a registry error body (`{"errors":[{"code","message"}]}`) into one line. */
async function errorDetail(response) {
    let body;
    try {
        body = await response.text();
    }
    catch {
        return { codes: [], text: '' };
    }
    try {
        const parsed = JSON.parse(body);
        const errors = parsed.errors ?? [];
        return {
            codes: errors.map(e => e.code ?? '').filter(Boolean),
            text: errors.map(e => [e.code, e.message].filter(Boolean).join(': ')).join('; ')
        };
    }
    catch {
        const type = response.headers.get('content-type') ?? '';
        const snippet = type.includes('html') ? 'an HTML page' : JSON.stringify(body.slice(0, 120));
        return { codes: [], text: body ? snippet : '' };
    }
}
/**
 * HTTP to registries: scheme choice, the bearer/basic challenge flow with token
 * caching per scope, retries with backoff for transient failures, timeouts, and a
 * bound on concurrent requests.
 */
class Transport {
    credentials;
    retry;
    insecure;
    semaphore;
    /** registry → how it wants to be authenticated, learnt from its last challenge. */
    challenges = new Map();
    tokens = new Map();
    constructor(credentials, options = {}) {
        this.credentials = credentials;
        this.retry = { ...DEFAULT_RETRY, ...options.retry };
        this.insecure = new Set(options.insecureRegistries ?? []);
        this.semaphore = new Semaphore(options.maxConcurrency ?? 8);
    }
    baseUrl(registry) {
        const host = (0,reference/* apiHost */.nz)(registry);
        const hostname = host.startsWith('[')
            ? host.slice(0, host.indexOf(']') + 1)
            : host.split(':')[0];
        const plain = (0,reference/* isLoopback */.U9)(host) || this.insecure.has(host) || this.insecure.has(hostname ?? '');
        return `${plain ? 'http' : 'https'}://${host}`;
    }
    /**
     * Sends the request, authenticating on challenge and retrying transient failures.
     * Returns the response for any status that is not transient; throws when retries run
     * out or authentication fails.
     */
    async send(request) {
        const url = /^https?:\/\//.test(request.path)
            ? request.path
            : `${this.baseUrl(request.registry)}${request.path}`;
        let authenticated = false;
        for (let attempt = 0;; attempt++) {
            const authorization = await this.authorizationFor(request);
            let response;
            try {
                response = await this.attempt(request, url, authorization);
            }
            catch (error) {
                if (attempt + 1 >= this.retry.attempts)
                    throw new errors/* ActionError */.lZ('NETWORK_ERROR', `${request.method} ${describeUrl(url)} failed after ${attempt + 1} attempts: ${networkReason(error)}`, { hint: `Check that ${request.registry} is reachable`, cause: error });
                log/* log */.Rm.debug(`${request.method} ${describeUrl(url)}: ${networkReason(error)}; retrying`);
                await (0,promises_.setTimeout)(backoffMs(attempt, this.retry));
                continue;
            }
            if (response.status === 401 && !authenticated) {
                response.discard();
                await this.answerChallenge(request, response);
                authenticated = true;
                attempt--;
                continue;
            }
            if (response.status === 401 || response.status === 403) {
                const detail = await errorDetail(response);
                throw await this.authFailure(request.registry, response.status, detail.text);
            }
            if (RETRY_STATUS.has(response.status)) {
                if (attempt + 1 >= this.retry.attempts) {
                    const detail = await errorDetail(response);
                    throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${request.registry} answered ${response.status} to ${request.method} ${describeUrl(url)} ${attempt + 1} times${detail.text ? ` (${detail.text})` : ''}`, { hint: 'The registry is failing or rate-limiting; try again later' });
                }
                response.discard();
                const delay = this.delay(response, attempt);
                log/* log */.Rm.debug(`${request.method} ${describeUrl(url)}: ${response.status}; retrying in ${Math.round(delay)} ms`);
                await (0,promises_.setTimeout)(delay);
                continue;
            }
            return response;
        }
    }
    /** Retry-After when the registry gives one (capped), else backoff. */
    delay(response, attempt) {
        const wait = retryAfterMs(response.headers.get('retry-after'));
        return Math.min(wait ?? backoffMs(attempt, this.retry), MAX_RETRY_AFTER_MS);
    }
    async attempt(request, url, authorization) {
        const release = await this.semaphore.acquire();
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(new Error(`no response within ${this.retry.timeoutMs} ms`)), this.retry.timeoutMs);
        try {
            const headers = {
                'user-agent': 'sbom-sign-action',
                ...request.headers
            };
            if (authorization)
                headers.authorization = authorization;
            return await send(url, {
                method: request.method,
                headers,
                ...(request.body ? { body: request.body } : {}),
                signal: controller.signal
            });
        }
        finally {
            clearTimeout(timer);
            release();
        }
    }
    tokenKey(registry, scopes) {
        return `${registry} ${mergeScopes(scopes).join(' ')}`;
    }
    async authorizationFor(request) {
        const challenge = this.challenges.get(request.registry);
        if (!challenge)
            return undefined;
        if (challenge.scheme === 'basic') {
            const credentials = await this.credentials.get(request.registry);
            return credentials ? basicHeader(credentials) : undefined;
        }
        const grant = this.tokens.get(this.tokenKey(request.registry, request.scopes));
        if (grant && grant.expiresAt > Date.now())
            return grant.header;
        // A token for this registry's other scopes is not reused: each scope set has its own.
        if (challenge.scheme === 'bearer') {
            await this.fetchToken(request.registry, challenge, request.scopes);
            return this.tokens.get(this.tokenKey(request.registry, request.scopes))?.header;
        }
        return undefined;
    }
    async answerChallenge(request, response) {
        const header = response.headers.get('www-authenticate') ?? '';
        const challenges = parseChallenges(header);
        const challenge = challenges.find(c => c.scheme === 'bearer') ?? challenges.find(c => c.scheme === 'basic');
        if (!challenge)
            throw new errors/* ActionError */.lZ('REGISTRY_AUTH', `${request.registry} asked for authentication with an unsupported challenge "${header.slice(0, 100)}"`, { hint: 'Only Bearer and Basic registry authentication are supported' });
        this.challenges.set(request.registry, challenge);
        if (challenge.scheme === 'basic') {
            if (!(await this.credentials.get(request.registry)))
                throw await this.authFailure(request.registry, 401, '');
            return;
        }
        await this.fetchToken(request.registry, challenge, [
            ...request.scopes,
            ...challengeScopes(challenge)
        ]);
        // The challenge may have added scopes; cache the grant under the request's scopes too.
        const merged = this.tokens.get(this.tokenKey(request.registry, [...request.scopes, ...challengeScopes(challenge)]));
        if (merged)
            this.tokens.set(this.tokenKey(request.registry, request.scopes), merged);
    }
    async fetchToken(registry, challenge, scopes) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new errors/* ActionError */.lZ('REGISTRY_AUTH', `${registry} sent a Bearer challenge without a realm`);
        const merged = mergeScopes(scopes);
        const credentials = await this.credentials.get(registry);
        const query = new URLSearchParams();
        if (challenge.params.service)
            query.set('service', challenge.params.service);
        // Docker sends the user name along; some token services key their audit logs on it.
        if (credentials?.username)
            query.set('account', credentials.username);
        for (const scope of merged)
            query.append('scope', scope);
        let init;
        if (credentials?.identityToken) {
            const form = new URLSearchParams(query);
            form.set('grant_type', 'refresh_token');
            form.set('refresh_token', credentials.identityToken);
            form.set('client_id', 'sbom-sign-action');
            init = {
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: form.toString()
            };
        }
        else {
            const separator = realm.includes('?') ? '&' : '?';
            const headers = {};
            if (credentials?.password !== undefined)
                headers.authorization = basicHeader(credentials);
            init = { method: 'GET', headers };
            return this.storeToken(registry, merged, `${realm}${separator}${query}`, init);
        }
        return this.storeToken(registry, merged, realm, init);
    }
    async storeToken(registry, scopes, url, init) {
        let response;
        for (let attempt = 0; attempt < this.retry.attempts; attempt++) {
            try {
                response = await send(url, { ...init, signal: AbortSignal.timeout(this.retry.timeoutMs) });
            }
            catch (error) {
                if (attempt + 1 >= this.retry.attempts)
                    throw new errors/* ActionError */.lZ('NETWORK_ERROR', `token request to ${describeUrl(url)} for ${registry} failed: ${networkReason(error)}`, { cause: error });
                await (0,promises_.setTimeout)(backoffMs(attempt, this.retry));
                continue;
            }
            if (!RETRY_STATUS.has(response.status) || attempt + 1 >= this.retry.attempts)
                break;
            response.discard();
            await (0,promises_.setTimeout)(this.delay(response, attempt));
        }
        if (!response)
            throw new errors/* ActionError */.lZ('NETWORK_ERROR', `token request to ${describeUrl(url)} failed`);
        if (response.status === 401 || response.status === 403) {
            const detail = await errorDetail(response);
            throw await this.authFailure(registry, response.status, detail.text);
        }
        if (!response.ok) {
            const detail = await errorDetail(response);
            throw new errors/* ActionError */.lZ('REGISTRY_AUTH', `token service ${describeUrl(url)} for ${registry} answered ${response.status}${detail.text ? ` (${detail.text})` : ''}`);
        }
        const text = await response.text();
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            throw new errors/* ActionError */.lZ('REGISTRY_AUTH', `token service ${describeUrl(url)} for ${registry} answered something that is not JSON`);
        }
        const token = body.token ?? body.access_token;
        if (!token)
            throw new errors/* ActionError */.lZ('REGISTRY_AUTH', `token service ${describeUrl(url)} for ${registry} returned no token`);
        log/* log */.Rm.secret(token);
        // Renew a little early; 60 s is the spec's default lifetime.
        const lifetime = Math.max(30, body.expires_in ?? 60) - 10;
        this.tokens.set(this.tokenKey(registry, scopes), {
            header: `Bearer ${token}`,
            expiresAt: Date.now() + lifetime * 1000
        });
    }
    async authFailure(registry, status, detail) {
        const credentials = await this.credentials.get(registry).catch(() => undefined);
        const who = credentials
            ? `the credentials from ${credentials.source} were rejected`
            : `no credentials were found (looked in ${this.credentials.searched(registry)})`;
        return new errors/* ActionError */.lZ('REGISTRY_AUTH', `authentication failed for ${registry} (${status}${detail ? `: ${detail}` : ''}): ${who}`, {
            hint: credentials
                ? `Check the username, password or token for ${registry} and that it may access this repository`
                : `Log in to ${registry} (docker login) or set registry-username and registry-password`
        });
    }
}
function basicHeader(credentials) {
    return `Basic ${Buffer.from(`${credentials.username ?? ''}:${credentials.password ?? ''}`).toString('base64')}`;
}
/** Read by shape: errors from Node's own modules may come from another realm. */
function networkReason(error) {
    const message = error?.message;
    if (typeof message !== 'string')
        return String(error);
    const cause = error.cause?.message;
    return typeof cause === 'string' ? `${message}: ${cause}` : message;
}

;// CONCATENATED MODULE: ./src/oci/registry.ts










const UPLOAD_RESTARTS = 3;
/** Manifests and indexes larger than this are refused (containerd uses the same bound). */
const MAX_MANIFEST_BYTES = 4 << 20;
const TAG = /^[\w][\w.-]{0,127}$/;
const REFERRERS_TAG_UPDATES = 5;
function pull(ref) {
    return [`repository:${ref.repository}:pull`];
}
function push(ref) {
    return [`repository:${ref.repository}:pull,push`];
}
/** `sha256:abc…` → the referrers tag schema's `sha256-abc…`. */
function referrersTag(digest) {
    return digest.replace(':', '-');
}
/** A client for the OCI distribution API of any number of registries. */
class registry_RegistryClient {
    transport;
    /** registry → whether it serves GET /v2/<name>/referrers/<digest>. */
    referrersApi = new Map();
    constructor(options = {}) {
        this.transport = new Transport(new CredentialStore(options), {
            insecureRegistries: options.insecureRegistries,
            retry: options.retry,
            maxConcurrency: options.maxConcurrency
        });
    }
    async fail(response, ref, what) {
        const detail = await errorDetail(response);
        const url = describeUrl(response.url);
        if (response.status === 404)
            throw new errors/* ActionError */.lZ('IMAGE_NOT_FOUND', `${what} not found in ${ref.registry}/${ref.repository}${detail.text ? ` (${detail.text})` : ''}`, { hint: 'Check the repository name, tag and digest, and that the image was pushed' });
        throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.registry} answered ${response.status} for ${what} (${url})${detail.text ? `: ${detail.text}` : ''}`);
    }
    /** GET manifest by tag or digest; verifies the digest when fetching by digest. */
    async getManifest(ref, tagOrDigest = ref.digest ?? ref.tag ?? 'latest') {
        const result = await this.fetchManifest(ref, tagOrDigest);
        if (!result)
            throw imageNotFound(ref, tagOrDigest);
        return result;
    }
    async fetchManifest(ref, tagOrDigest, accept = media_types/* MANIFEST_ACCEPT */.dY) {
        assertVersion(tagOrDigest);
        const response = await this.transport.send({
            method: 'GET',
            registry: ref.registry,
            path: `/v2/${ref.repository}/manifests/${tagOrDigest}`,
            scopes: pull(ref),
            headers: { accept }
        });
        const target = (0,reference/* withVersion */.$2)(ref, tagOrDigest);
        if (response.status === 404) {
            response.discard();
            return null;
        }
        if (!response.ok)
            await this.fail(response, target, `image ${target}`);
        const bytes = await readLimited(response, MAX_MANIFEST_BYTES, `manifest ${target}`);
        const contentType = response.headers.get('content-type') ?? undefined;
        const document = (0,oci_image/* parseManifest */.Ng)(bytes, `${target} (${describeUrl(response.url)})`, contentType);
        let digest;
        if ((0,oci_digest/* isDigest */.Bc)(tagOrDigest)) {
            (0,oci_digest/* verifyDigest */.Ub)(bytes, tagOrDigest, `manifest ${target}`);
            digest = tagOrDigest;
        }
        else {
            digest = (0,oci_digest/* sha256Digest */.sI)(bytes);
            const claimed = response.headers.get('docker-content-digest');
            if (claimed?.startsWith('sha256:') && claimed !== digest)
                throw (0,oci_digest/* mismatch */.J4)(`manifest ${target}`, claimed, digest);
        }
        const etag = response.headers.get('etag') ?? undefined;
        return { digest, mediaType: document.mediaType, bytes, ...(etag ? { etag } : {}) };
    }
    /** HEAD; null when absent (404), throws on other errors. */
    async headManifest(ref, tagOrDigest) {
        assertVersion(tagOrDigest);
        const response = await this.transport.send({
            method: 'HEAD',
            registry: ref.registry,
            path: `/v2/${ref.repository}/manifests/${tagOrDigest}`,
            scopes: pull(ref),
            headers: { accept: media_types/* MANIFEST_ACCEPT */.dY }
        });
        if (response.status === 404)
            return null;
        if (!response.ok)
            await this.fail(response, (0,reference/* withVersion */.$2)(ref, tagOrDigest), `image ${(0,reference/* withVersion */.$2)(ref, tagOrDigest)}`);
        const digest = response.headers.get('docker-content-digest');
        const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim();
        const size = Number(response.headers.get('content-length') ?? NaN);
        if (!digest || !mediaType || !Number.isFinite(size)) {
            // Some registries leave digest headers off HEAD answers; GET tells the truth.
            const got = await this.fetchManifest(ref, tagOrDigest);
            if (!got)
                return null;
            return { digest: got.digest, mediaType: got.mediaType, size: got.bytes.length };
        }
        if ((0,oci_digest/* isDigest */.Bc)(tagOrDigest) && digest !== tagOrDigest)
            throw (0,oci_digest/* mismatch */.J4)(`manifest ${(0,reference/* withVersion */.$2)(ref, tagOrDigest)}`, tagOrDigest, digest);
        return { digest, mediaType, size };
    }
    async putManifest(ref, tagOrDigest, bytes, mediaType) {
        return (await this.putManifestWithHeaders(ref, tagOrDigest, bytes, mediaType)).digest;
    }
    async putManifestWithHeaders(ref, tagOrDigest, bytes, mediaType, headers = {}) {
        assertVersion(tagOrDigest);
        const digest = (0,oci_digest/* sha256Digest */.sI)(bytes);
        if ((0,oci_digest/* isDigest */.Bc)(tagOrDigest))
            (0,oci_digest/* verifyDigest */.Ub)(bytes, tagOrDigest, `manifest for ${ref.name}`);
        const response = await this.transport.send({
            method: 'PUT',
            registry: ref.registry,
            path: `/v2/${ref.repository}/manifests/${tagOrDigest}`,
            scopes: push(ref),
            headers: { 'content-type': mediaType, ...headers },
            body: bytes
        });
        if (response.status === 412) {
            response.discard();
            return { digest, status: 412, subject: false };
        }
        if (!response.ok) {
            const detail = await errorDetail(response);
            throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.registry} rejected manifest ${(0,reference/* withVersion */.$2)(ref, tagOrDigest)} (${response.status}${detail.text ? `: ${detail.text}` : ''})`, {
                hint: response.status === 400 || response.status === 415
                    ? `The registry may not accept the media type ${mediaType} or a referenced blob is missing`
                    : undefined
            });
        }
        response.discard();
        const claimed = response.headers.get('docker-content-digest');
        if (claimed && claimed.startsWith('sha256:') && claimed !== digest)
            throw (0,oci_digest/* mismatch */.J4)(`manifest pushed to ${ref.name}`, digest, claimed);
        return { digest, status: response.status, subject: response.headers.has('oci-subject') };
    }
    async openBlob(ref, digest, range) {
        const response = await this.transport.send({
            method: 'GET',
            registry: ref.registry,
            path: `/v2/${ref.repository}/blobs/${digest}`,
            scopes: pull(ref),
            headers: range ? { range: `bytes=${range}-` } : {}
        });
        if (!response.ok)
            await this.fail(response, ref, `blob ${digest}`);
        // No blob is served as a web page; a proxy or portal answered instead of the registry.
        if (response.headers.get('content-type')?.startsWith('text/html')) {
            response.discard();
            throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${describeUrl(response.url)} answered an HTML page instead of blob ${digest}`, { hint: 'Check that the address points at an OCI registry (or a proxy in front of one)' });
        }
        return response;
    }
    /**
     * The blob as a stream whose digest is verified as it passes; a mismatch errors the
     * stream at its end. A connection cut mid-body resumes with a Range request (or
     * restarts, skipping what was already passed on) up to the retry limit.
     */
    async blobStream(ref, digest, size) {
        if (!(0,oci_digest/* isDigest */.Bc)(digest))
            throw new errors/* ActionError */.lZ('INPUT_INVALID', `"${digest}" is not a digest`);
        const first = await this.openBlob(ref, digest);
        const retry = this.transport.retry;
        const open = (offset) => this.openBlob(ref, digest, offset);
        async function* body() {
            let response = first;
            let received = 0;
            let skip = 0;
            // The connection's small chunks are gathered into blocks of our own, which the
            // decompressor can free as soon as it has taken them (see releaseChunk).
            let block = Buffer.allocUnsafeSlow(oci_image/* STREAM_CHUNK_SIZE */.BU);
            let filled = 0;
            for (let failures = 0;;) {
                const current = response;
                const reader = current.body[Symbol.asyncIterator]();
                let finished = false;
                try {
                    for (;;) {
                        const { done, value } = await readWithin(reader, current, retry.timeoutMs);
                        if (done) {
                            finished = true;
                            break;
                        }
                        const chunk = skip >= value.length ? undefined : value.subarray(skip);
                        skip = Math.max(0, skip - value.length);
                        if (!chunk)
                            continue;
                        received += chunk.length;
                        for (let offset = 0; offset < chunk.length;) {
                            const copied = chunk.copy(block, filled, offset);
                            filled += copied;
                            offset += copied;
                            if (filled === block.length) {
                                yield block;
                                block = Buffer.allocUnsafeSlow(oci_image/* STREAM_CHUNK_SIZE */.BU);
                                filled = 0;
                            }
                        }
                    }
                }
                catch (error) {
                    if (++failures >= retry.attempts)
                        throw error;
                    log/* log */.Rm.debug(`blob ${digest} interrupted after ${received} bytes (${String(error)}); resuming`);
                    await (0,promises_.setTimeout)(backoffMs(failures, retry));
                    response = await open(received);
                    skip = response.status === 206 ? 0 : received;
                }
                finally {
                    // Stopped early (consumer gone, or an error): close the connection.
                    if (!finished)
                        current.discard();
                }
                if (finished) {
                    if (filled > 0)
                        yield block.subarray(0, filled);
                    return;
                }
            }
        }
        const verifier = new oci_digest/* DigestVerifier */.Do(digest, `blob ${digest} of ${ref.name}`, size);
        return (0,external_node_stream_.pipeline)(external_node_stream_.Readable.from(body(), { objectMode: false, highWaterMark: oci_image/* STREAM_CHUNK_SIZE */.BU }), verifier, () => { });
    }
    /** The whole blob in memory (configs, signatures), digest-verified. */
    async getBlob(ref, digest) {
        const chunks = [];
        for await (const chunk of await this.blobStream(ref, digest))
            chunks.push(chunk);
        return Buffer.concat(chunks);
    }
    async hasBlob(ref, digest) {
        const response = await this.transport.send({
            method: 'HEAD',
            registry: ref.registry,
            path: `/v2/${ref.repository}/blobs/${digest}`,
            scopes: pull(ref)
        });
        if (response.status === 404)
            return false;
        if (response.ok)
            return true;
        return this.fail(response, ref, `blob ${digest}`);
    }
    /**
     * Uploads a blob unless the repository already has it; mounts it from `mountFrom`
     * when given. Restarts the upload session when one fails midway.
     */
    async putBlob(ref, data, digest, options = {}) {
        const actual = digest ? (0,oci_digest/* digestOf */.ol)(data, digest) : (0,oci_digest/* sha256Digest */.sI)(data);
        if (digest && actual !== digest)
            throw (0,oci_digest/* mismatch */.J4)(`blob for ${ref.name}`, digest, actual);
        for (let attempt = 0;; attempt++) {
            if (await this.hasBlob(ref, actual))
                return actual;
            try {
                await this.upload(ref, data, actual, options);
                return actual;
            }
            catch (error) {
                const transient = error instanceof errors/* ActionError */.lZ &&
                    (error.code === 'NETWORK_ERROR' || error.code === 'REGISTRY_ERROR');
                if (!transient || attempt + 1 >= UPLOAD_RESTARTS)
                    throw error;
                log/* log */.Rm.debug(`upload of ${actual} to ${ref.name} failed (${error.message}); starting again`);
            }
        }
    }
    async upload(ref, data, digest, options) {
        const scopes = options.mountFrom
            ? [...push(ref), `repository:${options.mountFrom}:pull`]
            : push(ref);
        const query = options.mountFrom
            ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(options.mountFrom)}`
            : '';
        const started = await this.transport.send({
            method: 'POST',
            registry: ref.registry,
            path: `/v2/${ref.repository}/blobs/uploads/${query}`,
            scopes
        });
        if (started.status === 201) {
            started.discard();
            return;
        }
        if (started.status !== 202)
            await this.uploadFailed(started, ref, digest);
        started.discard();
        let location = this.location(ref, started);
        const chunkSize = options.chunkSize;
        if (chunkSize && data.length > chunkSize) {
            for (let offset = 0; offset < data.length; offset += chunkSize) {
                const chunk = data.subarray(offset, Math.min(offset + chunkSize, data.length));
                const patched = await this.transport.send({
                    method: 'PATCH',
                    registry: ref.registry,
                    path: location,
                    scopes,
                    headers: {
                        'content-type': 'application/octet-stream',
                        'content-range': `${offset}-${offset + chunk.length - 1}`
                    },
                    body: chunk
                });
                if (patched.status !== 202)
                    await this.uploadFailed(patched, ref, digest);
                patched.discard();
                location = this.location(ref, patched);
            }
            return this.finishUpload(ref, location, digest, scopes, Buffer.alloc(0));
        }
        return this.finishUpload(ref, location, digest, scopes, data);
    }
    async finishUpload(ref, location, digest, scopes, body) {
        const url = new URL(location);
        url.searchParams.set('digest', digest);
        const response = await this.transport.send({
            method: 'PUT',
            registry: ref.registry,
            path: url.toString(),
            scopes,
            headers: { 'content-type': 'application/octet-stream' },
            body
        });
        if (response.status !== 201)
            await this.uploadFailed(response, ref, digest);
        response.discard();
    }
    location(ref, response) {
        const location = response.headers.get('location');
        if (!location)
            throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.registry} started an upload without a Location header`);
        return new URL(location, this.transport.baseUrl(ref.registry)).toString();
    }
    async uploadFailed(response, ref, digest) {
        const detail = await errorDetail(response);
        throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `upload of blob ${digest} to ${ref.name} failed: ${response.status}${detail.text ? ` (${detail.text})` : ''}`);
    }
    /**
     * OCI 1.1 referrers of subjectDigest: the referrers API, else the `sha256-<hex>`
     * fallback index. A failing registry is an error, never an empty answer.
     */
    async referrers(ref, subjectDigest, artifactType) {
        const fromApi = this.referrersApi.get(ref.registry) === false
            ? null
            : await this.referrersFromApi(ref, subjectDigest, artifactType);
        const all = fromApi ?? (await this.referrersFromTag(ref, subjectDigest)).manifests;
        return artifactType ? all.filter(d => d.artifactType === artifactType) : all;
    }
    /** Descriptors from the referrers API, following Link pagination; null when the API is absent. */
    async referrersFromApi(ref, subjectDigest, artifactType) {
        (0,oci_digest/* assertDigest */.V7)(subjectDigest, 'referrers subject');
        const found = [];
        const filter = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
        let path = `/v2/${ref.repository}/referrers/${subjectDigest}${filter}`;
        for (let page = 1; path; page++) {
            const response = await this.transport.send({
                method: 'GET',
                registry: ref.registry,
                path,
                scopes: pull(ref),
                headers: { accept: media_types/* MediaType */.zu.OCI_INDEX }
            });
            const contentType = response.headers.get('content-type')?.split(';')[0]?.trim();
            if ([400, 404, 405, 406].includes(response.status) ||
                (response.ok && contentType !== media_types/* MediaType */.zu.OCI_INDEX)) {
                // A JSON 404 is about the subject (MANIFEST_UNKNOWN), not a missing route: the
                // tag fallback answers this call without ruling the API out for the next.
                const aboutSubject = response.status === 404 && (contentType ?? '').includes('json');
                response.discard();
                // A later page that fails would silently drop referrers (signatures among them).
                if (page > 1)
                    throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${describeUrl(response.url)} answered ${response.status}${contentType ? ` (${contentType})` : ''} for page ${page} of the referrers of ${subjectDigest}, not an OCI index`, {
                        hint: 'The registry broke off its referrers list midway; retry, or report it to its operator'
                    });
                if (!aboutSubject)
                    this.referrersApi.set(ref.registry, false);
                return null;
            }
            if (!response.ok)
                await this.fail(response, ref, `referrers of ${subjectDigest}`);
            this.referrersApi.set(ref.registry, true);
            const bytes = await readLimited(response, MAX_MANIFEST_BYTES, `referrers of ${subjectDigest}`);
            const document = (0,oci_image/* parseManifest */.Ng)(bytes, `referrers of ${subjectDigest} (${describeUrl(response.url)})`, contentType);
            if (document.kind !== 'index')
                throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${describeUrl(response.url)} answered a manifest, not a referrers index`);
            found.push(...(document.index.manifests ?? []));
            const link = response.headers.get('link');
            const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
            // RFC 5988: a relative target resolves against the URL that answered, not the host root.
            path = next ? new URL(next, response.url).toString() : undefined;
        }
        return found;
    }
    async referrersFromTag(ref, subjectDigest) {
        const tag = referrersTag(subjectDigest);
        const got = await this.fetchManifest(ref, tag, media_types/* INDEX_TYPES */.V.join(', '));
        if (!got)
            return { manifests: [], exists: false };
        const document = (0,oci_image/* parseManifest */.Ng)(got.bytes, `${ref.name}:${tag}`);
        if (document.kind !== 'index')
            throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.name}:${tag} should be a referrers index but is an image manifest`, { hint: 'Something else uses the referrers fallback tag; remove or rename it' });
        return {
            manifests: document.index.manifests ?? [],
            index: document.index,
            etag: got.etag,
            exists: true
        };
    }
    /**
     * Pushes a manifest with a `subject` by digest; when the registry does not index
     * referrers itself, adds it to the subject's `sha256-<hex>` fallback index.
     */
    async pushReferrer(ref, manifest) {
        if (!manifest.subject)
            throw new errors/* ActionError */.lZ('INPUT_INVALID', 'a referrer manifest needs a subject descriptor');
        const mediaType = manifest.mediaType ?? media_types/* MediaType */.zu.OCI_MANIFEST;
        const bytes = Buffer.from(JSON.stringify(manifest));
        const digest = (0,oci_digest/* sha256Digest */.sI)(bytes);
        const pushed = await this.putManifestWithHeaders(ref, digest, bytes, mediaType);
        if (pushed.subject) {
            this.referrersApi.set(ref.registry, true);
            return digest;
        }
        if (this.referrersApi.get(ref.registry) !== false) {
            const fromApi = await this.referrersFromApi(ref, manifest.subject.digest);
            if (fromApi !== null)
                return digest;
        }
        const descriptor = {
            mediaType,
            digest,
            size: bytes.length,
            artifactType: manifest.artifactType ?? manifest.config.mediaType,
            ...(manifest.annotations ? { annotations: manifest.annotations } : {})
        };
        await this.addToReferrersTag(ref, manifest.subject.digest, descriptor);
        return digest;
    }
    async addToReferrersTag(ref, subjectDigest, descriptor) {
        const tag = referrersTag(subjectDigest);
        for (let attempt = 0; attempt < REFERRERS_TAG_UPDATES; attempt++) {
            const current = await this.referrersFromTag(ref, subjectDigest);
            if (current.manifests.some(d => d.digest === descriptor.digest))
                return;
            const index = {
                schemaVersion: 2,
                mediaType: media_types/* MediaType */.zu.OCI_INDEX,
                manifests: [...current.manifests, descriptor]
            };
            if (current.index?.annotations)
                index.annotations = current.index.annotations;
            const headers = {};
            if (current.etag)
                headers['if-match'] = current.etag;
            else if (!current.exists)
                headers['if-none-match'] = '*';
            const put = await this.putManifestWithHeaders(ref, tag, Buffer.from(JSON.stringify(index)), media_types/* MediaType */.zu.OCI_INDEX, headers);
            if (put.status !== 412)
                return;
            log/* log */.Rm.debug(`${ref.name}:${tag} changed while it was updated; reading it again`);
        }
        throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `could not update ${ref.name}:${tag}: it kept changing under concurrent writers`, { hint: 'Retry the run' });
    }
    /** Resolves a reference to an image or index, following a tag to its digest. */
    async resolve(ref) {
        const version = ref.digest ?? ref.tag ?? 'latest';
        const got = await this.getManifest(ref, version);
        const source = {
            manifest: async (descriptor) => (await this.getManifest(ref, descriptor.digest)).bytes,
            blob: descriptor => this.blobStream(ref, descriptor.digest, descriptor.size),
            blobBytes: descriptor => this.getBlob(ref, descriptor.digest)
        };
        return (0,oci_image/* loadTarget */.K)(source, ref.name, got.digest, got.bytes, `${(0,reference/* withVersion */.$2)(ref, version)}`, got.mediaType);
    }
}
/** The next chunk, or an error when none arrives within `ms` (the connection is then closed). */
function readWithin(reader, response, ms) {
    let timer;
    const stalled = new Promise((_, reject) => {
        timer = setTimeout(() => {
            reject(new Error(`no data for ${ms} ms`));
            response.discard();
        }, ms);
    });
    return Promise.race([reader.next(), stalled]).finally(() => clearTimeout(timer));
}
function assertVersion(tagOrDigest) {
    if (!(0,oci_digest/* isDigest */.Bc)(tagOrDigest) && !TAG.test(tagOrDigest))
        throw new errors/* ActionError */.lZ('INPUT_INVALID', `"${tagOrDigest}" is neither a tag nor a digest`, {
            hint: 'Tags are up to 128 letters, digits, "_", "." and "-"; digests are sha256:<hex>'
        });
}
/** The body, refusing more than `limit` bytes (a manifest is never that large). */
async function readLimited(response, limit, what) {
    const tooLarge = () => new errors/* ActionError */.lZ('REGISTRY_ERROR', `${what} from ${describeUrl(response.url)} is larger than ${limit} bytes`);
    if (Number(response.headers.get('content-length') ?? 0) > limit) {
        response.discard();
        throw tooLarge();
    }
    const chunks = [];
    let size = 0;
    for await (const chunk of response.body) {
        size += chunk.length;
        if (size > limit)
            throw tooLarge();
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
function imageNotFound(ref, tagOrDigest) {
    return new errors/* ActionError */.lZ('IMAGE_NOT_FOUND', `image ${tagOrDigest} not found in ${ref.name}`, {
        hint: 'Check the repository name, tag or digest, and that the image was pushed there'
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/oci/tar.ts






const BLOCK = 512;
/** Reads an octal or base-256 numeric tar header field. */
function numeric(field) {
    if ((field[0] ?? 0) & 0x80) {
        let value = (field[0] ?? 0) & 0x7f;
        for (let i = 1; i < field.length; i++)
            value = value * 256 + (field[i] ?? 0);
        return value;
    }
    const text = field.toString('ascii').replace(/\0.*$/s, '').trim();
    return text ? parseInt(text, 8) : 0;
}
function tar_text(field) {
    const end = field.indexOf(0);
    return field.subarray(0, end < 0 ? field.length : end).toString('utf8');
}
/** `./a/b` and `a//b` → `a/b`. */
function clean(name) {
    return posix
        .normalize(name)
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '')
        .replace(/\/$/, '');
}
function parsePax(data) {
    const records = {};
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        if (space < 0)
            break;
        const length = Number(data.subarray(at, space).toString('ascii'));
        if (!length)
            break;
        const record = data.subarray(space + 1, at + length - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0)
            records[record.slice(0, eq)] = record.slice(eq + 1);
        at += length;
    }
    return records;
}
/**
 * An index of the regular files in a tar archive, so members can be streamed by
 * byte range without unpacking the archive. Symbolic and hard links to members resolve.
 */
class tar_TarIndex {
    path;
    entries;
    constructor(path, entries) {
        this.path = path;
        this.entries = entries;
    }
    static async open(path) {
        let handle;
        try {
            handle = await open(path, 'r');
        }
        catch (error) {
            throw new ActionError('SOURCE_INVALID', `cannot open archive ${path}: ${error.message}`);
        }
        try {
            return new tar_TarIndex(path, await scan(handle, path));
        }
        finally {
            await handle.close();
        }
    }
    has(name) {
        return this.entries.has(clean(name));
    }
    names() {
        return [...this.entries.keys()];
    }
    size(name) {
        return this.entries.get(clean(name))?.size;
    }
    stream(name) {
        const entry = this.entries.get(clean(name));
        if (!entry)
            throw new ActionError('SOURCE_INVALID', `${this.path} has no member ${name}`);
        if (entry.size === 0)
            return Readable.from([]);
        return createReadStream(this.path, {
            start: entry.offset,
            end: entry.offset + entry.size - 1,
            highWaterMark: STREAM_CHUNK_SIZE
        });
    }
    /** The first `length` bytes of a member (fewer if it is shorter). */
    async head(name, length) {
        const entry = this.entries.get(clean(name));
        if (!entry)
            throw new ActionError('SOURCE_INVALID', `${this.path} has no member ${name}`);
        const handle = await open(this.path, 'r');
        try {
            const data = Buffer.alloc(Math.min(length, entry.size));
            await handle.read(data, 0, data.length, entry.offset);
            return data;
        }
        finally {
            await handle.close();
        }
    }
    async read(name) {
        const chunks = [];
        for await (const chunk of this.stream(name))
            chunks.push(chunk);
        return Buffer.concat(chunks);
    }
}
async function scan(handle, path) {
    const entries = new Map();
    const links = [];
    const { size: fileSize } = await handle.stat();
    const header = Buffer.alloc(BLOCK);
    let offset = 0;
    let longName;
    let pax = {};
    const readData = async (at, size) => {
        const data = Buffer.alloc(size);
        await handle.read(data, 0, size, at);
        return data;
    };
    while (offset + BLOCK <= fileSize) {
        const { bytesRead } = await handle.read(header, 0, BLOCK, offset);
        if (bytesRead < BLOCK)
            break;
        if (header.every(b => b === 0))
            break;
        const checksum = numeric(header.subarray(148, 156));
        let sum = 0;
        for (let i = 0; i < BLOCK; i++)
            sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
        if (sum !== checksum)
            throw new ActionError('SOURCE_INVALID', `${path} is not a tar archive (bad header at byte ${offset})`);
        const type = String.fromCharCode(header[156] ?? 0);
        const size = pax.size ? Number(pax.size) : numeric(header.subarray(124, 136));
        const magic = header.subarray(257, 263).toString('ascii');
        const prefix = magic.startsWith('ustar') ? tar_text(header.subarray(345, 500)) : '';
        const headerName = prefix
            ? `${prefix}/${tar_text(header.subarray(0, 100))}`
            : tar_text(header.subarray(0, 100));
        const name = clean(pax.path ?? longName ?? headerName);
        const linkName = pax.linkpath ?? tar_text(header.subarray(157, 257));
        const dataOffset = offset + BLOCK;
        offset = dataOffset + Math.ceil(size / BLOCK) * BLOCK;
        if (type === 'L') {
            longName = tar_text(await readData(dataOffset, size));
            continue;
        }
        if (type === 'x') {
            pax = parsePax(await readData(dataOffset, size));
            continue;
        }
        if (type === 'g')
            continue;
        longName = undefined;
        pax = {};
        if (type === '0' || type === '\0' || type === '7')
            entries.set(name, { offset: dataOffset, size });
        else if (type === '1')
            links.push({ name, target: clean(linkName) });
        else if (type === '2')
            links.push({
                name,
                target: clean(linkName.startsWith('/') ? linkName : posix.join(posix.dirname(name), linkName))
            });
    }
    // Links may point at links; a few passes settle any sane chain.
    for (let pass = 0; pass < 8; pass++)
        for (const link of links) {
            const target = entries.get(link.target);
            if (target && !entries.has(link.name))
                entries.set(link.name, target);
        }
    return entries;
}

;// CONCATENATED MODULE: ./src/oci/docker-archive.ts








const BLOB_PATH = /^blobs\/sha256\/([a-f0-9]{64})$/;
async function layerDescriptor(tar, path, diffId) {
    const size = tar.size(path) ?? 0;
    const head = await tar.head(path, 4);
    const gzip = head[0] === 0x1f && head[1] === 0x8b;
    const zstd = head.equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]));
    const mediaType = gzip
        ? MediaType.DOCKER_LAYER_GZIP
        : zstd
            ? MediaType.OCI_LAYER_ZSTD
            : MediaType.DOCKER_LAYER;
    const named = BLOB_PATH.exec(path)?.[1];
    let digest;
    if (named)
        digest = `sha256:${named}`;
    // An uncompressed layer's digest is its diff ID; the stream verifies that claim.
    else if (!gzip && !zstd && diffId)
        digest = diffId;
    else {
        const hash = createHash('sha256');
        for await (const chunk of tar.stream(path))
            hash.update(chunk);
        digest = `sha256:${hash.digest('hex')}`;
    }
    return { mediaType, digest, size };
}
function choose(images, path, selector) {
    if (selector?.startsWith('@')) {
        const image = images[Number(selector.slice(1))];
        if (!image || !/^@\d+$/.test(selector))
            throw new ActionError('IMAGE_NOT_FOUND', `image ${selector} not found in ${path}`, {
                hint: `The archive holds ${images.length} image(s), @0 to @${images.length - 1}`
            });
        return image;
    }
    if (selector) {
        const wanted = parseReference(selector).toString();
        const image = images.find(i => (i.RepoTags ?? []).some(t => parseReference(t).toString() === wanted));
        if (!image)
            throw new ActionError('IMAGE_NOT_FOUND', `image ${selector} not found in ${path}`, {
                hint: `Tags in the archive: ${images.flatMap(i => i.RepoTags ?? []).join(', ') || 'none'}`
            });
        return image;
    }
    if (images.length !== 1)
        throw new ActionError('INPUT_INVALID', `${path} holds ${images.length} images; choose one`, {
            hint: `Use docker-archive:${path}:REPO:TAG or docker-archive:${path}@N`
        });
    return images[0];
}
/** Opens a `docker save` archive (legacy layout or the OCI-based one of Docker 25+). */
async function docker_archive_openDockerArchive(path, selector) {
    const tar = await TarIndex.open(path);
    if (!tar.has('manifest.json'))
        throw new ActionError('SOURCE_INVALID', `${path} is not a docker save archive (no manifest.json)`, {
            hint: 'Write it with `docker save IMAGE -o FILE` or `skopeo copy … docker-archive:FILE`'
        });
    let images;
    try {
        images = JSON.parse((await tar.read('manifest.json')).toString('utf8'));
    }
    catch {
        throw new ActionError('SOURCE_INVALID', `manifest.json in ${path} is not JSON`);
    }
    if (!Array.isArray(images) || images.length === 0)
        throw new ActionError('SOURCE_INVALID', `${path} holds no images`);
    const saved = choose(images, path, selector);
    const configBytes = await tar.read(saved.Config);
    const config = JSON.parse(configBytes.toString('utf8'));
    const diffIds = config.rootfs?.diff_ids ?? [];
    const layers = await Promise.all(saved.Layers.map((layer, i) => layerDescriptor(tar, layer, diffIds[i])));
    const manifest = {
        schemaVersion: 2,
        mediaType: MediaType.DOCKER_MANIFEST,
        config: {
            mediaType: MediaType.DOCKER_CONFIG,
            digest: sha256Digest(configBytes),
            size: configBytes.length
        },
        layers
    };
    const members = new Map([[manifest.config.digest, saved.Config]]);
    layers.forEach((layer, i) => members.set(layer.digest, saved.Layers[i]));
    const member = (descriptor) => {
        const found = members.get(descriptor.digest);
        if (!found)
            throw new ActionError('SOURCE_INVALID', `${path} has no blob ${descriptor.digest}`);
        return found;
    };
    const content = {
        manifest: () => Promise.reject(new ActionError('SOURCE_INVALID', `${path} holds no manifests`)),
        blobBytes: async (descriptor) => {
            const data = await tar.read(member(descriptor));
            verifyDigest(data, descriptor.digest, `${member(descriptor)} in ${path}`);
            return data;
        },
        blob: async (descriptor) => {
            const name = member(descriptor);
            return pipeline(tar.stream(name), new DigestVerifier(descriptor.digest, `${name} in ${path}`, descriptor.size), () => { });
        }
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest));
    const digest = sha256Digest(manifestBytes);
    const tag = saved.RepoTags?.[0];
    const name = tag ? parseReference(tag).toString() : `docker-archive:${path}`;
    const image = await loadImage(content, name, digest, manifestBytes, manifest);
    return { kind: 'image', digest, image };
}

;// CONCATENATED MODULE: ./src/oci/layout.ts









function layout_directoryTree(root) {
    return {
        location: root,
        has: path => stat(join(root, path)).then(s => s.isFile(), () => false),
        read: path => readFile(join(root, path)),
        stream: async (path) => createReadStream(join(root, path), { highWaterMark: STREAM_CHUNK_SIZE })
    };
}
async function layout_archiveTree(path) {
    const tar = await TarIndex.open(path);
    return {
        location: path,
        has: async (name) => tar.has(name),
        read: name => tar.read(name),
        stream: async (name) => tar.stream(name)
    };
}
const REF_NAME = 'org.opencontainers.image.ref.name';
const CONTAINERD_NAME = 'io.containerd.image.name';
function blobPath(digest) {
    const [algorithm, hex] = digest.split(':');
    return `blobs/${algorithm}/${hex}`;
}
/** Blobs of an OCI image layout, digest-verified as they are read. */
function layoutContent(tree) {
    const missing = (digest) => new ActionError('SOURCE_INVALID', `${tree.location} lacks blob ${digest}`, {
        hint: 'The layout is incomplete; write it again (skopeo copy, umoci, docker buildx --output type=oci)'
    });
    const bytes = async (descriptor) => {
        if (!isDigest(descriptor.digest) || !(await tree.has(blobPath(descriptor.digest))))
            throw missing(descriptor.digest);
        const data = await tree.read(blobPath(descriptor.digest));
        verifyDigest(data, descriptor.digest, `blob ${descriptor.digest} in ${tree.location}`);
        return data;
    };
    return {
        manifest: bytes,
        blobBytes: bytes,
        blob: async (descriptor) => {
            if (!isDigest(descriptor.digest) || !(await tree.has(blobPath(descriptor.digest))))
                throw missing(descriptor.digest);
            const verifier = new DigestVerifier(descriptor.digest, `blob ${descriptor.digest} in ${tree.location}`, descriptor.size);
            return pipeline(await tree.stream(blobPath(descriptor.digest)), verifier, () => { });
        }
    };
}
function tagOf(descriptor) {
    return descriptor.annotations?.[REF_NAME];
}
/**
 * Opens an OCI image layout (a directory or an archive of one). `selector` is a tag
 * (the `org.opencontainers.image.ref.name` annotation) or a digest; without one the
 * layout's only image, or its index.json as a multi-platform index.
 */
async function layout_openLayout(tree, kind, selector) {
    if (!(await tree.has('index.json')))
        throw new ActionError('SOURCE_INVALID', `${tree.location} is not an OCI image layout (no index.json)`, {
            hint: `${kind}: expects a directory or archive written by skopeo, umoci or buildx (oci-layout + index.json + blobs/)`
        });
    let index;
    try {
        index = JSON.parse((await tree.read('index.json')).toString('utf8'));
    }
    catch {
        throw new ActionError('SOURCE_INVALID', `${tree.location}/index.json is not JSON`);
    }
    const entries = index.manifests ?? [];
    const content = layoutContent(tree);
    const nameOf = (descriptor) => descriptor.annotations?.[CONTAINERD_NAME] ?? `${kind}:${tree.location}`;
    const open = async (descriptor) => {
        const bytes = await content.manifest(descriptor);
        return loadTarget(content, nameOf(descriptor), descriptor.digest, bytes, `${tree.location}@${descriptor.digest}`, descriptor.mediaType);
    };
    if (selector && isDigest(selector)) {
        const listed = entries.find(d => d.digest === selector);
        return open(listed ?? { mediaType: MediaType.OCI_MANIFEST, digest: selector, size: 0 });
    }
    if (selector) {
        const tagged = entries.filter(d => tagOf(d) === selector);
        if (tagged.length === 0) {
            const tags = entries.map(tagOf).filter(Boolean);
            throw new ActionError('IMAGE_NOT_FOUND', `image ${selector} not found in ${tree.location}`, {
                hint: tags.length
                    ? `Tags in the layout: ${tags.join(', ')}`
                    : 'The layout has no tagged images'
            });
        }
        if (tagged.length === 1)
            return open(tagged[0]);
        return layoutIndex(content, tree, kind, { ...index, manifests: tagged });
    }
    if (entries.length === 0)
        throw new ActionError('SOURCE_INVALID', `${tree.location} holds no images`);
    if (entries.length === 1)
        return open(entries[0]);
    const tags = [...new Set(entries.map(tagOf).filter(Boolean))];
    if (tags.length > 1 || entries.some(d => !d.platform))
        throw new ActionError('INPUT_INVALID', `${tree.location} holds ${entries.length} images; choose one`, {
            hint: `Use ${kind}:${tree.location}:TAG or @DIGEST${tags.length ? ` (tags: ${tags.join(', ')})` : ''}`
        });
    return layoutIndex(content, tree, kind, index);
}
/** index.json (or its entries for one tag) as a multi-platform index. */
function layoutIndex(content, tree, kind, index) {
    const bytes = Buffer.from(JSON.stringify({ ...index, mediaType: MediaType.OCI_INDEX }));
    return loadTarget(content, `${kind}:${tree.location}`, sha256Digest(bytes), bytes, `${tree.location}/index.json`, MediaType.OCI_INDEX);
}

// EXTERNAL MODULE: ./src/oci/platform.ts
var platform = __webpack_require__(1890);
;// CONCATENATED MODULE: ./src/oci/source.ts








const DEFAULT_PLATFORM = 'linux/amd64';
/** `PATH[:selector]` or `PATH@digest`: the longest-existing-prefix rule lets paths contain ':'. */
function splitPath(kind, rest) {
    const at = rest.indexOf('@');
    if (at > 0 && existsSync(rest.slice(0, at)) && !existsSync(rest)) {
        // `@sha256:…` selects by digest; docker-archive's `@N` selects by position.
        const after = rest.slice(at + 1);
        return { path: rest.slice(0, at), selector: isDigest(after) ? after : `@${after}` };
    }
    if (existsSync(rest))
        return { path: rest };
    for (let colon = rest.indexOf(':'); colon > 0; colon = rest.indexOf(':', colon + 1))
        if (existsSync(rest.slice(0, colon)))
            return { path: rest.slice(0, colon), selector: rest.slice(colon + 1) };
    throw new ActionError('SOURCE_INVALID', `${kind}:${rest}: ${rest} does not exist`, {
        hint: `Give the path of the ${kind === 'oci-dir' ? 'OCI layout directory' : 'archive'}`
    });
}
/**
 * Opens any image source: `registry:REF` or a bare reference, `oci-dir:PATH[:tag|@digest]`,
 * `oci-archive:PATH[:tag|@digest]`, `docker-archive:PATH[:REPO:TAG|@N]`.
 */
async function openTarget(source, options = {}) {
    const match = /^(registry|docker|oci-dir|oci|oci-archive|docker-archive):(.*)$/s.exec(source);
    const kind = match?.[1];
    const rest = match?.[2] ?? source;
    switch (kind) {
        case 'oci-dir':
        case 'oci': {
            const { path, selector } = splitPath('oci-dir', rest);
            return openLayout(directoryTree(path), 'oci-dir', selector);
        }
        case 'oci-archive': {
            const { path, selector } = splitPath(kind, rest);
            return openLayout(await archiveTree(path), kind, selector);
        }
        case 'docker-archive': {
            const { path, selector } = splitPath(kind, rest);
            return openDockerArchive(path, selector);
        }
        default: {
            const reference = parseReference(kind ? rest.replace(/^\/\//, '') : rest);
            return new RegistryClient(options).resolve(reference);
        }
    }
}
/** The same platform once both are normalised; a missing variant fits any variant wanted. */
function matches(candidate, wanted) {
    const normal = normalizePlatform(candidate);
    return (normal.os === wanted.os &&
        normal.architecture === wanted.architecture &&
        (!wanted.variant || normal.variant === wanted.variant));
}
/**
 * Picks one image from a target: the requested platform, else linux/amd64 or the
 * only platform there is. Attestation manifests never count.
 */
async function selectPlatform(target, platform) {
    const wanted = platform ? parsePlatform(platform) : undefined;
    if (target.kind === 'image') {
        const actual = target.image.platform;
        const known = actual.os !== 'unknown' && actual.architecture !== 'unknown';
        if (wanted && known && !matches(actual, wanted))
            throw new ActionError('IMAGE_NOT_FOUND', `${target.image.name} is a ${formatPlatform(actual)} image, not ${formatPlatform(wanted)}`, { hint: `Leave out the platform or use ${formatPlatform(actual)}` });
        return target.image;
    }
    const candidates = target.index.manifests.filter((d) => d.platform !== undefined && !isAttestationManifest(d));
    const available = candidates.map(d => formatPlatform(d.platform)).join(', ') || 'none';
    let chosen;
    if (wanted)
        chosen = candidates.find(d => matches(d.platform, wanted));
    else if (candidates.length === 1)
        chosen = candidates[0];
    else
        chosen = candidates.find(d => matches(d.platform, parsePlatform(DEFAULT_PLATFORM)));
    if (!chosen && !wanted && candidates.length === 0 && target.index.manifests.length === 1)
        chosen = target.index.manifests[0];
    if (!chosen)
        throw new ActionError('IMAGE_NOT_FOUND', `no ${wanted ? formatPlatform(wanted) : DEFAULT_PLATFORM} image in index ${target.digest} (platforms: ${available})`, { hint: `Choose one of the available platforms with --platform / platforms` });
    return target.image(chosen);
}

;// CONCATENATED MODULE: ./src/oci/index.ts










/***/ }),

/***/ 29217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ isIndexType),
/* harmony export */   Q3: () => (/* binding */ isManifestType),
/* harmony export */   V: () => (/* binding */ INDEX_TYPES),
/* harmony export */   Vx: () => (/* binding */ EMPTY_DIGEST),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/** Media types of manifests, indexes, configs and layers this client reads and writes. */
const MediaType = {
    OCI_MANIFEST: 'application/vnd.oci.image.manifest.v1+json',
    OCI_INDEX: 'application/vnd.oci.image.index.v1+json',
    OCI_CONFIG: 'application/vnd.oci.image.config.v1+json',
    OCI_LAYER: 'application/vnd.oci.image.layer.v1.tar',
    OCI_LAYER_GZIP: 'application/vnd.oci.image.layer.v1.tar+gzip',
    OCI_LAYER_ZSTD: 'application/vnd.oci.image.layer.v1.tar+zstd',
    OCI_EMPTY: 'application/vnd.oci.empty.v1+json',
    DOCKER_MANIFEST: 'application/vnd.docker.distribution.manifest.v2+json',
    DOCKER_LIST: 'application/vnd.docker.distribution.manifest.list.v2+json',
    DOCKER_CONFIG: 'application/vnd.docker.container.image.v1+json',
    DOCKER_LAYER: 'application/vnd.docker.image.rootfs.diff.tar',
    DOCKER_LAYER_GZIP: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    DOCKER_SCHEMA1: 'application/vnd.docker.distribution.manifest.v1+json',
    DOCKER_SCHEMA1_SIGNED: 'application/vnd.docker.distribution.manifest.v1+prettyjws'
};
/** The digest of `{}`, the OCI empty descriptor's content. */
const EMPTY_DIGEST = 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a';
const MANIFEST_TYPES = [MediaType.OCI_MANIFEST, MediaType.DOCKER_MANIFEST];
const INDEX_TYPES = [MediaType.OCI_INDEX, MediaType.DOCKER_LIST];
/** What manifest requests accept; schema 1 is left out on purpose. */
const MANIFEST_ACCEPT = [...MANIFEST_TYPES, ...INDEX_TYPES].join(', ');
function isIndexType(mediaType) {
    return mediaType !== undefined && INDEX_TYPES.includes(mediaType);
}
function isManifestType(mediaType) {
    return mediaType !== undefined && MANIFEST_TYPES.includes(mediaType);
}


/***/ }),

/***/ 83045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QT: () => (/* reexport */ BUNDLE_MEDIA_TYPE_PREFIX),
  PY: () => (/* reexport */ COSIGN_ANNOTATIONS),
  u: () => (/* reexport */ COSIGN_SIGN_PREDICATE),
  Nr: () => (/* reexport */ DSSE_ENVELOPE_MEDIA_TYPE),
  T4: () => (/* reexport */ IN_TOTO_PAYLOAD_TYPE),
  $r: () => (/* reexport */ SIMPLE_SIGNING_MEDIA_TYPE),
  g7: () => (/* reexport */ SIMPLE_SIGNING_TYPE),
  om: () => (/* reexport */ STATEMENT_V1),
  fz: () => (/* reexport */ annotate),
  TQ: () => (/* reexport */ bundleFromLegacyLayer),
  $H: () => (/* reexport */ dockerfileImages),
  s6: () => (/* reexport */ evaluateDigest),
  aq: () => (/* reexport */ githubCandidates),
  $v: () => (/* reexport */ imageFailures),
  w_: () => (/* reexport */ legacyTag),
  n$: () => (/* reexport */ loadPolicyFile),
  G6: () => (/* reexport */ registryCandidates),
  r: () => (/* reexport */ resolveTrustRoot),
  RP: () => (/* reexport */ ruleForImage),
  eH: () => (/* reexport */ summaryMarkdown),
  rh: () => (/* reexport */ warnIfUnanchored),
  u5: () => (/* reexport */ writeReport)
});

// UNUSED EXPORTS: CLAIM_OIDS, artifactDigests, certificateIdentity, compileMatcher, describeMatcher, embeddedPublicGoodRoot, identityMismatch, isSbomPredicate, leafCertificate, loadTrustRootFile, parseBundle, parseStatement, subjectMatches, validateTrustedRoot, verifyBundle, verifyPrehashed

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
        `the whole value here (as ^(?:…)$), but cosign and other verifiers match it anywhere, so ` +
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

;// CONCATENATED MODULE: ./src/verify/statement.ts

const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
const STATEMENT_TYPES = new Set([STATEMENT_V1, 'https://in-toto.io/Statement/v0.1']);
/** What `cosign sign` signs in the bundle format: an empty predicate about the digest. */
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
/** The `critical.type` of cosign's legacy ("simple signing") signature payload. */
const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
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
        digests[h] = (0,external_node_crypto_.createHash)(h).update(artifact.bytes).digest('hex');
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/dist/index.js
var tuf_dist = __webpack_require__(84423);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/seeds.json
var seeds = __webpack_require__(8032);
;// CONCATENATED MODULE: ./src/verify/trust-root.ts









const PUBLIC_GOOD_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
const TRUSTED_ROOT_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.trustedroot(\.v\d+\.\d+)?\+json/;
/**
 * The trust root for verification: the given file, else the public-good root
 * through TUF, else (offline, or TUF unreachable) the copy embedded in @sigstore/tuf.
 */
async function resolveTrustRoot(options) {
    if (options.path)
        return loadTrustRootFile(options.path);
    if (options.offline)
        return embeddedPublicGoodRoot();
    try {
        const root = await (0,tuf_dist.getTrustedRoot)({ mirrorURL: PUBLIC_GOOD_MIRROR, timeout: 10_000, retry: 1 });
        return {
            root: validateTrustedRoot(protobuf_specs_dist.TrustedRoot.toJSON(root), 'public-good (TUF)'),
            source: 'public-good (TUF)'
        };
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ)
            throw error;
        log/* log */.Rm.notice(`the public-good trust root could not be refreshed through TUF (${(0,errors/* describeError */.Uc)(error)}); ` +
            'using the copy embedded in this action');
        return embeddedPublicGoodRoot();
    }
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
    const encoded = seeds[PUBLIC_GOOD_MIRROR]?.targets?.['trusted_root.json'];
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
    if (!isObject(json))
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
    if (!isObject(value))
        return void problems.push(`${at} is not an object`);
    const name = typeof value.baseUrl === 'string' ? `${at} (${value.baseUrl})` : at;
    const key = value.publicKey;
    if (!isObject(key))
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
    if (!isObject(logId) || typeof logId.keyId !== 'string' || !isStrictBase64(logId.keyId))
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
    if (!isObject(value))
        return void problems.push(`${at} is not an object`);
    const name = typeof value.uri === 'string' ? `${at} (${value.uri})` : at;
    const certificates = isObject(value.certChain) ? value.certChain.certificates : undefined;
    if (!Array.isArray(certificates) || certificates.length === 0)
        problems.push(`${name} has no certChain.certificates`);
    else
        certificates.forEach((cert, i) => {
            const raw = isObject(cert) ? cert.rawBytes : undefined;
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
    if (!isObject(value) || value.start === undefined || value.start === null)
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
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
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
    const entity = signedEntity(bundle, artifact);
    const hasTlog = material.tlogEntries.length > 0;
    const verifierOptions = keyBased
        ? // With a key, trust rests on the key; logs and timestamps present are still checked.
            { ctlogThreshold: 0, tlogThreshold: 0, timestampThreshold: 0 }
        : // Keyless needs a trusted time inside the short-lived certificate's validity:
            // a log entry, or (GitHub's private instance, no log) an RFC 3161 timestamp.
            { ctlogThreshold: 1, tlogThreshold: hasTlog ? 1 : 0, timestampThreshold: 1 };
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
        result.statement = parseStatement(envelope.payloadType, envelope.payload);
        if (artifact) {
            if (!result.statement)
                fail(`the DSSE payload (${envelope.payloadType}) is not an in-toto statement`);
            const digests = artifactDigests(artifact);
            if (!result.statement.subject.some(subject => subjectMatches(subject, digests)))
                fail(`no subject of the signed statement has the artifact's digest (${describeDigests(digests)})`);
        }
    }
    return result;
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

// EXTERNAL MODULE: ./src/oci/index.ts + 9 modules
var oci = __webpack_require__(47047);
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
            candidates.push(suffix === 'sig' ? { origin, bundle, simpleSigningPayload: blob } : { origin, bundle });
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

;// CONCATENATED MODULE: ./src/verify/dockerfile.ts
// Set by BuildKit for every build; their values are not knowable here.
const AUTOMATIC_ARGS = new Set([
    'TARGETPLATFORM',
    'TARGETOS',
    'TARGETARCH',
    'TARGETVARIANT',
    'BUILDPLATFORM',
    'BUILDOS',
    'BUILDARCH',
    'BUILDVARIANT'
]);
/**
 * The images a Dockerfile's stages start FROM: every stage, with the global
 * ARG defaults (those before the first FROM) substituted, skipping `scratch`
 * and earlier stages referenced by name.
 */
function dockerfileImages(text, file) {
    const images = [];
    const problems = [];
    const globalArgs = new Map();
    const stages = new Set();
    let seenFrom = false;
    for (const { keyword, args, line } of instructions(text)) {
        if (keyword === 'ARG' && !seenFrom) {
            for (const [name, value] of parseArgDeclarations(args))
                globalArgs.set(name, value === undefined ? undefined : substitute(value, globalArgs).value);
            continue;
        }
        if (keyword !== 'FROM')
            continue;
        seenFrom = true;
        const { flags, words } = splitFlags(args);
        const [rawImage, as, stageName] = words;
        if (!rawImage) {
            problems.push({ file, line, message: 'FROM without an image' });
            continue;
        }
        const { value: reference, missing } = substitute(rawImage, globalArgs);
        // Only earlier stages can be referenced; `FROM alpine AS alpine` still pulls alpine.
        const fromStage = stages.has(reference.toLowerCase());
        if (as?.toLowerCase() === 'as' && stageName)
            stages.add(stageName.toLowerCase());
        if (missing.length > 0) {
            problems.push({
                file,
                line,
                message: `FROM ${rawImage}: ARG ${missing.join(', ')} has no default value, so the image cannot be checked`
            });
            continue;
        }
        if (reference.toLowerCase() === 'scratch')
            continue;
        if (fromStage)
            continue;
        const image = { reference, file, line };
        const platformFlag = flags.get('platform');
        if (platformFlag) {
            const platform = substitute(platformFlag, globalArgs);
            if (platform.missing.length === 0 && !/\$/.test(platform.value))
                image.platform = platform.value;
        }
        images.push(image);
    }
    return { images, problems };
}
/** Logical instructions: continuation lines joined, comments and blank lines dropped. */
function instructions(text) {
    const lines = text.split(/\r?\n/);
    let escape = '\\';
    const directive = /^#\s*escape\s*=\s*([\\`])\s*$/i;
    for (const line of lines) {
        const match = directive.exec(line);
        if (match)
            escape = match[1] ?? '\\';
        else if (!/^#\s*\w+\s*=/.test(line))
            break;
    }
    const result = [];
    let current;
    lines.forEach((raw, index) => {
        const trimmed = raw.trim();
        if (current === undefined && (trimmed === '' || trimmed.startsWith('#')))
            return;
        // Comment lines inside a continued instruction are skipped too.
        if (current !== undefined && trimmed.startsWith('#'))
            return;
        const continues = trimmed.endsWith(escape);
        const body = continues ? trimmed.slice(0, -1) : trimmed;
        current = current
            ? { text: `${current.text} ${body}`, line: current.line }
            : { text: body, line: index + 1 };
        if (!continues) {
            const match = /^(\S+)\s*(.*)$/.exec(current.text.trim());
            if (match)
                result.push({
                    keyword: (match[1] ?? '').toUpperCase(),
                    args: match[2] ?? '',
                    line: current.line
                });
            current = undefined;
        }
    });
    return result;
}
function parseArgDeclarations(args) {
    return args
        .split(/\s+/)
        .filter(Boolean)
        .map(decl => {
        const at = decl.indexOf('=');
        if (at < 0)
            return [decl, undefined];
        return [decl.slice(0, at), unquote(decl.slice(at + 1))];
    });
}
function unquote(value) {
    const quoted = /^"(.*)"$/.exec(value) ?? /^'(.*)'$/.exec(value);
    return quoted ? (quoted[1] ?? '') : value;
}
function splitFlags(args) {
    const flags = new Map();
    const words = [];
    for (const word of args.split(/\s+/).filter(Boolean)) {
        const flag = /^--([a-z-]+)=(.*)$/.exec(word);
        if (flag && words.length === 0)
            flags.set(flag[1] ?? '', flag[2] ?? '');
        else
            words.push(word);
    }
    return { flags, words };
}
/** Expands $NAME, ${NAME}, ${NAME:-default} and ${NAME:+alternative}. */
function substitute(value, args) {
    const missing = [];
    const lookup = (name) => {
        const found = args.get(name);
        return found === undefined || found === '' ? undefined : found;
    };
    const expanded = value.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (whole, braced, op, word, bare) => {
        const name = braced ?? bare ?? '';
        const current = lookup(name);
        if (op === '-')
            return current ?? word ?? '';
        if (op === '+')
            return current !== undefined ? (word ?? '') : '';
        if (current !== undefined)
            return current;
        if (AUTOMATIC_ARGS.has(name))
            return whole;
        missing.push(name);
        return '';
    });
    return { value: expanded, missing };
}

;// CONCATENATED MODULE: ./src/verify/evaluate.ts





/**
 * Decides whether an image digest satisfies a policy given what discovery
 * found: every candidate is verified against every trusted signer; a candidate
 * counts only when it verifies and names exactly this digest.
 */
function evaluateDigest(digest, candidates, policy, root, now = new Date()) {
    const signers = signerPolicies(policy);
    const findings = candidates.map(c => evaluateCandidate(c.subjectDigest ?? digest, c, signers, policy, root, now));
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
        failures
    };
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
        return finding;
    }
    let bundle;
    try {
        bundle = parseBundle(candidate.bundle);
    }
    catch (error) {
        finding.reason = (0,errors/* describeError */.Uc)(error);
        return finding;
    }
    const keyBased = bundle.verificationMaterial.content.$case === 'publicKey';
    const applicable = signers.filter(s => 'key' in s === keyBased);
    if (applicable.length === 0) {
        finding.reason = keyBased
            ? 'signed with a key, but the policy trusts no key'
            : 'signed keyless, but the policy trusts only a key';
        return finding;
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
        return finding;
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
        return finding;
    }
    const maxAge = policy.requirements.maxAge;
    if (maxAge !== undefined) {
        if (!signedAt) {
            finding.reason = 'max-age is set but the signature carries no verified timestamp';
            return finding;
        }
        const ageSeconds = (now.getTime() - signedAt.getTime()) / 1000;
        if (ageSeconds > maxAge) {
            finding.reason = `signed ${Math.floor(ageSeconds / 86400)} days ago (${signedAt.toISOString()}), older than max-age`;
            return finding;
        }
    }
    finding.verified = true;
    return finding;
}
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
    if (predicateType === COSIGN_SIGN_PREDICATE)
        return { kind: 'signature', predicateType };
    if (isSbomPredicate(predicateType)) {
        const problem = sbomProblem(statement);
        return { kind: 'sbom', predicateType, problem };
    }
    if (/^https:\/\/slsa\.dev\/provenance\/v\d/.test(predicateType)) {
        const predicate = statement.predicate;
        const ok = evaluate_isObject(predicate) && (evaluate_isObject(predicate.buildDefinition) || evaluate_isObject(predicate.builder));
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
        predicateType.startsWith('https://spdx.dev/Document'));
}
/** An SBOM attestation counts only when its predicate is a parseable CycloneDX or SPDX document. */
function sbomProblem(statement) {
    const predicate = statement.predicate;
    if (!evaluate_isObject(predicate))
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
    const critical = evaluate_isObject(json) ? json.critical : undefined;
    const image = evaluate_isObject(critical) ? critical.image : undefined;
    const type = evaluate_isObject(critical) ? critical.type : undefined;
    if (type !== SIMPLE_SIGNING_TYPE)
        return 'the payload is not a cosign container image signature';
    const signed = evaluate_isObject(image) ? image['docker-manifest-digest'] : undefined;
    if (signed !== digest)
        return `the signature is for ${String(signed)}, not for this image (${digest})`;
    return undefined;
}
function evaluate_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
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
 * /users/{owner}/… for a user account). For other registries the first path segment is taken
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
            hint: 'This is not the same as "no attestations": retry the job later'
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(91138);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
;// CONCATENATED MODULE: ./src/verify/policy.ts







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
const REQUIRE_KEYS = new Set(['sbom', 'provenance', 'maxAge']);
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
 *       require: { sbom: true, provenance: false, maxAge: 30d }
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
    const policies = policy_isObject(doc) ? doc.policies : undefined;
    if (!Array.isArray(policies) || policies.length === 0) {
        throw policyError(path, 'needs a non-empty "policies" list');
    }
    if (policy_isObject(doc)) {
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
    if (!policy_isObject(raw))
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
    if (!policy_isObject(raw))
        return void problems.push(`${at} is not a mapping`);
    for (const key of Object.keys(raw))
        if (!IDENTITY_KEYS.has(key))
            problems.push(`${at}: unknown key "${key}" (allowed: ${[...IDENTITY_KEYS].join(', ')})`);
    const identity = readMatcher(raw, 'subject', 'subjectRegExp', at, problems);
    const issuer = readMatcher(raw, 'issuer', 'issuerRegExp', at, problems);
    const claims = {};
    if (raw.claims !== undefined) {
        if (!policy_isObject(raw.claims))
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
    if (!policy_isObject(raw)) {
        problems.push(`${at} is not a mapping`);
        return requirements;
    }
    for (const key of Object.keys(raw))
        if (!REQUIRE_KEYS.has(key))
            problems.push(`${at}: unknown key "${key}" (allowed: ${[...REQUIRE_KEYS].join(', ')})`);
    for (const key of ['sbom', 'provenance']) {
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
function policy_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
            lines.push(`${failure}${where}${reasons.length > 0 ? ` — ${reasons.join('; ')}` : ''}`);
        }
    }
    return lines;
}
function writeReport(path, report) {
    (0,external_node_fs_.writeFileSync)(path, `${JSON.stringify(report, null, 2)}\n`);
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
/** The job summary: one row per image and platform. */
function summaryMarkdown(report) {
    const rows = [
        '| Image | Platform | Digest | Signature | SBOM | Provenance | Result |',
        '| --- | --- | --- | --- | --- | --- | --- |'
    ];
    const mark = (r) => r.satisfied ? '✅' : r.required ? '❌' : '—';
    for (const image of report.images) {
        const name = image.source
            ? `${image.image} (${image.source.file}:${image.source.line})`
            : image.image;
        if (image.platforms.length === 0)
            rows.push(`| ${escapeCell(name)} | | ${image.digest ?? ''} | | | | ❌ ${escapeCell(image.errors.join('; '))} |`);
        for (const p of image.platforms)
            rows.push(`| ${escapeCell(name)} | ${p.platform ?? ''} | \`${p.digest.slice(0, 19)}…\` | ${mark(p.signature)} | ${mark(p.sbom)} | ${mark(p.provenance)} | ${p.verified ? '✅ verified' : `❌ ${escapeCell(p.failures.join('; '))}`} |`);
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

;// CONCATENATED MODULE: ./src/verify/index.ts















/***/ })

};
