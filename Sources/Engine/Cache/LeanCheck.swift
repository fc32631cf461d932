import Content
import Validation

/// The forms of a check the disk cache keeps apart: the check without its experience's text, and the text.
extension FileCheck {
    /// The check with its experience's sections left out (what every build reads back).
    var withoutSections: FileCheck {
        guard let experience else { return self }
        return replacingExperience(experience.replacingSections([]))
    }

    /// The check with another form of its experience.
    func replacingExperience(_ experience: Experience) -> FileCheck {
        FileCheck(path: path, kind: kind, sourceDigest: sourceDigest, diagnostics: diagnostics, facts: facts,
                  experience: experience, page: page)
    }
}

extension Experience {
    /// The experience with `sections` as its body's sections.
    func replacingSections(_ sections: [ExperienceSection]) -> Experience {
        Experience(
            sourcePath: sourcePath, slug: slug, region: region, provincia: provincia, red: red, desde: desde,
            dependencia: dependencia, niveles: niveles, localizacion: localizacion, comunas: comunas,
            integrantes: integrantes, establecimientos: establecimientos, enfasis: enfasis, sections: sections)
    }
}
