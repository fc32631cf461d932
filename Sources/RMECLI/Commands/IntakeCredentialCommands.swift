import ArgumentParser
import Diagnostics
import Foundation
import Intake
import Validation

/// The address the links point to: the public one the service last ran with, or the default.
private func linkBase(_ store: IntakeStore) -> String {
    let stored = (try? store.setting("direccion")) ?? nil
    let base = stored ?? "http://127.0.0.1:\(IntakeService.defaultPort)"
    return base.hasSuffix("/") ? String(base.dropLast()) : base
}

/// `rme recepcion invitar REGION`: a single-use sign-in link for a region, alone on the last line.
struct IntakeInviteCommand: ContextCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "invitar",
            abstract: HelpText.t("Crea el enlace de invitación de una región (de un solo uso).", "Creates a region's invitation link (single use)."),
            discussion: HelpText.t(
                "La región puede escribirse como en «rme new»: tarapaca o Tarapacá. Un enlace nuevo anula el anterior sin usar.\n\nEjemplo:\n  rme recepcion invitar tarapaca --dias 7",
                "The region is written as for «rme new»: tarapaca or Tarapacá. A new link voids the previous unused one.\n\nExample:\n  rme recepcion invitar tarapaca --dias 7"))
    }

    @Argument(help: ArgumentHelp(HelpText.t("La región.", "The region."), valueName: "region"))
    var region: String

    @Option(name: .customLong("dias"), help: ArgumentHelp(HelpText.t("Días que vale el enlace.", "Days the link is valid."), valueName: "n"))
    var days: Int = 14

    @OptionGroup var content: ContentOptions
    @OptionGroup var data: IntakeDataOption
    @OptionGroup var languageOption: LanguageOption

    func execute(in context: CLIContext) async throws -> Int32 {
        guard let schema = try content.schema(in: context) else { return ExitStatus.contentErrors }
        guard let spec = schema.region(matching: region) else {
            let guess = schema.regionSuggestion(for: region)
            throw CommandFailure(message: LocalizedText(
                es: "rme: no se reconoce la región «\(region)».\(guess.map { " ¿Quiso decir «\($0)»?" } ?? "")",
                en: "rme: the region «\(region)» is not recognised.\(guess.map { " Did you mean «\($0)»?" } ?? "")"))
        }
        guard (1...365).contains(days) else {
            throw CommandFailure(message: LocalizedText(es: "rme: --dias va de 1 a 365.", en: "rme: --dias goes from 1 to 365."))
        }
        let store = try data.store(content: content.contentRoot)
        let (code, invitation) = try store.invite(.region, region: spec.region.slug, lifetime: TimeInterval(days) * 86_400)
        context.stdout(context.text(
            "Invitación para la región de \(spec.region.name), válida hasta el \(Self.day(invitation.expiresAt)); envíe este enlace a la oficina regional:\n",
            "Invitation for the region of \(spec.region.name), valid until \(Self.day(invitation.expiresAt)); send this link to the regional office:\n"))
        context.stdout("\(linkBase(store))/entrar?codigo=\(code)\n")
        return ExitStatus.success
    }

    static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "es_CL")
        formatter.dateFormat = "d 'de' MMMM 'de' yyyy"
        return formatter.string(from: date)
    }
}

/// `rme recepcion editor`: the editor's own sign-in link.
struct IntakeEditorCommand: ContextCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "editor",
            abstract: HelpText.t("Crea el enlace de entrada de la coordinación (de un solo uso).", "Creates the editor's sign-in link (single use)."))
    }

    @Option(name: .customLong("contenido"), help: ArgumentHelp(HelpText.t("La carpeta de contenido.", "The content folder."), valueName: "carpeta"))
    var content: String = CheckCommand.defaultPath

    @OptionGroup var data: IntakeDataOption
    @OptionGroup var languageOption: LanguageOption

    func execute(in context: CLIContext) async throws -> Int32 {
        let store = try data.store(content: content)
        let (code, invitation) = try store.invite(.editor, region: nil, lifetime: 2 * 86_400)
        context.stdout(context.text(
            "Enlace de la coordinación, válido hasta el \(IntakeInviteCommand.day(invitation.expiresAt)); ábralo en su navegador:\n",
            "The editor's link, valid until \(IntakeInviteCommand.day(invitation.expiresAt)); open it in your browser:\n"))
        context.stdout("\(linkBase(store))/entrar?codigo=\(code)\n")
        return ExitStatus.success
    }
}

/// `rme recepcion revocar REGION|editor`: ends a holder's invitations and sessions.
struct IntakeRevokeCommand: ContextCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "revocar",
            abstract: HelpText.t("Anula las invitaciones y sesiones de una región (o de la coordinación: «editor»).",
                                 "Voids a region's invitations and sessions (or the editor's: «editor»)."))
    }

    @Argument(help: ArgumentHelp(HelpText.t("La región, o «editor».", "The region, or «editor»."), valueName: "region"))
    var region: String

    @OptionGroup var content: ContentOptions
    @OptionGroup var data: IntakeDataOption
    @OptionGroup var languageOption: LanguageOption

    func execute(in context: CLIContext) async throws -> Int32 {
        let role: IntakeRole, slug: String?, name: String
        if region == "editor" {
            (role, slug, name) = (.editor, nil, context.text("la coordinación", "the editor"))
        } else {
            guard let schema = try content.schema(in: context) else { return ExitStatus.contentErrors }
            guard let spec = schema.region(matching: region) else {
                throw CommandFailure(message: LocalizedText(es: "rme: no se reconoce la región «\(region)».", en: "rme: the region «\(region)» is not recognised."))
            }
            (role, slug, name) = (.region, spec.region.slug, spec.region.name)
        }
        let ended = try data.store(content: content.contentRoot).revoke(role, region: slug)
        context.stdout(context.text("Revocadas \(ended) invitaciones y sesiones de \(name).\n", "Revoked \(ended) invitations and sessions of \(name).\n"))
        return ExitStatus.success
    }
}

/// `rme recepcion listar`: every invitation and where each region stands.
struct IntakeListCommand: ContextCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "listar", abstract: HelpText.t("Lista las invitaciones y el estado de cada región.", "Lists the invitations and each region's state."))
    }

    @OptionGroup var content: ContentOptions
    @OptionGroup var data: IntakeDataOption
    @OptionGroup var languageOption: LanguageOption

    func execute(in context: CLIContext) async throws -> Int32 {
        guard let schema = try content.schema(in: context) else { return ExitStatus.contentErrors }
        let store = try data.store(content: content.contentRoot)
        let invitations = try store.invitations()
        let now = Date()
        for spec in schema.regions.sorted(by: { $0.region.order < $1.region.order }) {
            let slug = spec.region.slug
            let own = invitations.filter { $0.region == slug }
            let progress = RegionProgress.of(versions: try store.versions(of: slug), acceptances: try store.acceptances(of: slug), invited: !own.isEmpty)
            let invitation = own.first.map { " · invitación \($0.state(at: now).spanish)" } ?? ""
            context.stdout("\(slug.padding(toLength: 22, withPad: " ", startingAt: 0)) \(progress.state.spanish)\(invitation)\n")
        }
        let editor = invitations.first { $0.role == .editor }
        context.stdout(context.text("Coordinación: ", "Editor: ") + (editor.map { "invitación \($0.state(at: now).spanish)" } ?? "sin enlace") + "\n")
        return ExitStatus.success
    }
}
