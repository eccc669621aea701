export const id = 266;
export const ids = [266];
export const modules = {

/***/ 87482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ pages),
/* harmony export */   Ek: () => (/* binding */ readAhead),
/* harmony export */   _P: () => (/* binding */ bufferBytes),
/* harmony export */   fx: () => (/* binding */ Scratch),
/* harmony export */   sG: () => (/* binding */ fileBytes)
/* harmony export */ });
/* unused harmony export READ_AHEAD_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

function bufferBytes(buffer) {
    return {
        size: buffer.length,
        read: (offset, length) => buffer.subarray(offset, offset + length),
        readInto: (target, offset) => offset < buffer.length ? buffer.copy(target, 0, offset, offset + target.length) : 0
    };
}
/** An open file, read with one positional read per call (see readAhead for fewer). */
function fileBytes(fd, size) {
    const readInto = (target, offset) => {
        const length = Math.max(0, Math.min(target.length, size - offset));
        let done = 0;
        while (done < length) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, target, done, length - done, offset + done);
            if (n === 0)
                break;
            done += n;
        }
        return done;
    };
    return {
        size,
        read(offset, length) {
            const out = Buffer.allocUnsafe(Math.max(0, Math.min(length, size - offset)));
            return out.subarray(0, readInto(out, offset));
        },
        readInto
    };
}
/** Read-ahead window: large enough that a walk costs few reads, small beside the memory budget. */
const READ_AHEAD_BYTES = 1 << 20;
/**
 * `bytes` with read-ahead: a read that moves forward from the last one (an archive's
 * entries in order, a database's pages) fills a `window`-byte buffer that serves the reads
 * after it, so walking a file costs a read per window rather than one or two per record.
 * Any other read (a backwards jump, a far or hostile offset) reads exactly what it asks
 * for. Each window is a new buffer: a reader that walks a large file end to end reads
 * into a reused one instead (readInto, pages, Scratch).
 */
function readAhead(bytes, window = READ_AHEAD_BYTES) {
    let held = Buffer.alloc(0);
    let heldAt = 0;
    let lastEnd = -1;
    return {
        size: bytes.size,
        read(offset, length) {
            const end = offset + length;
            const forward = lastEnd >= 0 && offset >= lastEnd && offset - lastEnd <= window;
            lastEnd = end;
            if (offset >= heldAt && end <= heldAt + held.length)
                return held.subarray(offset - heldAt, end - heldAt);
            if (!forward || length >= window)
                return bytes.read(offset, length);
            held = bytes.read(offset, window);
            heldAt = offset;
            return held.subarray(0, length);
        },
        readInto: (target, offset) => bytes.readInto(target, offset)
    };
}
/** What a page walk reads at a time. */
const BATCH = 1 << 18;
/**
 * Pages `first` to `end` (exclusive) of `pageSize` bytes each, read a batch at a time into
 * one reused buffer: each page is a view, valid until the next one is asked for. Stops at
 * the end of the file.
 */
function* pages(bytes, pageSize, first, end) {
    const perBatch = Math.max(1, Math.floor(BATCH / pageSize));
    const batch = Buffer.allocUnsafe(perBatch * pageSize);
    for (let page = first; page < end; page += perBatch) {
        const wanted = Math.min(perBatch, end - page) * pageSize;
        const got = bytes.readInto(batch.subarray(0, wanted), page * pageSize);
        for (let at = 0; at + pageSize <= got; at += pageSize)
            yield [page + at / pageSize, batch.subarray(at, at + pageSize)];
        if (got < wanted)
            return;
    }
}
/**
 * One reusable buffer for reads whose bytes are used before the next read, grown to the
 * largest length asked of it (in 64 KiB steps, so that slowly growing lengths do not
 * each leave a buffer behind).
 */
class Scratch {
    buffer = Buffer.alloc(0);
    take(length) {
        if (this.buffer.length < length)
            this.buffer = Buffer.allocUnsafe(Math.ceil(length / 65536) * 65536);
        return this.buffer.subarray(0, length);
    }
}


/***/ }),

/***/ 48459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   Bv: () => (/* binding */ headerName),
/* harmony export */   IE: () => (/* binding */ BLOCK),
/* harmony export */   XK: () => (/* binding */ checksumMatches),
/* harmony export */   ZV: () => (/* binding */ TarFormatError),
/* harmony export */   d9: () => (/* binding */ entryType),
/* harmony export */   dA: () => (/* binding */ parsePax),
/* harmony export */   ei: () => (/* binding */ isZeroBlock),
/* harmony export */   lS: () => (/* binding */ MAX_META_SIZE),
/* harmony export */   ls: () => (/* binding */ isMetaRecord),
/* harmony export */   qb: () => (/* binding */ normalisePath),
/* harmony export */   ry: () => (/* binding */ cString)
/* harmony export */ });
/**
 * Decoding of tar headers and their extensions (ustar, PAX records, GNU base-256 numbers),
 * shared by the streaming layer reader and the index of image archives on disk. Every field
 * is checked: a header that does not decode is a TarFormatError, never a guess.
 */
class TarFormatError extends Error {
    name = 'TarFormatError';
}
const BLOCK = 512;
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
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
    return sum === stored;
}
function isZeroBlock(block) {
    for (let i = 0; i < BLOCK; i++)
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


/***/ }),

/***/ 3781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wz: () => (/* binding */ ZipError),
/* harmony export */   Y1: () => (/* binding */ walkEntries),
/* harmony export */   eD: () => (/* binding */ entryBytes),
/* harmony export */   hB: () => (/* binding */ readEntry)
/* harmony export */ });
/* unused harmony export MAX_ENTRIES */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _random_access__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87482);


class ZipError extends Error {
}
const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 200_000;
/** How much of the central directory is read at a time when walking it. */
const WINDOW = 1 << 20;
/**
 * The central directory's entries one at a time, reading it in windows: memory stays
 * flat however many entries the archive has.
 */
function* walkEntries(zip, { maxEntries = MAX_ENTRIES, wanted } = {}) {
    const { count, cdSize, cdOffset } = centralDirectory(zip);
    if (cdOffset + cdSize > zip.size)
        throw new ZipError('central directory outside the file');
    if (count > maxEntries)
        throw new ZipError(`${count} entries in the central directory (budget ${maxEntries})`);
    const end = cdOffset + cdSize;
    let windowStart = cdOffset;
    let window = zip.read(cdOffset, Math.min(WINDOW, cdSize));
    /** Where `length` bytes from `pos` start in the window, moving it there if needed. */
    const at = (pos, length) => {
        if (pos < windowStart || pos + length > windowStart + window.length) {
            windowStart = pos;
            window = zip.read(pos, Math.min(Math.max(WINDOW, length), end - pos));
        }
        if (pos + length > windowStart + window.length)
            throw new ZipError('corrupt central directory');
        return pos - windowStart;
    };
    let pos = cdOffset;
    for (let i = 0; i < count; i++) {
        const head = at(pos, 46);
        if (window.readUInt32LE(head) !== CENTRAL)
            throw new ZipError('corrupt central directory');
        const nameLength = window.readUInt16LE(head + 28);
        const extraLength = window.readUInt16LE(head + 30);
        const commentLength = window.readUInt16LE(head + 32);
        const method = window.readUInt16LE(head + 10);
        const compressedSize = window.readUInt32LE(head + 20);
        const size = window.readUInt32LE(head + 24);
        const localOffset = window.readUInt32LE(head + 42);
        const name = at(pos + 46, nameLength + extraLength);
        if (!wanted || wanted(window, name, name + nameLength)) {
            const entry = {
                name: window.toString('utf8', name, name + nameLength),
                method,
                compressedSize,
                size,
                localOffset
            };
            readZip64Extra(window, name + nameLength, name + nameLength + extraLength, entry);
            yield entry;
        }
        pos += 46 + nameLength + extraLength + commentLength;
    }
}
/** Throws ZipError when the directory says the entry expands past `limit` bytes. */
function checkSize(entry, limit) {
    if (entry.size > limit)
        throw new ZipError(`${entry.name} expands to ${entry.size} bytes (limit ${limit})`);
}
/** Where an entry's data lies, from its local header; throws ZipError when outside the archive. */
function dataStart(bytes, entry) {
    const at = entry.localOffset;
    const local = bytes.read(at, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOCAL)
        throw new ZipError(`${entry.name}: bad local header`);
    const start = at + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (start + entry.compressedSize > bytes.size)
        throw new ZipError(`${entry.name}: data past end of archive`);
    return start;
}
/** The expanded contents of one entry; throws ZipError past `limit` bytes or on corrupt data. */
function readEntry(zip, entry, limit) {
    const bytes = Buffer.isBuffer(zip) ? (0,_random_access__WEBPACK_IMPORTED_MODULE_1__/* .bufferBytes */ ._P)(zip) : zip;
    checkSize(entry, limit);
    const data = bytes.read(dataStart(bytes, entry), entry.compressedSize);
    if (entry.method === 0)
        return data;
    if (entry.method !== 8)
        throw new ZipError(`${entry.name}: compression method ${entry.method}`);
    try {
        // maxOutputLength stops inflating as soon as the output passes the limit, whatever the header claimed.
        return (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync)(data, {
            maxOutputLength: Math.max(1, limit),
            // Output is gathered in chunks of this size (16 KiB by default): sized to the entry,
            // a small record costs a small buffer (from Node's pool) instead of 16 KiB each.
            chunkSize: Math.min(Math.max(entry.size + 64, 64), 1 << 16)
        });
    }
    catch (error) {
        const code = error.code;
        if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
            throw new ZipError(`${entry.name} expands past ${limit} bytes (zip bomb?)`);
        }
        throw new ZipError(`${entry.name}: ${error.message}`);
    }
}
/**
 * An entry as random access: a stored entry is read in place (a view of the archive's
 * bytes, nothing copied), any other is expanded into memory (see readEntry).
 */
function entryBytes(zip, entry, limit) {
    if (entry.method !== 0)
        return (0,_random_access__WEBPACK_IMPORTED_MODULE_1__/* .bufferBytes */ ._P)(readEntry(zip, entry, limit));
    checkSize(entry, limit);
    if (entry.size !== entry.compressedSize)
        throw new ZipError(`${entry.name}: stored with ${entry.compressedSize} bytes for ${entry.size}`);
    const start = dataStart(zip, entry);
    const within = (offset, length) => Math.max(0, Math.min(length, entry.size - offset));
    return {
        size: entry.size,
        read: (offset, length) => zip.read(start + offset, within(offset, length)),
        readInto: (target, offset) => zip.readInto(target.subarray(0, within(offset, target.length)), start + offset)
    };
}
function centralDirectory(zip) {
    const tailStart = Math.max(0, zip.size - 22 - 0xffff);
    const tail = zip.read(tailStart, zip.size - tailStart);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
        if (tail[i] === 0x50 && tail.readUInt32LE(i) === EOCD) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw new ZipError('not a zip archive (no end of central directory)');
    let count = tail.readUInt16LE(eocd + 10);
    let cdSize = tail.readUInt32LE(eocd + 12);
    let cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdOffset === 0xffffffff || cdSize === 0xffffffff || count === 0xffff) {
        const locator = tailStart + eocd - 20;
        const locatorBytes = locator >= 0 ? zip.read(locator, 20) : Buffer.alloc(0);
        if (locatorBytes.length === 20 && locatorBytes.readUInt32LE(0) === ZIP64_LOCATOR) {
            const record = Number(locatorBytes.readBigUInt64LE(8));
            const end = zip.read(record, 56);
            if (end.length < 56 || end.readUInt32LE(0) !== ZIP64_EOCD)
                throw new ZipError('bad ZIP64 end record');
            count = Number(end.readBigUInt64LE(32));
            cdSize = Number(end.readBigUInt64LE(40));
            cdOffset = Number(end.readBigUInt64LE(48));
        }
    }
    return { count, cdSize, cdOffset };
}
/**
 * The ZIP64 extra field (in `bytes[start, end)`) holds the 64-bit values of the header
 * fields that are saturated at 0xffffffff, in this order; an entry with none has no need of it.
 */
function readZip64Extra(bytes, start, end, entry) {
    const saturated = (value) => value === 0xffffffff;
    if (!saturated(entry.size) && !saturated(entry.compressedSize) && !saturated(entry.localOffset))
        return;
    let pos = start;
    while (pos + 4 <= end) {
        const id = bytes.readUInt16LE(pos);
        const size = bytes.readUInt16LE(pos + 2);
        if (id === 0x0001) {
            let field = pos + 4;
            const next = () => {
                const value = field + 8 <= Math.min(pos + 4 + size, end) ? Number(bytes.readBigUInt64LE(field)) : 0;
                field += 8;
                return value;
            };
            if (saturated(entry.size))
                entry.size = next();
            if (saturated(entry.compressedSize))
                entry.compressedSize = next();
            if (saturated(entry.localOffset))
                entry.localOffset = next();
            return;
        }
        pos += 4 + size;
    }
}


/***/ }),

/***/ 8301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ isJsonObject)
/* harmony export */ });
/** Whether parsed JSON is an object, the shape every document and record here must have. */
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 3388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ drainedOrClosed)
/* harmony export */ });
/**
 * Resolves once a writable that refused a write can take more, or has closed: waiting on
 * 'drain' alone would hang forever on a stream destroyed while full.
 */
function drainedOrClosed(stream) {
    return new Promise(resolve => {
        const done = () => {
            stream.off('drain', done);
            stream.off('close', done);
            resolve();
        };
        stream.on('drain', done);
        stream.on('close', done);
    });
}


/***/ }),

/***/ 98904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G3: () => (/* binding */ DEFAULT_RETRY_BUDGET_MS),
/* harmony export */   Km: () => (/* binding */ RetryBudget),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   iL: () => (/* binding */ MAX_TIMEOUTS),
/* harmony export */   jo: () => (/* binding */ backoffMs)
/* harmony export */ });
/* unused harmony export RetrySequence */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _log__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25625);
/* harmony import */ var _deadline__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2850);
/* harmony import */ var _duration__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2636);




/** The default retry budget: how long one run rides out failing services. */
const DEFAULT_RETRY_BUDGET_MS = 180_000;
/**
 * A request that timed out this many times is not tried again: a service that does not
 * answer in time three times running is down, not busy, and waiting longer only holds the job.
 */
const MAX_TIMEOUTS = 3;
/** Seconds or an HTTP date \u2192 milliseconds to wait, or undefined. */
function retryAfterMs(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function backoffMs(attempt, backoff) {
    const ceiling = Math.min(backoff.maxDelayMs, backoff.baseDelayMs * 2 ** attempt);
    // Half jitter: spreads clients that failed together, yet still backs off.
    return ceiling / 2 + Math.random() * (ceiling / 2);
}
/**
 * The wall time one run may spend riding out failures of Fulcio, Rekor, the TSA and
 * registries. Time counts while at least one request is between a failure and its
 * recovery, so eight requests retrying at once spend the budget once, not eight times.
 */
class RetryBudget {
    totalMs;
    spent = 0;
    open = 0;
    openedAt = 0;
    constructor(totalMs = DEFAULT_RETRY_BUDGET_MS) {
        this.totalMs = totalMs;
    }
    /** What is left, never more than the time to the nearest deadline. */
    remainingMs() {
        const running = this.open > 0 ? Date.now() - this.openedAt : 0;
        return Math.max(0, Math.min(this.totalMs - this.spent - running, (0,_deadline__WEBPACK_IMPORTED_MODULE_2__/* .timeLeft */ .f$)()));
    }
    /** One request's run of failures; `close()` it when the request is done either way. */
    sequence() {
        return new RetrySequence(this);
    }
    /** @internal */
    enter() {
        if (this.open++ === 0)
            this.openedAt = Date.now();
    }
    /** @internal */
    leave() {
        if (--this.open === 0)
            this.spent += Date.now() - this.openedAt;
    }
}
class RetrySequence {
    budget;
    entered = false;
    closed = false;
    timeouts = 0;
    constructor(budget) {
        this.budget = budget;
    }
    /**
     * Waits `delayMs` before the next attempt, saying in the log what is waited for
     * (`failure` is e.g. "Rekor at https://\u2026 answered 503"). Returns false, without waiting,
     * when the budget or the deadline cannot cover the wait: the caller then gives up.
     */
    async wait(failure, delayMs) {
        (0,_deadline__WEBPACK_IMPORTED_MODULE_2__/* .checkDeadline */ .Ft)();
        if (!this.entered) {
            this.entered = true;
            this.budget.enter();
        }
        const left = this.budget.remainingMs();
        if (delayMs > left)
            return false;
        _log__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.info(`${failure}; retrying in ${(0,_duration__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(delayMs)} (retry budget left ${(0,_duration__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(left)})`);
        try {
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(delayMs, undefined, { signal: (0,_deadline__WEBPACK_IMPORTED_MODULE_2__/* .currentDeadline */ .SB)()?.signal });
        }
        catch (error) {
            (0,_deadline__WEBPACK_IMPORTED_MODULE_2__/* .checkDeadline */ .Ft)();
            throw error;
        }
        return true;
    }
    /** How the budget stands, for a final error message. */
    describeBudget() {
        return `retry budget of ${(0,_duration__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(this.budget.totalMs)}, ${(0,_duration__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(this.budget.remainingMs())} left`;
    }
    close() {
        if (this.entered && !this.closed)
            this.budget.leave();
        this.closed = true;
    }
}


/***/ }),

