import Content
import Diagnostics

/// The digest of an experience's facts: everything but its body's sections (the front matter, its region,
/// its file). The pages that list experiences without their text (the edition's home, the summary) depend on
/// these, so an edit of a paragraph leaves them alone while a renamed network reaches them.
enum ExperienceFacts {
    /// The stored properties of `Experience` the digest reads; a test holds this to the type's own list, so a
    /// new property cannot be forgotten.
    static let properties = [
        "sourcePath", "slug", "region", "provincia", "red", "desde", "dependencia", "niveles", "localizacion",
        "comunas", "integrantes", "establecimientos", "enfasis",
    ]

    /// The digest of the facts of `experience`.
    static func digest(_ experience: Experience) -> Digest {
        var builder = DigestBuilder("experience-facts")
        builder.add(experience.sourcePath)
        builder.add(experience.slug)
        builder.add(experience.region.name)
        builder.add(experience.region.slug)
        builder.add(String(experience.region.order))
        builder.add(experience.region.titleForm)
        builder.add(experience.provincia)
        builder.add(experience.red)
        builder.add(String(experience.desde))
        builder.add(list: experience.dependencia)
        builder.add(list: experience.niveles)
        builder.add(experience.localizacion)
        builder.add(list: experience.comunas)
        builder.add(list: experience.integrantes)
        builder.add(list: experience.establecimientos)
        builder.add(list: experience.enfasis)
        return builder.finish()
    }
}

extension DigestBuilder {
    /// Adds a list of texts, its length first, so no two lists read alike.
    mutating func add(list: [String]) {
        add(String(list.count))
        for item in list { add(item) }
    }
}
