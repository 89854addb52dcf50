extension Theme {
    /// The theme used when no theme file can be read: plain, readable, and needing no file;
    /// the default theme's colours, made for the same dark background.
    public static let builtIn = Theme(name: "built-in", terminalBackground: .rgb(0x2E, 0x34, 0x40), styles: [
        .text: RoleStyle(foreground: .rgb(0xD8, 0xDE, 0xE9), foreground16: .white),
        .muted: RoleStyle(foreground: .rgb(0x99, 0xA2, 0xB2), foreground16: .brightBlack, monoAttributes: [.dim]),
        .accent: RoleStyle(foreground: .rgb(0x88, 0xC0, 0xD0), foreground16: .cyan, attributes: [.bold]),
        .title: RoleStyle(foreground: .rgb(0xEB, 0xCB, 0x8B), foreground16: .yellow, attributes: [.bold]),
        .header: RoleStyle(foreground: .rgb(0xEC, 0xEF, 0xF4), background: .rgb(0x3B, 0x42, 0x52),
                           foreground16: .white, background16: .blue, attributes: [.bold], monoAttributes: [.reverse]),
        .selection: RoleStyle(foreground: .rgb(0x2E, 0x34, 0x40), background: .rgb(0x88, 0xC0, 0xD0),
                              foreground16: .black, background16: .cyan, monoAttributes: [.reverse]),
        .inputFocused: RoleStyle(foreground: .rgb(0xEC, 0xEF, 0xF4), background: .rgb(0x43, 0x4C, 0x5E),
                                 foreground16: .white, background16: .blue, monoAttributes: [.underline]),
        .input: RoleStyle(foreground: .rgb(0xD8, 0xDE, 0xE9), background: .rgb(0x2E, 0x34, 0x40),
                          foreground16: .white, background16: .black, monoAttributes: [.underline]),
        .warning: RoleStyle(foreground: .rgb(0xEB, 0xCB, 0x8B), foreground16: .yellow, attributes: [.bold]),
        .danger: RoleStyle(foreground: .rgb(0xE0, 0x86, 0x8E), foreground16: .red, attributes: [.bold]),
        .success: RoleStyle(foreground: .rgb(0xA3, 0xBE, 0x8C), foreground16: .green),
        .keyHintKey: RoleStyle(foreground: .rgb(0x2E, 0x34, 0x40), background: .rgb(0x88, 0xC0, 0xD0),
                               foreground16: .black, background16: .cyan, monoAttributes: [.reverse]),
        .demoBanner: RoleStyle(foreground: .rgb(0x2E, 0x34, 0x40), background: .rgb(0xEB, 0xCB, 0x8B),
                               foreground16: .black, background16: .yellow, attributes: [.bold], monoAttributes: [.reverse, .bold]),
        .tabActive: RoleStyle(foreground: .rgb(0x2E, 0x34, 0x40), background: .rgb(0x88, 0xC0, 0xD0),
                              foreground16: .black, background16: .cyan, monoAttributes: [.reverse]),
    ])
}