/***/ 79788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ mapConcurrently),
/* harmony export */   j: () => (/* binding */ Semaphore)
/* harmony export */ });
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
    /** `fn()` once a place is free. */
    async run(fn) {
        const release = await this.acquire();
        try {
            return await fn();
        }
        finally {
            release();
        }
    }
}
/** `fn` over `items` with at most `limit` running at once; results in the order of `items`. */
function mapConcurrently(items, limit, fn) {
    const semaphore = new Semaphore(limit);
    return Promise.all(items.map(item => semaphore.run(() => fn(item))));
}


/***/ }),

/***/ 11606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ STREAM_CHUNK_SIZE),
/* harmony export */   Ki: () => (/* binding */ FILE_READ_SIZE),
/* harmony export */   bW: () => (/* binding */ releaseChunk),
/* harmony export */   bd: () => (/* binding */ TrailingDataError),
/* harmony export */   dD: () => (/* binding */ uncompressed),
/* harmony export */   er: () => (/* binding */ ownsChunks)
/* harmony export */ });
/* unused harmony export DECOMPRESSED_CHUNK_SIZE */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _network_backpressure__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3388);
/* harmony import */ var _digest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68825);





/*
 * Layer blobs as tar streams: gzip and zstd told apart by their magic bytes, the tar checked
 * against its diff_id, bytes after the compressed data refused as containerd refuses them, and
 * chunk sizes and early freeing that keep a large layer's memory flat.
 */
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
 * The size blobs are streamed in from the network: the connection's small chunks are gathered
 * into blocks of this size. A few such pieces are in flight per layer streamed: larger ones
 * cost memory, smaller ones time (zlib's default of 16 KiB halves the speed, 64 KiB takes half
 * again as much CPU time). Pulling the 185 MiB `large` fixture from a registry, 128 KiB peaks
 * 3\u20135 MiB lower than 256 KiB for the same CPU time; 512 KiB was no faster from the registry
 * (`big`, `java-ruby`) and peaked 2\u20133 MiB higher.
 */
const STREAM_CHUNK_SIZE = 128 * 1024;
/**
 * The size blobs are read in from a file (an OCI layout, a docker archive). Each read is a
 * hand-off to libuv's thread and then to zlib's, often a context switch on two cores busy
 * decompressing: 128 KiB reads made three times the context switches of 512 KiB ones on the
 * `big` fixture, 0.2\u20130.5 s more CPU time, and 1.31\u20131.41\u00d7 the bare gunzip floor's wall time
 * where 512 KiB took 1.23\u20131.30\u00d7 (`big` and `java-ruby`, six or seven interleaved rounds each);
 * 1 MiB was within the spread of 512 KiB and peaked 5 MiB higher.
 */
const FILE_READ_SIZE = 512 * 1024;
/**
 * The size of a decompressor's output pieces. Each is a hand-off between zlib's thread and
 * the main thread, and a layer decompresses to several times its size: 256 KiB was 4\u201310 %
 * faster than 128 KiB on the `large` and `big` fixtures, with the peak within 3 MiB; 512 KiB
 * and 1 MiB were within the spread of 256 KiB, for 2\u20136 MiB more.
 */
const DECOMPRESSED_CHUNK_SIZE = 256 * 1024;
/** Streams whose chunks are fresh buffers nothing else refers to (see ownsChunks). */
const freshChunks = new WeakSet();
/**
 * True when each chunk the stream yields is a buffer of its own (a decompressor's
 * output), which the consumer may free with releaseChunk once it has read it.
 */
function ownsChunks(stream) {
    return freshChunks.has(stream);
}
/**
 * The uncompressed tar of a layer blob: gzip and zstd are recognised by their magic bytes.
 * With `check`, the tar's digest is compared with the config's diff_id at its end (as
 * containerd does when it applies a layer); a mismatch errors the stream.
 */
