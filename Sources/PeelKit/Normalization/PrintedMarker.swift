/// A list item's marker as printed ("-", "•", "12.", "(b)"), packed into an integer.
///
/// Every marker ``ListMarker`` recognises is at most four UTF-8 bytes, none of them 0:
/// packed, a marker is a plain value (no `String` to retain and release as the
/// assembler carries it from line to block to ``Block``), compared with one integer
/// comparison; its string is made only when ``Block/marker`` is asked for.
struct PrintedMarker: Hashable, Sendable {
    /// The bytes, the first in the lowest byte; 0 for no marker.
    let bits: UInt32

    @inline(__always)
    init(bits: UInt32) { self.bits = bits }

    /// The marker of `bytes`, or nil when they do not fit: empty, longer than four
    /// bytes, or holding a 0 byte (which packing could not tell from the end).
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty, bytes.count <= 4 else { return nil }
        var bits: UInt32 = 0
        for (offset, byte) in bytes.enumerated() {
            guard byte != 0 else { return nil }
            bits |= UInt32(byte) << UInt32(8 * offset)
        }
        self.bits = bits
    }

    /// No marker.
    static var none: PrintedMarker { PrintedMarker(bits: 0) }

    var isNone: Bool { bits == 0 }

    /// The first byte (0 for no marker).
    var firstByte: UInt8 { UInt8(truncatingIfNeeded: bits) }

    /// The marker as printed.
    var string: String {
        var value = bits.littleEndian
        let count = 4 - bits.leadingZeroBitCount / 8
        return withUnsafeBytes(of: &value) { raw in
            String(decoding: UnsafeRawBufferPointer(rebasing: raw[0..<count]), as: UTF8.self)
        }
    }

    // The marks the assembler asks about, packed (`PrintedMarkerTests` checks each
    // against its string).
    static var hyphen: PrintedMarker { PrintedMarker(bits: 0x2D) }  // -
    static var asterisk: PrintedMarker { PrintedMarker(bits: 0x2A) }  // *
    static var plus: PrintedMarker { PrintedMarker(bits: 0x2B) }  // +
    static var letterO: PrintedMarker { PrintedMarker(bits: 0x6F) }  // o
    static var enDash: PrintedMarker { PrintedMarker(bits: 0x93_80_E2) }  // –
    static var emDash: PrintedMarker { PrintedMarker(bits: 0x94_80_E2) }  // —
    static var whiteBullet: PrintedMarker { PrintedMarker(bits: 0xA6_97_E2) }  // ◦
    static var smallSquare: PrintedMarker { PrintedMarker(bits: 0xAA_96_E2) }  // ▪
}
