import PeelKit

/// The cover and imprint: "PEEL: Police effectiveness 2017", "An inspection of
/// Cambridgeshire Constabulary", "March 2018", "ISBN: …".
struct Peel2017Cover {
    var title: String?
    var force: ForceReference?
    /// The force's name as the cover prints it (the panel uses the same spelling).
    var printedForceName: String?
    var published: String?
    var isbn: String?

    init(_ document: Document) {
        title = CoverReader.peelTitle(in: document)
        force = CoverReader.inspectedForce(in: document)
        if let index = document.firstIndex(startingWith: "An inspection of"), index < 40 {
            printedForceName = String(document.blocks[index].text.dropFirst("An inspection of ".count))
        }
        published = CoverReader.publicationMonth(in: document)
        isbn = CoverReader.isbn(in: document)
    }
}