async function uncompressed(blob, check) {
    const { head, stream } = await peek(blob, ZSTD.length);
    // Without a decompressor the layer's files are unknown: an error, never an empty SBOM.
    if (startsWith(head, ZSTD) && typeof node_zlib__WEBPACK_IMPORTED_MODULE_1__.createZstdDecompress !== 'function')
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('UNSUPPORTED_MEDIA_TYPE', `a zstd-compressed layer cannot be read: Node ${process.versions.node} has no zstd in node:zlib`, { hint: 'Run on Node 24.15.0 or newer' });
    const format = startsWith(head, GZIP) ? 'gzip' : startsWith(head, ZSTD) ? 'zstd' : undefined;
    const decoder = format === 'gzip'
        ? node_zlib__WEBPACK_IMPORTED_MODULE_1__.createGunzip({ chunkSize: DECOMPRESSED_CHUNK_SIZE })
        : format === 'zstd'
            ? node_zlib__WEBPACK_IMPORTED_MODULE_1__.createZstdDecompress({ chunkSize: DECOMPRESSED_CHUNK_SIZE })
            : undefined;
    if (!format || !decoder) {
        // An uncompressed blob is its own tar: its digest, already verified, is the diff_id.
        if (!check || check.diffId === check.blobDigest)
            return stream;
        return (0,node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(stream, new _digest__WEBPACK_IMPORTED_MODULE_3__/* .DigestVerifier */ .Do(check.diffId, check.what), () => { });
    }
    // The consumer reads the decoder's output (and may free its buffers once read), which
    // ends only once every byte of the blob went into the decoder and was decoded.
    const fed = feed(stream, decoder);
    fed.catch(() => { });
    const output = node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from(decodedTar(decoder, fed, format, check), { objectMode: false });
    freshChunks.add(output);
    return output;
}
/**
 * A decoder's output, hashed for the diff_id as it is read, and at its end checked for
 * undecoded bytes and the digest. The decoder is read, not piped: piped, every stage
 * after it (the hash among them) runs inside zlib's completion callback, before that
 * callback hands zlib its next piece of work, so the decompressing thread would wait for
 * the hash of every piece.
 */
async function* decodedTar(decoder, fed, format, check) {
    const digest = check ? new _digest__WEBPACK_IMPORTED_MODULE_3__/* .RunningDigest */ .iM(check.diffId, check.what) : undefined;
    for await (const chunk of decoder) {
        digest?.update(chunk);
        yield chunk;
    }
    // bytesWritten counts the input the decoder consumed, not what it was given.
    const ignored = (await fed) - decoder.bytesWritten;
    if (ignored > 0)
        throw new TrailingDataError(trailingProblem(format, ignored));
    const mismatch = digest?.mismatch();
    if (mismatch)
        throw mismatch;
}
/**
 * Raised when a decoder left bytes of the blob undecoded. Node's gunzip stops at a
 * zero byte after a member and its zstd decoder after the last frame, ignoring what
 * follows; Go's compress/gzip and klauspost's zstd reader, which containerd decompresses
 * layers with (and reads to the end after the tar), fail on those bytes.
 */
class TrailingDataError extends Error {
    name = 'TrailingDataError';
}
/** What containerd's decompressor reports for `count` bytes after the last gzip member or zstd frame. */
function trailingProblem(format, count) {
    // Go's gzip reader wants a 10-byte member header next, klauspost's zstd a 4-byte magic.
    const header = format === 'gzip' ? 10 : 4;
    const go = count < header
        ? 'unexpected EOF'
        : format === 'gzip'
            ? 'gzip: invalid header'
            : 'invalid input: magic number mismatch';
    const what = format === 'gzip' ? 'gzip member' : 'zstd frame';
    return `${count} bytes after the last ${what} that are not another ${what} (containerd fails with "${go}")`;
}
/**
 * Writes a blob into its decompressor, freeing each compressed chunk once it is consumed.
 * Resolves with the number of bytes written once the decoder has taken them all; rejects
 * with the blob's error (a digest mismatch).
 */
async function feed(source, decoder) {
    let total = 0;
    try {
        for await (const chunk of source) {
            if (decoder.destroyed)
                return total;
            total += chunk.length;
            if (!decoder.write(chunk, error => error || releaseChunk(chunk)))
                await (0,_network_backpressure__WEBPACK_IMPORTED_MODULE_4__/* .drainedOrClosed */ .B)(decoder);
        }
        await new Promise(resolve => decoder.end(resolve));
        return total;
    }
    catch (error) {
        decoder.destroy(error);
        throw error;
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


/***/ }),

/***/ 68825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Do: () => (/* binding */ DigestVerifier),
/* harmony export */   J4: () => (/* binding */ mismatch),
/* harmony export */   Ub: () => (/* binding */ verifyDigest),
/* harmony export */   V7: () => (/* binding */ assertDigest),
/* harmony export */   iM: () => (/* binding */ RunningDigest),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



const DIGEST = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
function sha256Digest(data) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex')}`;
}
function isDigest(value) {
    return DIGEST.test(value);
}
/** Throws unless `digest` is a well-formed sha256 or sha512 digest. */
function assertDigest(digest, what) {
    if (!isDigest(digest))
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('INPUT_INVALID', `${what}: "${digest}" is not a valid digest`, {
            hint: 'Digests look like sha256:<64 lowercase hex digits>'
        });
}
function hasherFor(digest) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(digest.startsWith('sha512:') ? 'sha512' : 'sha256');
}
function digestOf(data, algorithmOf) {
    const algorithm = algorithmOf.startsWith('sha512:') ? 'sha512' : 'sha256';
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(data).digest('hex')}`;
}
function mismatch(what, expected, actual) {
    return new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('DIGEST_MISMATCH', `digest mismatch for ${what}: expected ${expected}, got ${actual}`, { hint: 'The content changed or was corrupted in transit; do not trust it' });
}
/** Throws DIGEST_MISMATCH unless `data` hashes to `expected`. */
function verifyDigest(data, expected, what) {
    const actual = digestOf(data, expected);
    if (actual !== expected)
        throw mismatch(what, expected, actual);
}
/** The digest of bytes as they go by, checked against the one they must have. */
class RunningDigest {
    expected;
    what;
    hash;
    constructor(expected, what) {
        this.expected = expected;
        this.what = what;
        this.hash = hasherFor(expected);
    }
    update(chunk) {
        this.hash.update(chunk);
    }
    /** At the end of the bytes: DIGEST_MISMATCH unless they hash to the expected digest. */
    mismatch() {
        const actual = `${this.expected.split(':')[0]}:${this.hash.digest('hex')}`;
        return actual === this.expected ? undefined : mismatch(this.what, this.expected, actual);
    }
}
/**
 * Passes bytes through while hashing them; at the end the stream errors instead of
 * finishing when the digest (or the expected size) does not match. Only a consumer
 * that reads the stream to its end learns the verdict: stopping early proves nothing.
 */
class DigestVerifier extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    what;
    expectedSize;
    digest;
    seen = 0;
    constructor(expected, what, expectedSize) {
        super();
        this.what = what;
        this.expectedSize = expectedSize;
        this.digest = new RunningDigest(expected, what);
    }
    _transform(chunk, _encoding, done) {
        this.digest.update(chunk);
        this.seen += chunk.length;
        if (this.expectedSize !== undefined && this.seen > this.expectedSize)
            return done(new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('DIGEST_MISMATCH', `${this.what} is larger than its descriptor says (${this.expectedSize} bytes)`, { hint: 'The content changed or was corrupted in transit; do not trust it' }));
        done(null, chunk);
    }
    _flush(done) {
        if (this.expectedSize !== undefined && this.seen !== this.expectedSize)
            return done(new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('DIGEST_MISMATCH', `${this.what} is ${this.seen} bytes, not the ${this.expectedSize} its descriptor says`, { hint: 'The content changed or was corrupted in transit; do not trust it' }));
        done(this.digest.mismatch());
    }
}


/***/ }),

/***/ 60538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ep: () => (/* binding */ HttpTimeout),
/* harmony export */   Fh: () => (/* binding */ stoppedWhile),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   ux: () => (/* binding */ within)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const DEFAULT_LIMITS = {
    connectMs: 15_000,
    headersMs: 30_000,
    idleMs: 30_000,
    minBytesPerSecond: 8 * 1024,
    graceMs: 30_000
};
/** A deadline's TIMEOUT error, told where it struck; other errors as they are. */
function stoppedWhile(error, doing) {
    if (!(error instanceof _errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ) || error.code !== 'TIMEOUT')
        return error;
    return new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('TIMEOUT', `${error.message}: stopped while ${doing}`, {
        hint: error.hint,
        cause: error
    });
}
/** A limit of HttpLimits ran out: the server is too slow or silent (worth a retry, a few times). */
class HttpTimeout extends Error {
}
/** `promise`, or the error `late()` after `ms`, or the signal's reason; `stop` runs on either. */
function within(promise, ms, late, signal, stop) {
    let timer;
    let onAbort;
    const cut = new Promise((_, reject) => {
        const fail = (error) => {
            reject(error);
            promise.catch(() => { });
            stop();
        };
        if (signal?.aborted)
            return fail(signal.reason);
        onAbort = () => fail(signal?.reason);
        signal?.addEventListener('abort', onAbort, { once: true });
        timer = setTimeout(() => fail(late()), Math.max(0, ms));
    });
    return Promise.race([promise, cut]).finally(() => {
        clearTimeout(timer);
        if (onAbort)
            signal?.removeEventListener('abort', onAbort);
    });
}


/***/ }),

/***/ 86069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ send)
});

// UNUSED EXPORTS: MAX_REDIRECTS

// EXTERNAL MODULE: ./src/network/deadline.ts + 1 modules
var network_deadline = __webpack_require__(2850);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: ./src/network/backpressure.ts
var backpressure = __webpack_require__(3388);
// EXTERNAL MODULE: ./src/network/duration.ts
var duration = __webpack_require__(2636);
// EXTERNAL MODULE: ./src/oci/http-limits.ts
var http_limits = __webpack_require__(60538);
;// CONCATENATED MODULE: ./src/oci/http-exchange.ts




/**
 * One request on node:http (node:https loaded on first use): resolves with the response once
 * its headers are in, within the connect and headers limits and the signal.
 */
async function exchange(url, method, headers, body, limits, signal) {
    const request = url.protocol === 'https:' ? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 44708, 23))).request : external_node_http_.request;
    return new Promise((resolve, reject) => {
        const outgoing = request(url, {
            method,
            headers: body === undefined ? headers : { ...headers, 'content-length': String(bodyLength(body)) }
        });
        // The request fails with the abort's own reason (e.g. which deadline ran out).
        const abort = () => outgoing.destroy(signal?.reason);
        if (signal?.aborted)
            abort();
        signal?.addEventListener('abort', abort, { once: true });
        const headersTimer = setTimeout(() => outgoing.destroy(new http_limits/* HttpTimeout */.Ep(`${url.host} sent no response within ${(0,duration/* formatDuration */.a)(limits.headersMs)}`)), limits.headersMs);
        outgoing.once('socket', socket => {
            if (!socket.connecting)
                return;
            const connectTimer = setTimeout(() => outgoing.destroy(new http_limits/* HttpTimeout */.Ep(`${url.host} did not accept a connection within ${(0,duration/* formatDuration */.a)(limits.connectMs)}`)), limits.connectMs);
            socket.once('connect', () => clearTimeout(connectTimer));
            outgoing.once('close', () => clearTimeout(connectTimer));
        });
        outgoing.once('close', () => {
            clearTimeout(headersTimer);
            signal?.removeEventListener('abort', abort);
        });
        outgoing.once('response', response => {
            clearTimeout(headersTimer);
            // From here the body reader watches the signal.
            signal?.removeEventListener('abort', abort);
            resolve(response);
        });
        outgoing.once('error', reject);
        if (body === undefined || typeof body === 'string' || Buffer.isBuffer(body))
            outgoing.end(body);
        else
            writeStreamed(outgoing, body).catch((error) => outgoing.destroy(error));
    });
}
function bodyLength(body) {
    return typeof body === 'string' || Buffer.isBuffer(body) ? Buffer.byteLength(body) : body.length;
}
/** Writes the chunks as the socket drains (the request's timers and abort still apply). */
async function writeStreamed(outgoing, body) {
    for (const chunk of body.chunks()) {
        if (outgoing.destroyed)
            return;
        if (!outgoing.write(chunk))
            await (0,backpressure/* drainedOrClosed */.B)(outgoing);
    }
    outgoing.end();
}

// EXTERNAL MODULE: ./src/oci/url.ts
var oci_url = __webpack_require__(95832);
;// CONCATENATED MODULE: ./src/oci/http-response.ts



/** The response to a request, after any redirects. */
class HttpResponse {
    url;
    message;
    limits;
    signal;
    consumed = false;
    constructor(
    /** The URL that answered (the last one when redirected). */
    url, message, limits, signal) {
        this.url = url;
        this.message = message;
        this.limits = limits;
        this.signal = signal;
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
    /**
     * The body as it arrives, within the idle and throughput limits and the deadline.
     * Time the consumer spends between chunks does not count against the server.
     */
    async *body() {
        if (this.consumed)
            throw new Error(`the body of ${this.url} was already read`);
        this.consumed = true;
        const host = new URL(this.url).host;
        const iterator = this.message[Symbol.asyncIterator]();
        const { idleMs, minBytesPerSecond, graceMs } = this.limits;
        let waited = 0;
        let received = 0;
        let finished = false;
        try {
            for (;;) {
                // The floor: after the grace period, `received` must keep up with the minimum rate.
                const floorMs = graceMs + (received / minBytesPerSecond) * 1000 - waited;
                const started = Date.now();
                const slow = () => new http_limits/* HttpTimeout */.Ep(`${host} sent ${received} bytes of the body in ${(0,duration/* formatDuration */.a)(waited + Date.now() - started)}, ` +
                    `slower than the minimum of ${minBytesPerSecond / 1024} KiB/s`);
                const idle = () => new http_limits/* HttpTimeout */.Ep(`${host} sent no body data for ${(0,duration/* formatDuration */.a)(idleMs)}`);
                const next = await (0,http_limits/* within */.ux)(iterator.next(), Math.min(idleMs, floorMs), floorMs < idleMs ? slow : idle, this.signal, () => this.message.destroy());
                waited += Date.now() - started;
                if (next.done) {
                    finished = true;
                    return;
                }
                received += next.value.length;
                yield next.value;
            }
        }
        catch (error) {
            throw (0,http_limits/* stoppedWhile */.Fh)(error, `reading ${(0,oci_url/* describeUrl */.N)(this.url)} (${received} bytes in)`);
        }
        finally {
            // Stopped early (consumer gone, or an error): close the connection.
            if (!finished)
                this.message.destroy();
        }
    }
    /** The body as text, refusing more than `limit` bytes. */
    async text(limit = 1 << 20) {
        const chunks = [];
        let size = 0;
        for await (const chunk of this.body()) {
            size += chunk.length;
            if (size > limit)
                throw new Error(`${this.url} answered more than ${limit} bytes`);
            chunks.push(chunk);
        }
        return Buffer.concat(chunks).toString('utf8');
    }
    /** Drops the body unread and closes the connection. */
    discard() {
        this.consumed = true;
        this.message.destroy();
    }
}

;// CONCATENATED MODULE: ./src/oci/http.ts





/**
 * A small HTTP client on node:http for registry traffic. Node's fetch would do, but
 * its first use loads undici and compiles its WebAssembly parser: about 20 MiB, a
 * fifth of the SBOM step's memory. HTTPS loads node:https on first use.
 *
 * Every wait has a deadline (http-limits.ts), and the nearest enclosing deadline (the run's,
 * an image check's) ends any of them early: the request's (http-exchange.ts), the body's
 * (http-response.ts).
 */
/** Redirects followed per request; registries use one (to blob storage), rarely two. */
const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/**
 * Sends one request and follows redirects like fetch: 303 (and 301/302 after a POST)
 * turn into a GET without body, and the Authorization header is not sent to another
 * origin (a registry redirecting blob downloads to storage must not leak its token).
 */
async function send(url, init = {}) {
    const limits = { ...http_limits/* DEFAULT_LIMITS */.dR, ...init.limits };
    const deadline = (0,network_deadline/* currentDeadline */.SB)()?.signal;
    const signal = init.signal && deadline ? AbortSignal.any([init.signal, deadline]) : (init.signal ?? deadline);
    let method = init.method ?? 'GET';
    let body = init.body;
    let headers = { ...init.headers };
    let current = new URL(url);
    for (let hops = 0;; hops++) {
        const message = await exchange(current, method, headers, body, limits, signal).catch((error) => {
            throw (0,http_limits/* stoppedWhile */.Fh)(error, `waiting for ${method} ${(0,oci_url/* describeUrl */.N)(current.href)}`);
        });
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
            return new HttpResponse(current.href, message, limits, signal);
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
function withoutHeaders(headers, names) {
    return Object.fromEntries(Object.entries(headers).filter(([k]) => !names.includes(k.toLowerCase())));
}


/***/ }),

/***/ 62786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vx: () => (/* reexport */ EMPTY_DIGEST),
  zu: () => (/* reexport */ MediaType),
  fO: () => (/* reexport */ REFERRERS_TAG_SETTLE_MS),
  aK: () => (/* reexport */ RELIST_HINT),
  bP: () => (/* reexport */ RegistryClient),
  Y2: () => (/* reexport */ buildxAttestations),
  Ew: () => (/* reexport */ oci_reference/* canonicalName */.Ew),
  px: () => (/* reexport */ oci_platform/* childForPlatform */.px),
  Bq: () => (/* reexport */ oci_platform/* formatPlatform */.Bq),
  gV: () => (/* reexport */ oci_platform/* isAttestationManifest */.gV),
  Bc: () => (/* reexport */ oci_digest/* isDigest */.Bc),
  FL: () => (/* reexport */ oci_platform/* normalizePlatform */.FL),
  Ap: () => (/* reexport */ openTarget),
  Y8: () => (/* reexport */ oci_platform/* parsePlatform */.Y8),
  F2: () => (/* reexport */ oci_reference/* parseReference */.F2),
  Wk: () => (/* reexport */ pendingTag),
  G6: () => (/* reexport */ oci_platform/* platformRank */.G6),
  xh: () => (/* reexport */ referrerDescriptor),
  LN: () => (/* reexport */ referrersTag),
  md: () => (/* reexport */ selectPlatform),
  sI: () => (/* reexport */ oci_digest/* sha256Digest */.sI)
});

// UNUSED EXPORTS: canonicalNameGlob, canonicalRegistry, parseManifest

;// CONCATENATED MODULE: ./src/oci/media-types.ts
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

// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(68825);
// EXTERNAL MODULE: ./src/oci/reference.ts
var oci_reference = __webpack_require__(62148);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
;// CONCATENATED MODULE: ./src/oci/credentials.ts







/** Keys Docker Hub credentials are stored under. */
const DOCKER_HUB_KEYS = [
    'https://index.docker.io/v1/',
    'index.docker.io',
    oci_reference/* DOCKER_HUB */.Xb,
    'registry-1.docker.io'
];
const HELPER_TIMEOUT_MS = 30_000;
/** `https://host:port/v1/` \u2192 `host:port`, the way docker config keys are matched. */
function configKeyHost(key) {
    return key.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? key;
}
function keysFor(registry) {
    return registry === oci_reference/* DOCKER_HUB */.Xb ? DOCKER_HUB_KEYS : [registry];
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
        this.config ??= (0,promises_.readFile)(this.configPath, 'utf8').then(text => {
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

// EXTERNAL MODULE: ./src/oci/decompress.ts
var decompress = __webpack_require__(11606);
// EXTERNAL MODULE: ./src/oci/limits.ts
var limits = __webpack_require__(64593);
;// CONCATENATED MODULE: ./src/oci/image.ts




const SCHEMA1_HINT = 'Docker schema 1 manifests are deprecated and unsupported; push the image again with a current Docker, buildah or skopeo';
/** Parses manifest or index bytes, telling which by media type or shape; rejects schema 1. */
function parseManifest(bytes, where, contentType) {
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        const looksHtml = /^\s*</.test(bytes.subarray(0, 64).toString('utf8'));
        throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${where} answered ${looksHtml ? 'an HTML page' : 'content that is not JSON'} instead of a manifest${contentType ? ` (content type ${contentType})` : ''}`, { hint: 'Check that the address points at an OCI registry (or a proxy in front of one)' });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${where} answered JSON that is not a manifest`);
    const declared = typeof parsed.mediaType === 'string' ? parsed.mediaType : undefined;
    const type = declared ?? contentType?.split(';')[0]?.trim();
    if (parsed.schemaVersion === 1 ||
        type === MediaType.DOCKER_SCHEMA1 ||
        type === MediaType.DOCKER_SCHEMA1_SIGNED)
        throw new errors/* ActionError */.lZ('UNSUPPORTED_MEDIA_TYPE', `${where} is a Docker schema 1 manifest`, {
            hint: SCHEMA1_HINT
        });
    if (Array.isArray(parsed.manifests) && (!type || isIndexType(type) || !isManifestType(type)))
        return {
            kind: 'index',
            mediaType: isIndexType(type) ? type : MediaType.OCI_INDEX,
            index: parsed
        };
    if (typeof parsed.config === 'object' && Array.isArray(parsed.layers))
        return {
            kind: 'image',
            mediaType: isManifestType(type) ? type : MediaType.OCI_MANIFEST,
            manifest: parsed
        };
    throw new errors/* ActionError */.lZ('UNSUPPORTED_MEDIA_TYPE', `${where} is neither an image manifest nor an index (media type ${type ?? 'unknown'})`);
}
function parseConfig(bytes, where) {
    try {
        const config = JSON.parse(bytes.toString('utf8'));
        return { ...config, rootfs: config.rootfs ?? { type: 'layers', diff_ids: [] } };
    }
    catch {
        throw new errors/* ActionError */.lZ('SOURCE_INVALID', `the image config of ${where} is not JSON`);
    }
}
function makeLayer(source, descriptor, diffId, where) {
    const check = {
        diffId,
        blobDigest: descriptor.digest,
        what: `the uncompressed tar of layer ${descriptor.digest} of ${where} (its diff_id in the image config)`
    };
    return {
        descriptor,
        diffId,
        blob: () => source.blob(descriptor),
        tar: async () => (0,decompress/* uncompressed */.dD)(await source.blob(descriptor), check)
    };
}
/** Bytes a descriptor pointed at must be as long as it says (the digest was checked already). */
function checkSize(bytes, descriptor, what) {
    if (bytes.length !== descriptor.size)
        throw new errors/* ActionError */.lZ('DIGEST_MISMATCH', `${what} is ${bytes.length} bytes, not the ${descriptor.size} its descriptor says`, { hint: 'The content changed or was corrupted in transit; do not trust it' });
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
        throw new errors/* ActionError */.lZ('SOURCE_INVALID', `the manifest of ${name} has no config descriptor`);
    const configBytes = await source.blobBytes(manifest.config, limits/* MAX_CONFIG_BYTES */.GW);
    checkSize(configBytes, manifest.config, `the config ${manifest.config.digest} of ${name}`);
    const config = parseConfig(configBytes, name);
    const diffIds = config.rootfs.diff_ids ?? [];
    // containerd refuses to unpack an image whose config does not list one diff_id per layer.
    if (diffIds.length !== manifest.layers.length)
        throw new errors/* ActionError */.lZ('LAYER_INVALID', `the config of ${name} lists ${diffIds.length} diff_ids for ${manifest.layers.length} layers`, { hint: 'The image is malformed: rebuild it, or push it again with a current tool' });
    const layers = manifest.layers.map((layer, i) => makeLayer(source, layer, diffIds[i], name));
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
            checkSize(childBytes, descriptor, `the manifest ${childName}`);
            const child = parseManifest(childBytes, childName, descriptor.mediaType);
            if (child.kind !== 'image')
                throw new errors/* ActionError */.lZ('UNSUPPORTED_MEDIA_TYPE', `${childName} is a nested index; select one of its images by digest`);
            return loadImage(source, childName, descriptor.digest, childBytes, child.manifest, descriptor);
        }
    };
}

// EXTERNAL MODULE: ./src/oci/transport.ts + 3 modules
var oci_transport = __webpack_require__(87843);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/network/retry.ts
var network_retry = __webpack_require__(98904);
// EXTERNAL MODULE: ./src/oci/http-limits.ts
var http_limits = __webpack_require__(60538);
// EXTERNAL MODULE: ./src/oci/url.ts
var oci_url = __webpack_require__(95832);
;// CONCATENATED MODULE: ./src/oci/registry/common.ts





const TAG = /^[\w][\w.-]{0,127}$/;
function pull(ref) {
    return [`repository:${ref.repository}:pull`];
}
function push(ref) {
    return [`repository:${ref.repository}:pull,push`];
}
/** An error for an unexpected answer: 404 as not found, anything else as a registry error. */
async function failure(response, ref, what) {
    const detail = await (0,oci_transport/* errorDetail */.m2)(response);
    const url = (0,oci_url/* describeUrl */.N)(response.url);
    if (response.status === 404)
        throw new errors/* ActionError */.lZ('IMAGE_NOT_FOUND', `${what} not found in ${ref.registry}/${ref.repository}${detail.text ? ` (${detail.text})` : ''}`, { hint: 'Check the repository name, tag and digest, and that the image was pushed' });
    throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.registry} answered ${response.status} for ${what} (${url})${detail.text ? `: ${detail.text}` : ''}`);
}
/** `sha256:abc\u2026` \u2192 the referrers tag schema's `sha256-abc\u2026`. */
function referrersTag(digest) {
    return digest.replace(':', '-');
}
function assertVersion(tagOrDigest) {
    if (!(0,oci_digest/* isDigest */.Bc)(tagOrDigest) && !TAG.test(tagOrDigest))
        throw new errors/* ActionError */.lZ('INPUT_INVALID', `"${tagOrDigest}" is neither a tag nor a digest`, {
            hint: 'Tags are up to 128 letters, digits, "_", "." and "-"; digests are sha256:<hex>'
        });
}
/** The body, refusing more than `limit` bytes before reading them (a Content-Length says so) or as they come. */
async function readLimited(response, limit, what, code = 'REGISTRY_ERROR') {
    const where = `${what} from ${(0,oci_url/* describeUrl */.N)(response.url)}`;
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > limit) {
        response.discard();
        throw (0,limits/* tooLarge */.g$)(code, where, limit, declared);
    }
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of response.body()) {
            size += chunk.length;
            if (size > limit)
                throw (0,limits/* tooLarge */.g$)(code, where, limit);
            chunks.push(chunk);
        }
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ)
            throw error;
        throw new errors/* ActionError */.lZ('NETWORK_ERROR', `reading ${where} failed: ${error.message}`, {
            hint: 'The registry is failing or too slow; retry later, or raise "timeout" if it is only slow',
            cause: error
        });
    }
    return Buffer.concat(chunks);
}
function imageNotFound(ref, tagOrDigest) {
    return new errors/* ActionError */.lZ('IMAGE_NOT_FOUND', `image ${tagOrDigest} not found in ${ref.name}`, {
        hint: 'Check the repository name, tag or digest, and that the image was pushed there'
    });
}

;// CONCATENATED MODULE: ./src/oci/registry/blob-read.ts










async function openBlob(transport, ref, digest, range) {
    const response = await transport.send({
        method: 'GET',
        registry: ref.registry,
        path: `/v2/${ref.repository}/blobs/${digest}`,
        scopes: pull(ref),
        headers: range ? { range: `bytes=${range}-` } : {}
    });
    if (!response.ok)
        await failure(response, ref, `blob ${digest}`);
    // No blob is served as a web page; a proxy or portal answered instead of the registry.
    if (response.headers.get('content-type')?.startsWith('text/html')) {
        response.discard();
        throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${(0,oci_url/* describeUrl */.N)(response.url)} answered an HTML page instead of blob ${digest}`, { hint: 'Check that the address points at an OCI registry (or a proxy in front of one)' });
    }
    return response;
}
/**
 * The blob as a stream whose digest is verified as it passes; a mismatch errors the
 * stream at its end. A connection cut or stalled mid-body resumes with a Range request
 * (or restarts, skipping what was already passed on) while the retry budget allows.
 */
