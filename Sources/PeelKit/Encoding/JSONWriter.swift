/// A small streaming JSON writer over UTF-8 bytes: keys come out in the order they
/// are written, strings are escaped per RFC 8259, nothing goes through `JSONEncoder`.
public struct JSONWriter: Sendable {
    /// The bytes written so far (a copy of them, while the writer has room after them:
    /// ``ReportJSONEncoder`` takes them out instead).
    public var bytes: [UInt8] { written == storage.count ? storage : Array(storage[..<written]) }
    /// The bytes written (the first `written`), then room for more: zeros that writes
    /// overwrite through a pointer. `Array.append` checks uniqueness and capacity at
    /// every call (about a hundred instructions for a key); a write here makes one
    /// capacity test and one copy for a key or a string and its quotes.
    private var storage: [UInt8]
    private var written = 0
    private let pretty: Bool
    private var depth = 0
    /// Bit `d` is set when the container at depth `d` already holds a value (a comma is
    /// due before the next): a register, not an array, for the usual shallow documents.
    private var hasValueBits: UInt64 = 0
    /// The same for depths of 64 and more (index `depth - 64`).
    private var deepHasValue: [Bool] = []

    /// A writer; `pretty` indents by two spaces, one member a line.
    public init(pretty: Bool, capacity: Int = 4096) {
        self.pretty = pretty
        storage = []
        storage.reserveCapacity(capacity)
    }

    /// A writer that appends to `bytes` (which it takes over: take them back with
    /// ``takeBytes()``), for callers that keep one output buffer for many documents.
    init(pretty: Bool, appendingTo bytes: [UInt8]) {
        self.pretty = pretty
        storage = bytes
        written = bytes.count
    }

    /// The bytes written, taken out of the writer without a copy (the room after them
    /// dropped); the writer is empty afterwards.
    mutating func takeBytes() -> [UInt8] {
        storage.removeSubrange(written...)
        defer {
            storage = []
            written = 0
        }
        return storage
    }

    // MARK: Writing bytes

    /// Room for `count` more bytes: zeros after the written ones, two kilobytes at a
    /// time (the array grows its capacity geometrically). Copied from a kept block of
    /// zeros: filling the room byte by byte cost more than the writes it saved.
    private mutating func makeRoom(_ count: Int) {
        while written &+ count > storage.count { storage.append(contentsOf: JSONWriter.room) }
    }

    /// Two kilobytes of zeros, for ``makeRoom(_:)``.
    private static let room = [UInt8](repeating: 0, count: 2048)

