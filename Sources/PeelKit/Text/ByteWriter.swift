/// A growable buffer of bytes written through a pointer, for the loops that write every
/// byte of a document (the line cleaner, the block assembler): appending checks the
/// capacity — a branch that is almost never taken — but not uniqueness, as `Array`
/// must on each append. Not copyable, so the memory has one owner and is freed once.
struct ByteWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The bytes written so far.
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The byte at `index` (0 outside what was written).
    @inline(__always)
    subscript(index: Int) -> UInt8 {
        index >= 0 && index < count ? base[index] : 0
    }

    /// The last byte written at or after `start`, or nil when there is none.
    @inline(__always)
    func last(from start: Int) -> UInt8? {
        count > start ? base[count - 1] : nil
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends `bytes`, of which `readable` bytes from the start may be read (at least
    /// `bytes.count`). A run of up to 128 bytes (a line, most often) is copied as 128
    /// bytes, eight vector loads and stores with no branch on its length, when that much
    /// can be read and written: `memcpy` picks its way by the length, and lines of every
    /// length from 40 to 120 bytes made it mispredict about once a line, twice a line
    /// copied (into the clean text, then into the block's). The bytes stored past the
    /// new end are not counted, and later appends overwrite them. `bytes` must not
    /// overlap this buffer.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, readable: Int) {
        guard let source = bytes.baseAddress else { return }
        let length = bytes.count
        guard length <= 128, readable >= 128, count &+ 128 <= capacity else { return append(bytes) }
        let from = UnsafeRawPointer(source)
        let to = UnsafeMutableRawPointer(base + count)
        typealias Block = SIMD16<UInt8>
        let b0 = from.loadUnaligned(as: Block.self)
        let b1 = from.loadUnaligned(fromByteOffset: 16, as: Block.self)
        let b2 = from.loadUnaligned(fromByteOffset: 32, as: Block.self)
        let b3 = from.loadUnaligned(fromByteOffset: 48, as: Block.self)
        let b4 = from.loadUnaligned(fromByteOffset: 64, as: Block.self)
        let b5 = from.loadUnaligned(fromByteOffset: 80, as: Block.self)
        let b6 = from.loadUnaligned(fromByteOffset: 96, as: Block.self)
        let b7 = from.loadUnaligned(fromByteOffset: 112, as: Block.self)
        to.storeBytes(of: b0, as: Block.self)
        to.storeBytes(of: b1, toByteOffset: 16, as: Block.self)
        to.storeBytes(of: b2, toByteOffset: 32, as: Block.self)
        to.storeBytes(of: b3, toByteOffset: 48, as: Block.self)
        to.storeBytes(of: b4, toByteOffset: 64, as: Block.self)
        to.storeBytes(of: b5, toByteOffset: 80, as: Block.self)
        to.storeBytes(of: b6, toByteOffset: 96, as: Block.self)
        to.storeBytes(of: b7, toByteOffset: 112, as: Block.self)
        count &+= length
    }

    mutating func append(contentsOf bytes: some Sequence<UInt8>) {
        for byte in bytes { append(byte) }
    }

    /// Inserts `byte` before the byte at `index` (moving the bytes after it up by one).
    mutating func insert(_ byte: UInt8, at index: Int) {
        let at = min(max(0, index), count)
        if count == capacity { grow(to: count + 1) }
        (base + at + 1).update(from: base + at, count: count - at)
        base[at] = byte
        count += 1
    }

    /// Calls `body` with the bytes from `start` on, to rewrite them in place; `body`
    /// returns how many of them to keep.
    mutating func rewrite(from start: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Int) {
        let from = min(max(0, start), count)
        let kept = body(UnsafeMutableBufferPointer(start: base + from, count: count - from))
        count = from + min(max(0, kept), count - from)
    }

    /// Drops the bytes from `start` on.
    @inline(__always)
    mutating func truncate(to start: Int) {
        count = min(count, max(0, start))
    }

    /// Calls `body` with the bytes in `range` (clamped to what was written).
    @inline(__always)
    func withBytes<R>(in range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let low = min(max(0, range.lowerBound), count)
        let high = min(max(low, range.upperBound), count)
        return try body(UnsafeBufferPointer(start: base + low, count: high - low))
    }

    /// Calls `body` with the bytes from `start` on. (Written out rather than through
    /// ``withBytes(in:_:)``: going through it measured 1.5 % more instructions in all.)
    func withBytes<R: ~Copyable>(from start: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let from = min(max(0, start), count)
        return body(UnsafeBufferPointer(start: base + from, count: count - from))
    }

    private mutating func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let new = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        new.initialize(from: base, count: count)
        base.deallocate()
        base = new
        capacity = newCapacity
    }
}
