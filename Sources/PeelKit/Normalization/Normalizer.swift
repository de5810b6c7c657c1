/// Turns input bytes into a ``Document``: bytes → clean lines → blocks.
///
/// The one place where extractor noise is dealt with, so that every layout module
/// reads the same clean model whatever produced the text. Steps:
/// 1. split lines at LF, CRLF, lone CR; a form feed marks a page break; a leading
///    byte-order mark is dropped;
/// 2. clean each line's characters (``LineCleaner``);
/// 3. drop page furniture: page numbers and running headers beside page breaks
///    (``PageFurniture``);
/// 4. group lines into blocks (``BlockAssembler``);
/// 5. rejoin sentences cut by page breaks and footnotes (``ParagraphMerger``).
struct Normalizer {
    func normalize(_ bytes: [UInt8]) -> Document {
        var lines: [SourceLine] = []
        lines.reserveCapacity(bytes.count / 60 + 1)
        var diagnostics: [Diagnostic] = []
        var replaced = 0
        var firstReplacement: (line: Int, offset: Int)?

        bytes.withUnsafeBufferPointer { raw in
            var cleaner = LineCleaner()
            var start = 0
            if raw.count >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF { start = 3 }
            var number = 1
            var pageBreak = false
            var i = start
            let count = raw.count

            func emit(_ range: Range<Int>) {
                var line = SourceLine(number: number)
                line.afterPageBreak = pageBreak
                cleaner.clean(raw, range, into: &line)
                if line.replacedBytes > 0 {
                    replaced += line.replacedBytes
                    if firstReplacement == nil, let offset = line.firstInvalidOffset {
                        firstReplacement = (number, offset)
                    }
                }
                // A page break stays pending until a line with text takes it.
                if !line.isBlank || line.isRule { pageBreak = false }
                lines.append(line)
            }

            while i < count {
                // Jump to the next byte that can end a line: LF, CR or FF.
                if let base = raw.baseAddress {
                    let next = Normalizer.nextBreak(base, from: i, count: count)
                    if next > i { i = next }
                    if i >= count { break }
                }
                let byte = raw[i]
                if byte == 0x0A || byte == 0x0D {
                    emit(start..<i)
                    if byte == 0x0D, i + 1 < count, raw[i + 1] == 0x0A { i += 1 }
                    i += 1
                    start = i
                    number += 1
                } else if byte == 0x0C {
                    if hasText(raw, start, i) { emit(start..<i) }
                    pageBreak = true
                    i += 1
                    start = i
                } else {
                    i += 1
                }
            }
            if start < count { emit(start..<count) }
        }
        if replaced > 0, let first = firstReplacement {
            diagnostics.append(Diagnostic(
                .warning, "invalid-utf8",
                "\(replaced) invalid UTF-8 byte(s) replaced with U+FFFD; the first at byte offset \(first.offset)",
                line: first.line))
        }

        let furniture = PageFurniture.mark(lines)
        var assembler = BlockAssembler()
        assembler.wrapWidth = Normalizer.wrapWidth(lines)
        assembler.assemble(lines, furniture: furniture)
        let blocks = ParagraphMerger.merge(assembler.blocks)
        return Document(
            blocks: blocks, footnotes: assembler.footnotes, lineCount: lines.last?.number ?? 0,
            byteCount: bytes.count, diagnostics: diagnostics)
    }

    /// The length that most text lines reach: the 90th percentile of line lengths (at least 60).
    static func wrapWidth(_ lines: [SourceLine]) -> Int {
        var histogram = [Int](repeating: 0, count: 257)
        var total = 0
        for line in lines where line.content.count >= 20 {
            histogram[min(line.width, 256)] += 1
            total += 1
        }
        guard total > 0 else { return 80 }
        var seen = 0
        for (length, count) in histogram.enumerated() {
            seen += count
            // No real extractor wraps narrower than 60 columns; tiny inputs should not pretend to.
            if seen * 10 >= total * 9 { return max(length, 60) }
        }
        return 256
    }

    /// The index of the next LF, CR or FF at or after `from` (`count` when none).
    @inline(__always)
    static func nextBreak(_ base: UnsafePointer<UInt8>, from: Int, count: Int) -> Int {
        var i = from
        while i < count {
            let byte = base[i]
            if byte <= 0x0D && (byte == 0x0A || byte == 0x0D || byte == 0x0C) { return i }
            i += 1
        }
        return count
    }

    /// Characters (not bytes) in UTF-8 text.
    static func characterCount(_ bytes: some Collection<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    private func hasText(_ raw: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var k = from
        while k < to {
            if raw[k] != 0x20 && raw[k] != 0x09 { return true }
            k += 1
        }
        return false
    }
}
