import PeelKit

/// The cover and imprint: "PEEL" and "Police effectiveness, efficiency and legitimacy
/// 2018/19" on two lines, "An inspection of Cambridgeshire Constabulary", and at the
/// end "February 2020 | © HMICFRS 2020 | ISBN: 978-1-78655-943-2".
struct Peel2018Cover {
    var title: String?
    var force: ForceReference?
    var published: String?
    var isbn: String?

    init(_ document: Document) {
        title = CoverReader.peelTitle(in: document)
        force = CoverReader.inspectedForce(in: document)
        // The imprint line holds both the month and the ISBN; the cover may date it too.
        let imprint = document.lastIndex(before: document.blocks.count) { FoldedSearch.contains($0.folded, "isbn") }
        published = imprint.flatMap { CoverReader.month(in: document.blocks[$0].text) }
            ?? CoverReader.publicationMonth(in: document)
        isbn = imprint.flatMap { CoverReader.isbn(in: document.blocks[$0].text) } ?? CoverReader.isbn(in: document)
    }
}
