/// What a layout module conforms to: it recognises its layout in a ``Document`` and
/// reads a ``Report`` from it.
///
/// A module is a small value (usually a struct with no stored state) registered with
/// a ``FormatRegistry``:
///
/// ```swift
/// struct Peel2017Format: ReportFormat {
///     let id = "peel-2017"
///     let name = "PEEL: Police effectiveness 2017"
///
///     func detect(in document: Document) -> Detection {
///         EvidenceScorer(formatID: id)
///             .expect("PEEL: Police effectiveness 2017", weight: 3)
///             .reject("PEEL: Police effectiveness 2016")
///             .score(document)
///     }
///
///     func parse(_ document: Document) throws -> Report { … }
/// }
///
/// var registry = FormatRegistry()
/// try registry.register(Peel2017Format())
/// ```
///
/// Modules read the normalised document only, never raw text: the clean-up of
/// extractor noise is the core's job. The building blocks in `Reading/`
/// (``Document/firstIndex(of:from:kinds:)``, ``Document/sectionStarts(_:closedBy:)``,
/// ``GradeReader``, ``ListReader``, ``CauseOfConcernReader``, ``FigurePanelReader``,
/// ``CoverReader``, ``ForceDirectory``, ``QuestionKey/init(title:)``) cover most needs.
public protocol ReportFormat: Sendable {
    /// A stable id, written to `format.id` in the JSON: `peel-2016`.
    var id: String { get }
    /// A human-readable name, shown by `peel formats`.
    var name: String { get }
    /// How well the document matches this layout: a confidence in 0…1 and the evidence.
    func detect(in document: Document) -> Detection
    /// Reads the report. Missing parts become `nil` values with diagnostics; throw
    /// only when nothing can be read at all.
    func parse(_ document: Document) throws -> Report
}

/// A layout module's verdict on a document.
public struct Detection: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The module's id.
    public var formatID: String
    /// 0 (certainly not this layout) … 1 (certainly this layout).
    public var confidence: Double
    /// What was found (or found missing), in words, for `peel detect` and errors.
    public var evidence: [String]

    /// A verdict; `confidence` is clamped to 0…1.
    public init(formatID: String, confidence: Double, evidence: [String]) {
        self.formatID = formatID
        self.confidence = min(1, max(0, confidence))
        self.evidence = evidence
    }

    /// The id and the confidence as a percentage: "peel-2016 97%".
    public var description: String {
        "\(formatID) \(Detection.percent(confidence))"
    }

    /// A confidence as a percentage string, "97%".
    public static func percent(_ value: Double) -> String {
        guard value.isFinite else { return "?%" }  // Int(_:) would trap on NaN or infinity
        return "\(Int((min(1, max(0, value)) * 100).rounded()))%"
    }
}
