import Foundation
import PeelKit
import Testing

/// What the library gave for one input: a report that passes the invariants below, or
/// a `PeelError`. Anything else (another error type, a crash) fails the test.
enum Outcome {
    case report(Report)
    case refused(PeelError)

    /// Parses `input` (with detection, or with the layout named) and checks the result.
    @discardableResult
    static func of(
        _ input: [UInt8], _ registry: FormatRegistry, format: String? = nil, label: @autoclosure () -> String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Outcome? {
        do {
            let report = try registry.parse(bytes: input, format: format)
            checkInvariants(report, inputSize: input.count, label: label(), sourceLocation: sourceLocation)
            return .report(report)
        } catch let error as PeelError {
            #expect(!error.description.isEmpty, sourceLocation: sourceLocation)
            return .refused(error)
        } catch {
            Issue.record("\(label()): \(error) is not a PeelError", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// Reads an already normalised document (with detection, or the layout named).
    @discardableResult
    static func of(
        _ document: Document, inputSize: Int, _ registry: FormatRegistry, format: String? = nil, label: @autoclosure () -> String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Outcome? {
        do {
            let report = try registry.parse(document, format: format)
            checkInvariants(report, inputSize: inputSize, label: label(), sourceLocation: sourceLocation)
            return .report(report)
        } catch let error as PeelError {
            return .refused(error)
        } catch {
            Issue.record("\(label()): \(error) is not a PeelError", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// What every report must satisfy, however damaged its input: no invented values
    /// (a grade only with a source, a source "absent" only without a grade), line
    /// numbers inside the input, one entry per question, JSON that parses.
    static func checkInvariants(_ report: Report, inputSize: Int, label: String, sourceLocation: SourceLocation) {
        let lines = 1...(inputSize + 1)
        for judgment in report.judgments {
            #expect((judgment.grade == nil) == (judgment.gradeSource == .absent), "\(label): judgment \(judgment)", sourceLocation: sourceLocation)
        }
        for question in report.questions {
            #expect((question.grade == nil) == (question.gradeSource == .absent), "\(label): \(question.key)", sourceLocation: sourceLocation)
            if let line = question.line { #expect(lines.contains(line), "\(label): \(question.key) line \(line)", sourceLocation: sourceLocation) }
            #expect(!question.areasForImprovement.contains(""), "\(label): empty area for improvement", sourceLocation: sourceLocation)
        }
        #expect(Set(report.questions.map(\.key)).count == report.questions.count, "\(label): a question twice", sourceLocation: sourceLocation)
        for diagnostic in report.diagnostics {
            if let line = diagnostic.line { #expect(lines.contains(line), "\(label): \(diagnostic)", sourceLocation: sourceLocation) }
        }
        let json = ReportJSONEncoder(style: .compact).encode(report)
        #expect((try? JSONSerialization.jsonObject(with: json)) != nil, "\(label): JSON does not parse", sourceLocation: sourceLocation)
    }
}