async function blobStream(transport, ref, digest, size) {
    if (!(0,oci_digest/* isDigest */.Bc)(digest))
        throw new errors/* ActionError */.lZ('INPUT_INVALID', `"${digest}" is not a digest`);
    const first = await openBlob(transport, ref, digest);
    const retry = transport.retry;
    const open = (offset) => openBlob(transport, ref, digest, offset);
    async function* body() {
        let response = first;
        let received = 0;
        let skip = 0;
        // The connection's small chunks are gathered into blocks of our own, which the
        // decompressor can free as soon as it has taken them (see releaseChunk).
        let block = Buffer.allocUnsafeSlow(decompress/* STREAM_CHUNK_SIZE */.BU);
        let filled = 0;
        const sequence = transport.budget.sequence();
        try {
            for (let failures = 0;;) {
                try {
                    for await (const value of response.body()) {
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
                                block = Buffer.allocUnsafeSlow(decompress/* STREAM_CHUNK_SIZE */.BU);
                                filled = 0;
                            }
                        }
                        // Each chunk the connection yields is a fresh copy of the socket's bytes: once
                        // copied into the block it is garbage, freed now rather than left to pile up
                        // (hundreds of MiB per image) until the next full collection.
                        (0,decompress/* releaseChunk */.bW)(value);
                    }
                }
                catch (error) {
                    if (error instanceof errors/* ActionError */.lZ)
                        throw error;
                    if (error instanceof http_limits/* HttpTimeout */.Ep)
                        sequence.timeouts++;
                    const resumed = ++failures < retry.attempts &&
                        sequence.timeouts < network_retry/* MAX_TIMEOUTS */.iL &&
                        (await sequence.wait(`blob ${digest} from ${ref.registry} broke off after ${received} bytes (${error.message})`, (0,network_retry/* backoffMs */.jo)(failures, retry)));
                    if (!resumed)
                        throw new errors/* ActionError */.lZ('NETWORK_ERROR', `blob ${digest} from ${ref.registry} broke off after ${received} bytes: ${error.message}`, { hint: 'The registry is failing or too slow; retry later', cause: error });
                    log/* log */.Rm.debug(`resuming blob ${digest} at ${received} bytes`);
                    response = await open(received);
                    skip = response.status === 206 ? 0 : received;
                    continue;
                }
                if (filled > 0)
                    yield block.subarray(0, filled);
                return;
            }
        }
        finally {
            sequence.close();
        }
    }
    const verifier = new oci_digest/* DigestVerifier */.Do(digest, `blob ${digest} of ${ref.name}`, size);
    return (0,external_node_stream_.pipeline)(external_node_stream_.Readable.from(body(), { objectMode: false, highWaterMark: decompress/* STREAM_CHUNK_SIZE */.BU }), verifier, () => { });
}
/** The whole blob in memory (configs, signatures), digest-verified, refused past `maxBytes`. */
async function getBlob(transport, ref, digest, maxBytes, size) {
    const what = `blob ${digest} of ${ref.name}`;
    if (size !== undefined && size > maxBytes)
        throw (0,limits/* tooLarge */.g$)('REGISTRY_ERROR', what, maxBytes, size);
    const chunks = [];
    let total = 0;
    const stream = await blobStream(transport, ref, digest, size);
    for await (const chunk of stream) {
        total += chunk.length;
        if (total > maxBytes) {
            stream.destroy();
            throw (0,limits/* tooLarge */.g$)('REGISTRY_ERROR', what, maxBytes);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
async function hasBlob(transport, ref, digest) {
    const response = await transport.send({
        method: 'HEAD',
        registry: ref.registry,
        path: `/v2/${ref.repository}/blobs/${digest}`,
        scopes: pull(ref)
    });
    if (response.status === 404)
        return false;
    if (response.ok)
        return true;
    return failure(response, ref, `blob ${digest}`);
}

;// CONCATENATED MODULE: ./src/oci/registry/blob-upload.ts






const UPLOAD_RESTARTS = 3;
/**
 * Uploads a blob unless the repository already has it; mounts it from `mountFrom`
 * when given. Restarts the upload session when one fails midway.
 */
async function putBlob(transport, ref, data, digest, options = {}) {
    const actual = Buffer.isBuffer(data)
        ? digest
            ? (0,oci_digest/* digestOf */.ol)(data, digest)
            : (0,oci_digest/* sha256Digest */.sI)(data)
        : data.digest;
    if (digest && actual !== digest)
        throw (0,oci_digest/* mismatch */.J4)(`blob for ${ref.name}`, digest, actual);
    for (let attempt = 0;; attempt++) {
        if (await hasBlob(transport, ref, actual))
            return actual;
        try {
            await upload(transport, ref, data, actual, options);
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
async function upload(transport, ref, data, digest, options) {
    const scopes = options.mountFrom
        ? [...push(ref), `repository:${options.mountFrom}:pull`]
        : push(ref);
    const query = options.mountFrom
        ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(options.mountFrom)}`
        : '';
    const started = await transport.send({
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
        await uploadFailed(started, ref, digest);
    started.discard();
    let location = uploadLocation(transport, ref, started);
    const chunkSize = options.chunkSize;
    if (chunkSize && data.length > chunkSize && Buffer.isBuffer(data)) {
        for (let offset = 0; offset < data.length; offset += chunkSize) {
            const chunk = data.subarray(offset, Math.min(offset + chunkSize, data.length));
            const patched = await transport.send({
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
                await uploadFailed(patched, ref, digest);
            patched.discard();
            location = uploadLocation(transport, ref, patched);
        }
        return finishUpload(transport, ref, location, digest, scopes, Buffer.alloc(0));
    }
    return finishUpload(transport, ref, location, digest, scopes, data);
}
async function finishUpload(transport, ref, location, digest, scopes, body) {
    const url = new URL(location);
    url.searchParams.set('digest', digest);
    const response = await transport.send({
        method: 'PUT',
        registry: ref.registry,
        path: url.toString(),
        scopes,
        headers: { 'content-type': 'application/octet-stream' },
        body
    });
    if (response.status !== 201)
        await uploadFailed(response, ref, digest);
    response.discard();
}
function uploadLocation(transport, ref, response) {
    const location = response.headers.get('location');
    if (!location)
        throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.registry} started an upload without a Location header`);
    return new URL(location, transport.baseUrl(ref.registry)).toString();
}
async function uploadFailed(response, ref, digest) {
    const detail = await (0,oci_transport/* errorDetail */.m2)(response);
    throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `upload of blob ${digest} to ${ref.name} failed: ${response.status}${detail.text ? ` (${detail.text})` : ''}`);
}

;// CONCATENATED MODULE: ./src/oci/registry/manifests.ts









/** GET a manifest by tag or digest, within the size cap; null when absent (404). */
async function fetchManifest(transport, ref, tagOrDigest, accept = MANIFEST_ACCEPT) {
    assertVersion(tagOrDigest);
    const response = await transport.send({
        method: 'GET',
        registry: ref.registry,
        path: `/v2/${ref.repository}/manifests/${tagOrDigest}`,
        scopes: pull(ref),
        headers: { accept }
    });
    const target = (0,oci_reference/* withVersion */.$2)(ref, tagOrDigest);
    if (response.status === 404) {
        response.discard();
        return null;
    }
    if (!response.ok)
        await failure(response, target, `image ${target}`);
    const bytes = await readLimited(response, limits/* MAX_MANIFEST_BYTES */.ZJ, `manifest ${target}`);
    const contentType = response.headers.get('content-type') ?? undefined;
    const document = parseManifest(bytes, `${target} (${(0,oci_url/* describeUrl */.N)(response.url)})`, contentType);
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
/**
 * GET the index at `tag` (the fallback index, the pending record); null when the tag is
 * absent, `index` undefined when it holds an image manifest instead.
 */
async function fetchIndex(transport, ref, tag) {
    const got = await fetchManifest(transport, ref, tag, INDEX_TYPES.join(', '));
    if (!got)
        return null;
    const document = parseManifest(got.bytes, `${ref.name}:${tag}`);
    return { ...got, index: document.kind === 'index' ? document.index : undefined };
}
/** HEAD; null when absent (404), throws on other errors. */
async function headManifest(transport, ref, tagOrDigest) {
    assertVersion(tagOrDigest);
    const target = (0,oci_reference/* withVersion */.$2)(ref, tagOrDigest);
    const response = await transport.send({
        method: 'HEAD',
        registry: ref.registry,
        path: `/v2/${ref.repository}/manifests/${tagOrDigest}`,
        scopes: pull(ref),
        headers: { accept: MANIFEST_ACCEPT }
    });
    if (response.status === 404)
        return null;
    if (!response.ok)
        await failure(response, target, `image ${target}`);
    const digest = response.headers.get('docker-content-digest');
    const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim();
    const size = Number(response.headers.get('content-length') ?? NaN);
    if (!digest || !mediaType || !Number.isFinite(size)) {
        // Some registries leave digest headers off HEAD answers; GET tells the truth.
        const got = await fetchManifest(transport, ref, tagOrDigest);
        if (!got)
            return null;
        return { digest: got.digest, mediaType: got.mediaType, size: got.bytes.length };
    }
    if ((0,oci_digest/* isDigest */.Bc)(tagOrDigest) && digest !== tagOrDigest)
        throw (0,oci_digest/* mismatch */.J4)(`manifest ${target}`, tagOrDigest, digest);
    return { digest, mediaType, size };
}
/** PUT a manifest; a 412 (a failed If-Match / If-None-Match) is returned, not thrown. */
async function putManifest(transport, ref, tagOrDigest, bytes, mediaType, headers = {}) {
    assertVersion(tagOrDigest);
    const digest = (0,oci_digest/* sha256Digest */.sI)(bytes);
    if ((0,oci_digest/* isDigest */.Bc)(tagOrDigest))
        (0,oci_digest/* verifyDigest */.Ub)(bytes, tagOrDigest, `manifest for ${ref.name}`);
    const response = await transport.send({
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
        const detail = await (0,oci_transport/* errorDetail */.m2)(response);
        throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.registry} rejected manifest ${(0,oci_reference/* withVersion */.$2)(ref, tagOrDigest)} (${response.status}${detail.text ? `: ${detail.text}` : ''})`, {
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

// EXTERNAL MODULE: ./src/network/deadline.ts + 1 modules
var deadline = __webpack_require__(2850);
;// CONCATENATED MODULE: ./src/oci/registry/pending.ts
// The pending record: referrers a run pushed but could not list, for a re-run to find.






/**
 * A referrer manifest is pushed before the `sha256-<hex>` fallback index names it (a registry
 * refuses an index whose children it lacks). When the index update then fails for good,
 * nothing lists the manifest, and no registry API finds an untagged manifest without its
 * digest. So the failing run writes this record: an OCI index at `sha256-<hex>.pending`,
 * beside the fallback tag, listing those referrers as the fallback index would. A re-run
 * reads it, checks each entry like any referrer it finds, and lists the valid ones instead
 * of signing again. No other tool reads it, and verify mode does not either: an entry here
 * is never "attached".
 */
const PENDING_ANNOTATION = 'dev.sbom-sign.pending-referrers-of';
/** Entries a record keeps (the newest) and a reader looks at: room for many failed runs. */
const MAX_PENDING = 64;
/** Writing the record is best-effort after a failure: it gets this long, retries included. */
const RECORD_MS = 15_000;
/**
 * What it gets when the run's own deadline has passed or the job is being cancelled: less
 * than the run's wind-up time, and than the runner's 7.5 s between SIGINT and SIGTERM.
 */
const LATE_RECORD_MS = 4000;
/**
 * What to do when a pushed referrer could not be listed nor recorded. A re-run cannot find
 * such a referrer (nothing lists it, and its digest is not predictable), so it signs again.
 */
const RELIST_HINT = 'Re-run the job: it signs again and lists the new referrer; the unlisted one is referenced by nothing and goes at the next registry garbage collection';
function pendingTag(subjectDigest) {
    return `${referrersTag(subjectDigest)}.pending`;
}
/**
 * The record for subjectDigest, empty when there is none. One that is not an index is
 * ignored with a warning: the record only ever saves work, so it never blocks a run.
 */
async function readPending(transport, ref, subjectDigest) {
    const tag = pendingTag(subjectDigest);
    const got = await fetchIndex(transport, ref, tag);
    if (!got)
        return { manifests: [] };
    if (!got.index) {
        log/* log */.Rm.warning(`${ref.name}:${tag} is not an index of pending referrers; ignored`);
        return { manifests: [] };
    }
    const manifests = got.index.manifests ?? [];
    if (manifests.length > MAX_PENDING)
        log/* log */.Rm.warning(`${ref.name}:${tag} lists ${manifests.length} pending referrers; only the first ${MAX_PENDING} are looked at`);
    return { manifests: manifests.slice(0, MAX_PENDING), digest: got.digest };
}
/**
 * Adds `descriptor` to the record (read-merge-write, newest kept), within RECORD_MS; after the
 * run's deadline passed, within LATE_RECORD_MS of its own.
 */
async function recordPending(transport, ref, subjectDigest, descriptor, late = (0,deadline/* timeLeft */.f$)() === 0) {
    const tag = pendingTag(subjectDigest);
    const record = () => (0,deadline/* withDeadline */.NE)(late ? LATE_RECORD_MS : RECORD_MS, { what: `recording ${descriptor.digest} in ${ref.name}:${tag}`, input: 'timeout' }, async () => {
        const current = await readPending(transport, ref, subjectDigest);
        const others = current.manifests.filter(d => d.digest !== descriptor.digest);
        const manifests = [...others, descriptor].slice(-MAX_PENDING);
        await writeRecord(transport, ref, subjectDigest, manifests);
    });
    await (late ? (0,deadline/* outsideDeadlines */.Ji)(record) : record());
}
/**
 * What a cancelled job gets: the runner sends SIGINT, then SIGTERM 7.5 s later, then kills
 * the process tree 2.5 s after that; some runners have sent SIGHUP instead.
 */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/**
 * Runs `fn`, the pushing and listing of a referrer. A stop signal meanwhile first records the
 * referrer, within LATE_RECORD_MS, then ends the process as the signal would have.
 */
async function recordIfInterrupted(transport, ref, subjectDigest, descriptor, fn) {
    let recording = false;
    const release = () => STOP_SIGNALS.forEach(signal => process.off(signal, interrupted));
    function interrupted(signal) {
        if (recording)
            return;
        recording = true;
        log/* log */.Rm.warning(`${signal}: recording ${descriptor.digest}, pushed but not listed yet, in ${ref.name}:${pendingTag(subjectDigest)} before stopping`);
        void recordPending(transport, ref, subjectDigest, descriptor, true)
            .catch(error => log/* log */.Rm.warning(`could not record ${descriptor.digest}: ${(0,errors/* describeError */.Uc)(error)}`))
            .finally(() => {
            release();
            process.kill(process.pid, signal);
        });
    }
    STOP_SIGNALS.forEach(signal => process.on(signal, interrupted));
    try {
        return await fn();
    }
    finally {
        if (!recording)
            release();
    }
}
/**
 * The error for a referrer pushed but not listed (`failure` says why), after recording it for
 * a re-run; the message says whether that worked.
 */
async function recordUnlisted(transport, ref, subjectDigest, descriptor, failure) {
    const what = `${failure instanceof Error ? failure.message : String(failure)}. Referrer ${descriptor.digest} is pushed but not listed`;
    const code = failure instanceof errors/* ActionError */.lZ ? failure.code : 'REGISTRY_ERROR';
    try {
        await recordPending(transport, ref, subjectDigest, descriptor);
    }
    catch (error) {
        return new errors/* ActionError */.lZ(code, `${what}, and recording it for a re-run failed too (${(0,errors/* describeError */.Uc)(error)})`, { hint: RELIST_HINT, cause: failure });
    }
    // No hint: the message says what a re-run does, and the attach step adds "Re-run the job".
    return new errors/* ActionError */.lZ(code, `${what}; it is recorded in ${ref.name}:${pendingTag(subjectDigest)}, where a re-run finds it, checks it like any referrer and lists it instead of signing again`, { cause: failure });
}
/**
 * Removes the record read as `record` once its referrers are listed (or judged not worth
 * listing). DELETE by digest removes exactly the revision that was read: a record a
 * concurrent run wrote since then is another revision and stays. A registry that does not
 * allow DELETE (or these credentials) gets the record overwritten with no entries instead,
 * unless it changed since it was read: the tag stays, listing nothing. Returns what was done.
 */
async function clearPending(transport, ref, subjectDigest, record) {
    if (!record.digest)
        return 'deleted';
    // A manifest deleted by digest takes every tag on it along: never the fallback index's.
    const fallback = await headManifest(transport, ref, referrersTag(subjectDigest));
    if (fallback?.digest !== record.digest) {
        const response = await transport.send({
            method: 'DELETE',
            registry: ref.registry,
            path: `/v2/${ref.repository}/manifests/${record.digest}`,
            scopes: [`repository:${ref.repository}:pull,push,delete`]
        });
        response.discard();
        if (response.ok || response.status === 404)
            return 'deleted';
        log/* log */.Rm.debug(`${ref.registry} answered ${response.status} to deleting ${ref.name}:${pendingTag(subjectDigest)}; emptying it instead`);
    }
    // Only the revision that was read: a record another run wrote since then is left to it.
    const now = await headManifest(transport, ref, pendingTag(subjectDigest));
    if (now?.digest !== record.digest)
        return 'left';
    await writeRecord(transport, ref, subjectDigest, []);
    return 'emptied';
}
async function writeRecord(transport, ref, subjectDigest, manifests) {
    // The annotation makes the record's digest its own: no other tag shares it.
    const index = {
        schemaVersion: 2,
        mediaType: MediaType.OCI_INDEX,
        manifests,
        annotations: { [PENDING_ANNOTATION]: subjectDigest }
    };
    await putManifest(transport, ref, pendingTag(subjectDigest), Buffer.from(JSON.stringify(index)), MediaType.OCI_INDEX);
}

;// CONCATENATED MODULE: ./src/oci/registry/referrers-api.ts







/**
 * Descriptors from the referrers API, following Link pagination within page and entry
 * caps; null when the API is absent. What the registry showed of the API goes to `served`.
 */
async function listFromApi(transport, served, ref, subjectDigest, artifactType) {
    (0,oci_digest/* assertDigest */.V7)(subjectDigest, 'referrers subject');
    const found = [];
    const filter = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
    let path = `/v2/${ref.repository}/referrers/${subjectDigest}${filter}`;
    for (let page = 1; path; page++) {
        if (page > limits/* MAX_REFERRER_PAGES */.Qy)
            throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.registry} lists the referrers of ${subjectDigest} on more than ${limits/* MAX_REFERRER_PAGES */.Qy} pages; stopped there`, {
                hint: 'No image has that many signatures and attestations; the registry is broken or hostile'
            });
        const response = await transport.send({
            method: 'GET',
            registry: ref.registry,
            path,
            scopes: pull(ref),
            headers: { accept: MediaType.OCI_INDEX }
        });
        const contentType = response.headers.get('content-type')?.split(';')[0]?.trim();
        if ([400, 404, 405, 406].includes(response.status) ||
            (response.ok && contentType !== MediaType.OCI_INDEX)) {
            // A JSON 404 is about the subject (MANIFEST_UNKNOWN), not a missing route: the
            // tag fallback answers this call without ruling the API out for the next.
            const aboutSubject = response.status === 404 && (contentType ?? '').includes('json');
            response.discard();
            // A later page that fails would silently drop referrers (signatures among them).
            if (page > 1)
                throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${(0,oci_url/* describeUrl */.N)(response.url)} answered ${response.status}${contentType ? ` (${contentType})` : ''} for page ${page} of the referrers of ${subjectDigest}, not an OCI index`, {
                    hint: 'The registry broke off its referrers list midway; retry, or report it to its operator'
                });
            if (!aboutSubject)
                served.set(ref.registry, false);
            return null;
        }
        if (!response.ok)
            await failure(response, ref, `referrers of ${subjectDigest}`);
        served.set(ref.registry, true);
        const bytes = await readLimited(response, limits/* MAX_MANIFEST_BYTES */.ZJ, `referrers of ${subjectDigest}`);
        const document = parseManifest(bytes, `referrers of ${subjectDigest} (${(0,oci_url/* describeUrl */.N)(response.url)})`, contentType);
        if (document.kind !== 'index')
            throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${(0,oci_url/* describeUrl */.N)(response.url)} answered a manifest, not a referrers index`);
        found.push(...(document.index.manifests ?? []));
        if (found.length > limits/* MAX_REFERRERS */.OB)
            throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.registry} lists more than ${limits/* MAX_REFERRERS */.OB} referrers of ${subjectDigest}; stopped at page ${page}`, {
                hint: 'No image has that many signatures and attestations; the registry is broken or hostile'
            });
        const link = response.headers.get('link');
        const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
        // RFC 5988: a relative target resolves against the URL that answered, not the host
        // root. One on another origin is followed without this registry's credentials.
        path = next ? new URL(next, response.url).toString() : undefined;
    }
    return found;
}

;// CONCATENATED MODULE: ./src/oci/registry/referrers-tag.ts




/** The subject's fallback index (empty when the tag is absent), within the referrer cap. */
async function readReferrersTag(transport, ref, subjectDigest) {
    const tag = referrersTag(subjectDigest);
    const got = await fetchIndex(transport, ref, tag);
    if (!got)
        return { manifests: [], exists: false };
    if (!got.index)
        throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.name}:${tag} should be a referrers index but is an image manifest`, { hint: 'Something else uses the referrers fallback tag; remove or rename it' });
    const manifests = got.index.manifests ?? [];
    if (manifests.length > limits/* MAX_REFERRERS */.OB)
        throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.name}:${tag} lists ${manifests.length} referrers, more than ${limits/* MAX_REFERRERS */.OB}`, {
            hint: 'No image has that many signatures and attestations; the registry is broken or hostile'
        });
    return { manifests, index: got.index, etag: got.etag, exists: true };
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/oci/registry/referrers-tag-update.ts







/** Rounds of read-merge-write-read-back on the fallback index before giving up. */
const REFERRERS_TAG_UPDATES = 10;
/**
 * How long our entry must stay listed before the update counts as done: longer than another
 * writer's read-to-write span, retries of a 5xx included, so a writer that read the index
 * before our PUT has landed its PUT by the final read-back.
 */
const REFERRERS_TAG_SETTLE_MS = 1500;
/**
 * Read-merge-write of the `sha256-<hex>` fallback index, then a read-back until our entry is
 * listed. `If-Match` alone is not enough: Distribution 2.8 ignores it, so two writers that
 * read the same index both get 201 and the later PUT drops the other's entry. The read-back
 * waits about one read-write cycle (with jitter) so a concurrent writer that read before our
 * PUT has landed its own; a missing entry is merged in again. A listed entry must still be
 * listed after a settle delay longer than any writer's read-to-write span before it counts
 * (with `settle`; a run does that once, for all it pushed, in ensureReferrersListed).
 */
async function addToReferrersTag(transport, ref, subjectDigest, descriptor, settle) {
    const tag = referrersTag(subjectDigest);
    let current = await readReferrersTag(transport, ref, subjectDigest);
    const listed = () => current.manifests.some(d => d.digest === descriptor.digest);
    for (let attempt = 0; attempt < REFERRERS_TAG_UPDATES; attempt++) {
        const started = Date.now();
        if (!listed()) {
            const put = await putIndex(transport, ref, tag, current, descriptor);
            if (put.status === 412) {
                log/* log */.Rm.debug(`${ref.name}:${tag} changed while it was updated; reading it again`);
                await (0,external_node_timers_promises_.setTimeout)(Math.random() * 50 * (attempt + 1));
                current = await readReferrersTag(transport, ref, subjectDigest);
                continue;
            }
        }
        const cycle = Math.max(20, Date.now() - started);
        await (0,external_node_timers_promises_.setTimeout)(cycle + Math.random() * cycle);
        current = await readReferrersTag(transport, ref, subjectDigest);
        if (listed() && !settle)
            return;
        if (listed()) {
            // Listed now; a writer that read before our PUT may still replace the index. Wait
            // out its read-to-write span (with jitter, so writers do not settle in step) and
            // look once more: only an entry that survives that is done.
            const settle = Math.max(REFERRERS_TAG_SETTLE_MS, 4 * cycle);
            await (0,external_node_timers_promises_.setTimeout)(settle + Math.random() * settle);
            current = await readReferrersTag(transport, ref, subjectDigest);
            if (listed())
                return;
        }
        log/* log */.Rm.debug(`${ref.name}:${tag} lost ${descriptor.digest} to a concurrent writer (the registry ignores If-Match); adding it again`);
    }
    throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `could not list ${descriptor.digest} in ${ref.name}:${tag}: concurrent writers kept replacing it`);
}
/** PUTs `current` plus `descriptor` (deduplicated by digest), conditional on what was read. */
async function putIndex(transport, ref, tag, current, descriptor) {
    const seen = new Set();
    const manifests = [...current.manifests, descriptor].filter(d => !seen.has(d.digest) && seen.add(d.digest));
    const index = { schemaVersion: 2, mediaType: MediaType.OCI_INDEX, manifests };
    if (current.index?.annotations)
        index.annotations = current.index.annotations;
    const headers = {};
    if (current.etag)
        headers['if-match'] = current.etag;
    else if (!current.exists)
        headers['if-none-match'] = '*';
    return putManifest(transport, ref, tag, Buffer.from(JSON.stringify(index)), MediaType.OCI_INDEX, headers);
}

;// CONCATENATED MODULE: ./src/oci/registry/referrers.ts








/** The fallback-index entry for a referrer manifest: its artifact type and annotations. */
function referrerDescriptor(manifest, bytes) {
    return {
        mediaType: manifest.mediaType ?? MediaType.OCI_MANIFEST,
        digest: (0,oci_digest/* sha256Digest */.sI)(bytes),
        size: bytes.length,
        artifactType: manifest.artifactType ?? manifest.config.mediaType,
        ...(manifest.annotations ? { annotations: manifest.annotations } : {})
    };
}
/**
 * OCI 1.1 referrers through the registry's API or, where it has none, the fallback tag.
 * Remembers per registry whether the API is there.
 */
class Referrers {
    transport;
    api = new Map();
    constructor(transport) {
        this.transport = transport;
    }
    /**
     * Referrers of subjectDigest: the referrers API, else the `sha256-<hex>` fallback
     * index. A failing registry is an error, never an empty answer.
     */
    async list(ref, subjectDigest, artifactType) {
        const fromApi = this.api.get(ref.registry) === false
            ? null
            : await listFromApi(this.transport, this.api, ref, subjectDigest, artifactType);
        const all = fromApi ?? (await readReferrersTag(this.transport, ref, subjectDigest)).manifests;
        return artifactType ? all.filter(d => d.artifactType === artifactType) : all;
    }
    /** Whether the registry of `ref` was seen to serve the referrers API (no fallback tag). */
    hasApi(ref) {
        return this.api.get(ref.registry) === true;
    }
    /**
     * Pushes a manifest with a `subject` by digest; when the registry does not index
     * referrers itself, adds it to the subject's `sha256-<hex>` fallback index.
     */
    async push(ref, manifest, settle = false) {
        const subject = manifest.subject;
        if (!subject)
            throw new errors/* ActionError */.lZ('INPUT_INVALID', 'a referrer manifest needs a subject descriptor');
        const bytes = Buffer.from(JSON.stringify(manifest));
        const descriptor = referrerDescriptor(manifest, bytes);
        // From the PUT on, a cancelled job records the referrer (were it pushed) before it stops.
        await recordIfInterrupted(this.transport, ref, subject.digest, descriptor, async () => {
            const pushed = await putManifest(this.transport, ref, descriptor.digest, bytes, descriptor.mediaType);
            if (pushed.subject)
                this.api.set(ref.registry, true);
            else
                await this.listOrRecord(ref, subject.digest, descriptor, settle);
        });
        return descriptor.digest;
    }
    /**
     * Makes a referrer manifest already in the registry discoverable: nothing to do where the
     * registry serves the referrers API, else its entry in the fallback index. When that
     * update fails for good, or the job is cancelled meanwhile, the referrer is recorded in the
     * pending record (pending.ts) for a re-run, and the error says whether that worked.
     */
    listPushed(ref, subjectDigest, descriptor, settle = false) {
        return recordIfInterrupted(this.transport, ref, subjectDigest, descriptor, () => this.listOrRecord(ref, subjectDigest, descriptor, settle));
    }
    async listOrRecord(ref, subjectDigest, descriptor, settle) {
        try {
            if (this.api.get(ref.registry) !== false) {
                const fromApi = await listFromApi(this.transport, this.api, ref, subjectDigest);
                if (fromApi !== null)
                    return;
            }
            await addToReferrersTag(this.transport, ref, subjectDigest, descriptor, settle);
        }
        catch (error) {
            throw await recordUnlisted(this.transport, ref, subjectDigest, descriptor, error);
        }
    }
}

;// CONCATENATED MODULE: ./src/oci/registry/index.ts















/**
 * A client for the OCI distribution API of any number of registries. Each step lives in
 * its own module: manifests, blob reads, blob uploads, referrers (the API, the fallback tag
 * and its update, the pending record); the transport does HTTP, authentication and retries.
 */
class RegistryClient {
    transport;
    referrersOf;
    constructor(options = {}) {
        this.transport = new oci_transport/* Transport */.oK(new CredentialStore(options), {
            insecureRegistries: options.insecureRegistries,
            retry: options.retry,
            retryBudget: options.retryBudget,
            maxConcurrency: options.maxConcurrency
        });
        this.referrersOf = new Referrers(this.transport);
    }
    /** GET manifest by tag or digest; verifies the digest when fetching by digest. */
    async getManifest(ref, tagOrDigest = ref.digest ?? ref.tag ?? 'latest') {
        const result = await fetchManifest(this.transport, ref, tagOrDigest);
        if (!result)
            throw imageNotFound(ref, tagOrDigest);
        return result;
    }
    /** HEAD; null when absent (404), throws on other errors. */
    headManifest(ref, tagOrDigest) {
        return headManifest(this.transport, ref, tagOrDigest);
    }
    async putManifest(ref, tagOrDigest, bytes, mediaType) {
        return (await putManifest(this.transport, ref, tagOrDigest, bytes, mediaType)).digest;
    }
    /** The blob as a stream, digest-verified as it passes; resumes broken connections. */
    blobStream(ref, digest, size) {
        return blobStream(this.transport, ref, digest, size);
    }
    /**
     * The whole blob in memory, digest-verified; refused past `maxBytes` (by default the
     * cap for signatures and bundles).
     */
    getBlob(ref, digest, maxBytes = limits/* MAX_BUNDLE_BYTES */.Me) {
        return getBlob(this.transport, ref, digest, maxBytes);
    }
    hasBlob(ref, digest) {
        return hasBlob(this.transport, ref, digest);
    }
    /** Uploads a blob unless the repository has it (or mounts it from another repository). */
    putBlob(ref, data, digest, options = {}) {
        return putBlob(this.transport, ref, data, digest, options);
    }
    /** OCI 1.1 referrers of subjectDigest (API or fallback tag), within page and entry caps. */
    referrers(ref, subjectDigest, artifactType) {
        return this.referrersOf.list(ref, subjectDigest, artifactType);
    }
    /** Whether the registry of `ref` serves the referrers API, as far as this client has seen. */
    hasReferrersApi(ref) {
        return this.referrersOf.hasApi(ref);
    }
    /**
     * Pushes a referrer manifest, listing it in the fallback index where the registry needs that;
     * with `settle`, only once it stayed listed past any concurrent writer's update.
     */
    pushReferrer(ref, manifest, settle = false) {
        return this.referrersOf.push(ref, manifest, settle);
    }
    /**
     * Lists a referrer manifest already in the registry where cosign and gh look (see
     * pushReferrer); used for a referrer a concurrent writer dropped, or one an earlier run
     * pushed but could not list.
     */
    listReferrer(ref, subjectDigest, descriptor, settle = false) {
        return this.referrersOf.listPushed(ref, subjectDigest, descriptor, settle);
    }
    /**
     * Referrers of subjectDigest an earlier run pushed but could not list (pending.ts): leads
     * to check, never referrers. Empty where the registry serves the referrers API (call
     * `referrers` first: it finds out).
     */
    async pendingReferrers(ref, subjectDigest) {
        if (this.referrersOf.hasApi(ref))
            return { manifests: [] };
        return readPending(this.transport, ref, subjectDigest);
    }
    /** Removes the pending record read as `record`; says whether it was deleted or emptied. */
    clearPendingReferrers(ref, subjectDigest, record) {
        return clearPending(this.transport, ref, subjectDigest, record);
    }
    /** Resolves a reference to an image or index, following a tag to its digest. */
    async resolve(ref) {
        const version = ref.digest ?? ref.tag ?? 'latest';
        const got = await this.getManifest(ref, version);
        const source = {
            manifest: async (descriptor) => (await this.getManifest(ref, descriptor.digest)).bytes,
            blob: descriptor => this.blobStream(ref, descriptor.digest, descriptor.size),
            blobBytes: (descriptor, maxBytes) => getBlob(this.transport, ref, descriptor.digest, maxBytes, descriptor.size)
        };
        return loadTarget(source, ref.name, got.digest, got.bytes, `${(0,oci_reference/* withVersion */.$2)(ref, version)}`, got.mediaType);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/archive/tar-header.ts
var tar_header = __webpack_require__(48459);
;// CONCATENATED MODULE: ./src/oci/tar.ts







/**
 * An index of the regular files in a tar archive, so members can be streamed by
 * byte range without unpacking the archive. Symbolic and hard links to members resolve.
 */
class TarIndex {
    path;
    entries;
    constructor(path, entries) {
        this.path = path;
        this.entries = entries;
    }
    static async open(path) {
        let handle;
        try {
            handle = await (0,promises_.open)(path, 'r');
        }
        catch (error) {
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `cannot open archive ${path}: ${error.message}`);
        }
        try {
            return new TarIndex(path, await scan(handle, path));
        }
        finally {
            await handle.close();
        }
    }
    has(name) {
        return this.entries.has((0,tar_header/* normalisePath */.qb)(name));
    }
    names() {
        return [...this.entries.keys()];
    }
    size(name) {
        return this.entries.get((0,tar_header/* normalisePath */.qb)(name))?.size;
    }
    stream(name) {
        const entry = this.entries.get((0,tar_header/* normalisePath */.qb)(name));
        if (!entry)
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${this.path} has no member ${name}`);
        if (entry.size === 0)
            return external_node_stream_.Readable.from([]);
        return (0,external_node_fs_.createReadStream)(this.path, {
            start: entry.offset,
            end: entry.offset + entry.size - 1,
            highWaterMark: decompress/* FILE_READ_SIZE */.Ki
        });
    }
    /** The first `length` bytes of a member (fewer if it is shorter). */
    async head(name, length) {
        const entry = this.entries.get((0,tar_header/* normalisePath */.qb)(name));
        if (!entry)
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${this.path} has no member ${name}`);
        const handle = await (0,promises_.open)(this.path, 'r');
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
const REWRITE = 'The archive is truncated or malformed; write it again (skopeo copy, docker save)';
async function scan(handle, path) {
    try {
        return await scanHeaders(handle, path);
    }
    catch (error) {
        if (!(error instanceof tar_header/* TarFormatError */.ZV))
            throw error;
        throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${path}: ${error.message}`, { hint: REWRITE });
    }
}
async function scanHeaders(handle, path) {
    const entries = new Map();
    const links = [];
    const { size: fileSize } = await handle.stat();
    const header = Buffer.alloc(tar_header/* BLOCK */.IE);
    let offset = 0;
    let longName;
    let pax = {};
    const readData = async (at, size) => {
        const data = Buffer.alloc(size);
        await handle.read(data, 0, size, at);
        return data;
    };
    while (offset + tar_header/* BLOCK */.IE <= fileSize) {
        const { bytesRead } = await handle.read(header, 0, tar_header/* BLOCK */.IE, offset);
        if (bytesRead < tar_header/* BLOCK */.IE || (0,tar_header/* isZeroBlock */.ei)(header))
            break;
        if (!(0,tar_header/* checksumMatches */.XK)(header))
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${path} is not a tar archive (bad header at byte ${offset})`);
        const type = String.fromCharCode(header[156] ?? 0);
        const size = pax.size !== undefined ? Number(pax.size) : (0,tar_header/* parseNumber */.$J)(header, 124, 12);
        const where = `${path}: the tar header at byte ${offset}`;
        if (!Number.isSafeInteger(size) || size < 0)
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${where} has an invalid size`, { hint: REWRITE });
        if (offset + tar_header/* BLOCK */.IE + size > fileSize)
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${where} claims ${size} bytes, past the end of the archive (${fileSize} bytes)`, { hint: REWRITE });
        if ((0,tar_header/* isMetaRecord */.ls)(type) && size > tar_header/* MAX_META_SIZE */.lS)
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${where} claims a ${size}-byte extended header (limit ${tar_header/* MAX_META_SIZE */.lS})`, { hint: REWRITE });
        const name = (0,tar_header/* normalisePath */.qb)(pax.path ?? longName ?? (0,tar_header/* headerName */.Bv)(header));
        const linkName = pax.linkpath ?? (0,tar_header/* cString */.ry)(header, 157, 100);
        const dataOffset = offset + tar_header/* BLOCK */.IE;
        offset = dataOffset + Math.ceil(size / tar_header/* BLOCK */.IE) * tar_header/* BLOCK */.IE;
        if (type === 'L') {
            const data = await readData(dataOffset, size);
            longName = (0,tar_header/* cString */.ry)(data, 0, data.length);
            continue;
        }
        if (type === 'x') {
            pax = (0,tar_header/* parsePax */.dA)(await readData(dataOffset, size));
            continue;
        }
        if (type === 'g')
            continue;
        longName = undefined;
        pax = {};
        const kind = (0,tar_header/* entryType */.d9)(type);
        if (kind === 'file')
            entries.set(name, { offset: dataOffset, size });
        else if (kind === 'hardlink')
            links.push({ name, target: (0,tar_header/* normalisePath */.qb)(linkName) });
        else if (kind === 'symlink')
            links.push({
                name,
                target: (0,tar_header/* normalisePath */.qb)(linkName.startsWith('/') ? linkName : external_node_path_.posix.join(external_node_path_.posix.dirname(name), linkName))
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
/** A member read whole, refused unread past `maxBytes`. */
function readCapped(tar, name, path, maxBytes) {
    const size = tar.size(name) ?? 0;
    if (size > maxBytes)
        throw (0,limits/* tooLarge */.g$)('SOURCE_INVALID', `${name} in ${path}`, maxBytes, size);
    return tar.read(name);
}
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
        const hash = (0,external_node_crypto_.createHash)('sha256');
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
            throw new errors/* ActionError */.lZ('IMAGE_NOT_FOUND', `image ${selector} not found in ${path}`, {
                hint: `The archive holds ${images.length} image(s), @0 to @${images.length - 1}`
            });
        return image;
    }
    if (selector) {
        const wanted = (0,oci_reference/* parseReference */.F2)(selector).toString();
        const image = images.find(i => (i.RepoTags ?? []).some(t => (0,oci_reference/* parseReference */.F2)(t).toString() === wanted));
        if (!image)
            throw new errors/* ActionError */.lZ('IMAGE_NOT_FOUND', `image ${selector} not found in ${path}`, {
                hint: `Tags in the archive: ${images.flatMap(i => i.RepoTags ?? []).join(', ') || 'none'}`
            });
        return image;
    }
    if (images.length !== 1)
        throw new errors/* ActionError */.lZ('INPUT_INVALID', `${path} holds ${images.length} images; choose one`, {
            hint: `Use docker-archive:${path}:REPO:TAG or docker-archive:${path}@N`
        });
    return images[0];
}
/** Opens a `docker save` archive (legacy layout or the OCI-based one of Docker 25+). */
async function openDockerArchive(path, selector) {
    const tar = await TarIndex.open(path);
    if (!tar.has('manifest.json'))
        throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${path} is not a docker save archive (no manifest.json)`, {
            hint: 'Write it with `docker save IMAGE -o FILE` or `skopeo copy \u2026 docker-archive:FILE`'
        });
    const manifestJson = await readCapped(tar, 'manifest.json', path, limits/* MAX_MANIFEST_BYTES */.ZJ);
    let images;
    try {
        images = JSON.parse(manifestJson.toString('utf8'));
    }
    catch {
        throw new errors/* ActionError */.lZ('SOURCE_INVALID', `manifest.json in ${path} is not JSON`);
    }
    if (!Array.isArray(images) || images.length === 0)
        throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${path} holds no images`);
    const saved = choose(images, path, selector);
    const configBytes = await readCapped(tar, saved.Config, path, limits/* MAX_CONFIG_BYTES */.GW);
    const config = JSON.parse(configBytes.toString('utf8'));
    const diffIds = config.rootfs?.diff_ids ?? [];
    const layers = await Promise.all(saved.Layers.map((layer, i) => layerDescriptor(tar, layer, diffIds[i])));
    const manifest = {
        schemaVersion: 2,
        mediaType: MediaType.DOCKER_MANIFEST,
        config: {
            mediaType: MediaType.DOCKER_CONFIG,
            digest: (0,oci_digest/* sha256Digest */.sI)(configBytes),
            size: configBytes.length
        },
        layers
    };
    const members = new Map([[manifest.config.digest, saved.Config]]);
    layers.forEach((layer, i) => members.set(layer.digest, saved.Layers[i]));
    const member = (descriptor) => {
        const found = members.get(descriptor.digest);
        if (!found)
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${path} has no blob ${descriptor.digest}`);
        return found;
    };
    const content = {
        manifest: () => Promise.reject(new errors/* ActionError */.lZ('SOURCE_INVALID', `${path} holds no manifests`)),
        blobBytes: async (descriptor, maxBytes) => {
            const data = await readCapped(tar, member(descriptor), path, maxBytes);
            (0,oci_digest/* verifyDigest */.Ub)(data, descriptor.digest, `${member(descriptor)} in ${path}`);
            return data;
        },
        blob: async (descriptor) => {
            const name = member(descriptor);
            return (0,external_node_stream_.pipeline)(tar.stream(name), new oci_digest/* DigestVerifier */.Do(descriptor.digest, `${name} in ${path}`, descriptor.size), () => { });
        }
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest));
    const digest = (0,oci_digest/* sha256Digest */.sI)(manifestBytes);
    const tag = saved.RepoTags?.[0];
    const name = tag ? (0,oci_reference/* parseReference */.F2)(tag).toString() : `docker-archive:${path}`;
    const image = await loadImage(content, name, digest, manifestBytes, manifest);
    return { kind: 'image', digest, image };
}

;// CONCATENATED MODULE: ./src/oci/layout.ts











function directoryTree(root) {
    return {
        location: root,
        has: path => (0,promises_.stat)((0,external_node_path_.join)(root, path)).then(s => s.isFile(), () => false),
        read: async (path, maxBytes) => {
            const { size } = await (0,promises_.stat)((0,external_node_path_.join)(root, path));
            if (size > maxBytes)
                throw (0,limits/* tooLarge */.g$)('SOURCE_INVALID', (0,external_node_path_.join)(root, path), maxBytes, size);
            return (0,promises_.readFile)((0,external_node_path_.join)(root, path));
        },
        stream: async (path) => (0,external_node_fs_.createReadStream)((0,external_node_path_.join)(root, path), { highWaterMark: decompress/* FILE_READ_SIZE */.Ki })
    };
}
async function archiveTree(path) {
    const tar = await TarIndex.open(path);
    return {
        location: path,
        has: async (name) => tar.has(name),
        read: (name, maxBytes) => {
            const size = tar.size(name) ?? 0;
            if (size > maxBytes)
                throw (0,limits/* tooLarge */.g$)('SOURCE_INVALID', `${name} in ${path}`, maxBytes, size);
            return tar.read(name);
        },
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
    const missing = (digest) => new errors/* ActionError */.lZ('SOURCE_INVALID', `${tree.location} lacks blob ${digest}`, {
        hint: 'The layout is incomplete; write it again (skopeo copy, umoci, docker buildx --output type=oci)'
    });
    const bytes = async (descriptor, maxBytes) => {
        if (!(0,oci_digest/* isDigest */.Bc)(descriptor.digest) || !(await tree.has(blobPath(descriptor.digest))))
            throw missing(descriptor.digest);
        const data = await tree.read(blobPath(descriptor.digest), maxBytes);
        (0,oci_digest/* verifyDigest */.Ub)(data, descriptor.digest, `blob ${descriptor.digest} in ${tree.location}`);
        return data;
    };
    return {
        manifest: descriptor => bytes(descriptor, limits/* MAX_MANIFEST_BYTES */.ZJ),
        blobBytes: bytes,
        blob: async (descriptor) => {
            if (!(0,oci_digest/* isDigest */.Bc)(descriptor.digest) || !(await tree.has(blobPath(descriptor.digest))))
                throw missing(descriptor.digest);
            const verifier = new oci_digest/* DigestVerifier */.Do(descriptor.digest, `blob ${descriptor.digest} in ${tree.location}`, descriptor.size);
            return (0,external_node_stream_.pipeline)(await tree.stream(blobPath(descriptor.digest)), verifier, () => { });
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
async function openLayout(tree, kind, selector) {
    if (!(await tree.has('index.json')))
        throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${tree.location} is not an OCI image layout (no index.json)`, {
            hint: `${kind}: expects a directory or archive written by skopeo, umoci or buildx (oci-layout + index.json + blobs/)`
        });
    const indexBytes = await tree.read('index.json', limits/* MAX_MANIFEST_BYTES */.ZJ);
    let index;
    try {
        index = JSON.parse(indexBytes.toString('utf8'));
    }
    catch {
        throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${tree.location}/index.json is not JSON`);
    }
    const entries = index.manifests ?? [];
    const content = layoutContent(tree);
    const nameOf = (descriptor) => descriptor.annotations?.[CONTAINERD_NAME] ?? `${kind}:${tree.location}`;
    const open = async (descriptor) => {
        const bytes = await content.manifest(descriptor);
        return loadTarget(content, nameOf(descriptor), descriptor.digest, bytes, `${tree.location}@${descriptor.digest}`, descriptor.mediaType);
    };
    if (selector && (0,oci_digest/* isDigest */.Bc)(selector)) {
        const listed = entries.find(d => d.digest === selector);
        return open(listed ?? { mediaType: MediaType.OCI_MANIFEST, digest: selector, size: 0 });
    }
    if (selector) {
        const tagged = entries.filter(d => tagOf(d) === selector);
        if (tagged.length === 0) {
            const tags = entries.map(tagOf).filter(Boolean);
            throw new errors/* ActionError */.lZ('IMAGE_NOT_FOUND', `image ${selector} not found in ${tree.location}`, {
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
        throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${tree.location} holds no images`);
    if (entries.length === 1)
        return open(entries[0]);
    const tags = [...new Set(entries.map(tagOf).filter(Boolean))];
    if (tags.length > 1 || entries.some(d => !d.platform))
        throw new errors/* ActionError */.lZ('INPUT_INVALID', `${tree.location} holds ${entries.length} images; choose one`, {
            hint: `Use ${kind}:${tree.location}:TAG or @DIGEST${tags.length ? ` (tags: ${tags.join(', ')})` : ''}`
        });
    return layoutIndex(content, tree, kind, index);
}
/** index.json (or its entries for one tag) as a multi-platform index. */
function layoutIndex(content, tree, kind, index) {
    const bytes = Buffer.from(JSON.stringify({ ...index, mediaType: MediaType.OCI_INDEX }));
    return loadTarget(content, `${kind}:${tree.location}`, (0,oci_digest/* sha256Digest */.sI)(bytes), bytes, `${tree.location}/index.json`, MediaType.OCI_INDEX);
}

