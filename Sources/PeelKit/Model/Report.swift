/// Everything PeelKit read from one PEEL report: the value the JSON contract
/// (schemaVersion 1) describes.
///
/// A layout module builds it; ``ReportJSONEncoder`` writes it. Fields the text does
/// not give are `nil` (written as `null`), and ``diagnostics`` says why.
public struct Report: Sendable, Codable, Hashable {
    /// The version of the JSON contract this value follows.
    public static let schemaVersion = 1

    /// The contract version this value follows; ``Report/schemaVersion-swift.type.property`` for new reports.
    public var schemaVersion: Int = Report.schemaVersion
    /// Which layout module read the report, and how sure detection was.
    public var format: FormatMatch
    /// The title on the cover ("PEEL: Police effectiveness 2016"), `nil` without a cover.
    public var title: String?
    /// The force the report is about, or `nil` when the text names none.
    public var force: ForceReference?
    /// "2015", "2016", "2018/19".
    public var inspectionYear: String?
    /// Month of publication, "YYYY-MM".
    public var published: String?
    /// The ISBN as printed, e.g. "978-1-78655-339-3".
    public var isbn: String?
    /// The pillar-level judgments, in document order.
    public var judgments: [Judgment]
    /// Every question or component, in document order.
    public var questions: [Question]
    /// The headline figures, where their values are in the text.
    public var keyFigures: [KeyFigure]
    /// Further tables of figures a layout module read (2018/19 workforce, spend, …).
    public var tables: [DataTable]
    /// The HM Inspector's observations (2018/19), one string per paragraph.
    public var observations: [String]
    /// The forces of the force's most similar group (2018/19), as printed.
    public var similarForces: [String]
    /// What normalisation and the layout module noticed: normalisation's first.
    public var diagnostics: [Diagnostic]
    /// Where the text came from (a file path as given, or "-"), set by callers that
    /// read files; `nil` otherwise.
    public var source: String?

    /// A report; every list defaults to empty, ``source`` to `nil`.
    public init(
        format: FormatMatch, title: String? = nil, force: ForceReference? = nil,
        inspectionYear: String? = nil, published: String? = nil, isbn: String? = nil,
        judgments: [Judgment] = [], questions: [Question] = [], keyFigures: [KeyFigure] = [],
        tables: [DataTable] = [], observations: [String] = [], similarForces: [String] = [],
        diagnostics: [Diagnostic] = []
    ) {
        self.format = format
        self.title = title
        self.force = force
        self.inspectionYear = inspectionYear
        self.published = published
        self.isbn = isbn
        self.judgments = judgments
        self.questions = questions
        self.keyFigures = keyFigures
        self.tables = tables
        self.observations = observations
        self.similarForces = similarForces
        self.diagnostics = diagnostics
    }

    /// The question with this key, if the report has it.
    public func question(_ key: QuestionKey) -> Question? {
        questions.first { $0.key == key }
    }

    /// The pillar judgment, if the report has it.
    public func judgment(_ pillar: Pillar) -> Judgment? {
        judgments.first { $0.pillar == pillar }
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, format, title, force, inspectionYear, published, isbn, judgments
        case questions, keyFigures, tables, observations, similarForces, diagnostics, source
    }

    /// Decodes the contract's JSON; missing lists read as empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decodeIfPresent(Int.self, forKey: .schemaVersion) ?? Report.schemaVersion
        format = try c.decode(FormatMatch.self, forKey: .format)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        force = try c.decodeIfPresent(ForceReference.self, forKey: .force)
        inspectionYear = try c.decodeIfPresent(String.self, forKey: .inspectionYear)
        published = try c.decodeIfPresent(String.self, forKey: .published)
        isbn = try c.decodeIfPresent(String.self, forKey: .isbn)
        judgments = try c.decodeIfPresent([Judgment].self, forKey: .judgments) ?? []
        questions = try c.decodeIfPresent([Question].self, forKey: .questions) ?? []
        keyFigures = try c.decodeIfPresent([KeyFigure].self, forKey: .keyFigures) ?? []
        tables = try c.decodeIfPresent([DataTable].self, forKey: .tables) ?? []
        observations = try c.decodeIfPresent([String].self, forKey: .observations) ?? []
        similarForces = try c.decodeIfPresent([String].self, forKey: .similarForces) ?? []
        diagnostics = try c.decodeIfPresent([Diagnostic].self, forKey: .diagnostics) ?? []
        source = try c.decodeIfPresent(String.self, forKey: .source)
    }

    /// Encodes every key of the contract, `null` for unknown values; ``source`` only when set.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(format, forKey: .format)
        try c.encode(title, forKey: .title)
        try c.encode(force, forKey: .force)
        try c.encode(inspectionYear, forKey: .inspectionYear)
        try c.encode(published, forKey: .published)
        try c.encode(isbn, forKey: .isbn)
        try c.encode(judgments, forKey: .judgments)
        try c.encode(questions, forKey: .questions)
        try c.encode(keyFigures, forKey: .keyFigures)
        try c.encode(tables, forKey: .tables)
        try c.encode(observations, forKey: .observations)
        try c.encode(similarForces, forKey: .similarForces)
        try c.encode(diagnostics, forKey: .diagnostics)
        try c.encodeIfPresent(source, forKey: .source)
    }
}

/// The layout that read a report and the detection confidence (0…1).
public struct FormatMatch: Sendable, Codable, Hashable {
    /// The layout module's id, e.g. `peel-2016`.
    public var id: String
    /// 0…1, rounded to two decimals by ``FormatRegistry``.
    public var confidence: Double

    /// A match for layout `id` with `confidence`.
    public init(id: String, confidence: Double) {
        self.id = id
        self.confidence = confidence
    }
}

/// The force a report is about: a slug from ``ForceDirectory`` and its name.
public struct ForceReference: Sendable, Codable, Hashable {
    /// A lower-case slug such as `cambridgeshire`, or `nil` when the name is not one
    /// of the 43 territorial forces.
    public var id: String?
    /// The force's name: the directory's canonical name when resolved, else as printed.
    public var name: String

    /// A reference; use ``ForceDirectory/resolve(_:)`` to make one from a printed name.
    public init(id: String?, name: String) {
        self.id = id
        self.name = name
    }

    private enum CodingKeys: String, CodingKey { case id, name }

    /// Encodes both keys, `id` as `null` when unresolved.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
    }
}

/// A table of figures as printed: a title, column headers and rows of cells.
public struct DataTable: Sendable, Codable, Hashable {
    /// The table's heading as printed.
    public var title: String
    /// The column headers.
    public var columns: [String]
    /// The cells, row by row, as printed.
    public var rows: [[String]]
    /// 1-based line where the table starts.
    public var line: Int?

    /// A table of figures; `line` is where it starts.
    public init(title: String, columns: [String], rows: [[String]], line: Int? = nil) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.line = line
    }
}
