import PeelKit

/// The cover and imprint, when the text has them: "PEEL: Police effectiveness 2015",
/// "An inspection of Cambridgeshire Constabulary", "February 2016",
/// "ISBN: 978-1-78655-…". Without a cover every value is nil.
struct Peel2015Cover {
    var title: String?
    var force: ForceReference?
    var published: String?
    var isbn: String?

    init(_ document: Document) {
        title = CoverReader.peelTitle(in: document)
        force = CoverReader.inspectedForce(in: document)
        published = CoverReader.publicationMonth(in: document)
        isbn = CoverReader.isbn(in: document)
    }
}
