import Content

/// The fifteen regions of the 2015-2017 booklet, north to south, as the tests name them.
///
/// A local table so these tests do not depend on the Validation module's catalogue.
enum TestRegions {
    static let all: [Region] = [
        ("Arica y Parinacota", "arica-y-parinacota", "de Arica y Parinacota"),
        ("Tarapacá", "tarapaca", "de Tarapacá"),
        ("Antofagasta", "antofagasta", "de Antofagasta"),
        ("Atacama", "atacama", "de Atacama"),
        ("Coquimbo", "coquimbo", "de Coquimbo"),
        ("Valparaíso", "valparaiso", "de Valparaíso"),
        ("Metropolitana", "metropolitana", "de la Región Metropolitana"),
        ("O'Higgins", "ohiggins", "de O'Higgins"),
        ("Maule", "maule", "del Maule"),
        ("Biobío", "biobio", "del Biobío"),
        ("La Araucanía", "araucania", "de La Araucanía"),
        ("Los Ríos", "los-rios", "de Los Ríos"),
        ("Los Lagos", "los-lagos", "de Los Lagos"),
        ("Aysén", "aysen", "de Aysén"),
        ("Magallanes", "magallanes", "de Magallanes"),
    ].enumerated().map { index, region in
        Region(name: region.0, slug: region.1, order: index + 1, titleForm: region.2)
    }

    /// The region with the given canonical name.
    static func named(_ name: String) -> Region? {
        all.first { $0.name == name }
    }
}
