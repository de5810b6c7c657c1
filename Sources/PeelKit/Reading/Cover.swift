/// What a PEEL report's cover and imprint say: title, force, month of publication,
/// ISBN. Every layout prints these the same way, so every layout reads them here.
///
/// ```swift
/// let cover = Cover(reading: document)
/// report.title = cover.title          // "PEEL: Police effectiveness 2016", nil without a cover
/// report.published = cover.published  // "2017-03"
/// ```
public struct Cover: Sendable, Hashable {
    /// The title on one line: "PEEL: Police effectiveness 2016".
    public var title: String?
    /// The force of "An inspection of …", resolved to one of the 43 forces when it can be.
    public var force: ForceReference?
    /// The force's name as the cover prints it (figure panels use the same spelling).
    public var printedForceName: String?
    /// "YYYY-MM": from the imprint line ("February 2020 | © HMICFRS 2020 | ISBN: …")
    /// when it carries a month, else the cover's date line ("March 2017").
    public var published: String?
    /// "978-1-78655-339-3".
    public var isbn: String?

    /// Reads the cover (the first `within` blocks) and the imprint (the block that
    /// holds the ISBN, wherever it is).
    public init(reading document: Document, within: Int = 40) {
        title = CoverReader.peelTitle(in: document)
        let cover = 0..<max(0, within)
        force = document.firstIndex(in: cover, where: CoverReader.inspection).map { CoverReader.force(named: document.blocks[$0].text) }
        if let index = document.firstIndex(in: cover, where: Cover.inspectionLine) {
            let name = String(document.blocks[index].text.dropFirst("An inspection of".count)).trimmingSpaces()
            printedForceName = name.isEmpty ? nil : name
        }
        // One search of the document's folded text, from the end (the imprint is
        // usually last, but may be on the cover).
        let imprint = document.lastIndex(before: document.blocks.count, mentioning: "isbn")
        published = imprint.flatMap { CoverReader.month(in: document.blocks[$0].text) }
            ?? CoverReader.publicationMonth(in: document, within: within)
        isbn = imprint.flatMap { CoverReader.isbn(in: document.blocks[$0].text) }
    }

    /// A heading or paragraph that starts with "An inspection of": the force's name as printed.
    private static let inspectionLine = BlockPattern.kind(Document.headingKinds) && CoverReader.inspection
}
