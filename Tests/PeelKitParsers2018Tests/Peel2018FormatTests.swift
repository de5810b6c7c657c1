import Foundation
import PeelKit
import PeelKitParsers2016
@testable import PeelKitParsers2018
import PeelKitTestSupport
import Testing

/// The 2018/19 module against the markdown sample and its expected values.
@Suite struct Peel2018SampleTests {
    static let sample = "2018-cambridgeshire-markdown"

    func registry() throws -> FormatRegistry {
        try FormatRegistry([Peel2018Format()])
    }

    @Test func sampleMatchesExpectedValues() throws {
        let report = try registry().parse(text: Fixtures.text(Self.sample))
        let differences = ExpectedFields.differences(expected: try Fixtures.expected(Self.sample), actual: try Fixtures.json(report))
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test func sampleHasNoDiagnostics() throws {
        let report = try registry().parse(text: Fixtures.text(Self.sample))
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    }

    @Test func carriedOverJudgments() throws {
        let report = try registry().parse(text: Fixtures.text(Self.sample))
        let carried = report.questions.filter { $0.carriedOver == true }.map(\.key)
        #expect(carried == [.seriousOrganisedCrime, .fairTreatmentPublic, .fairTreatmentWorkforce])
        #expect(report.questions.allSatisfy { $0.carriedOver != nil })
    }

    @Test func sectionLinesPointAtBodyHeadings() throws {
        let report = try registry().parse(text: Fixtures.text(Self.sample))
        #expect(report.question(.specialistCapabilities)?.line == 437)  // "## Armed policing"
        #expect(report.question(.fairTreatmentPublic)?.line == 791)  // "### Treating the public fairly"
    }

    @Test func observationsAndSimilarForces() throws {
        let report = try registry().parse(text: Fixtures.text(Self.sample))
        #expect(report.observations.count == 5)
        #expect(report.observations.first?.hasPrefix("I am very pleased") == true)
        #expect(report.similarForces == [
            "Warwickshire Police", "Thames Valley Police", "Gloucestershire Constabulary", "Wiltshire Police",
            "Avon and Somerset Constabulary", "Staffordshire Police", "Devon and Cornwall Police",
        ])
    }

    @Test func summariesStopBeforeFindings() throws {
        let report = try registry().parse(text: Fixtures.text(Self.sample))
        let preventing = try #require(report.question(.preventingCrime))
        #expect(preventing.summary.count == 3)
        #expect(preventing.summary.allSatisfy { !$0.hasPrefix("We set out our detailed findings") })
    }

    @Test func furtherTablesOfTheForceInContextPanels() throws {
        let report = try registry().parse(text: Fixtures.text(Self.sample))
        let workforce = try #require(report.tables.first { $0.title == "Cambridgeshire workforce" })
        #expect(workforce.rows.first == ["Police Officer", "1447", "1370", "6%"])
        #expect(workforce.columns.count == 4)
        let outcomes = try #require(report.tables.first { $0.title == "Crime Outcomes 12 months ending 31 March 2019" })
        #expect(outcomes.rows.count == 3)
        #expect(outcomes.columns == ["", "Cambridgeshire proportion", "England and Wales proportion"])
        // Printed one cell a paragraph: headers, then label and values.
        let stops = try #require(report.tables.last)
        #expect(stops.columns == ["", "Cambridgeshire rate", "England and Wales rate"])
        #expect(stops.rows == [["Number of stops and searches per 1,000 population", "2.1", "6.4"]])
        #expect(report.tables.count == 11)
        // Key figures are not repeated as tables of the first panel.
        #expect(!report.tables.contains { $0.line.map { $0 < 109 } == true && $0.title.hasPrefix("Spend per head") })
    }

    /// A plain-text extractor gives the same report, apart from line numbers.
    @Test func sameReportWithoutMarkup() throws {
        let text = try Fixtures.text(Self.sample)
        let plain = MarkupStripping.strip(text)
        #expect(!plain.contains("<b>") && !plain.contains("**") && !plain.contains("](#)") && !plain.contains("\n#"))
        let marked = try Self.withoutLines(Fixtures.json(registry().parse(text: text)))
        let unmarked = try Self.withoutLines(Fixtures.json(registry().parse(text: plain)))
        let differences = ExpectedFields.differences(expected: marked, actual: unmarked)
            + ExpectedFields.differences(expected: unmarked, actual: marked)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    /// A contents page printed without page numbers names the headings the body
    /// uses ("Force in context", "Overall summary"); the body's are still found.
    @Test func contentsWithoutPageNumbers() throws {
        let plain = MarkupStripping.strip(try Fixtures.text(Self.sample))
        let lines = plain.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let cells = line.split(separator: "\t")
            guard cells.count == 2, cells[1].allSatisfy(\.isNumber) else { return String(line) }
            return String(cells[0]) + "\n"
        }
        let report = try registry().parse(text: lines.joined(separator: "\n"))
        let differences = ExpectedFields.differences(expected: try Fixtures.expected(Self.sample), actual: try Fixtures.json(report))
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
        #expect(report.observations.count == 5)
    }

    /// A report cut before the "Overall summary": no cover, no headline panel.
    @Test func reportWithoutCoverOrHeadlinePanel() throws {
        let text = try Fixtures.text(Self.sample)
        let cut = try #require(text.range(of: "# Overall summary"))
        let report = try registry().parse(text: String(text[cut.lowerBound...]))
        #expect(report.title == nil)
        #expect(report.force?.id == "cambridgeshire")  // named in the observations
        #expect(report.questions.count == 10)
        #expect(report.keyFigures.isEmpty)  // not the effectiveness panel's figures
        #expect(report.diagnostics.map(\.code) == ["figures-missing"])
        #expect(report.published == "2020-02")
    }

    /// Without the "Overall summary" table, the body gives titles, grades and the
    /// year each judgment dates from.
    @Test func reportWithoutSummaryTable() throws {
        let text = try Fixtures.text(Self.sample)
        let start = try #require(text.range(of: "# Overall summary"))
        let end = try #require(text.range(of: "## How does the force compare"))
        let report = try registry().parse(text: String(text[..<start.lowerBound]) + String(text[end.lowerBound...]))
        let expected = try Fixtures.json(registry().parse(text: text))["questions"] as? [[String: Any]] ?? []
        #expect(report.questions.count == 10)
        for (question, expected) in zip(report.questions, expected) {
            #expect(question.lastInspected == expected["lastInspected"] as? String, "\(question.key)")
            #expect(question.grade?.rawValue == expected["grade"] as? String, "\(question.key)")
        }
        #expect(report.question(.specialistCapabilities)?.title == "Armed policing")
        #expect(report.question(.specialistCapabilities)?.gradeSource == .inferred)
        #expect(report.question(.fairTreatmentPublic)?.title == "Treating the public fairly")
        #expect(report.diagnostics.map(\.code).sorted() == ["grade-inferred", "summary-table-missing"])
    }

    static func withoutLines(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            return object.filter { $0.key != "line" }.mapValues(withoutLines)
        }
        if let array = value as? [Any] { return array.map(withoutLines) }
        return value
    }
}