// EXTERNAL MODULE: ./src/oci/platform.ts
var oci_platform = __webpack_require__(1890);
;// CONCATENATED MODULE: ./src/oci/source.ts








const DEFAULT_PLATFORM = 'linux/amd64';
/** `PATH[:selector]` or `PATH@digest`: the longest-existing-prefix rule lets paths contain ':'. */
function splitPath(kind, rest) {
    const at = rest.indexOf('@');
    if (at > 0 && (0,external_node_fs_.existsSync)(rest.slice(0, at)) && !(0,external_node_fs_.existsSync)(rest)) {
        // `@sha256:\u2026` selects by digest; docker-archive's `@N` selects by position.
        const after = rest.slice(at + 1);
        return { path: rest.slice(0, at), selector: (0,oci_digest/* isDigest */.Bc)(after) ? after : `@${after}` };
    }
    if ((0,external_node_fs_.existsSync)(rest))
        return { path: rest };
    for (let colon = rest.indexOf(':'); colon > 0; colon = rest.indexOf(':', colon + 1))
        if ((0,external_node_fs_.existsSync)(rest.slice(0, colon)))
            return { path: rest.slice(0, colon), selector: rest.slice(colon + 1) };
    throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${kind}:${rest}: ${rest} does not exist`, {
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
            const reference = (0,oci_reference/* parseReference */.F2)(kind ? rest.replace(/^\/\//, '') : rest);
            return new RegistryClient(options).resolve(reference);
        }
    }
}
/** The same platform once both are normalised; a missing variant fits any variant wanted. */
function matches(candidate, wanted) {
    const normal = (0,oci_platform/* normalizePlatform */.FL)(candidate);
    return (normal.os === wanted.os &&
        normal.architecture === wanted.architecture &&
        (!wanted.variant || normal.variant === wanted.variant));
}
/**
 * Picks one image from a target: the requested platform, else linux/amd64 or the
 * only platform there is. Attestation manifests never count.
 */
async function selectPlatform(target, platform) {
    const wanted = platform ? (0,oci_platform/* parsePlatform */.Y8)(platform) : undefined;
    if (target.kind === 'image') {
        const actual = target.image.platform;
        const known = actual.os !== 'unknown' && actual.architecture !== 'unknown';
        if (wanted && known && !matches(actual, wanted))
            throw new errors/* ActionError */.lZ('INPUT_INVALID', `${target.image.name} is a ${(0,oci_platform/* formatPlatform */.Bq)(actual)} image, not ${(0,oci_platform/* formatPlatform */.Bq)(wanted)}`, { hint: `Leave out the platform or use ${(0,oci_platform/* formatPlatform */.Bq)(actual)}` });
        return target.image;
    }
    const candidates = target.index.manifests.filter((d) => d.platform !== undefined && !(0,oci_platform/* isAttestationManifest */.gV)(d));
    const available = candidates.map(d => (0,oci_platform/* formatPlatform */.Bq)(d.platform)).join(', ') || 'none';
    let chosen;
    if (wanted)
        chosen = candidates.find(d => matches(d.platform, wanted));
    else if (candidates.length === 1)
        chosen = candidates[0];
    else
        chosen = candidates.find(d => matches(d.platform, (0,oci_platform/* parsePlatform */.Y8)(DEFAULT_PLATFORM)));
    if (!chosen && !wanted && candidates.length === 0 && target.index.manifests.length === 1)
        chosen = target.index.manifests[0];
    if (!chosen)
        throw new errors/* ActionError */.lZ('INPUT_INVALID', `no ${wanted ? (0,oci_platform/* formatPlatform */.Bq)(wanted) : DEFAULT_PLATFORM} image in index ${target.digest} (platforms: ${available})`, {
            hint: {
                action: 'Set "platforms" to one of the available platforms',
                cli: 'Choose one of the available platforms with --platform (sbom) or --platforms'
            }
        });
    return target.image(chosen);
}

;// CONCATENATED MODULE: ./src/oci/buildx.ts


/** BuildKit's index annotations on an attestation manifest (moby/buildkit util/attestation). */
const BUILDX_REFERENCE_DIGEST = 'vnd.docker.reference.digest';
/** Layer annotation naming the in-toto predicate type of the statement in the layer. */
const BUILDX_PREDICATE_TYPE = 'in-toto.io/predicate-type';
const IN_TOTO_LAYER_MEDIA_TYPE = 'application/vnd.in-toto+json';
/** More statements than BuildKit ever writes per platform (SBOMs, provenance, a few extra). */
const MAX_LAYERS = 64;
/**
 * The attestation manifests of an index about the platform manifests in `describing`: BuildKit
 * adds one per platform (platform unknown/unknown, the platform's digest in an annotation),
 * each holding one in-toto statement per layer. Reads each manifest by digest (verified).
 */
async function buildxAttestations(client, ref, index, describing) {
    // Only what the index lists and the caller asked about: an attestation about anything else binds nothing.
    const listed = new Set(index.manifests.filter(d => !(0,oci_platform/* isAttestationManifest */.gV)(d)).map(d => d.digest));
    const wanted = new Set(describing.filter(d => listed.has(d)));
    const found = [];
    for (const descriptor of index.manifests.filter(oci_platform/* isAttestationManifest */.gV)) {
        const describes = descriptor.annotations?.[BUILDX_REFERENCE_DIGEST] ?? '';
        if (!wanted.has(describes))
            continue;
        const { bytes } = await client.getManifest(ref, descriptor.digest);
        const manifest = JSON.parse(bytes.toString('utf8'));
        const layers = Array.isArray(manifest.layers) ? manifest.layers : [];
        if (layers.length > MAX_LAYERS)
            throw new errors/* ActionError */.lZ('UNSUPPORTED_MEDIA_TYPE', `attestation manifest ${descriptor.digest} of ${ref.name} has ${layers.length} layers (at most ${MAX_LAYERS} are read)`);
        found.push({
            manifestDigest: descriptor.digest,
            describes,
            statements: layers
                .filter(l => l.mediaType === IN_TOTO_LAYER_MEDIA_TYPE)
                .map(layer => ({ predicateType: layer.annotations?.[BUILDX_PREDICATE_TYPE] ?? '', layer }))
        });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/oci/index.ts











/***/ }),

/***/ 64593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   Me: () => (/* binding */ MAX_BUNDLE_BYTES),
/* harmony export */   OB: () => (/* binding */ MAX_REFERRERS),
/* harmony export */   Qy: () => (/* binding */ MAX_REFERRER_PAGES),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   g$: () => (/* binding */ tooLarge),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * Size caps for what is read whole into memory, from registries and from disk alike.
 * containerd refuses manifests over 4 MiB when resolving from a registry
 * (`MaxManifestSize` in core/remotes/docker/resolver.go); go-containerregistry caps
 * manifests and configs at 100 MiB (`manifestLimit`, `configLimit` in
 * pkg/v1/remote/fetcher.go). Manifests and indexes here take containerd's bound; configs
 * take a tighter one than go-containerregistry's, since a config is parsed whole and the
 * SBOM step keeps within 512 MiB on hostile input (real configs are kilobytes; a long
 * build history makes them a few hundred).
 */
const MAX_MANIFEST_BYTES = 4 << 20;
const MAX_CONFIG_BYTES = 16 << 20;
/**
 * A Sigstore bundle or cosign signature layer read whole: a DSSE envelope around the
 * largest attestation the action signs inline (16 MiB `max-predicate-size`), base64
 * encoded, with room to spare.
 */
const MAX_BUNDLE_BYTES = 32 << 20;
/** Referrers API pages followed for one subject, and descriptors accepted across them. */
const MAX_REFERRER_PAGES = 50;
const MAX_REFERRERS = 5000;
function formatBytes(bytes) {
    if (bytes >= 1 << 20 && bytes % (1 << 20) === 0)
        return `${bytes / (1 << 20)} MiB`;
    if (bytes >= 1 << 10 && bytes % (1 << 10) === 0)
        return `${bytes / (1 << 10)} KiB`;
    return `${bytes} bytes`;
}
/** `what` (e.g. "manifest ghcr.io/acme/app:1") is larger than the cap `limit`. */
function tooLarge(code, what, limit, size) {
    return new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(code, `${what} is ${size === undefined ? 'larger than' : `${size} bytes, over`} the ${formatBytes(limit)} cap for its kind`, {
        hint: 'Nothing legitimate is that large; the source is broken or hostile, and it was not read'
    });
}


/***/ }),

/***/ 1890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ normalizePlatform),
/* harmony export */   G6: () => (/* binding */ platformRank),
/* harmony export */   Y8: () => (/* binding */ parsePlatform),
/* harmony export */   gV: () => (/* binding */ isAttestationManifest),
/* harmony export */   px: () => (/* binding */ childForPlatform)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * Platforms compared the way containerd's `platforms` package compares them, since
 * containerd (under Docker and BuildKit) decides which child of an index is pulled:
 * names are normalised first (`aarch64` is `arm64`, `linux/arm64/v8` is `linux/arm64`,
 * `arm` alone is `arm/v7`, `amd64/v1` is `amd64`), and a wanted platform also accepts
 * the platforms its machines can run, best first (`amd64/v3` then `v2`, `amd64`, `386`;
 * `arm64` then `arm/v8` \u2026 `arm/v5`).
 */
function normalizePlatform(platform) {
    const os = platform.os.toLowerCase() === 'macos' ? 'darwin' : platform.os.toLowerCase();
    let architecture = platform.architecture.toLowerCase();
    let variant = (platform.variant ?? '').toLowerCase();
    switch (architecture) {
        case 'i386':
            architecture = '386';
            variant = '';
            break;
        case 'x86_64':
        case 'x86-64':
        case 'amd64':
            architecture = 'amd64';
            if (variant === 'v1')
                variant = '';
            break;
        case 'aarch64':
        case 'arm64':
            architecture = 'arm64';
            if (['8', 'v8', 'v8.0'].includes(variant))
                variant = '';
            else if (['9', '9.0', 'v9.0'].includes(variant))
                variant = 'v9';
            break;
        case 'armhf':
            architecture = 'arm';
            variant = 'v7';
            break;
        case 'armel':
            architecture = 'arm';
            variant = 'v6';
            break;
        case 'arm':
            if (variant === '' || variant === '7')
                variant = 'v7';
            else if (['5', '6', '8'].includes(variant))
                variant = `v${variant}`;
            break;
    }
    return { os, architecture, ...(variant ? { variant } : {}) };
}
/** Parses `os/arch[/variant]` into its normalised form. */
function parsePlatform(text) {
    const parts = text.trim().split('/');
    const [os, architecture, variant] = parts;
    if (parts.length < 2 ||
        parts.length > 3 ||
        !os ||
        !architecture ||
        (parts.length === 3 && !variant))
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('INPUT_INVALID', `"${text}" is not a platform`, {
            hint: 'Platforms are os/arch[/variant], e.g. linux/amd64 or linux/arm/v7'
        });
    return normalizePlatform({ os, architecture, ...(variant ? { variant } : {}) });
}
function formatPlatform(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
function same(a, b) {
    return (a.os === b.os && a.architecture === b.architecture && (a.variant ?? '') === (b.variant ?? ''));
}
// arm64 variants and the older ones each runs, newest first (containerd's table).
const ARM64_VERSIONS = {};
for (let minor = 0; minor <= 9; minor++)
    ARM64_VERSIONS[minor === 0 ? 'v8' : `v8.${minor}`] = [[8, minor]];
for (let minor = 0; minor <= 7; minor++)
    ARM64_VERSIONS[minor === 0 ? 'v9' : `v9.${minor}`] = [
        [9, minor],
        [8, Math.min(minor + 5, 9)]
    ];
/** The platforms a machine of `wanted` runs, best first (containerd's platformVector). */
function compatible(wanted) {
    const { os, architecture, variant = '' } = wanted;
    const at = (arch, v = '') => normalizePlatform({ os, architecture: arch, ...(v ? { variant: v } : {}) });
    const version = Number(variant.replace(/^v/, ''));
    switch (architecture) {
        case 'amd64': {
            const lower = [];
            if (Number.isInteger(version) && version > 1)
                for (let v = version - 1; v >= 1; v--)
                    lower.push(at('amd64', `v${v}`));
            return [wanted, ...lower, at('386')];
        }
        case 'arm': {
            const lower = [];
            if (Number.isInteger(version) && version > 5)
                for (let v = version - 1; v >= 5; v--)
                    lower.push(at('arm', `v${v}`));
            return [wanted, ...lower];
        }
        case 'arm64': {
            const versions = ARM64_VERSIONS[variant || 'v8'];
            if (!versions)
                return [];
            const vector = [];
            for (const [major, top] of versions)
                for (let minor = top; minor >= 0; minor--)
                    vector.push(at('arm64', minor === 0 ? `v${major}` : `v${major}.${minor}`));
            return [...vector, ...compatible(at('arm', 'v8'))];
        }
        default:
            return [wanted];
    }
}
/**
 * How well `candidate` fits a machine of `wanted`: 0 for the same platform, higher for
 * older ones it still runs, undefined when it cannot run it.
 */
function platformRank(candidate, wanted) {
    const normal = normalizePlatform(candidate);
    const rank = compatible(normalizePlatform(wanted)).findIndex(p => same(p, normal));
    return rank < 0 ? undefined : rank;
}
/**
 * Index entries that are not images to run: BuildKit's attestation manifests (marked by
 * annotation, with platform unknown/unknown).
 */
function isAttestationManifest(descriptor) {
    return (descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
        (descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown'));
}
/**
 * The child of an index that containerd pulls for `wanted` (images.LimitManifests with
 * platforms.Only, as BuildKit resolves a FROM): the best-ranked child whose descriptor
 * names a fitting platform, else the first child without a platform field, whose
 * config then decides (the caller checks that).
 */
function childForPlatform(manifests, wanted) {
    let best;
    for (const descriptor of manifests) {
        if (!descriptor.platform || isAttestationManifest(descriptor))
            continue;
        const rank = platformRank(descriptor.platform, wanted);
        if (rank !== undefined && (!best || rank < best.rank))
            best = { descriptor, rank };
    }
    return best?.descriptor ?? manifests.find(d => !d.platform && !isAttestationManifest(d));
}


/***/ }),

/***/ 62148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ withVersion),
/* harmony export */   Ew: () => (/* binding */ canonicalName),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   eO: () => (/* binding */ canonicalNameGlob),
/* harmony export */   nz: () => (/* binding */ apiHost)
/* harmony export */ });
/* unused harmony export canonicalRegistry */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _digest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68825);


const DOCKER_HUB = 'docker.io';
/** Docker Hub serves the registry API on a different host than its name. */
const DOCKER_HUB_API = 'registry-1.docker.io';
const DEFAULT_TAG = 'latest';
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const HOST_LABEL = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const IPV6 = /^\[[a-fA-F0-9:.]+\]$/;
const HEX64 = /^[a-f0-9]{64}$/;
function invalid(ref, why, hint) {
    return new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('INPUT_INVALID', `invalid image reference "${ref}": ${why}`, {
        hint: hint ?? 'Use [registry/]repository[:tag][@sha256:<digest>], e.g. ghcr.io/acme/app:1.0'
    });
}
function makeReference(fields) {
    const { registry, repository, tag, digest } = fields;
    return {
        registry,
        repository,
        ...(tag === undefined ? {} : { tag }),
        ...(digest === undefined ? {} : { digest }),
        get name() {
            return `${registry}/${repository}`;
        },
        toString() {
            return `${registry}/${repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
        }
    };
}
/** The same repository at another tag or digest. */
function withVersion(ref, tagOrDigest) {
    const base = { registry: ref.registry, repository: ref.repository };
    return makeReference(tagOrDigest.includes(':') ? { ...base, digest: tagOrDigest } : { ...base, tag: tagOrDigest });
}
function validHost(host) {
    const colon = host.startsWith('[') ? host.indexOf(']:') + 1 : host.lastIndexOf(':');
    const name = colon > 0 ? host.slice(0, colon) : host;
    const port = colon > 0 ? host.slice(colon + 1) : undefined;
    if (port !== undefined && !/^\d{1,5}$/.test(port))
        return false;
    if (IPV6.test(name))
        return true;
    return name.split('.').every(label => HOST_LABEL.test(label));
}
/**
 * Parses `[registry/]repository[:tag][@digest]`: `nginx` becomes
 * `docker.io/library/nginx:latest`; a digest without a tag keeps no tag.
 */
