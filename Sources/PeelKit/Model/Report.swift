/// Everything PeelKit read from one PEEL report: the value the JSON contract
/// (schemaVersion 1) describes.
///
/// A layout module builds it; ``ReportJSONEncoder`` writes it. Fields the text does
/// not give are `nil` (written as `null`), and ``diagnostics`` says why.
public struct Report: Sendable, Codable, Hashable {
    /// The version of the JSON contract this value follows.
    public static let schemaVersion = 1

    public var schemaVersion: Int = Report.schemaVersion
    /// Which layout module read the report, and how sure detection was.
    public var format: FormatMatch
    /// The title on the cover ("PEEL: Police effectiveness 2016"), `nil` without a cover.
    public var title: String?
    public var force: ForceReference?
    /// "2015", "2016", "2018/19".
    public var inspectionYear: String?
    /// Month of publication, "YYYY-MM".
    public var published: String?
    public var isbn: String?
    public var judgments: [Judgment]
    /// Every question or component, in document order.
    public var questions: [Question]
    public var keyFigures: [KeyFigure]
    /// Further tables of figures a layout module read (2018/19 workforce, spend, …).
    public var tables: [DataTable]
    /// The HM Inspector's observations (2018/19), one string per paragraph.
    public var observations: [String]
    /// The forces of the force's most similar group (2018/19), as printed.
    public var similarForces: [String]
    public var diagnostics: [Diagnostic]
    /// Where the text came from (a file path as given, or "-"), set by callers that
    /// read files; `nil` otherwise.
    public var source: String?

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
    public var confidence: Double

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

    public init(id: String?, name: String) {
        self.id = id
        self.name = name
    }

    private enum CodingKeys: String, CodingKey { case id, name }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
    }
}

/// A table of figures as printed: a title, column headers and rows of cells.
public struct DataTable: Sendable, Codable, Hashable {
    public var title: String
    public var columns: [String]
    public var rows: [[String]]
    /// 1-based line where the table starts.
    public var line: Int?

    public init(title: String, columns: [String], rows: [[String]], line: Int? = nil) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.line = line
    }
}
