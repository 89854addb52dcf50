extension ConductChannel {
    /// Polite, respectful words an agent can use to ask someone to stop, offered by the UI.
    ///
    /// Conduct policy, "The policy in action": staff will "politely and respectfully ask the
    /// customer or member of the public to stop behaving in this way". Each variant
    /// acknowledges the frustration (which customers have every right to voice), names what
    /// must stop without judging the person, and says what will happen if it continues.
    public var suggestedRequestWords: [String] {
        switch self {
        case .phone:
            [
                "I can hear you're frustrated and I want to help sort this out, but I need you to stop speaking to me like that, please. If it continues I'll have to end the call.",
                "I'd like to keep helping you today. Please stop using that language with me; otherwise I will need to end this call.",
                "I understand this has been difficult. I'm asking you respectfully to stop, so we can carry on and resolve it together.",
            ]
        case .faceToFace, .onTheRoad:
            [
                "I can see you're frustrated and I want to help, but I need you to stop behaving like this towards me, please. If it continues I'll have to leave.",
                "Please stop and speak to me calmly; I want to sort this out with you. If this carries on I will need to end our conversation and leave.",
                "I understand you're upset. I'm asking you respectfully to stop, so we can work this out together.",
            ]
        case .email, .liveChat, .socialMedia:
            [
                "I understand you're frustrated and I want to help resolve this. Please stop sending messages like this and keep them respectful towards our staff; if this continues we will end this conversation.",
                "We welcome your feedback and any complaint you wish to make. Please stop using language like that in your last message; otherwise we will need to close this conversation.",
                "I'd like to help you with this. Please stop directing these remarks at our staff so that we can continue.",
            ]
        case .other:
            [
                "I can tell you're frustrated and I want to help, but I need you to stop behaving like this towards me, please. If it continues I'll have to end our contact.",
                "I understand this has been difficult. I'm asking you respectfully to stop, so we can carry on and resolve it together.",
            ]
        }
    }
}