    /// Writes `count` bytes, which `body` stores from the pointer it is given.
    @inline(__always)
    private mutating func write(_ count: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Void) {
        let at = written
        if at &+ count > storage.count { makeRoom(count) }
        storage.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            body(base + at)
        }
        written = at &+ count
    }

    /// Writes one byte.
    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        write(1) { $0.pointee = byte }
    }

    /// Writes bytes.
    @inline(__always)
    private mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let from = source.baseAddress else { return }
        write(source.count) { $0.update(from: from, count: source.count) }
    }

    // MARK: Containers

    /// Opens an object (`{`); write members with ``key(_:)`` and a value each.
    public mutating func beginObject() { beginValue(); append(UInt8(ascii: "{")); open() }
    /// Closes the object opened last (`}`).
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    /// Opens an array (`[`).
    public mutating func beginArray() { beginValue(); append(UInt8(ascii: "[")); open() }
    /// Closes the array opened last (`]`).
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes a member's key; the next value written is its value.
    public mutating func key(_ name: String) {
        separate()
        appendString(name)
        append(UInt8(ascii: ":"))
        if pretty { append(0x20) }
        pendingKey = true
    }

    /// Writes a member's key that needs no escaping (a name of the contract, ASCII
    /// letters only): its bytes are copied as they are, without the scan for
    /// characters to escape that ``key(_:)`` makes.
    mutating func key(literal name: StaticString) {
        separate()
        // `"name":` (and a space when pretty) in one write.
        let pretty = pretty
        name.withUTF8Buffer { name in
            write(name.count + (pretty ? 4 : 3)) { out in
                out[0] = UInt8(ascii: "\"")
                if let from = name.baseAddress { (out + 1).update(from: from, count: name.count) }
                out[name.count + 1] = UInt8(ascii: "\"")
                out[name.count + 2] = UInt8(ascii: ":")
                if pretty { out[name.count + 3] = 0x20 }
            }
        }
        pendingKey = true
    }

    // MARK: Values

    /// Writes a string value, escaped per RFC 8259, or `null` for `nil`.
    public mutating func string(_ value: String?) {
        guard let value else { return null() }
        beginValue()
        appendString(value)
    }

    /// Writes an integer value, or `null` for `nil`.
    public mutating func int(_ value: Int?) {
        guard let value else { return null() }
        beginValue()
        appendDecimal(value)
    }

    /// Writes an integer's decimal digits (as `String(value)` prints them).
    private mutating func appendDecimal(_ value: Int) {
        var magnitude = value.magnitude
        // Digits from the last, into the end of a buffer: 20 digits and a sign at most.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0 && start > 0
            if value < 0, start > 0 {
                start -= 1
                digits[start] = UInt8(ascii: "-")
            }
            append(UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// Writes a number: whole values without a fraction (`1`), others as Swift prints
    /// them (`0.97`); `null` for infinities and NaN.
    public mutating func double(_ value: Double) {
        beginValue()
        guard value.isFinite else { return append(literal: "null") }
        if value == value.rounded(), abs(value) < 1e15 {
            appendDecimal(Int(value))
        } else {
            append(literal: String(value))
        }
    }

    /// Writes `true` or `false`, or `null` for `nil`.
    public mutating func bool(_ value: Bool?) {
        guard let value else { return null() }
        beginValue()
        append(literal: value ? "true" : "false")
    }

    /// Writes `null`.
    public mutating func null() {
        beginValue()
        append(literal: "null")
    }

    /// Writes a string's bytes as they are (a literal of the format, or a number).
    private mutating func append(literal text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// An array of strings.
    public mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    // MARK: Layout

    private var pendingKey = false

    private mutating func beginValue() {
        if pendingKey {
            pendingKey = false
            return
        }
        separate()
    }

    private mutating func separate() {
        if hasValue(at: depth) { append(UInt8(ascii: ",")) }
        setHasValue(true, at: depth)
        if pretty && depth > 0 { newline() }
    }

    private mutating func open() {
        depth += 1
        setHasValue(false, at: depth)
    }

    private mutating func close(_ bracket: UInt8) {
        guard depth > 0 else { return append(bracket) }  // more closed than opened: no trap
        let hadValues = hasValue(at: depth)
        depth -= 1
        if pretty && hadValues { newline() }
        append(bracket)
    }

    @inline(__always)
    private func hasValue(at level: Int) -> Bool {
        if level < 64 { return hasValueBits &>> UInt64(level) & 1 != 0 }
        let deep = level - 64
        return deep < deepHasValue.count && deepHasValue[deep]
    }

    @inline(__always)
    private mutating func setHasValue(_ value: Bool, at level: Int) {
        if level < 64 {
            let bit: UInt64 = 1 &<< UInt64(level)
            hasValueBits = value ? hasValueBits | bit : hasValueBits & ~bit
            return
        }
        let deep = level - 64
        while deepHasValue.count <= deep { deepHasValue.append(false) }
        deepHasValue[deep] = value
    }

    private mutating func newline() {
        append(0x0A)
        for _ in 0..<depth { append(0x20); append(0x20) }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Whether `source` holds a byte that is written escaped: a control character
    /// (below 0x20, or 0x7F), a quote or a backslash. Sixteen bytes at a time, then eight.
    @inline(__always)
    static func needsEscaping(_ source: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = source.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var i = 0
        typealias Vector = SIMD16<UInt8>
        while i + 16 <= source.count {
            let v = raw.loadUnaligned(fromByteOffset: i, as: Vector.self)
            let escaped = (v .< Vector(repeating: 0x20)) .| (v .== Vector(repeating: UInt8(ascii: "\""))) .| (v .== Vector(repeating: UInt8(ascii: "\\")))
                .| (v .== Vector(repeating: 0x7F))
            if SIMDBytes.bits(escaped) != 0 { return true }
            i += 16
        }
        while i + 8 <= source.count {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let found = SWAR.equal(x & (SWAR.ones &* 0xE0), 0)  // below 0x20
                | SWAR.equal(x, 0x22) | SWAR.equal(x, 0x5C) | SWAR.equal(x, 0x7F)
            if found != 0 { return true }
            i += 8
        }
        while i < source.count {
            let byte = source[i]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F { return true }
            i += 1
        }
        return false
    }

    private mutating func appendString(_ value: String) {
        var value = value
        let plain = value.withUTF8 { source -> Bool in
            // Most strings need no escaping: copy them with their quotes in one write.
            if JSONWriter.needsEscaping(source) { return false }
            write(source.count + 2) { out in
                out[0] = UInt8(ascii: "\"")
                if let from = source.baseAddress { (out + 1).update(from: from, count: source.count) }
                out[source.count + 1] = UInt8(ascii: "\"")
            }
            return true
        }
        if plain { return }
        append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append(UInt8(ascii: "\\")); append(byte)
            case UInt8(ascii: "\\"): append(UInt8(ascii: "\\")); append(byte)
            case 0x0A: append(UInt8(ascii: "\\")); append(UInt8(ascii: "n"))
            case 0x0D: append(UInt8(ascii: "\\")); append(UInt8(ascii: "r"))
            case 0x09: append(UInt8(ascii: "\\")); append(UInt8(ascii: "t"))
            case 0x00..<0x20, 0x7F:
                append(literal: "\\u00")
                append(JSONWriter.hex[Int(byte >> 4)])
                append(JSONWriter.hex[Int(byte & 0x0F)])
            default: append(byte)
            }
        }
        append(UInt8(ascii: "\""))
    }
}
