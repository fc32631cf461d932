import Foundation

/// Where a region stands in the edition's collection, as the editor's dashboard shows it.
public struct RegionProgress: Sendable, Equatable {
    public enum State: String, Sendable, CaseIterable {
        case notInvited = "sin-invitar"
        case invited = "invitada"
        case draftWithErrors = "borrador-con-errores"
        case draft = "borrador"
        case sent = "enviada"
        case accepted = "aceptada"

        /// The words the dashboard shows.
        public var spanish: String {
            switch self {
            case .notInvited: "sin invitar"
            case .invited: "invitada"
            case .draftWithErrors: "borrador con errores"
            case .draft: "borrador sin enviar"
            case .sent: "enviada, por revisar"
            case .accepted: "aceptada"
            }
        }
    }

    public let state: State
    /// The newest version, whatever its state.
    public let latest: SubmittedVersion?
    /// The newest version sent.
    public let latestSent: SubmittedVersion?
    /// The newest acceptance.
    public let accepted: Acceptance?

    /// The state of a region from its versions (newest first), acceptances (newest first) and invitations.
    public static func of(versions: [SubmittedVersion], acceptances: [Acceptance], invited: Bool) -> RegionProgress {
        let latest = versions.first
        let latestSent = versions.first { $0.sentAt != nil }
        let accepted = acceptances.first
        let acceptedNumber = accepted.flatMap { acceptance in versions.first { $0.id == acceptance.versionID }?.number }
        let state: State
        if let latestSent, acceptedNumber.map({ latestSent.number > $0 }) ?? true {
            state = .sent
        } else if accepted != nil {
            state = .accepted
        } else if let latest {
            state = latest.canBeSent ? .draft : .draftWithErrors
        } else {
            state = invited ? .invited : .notInvited
        }
        return RegionProgress(state: state, latest: latest, latestSent: latestSent, accepted: accepted)
    }
}