function parseReference(input) {
    const ref = input.trim();
    if (!ref)
        throw invalid(input, 'it is empty');
    if (/\s/.test(ref))
        throw invalid(ref, 'it contains whitespace');
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!(0,_digest__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(digest))
            throw invalid(ref, `"${digest}" is not a valid digest`, 'Digests are sha256:<64 lowercase hex digits>');
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw invalid(ref, `"${tag}" is not a valid tag`, 'Tags are up to 128 letters, digits, "_", "." and "-", not starting with "." or "-"');
    }
    if (!rest)
        throw invalid(ref, 'the repository name is missing');
    if (HEX64.test(rest))
        throw invalid(ref, 'a 64-character hex string is an image ID, not a repository name');
    const slash = rest.indexOf('/');
    const first = slash < 0 ? '' : rest.slice(0, slash);
    const hasRegistry = slash >= 0 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first);
    let registry = hasRegistry ? first : DOCKER_HUB;
    let repository = hasRegistry ? rest.slice(slash + 1) : rest;
    if (hasRegistry && !validHost(registry))
        throw invalid(ref, `"${registry}" is not a valid registry host`);
    if (registry === 'index.docker.io' || registry === DOCKER_HUB_API)
        registry = DOCKER_HUB;
    if (repository.toLowerCase() !== repository)
        throw invalid(ref, 'repository names must be lowercase', `Use "${repository.toLowerCase()}" (registry hosts and tags may contain capitals, repository names may not)`);
    const components = repository.split('/');
    for (const component of components)
        if (!COMPONENT.test(component))
            throw invalid(ref, component
                ? `"${component}" is not a valid path component`
                : 'it has an empty path component', 'Path components are lowercase letters and digits, separated by ".", "_", "__" or "-"');
    if (registry === DOCKER_HUB && components.length === 1)
        repository = `library/${repository}`;
    if (`${registry}/${repository}`.length > 255)
        throw invalid(ref, 'the name is longer than 255 characters');
    if (tag === undefined && digest === undefined)
        tag = DEFAULT_TAG;
    return makeReference({ registry, repository, tag, digest });
}
/** The host that serves the registry API for `registry`. */
function apiHost(registry) {
    return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}
