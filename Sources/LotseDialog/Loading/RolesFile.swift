/// What `roles.yaml` says: the role vocabulary of rules and partners, and which roles are core.
struct RolesFile {
    var roles: [Role] = []

    init(_ root: YAMLNode, log: inout DiagnosticLog) {
        guard let file = MappingReader(root, subject: "roles.yaml", log: &log) else { return }
        file.rejectUnknownKeys(allowed: ["core", "roles"], log: &log)
        guard let rolesNode = file.value("roles"), let map = MappingReader(rolesNode, subject: "'roles'", log: &log) else {
            log.error("roles.yaml needs 'roles:', a map from role id to what it stands for", at: root.location)
            return
        }
        let core = file.words("core", log: &log)
        for (id, keyNode, value) in map.fields {
            guard Identifier.isValid(id) else {
                log.error("role '\(id)' should be \(Identifier.rule)", at: keyNode.location)
                continue
            }
            guard let about = value.scalar else {
                log.error("role '\(id)' needs a few words saying what it stands for", at: value.location)
                continue
            }
            roles.append(Role(id: id, about: about, isCore: core.contains { $0.0 == id }))
        }
        let known = roles.map(\.id)
        for (id, node) in core where !known.contains(id) {
            log.error("core role '\(id)' is not among 'roles'; add it there", at: node.location)
        }
    }
}

/// The roles by id, for checking a role a partner or rule names.
struct RoleVocabulary {
    let ids: Set<String>

    init(_ roles: [Role]) {
        ids = Set(roles.map(\.id))
    }

    /// Reports `role` when roles.yaml does not declare it, with the nearest declared one.
    func check(_ role: String, at node: YAMLNode, log: inout DiagnosticLog) {
        guard !ids.isEmpty, !ids.contains(role) else { return }
        let hint = Suggestion.nearest(to: role, in: ids).map { "did you mean '\($0)'? " } ?? ""
        log.error("unknown role '\(role)'; \(hint)roles.yaml declares the roles", at: node.location)
    }
}
