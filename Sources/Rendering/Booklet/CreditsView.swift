import Content

/// The credits page: who made the booklet, ISBN, registry, publisher and date.
struct CreditsView: PageView {
    static let template = "credits"

    var title: String
    var description: String?
    var coordination: [String]
    var editorialCommittee: [String]
    var design: String?
    var publisherLines: [String]
    var registry: String?
    var isbn: String?
    var publicationDate: String

    /// The credits of an edition; the date is written with the strings table's pattern.
    init(edition: EditionInfo, strings: StringsTable) {
        title = edition.titulo
        description = edition.descripcion
        coordination = edition.coordinacionNacional
        editorialCommittee = edition.comiteEditorial
        design = edition.diseno
        let publisher = edition.editor
        publisherLines = [publisher.nombre, publisher.institucion, publisher.direccion, publisher.sitio]
            .compactMap { $0 }.filter { !$0.isEmpty }
        registry = edition.registroPropiedadIntelectual
        isbn = edition.isbn
        publicationDate = TextCase.capitalizingFirst(strings.text(
            .publicationDate, ["mes": edition.publicacionMes, "anio": String(edition.publicacionAnio)]))
    }

    /// What `credits.mustache` reads; absent values are left out so their lines are not printed.
    var context: [String: Any] {
        var context: [String: Any] = [
            "id": AnchorID.credits,
            "title": title,
            "coordination": coordination,
            "hasCoordination": !coordination.isEmpty,
            "editorialCommittee": editorialCommittee,
            "hasEditorialCommittee": !editorialCommittee.isEmpty,
            "publisherLines": publisherLines,
            "publicationDate": publicationDate,
            "hasRegistration": registry != nil || isbn != nil,
        ]
        if let description { context["description"] = description }
        if let design { context["design"] = design }
        if let registry { context["registry"] = registry }
        if let isbn { context["isbn"] = isbn }
        return context
    }
}