/** Loopback registries speak plain HTTP, as Docker, containerd and skopeo assume. */
function isLoopback(registry) {
    const host = registry.startsWith('[')
        ? registry.slice(0, registry.indexOf(']') + 1)
        : registry.split(':')[0];
    return (host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host ?? ''));
}
const GLOB_CHARS = /[*?[\]{}!]/;
/**
 * A registry host as one name, for comparing names rather than connecting: hosts are
 * case-insensitive, `:443` is HTTPS's default port, Docker Hub's aliases are docker.io, and
 * `127.0.0.1` and `[::1]` are what `localhost` resolves to. Other loopback addresses stay
 * distinct: a server may listen on 127.0.0.2 alone.
 */
function canonicalRegistry(registry) {
    let host = registry.toLowerCase().replace(/:443$/, '');
    if (host === 'index.docker.io' || host === DOCKER_HUB_API)
        host = DOCKER_HUB;
    return host.replace(/^(?:127\.0\.0\.1|\[::1\])(?=:|$)/, 'localhost');
}
/** registry/repository in canonical form: what policies are matched against. */
function canonicalName(ref) {
    return `${canonicalRegistry(ref.registry)}/${ref.repository}`;
}
/**
 * A policy glob over image names in the same canonical form, so that an alias of a host
 * (`index.docker.io`, `GHCR.IO:443`, `127.0.0.1`) is matched by the rule written for its
 * canonical name and never falls through to another rule. `nginx` and `docker.io/nginx`
 * mean `docker.io/library/nginx`, as in references; a glob whose first part is a pattern
 * is left as written.
 */
