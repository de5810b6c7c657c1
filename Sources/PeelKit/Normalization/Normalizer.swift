/// Turns input bytes into a ``Document``: bytes → clean lines → blocks.
///
/// The one place where extractor noise is dealt with, so that every layout module
/// reads the same clean model whatever produced the text. Steps:
/// 1. split lines at LF, CRLF, lone CR; a form feed marks a page break; a leading
///    byte-order mark is dropped (the breaks, and the bytes the cleaner must look at,
///    come from one pass over the input: ``VerbatimMap``);
/// 2. clean each line's characters (``LineCleaner``);
/// 3. drop page furniture: page numbers and running headers beside page breaks
///    (``PageFurniture``);
/// 4. group lines into blocks (``BlockAssembler``), rejoining sentences cut by page
///    breaks and footnotes as each paragraph ends (``ParagraphMerger``);
/// 5. fold every block once into the document's folded text (``AssembledText``).
///
/// The bytes are worked on in place: the clean lines share one buffer, the blocks'
/// text another, so no line or block costs an allocation of its own; a block's
/// `String` is made only when its text is first asked for (``BlockText``).
struct Normalizer {
    func normalize(_ bytes: [UInt8]) -> Document {
        let assembled = Normalizer.assemble(bytes)
        return Document(
            assembled: assembled.text, lineCount: assembled.lineCount, byteCount: bytes.count,
            diagnostics: assembled.diagnostics)
    }

    /// What steps 1–4 leave for the document: the blocks' text, and what the lines told.
    private struct Assembled: ~Copyable {
        var text: AssembledText
        var lineCount: Int
        var diagnostics: [Diagnostic]
    }

    /// Steps 1–4. The clean lines and their buffer are freed when this returns, before
    /// the blocks are folded (step 5): the allocator can then give the folded text the
    /// memory they held, which the assembler has just read and the cache still holds.
    private static func assemble(_ bytes: [UInt8]) -> Assembled {
        var diagnostics: [Diagnostic] = []
        let clean = Normalizer.cleanLines(bytes)
        if clean.replacedBytes > 0, let first = clean.firstReplacement {
            diagnostics.append(Diagnostic(
                .warning, "invalid-utf8",
                "\(clean.replacedBytes) invalid UTF-8 byte(s) replaced with U+FFFD; the first at byte offset \(first.offset)",
                line: first.line))
        }
        let lines = clean.lines
        let text = clean.bytes.withBytes(from: 0) { text -> AssembledText in
            let furniture = PageFurniture.mark(lines, text)
            var assembler = BlockAssembler(text: text)
            assembler.wrapWidth = Normalizer.wrapWidth(lines)
            assembler.assemble(lines, furniture: furniture)
            return assembler.finish()
        }
        return Assembled(text: text, lineCount: lines.last?.number ?? 0, diagnostics: diagnostics)
    }

    /// Splits `bytes` into lines and cleans each (steps 1 and 2).
    /// `byteByByte` finds plain runs without the ``VerbatimMap`` (the definition, for tests).
    static func cleanLines(_ bytes: [UInt8], byteByByte: Bool = false) -> CleanLines {
        var sink = LineSink(capacity: bytes.count)
        sink.cleaner.byteByByte = byteByByte
        bytes.withUnsafeBufferPointer { raw in
            let map = VerbatimMap(raw)
            var start = 0
            if raw.count >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF { start = 3 }
            var i = start
            let count = raw.count
            while i < count {
                // The next byte that can end a line: LF, CR or FF (the map also marks
                // the vertical tab between them, which ends nothing).
                i = map.nextBreak(from: i, limit: count)
                if i >= count { break }
                if raw[i] == 0x0B {
                    i += 1
                    continue
                }
                let byte = raw[i]
                if byte == 0x0A || byte == 0x0D {
                    sink.emit(raw, start..<i, map)
                    if byte == 0x0D, i + 1 < count, raw[i + 1] == 0x0A { i += 1 }
                    i += 1
                    start = i
                    sink.number += 1
                } else {
                    if hasText(raw, start, i) { sink.emit(raw, start..<i, map) }
                    sink.pageBreak = true
                    i += 1
                    start = i
                }
            }
            if start < count { sink.emit(raw, start..<count, map) }
        }
        return sink.finish()
    }

    /// The lines found so far and the cleaner they go through. A struct with a mutating
    /// method rather than a nested function capturing locals: captured locals would be
    /// boxed and every access to them checked for exclusivity at run time.
    private struct LineSink: ~Copyable {
        var lines: [SourceLine] = []
        var cleaner: LineCleaner
        var number = 1
        /// A form feed was seen; the next line with text starts a page.
        var pageBreak = false

        init(capacity: Int) {
            // Lines of 40 bytes on average, blank ones counted (pdftotext prose runs 50 to 60):
            // growing the array would copy every line so far.
            lines.reserveCapacity(capacity / 40 + 64)
            cleaner = LineCleaner(capacity: capacity + 128)  // room for whole 128-byte copies
        }

        /// The lines, their clean bytes and what was replaced, ending the sink.
        consuming func finish() -> CleanLines {
            let replaced = cleaner.replacedBytes
            let first = cleaner.firstReplacement
            return CleanLines(bytes: cleaner.takeOutput(), lines: lines, replacedBytes: replaced, firstReplacement: first)
        }

        mutating func emit(_ raw: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ map: borrowing VerbatimMap) {
            var line = SourceLine(number: number)
            line.afterPageBreak = pageBreak
            line.start = cleaner.output.count
            line.end = line.start
            lines.append(line)
            // An empty line (two in five in the samples): nothing to clean.
            if range.isEmpty { return }
            // Cleaned where it lies in the array. Cleaned in a local copy and then
            // appended, its one-byte flags were read back with wide loads straight after
            // being stored, which the processor cannot forward: a stall a line.
            let takesBreak = lines.withUnsafeMutableBufferPointer { buffer -> Bool in
                guard let last = buffer.baseAddress.map({ $0 + (buffer.count - 1) }) else { return false }
                cleaner.clean(raw, range, map: map, into: &last.pointee)
                return !last.pointee.isBlank || last.pointee.isRule
            }
            // A page break stays pending until a line with text takes it.
            if takesBreak { pageBreak = false }
        }
    }

    /// The length that most text lines reach: the 90th percentile of line lengths (at least 60).
    static func wrapWidth(_ lines: [SourceLine]) -> Int {
        var histogram = [Int](repeating: 0, count: 257)
        var total = 0
        for line in lines where line.count >= 20 {
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

    private static func hasText(_ raw: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var k = from
        while k < to {
            if raw[k] != 0x20 && raw[k] != 0x09 { return true }
            k += 1
        }
        return false
    }
}
