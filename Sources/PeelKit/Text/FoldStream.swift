/// Folding as a stream of bytes: the bytes ``TextFolding/fold(_:)`` writes, handed one
/// at a time to a closure that can stop the fold early — for tests that can give up
/// after a few bytes ("is this short text a grade?") without folding a whole paragraph.
enum FoldStream {
    /// Calls `body` with each byte of the folded form of `bytes` in order, until it
    /// returns `false`. Returns `true` when every byte was taken.
    @inline(__always)
    static func forEach(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt8) -> Bool) -> Bool {
        TextFolding.asciiFolding.withUnsafeBufferPointer { table in
            var emitted = false  // whether a byte was given: no leading space
            var pendingSpace = false
            var i = 0
            let count = bytes.count
            while i < count {
                let byte = bytes[i]
                if byte < 0x80 {
                    let folded = table[Int(byte)]
                    if folded != 0x20 {
                        if pendingSpace && emitted {
                            guard body(0x20) else { return false }
                        }
                        pendingSpace = false
                        emitted = true
                        guard body(folded) else { return false }
                    } else {
                        pendingSpace = true
                    }
                    i += 1
                    continue
                }
                let scalarLength = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                let end = min(i + scalarLength, count)
                if TextFolding.isSeparator(bytes, i, end) {
                    pendingSpace = true
                } else {
                    if pendingSpace && emitted {
                        guard body(0x20) else { return false }
                    }
                    pendingSpace = false
                    emitted = true
                    var k = i
                    while k < end {
                        guard body(bytes[k]) else { return false }
                        k += 1
                    }
                }
                i = end
            }
            return true
        }
    }
}