function canonicalNameGlob(glob) {
    const slash = glob.indexOf('/');
    const first = slash < 0 ? glob : glob.slice(0, slash);
    if (GLOB_CHARS.test(first))
        return glob;
    const hasRegistry = slash >= 0 && (/[.:]/.test(first) || first.toLowerCase() === 'localhost');
    const registry = hasRegistry ? canonicalRegistry(first) : DOCKER_HUB;
    const repository = hasRegistry ? glob.slice(slash + 1) : glob;
    const official = registry === DOCKER_HUB && !repository.includes('/') && !repository.includes('**');
    return `${registry}/${official ? `library/${repository}` : repository}`;
}


/***/ }),

/***/ 87843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WU: () => (/* binding */ RETRY_STATUS),
  oK: () => (/* binding */ Transport),
  m2: () => (/* reexport */ errorDetail),
  gt: () => (/* binding */ isTlsFailure),
  d8: () => (/* binding */ networkReason)
});

// UNUSED EXPORTS: DEFAULT_RETRY

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/network/deadline.ts + 1 modules
var deadline = __webpack_require__(2850);
// EXTERNAL MODULE: ./src/network/duration.ts
var duration = __webpack_require__(2636);
// EXTERNAL MODULE: ./src/network/retry.ts
var retry = __webpack_require__(98904);
// EXTERNAL MODULE: ./src/network/semaphore.ts
var semaphore = __webpack_require__(79788);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
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
/** Merges repository scopes: `repository:a:pull` + `repository:a:push` \u2192 `repository:a:pull,push`. */
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

// EXTERNAL MODULE: ./src/oci/url.ts
var oci_url = __webpack_require__(95832);
;// CONCATENATED MODULE: ./src/oci/error-body.ts
/** Error bodies are read for their message only. */
const MAX_ERROR_BODY = 64 << 10;
/** Reads a registry error body (`{"errors":[{"code","message"}]}`) into one line. */
async function errorDetail(response) {
    let body;
    try {
        body = await response.text(MAX_ERROR_BODY);
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

;// CONCATENATED MODULE: ./src/oci/auth.ts





/**
 * The registry side of authentication: the bearer/basic challenge flow, with tokens
 * cached per registry and scope set until shortly before they expire.
 */
class RegistryAuth {
    credentials;
    sendToken;
    /** registry \u2192 how it wants to be authenticated, learnt from its last challenge. */
    challenges = new Map();
    tokens = new Map();
    constructor(credentials, sendToken) {
        this.credentials = credentials;
        this.sendToken = sendToken;
    }
    tokenKey(registry, scopes) {
        return `${registry} ${mergeScopes(scopes).join(' ')}`;
    }
    /** The Authorization header for a request needing `scopes`, once the registry has challenged. */
    async authorizationFor(registry, scopes) {
        const request = { registry, scopes };
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
    /** Learns how the registry wants to be authenticated from its 401, and gets a token if it wants one. */
    async answerChallenge(registry, scopes, response) {
        const request = { registry, scopes };
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
        const response = await this.sendToken(`token request to ${(0,oci_url/* describeUrl */.N)(url)} for ${registry}`, url, init);
        if (response.status === 401 || response.status === 403) {
            const detail = await errorDetail(response);
            throw await this.authFailure(registry, response.status, detail.text);
        }
        if (!response.ok) {
            const detail = await errorDetail(response);
            throw new errors/* ActionError */.lZ('REGISTRY_AUTH', `token service ${(0,oci_url/* describeUrl */.N)(url)} for ${registry} answered ${response.status}${detail.text ? ` (${detail.text})` : ''}`);
        }
        const text = await response.text();
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            throw new errors/* ActionError */.lZ('REGISTRY_AUTH', `token service ${(0,oci_url/* describeUrl */.N)(url)} for ${registry} answered something that is not JSON`);
        }
        const token = body.token ?? body.access_token;
        if (!token)
            throw new errors/* ActionError */.lZ('REGISTRY_AUTH', `token service ${(0,oci_url/* describeUrl */.N)(url)} for ${registry} returned no token`);
        log/* log */.Rm.secret(token);
        // Renew a little early; 60 s is the spec's default lifetime.
        const lifetime = Math.max(30, body.expires_in ?? 60) - 10;
        this.tokens.set(this.tokenKey(registry, scopes), {
            header: `Bearer ${token}`,
            expiresAt: Date.now() + lifetime * 1000
        });
    }
    /** Names the registry and whose credentials failed, or where none were found. */
    async authFailure(registry, status, detail) {
        const credentials = await this.credentials.get(registry).catch(() => undefined);
        const who = credentials
            ? `the credentials from ${credentials.source} were rejected`
            : `no credentials were found (looked in ${this.credentials.searched(registry)})`;
        return new errors/* ActionError */.lZ('REGISTRY_AUTH', `authentication failed for ${registry} (${status}${detail ? `: ${detail}` : ''}): ${who}`, {
            hint: credentials
                ? `Check the username, password or token for ${registry} and that it may access this repository`
                : {
                    action: `Log in to ${registry} (docker/login-action) or set "registry-username" and "registry-password"; for ghcr.io give the job "packages: read" (or "packages: write" to sign)`,
                    cli: `Log in to ${registry} (docker login) or pass --registry-username and --registry-password`
                }
        });
    }
}
function basicHeader(credentials) {
    return `Basic ${Buffer.from(`${credentials.username ?? ''}:${credentials.password ?? ''}`).toString('base64')}`;
}

// EXTERNAL MODULE: ./src/oci/http.ts + 2 modules
var http = __webpack_require__(86069);
// EXTERNAL MODULE: ./src/oci/http-limits.ts
var http_limits = __webpack_require__(60538);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
;// CONCATENATED MODULE: ./src/oci/transport.ts












const DEFAULT_RETRY = {
    attempts: 50,
    baseDelayMs: 500,
    maxDelayMs: 30_000,
    timeoutMs: 30_000
};
/** Statuses worth another attempt: timeouts, rate limits, servers failing for now. */
const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);
/**
 * HTTP to registries: scheme choice, authentication (auth.ts), retries with backoff
 * for transient failures within the run's retry budget, and a bound on concurrent
 * requests.
 */
class Transport {
    credentials;
    retry;
    budget;
    limits;
    insecure;
    semaphore;
    auth;
    constructor(credentials, options = {}) {
        this.credentials = credentials;
        this.retry = { ...DEFAULT_RETRY, ...options.retry };
        this.budget = options.retryBudget ?? new retry/* RetryBudget */.Km();
        this.limits = { headersMs: this.retry.timeoutMs, idleMs: this.retry.timeoutMs };
        this.insecure = new Set(options.insecureRegistries ?? []);
        this.semaphore = new semaphore/* Semaphore */.j(options.maxConcurrency ?? 8);
        this.auth = new RegistryAuth(credentials, (what, url, init) => this.sendToken(what, url, init));
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
     * Sends the request, authenticating on challenge and retrying transient failures
     * within the retry budget. Returns the response for any status that is not transient;
     * throws when retrying stops or authentication fails. Credentials go only to the
     * registry's own origin: an absolute URL elsewhere (a Link, an upload Location) gets none.
     */
    async send(request) {
        const url = /^https?:\/\//.test(request.path)
            ? request.path
            : `${this.baseUrl(request.registry)}${request.path}`;
        const own = new URL(url).origin === new URL(this.baseUrl(request.registry)).origin;
        const what = `${request.method} ${(0,oci_url/* describeUrl */.N)(url)}`;
        const sequence = this.budget.sequence();
        let authenticated = false;
        try {
            for (let attempt = 0;; attempt++) {
                const authorization = own
                    ? await this.auth.authorizationFor(request.registry, request.scopes)
                    : undefined;
                let response;
                try {
                    response = await this.attempt(request, url, authorization);
                }
                catch (error) {
                    if (error instanceof errors/* ActionError */.lZ)
                        throw error;
                    if (error instanceof http_limits/* HttpTimeout */.Ep)
                        sequence.timeouts++;
                    const reason = networkReason(error);
                    if (isTlsFailure(error))
                        throw tlsError(what, reason, request.registry, error);
                    const stop = await this.retryOrStop(sequence, attempt, `${what} failed (${reason})`, (0,retry/* backoffMs */.jo)(attempt, this.retry));
                    if (stop === undefined)
                        continue;
                    throw new errors/* ActionError */.lZ('NETWORK_ERROR', `${what} failed after ${attempt + 1} attempts: ${reason}${stop}`, { hint: `Check that ${request.registry} is reachable`, cause: error });
                }
                if (response.status === 401 && !authenticated && own) {
                    response.discard();
                    await this.auth.answerChallenge(request.registry, request.scopes, response);
                    authenticated = true;
                    attempt--;
                    continue;
                }
                if (response.status === 401 || response.status === 403) {
                    const detail = await errorDetail(response);
                    if (!own)
                        throw new errors/* ActionError */.lZ('REGISTRY_AUTH', `${(0,oci_url/* describeUrl */.N)(url)}, named by ${request.registry}, asked for authentication (${response.status}); credentials for ${request.registry} are not sent to another origin`);
                    throw await this.auth.authFailure(request.registry, response.status, detail.text);
                }
                if (RETRY_STATUS.has(response.status)) {
                    const retryAfter = (0,retry/* retryAfterMs */.Vs)(response.headers.get('retry-after'));
                    const stop = await this.retryOrStop(sequence, attempt, `${new URL(url).host} answered ${response.status} to ${what}`, retryAfter ?? (0,retry/* backoffMs */.jo)(attempt, this.retry), response);
                    if (stop === undefined)
                        continue;
                    const detail = await errorDetail(response);
                    throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${request.registry} answered ${response.status} to ${what} ${attempt + 1} times${detail.text ? ` (${detail.text})` : ''}${stop}`, { hint: 'The registry is failing or rate-limiting; try again later' });
                }
                return response;
            }
        }
        finally {
            sequence.close();
        }
    }
    /**
     * Waits for the next attempt when attempts, timeouts and the budget allow (and returns
     * undefined), else says why not. A response being retried is dropped first.
     */
    async retryOrStop(sequence, attempt, failure, delayMs, response) {
        if (attempt + 1 >= this.retry.attempts)
            return '';
        if (sequence.timeouts >= retry/* MAX_TIMEOUTS */.iL)
            return `; no answer in time ${retry/* MAX_TIMEOUTS */.iL} times`;
        let waited;
        try {
            (0,deadline/* checkDeadline */.Ft)();
            waited = await sequence.wait(failure, delayMs);
        }
        catch (error) {
            response?.discard();
            throw (0,http_limits/* stoppedWhile */.Fh)(error, `waiting to retry after: ${failure}`);
        }
        if (waited) {
            response?.discard();
            return undefined;
        }
        return `; retrying in ${(0,duration/* formatDuration */.a)(delayMs)} would exceed the ${sequence.describeBudget()}`;
    }
    /** A token request, retried like registry requests; a transient status is returned once retrying stops. */
    async sendToken(what, url, init) {
        const sequence = this.budget.sequence();
        try {
            for (let attempt = 0;; attempt++) {
                let response;
                try {
                    response = await (0,http/* send */.t)(url, { ...init, limits: this.limits });
                }
                catch (error) {
                    if (error instanceof errors/* ActionError */.lZ)
                        throw error;
                    if (error instanceof http_limits/* HttpTimeout */.Ep)
                        sequence.timeouts++;
                    const reason = networkReason(error);
                    if (isTlsFailure(error))
                        throw tlsError(what, reason, new URL(url).host, error);
                    const delay = (0,retry/* backoffMs */.jo)(attempt, this.retry);
                    const stop = await this.retryOrStop(sequence, attempt, `${what} failed (${reason})`, delay);
                    if (stop === undefined)
                        continue;
                    throw new errors/* ActionError */.lZ('NETWORK_ERROR', `${what} failed: ${reason}${stop}`, {
                        cause: error
                    });
                }
                if (!RETRY_STATUS.has(response.status))
                    return response;
                const delay = (0,retry/* retryAfterMs */.Vs)(response.headers.get('retry-after')) ?? (0,retry/* backoffMs */.jo)(attempt, this.retry);
                const failure = `the token service ${new URL(url).host} answered ${response.status}`;
                if ((await this.retryOrStop(sequence, attempt, failure, delay, response)) !== undefined)
                    return response;
            }
        }
        finally {
            sequence.close();
        }
    }
    async attempt(request, url, authorization) {
        const release = await this.semaphore.acquire();
        try {
            const headers = {
                'user-agent': 'sbom-sign-action',
                ...request.headers
            };
            if (authorization)
                headers.authorization = authorization;
            return await (0,http/* send */.t)(url, {
                method: request.method,
                headers,
                ...(request.body ? { body: request.body } : {}),
                limits: this.limits
            });
        }
        finally {
            release();
        }
    }
}
/** Read by shape: errors from Node's own modules may come from another realm. */
/**
 * A TLS protocol or certificate failure answers the same way every time (a plain-HTTP server,
 * an untrusted certificate): retrying it would only spend the retry budget.
 */
function isTlsFailure(error) {
    const code = error?.code;
    return (typeof code === 'string' &&
        (code === 'EPROTO' ||
            code.startsWith('ERR_SSL_') ||
            code.startsWith('ERR_TLS_') ||
            /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code)));
}
function tlsError(what, reason, host, cause) {
    return new errors/* ActionError */.lZ('NETWORK_ERROR', `${what} failed: ${reason}`, {
        hint: {
            action: `${host} did not complete a TLS handshake: if it serves plain HTTP, add it to "insecure-registries"; if its certificate is private, trust its CA (NODE_EXTRA_CA_CERTS)`,
            cli: `${host} did not complete a TLS handshake: if it serves plain HTTP, pass --insecure-registry ${host}; if its certificate is private, trust its CA (NODE_EXTRA_CA_CERTS)`
        },
        cause
    });
}
/** A network failure's message with its cause's. */
function networkReason(error) {
    const message = error?.message;
    if (typeof message !== 'string')
        return String(error);
    const cause = error.cause?.message;
    return typeof cause === 'string' ? `${message}: ${cause}` : message;
}


/***/ }),

/***/ 95832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ describeUrl)
/* harmony export */ });
/** The URL without its query (upload state, signed storage parameters). */
function describeUrl(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.origin}${parsed.pathname}`;
    }
    catch {
        return url;
    }
}


/***/ })

};
