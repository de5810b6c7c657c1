/// A small streaming JSON writer over UTF-8 bytes: keys come out in the order they
/// are written, strings are escaped per RFC 8259, nothing goes through `JSONEncoder`.
public struct JSONWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
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
        bytes.reserveCapacity(capacity)
    }

    /// A writer that appends to `bytes` (which it takes over: read them back from
    /// ``bytes``), for callers that keep one output buffer for many documents.
    init(pretty: Bool, appendingTo bytes: [UInt8]) {
        self.pretty = pretty
        self.bytes = bytes
    }

    // MARK: Containers

    /// Opens an object (`{`); write members with ``key(_:)`` and a value each.
    public mutating func beginObject() { beginValue(); bytes.append(UInt8(ascii: "{")); open() }
    /// Closes the object opened last (`}`).
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    /// Opens an array (`[`).
    public mutating func beginArray() { beginValue(); bytes.append(UInt8(ascii: "[")); open() }
    /// Closes the array opened last (`]`).
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes a member's key; the next value written is its value.
    public mutating func key(_ name: String) {
        separate()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(0x20) }
        pendingKey = true
    }

    /// Writes a member's key that needs no escaping (a name of the contract, ASCII
    /// letters only): its bytes are copied as they are, without the scan for
    /// characters to escape that ``key(_:)`` makes.
    mutating func key(literal name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(0x20) }
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
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Writes a number: whole values without a fraction (`1`), others as Swift prints
    /// them (`0.97`); `null` for infinities and NaN.
    public mutating func double(_ value: Double) {
        beginValue()
        guard value.isFinite else { bytes.append(contentsOf: "null".utf8); return }
        if value == value.rounded(), abs(value) < 1e15 {
            bytes.append(contentsOf: String(Int(value)).utf8)
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
    }

    /// Writes `true` or `false`, or `null` for `nil`.
    public mutating func bool(_ value: Bool?) {
        guard let value else { return null() }
        beginValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// Writes `null`.
    public mutating func null() {
        beginValue()
        bytes.append(contentsOf: "null".utf8)
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
        if hasValue(at: depth) { bytes.append(UInt8(ascii: ",")) }
        setHasValue(true, at: depth)
        if pretty && depth > 0 { newline() }
    }

    private mutating func open() {
        depth += 1
        setHasValue(false, at: depth)
    }

    private mutating func close(_ bracket: UInt8) {
        guard depth > 0 else { return bytes.append(bracket) }  // more closed than opened: no trap
        let hadValues = hasValue(at: depth)
        depth -= 1
        if pretty && hadValues { newline() }
        bytes.append(bracket)
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
        bytes.append(0x0A)
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Whether `source` holds a byte that is written escaped: a control character
    /// (below 0x20, or 0x7F), a quote or a backslash. Sixteen bytes at a time, then eight.
    @inline(__always)
    static func needsEscaping(_ source: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = source.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        /// The high bit of each zero byte of `x`, exactly (no carry crosses bytes).
        @inline(__always) func zeros(_ x: UInt64) -> UInt64 { ~(((x & low) &+ low) | x | low) }
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
            let found = zeros(x & (ones &* 0xE0))  // below 0x20
                | zeros(x ^ (ones &* 0x22)) | zeros(x ^ (ones &* 0x5C)) | zeros(x ^ (ones &* 0x7F))
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
        bytes.append(UInt8(ascii: "\""))
        var value = value
        let plain = value.withUTF8 { source -> Bool in
            // Most strings need no escaping: copy them at once.
            if JSONWriter.needsEscaping(source) { return false }
            bytes.append(contentsOf: source)
            return true
        }
        if plain {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
            case 0x00..<0x20, 0x7F:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(JSONWriter.hex[Int(byte >> 4)])
                bytes.append(JSONWriter.hex[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