/// Detection across the four samples.
@Suite struct Peel2018DetectionTests {
    @Test func recognisesOnlyThe2018Sample() throws {
        let format = Peel2018Format()
        for name in Fixtures.samples {
            let document = Document(normalizing: try Fixtures.bytes(name))
            let confidence = format.detect(in: document).confidence
            if name.hasPrefix("2018") {
                #expect(confidence >= 0.5, "\(name): \(confidence)")
            } else {
                #expect(confidence < 0.5, "\(name): \(confidence)")
            }
        }
    }

    /// With the 2016 module registered too: each sample goes to its own layout, and
    /// the 2015 excerpt to neither.
    @Test func eachSampleGoesToItsLayout() throws {
        let registry = try FormatRegistry([Peel2016Format(), Peel2018Format()])
        for name in Fixtures.samples {
            let document = Document(normalizing: try Fixtures.bytes(name))
            let ranked = registry.detect(document)
            let score = { (id: String) in ranked.first { $0.formatID == id }?.confidence ?? -1 }
            switch name.prefix(4) {
            case "2018":
                #expect(ranked.first?.formatID == "peel-2018")
                #expect(try registry.choose(for: document).format.id == "peel-2018")
            case "2016":
                #expect(score("peel-2016") == 1, "\(name)")
                #expect(score("peel-2018") < 0.5, "\(name)")
                #expect(try registry.choose(for: document).format.id == "peel-2016")
            default:
                #expect(score("peel-2018") < 0.5, "\(name)")
                #expect(throws: PeelError.self) { try registry.choose(for: document) }
            }
        }
    }

    @Test func plainTextSampleIsRecognised() throws {
        let plain = MarkupStripping.strip(try Fixtures.text("2018-cambridgeshire-markdown"))
        #expect(Peel2018Format().detect(in: Document(text: plain)).confidence >= 0.5)
    }
}
