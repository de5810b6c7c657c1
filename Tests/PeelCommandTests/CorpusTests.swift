import Foundation
import PeelKit
import PeelKitTestSupport
import Testing

@Suite("Corpus runs and exports")
struct CorpusTests {
    /// A folder with the samples (one in a subfolder) and one bad file.
    static func corpus() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("peel-corpus-\(UUID().uuidString)")
        let sub = directory.appendingPathComponent("more")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        for (offset, name) in Fixtures.samples.enumerated() {
            let target = (offset == 3 ? sub : directory).appendingPathComponent(name + ".txt")
            try FileManager.default.copyItem(at: Fixtures.directory.appendingPathComponent(name + ".txt"), to: target)
        }
        try Data([0x00, 0x01, 0x02, 0xFF]).write(to: directory.appendingPathComponent("broken.txt"))
        return directory
    }

    @Test func theCorpusCommandStreamsJSONLinesAndNamesTheBadFile() throws {
        let directory = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out.jsonl")
        let result = try PeelProcess.run(["corpus", directory.path, "--jobs", "2", "--jsonl", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.txt: not UTF-8 text (invalid byte at offset 0)"))
        #expect(result.stderr.contains("5 files,"))
        let lines = try String(contentsOf: out, encoding: .utf8).split(separator: "\n")
        #expect(result.stderr.contains("\(lines.count) reports parsed"))
        #expect(lines.count >= 2)
        // Path order, whatever the parallelism.
        let sources = lines.compactMap { line -> String? in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["source"] as? String
        }
        #expect(sources == sources.sorted())
    }

    /// Issue 6's acceptance: the four samples and one bad file give 24 judgment rows
    /// (4 + 5 + 5 + 10 questions) and 32 improvement rows, a summary, and exit 1.
    @Test("CSV exports of the samples", arguments: [("judgments", 24), ("improvements", 32)])
    func csvRowCounts(kind: String, rows: Int) throws {
        let directory = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try PeelProcess.run(["corpus", directory.path, "--csv", kind])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.txt: not UTF-8 text (invalid byte at offset 0)"))
        #expect(result.stderr.contains("5 files, 4 reports parsed, 1 failed"))
        #expect(result.stderr.contains("peel-2015: 1") && result.stderr.contains("peel-2016: 2") && result.stderr.contains("peel-2018: 1"))
        let records = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(records.count == rows + 1)  // and the header
        #expect(records.first?.hasPrefix(kind == "judgments" ? "file,force_id,force_name,layout" : "file,force_id,inspection_year") == true)
    }

    @Test func parseWritesTheSameCSVAsCorpus() throws {
        let result = try PeelProcess.run(["parse", "--csv", "judgments", PeelProcess.fixture("2018-cambridgeshire-markdown")])
        #expect(result.status == 0)
        let records = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(records.count == 11)
        #expect(records.contains { $0.hasSuffix(",legitimacy,fair-treatment-public,good,stated,2017") })
    }

    @Test func orderAndContentDoNotDependOnTheNumberOfJobs() throws {
        let directory = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = try CorpusFiles.list(under: directory)
        #expect(files.map(\.lastPathComponent) == [
            "2015-cambridgeshire-excerpt.txt", "2016-cambridgeshire.txt", "2016-cumbria-noisy.txt", "broken.txt",
            "2018-cambridgeshire-markdown.txt",
        ])
        var registry = FormatRegistry()
        try registry.register(StubLayout())
        func collect(jobs: Int) -> [String] {
            var seen: [String] = []
            CorpusRun(files: files, registry: registry, jobs: jobs).run { result in
                seen.append("\(result.index) \(result.file.lastPathComponent) \(result.report?.title ?? "failed")")
            }
            return seen
        }
        let one = collect(jobs: 1)
        #expect(one.count == 5)
        #expect(collect(jobs: 3) == one)
        #expect(one[3] == "3 broken.txt failed")
    }

    /// The output file is written as a shell's `>` writes it: emptied first, and through
    /// a symbolic link to its target.
    @Test func anExistingOutputFileIsEmptiedAndALinkFollowed() throws {
        let directory = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("target.out")
        try Data(repeating: UInt8(ascii: "x"), count: 5_000_000).write(to: target)
        let link = directory.appendingPathComponent("link.out")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let result = try PeelProcess.run(["corpus", directory.path, "--jsonl", link.path])
        #expect(result.status == 1)
        let written = try String(contentsOf: target, encoding: .utf8)
        #expect(!written.contains("xxx") && written.split(separator: "\n").count == 4)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
    }

    @Test func csvExportsQuoteAndCountRows() throws {
        var csv = CSVWriter()
        csv.record(["plain", "with, comma", "with \"quote\"", nil, "two\nlines"])
        #expect(String(decoding: csv.bytes, as: UTF8.self) == "plain,\"with, comma\",\"with \"\"quote\"\"\",,\"two\nlines\"\r\n")
    }

    @Test func pdfInputGoesThroughPdftotext() throws {
        guard PDFText.toolPath() != nil else {
            // CI installs poppler-utils; without it the error must name the tool.
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("x-\(UUID().uuidString).pdf")
            try MinimalPDF.make(lines: ["x"]).write(to: url)
            #expect(throws: PeelError.missingTool(name: "pdftotext", hint: PDFText.installHint)) { try ReportInput.text(of: url) }
            return
        }
        let text = try Fixtures.text("2016-cambridgeshire")
        // The cover, the overall judgment and the first question, as printed lines.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(400).flatMap { line -> [String] in
            let clean = String(line).replacingOccurrences(of: "\t", with: " ")
                .unicodeScalars.filter { $0.value < 0x100 && $0.value != 0xA0 }.map(String.init).joined()
            // Wrap long paragraphs as a PDF page would.
            var out: [String] = []
            var current = ""
            for word in clean.split(separator: " ") {
                if current.count + word.count > 90 { out.append(current); current = "" }
                current += current.isEmpty ? String(word) : " " + word
            }
            out.append(current)
            return out
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("peel-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdf = directory.appendingPathComponent("report.pdf")
        try MinimalPDF.make(lines: lines).write(to: pdf)

        let result = try PeelProcess.run(["parse", pdf.path])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((json?["format"] as? [String: Any])?["id"] as? String == "peel-2016")
        #expect((json?["force"] as? [String: Any])?["id"] as? String == "cambridgeshire")
        #expect(json?["isbn"] as? String == "978-1-78655-339-3")
        let questions = json?["questions"] as? [[String: Any]] ?? []
        #expect(questions.first?["key"] as? String == "preventing-crime")
        #expect(questions.first?["grade"] as? String == "good")
        let areas = questions.first?["areasForImprovement"] as? [String] ?? []
        #expect(areas.count == 2)

        let stdin = try PeelProcess.run(["parse", "--pdf", "--jsonl", "-"], stdin: try Data(contentsOf: pdf))
        #expect(stdin.status == 0)
        #expect(stdin.stdout.contains(#""id":"cambridgeshire""#))
    }
}

/// A layout that reads any text: its first block is the title.
struct StubLayout: ReportFormat {
    let id = "stub"
    let name = "Stub"
    func detect(in document: Document) -> Detection { Detection(formatID: id, confidence: 1, evidence: []) }
    func parse(_ document: Document) throws -> Report {
        Report(format: FormatMatch(id: id, confidence: 1), title: document.blocks.first?.text)
    }
}
