@testable import PeelKit
import PeelKitTestSupport
import Testing

/// ``ByteWriter/append(_:readable:)`` copies a run of up to 128 bytes as 128 bytes,
/// storing past the new end; these tests hold it to a plain byte-for-byte append.
@Suite("Byte writer")
struct ByteWriterTests {
    @Test("appending with room to read on gives the bytes a plain append gives, for every length and room")
    func appendReadable() {
        var generator = SplitMix64(seed: 41)
        let source = (0..<400).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        source.withUnsafeBufferPointer { source in
            for length in 0...200 {
                for extra in [0, 1, 7, 15, 16, 40, 128, 400] {
                    // Offsets whose run ends near the source's end: the readable room is cut short.
                    for offset in [0, 3, max(0, source.count - length - extra)] where offset + length <= source.count {
                        // Small capacities make the writer grow, or fall back to a plain copy.
                        for capacity in [1, 64, 300] {
                            var writer = ByteWriter(capacity: capacity)
                            writer.append(0xAA)
                            let run = UnsafeBufferPointer(rebasing: source[offset..<offset + length])
                            writer.append(run, readable: min(length + extra, source.count - offset))
                            writer.append(0xBB)  // overwrites whatever was stored past the run
                            let written = writer.withBytes(from: 0) { Array($0) }
                            #expect(written == [0xAA] + Array(run) + [0xBB], "length \(length), room \(extra), capacity \(capacity)")
                        }
                    }
                }
            }
        }
    }
}
