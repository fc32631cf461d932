import ArgumentParser
import Diagnostics
import Foundation
import Rendering

/// `rme plantillas --exportar CARPETA`: writes the built-in templates out, for a designer to start from.
struct TemplatesCommand: ContextCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "plantillas",
            abstract: HelpText.t(
                "Escribe las plantillas y hojas de estilo incluidas en rme, para partir de ellas.",
                "Writes the templates and stylesheets built into rme, to start from them."
            ),
            discussion: HelpText.t(
                """
                rme trae sus plantillas: un proyecto sin carpeta Templates/ junto a Content/ usa las incluidas. \
                Un archivo de <proyecto>/Templates reemplaza al incluido del mismo nombre, y --templates CARPETA \
                reemplaza a ambos. «rme plantillas --exportar Templates» escribe las incluidas en una carpeta \
                nueva (o vacía), sin reemplazar nunca un archivo que ya exista.

                Ejemplo:
                  rme plantillas --exportar Templates
                """,
                """
                rme carries its templates: a project without a Templates/ folder beside Content/ uses the \
                built-in ones. A file of <project>/Templates replaces the built-in one of the same name, and \
                --templates FOLDER replaces both. "rme plantillas --exportar Templates" writes the built-in ones \
                into a new (or empty) folder, never replacing a file that exists.

                Example:
                  rme plantillas --exportar Templates
                """
            )
        )
    }

    @Option(name: .customLong("exportar"), help: ArgumentHelp(
        HelpText.t("La carpeta donde escribirlas (nueva o vacía).", "The folder to write them into (new or empty)."),
        valueName: "carpeta"
    ))
    var folder: String

    @OptionGroup var languageOption: LanguageOption

    func execute(in context: CLIContext) async throws -> Int32 {
        let files = BuiltInTemplates.exported
        let existing = files.map { CheckTargets.join(folder, $0.path) }.filter { FileManager.default.fileExists(atPath: $0) }
        guard existing.isEmpty else {
            let list = existing.prefix(5).joined(separator: ", ") + (existing.count > 5 ? ", …" : "")
            throw CommandFailure(message: LocalizedText(
                es: "rme: no se escribió nada: \(existing.count) archivos ya existen en «\(folder)» (\(list)); use una carpeta nueva.",
                en: "rme: nothing was written: \(existing.count) files already exist in «\(folder)» (\(list)); use a new folder."))
        }
        do {
            for file in files {
                let target = CheckTargets.join(folder, file.path)
                try FileManager.default.createDirectory(
                    atPath: CheckTargets.parent(of: target), withIntermediateDirectories: true)
                guard FileManager.default.createFile(atPath: target, contents: Data(file.bytes)) else {
                    throw CocoaError(.fileWriteUnknown)
                }
            }
        } catch {
            throw CommandFailure(message: LocalizedText(
                es: "rme: no se pudo escribir en «\(folder)»: \(error.localizedDescription)",
                en: "rme: could not write into «\(folder)»: \(error.localizedDescription)"))
        }
        context.stdout(context.text(
            "Se escribieron \(files.count) archivos en \(folder). rme build los usa si la carpeta es Templates/ junto a Content/, o con --templates \(folder).\n",
            "Wrote \(files.count) files into \(folder). rme build uses them when the folder is Templates/ beside Content/, or with --templates \(folder).\n"))
        return ExitStatus.success
    }
}
