/** Generated from openapi.json by `npm run openapi` (openapi-typescript); do not edit. */

export interface paths {
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail of administrative acts, sign-ins and reveals of personal data, newest first
         * @description The audit trail of administrative acts, sign-ins and reveals of personal data, newest first
         *
         *     **Allowed:** staff with role admin; the bootstrap administrator.
         */
        get: operations["auditEvents.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the credential belongs to, with its org unit and role
         * @description Who the credential belongs to, with its org unit and role
         *
         *     **Allowed:** channel systems (X-Api-Key); staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["me.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channel-systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Channel systems in scope
         * @description Channel systems in scope
         *
         *     **Allowed:** staff with role admin; the bootstrap administrator.
         */
        get: operations["channelSystems.list"];
        put?: never;
        /**
         * Register a channel system; its API key is returned once and stored hashed
         * @description Register a channel system; its API key is returned once and stored hashed
         *
         *     **Allowed:** staff with role admin of national or provincial units; the bootstrap administrator.
         */
        post: operations["channelSystems.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channel-systems/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a channel system's API key (effective immediately)
         * @description Revoke a channel system's API key (effective immediately)
         *
         *     **Allowed:** staff with role admin; the bootstrap administrator.
         */
        post: operations["channelSystems.revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Staff users in scope
         * @description Staff users in scope
         *
         *     **Allowed:** staff with role admin; the bootstrap administrator.
         */
        get: operations["staff.list"];
        put?: never;
        /**
         * Create a staff user in an org unit with a role
         * @description Create a staff user in an org unit with a role
         *
         *     **Allowed:** staff with role admin; the bootstrap administrator.
         */
        post: operations["staff.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue an opaque bearer token for a staff user (shown once, stored hashed)
         * @description Issue an opaque bearer token for a staff user (shown once, stored hashed)
         *
         *     **Allowed:** staff with role admin; the bootstrap administrator.
         */
        post: operations["staffTokens.issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/tokens/{tokenId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a staff token (effective immediately)
         * @description Revoke a staff token (effective immediately)
         *
         *     **Allowed:** staff with role admin; the bootstrap administrator.
         */
        post: operations["staffTokens.revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with username and password; answers a session cookie
         * @description Sign in with username and password; answers a session cookie
         *
         *     **Allowed:** anyone; no credential is needed unless the operator requires one by configuration.
         */
        post: operations["auth.signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the session of the cookie; with single sign-on, answers where to end it at the identity provider too
         * @description End the session of the cookie; with single sign-on, answers where to end it at the identity provider too
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        post: operations["auth.signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your own password
         * @description Change your own password
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin.
         */
        post: operations["auth.changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a staff member's name, role or username, or disable the account (which ends its sessions)
         * @description Change a staff member's name, role or username, or disable the account (which ends its sessions)
         *
         *     **Allowed:** staff with role admin; the bootstrap administrator.
         */
        patch: operations["staff.update"];
        trace?: never;
    };
    "/api/v1/staff/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a staff member a temporary password (shown once); it must be changed at the next sign-in
         * @description Give a staff member a temporary password (shown once); it must be changed at the next sign-in
         *
         *     **Allowed:** staff with role admin; the bootstrap administrator.
         */
        post: operations["staff.resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A staff member's sessions, newest first, ended ones included
         * @description A staff member's sessions, newest first, ended ones included
         *
         *     **Allowed:** staff with role admin; the bootstrap administrator.
         */
        get: operations["staffSessions.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/sessions/{sessionId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a session (effective on its next request)
         * @description End a session (effective on its next request)
         *
         *     **Allowed:** staff with role admin; the bootstrap administrator.
         */
        post: operations["staffSessions.revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start single sign-on: redirects the browser to the identity provider (authorization code with PKCE)
         * @description Start single sign-on: redirects the browser to the identity provider (authorization code with PKCE)
         *
         *     **Allowed:** anyone; no credential is needed unless the operator requires one by configuration.
         */
        get: operations["auth.oidcLogin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The provider's redirect back (register it as the client's redirect URI): answers a session cookie
         * @description The provider's redirect back (register it as the client's redirect URI): answers a session cookie
         *
         *     **Allowed:** anyone; no credential is needed unless the operator requires one by configuration.
         */
        get: operations["auth.oidcCallback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/back-channel-logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The provider's back-channel logout (register it as the client's backchannel_logout_uri): ends the sessions it names
         * @description The provider's back-channel logout (register it as the client's backchannel_logout_uri): ends the sessions it names
         *
         *     **Allowed:** anyone; no credential is needed unless the operator requires one by configuration.
         */
        post: operations["auth.oidcBackChannelLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the units in the caller's scope (national: all; others: their subtree)
         * @description List the units in the caller's scope (national: all; others: their subtree)
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["orgUnits.list"];
        put?: never;
        /**
         * Create an org unit under a parent (tier order enforced)
         * @description Create an org unit under a parent (tier order enforced)
         *
         *     **Allowed:** staff with role admin of national, provincial or city units; the bootstrap administrator.
         */
        post: operations["orgUnits.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one unit
         * @description Read one unit
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["orgUnits.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, change calendar, or move a unit with its subtree (cycles refused)
         * @description Rename, change calendar, or move a unit with its subtree (cycles refused)
         *
         *     **Allowed:** staff with role admin; the bootstrap administrator.
         */
        patch: operations["orgUnits.update"];
        trace?: never;
    };
    "/api/v1/org-units/{id}/subtree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The unit and all its descendants, in path order (one indexed prefix scan)
         * @description The unit and all its descendants, in path order (one indexed prefix scan)
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["orgUnits.subtree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/{id}/escalation-chain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Centres above the unit, nearest first, up to the national centre
         * @description Centres above the unit, nearest first, up to the national centre
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["orgUnits.escalationChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dependencies: Postgres and Redis both answer (for load balancers, prefer /health/ready)
         * @description Dependencies: Postgres and Redis both answer (for load balancers, prefer /health/ready)
         *
         *     **Allowed:** anyone; no credential is needed unless the operator requires one by configuration.
         */
        get: operations["health.check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process answers (restart it only when this fails)
         * @description Liveness: the process answers (restart it only when this fails)
         *
         *     **Allowed:** anyone; no credential is needed unless the operator requires one by configuration.
         */
        get: operations["health.live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: not shutting down and Postgres answers; a Redis outage or an ending holiday calendar is listed in warnings
         * @description Readiness: not shutting down and Postgres answers; a Redis outage or an ending holiday calendar is listed in warnings
         *
         *     **Allowed:** anyone; no credential is needed unless the operator requires one by configuration.
         */
        get: operations["health.ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/routing-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rules in scope, by priority
         * @description Rules in scope, by priority
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["routingRules.list"];
        put?: never;
        /**
         * Create a dispatch rule (province, business type, nature, customer tier → unit)
         * @description Create a dispatch rule (province, business type, nature, customer tier → unit)
         *
         *     **Allowed:** staff with role admin of national or provincial units; the bootstrap administrator.
         */
        post: operations["routingRules.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/routing-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a rule
         * @description Read a rule
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["routingRules.get"];
        put?: never;
        post?: never;
        /**
         * Delete a rule
         * @description Delete a rule
         *
         *     **Allowed:** staff with role admin of national or provincial units; the bootstrap administrator.
         */
        delete: operations["routingRules.delete"];
        options?: never;
        head?: never;
        /**
         * Change a rule
         * @description Change a rule
         *
         *     **Allowed:** staff with role admin of national or provincial units; the bootstrap administrator.
         */
        patch: operations["routingRules.update"];
        trace?: never;
    };
    "/api/v1/sla-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All SLA policies, disabled ones included, in creation order
         * @description All SLA policies, disabled ones included, in creation order
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["slaPolicies.list"];
        put?: never;
        /**
         * Create a policy (national administrators); terms left out are copied from the catch-all policy
         * @description Create a policy (national administrators); terms left out are copied from the catch-all policy
         *
         *     **Allowed:** staff with role admin; the bootstrap administrator.
         */
        post: operations["slaPolicies.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla-policies/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Which policy applies to a ticket with these facts (the most specific enabled one)
         * @description Which policy applies to a ticket with these facts (the most specific enabled one)
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        post: operations["slaPolicies.resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one policy
         * @description Read one policy
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["slaPolicies.get"];
        put?: never;
        post?: never;
        /**
         * Disable a policy (kept for the deadlines that name it); PATCH enabled=true restores it
         * @description Disable a policy (kept for the deadlines that name it); PATCH enabled=true restores it
         *
         *     **Allowed:** staff with role admin; the bootstrap administrator.
         */
        delete: operations["slaPolicies.disable"];
        options?: never;
        head?: never;
        /**
         * Change a policy (national administrators); stage limits merge stage by stage, a null criterion means any
         * @description Change a policy (national administrators); stage limits merge stage by stage, a null criterion means any
         *
         *     **Allowed:** staff with role admin; the bootstrap administrator.
         */
        patch: operations["slaPolicies.update"];
        trace?: never;
    };
    "/api/v1/org-units/{id}/calendar-overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The unit's own calendar overrides, by date (inherited ones show in working-days)
         * @description The unit's own calendar overrides, by date (inherited ones show in working-days)
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["calendarOverrides.list"];
        put?: never;
        /**
         * Declare a date a holiday or a working day for the unit and its subtree (one override per date)
         * @description Declare a date a holiday or a working day for the unit and its subtree (one override per date)
         *
         *     **Allowed:** staff with role admin; the bootstrap administrator.
         */
        post: operations["calendarOverrides.add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/{id}/calendar-overrides/{overrideId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an override; the date follows the ancestors and the official calendar again
         * @description Remove an override; the date follows the ancestors and the official calendar again
         *
         *     **Allowed:** staff with role admin; the bootstrap administrator.
         */
        delete: operations["calendarOverrides.remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/{id}/working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which dates count as working days in the unit's calendar (official days, inherited and own overrides)
         * @description Which dates count as working days in the unit's calendar (official days, inherited and own overrides)
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["workingDays.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official-calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Years with an official holiday schedule, one row per year, oldest first
         * @description Years with an official holiday schedule, one row per year, oldest first
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["officialCalendar.list"];
        put?: never;
        /**
         * Import a year's official schedule (national administrators): replaces the year, and moves open deadlines that were provisional in it
         * @description Import a year's official schedule (national administrators): replaces the year, and moves open deadlines that were provisional in it
         *
         *     **Allowed:** staff with role admin; the bootstrap administrator.
         */
        post: operations["officialCalendar.import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla/deadline-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Warning and due instants of a limit started at an instant in a unit's calendar
         * @description Warning and due instants of a limit started at an instant in a unit's calendar
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        post: operations["deadlines.preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/taxonomy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dictionary terms: business types and complaint natures (channels read them too)
         * @description The dictionaries a filing must use: business types and complaint natures, by kind and code. Channel systems read them with their API key to validate a filing before sending it.
         *
         *     **Allowed:** channel systems (X-Api-Key); staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["taxonomy.list"];
        put?: never;
        /**
         * Add a term (national administrators)
         * @description Add a term (national administrators)
         *
         *     **Allowed:** staff with role admin; the bootstrap administrator.
         */
        post: operations["taxonomy.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/taxonomy/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Relabel, enable or disable a term (national administrators)
         * @description Relabel, enable or disable a term (national administrators)
         *
         *     **Allowed:** staff with role admin; the bootstrap administrator.
         */
        patch: operations["taxonomy.update"];
        trace?: never;
    };
    "/api/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tickets in scope, newest first, with filters and a cursor
         * @description Tickets the caller may read, newest first, one page at a time. A channel system keeping its own copy in step uses `updatedSince` instead: changes come in the order they were committed, and a cursor walk never skips or repeats a change made while it pages. `externalRef` finds the ticket filed under the channel’s own reference.
         *
         *     **Allowed:** channel systems (X-Api-Key); staff with role agent, handler, supervisor or admin; the bootstrap administrator. Only tickets the caller may read: the channel system that filed the ticket, national centre staff, staff of its provincial centre or a unit whose subtree took part in it; any other ticket is 404 (lists leave it out).
         */
        get: operations["tickets.list"];
        put?: never;
        /**
         * File a ticket (idempotent on externalRef and Idempotency-Key: a replay answers 200 with the original)
         * @description Files a complaint, inquiry or suggestion from a channel system. A retry with the same `externalRef` (or the same `Idempotency-Key`) and the same body answers 200 with the ticket first filed; with another body it answers 422. A new ticket answers 201 with `Location` pointing at it.
         *
         *     **Allowed:** channel systems (X-Api-Key).
         */
        post: operations["tickets.file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search tickets in scope by keywords (Chinese or ASCII), with the list filters, newest first, matches highlighted
         * @description Search tickets in scope by keywords (Chinese or ASCII), with the list filters, newest first, matches highlighted
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator. Only tickets the caller may read: the channel system that filed the ticket, national centre staff, staff of its provincial centre or a unit whose subtree took part in it; any other ticket is 404 (lists leave it out).
         */
        get: operations["tickets.search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a ticket (status, reply, open stages with deadlines); out of scope is 404
         * @description The ticket as its reader may see it: status, level, open stages with their deadlines, the reply once given. Personal data is masked unless centre staff ask for `reveal=true`, which is audited. A ticket the caller may not read answers 404, never 403.
         *
         *     **Allowed:** channel systems (X-Api-Key); staff with role agent, handler, supervisor or admin; the bootstrap administrator. Only tickets the caller may read: the channel system that filed the ticket, national centre staff, staff of its provincial centre or a unit whose subtree took part in it; any other ticket is 404 (lists leave it out).
         */
        get: operations["tickets.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The commands the caller may issue on the ticket now, each with its path and the body it needs
         * @description The commands the caller may issue on the ticket now, each with its path and the body it needs
         *
         *     **Allowed:** channel systems (X-Api-Key); staff with role agent, handler, supervisor or admin; the bootstrap administrator. Only tickets the caller may read: the channel system that filed the ticket, national centre staff, staff of its provincial centre or a unit whose subtree took part in it; any other ticket is 404 (lists leave it out).
         */
        get: operations["tickets.actions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every stage's deadline and why it falls there: the policy's limit, the counted time, the days skipped and made up
         * @description Every stage's deadline and why it falls there: the policy's limit, the counted time, the days skipped and made up
         *
         *     **Allowed:** channel systems (X-Api-Key); staff with role agent, handler, supervisor or admin; the bootstrap administrator. Only tickets the caller may read: the channel system that filed the ticket, national centre staff, staff of its provincial centre or a unit whose subtree took part in it; any other ticket is 404 (lists leave it out).
         */
        get: operations["tickets.deadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Immutable event log and every stage instance with startedAt/dueAt/completedAt
         * @description Immutable event log and every stage instance with startedAt/dueAt/completedAt
         *
         *     **Allowed:** channel systems (X-Api-Key); staff with role agent, handler, supervisor or admin; the bootstrap administrator. Only tickets the caller may read: the channel system that filed the ticket, national centre staff, staff of its provincial centre or a unit whose subtree took part in it; any other ticket is 404 (lists leave it out).
         */
        get: operations["tickets.events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Attachment metadata
         * @description Attachment metadata
         *
         *     **Allowed:** channel systems (X-Api-Key); staff with role agent, handler, supervisor or admin; the bootstrap administrator. Only tickets the caller may read: the channel system that filed the ticket, national centre staff, staff of its provincial centre or a unit whose subtree took part in it; any other ticket is 404 (lists leave it out).
         */
        get: operations["tickets.attachments"];
        put?: never;
        /**
         * Add attachment metadata (name, type, size, URL/key, checksum)
         * @description Add attachment metadata (name, type, size, URL/key, checksum)
         *
         *     **Allowed:** channel systems (X-Api-Key); staff with role agent, handler or supervisor. The caller must be the channel system that filed the ticket, its reviewing centre, its dispatching unit, the unit owning the current stage or national centre staff; a caller who can read the ticket otherwise gets 403 `NOT_OWNER`, one who cannot gets 404.
         */
        post: operations["tickets.addAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/customer-updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a customer update (from the channel or a centre)
         * @description Records what the customer added after filing (new details, a changed request), from the filing channel system or the centres handling the ticket; it joins the ticket’s history.
         *
         *     **Allowed:** channel systems (X-Api-Key); staff with role agent, handler or supervisor. The caller must be the channel system that filed the ticket, its reviewing centre, its dispatching unit, the unit owning the current stage or national centre staff; a caller who can read the ticket otherwise gets 403 `NOT_OWNER`, one who cannot gets 404.
         */
        post: operations["tickets.customerUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/routing-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Units the routing rules suggest for this ticket, best first
         * @description Units the routing rules suggest for this ticket, best first
         *
         *     **Allowed:** staff with role agent, handler or supervisor. The caller must be its reviewing centre or national centre staff; a caller who can read the ticket otherwise gets 403 `NOT_REVIEWER`, one who cannot gets 404.
         */
        get: operations["tickets.routingSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/regrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-grade the level (reviewing centre; recorded as an event)
         * @description Re-grade the level (reviewing centre; recorded as an event)
         *
         *     **Allowed:** staff with role agent, handler or supervisor. The caller must be its reviewing centre or national centre staff; a caller who can read the ticket otherwise gets 403 `NOT_REVIEWER`, one who cannot gets 404.
         */
        post: operations["tickets.regrade"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve at the centre without dispatch (→ reply)
         * @description Resolve at the centre without dispatch (→ reply)
         *
         *     **Allowed:** staff with role agent, handler or supervisor. The caller must be its reviewing centre or national centre staff; a caller who can read the ticket otherwise gets 403 `NOT_REVIEWER`, one who cannot gets 404.
         */
        post: operations["tickets.resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dispatch to a unit (or to the best routing rule when no target is named)
         * @description Dispatch to a unit (or to the best routing rule when no target is named)
         *
         *     **Allowed:** staff with role agent, handler or supervisor. The caller must be its reviewing centre or national centre staff; a caller who can read the ticket otherwise gets 403 `NOT_REVIEWER`, one who cannot gets 404.
         */
        post: operations["tickets.dispatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign for a dispatched or transferred ticket (→ handling)
         * @description Sign for a dispatched or transferred ticket (→ handling)
         *
         *     **Allowed:** staff with role agent, handler or supervisor. The caller must be the unit owning the current stage; a caller who can read the ticket otherwise gets 403 `NOT_OWNER`, one who cannot gets 404.
         */
        post: operations["tickets.sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return to the dispatcher with a reason code
         * @description Return to the dispatcher with a reason code
         *
         *     **Allowed:** staff with role agent, handler or supervisor. The caller must be the unit owning the current stage; a caller who can read the ticket otherwise gets 403 `NOT_OWNER`, one who cannot gets 404.
         */
        post: operations["tickets.return"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer to another unit (the handling deadline is not reset)
         * @description Transfer to another unit (the handling deadline is not reset)
         *
         *     **Allowed:** staff with role agent, handler or supervisor. The caller must be the unit owning the current stage; a caller who can read the ticket otherwise gets 403 `NOT_OWNER`, one who cannot gets 404.
         */
        post: operations["tickets.transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/cohandling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a co-handling department with a task and deadline
         * @description Add a co-handling department with a task and deadline
         *
         *     **Allowed:** staff with role agent, handler or supervisor. The caller must be the unit owning the current stage; a caller who can read the ticket otherwise gets 403 `NOT_OWNER`, one who cannot gets 404.
         */
        post: operations["tickets.addCohandling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/cohandling/{unitId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an open co-handling task
         * @description Cancel an open co-handling task
         *
         *     **Allowed:** staff with role agent, handler or supervisor. The caller must be the unit owning the current stage; a caller who can read the ticket otherwise gets 403 `NOT_OWNER`, one who cannot gets 404.
         */
        post: operations["tickets.cancelCohandling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/cohandling/opinion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the caller's co-handling opinion
         * @description Submit the caller's co-handling opinion
         *
         *     **Allowed:** staff with role agent, handler or supervisor. The caller must be a unit with an open co-handling task on it; a caller who can read the ticket otherwise gets 403 `NOT_COHANDLER`, one who cannot gets 404.
         */
        post: operations["tickets.cohandlingOpinion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request an extension (before the deadline)
         * @description Request an extension (before the deadline)
         *
         *     **Allowed:** staff with role agent, handler or supervisor. The caller must be the unit owning the current stage; a caller who can read the ticket otherwise gets 403 `NOT_OWNER`, one who cannot gets 404.
         */
        post: operations["tickets.requestExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/extensions/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve the pending extension (dispatcher; moves the deadline and re-arms timers)
         * @description Approve the pending extension (dispatcher; moves the deadline and re-arms timers)
         *
         *     **Allowed:** staff with role agent, handler or supervisor. The caller must be its dispatching unit or national centre staff; a caller who can read the ticket otherwise gets 403 `NOT_DISPATCHER`, one who cannot gets 404.
         */
        post: operations["tickets.approveExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/extensions/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject the pending extension (dispatcher)
         * @description Reject the pending extension (dispatcher)
         *
         *     **Allowed:** staff with role agent, handler or supervisor. The caller must be its dispatching unit or national centre staff; a caller who can read the ticket otherwise gets 403 `NOT_DISPATCHER`, one who cannot gets 404.
         */
        post: operations["tickets.rejectExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask the parent tier for help
         * @description Ask the parent tier for help
         *
         *     **Allowed:** staff with role agent, handler or supervisor. The caller must be the unit owning the current stage; a caller who can read the ticket otherwise gets 403 `NOT_OWNER`, one who cannot gets 404.
         */
        post: operations["tickets.escalate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit feedback to the dispatcher (not while co-handling tasks are open)
         * @description Submit feedback to the dispatcher (not while co-handling tasks are open)
         *
         *     **Allowed:** staff with role agent, handler or supervisor. The caller must be the unit owning the current stage; a caller who can read the ticket otherwise gets 403 `NOT_OWNER`, one who cannot gets 404.
         */
        post: operations["tickets.submitFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/analysis-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a suggestion's analysis schedule (once; it becomes the analysis deadline)
         * @description Report a suggestion's analysis schedule (once; it becomes the analysis deadline)
         *
         *     **Allowed:** staff with role handler or supervisor. The caller must be the unit owning the current stage; a caller who can read the ticket otherwise gets 403 `NOT_OWNER`, one who cannot gets 404.
         */
        post: operations["tickets.reportAnalysisSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a suggestion's analysis with its adoption decision to the dispatcher (a suggestion's feedback)
         * @description Submit a suggestion's analysis with its adoption decision to the dispatcher (a suggestion's feedback)
         *
         *     **Allowed:** staff with role handler or supervisor. The caller must be the unit owning the current stage; a caller who can read the ticket otherwise gets 403 `NOT_OWNER`, one who cannot gets 404.
         */
        post: operations["tickets.submitAnalysis"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/feedback/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept the feedback (dispatcher only; → reply)
         * @description Accept the feedback (dispatcher only; → reply)
         *
         *     **Allowed:** staff with role agent, handler or supervisor. The caller must be its dispatching unit or national centre staff; a caller who can read the ticket otherwise gets 403 `NOT_DISPATCHER`, one who cannot gets 404.
         */
        post: operations["tickets.acceptFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/feedback/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject the feedback back to handling with a reason (dispatcher only)
         * @description Reject the feedback back to handling with a reason (dispatcher only)
         *
         *     **Allowed:** staff with role agent, handler or supervisor. The caller must be its dispatching unit or national centre staff; a caller who can read the ticket otherwise gets 403 `NOT_DISPATCHER`, one who cannot gets 404.
         */
        post: operations["tickets.rejectFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/progress-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the customer an interim progress reply
         * @description Send the customer an interim progress reply
         *
         *     **Allowed:** staff with role agent, handler or supervisor. The caller must be its reviewing centre, its dispatching unit or the unit owning the current stage; a caller who can read the ticket otherwise gets 403 `NOT_OWNER`, one who cannot gets 404.
         */
        post: operations["tickets.progressReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Final reply: the customer is told the result (ends the commitment clock)
         * @description Final reply: the customer is told the result (ends the commitment clock)
         *
         *     **Allowed:** staff with role agent, handler or supervisor. The caller must be the unit owning the current stage or national centre staff; a caller who can read the ticket otherwise gets 403 `NOT_OWNER`, one who cannot gets 404.
         */
        post: operations["tickets.reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close with the customer's attitude (appeals: conclusion, responsibility)
         * @description Close with the customer's attitude (appeals: conclusion, responsibility)
         *
         *     **Allowed:** staff with role agent, handler or supervisor. The caller must be the unit owning the current stage or national centre staff; a caller who can read the ticket otherwise gets 403 `NOT_OWNER`, one who cannot gets 404.
         */
        post: operations["tickets.close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/revisit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the revisit; unsatisfied for poor handling reopens a re-handling round
         * @description Record the revisit; unsatisfied for poor handling reopens a re-handling round
         *
         *     **Allowed:** staff with role agent, handler or supervisor. The caller must be the unit owning the current stage or national centre staff; a caller who can read the ticket otherwise gets 403 `NOT_OWNER`, one who cannot gets 404.
         */
        post: operations["tickets.revisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/urge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Urge the owner (higher tier)
         * @description Urge the owner (higher tier)
         *
         *     **Allowed:** staff with role agent or supervisor. The caller must be a higher tier over the owning unit; a caller who can read the ticket otherwise gets 403 `NOT_SUPERVISOR`, one who cannot gets 404.
         */
        post: operations["tickets.urge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/supervision-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a supervision order to the owner (higher-tier supervisor)
         * @description Issue a supervision order to the owner (higher-tier supervisor)
         *
         *     **Allowed:** staff with role supervisor. The caller must be a higher tier over the owning unit; a caller who can read the ticket otherwise gets 403 `NOT_SUPERVISOR`, one who cannot gets 404.
         */
        post: operations["tickets.supervise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw at the customer’s request
         * @description Withdraws the ticket at the customer’s request: through the channel system that filed it, or by the centre reviewing or dispatching it. A withdrawn ticket takes no further workflow command; it can be archived.
         *
         *     **Allowed:** channel systems (X-Api-Key); staff with role agent or supervisor. The caller must be the channel system that filed the ticket, its reviewing centre, its dispatching unit or national centre staff; a caller who can read the ticket otherwise gets 403 `NOT_REVIEWER`, one who cannot gets 404.
         */
        post: operations["tickets.withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a revisited or withdrawn ticket (read-only afterwards)
         * @description Archive a revisited or withdrawn ticket (read-only afterwards)
         *
         *     **Allowed:** staff with role agent, handler or supervisor. The caller must be its reviewing centre, its dispatching unit or national centre staff; a caller who can read the ticket otherwise gets 403 `NOT_REVIEWER`, one who cannot gets 404.
         */
        post: operations["tickets.archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open stages past their deadline in a subtree, by due time
         * @description Open stages past their deadline in a subtree, by due time
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["supervision.overdue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/at-risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open stages warned (past 90 %) but not yet due, by due time
         * @description Open stages warned (past 90 %) but not yet due, by due time
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["supervision.atRisk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/due-soon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open stages due within a window, by due time
         * @description Open stages due within a window, by due time
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["supervision.dueSoon"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Supervision orders issued by or to units of a subtree
         * @description Supervision orders issued by or to units of a subtree
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["supervision.orders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * KPIs (DOMAIN §9) of the caller's visible tickets over a window, by period and group, with flow timeliness per stage
         * @description KPIs (DOMAIN §9) of the caller's visible tickets over a window, by period and group, with flow timeliness per stage
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["kpis.report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpis/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tickets behind a KPI's numerator or denominator (a report row's window and group), counted as the report counts them
         * @description The tickets behind a KPI's numerator or denominator (a report row's window and group), counted as the report counts them
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["kpis.tickets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpis/hot-issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ticket counts by business type × nature over a window, and province spikes suggesting a mass incident
         * @description Ticket counts by business type × nature over a window, and province spikes suggesting a mass incident
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["kpis.hotIssues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ticket list with its filters as a file; customer data masked unless revealed
         * @description The ticket list as a file. Staff only. The rows are those the JSON list answers the same caller for the same filters, every page of them, read page by page and written as they are read. CSV is UTF-8 with a byte-order mark (spreadsheet programs then show Chinese as written), RFC 4180 quoting and CRLF line ends; text starting with = + - @ is prefixed with an apostrophe so that no cell runs as a formula. XLSX holds one worksheet with the same columns (text cells, never formulas). The header row names the JSON fields; dates are ISO 8601 in UTC. Every export is written to the audit trail: who, which export, its filters and its row count. A failure once the file has started cuts the connection, so an export without its end is incomplete. Customer name, phone and ID number are masked as the ticket view masks them unless `reveal=true` (centre staff only, as for a single ticket).
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["exports.tickets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/ticket-search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A keyword search with its filters as a file; customer data masked unless revealed
         * @description A keyword search as a file, newest first. Staff only. The rows are those the JSON list answers the same caller for the same filters, every page of them, read page by page and written as they are read. CSV is UTF-8 with a byte-order mark (spreadsheet programs then show Chinese as written), RFC 4180 quoting and CRLF line ends; text starting with = + - @ is prefixed with an apostrophe so that no cell runs as a formula. XLSX holds one worksheet with the same columns (text cells, never formulas). The header row names the JSON fields; dates are ISO 8601 in UTC. Every export is written to the audit trail: who, which export, its filters and its row count. A failure once the file has started cuts the connection, so an export without its end is incomplete. Customer name, phone and ID number are masked as the ticket view masks them unless `reveal=true` (centre staff only, as for a single ticket).
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["exports.ticketSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The overdue queue of a subtree as a file, by due time
         * @description The overdue queue as a file, by due time. Staff only. The rows are those the JSON list answers the same caller for the same filters, every page of them, read page by page and written as they are read. CSV is UTF-8 with a byte-order mark (spreadsheet programs then show Chinese as written), RFC 4180 quoting and CRLF line ends; text starting with = + - @ is prefixed with an apostrophe so that no cell runs as a formula. XLSX holds one worksheet with the same columns (text cells, never formulas). The header row names the JSON fields; dates are ISO 8601 in UTC. Every export is written to the audit trail: who, which export, its filters and its row count. A failure once the file has started cuts the connection, so an export without its end is incomplete.
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["exports.overdue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/at-risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The at-risk queue of a subtree as a file, by due time
         * @description The at-risk queue as a file, by due time. Staff only. The rows are those the JSON list answers the same caller for the same filters, every page of them, read page by page and written as they are read. CSV is UTF-8 with a byte-order mark (spreadsheet programs then show Chinese as written), RFC 4180 quoting and CRLF line ends; text starting with = + - @ is prefixed with an apostrophe so that no cell runs as a formula. XLSX holds one worksheet with the same columns (text cells, never formulas). The header row names the JSON fields; dates are ISO 8601 in UTC. Every export is written to the audit trail: who, which export, its filters and its row count. A failure once the file has started cuts the connection, so an export without its end is incomplete.
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["exports.atRisk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/due-soon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The due-soon queue of a subtree as a file, by due time
         * @description The due-soon queue as a file, by due time. Staff only. The rows are those the JSON list answers the same caller for the same filters, every page of them, read page by page and written as they are read. CSV is UTF-8 with a byte-order mark (spreadsheet programs then show Chinese as written), RFC 4180 quoting and CRLF line ends; text starting with = + - @ is prefixed with an apostrophe so that no cell runs as a formula. XLSX holds one worksheet with the same columns (text cells, never formulas). The header row names the JSON fields; dates are ISO 8601 in UTC. Every export is written to the audit trail: who, which export, its filters and its row count. A failure once the file has started cuts the connection, so an export without its end is incomplete.
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["exports.dueSoon"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/supervision-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Supervision orders issued by or to units of a subtree as a file
         * @description Supervision orders as a file, by due time. Staff only. The rows are those the JSON list answers the same caller for the same filters, every page of them, read page by page and written as they are read. CSV is UTF-8 with a byte-order mark (spreadsheet programs then show Chinese as written), RFC 4180 quoting and CRLF line ends; text starting with = + - @ is prefixed with an apostrophe so that no cell runs as a formula. XLSX holds one worksheet with the same columns (text cells, never formulas). The header row names the JSON fields; dates are ISO 8601 in UTC. Every export is written to the audit trail: who, which export, its filters and its row count. A failure once the file has started cuts the connection, so an export without its end is incomplete.
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["exports.supervisionOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The KPI table (one row per period and group) as a file: each KPI with its numerator, denominator and target
         * @description The KPI table as a file: one row per period and group, and for each KPI its value, numerator, denominator and target (columns `onTimeClosureRate.value`…). Staff only. The rows are those the JSON list answers the same caller for the same filters, every page of them, read page by page and written as they are read. CSV is UTF-8 with a byte-order mark (spreadsheet programs then show Chinese as written), RFC 4180 quoting and CRLF line ends; text starting with = + - @ is prefixed with an apostrophe so that no cell runs as a formula. XLSX holds one worksheet with the same columns (text cells, never formulas). The header row names the JSON fields; dates are ISO 8601 in UTC. Every export is written to the audit trail: who, which export, its filters and its row count. A failure once the file has started cuts the connection, so an export without its end is incomplete.
         *
         *     **Allowed:** staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["exports.kpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/personal-data/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A copy of a customer's personal data: their tickets in the caller's scope, unmasked, a page at a time (audited)
         * @description Everything the service holds about a customer, unmasked: each ticket of theirs with its personal fields, their updates and the answers given to them, and its attachments, a page of tickets at a time (by ticket id). For administrators of the national or a provincial centre (and the bootstrap admin), over the tickets they may read. The customer is named by the phone and/or the ID number they filed with, in the body (never in the URL, which access logs keep); a ticket matching either is theirs. Tickets already anonymised hold nothing of them and are not found. Each request is written to the audit trail (category `personal_data`): who, when, which identifiers were named (not their values) and which tickets.
         *
         *     **Allowed:** staff with role admin of national or provincial units; the bootstrap administrator.
         */
        post: operations["personalData.export"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/personal-data/erasures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erases a customer's personal data: anonymises their tickets in the caller's scope; 409 while one of them is open (audited)
         * @description Anonymises the customer's tickets at once, as the retention period would (docs/privacy.md): their personal fields, the free texts written by or to them, the copies in the history, the search document, the notices and the delivery log; KPIs and repeat-complaint links stay as they were, and each ticket records a `ticket.anonymised` event. Refused with 409 `CUSTOMER_TICKETS_OPEN` (listing `openTicketIds`, erasing nothing) while one of the tickets is still open: it is erased once closed or withdrawn. For administrators of the national or a provincial centre (and the bootstrap admin), over the tickets they may read. The customer is named by the phone and/or the ID number they filed with, in the body (never in the URL, which access logs keep); a ticket matching either is theirs. Tickets already anonymised hold nothing of them and are not found. Each request is written to the audit trail (category `personal_data`): who, when, which identifiers were named (not their values) and which tickets.
         *
         *     **Allowed:** staff with role admin of national or provincial units; the bootstrap administrator.
         */
        post: operations["personalData.erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Subscriptions of units in scope
         * @description Subscriptions of units in scope
         *
         *     **Allowed:** channel systems (X-Api-Key); staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["webhookSubscriptions.list"];
        put?: never;
        /**
         * Subscribe a unit in your scope to events (DOMAIN §7); the signing secret is shown only here
         * @description Staff subscribe a unit of their scope to the events of its tickets. A channel system subscribes for itself with its API key (no `orgUnitId`): it then hears the customer-facing milestones of the tickets it filed. The secret is shown once, here.
         *
         *     **Allowed:** channel systems (X-Api-Key); staff with role admin; the bootstrap administrator.
         */
        post: operations["webhookSubscriptions.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a subscription
         * @description Read a subscription
         *
         *     **Allowed:** channel systems (X-Api-Key); staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["webhookSubscriptions.get"];
        put?: never;
        post?: never;
        /**
         * Delete a subscription and its delivery log
         * @description Delete a subscription and its delivery log
         *
         *     **Allowed:** channel systems (X-Api-Key); staff with role admin; the bootstrap administrator.
         */
        delete: operations["webhookSubscriptions.delete"];
        options?: never;
        head?: never;
        /**
         * Change the URL or event types, or enable/disable a subscription
         * @description Change the URL or event types, or enable/disable a subscription
         *
         *     **Allowed:** channel systems (X-Api-Key); staff with role admin; the bootstrap administrator.
         */
        patch: operations["webhookSubscriptions.update"];
        trace?: never;
    };
    "/api/v1/webhook-subscriptions/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the signing secret; the new one is shown only here and signs from now on
         * @description Replace the signing secret; the new one is shown only here and signs from now on
         *
         *     **Allowed:** channel systems (X-Api-Key); staff with role admin; the bootstrap administrator.
         */
        post: operations["webhookSubscriptions.rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Delivery log of subscriptions in scope, newest first
         * @description Delivery log of subscriptions in scope, newest first
         *
         *     **Allowed:** channel systems (X-Api-Key); staff with role agent, handler, supervisor or admin; the bootstrap administrator.
         */
        get: operations["webhookDeliveries.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-deliveries/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again now (same webhook-id), with a fresh retry schedule
         * @description Send a delivery again now (same webhook-id), with a fresh retry schedule
         *
         *     **Allowed:** channel systems (X-Api-Key); staff with role admin; the bootstrap administrator.
         */
        post: operations["webhookDeliveries.replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics: HTTP latency, open stages by SLA state, outbox and delivery backlogs, queue depths
         * @description Prometheus metrics: HTTP latency, open stages by SLA state, outbox and delivery backlogs, queue depths
         *
         *     **Allowed:** anyone; no credential is needed unless the operator requires one by configuration.
         */
        get: operations["metrics.scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "ticket.filed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: ticket.filed
         * @description Sent to each subscription whose event types include `ticket.filed`: the units concerned (`WebhookPayload`), and the channel system that filed the ticket (a customer-facing milestone, `ChannelWebhookPayload`). Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.ticket.filed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ticket.dispatched": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: ticket.dispatched
         * @description Sent to each subscription whose event types include `ticket.dispatched`: the units concerned (`WebhookPayload`); never to a channel system. Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.ticket.dispatched"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ticket.signed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: ticket.signed
         * @description Sent to each subscription whose event types include `ticket.signed`: the units concerned (`WebhookPayload`), and the channel system that filed the ticket (a customer-facing milestone, `ChannelWebhookPayload`). Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.ticket.signed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ticket.returned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: ticket.returned
         * @description Sent to each subscription whose event types include `ticket.returned`: the units concerned (`WebhookPayload`); never to a channel system. Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.ticket.returned"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ticket.transferred": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: ticket.transferred
         * @description Sent to each subscription whose event types include `ticket.transferred`: the units concerned (`WebhookPayload`); never to a channel system. Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.ticket.transferred"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "cohandling.assigned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: cohandling.assigned
         * @description Sent to each subscription whose event types include `cohandling.assigned`: the units concerned (`WebhookPayload`); never to a channel system. Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.cohandling.assigned"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "cohandling.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: cohandling.cancelled
         * @description Sent to each subscription whose event types include `cohandling.cancelled`: the units concerned (`WebhookPayload`); never to a channel system. Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.cohandling.cancelled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "extension.requested": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: extension.requested
         * @description Sent to each subscription whose event types include `extension.requested`: the units concerned (`WebhookPayload`); never to a channel system. Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.extension.requested"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "extension.decided": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: extension.decided
         * @description Sent to each subscription whose event types include `extension.decided`: the units concerned (`WebhookPayload`); never to a channel system. Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.extension.decided"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ticket.help_requested": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: ticket.help_requested
         * @description Sent to each subscription whose event types include `ticket.help_requested`: the units concerned (`WebhookPayload`); never to a channel system. Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.ticket.help_requested"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "feedback.submitted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: feedback.submitted
         * @description Sent to each subscription whose event types include `feedback.submitted`: the units concerned (`WebhookPayload`); never to a channel system. Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.feedback.submitted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "feedback.rejected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: feedback.rejected
         * @description Sent to each subscription whose event types include `feedback.rejected`: the units concerned (`WebhookPayload`); never to a channel system. Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.feedback.rejected"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ticket.replied": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: ticket.replied
         * @description Sent to each subscription whose event types include `ticket.replied`: the units concerned (`WebhookPayload`), and the channel system that filed the ticket (a customer-facing milestone, `ChannelWebhookPayload`). Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.ticket.replied"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ticket.closed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: ticket.closed
         * @description Sent to each subscription whose event types include `ticket.closed`: the units concerned (`WebhookPayload`), and the channel system that filed the ticket (a customer-facing milestone, `ChannelWebhookPayload`). Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.ticket.closed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ticket.reopened": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: ticket.reopened
         * @description Sent to each subscription whose event types include `ticket.reopened`: the units concerned (`WebhookPayload`), and the channel system that filed the ticket (a customer-facing milestone, `ChannelWebhookPayload`). Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.ticket.reopened"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "stage.warning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: stage.warning
         * @description Sent to each subscription whose event types include `stage.warning`: the units concerned (`WebhookPayload`); never to a channel system. Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.stage.warning"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "stage.breached": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: stage.breached
         * @description Sent to each subscription whose event types include `stage.breached`: the units concerned (`WebhookPayload`); never to a channel system. Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.stage.breached"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ticket.escalated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: ticket.escalated
         * @description Sent to each subscription whose event types include `ticket.escalated`: the units concerned (`WebhookPayload`); never to a channel system. Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.ticket.escalated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "supervision.issued": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: supervision.issued
         * @description Sent to each subscription whose event types include `supervision.issued`: the units concerned (`WebhookPayload`); never to a channel system. Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.supervision.issued"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "supervision.warning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: supervision.warning
         * @description Sent to each subscription whose event types include `supervision.warning`: the units concerned (`WebhookPayload`); never to a channel system. Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.supervision.warning"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "supervision.breached": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: supervision.breached
         * @description Sent to each subscription whose event types include `supervision.breached`: the units concerned (`WebhookPayload`); never to a channel system. Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.supervision.breached"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ticket.urged": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: ticket.urged
         * @description Sent to each subscription whose event types include `ticket.urged`: the units concerned (`WebhookPayload`); never to a channel system. Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.ticket.urged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ticket.upgraded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: ticket.upgraded
         * @description Sent to each subscription whose event types include `ticket.upgraded`: the units concerned (`WebhookPayload`); never to a channel system. Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.ticket.upgraded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "commitment.at_risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: commitment.at_risk
         * @description Sent to each subscription whose event types include `commitment.at_risk`: the units concerned (`WebhookPayload`); never to a channel system. Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.commitment.at_risk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ticket.revisited": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: ticket.revisited
         * @description Sent to each subscription whose event types include `ticket.revisited`: the units concerned (`WebhookPayload`), and the channel system that filed the ticket (a customer-facing milestone, `ChannelWebhookPayload`). Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.ticket.revisited"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ticket.withdrawn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: ticket.withdrawn
         * @description Sent to each subscription whose event types include `ticket.withdrawn`: the units concerned (`WebhookPayload`), and the channel system that filed the ticket (a customer-facing milestone, `ChannelWebhookPayload`). Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.ticket.withdrawn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ticket.archived": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: ticket.archived
         * @description Sent to each subscription whose event types include `ticket.archived`: the units concerned (`WebhookPayload`), and the channel system that filed the ticket (a customer-facing milestone, `ChannelWebhookPayload`). Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.ticket.archived"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "suggestion.schedule_reported": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: suggestion.schedule_reported
         * @description Sent to each subscription whose event types include `suggestion.schedule_reported`: the units concerned (`WebhookPayload`); never to a channel system. Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.suggestion.schedule_reported"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "suggestion.analysed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notification: suggestion.analysed
         * @description Sent to each subscription whose event types include `suggestion.analysed`: the units concerned (`WebhookPayload`); never to a channel system. Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.
         */
        post: operations["webhooks.suggestion.analysed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        AuditEventView: {
            /** @description Position in the chain */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /**
             * @description Operation key of the authorization policy
             * @example routingRules.update
             */
            operation: string;
            /** @enum {string} */
            category: "identities" | "sessions" | "sign_in" | "org_units" | "routing_rules" | "sla_policies" | "calendars" | "taxonomy" | "webhooks" | "personal_data" | "exports" | "audit";
            /** @enum {string} */
            outcome: "success" | "failure";
            /** @description staff, channel or admin (the bootstrap admin); null for a sign-in under an unknown name */
            actorKind: string | null;
            actorId: string | null;
            /** Format: uuid */
            actorUnitId: string | null;
            /** @description Client address the request came from */
            address: string | null;
            /** @description X-Request-Id of the request */
            requestId: string | null;
            targetType: string | null;
            targetId: string | null;
            /** @description The record before the act (secrets removed, personal data masked) */
            before: {
                [key: string]: unknown;
            } | null;
            /** @description The record after the act (secrets removed, personal data masked) */
            after: {
                [key: string]: unknown;
            } | null;
            /** @description Further facts: the reason of a failed sign-in, a revocation, … */
            detail: {
                [key: string]: unknown;
            } | null;
            /** @description sha256 of the previous row */
            prevHash: string;
            /** @description sha256 of the previous hash and this row */
            hash: string;
        };
        AuditEventPage: {
            items: components["schemas"]["AuditEventView"][];
            nextCursor: string | null;
        };
        MeResponse: {
            /** @enum {string} */
            kind: "staff" | "channel" | "admin";
            id: string;
            role: string;
            unitId: string | null;
            /** @enum {string} */
            tier: "national" | "provincial" | "city" | "department";
            provinceId: string | null;
        };
        CreateChannelSystemDto: {
            /** @example Henan 10086 hotline */
            name: string;
            /** @enum {string} */
            channel: "hotline" | "gm_hotline" | "business_hall" | "face_to_face" | "account_manager" | "letter" | "fax" | "web" | "app" | "sms" | "email" | "regulator" | "social_media";
            /**
             * Format: uuid
             * @description Provincial centre or national centre
             */
            orgUnitId: string;
        };
        ChannelSystem: {
            /** Format: uuid */
            id: string;
            /** @example Henan 10086 hotline */
            name: string;
            /** @enum {string} */
            channel: "hotline" | "gm_hotline" | "business_hall" | "face_to_face" | "account_manager" | "letter" | "fax" | "web" | "app" | "sms" | "email" | "regulator" | "social_media";
            /**
             * Format: uuid
             * @description Provincial centre or national centre the system files for
             */
            orgUnitId: string;
            /** @description First characters of the key, to recognise it in lists */
            keyPrefix: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            revokedAt?: string | null;
        };
        ChannelSystemCreated: {
            channelSystem: components["schemas"]["ChannelSystem"];
            /** @description Shown once; send it as the X-Api-Key header */
            apiKey: string;
        };
        ChannelSystemPage: {
            items: components["schemas"]["ChannelSystem"][];
            /** @description Pass it back as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        CreateStaffDto: {
            /** @example 张伟 */
            name: string;
            /** Format: uuid */
            orgUnitId: string;
            /** @enum {string} */
            role: "agent" | "handler" | "supervisor" | "admin";
            /**
             * @description Sign-in name (stored lower-case), also what single sign-on matches
             * @example zhangwei
             */
            username?: string;
        };
        StaffUser: {
            /** Format: uuid */
            id: string;
            /** @example 张伟 */
            name: string;
            /** Format: uuid */
            orgUnitId: string;
            /** @enum {string} */
            role: "agent" | "handler" | "supervisor" | "admin";
            /** @example zhangwei */
            username?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            disabledAt?: string | null;
        };
        StaffUserPage: {
            items: components["schemas"]["StaffUser"][];
            /** @description Pass it back as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        IssueTokenDto: {
            /** @description Lifetime in hours; omitted = until revoked */
            ttlHours?: number;
        };
        StaffToken: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            staffId: string;
            tokenPrefix: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt?: string | null;
            /** Format: date-time */
            revokedAt?: string | null;
        };
        TokenIssued: {
            /** @description Shown once; send it as `Authorization: Bearer <token>` */
            token: string;
            tokenInfo: components["schemas"]["StaffToken"];
        };
        SignInDto: {
            /** @example zhangwei */
            username: string;
            /**
             * Format: password
             * @example correct horse battery staple
             */
            password: string;
        };
        SignedIn: {
            /** Format: uuid */
            staffId: string;
            /** Format: uuid */
            sessionId: string;
            /**
             * Format: date-time
             * @description Absolute end of the session
             */
            expiresAt: string;
            /** @description The session ends after this many seconds without a request */
            idleTimeoutSeconds: number;
            /** @description Send it as the X-CSRF-Token header on every request other than GET made with the session cookie (also set as a readable cookie) */
            csrfToken: string;
            /** @description True after an administrator set a temporary password: until it is changed, the session may only change it */
            mustChangePassword: boolean;
        };
        SignedOut: {
            /** @description The identity provider's logout address, when the session came from single sign-on: send the browser there to end it at the provider too */
            endSessionUrl: string | null;
        };
        ChangePasswordDto: {
            /** Format: password */
            currentPassword: string;
            /** Format: password */
            newPassword: string;
        };
        PasswordChanged: {
            /** @description The new session replacing the ones that ended (cookie callers only) */
            session: components["schemas"]["SignedIn"] | null;
        };
        UpdateStaffAccountDto: {
            /** @example 张伟 */
            name?: string;
            /**
             * @description A change of role ends the member’s sessions
             * @enum {string}
             */
            role?: "agent" | "handler" | "supervisor" | "admin";
            /**
             * @description Sign-in name (stored lower-case), also what single sign-on matches; null removes it
             * @example zhangwei
             */
            username?: string | null;
            /** @description Disabling ends every session and stops every token of the member */
            disabled?: boolean;
        };
        PasswordReset: {
            /** @description Shown once; hand it over out of band. It works for one sign-in, which must change it */
            temporaryPassword: string;
            /** @enum {boolean} */
            mustChangePassword: true;
        };
        SessionView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            method: "password" | "oidc";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastSeenAt: string;
            /**
             * Format: date-time
             * @description Absolute end
             */
            expiresAt: string;
            /**
             * Format: date-time
             * @description End if no request comes before
             */
            idleExpiresAt: string;
            /** @description Neither revoked nor expired */
            active: boolean;
            /** Format: date-time */
            revokedAt: string | null;
            /**
             * @description signed_out, revoked, password_changed, password_reset, account_disabled, role_changed, provider_logout
             * @example signed_out
             */
            revokedReason: string | null;
            /** @description Client address at sign-in */
            address: string | null;
            userAgent: string | null;
        };
        SessionPage: {
            items: components["schemas"]["SessionView"][];
            nextCursor: string | null;
        };
        OidcLoginStarted: {
            /** @description The provider's authorization URL to send the browser to */
            authorizationUrl: string;
        };
        BackChannelLogoutDto: {
            /** @description The signed logout token (OpenID Connect Back-Channel Logout 1.0) */
            logout_token: string;
        };
        CreateOrgUnitDto: {
            /**
             * @description Unique code: letters, digits, - and _
             * @example HA-ZZ
             */
            code: string;
            /** @example 郑州市分公司 */
            name: string;
            /** @enum {string} */
            tier: "national" | "provincial" | "city" | "department";
            /**
             * Format: uuid
             * @description Required for every tier but national
             */
            parentId?: string;
            /** @example cn */
            calendarId?: string;
        };
        OrgUnit: {
            /** Format: uuid */
            id: string;
            /**
             * @description Unique code; a provincial centre code prefixes its ticket numbers
             * @example HA
             */
            code: string;
            /** @example 河南省投诉处理中心 */
            name: string;
            /** @enum {string} */
            tier: "national" | "provincial" | "city" | "department";
            /** Format: uuid */
            parentId?: string | null;
            /** @description Materialized path of ancestor ids, self included */
            path: string;
            depth: number;
            /**
             * Format: uuid
             * @description Provincial centre this unit belongs to (itself for a provincial centre; null for national)
             */
            provinceId?: string | null;
            /**
             * @description Working-day calendar id (Chinese public holidays by default)
             * @example cn
             */
            calendarId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        OrgUnitPage: {
            items: components["schemas"]["OrgUnit"][];
            nextCursor: string | null;
        };
        UpdateOrgUnitDto: {
            name?: string;
            /**
             * Format: uuid
             * @description Move the unit (and its subtree) under another parent
             */
            parentId?: string;
            calendarId?: string;
        };
        CreateRoutingRuleDto: {
            /**
             * Format: uuid
             * @description Provincial centre whose tickets the rule routes
             */
            provinceUnitId?: string | null;
            /** @example mobile */
            businessType?: string | null;
            /** @example network_quality */
            nature?: string | null;
            /** @enum {string|null} */
            customerTier?: "vip" | "normal" | null;
            /**
             * @description auto: dispatch at filing; suggest: offered at review
             * @default suggest
             * @enum {string}
             */
            mode: "auto" | "suggest";
            /**
             * @description Lower wins among equally specific rules
             * @default 100
             */
            priority: number;
            /** @default true */
            enabled: boolean;
            /** @example Henan mobile network quality → network dept */
            name: string;
            /** Format: uuid */
            targetUnitId: string;
        };
        RoutingRuleView: {
            /** Format: uuid */
            id: string;
            name: string;
            provinceUnitId: string | null;
            businessType: string | null;
            nature: string | null;
            customerTier: string | null;
            /** Format: uuid */
            targetUnitId: string;
            /** @enum {string} */
            mode: "auto" | "suggest";
            priority: number;
            enabled: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        RoutingRulePage: {
            items: components["schemas"]["RoutingRuleView"][];
            /** @description Pass it back as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        UpdateRoutingRuleDto: {
            /**
             * Format: uuid
             * @description Provincial centre whose tickets the rule routes
             */
            provinceUnitId?: string | null;
            /** @example mobile */
            businessType?: string | null;
            /** @example network_quality */
            nature?: string | null;
            /** @enum {string|null} */
            customerTier?: "vip" | "normal" | null;
            /**
             * @description auto: dispatch at filing; suggest: offered at review
             * @default suggest
             * @enum {string}
             */
            mode: "auto" | "suggest";
            /**
             * @description Lower wins among equally specific rules
             * @default 100
             */
            priority: number;
            /** @default true */
            enabled: boolean;
            name?: string;
            /** Format: uuid */
            targetUnitId?: string;
        };
        LimitDto: {
            /**
             * @description hours: natural hours; working_days: days of the owner unit's working calendar, time of day kept
             * @enum {string}
             */
            unit: "hours" | "working_days";
            /**
             * @description Greater than 0; fractions allowed
             * @example 24
             */
            value: number;
        };
        StageLimitsDto: {
            /** @description Contact → filing */
            intake: components["schemas"]["LimitDto"];
            /** @description Centre review and dispatch */
            review: components["schemas"]["LimitDto"];
            sign_for: components["schemas"]["LimitDto"];
            /** @description Lead department's handling */
            handling: components["schemas"]["LimitDto"];
            /** @description Each co-handling task */
            cohandling: components["schemas"]["LimitDto"];
            /** @description Dispatcher's decision on feedback */
            feedback_review: components["schemas"]["LimitDto"];
            /** @description Feedback accepted → customer told */
            reply: components["schemas"]["LimitDto"];
            /** @description Close → revisit */
            revisit: components["schemas"]["LimitDto"];
        };
        SlaPolicy: {
            /** Format: uuid */
            id: string;
            /** @example national VIP */
            name: string;
            /**
             * @description null = any kind
             * @enum {string|null}
             */
            kind?: "complaint" | "escalated_complaint" | "appeal" | "inquiry" | "suggestion" | null;
            /**
             * @description null = any level
             * @enum {string|null}
             */
            level?: "general" | "provincial" | "national" | null;
            /**
             * @description null = any customer tier
             * @enum {string|null}
             */
            customerTier?: "vip" | "normal" | null;
            /**
             * @description null = any business type
             * @example mobile
             */
            businessType?: string | null;
            /**
             * @description Tie-break between policies with the same criteria: lower wins
             * @example 100
             */
            priority: number;
            stageLimits: components["schemas"]["StageLimitsDto"];
            /** @description Filing → reply: the overall promise to the customer; null = the ticket level's (general 24 h, provincial 48 h, national 72 h) */
            commitment?: components["schemas"]["LimitDto"] | null;
            /** @description Time the unit a supervision order (督办) is issued to has to answer it, automatic or by a supervisor without a deadline of its own */
            supervisionLimit: components["schemas"]["LimitDto"];
            /**
             * @description Share of the counted time after which the warning fires, in (0, 1]
             * @example 0.9
             */
            warnRatio: number;
            /**
             * @description Extensions one handling stage may have
             * @example 2
             */
            maxExtensions: number;
            enabled: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SlaPolicyPage: {
            items: components["schemas"]["SlaPolicy"][];
            /** @description Pass it back as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        StageLimitsPatchDto: {
            intake?: components["schemas"]["LimitDto"];
            review?: components["schemas"]["LimitDto"];
            sign_for?: components["schemas"]["LimitDto"];
            handling?: components["schemas"]["LimitDto"];
            cohandling?: components["schemas"]["LimitDto"];
            feedback_review?: components["schemas"]["LimitDto"];
            reply?: components["schemas"]["LimitDto"];
            revisit?: components["schemas"]["LimitDto"];
        };
        CreateSlaPolicyDto: {
            /**
             * @description null or omitted = any kind
             * @enum {string|null}
             */
            kind?: "complaint" | "escalated_complaint" | "appeal" | "inquiry" | "suggestion" | null;
            /**
             * @description null or omitted = any level
             * @enum {string|null}
             */
            level?: "general" | "provincial" | "national" | null;
            /**
             * @description null or omitted = any customer tier
             * @enum {string|null}
             */
            customerTier?: "vip" | "normal" | null;
            /**
             * @description null or omitted = any business type
             * @example mobile
             */
            businessType?: string | null;
            /**
             * @description Tie-break between equal criteria: lower wins
             * @default 100
             */
            priority: number;
            stageLimits?: components["schemas"]["StageLimitsPatchDto"];
            /** @description Filing → reply: the overall promise to the customer */
            commitment?: components["schemas"]["LimitDto"];
            /** @description Time the unit a supervision order is issued to has to answer it */
            supervisionLimit?: components["schemas"]["LimitDto"];
            /**
             * @description In (0, 1]: share of the counted time after which the warning fires
             * @example 0.9
             */
            warnRatio?: number;
            /** @example 2 */
            maxExtensions?: number;
            /** @default true */
            enabled: boolean;
            /** @example national VIP mobile */
            name: string;
        };
        ResolveSlaPolicyDto: {
            /** @enum {string} */
            kind: "complaint" | "escalated_complaint" | "appeal" | "inquiry" | "suggestion";
            /** @enum {string} */
            level: "general" | "provincial" | "national";
            /** @enum {string} */
            customerTier: "vip" | "normal";
            /** @example mobile */
            businessType: string;
        };
        ResolvedTermNotes: {
            commitment?: string;
            intake?: string;
            review?: string;
            sign_for?: string;
            handling?: string;
            cohandling?: string;
            feedback_review?: string;
            reply?: string;
            revisit?: string;
            supervisionLimit?: string;
        };
        ResolvedSlaPolicy: {
            /** @example national VIP */
            name: string;
            /**
             * @description null = any kind
             * @enum {string|null}
             */
            kind?: "complaint" | "escalated_complaint" | "appeal" | "inquiry" | "suggestion" | null;
            /**
             * @description null = any level
             * @enum {string|null}
             */
            level?: "general" | "provincial" | "national" | null;
            /**
             * @description null = any customer tier
             * @enum {string|null}
             */
            customerTier?: "vip" | "normal" | null;
            /**
             * @description null = any business type
             * @example mobile
             */
            businessType?: string | null;
            /**
             * @description Tie-break between policies with the same criteria: lower wins
             * @example 100
             */
            priority: number;
            stageLimits: components["schemas"]["StageLimitsDto"];
            /**
             * @description Share of the counted time after which the warning fires, in (0, 1]
             * @example 0.9
             */
            warnRatio: number;
            /**
             * @description Extensions one handling stage may have
             * @example 2
             */
            maxExtensions: number;
            /** @description Filing → reply: the policy's own, else the ticket level's; for a VIP never longer than a normal customer's */
            commitment: components["schemas"]["LimitDto"];
            /** @description Time to answer a supervision order: the policy's; for a VIP never longer than a normal customer's */
            supervisionLimit: components["schemas"]["LimitDto"];
            notes: components["schemas"]["ResolvedTermNotes"];
            /**
             * Format: uuid
             * @description null when no enabled policy matches and the built-in default applies
             */
            id: string | null;
        };
        UpdateSlaPolicyDto: {
            /**
             * @description null or omitted = any kind
             * @enum {string|null}
             */
            kind?: "complaint" | "escalated_complaint" | "appeal" | "inquiry" | "suggestion" | null;
            /**
             * @description null or omitted = any level
             * @enum {string|null}
             */
            level?: "general" | "provincial" | "national" | null;
            /**
             * @description null or omitted = any customer tier
             * @enum {string|null}
             */
            customerTier?: "vip" | "normal" | null;
            /**
             * @description null or omitted = any business type
             * @example mobile
             */
            businessType?: string | null;
            /**
             * @description Tie-break between equal criteria: lower wins
             * @default 100
             */
            priority: number;
            stageLimits?: components["schemas"]["StageLimitsPatchDto"];
            /** @description Filing → reply: the overall promise to the customer */
            commitment?: components["schemas"]["LimitDto"];
            /** @description Time the unit a supervision order is issued to has to answer it */
            supervisionLimit?: components["schemas"]["LimitDto"];
            /**
             * @description In (0, 1]: share of the counted time after which the warning fires
             * @example 0.9
             */
            warnRatio?: number;
            /** @example 2 */
            maxExtensions?: number;
            /** @default true */
            enabled: boolean;
            name?: string;
        };
        CalendarOverride: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orgUnitId: string;
            /**
             * @description China local date
             * @example 2026-05-06
             */
            date: string;
            /** @enum {string} */
            kind: "holiday" | "workday";
            /** @example 地方性假日 */
            note?: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CalendarOverridePage: {
            items: components["schemas"]["CalendarOverride"][];
            /** @description Pass it back as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        CreateCalendarOverrideDto: {
            /**
             * @description China local date
             * @example 2026-05-06
             */
            date: string;
            /**
             * @description holiday: not a working day here; workday: a working day here
             * @enum {string}
             */
            kind: "holiday" | "workday";
            /** @example 地方性假日 */
            note?: string;
        };
        WorkingDay: {
            /** @example 2026-05-06 */
            date: string;
            /** @description Whether the date counts toward working-day limits in this unit's calendar */
            working: boolean;
        };
        WorkingDayPage: {
            items: components["schemas"]["WorkingDay"][];
            /** @description Pass it back as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        OfficialYear: {
            /** @example 2027 */
            year: number;
            /** @example chinese-days 1.5.7 */
            source: string;
            /** Format: date-time */
            importedAt: string;
            /** @description Public holidays on record for the year */
            holidays: number;
            /** @description Make-up working days on record for the year */
            workdays: number;
        };
        OfficialYearPage: {
            items: components["schemas"]["OfficialYear"][];
            /** @description Pass it back as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        ImportOfficialScheduleDto: {
            /** @example 2027 */
            year: number;
            /**
             * @description Public holidays (dates off work), all within `year`
             * @example [
             *       "2027-01-01"
             *     ]
             */
            holidays: string[];
            /**
             * @description Make-up working days (调休), all within `year`; none also a holiday
             * @example [
             *       "2027-02-07"
             *     ]
             */
            workdays: string[];
            /**
             * @description Where the schedule comes from
             * @example 国务院办公厅关于2027年部分节假日安排的通知
             */
            source?: string;
        };
        OfficialScheduleImported: {
            /** @example 2027 */
            year: number;
            /** @example chinese-days 1.5.7 */
            source: string;
            /** Format: date-time */
            importedAt: string;
            /** @description Public holidays on record for the year */
            holidays: number;
            /** @description Make-up working days on record for the year */
            workdays: number;
            /** @description Open stage deadlines counted provisionally across this year that the import moved */
            recomputedStages: number;
        };
        DeadlinePreviewDto: {
            /**
             * Format: uuid
             * @description Owner unit whose working calendar applies
             */
            unitId: string;
            /**
             * @description ISO 8601 instant with a UTC offset or Z
             * @example 2026-03-13T10:00:00+08:00
             */
            start: string;
            limit: components["schemas"]["LimitDto"];
            /**
             * @description In (0, 1]
             * @default 0.9
             * @example 0.9
             */
            warnRatio: number;
        };
        DeadlinePreview: {
            /** Format: date-time */
            warnAt: string;
            /** Format: date-time */
            dueAt: string;
            /**
             * @description SLA_TIME_SCALE in force; above 1 (demo/test only) time is compressed and calendars ignored
             * @example 1
             */
            timeScale: number;
            /**
             * @description Years the count crosses that have no official holiday schedule yet: the deadline is provisional, weekends being the only days off
             * @example []
             */
            provisionalYears: number[];
        };
        TaxonomyTerm: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "business_type" | "nature";
            /** @example mobile */
            code: string;
            /** @example 移动业务 */
            label: string;
            /**
             * @description Broader term of the same kind (e.g. gsm under mobile)
             * @example mobile
             */
            parentCode: string | null;
            /** @description Disabled terms are refused at intake but kept for history */
            enabled: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TaxonomyTermPage: {
            items: components["schemas"]["TaxonomyTerm"][];
            /** @description Pass it back as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        CreateTaxonomyTermDto: {
            /** @enum {string} */
            kind: "business_type" | "nature";
            /** @example iptv */
            code: string;
            /** @example IPTV */
            label: string;
            /** @example value_added */
            parentCode?: string;
        };
        UpdateTaxonomyTermDto: {
            label?: string;
            enabled?: boolean;
        };
        AttachmentDto: {
            /** @example call-recording.mp3 */
            name: string;
            /** @example audio/mpeg */
            contentType: string;
            /**
             * @description Bytes
             * @example 482133
             */
            size: number;
            /**
             * @description URL or storage key; blobs are not stored here
             * @example s3://recordings/2026/11/22/abc.mp3
             */
            url: string;
            /** @example sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
            checksum?: string;
        };
        FileTicketDto: {
            /**
             * @example complaint
             * @enum {string}
             */
            kind: "complaint" | "escalated_complaint" | "appeal" | "inquiry" | "suggestion";
            /**
             * @description Defaults to the channel system's channel; required when staff file
             * @enum {string}
             */
            channel?: "hotline" | "gm_hotline" | "business_hall" | "face_to_face" | "account_manager" | "letter" | "fax" | "web" | "app" | "sms" | "email" | "regulator" | "social_media";
            /**
             * @description The channel's own reference; unique per channel system, makes filing idempotent
             * @example HL-20261122-88812
             */
            externalRef?: string;
            /**
             * @description Proposed level; cross-province forces national
             * @enum {string}
             */
            level?: "general" | "provincial" | "national";
            /** @example 王芳 */
            customerName: string;
            /** @example 13800138000 */
            customerPhone: string;
            /** @example 410105199001011234 */
            customerIdNumber?: string;
            /** @enum {string} */
            customerTier: "vip" | "normal";
            /**
             * @description Code of the customer's home provincial centre
             * @example HA
             */
            homeProvince: string;
            /**
             * @description Province where it happened (roaming); differs from home ⇒ national level
             * @example GD
             */
            occurredProvince?: string;
            /** @example mobile */
            businessType: string;
            /**
             * @example [
             *       "network_quality"
             *     ]
             */
            natures: string[];
            /** @example 家中信号差，无法通话 */
            subject: string;
            /** @example 近一周在家中无法正常接打电话 */
            description: string;
            /** @example 尽快修复信号 */
            customerRequest?: string;
            /** Format: date-time */
            occurredAt?: string;
            /** @example 郑州市金水区 */
            occurredPlace?: string;
            /** @description Person or department complained about */
            complainedParty?: string;
            /** @example phone */
            contactPreference?: string;
            riskFlags?: ("media_exposure" | "legal" | "mass_incident" | "repeat_complainant" | "regulator_supervised")[];
            /**
             * Format: date-time
             * @description When the customer first reached the channel (intake stage starts here)
             */
            contactedAt: string;
            /**
             * Format: date-time
             * @description Customer's own deadline; the stricter of it and the policy's commitment wins
             */
            requestedDueAt?: string;
            attachments?: components["schemas"]["AttachmentDto"][];
        };
        StageView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "commitment" | "intake" | "review" | "sign_for" | "handling" | "cohandling" | "feedback_review" | "reply" | "revisit";
            /** Format: uuid */
            ownerUnitId: string;
            round: number;
            /** @enum {string} */
            status: "open" | "completed" | "cancelled";
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            warnAt: string;
            /** Format: date-time */
            dueAt: string;
            /** @description Why the stage is due then (policy, limit, extension) */
            basis: string;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            warnedAt: string | null;
            /** Format: date-time */
            breachedAt: string | null;
            /**
             * Format: date-time
             * @description When an approved extension put this commitment at risk (the warning still comes at warnAt)
             */
            atRiskAt: string | null;
            task?: string | null;
            opinion?: string | null;
        };
        FiledTicketView: {
            /** Format: uuid */
            id: string;
            /** @example HA-20261122-000123 */
            number: string;
            /** @enum {string} */
            kind: "complaint" | "escalated_complaint" | "appeal" | "inquiry" | "suggestion";
            /** @enum {string} */
            level: "general" | "provincial" | "national";
            /** @enum {string} */
            customerTier: "vip" | "normal";
            /** @enum {string} */
            status: "review" | "sign_for" | "handling" | "feedback_review" | "reply" | "replied" | "closed" | "revisited" | "archived" | "withdrawn";
            /** @enum {string} */
            channel: "hotline" | "gm_hotline" | "business_hall" | "face_to_face" | "account_manager" | "letter" | "fax" | "web" | "app" | "sms" | "email" | "regulator" | "social_media";
            externalRef: string | null;
            /** Format: uuid */
            provinceId: string;
            /** Format: uuid */
            reviewUnitId: string;
            /** Format: uuid */
            ownerUnitId: string;
            dispatcherUnitId: string | null;
            leadUnitId: string | null;
            handlingRound: number;
            extensionsUsed: number;
            extensionPending: boolean;
            /** Format: date-time */
            pendingExtensionDueAt: string | null;
            /** Format: date-time */
            handlingDueAt: string | null;
            /**
             * Format: date-time
             * @description When the national centre dispatched the current round of an escalated complaint: the province's working days count from it
             */
            roundDispatchedAt: string | null;
            escalated: boolean;
            /** @description Masked unless revealed by an authorised, audited read */
            customerName: string;
            customerPhone: string;
            customerIdNumber: string | null;
            piiMasked: boolean;
            /**
             * Format: date-time
             * @description When its personal data was anonymised (retention past archive, or erasure on request); its personal fields then read [anonymised] or null
             */
            anonymisedAt: string | null;
            homeProvince: string;
            occurredProvince: string | null;
            businessType: string;
            natures: string[];
            subject: string;
            description: string;
            customerRequest: string | null;
            riskFlags: string[];
            /** @description Repeat of: the same customer's earlier tickets of the last 30 days, found at filing */
            linkedTicketIds: string[];
            /** @description Repeated by: the same customer's later tickets that found this one at their filing */
            repeatedByTicketIds: string[];
            /** Format: date-time */
            contactedAt: string;
            /** Format: date-time */
            filedAt: string;
            lateIntake: boolean;
            /**
             * Format: date-time
             * @description When the ticket was auto-upgraded for staying unresolved too long
             */
            severityUpgradedAt: string | null;
            /** Format: date-time */
            requestedDueAt: string | null;
            /**
             * Format: date-time
             * @description The commitment made to the customer at filing; a re-handling round's own commitment is that round's commitment stage
             */
            commitmentDueAt: string | null;
            resolution: string | null;
            replyText: string | null;
            /** Format: date-time */
            repliedAt: string | null;
            attitude: string | null;
            companyPosition: string | null;
            conclusion: string | null;
            responsibilityType: string | null;
            responsibleUnitId: string | null;
            revisitResult: string | null;
            revisitCause: string | null;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            archivedAt: string | null;
            /**
             * Format: date-time
             * @description A suggestion's analysis schedule as its department reported it (its analysis deadline)
             */
            analysisScheduleAt: string | null;
            /**
             * Format: date-time
             * @description When a suggestion's analysis with its adoption decision was last submitted
             */
            analysedAt: string | null;
            /**
             * @description A suggestion's adoption decision
             * @enum {string|null}
             */
            adoption: "adopted" | "not_adopted" | null;
            /** @description Why the suggestion is adopted or not */
            adoptionReason: string | null;
            /**
             * Format: date
             * @description China local date from which an adopted suggestion takes effect
             */
            adoptionEffectiveFrom: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Open stages with their deadlines */
            openStages?: components["schemas"]["StageView"][];
            /** @description false when the response replays an earlier filing (HTTP 200) */
            created: boolean;
        };
        TicketView: {
            /** Format: uuid */
            id: string;
            /** @example HA-20261122-000123 */
            number: string;
            /** @enum {string} */
            kind: "complaint" | "escalated_complaint" | "appeal" | "inquiry" | "suggestion";
            /** @enum {string} */
            level: "general" | "provincial" | "national";
            /** @enum {string} */
            customerTier: "vip" | "normal";
            /** @enum {string} */
            status: "review" | "sign_for" | "handling" | "feedback_review" | "reply" | "replied" | "closed" | "revisited" | "archived" | "withdrawn";
            /** @enum {string} */
            channel: "hotline" | "gm_hotline" | "business_hall" | "face_to_face" | "account_manager" | "letter" | "fax" | "web" | "app" | "sms" | "email" | "regulator" | "social_media";
            externalRef: string | null;
            /** Format: uuid */
            provinceId: string;
            /** Format: uuid */
            reviewUnitId: string;
            /** Format: uuid */
            ownerUnitId: string;
            dispatcherUnitId: string | null;
            leadUnitId: string | null;
            handlingRound: number;
            extensionsUsed: number;
            extensionPending: boolean;
            /** Format: date-time */
            pendingExtensionDueAt: string | null;
            /** Format: date-time */
            handlingDueAt: string | null;
            /**
             * Format: date-time
             * @description When the national centre dispatched the current round of an escalated complaint: the province's working days count from it
             */
            roundDispatchedAt: string | null;
            escalated: boolean;
            /** @description Masked unless revealed by an authorised, audited read */
            customerName: string;
            customerPhone: string;
            customerIdNumber: string | null;
            piiMasked: boolean;
            /**
             * Format: date-time
             * @description When its personal data was anonymised (retention past archive, or erasure on request); its personal fields then read [anonymised] or null
             */
            anonymisedAt: string | null;
            homeProvince: string;
            occurredProvince: string | null;
            businessType: string;
            natures: string[];
            subject: string;
            description: string;
            customerRequest: string | null;
            riskFlags: string[];
            /** @description Repeat of: the same customer's earlier tickets of the last 30 days, found at filing */
            linkedTicketIds: string[];
            /** @description Repeated by: the same customer's later tickets that found this one at their filing */
            repeatedByTicketIds: string[];
            /** Format: date-time */
            contactedAt: string;
            /** Format: date-time */
            filedAt: string;
            lateIntake: boolean;
            /**
             * Format: date-time
             * @description When the ticket was auto-upgraded for staying unresolved too long
             */
            severityUpgradedAt: string | null;
            /** Format: date-time */
            requestedDueAt: string | null;
            /**
             * Format: date-time
             * @description The commitment made to the customer at filing; a re-handling round's own commitment is that round's commitment stage
             */
            commitmentDueAt: string | null;
            resolution: string | null;
            replyText: string | null;
            /** Format: date-time */
            repliedAt: string | null;
            attitude: string | null;
            companyPosition: string | null;
            conclusion: string | null;
            responsibilityType: string | null;
            responsibleUnitId: string | null;
            revisitResult: string | null;
            revisitCause: string | null;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            archivedAt: string | null;
            /**
             * Format: date-time
             * @description A suggestion's analysis schedule as its department reported it (its analysis deadline)
             */
            analysisScheduleAt: string | null;
            /**
             * Format: date-time
             * @description When a suggestion's analysis with its adoption decision was last submitted
             */
            analysedAt: string | null;
            /**
             * @description A suggestion's adoption decision
             * @enum {string|null}
             */
            adoption: "adopted" | "not_adopted" | null;
            /** @description Why the suggestion is adopted or not */
            adoptionReason: string | null;
            /**
             * Format: date
             * @description China local date from which an adopted suggestion takes effect
             */
            adoptionEffectiveFrom: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Open stages with their deadlines */
            openStages?: components["schemas"]["StageView"][];
        };
        TicketPage: {
            items: components["schemas"]["TicketView"][];
            nextCursor: string | null;
        };
        SearchRange: {
            /** @description First highlighted UTF-16 code unit of `text` (as JavaScript slices strings) */
            start: number;
            /** @description One past the last highlighted code unit */
            end: number;
        };
        SearchMatch: {
            /**
             * @description Where the keywords were found
             * @enum {string}
             */
            field: "subject" | "description" | "customerRequest" | "customerUpdate" | "reply";
            /** @description A snippet of that text around the first match (the whole text when short), cut ends marked with … */
            text: string;
            /** @description The stretches of `text` that match a keyword, in order, not overlapping */
            ranges: components["schemas"]["SearchRange"][];
        };
        TicketSearchHit: {
            /** Format: uuid */
            id: string;
            /** @example HA-20261122-000123 */
            number: string;
            /** @enum {string} */
            kind: "complaint" | "escalated_complaint" | "appeal" | "inquiry" | "suggestion";
            /** @enum {string} */
            level: "general" | "provincial" | "national";
            /** @enum {string} */
            customerTier: "vip" | "normal";
            /** @enum {string} */
            status: "review" | "sign_for" | "handling" | "feedback_review" | "reply" | "replied" | "closed" | "revisited" | "archived" | "withdrawn";
            /** @enum {string} */
            channel: "hotline" | "gm_hotline" | "business_hall" | "face_to_face" | "account_manager" | "letter" | "fax" | "web" | "app" | "sms" | "email" | "regulator" | "social_media";
            externalRef: string | null;
            /** Format: uuid */
            provinceId: string;
            /** Format: uuid */
            reviewUnitId: string;
            /** Format: uuid */
            ownerUnitId: string;
            dispatcherUnitId: string | null;
            leadUnitId: string | null;
            handlingRound: number;
            extensionsUsed: number;
            extensionPending: boolean;
            /** Format: date-time */
            pendingExtensionDueAt: string | null;
            /** Format: date-time */
            handlingDueAt: string | null;
            /**
             * Format: date-time
             * @description When the national centre dispatched the current round of an escalated complaint: the province's working days count from it
             */
            roundDispatchedAt: string | null;
            escalated: boolean;
            /** @description Masked unless revealed by an authorised, audited read */
            customerName: string;
            customerPhone: string;
            customerIdNumber: string | null;
            piiMasked: boolean;
            /**
             * Format: date-time
             * @description When its personal data was anonymised (retention past archive, or erasure on request); its personal fields then read [anonymised] or null
             */
            anonymisedAt: string | null;
            homeProvince: string;
            occurredProvince: string | null;
            businessType: string;
            natures: string[];
            subject: string;
            description: string;
            customerRequest: string | null;
            riskFlags: string[];
            /** @description Repeat of: the same customer's earlier tickets of the last 30 days, found at filing */
            linkedTicketIds: string[];
            /** @description Repeated by: the same customer's later tickets that found this one at their filing */
            repeatedByTicketIds: string[];
            /** Format: date-time */
            contactedAt: string;
            /** Format: date-time */
            filedAt: string;
            lateIntake: boolean;
            /**
             * Format: date-time
             * @description When the ticket was auto-upgraded for staying unresolved too long
             */
            severityUpgradedAt: string | null;
            /** Format: date-time */
            requestedDueAt: string | null;
            /**
             * Format: date-time
             * @description The commitment made to the customer at filing; a re-handling round's own commitment is that round's commitment stage
             */
            commitmentDueAt: string | null;
            resolution: string | null;
            replyText: string | null;
            /** Format: date-time */
            repliedAt: string | null;
            attitude: string | null;
            companyPosition: string | null;
            conclusion: string | null;
            responsibilityType: string | null;
            responsibleUnitId: string | null;
            revisitResult: string | null;
            revisitCause: string | null;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            archivedAt: string | null;
            /**
             * Format: date-time
             * @description A suggestion's analysis schedule as its department reported it (its analysis deadline)
             */
            analysisScheduleAt: string | null;
            /**
             * Format: date-time
             * @description When a suggestion's analysis with its adoption decision was last submitted
             */
            analysedAt: string | null;
            /**
             * @description A suggestion's adoption decision
             * @enum {string|null}
             */
            adoption: "adopted" | "not_adopted" | null;
            /** @description Why the suggestion is adopted or not */
            adoptionReason: string | null;
            /**
             * Format: date
             * @description China local date from which an adopted suggestion takes effect
             */
            adoptionEffectiveFrom: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Open stages with their deadlines */
            openStages?: components["schemas"]["StageView"][];
            /** @description Highlight ranges: one entry per text holding a keyword — subject, description, customer request, then each customer update and reply in the order recorded */
            matches: components["schemas"]["SearchMatch"][];
        };
        TicketSearchPage: {
            /** @description Newest first */
            items: components["schemas"]["TicketSearchHit"][];
            /** @description Pass it back as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
            /** @description Matching tickets in scope, counted up to 1,000 (see totalCapped) */
            total: number;
            /** @description True when more than 1,000 tickets match: show "1,000+" */
            totalCapped: boolean;
        };
        ActionField: {
            /** @example reason */
            name: string;
            /**
             * @description text; choice (one of `options`); unit (an org unit id); instant (ISO 8601); date (YYYY-MM-DD)
             * @enum {string}
             */
            kind: "text" | "choice" | "unit" | "instant" | "date";
            required: boolean;
            /** @example 1 */
            minLength?: number;
            /** @example 4000 */
            maxLength?: number;
            /** @description For a choice: the values the API accepts now (the state machine narrows what validation allows, e.g. a new level) */
            options?: string[];
        };
        TicketAction: {
            /**
             * @description The operation's entry in the authorization policy
             * @example tickets.dispatch
             */
            operation: string;
            /**
             * @description Its OpenAPI operationId
             * @example TicketsController_dispatch
             */
            operationId: string;
            /** @enum {string} */
            method: "POST";
            /**
             * @description The path to send it to, parameters filled in
             * @example /api/v1/tickets/7d0f…/dispatch
             */
            path: string;
            /**
             * Format: uuid
             * @description The co-handling unit a cancellation is about
             */
            unitId?: string;
            /**
             * @description The status the ticket is in once the API accepts it
             * @enum {string}
             */
            toStatus: "review" | "sign_for" | "handling" | "feedback_review" | "reply" | "replied" | "closed" | "revisited" | "archived" | "withdrawn";
            /** @description The request body it needs, as the API validates it; empty: no body */
            fields: components["schemas"]["ActionField"][];
        };
        TicketActions: {
            /** Format: uuid */
            ticketId: string;
            /** @enum {string} */
            status: "review" | "sign_for" | "handling" | "feedback_review" | "reply" | "replied" | "closed" | "revisited" | "archived" | "withdrawn";
            /** @description The ticket version the answer was decided on */
            version: number;
            /** @description Every command the API would accept from the caller now, decided by the same policy and state machine that decide the commands; an action needing a body accepts it when it passes the fields' checks (a refusal that depends on the values, such as a target out of scope, still answers problem+json) */
            actions: components["schemas"]["TicketAction"][];
        };
        NotableDay: {
            /**
             * Format: date
             * @description China local date
             * @example 2026-10-01
             */
            date: string;
            /**
             * @description weekend / official_holiday / unit_holiday: a day off; official_workday: a make-up working day (调休); unit_workday: a working day the unit or an ancestor declared
             * @enum {string}
             */
            reason: "weekday" | "weekend" | "official_holiday" | "official_workday" | "unit_holiday" | "unit_workday";
        };
        DeadlineExplanation: {
            /**
             * @description The SLA policy that decides this ticket's terms now
             * @example 省级投诉
             */
            policy: string;
            /** @description The policy's limit for this kind of stage (for the commitment: its commitment) */
            limit: components["schemas"]["LimitDto"];
            /**
             * @description The warning falls at this share of the counted time
             * @example 0.9
             */
            warnRatio: number;
            /**
             * @description Counted time from the start to the due instant, in the limit's unit: it equals the limit unless the deadline was set otherwise (kept across a transfer, extended, set by hand)
             * @example 3
             */
            counted: number;
            /** @description Days off between the start and the due instant: nothing counted on them */
            skippedDays: components["schemas"]["NotableDay"][];
            /** @description Days worked between the start and the due instant that are not ordinary weekdays: they counted */
            madeUpDays: components["schemas"]["NotableDay"][];
            /** @description Years the span crosses with no official schedule yet: weekends were the only days off */
            provisionalYears: number[];
            /**
             * @description SLA_TIME_SCALE in force; above 1 (demo/test only) time is compressed and calendars ignored
             * @example 1
             */
            timeScale: number;
        };
        StageDeadline: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "commitment" | "intake" | "review" | "sign_for" | "handling" | "cohandling" | "feedback_review" | "reply" | "revisit";
            /** Format: uuid */
            ownerUnitId: string;
            round: number;
            /** @enum {string} */
            status: "open" | "completed" | "cancelled";
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            warnAt: string;
            /** Format: date-time */
            dueAt: string;
            /** @description Why the stage is due then (policy, limit, extension) */
            basis: string;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            warnedAt: string | null;
            /** Format: date-time */
            breachedAt: string | null;
            /**
             * Format: date-time
             * @description When an approved extension put this commitment at risk (the warning still comes at warnAt)
             */
            atRiskAt: string | null;
            task?: string | null;
            opinion?: string | null;
            /** @description Why the stage is due when it is */
            explanation: components["schemas"]["DeadlineExplanation"];
        };
        TicketDeadlines: {
            /** Format: uuid */
            ticketId: string;
            /** @description Every stage of the ticket, in the order they started */
            stages: components["schemas"]["StageDeadline"][];
        };
        EventView: {
            /** Format: uuid */
            id: string;
            seq: number;
            /** @example ticket.dispatched */
            type: string;
            /** @enum {string} */
            actorKind: "staff" | "channel" | "admin" | "system";
            actorId: string;
            actorUnitId: string | null;
            /** Format: date-time */
            at: string;
            reason: string | null;
            before: {
                [key: string]: unknown;
            } | null;
            after: {
                [key: string]: unknown;
            } | null;
            data: {
                [key: string]: unknown;
            };
        };
        TicketHistory: {
            events: components["schemas"]["EventView"][];
            stages: components["schemas"]["StageView"][];
        };
        AttachmentView: {
            /** Format: uuid */
            id: string;
            name: string;
            contentType: string;
            size: number;
            url: string;
            checksum: string | null;
            addedBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        AttachmentPage: {
            items: components["schemas"]["AttachmentView"][];
            /** @description Pass it back as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        CustomerUpdateDto: {
            /** @example 客户补充：问题在夜间更严重 */
            text: string;
        };
        RoutingSuggestions: {
            best: components["schemas"]["RoutingRuleView"] | null;
            suggestions: components["schemas"]["RoutingRuleView"][];
        };
        RegradeDto: {
            /** @example 资料不全，无法处理 */
            reason: string;
            /** @enum {string} */
            level: "general" | "provincial" | "national";
        };
        ResolveAtCentreDto: {
            /** @description How the centre resolved it without dispatch (counts toward first-contact resolution) */
            note: string;
        };
        DispatchDto: {
            note?: string;
            /**
             * Format: uuid
             * @description Target unit; omitted = the best routing rule
             */
            targetUnitId?: string;
        };
        ReturnDto: {
            /** @enum {string} */
            reason: "not_our_responsibility" | "wrong_category" | "insufficient_information" | "duplicate" | "other";
            /** @description Required when reason is 'other' */
            text?: string;
        };
        TransferDto: {
            /** @example 资料不全，无法处理 */
            reason: string;
            /** Format: uuid */
            targetUnitId: string;
        };
        AddCohandlingDto: {
            /** Format: uuid */
            unitId: string;
            /** @example 核查该用户近一月计费记录 */
            task: string;
            /**
             * Format: date-time
             * @description Must not be after the lead's handling deadline
             */
            dueAt: string;
        };
        ReasonDto: {
            /** @example 资料不全，无法处理 */
            reason: string;
        };
        OpinionDto: {
            opinion: string;
        };
        RequestExtensionDto: {
            /** @example 资料不全，无法处理 */
            reason: string;
            /** Format: date-time */
            requestedDueAt: string;
        };
        ApproveExtensionDto: {
            note?: string;
            /**
             * Format: date-time
             * @description Defaults to the requested deadline
             */
            dueAt?: string;
        };
        FeedbackDto: {
            /** @description Solution or explanation */
            result: string;
        };
        AnalysisScheduleDto: {
            /**
             * Format: date-time
             * @description When the analysis will be done; it becomes the analysis deadline
             */
            dueAt: string;
            /**
             * @description The schedule: what is analysed, with whom, by when
             * @example 需联合市场部评估资费方案，预计两个月内完成分析
             */
            plan: string;
        };
        AnalysisDto: {
            /** @description The responsible department's analysis of the suggestion */
            analysis: string;
            /** @enum {string} */
            decision: "adopted" | "not_adopted";
            /**
             * @description Why it is adopted or not; the proposer is told it
             * @example 建议合理，已纳入下月资费调整
             */
            reason: string;
            /**
             * Format: date
             * @description China local date from which the suggestion takes effect: required when adopted, refused otherwise
             * @example 2027-01-01
             */
            effectiveFrom?: string;
        };
        NoteDto: {
            note?: string;
        };
        TextDto: {
            text: string;
        };
        CloseDto: {
            /** @enum {string} */
            attitude: "accepted" | "partially_accepted" | "rejected" | "no_opinion";
            /** @description The company's position; required when the customer rejects the answer */
            companyPosition?: string;
            /**
             * @description Required for appeals
             * @enum {string}
             */
            conclusion?: "company_responsibility" | "properly_handled_beforehand" | "withdrawn" | "customer_cause";
            /**
             * @description Required with company_responsibility
             * @example network_fault
             */
            responsibilityType?: string;
            /**
             * Format: uuid
             * @description Required with company_responsibility
             */
            responsibleUnitId?: string;
        };
        RevisitDto: {
            note?: string;
            /** @enum {string} */
            result: "satisfied" | "unsatisfied" | "unreachable";
            /**
             * @description Required when unsatisfied; 'poor_handling' reopens a re-handling round
             * @enum {string}
             */
            cause?: "poor_handling" | "policy" | "customer_expectation" | "other";
        };
        UrgeDto: {
            /** @example 请尽快处理 */
            note: string;
        };
        SuperviseDto: {
            /** @example 请尽快处理 */
            note: string;
            /**
             * Format: date-time
             * @description Action required by; omitted, the ticket's SLA policy sets it (its supervision limit on the answering unit's calendar)
             */
            dueAt?: string;
        };
        QueueItem: {
            /** Format: uuid */
            stageId: string;
            /** @enum {string} */
            stage: "commitment" | "intake" | "review" | "sign_for" | "handling" | "cohandling" | "feedback_review" | "reply" | "revisit";
            /** Format: uuid */
            ownerUnitId: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            warnAt: string;
            /** Format: date-time */
            dueAt: string;
            /** Format: date-time */
            warnedAt: string | null;
            /**
             * Format: date-time
             * @description When an approved extension put this commitment at risk, before any warning
             */
            atRiskAt: string | null;
            /** Format: date-time */
            breachedAt: string | null;
            /** Format: uuid */
            ticketId: string;
            ticketNumber: string;
            ticketStatus: string;
            level: string;
            customerTier: string;
            businessType: string;
            escalated: boolean;
        };
        QueuePage: {
            items: components["schemas"]["QueueItem"][];
            nextCursor: string | null;
        };
        SupervisionOrderView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            ticketId: string;
            stageId: string | null;
            /** Format: uuid */
            issuerUnitId: string;
            /** Format: uuid */
            targetUnitId: string;
            note: string;
            /**
             * Format: date-time
             * @description Warning point: the policy ratio (90 %) of the time the order gives
             */
            warnAt: string;
            /** Format: date-time */
            dueAt: string;
            /** @description Changes whenever the deadline moves; timers act only for the generation they were armed for */
            deadlineGen: number;
            /** @description Why it is due then: the ticket's policy and its supervision limit, or the supervisor's own deadline */
            basis: string;
            automatic: boolean;
            /** @enum {string} */
            status: "open" | "resolved";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            resolvedAt: string | null;
            /**
             * Format: date-time
             * @description When its warning was recorded
             */
            warnedAt: string | null;
            /**
             * Format: date-time
             * @description When its breach was recorded (it went unanswered past dueAt)
             */
            breachedAt: string | null;
            /**
             * Format: uuid
             * @description The breached order this one escalated one tier up
             */
            escalatedFromId: string | null;
        };
        SupervisionOrderPage: {
            items: components["schemas"]["SupervisionOrderView"][];
            nextCursor: string | null;
        };
        KpiValue: {
            /** @description numerator ÷ denominator; null when the denominator is 0 */
            value: number | null;
            /** @description What is counted (or, for an average, summed) */
            numerator: number;
            /** @description What it is counted among (for an average, how many were summed) */
            denominator: number;
            /** @description The standard's target (DOMAIN §9); null where it sets none */
            target: number | null;
            /** @description value ≥ target; null without a target or without a value */
            meetsTarget: boolean | null;
        };
        KpiRow: {
            /** @description Start date (YYYY-MM-DD, Asia/Shanghai) of the bucket; null when period=none. Filing-based KPIs bucket by filed_at, due-based ones (on-time closure, escalated resolution) by commitment_due_at */
            period: string | null;
            /** @description Value of the groupBy attribute (owner unit id for owner_unit); null when groupBy=none */
            group: string | null;
            /** @description Tickets in the window: filed_at in [from, to) within the caller's scope; suggestions are counted apart */
            ticketsFiled: number;
            /** @description 按时办结率 (target 95 %). Numerator: tickets with first reply (the commitment stage completed) at or before commitment_due_at. Denominator: tickets whose commitment deadline fell in [from, min(to, now)): tickets not yet due and withdrawn tickets are excluded */
            onTimeClosureRate: components["schemas"]["KpiValue"];
            /** @description 一次性办结率. Numerator: tickets in the window never dispatched (closed by a channel or the centre) with first reply (the commitment stage completed) at or before commitment_due_at. Denominator: all tickets in the window */
            firstContactResolutionRate: components["schemas"]["KpiValue"];
            /** @description 满意率 (target 95 %). Tickets in the window revisited 'satisfied' ÷ those revisited 'satisfied' or 'unsatisfied' (unreachable excluded; the last revisit counts) */
            satisfactionRate: components["schemas"]["KpiValue"];
            /** @description 平均处理时长. Hours of (closed_at − filed_at) summed ÷ tickets in the window that are closed */
            averageHandlingHours: components["schemas"]["KpiValue"];
            /** @description 平均延误周期. Hours of (completed_at, or now while open, − due_at) summed over the window's tickets' stage instances with a recorded breach ÷ those instances */
            averageDelayHours: components["schemas"]["KpiValue"];
            /** @description Return rate. Tickets in the window with a 'ticket.returned' event ÷ tickets in the window ever dispatched */
            returnRate: components["schemas"]["KpiValue"];
            /** @description Extension rate. Tickets in the window with an approved extension in any handling round ÷ tickets in the window ever dispatched */
            extensionRate: components["schemas"]["KpiValue"];
            /** @description Re-handling rate. Tickets in the window with a second handling round ÷ tickets in the window with a revisit result */
            reHandlingRate: components["schemas"]["KpiValue"];
            /** @description Escalation rate. Tickets in the window escalated by a breach ÷ tickets in the window */
            escalationRate: components["schemas"]["KpiValue"];
            /** @description Escalated-complaint resolution rate (target 95 %). As on-time closure, over escalated complaints only */
            escalatedResolutionRate: components["schemas"]["KpiValue"];
        };
        FlowTimeliness: {
            /** @description numerator ÷ denominator; null when the denominator is 0 */
            value: number | null;
            /** @description What is counted (or, for an average, summed) */
            numerator: number;
            /** @description What it is counted among (for an average, how many were summed) */
            denominator: number;
            /** @description The standard's target (DOMAIN §9); null where it sets none */
            target: number | null;
            /** @description value ≥ target; null without a target or without a value */
            meetsTarget: boolean | null;
            /** @enum {string} */
            stage: "intake" | "review" | "sign_for" | "handling" | "cohandling" | "feedback_review" | "reply" | "revisit";
        };
        SuggestionKpis: {
            /** @description Suggestions filed in the window (filed_at in [from, to), caller's scope) */
            received: number;
            /** @description Analysed on time. Numerator: suggestions whose department's latest analysis (with its adoption decision) was submitted by the analysis deadline and has not been sent back. Denominator: suggestions whose analysis deadline (the handling deadline: a month by policy, or the schedule the department reported, or an approved extension) fell in [from, min(to, now)); withdrawn ones excluded */
            analysedOnTime: components["schemas"]["KpiValue"];
            /** @description Adoption rate. Suggestions filed in the window whose proposer was told 'adopted' ÷ those whose proposer was told a decision */
            adoptionRate: components["schemas"]["KpiValue"];
        };
        KpiReport: {
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            /** @enum {string} */
            groupBy: "none" | "business_type" | "level" | "channel" | "customer_tier" | "owner_unit";
            /** @enum {string} */
            period: "none" | "day" | "week" | "month" | "quarter" | "year";
            /** @description One row per (period, group) with any data, ordered by period then group */
            rows: components["schemas"]["KpiRow"][];
            /** @description 工单流转及时率 per stage kind (commitment excluded; target 99 %) over the whole window's tickets, whatever the grouping: stage instances completed by their deadline ÷ instances completed or still open past their deadline (cancelled ones excluded) */
            flowTimeliness: components["schemas"]["FlowTimeliness"][];
            /** @description Suggestions over the whole window, whatever the grouping; the rows and flow timeliness count no suggestion */
            suggestions: components["schemas"]["SuggestionKpis"];
        };
        KpiTicket: {
            /** Format: uuid */
            id: string;
            number: string;
            subject: string;
            /**
             * Format: uuid
             * @description Current owner unit
             */
            ownerUnitId: string;
            /** Format: date-time */
            filedAt: string;
            /**
             * Format: date-time
             * @description Commitment (reply) deadline
             */
            commitmentDueAt: string | null;
        };
        KpiTicketsList: {
            /** @description How many tickets the KPI's part counts: the report's numerator or denominator for the same window and group */
            total: number;
            /** @description A page of them (`limit`), oldest filing first */
            items: components["schemas"]["KpiTicket"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        HotIssue: {
            /** @description Top-level business type: sub-types (gsm, lte …) count under their parent (mobile) */
            businessType: string;
            nature: string;
            /** @description Tickets in the window (filed_at in [from, to), caller scope) with this business type (or a sub-type) and nature */
            count: number;
        };
        HotIssueSpike: {
            /**
             * Format: uuid
             * @description The tickets' home provincial centre
             */
            provinceId: string;
            /** @description Code of that provincial centre */
            provinceCode: string;
            /** @description Top-level business type, sub-types rolled up */
            businessType: string;
            nature: string;
            /** @description Tickets filed in the 24 h before `to` */
            last24h: number;
            /** @description Tickets in the whole window ÷ the window length in days */
            dailyAverage: number;
            /**
             * @description Suggested risk flag for the tickets of this combination
             * @enum {string}
             */
            suggestedFlag: "mass_incident";
        };
        HotIssuePoint: {
            /** @description Start date (YYYY-MM-DD, Asia/Shanghai) of the period the tickets were filed in */
            period: string;
            /** @description Top-level business type, sub-types rolled up */
            businessType: string;
            nature: string;
            /** @description Tickets of this issue filed in the period (within the window); periods without any are left out */
            count: number;
        };
        HotIssuesReport: {
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            /** @description Counts by business type × nature (a ticket counts once per nature), most frequent first */
            issues: components["schemas"]["HotIssue"][];
            /** @description Province × business type × nature combinations with ≥ 10 tickets in the last 24 h before `to` and at least 3× their daily average over the window */
            spikes: components["schemas"]["HotIssueSpike"][];
            /** @description The listed issues counted by `period`, ordered by period then as `issues` (empty when period=none); each issue's counts sum to its count in `issues` */
            series: components["schemas"]["HotIssuePoint"][];
        };
        PersonalDataExportRequest: {
            /**
             * @description The customer's phone as filed
             * @example 13800138000
             */
            customerPhone?: string;
            /**
             * @description The customer's ID number as filed
             * @example 410105199001011234
             */
            customerIdNumber?: string;
            /**
             * @description Items per page: 50 unless given, at most 500
             * @default 50
             */
            limit: number;
            /** @description The `nextCursor` of the previous page, passed back unchanged */
            cursor?: string;
        };
        CustomerCorrespondence: {
            /** @example customer.updated */
            type: string;
            /** Format: date-time */
            at: string;
            text: string | null;
        };
        CustomerAttachment: {
            name: string;
            contentType: string;
            size: number;
            url: string;
            /** Format: date-time */
            createdAt: string;
        };
        PersonalDataTicket: {
            /** Format: uuid */
            id: string;
            /** @example HA-20261122-000123 */
            number: string;
            /** @enum {string} */
            kind: "complaint" | "escalated_complaint" | "appeal" | "inquiry" | "suggestion";
            /** @enum {string} */
            status: "review" | "sign_for" | "handling" | "feedback_review" | "reply" | "replied" | "closed" | "revisited" | "archived" | "withdrawn";
            channel: string;
            /** Format: date-time */
            filedAt: string;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            archivedAt: string | null;
            customerName: string;
            customerPhone: string;
            customerIdNumber: string | null;
            subject: string;
            description: string;
            customerRequest: string | null;
            /** Format: date-time */
            occurredAt: string | null;
            occurredPlace: string | null;
            contactPreference: string | null;
            resolution: string | null;
            replyText: string | null;
            companyPosition: string | null;
            correspondence: components["schemas"]["CustomerCorrespondence"][];
            attachments: components["schemas"]["CustomerAttachment"][];
        };
        PersonalDataExport: {
            items: components["schemas"]["PersonalDataTicket"][];
            /** @description Pass it back as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        CustomerIdentifiers: {
            /**
             * @description The customer's phone as filed
             * @example 13800138000
             */
            customerPhone?: string;
            /**
             * @description The customer's ID number as filed
             * @example 410105199001011234
             */
            customerIdNumber?: string;
        };
        PersonalDataErasure: {
            /** @description The customer's tickets this request anonymised (those anonymised before are not listed) */
            erasedTicketIds: string[];
        };
        CreateWebhookSubscriptionDto: {
            /**
             * Format: uuid
             * @description Staff: the unit whose events are delivered, in your scope. Channel systems leave it out: their subscription is their own, for the customer-facing milestones of the tickets they filed
             */
            orgUnitId?: string;
            /**
             * @description Receiver of the signed POSTs. https only in production. Loopback, private, link-local, shared (CGNAT), multicast and other special-purpose addresses (IPv4-mapped IPv6 forms included) are refused with 422 WEBHOOK_URL_FORBIDDEN unless the operator allow-lists them; the address a name resolves to is checked again before each delivery. Redirects are not followed.
             * @example https://crm.example.com/hooks/workorders
             */
            url: string;
            /**
             * @description Empty: every event type
             * @default []
             */
            eventTypes: ("ticket.filed" | "ticket.dispatched" | "ticket.signed" | "ticket.returned" | "ticket.transferred" | "cohandling.assigned" | "cohandling.cancelled" | "extension.requested" | "extension.decided" | "ticket.help_requested" | "feedback.submitted" | "feedback.rejected" | "ticket.replied" | "ticket.closed" | "ticket.reopened" | "stage.warning" | "stage.breached" | "ticket.escalated" | "supervision.issued" | "supervision.warning" | "supervision.breached" | "ticket.urged" | "ticket.upgraded" | "commitment.at_risk" | "ticket.revisited" | "ticket.withdrawn" | "ticket.archived" | "suggestion.schedule_reported" | "suggestion.analysed")[];
            /** @default true */
            enabled: boolean;
        };
        WebhookSubscriptionWithSecret: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The subscribing unit; null for a channel system’s own
             */
            orgUnitId: string | null;
            /**
             * Format: uuid
             * @description The subscribing channel system; null for a unit’s
             */
            channelSystemId: string | null;
            url: string;
            /** @description Empty: every event type */
            eventTypes: ("ticket.filed" | "ticket.dispatched" | "ticket.signed" | "ticket.returned" | "ticket.transferred" | "cohandling.assigned" | "cohandling.cancelled" | "extension.requested" | "extension.decided" | "ticket.help_requested" | "feedback.submitted" | "feedback.rejected" | "ticket.replied" | "ticket.closed" | "ticket.reopened" | "stage.warning" | "stage.breached" | "ticket.escalated" | "supervision.issued" | "supervision.warning" | "supervision.breached" | "ticket.urged" | "ticket.upgraded" | "commitment.at_risk" | "ticket.revisited" | "ticket.withdrawn" | "ticket.archived" | "suggestion.schedule_reported" | "suggestion.analysed")[];
            enabled: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Standard Webhooks signing secret; store it now, it is not shown again
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        WebhookSubscriptionView: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The subscribing unit; null for a channel system’s own
             */
            orgUnitId: string | null;
            /**
             * Format: uuid
             * @description The subscribing channel system; null for a unit’s
             */
            channelSystemId: string | null;
            url: string;
            /** @description Empty: every event type */
            eventTypes: ("ticket.filed" | "ticket.dispatched" | "ticket.signed" | "ticket.returned" | "ticket.transferred" | "cohandling.assigned" | "cohandling.cancelled" | "extension.requested" | "extension.decided" | "ticket.help_requested" | "feedback.submitted" | "feedback.rejected" | "ticket.replied" | "ticket.closed" | "ticket.reopened" | "stage.warning" | "stage.breached" | "ticket.escalated" | "supervision.issued" | "supervision.warning" | "supervision.breached" | "ticket.urged" | "ticket.upgraded" | "commitment.at_risk" | "ticket.revisited" | "ticket.withdrawn" | "ticket.archived" | "suggestion.schedule_reported" | "suggestion.analysed")[];
            enabled: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        WebhookSubscriptionPage: {
            items: components["schemas"]["WebhookSubscriptionView"][];
            nextCursor: string | null;
        };
        UpdateWebhookSubscriptionDto: {
            /** @description Receiver of the signed POSTs. https only in production. Loopback, private, link-local, shared (CGNAT), multicast and other special-purpose addresses (IPv4-mapped IPv6 forms included) are refused with 422 WEBHOOK_URL_FORBIDDEN unless the operator allow-lists them; the address a name resolves to is checked again before each delivery. Redirects are not followed. */
            url?: string;
            /** @description Empty: every event type */
            eventTypes?: ("ticket.filed" | "ticket.dispatched" | "ticket.signed" | "ticket.returned" | "ticket.transferred" | "cohandling.assigned" | "cohandling.cancelled" | "extension.requested" | "extension.decided" | "ticket.help_requested" | "feedback.submitted" | "feedback.rejected" | "ticket.replied" | "ticket.closed" | "ticket.reopened" | "stage.warning" | "stage.breached" | "ticket.escalated" | "supervision.issued" | "supervision.warning" | "supervision.breached" | "ticket.urged" | "ticket.upgraded" | "commitment.at_risk" | "ticket.revisited" | "ticket.withdrawn" | "ticket.archived" | "suggestion.schedule_reported" | "suggestion.analysed")[];
            enabled?: boolean;
        };
        WebhookDeliveryView: {
            /**
             * Format: uuid
             * @description Also the `webhook-id` header: receivers deduplicate on it
             */
            id: string;
            /** Format: uuid */
            subscriptionId: string;
            /** @description Outbox message the delivery carries */
            outboxId: string;
            /** @example ticket.dispatched */
            eventType: string;
            /** @description The JSON body sent */
            payload: {
                [key: string]: unknown;
            };
            /**
             * @description pending: not tried yet; failed: a retry is scheduled at nextAttemptAt; dead: retries given up (replay to try again)
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed" | "dead";
            /** @description Attempts since creation or the last replay */
            attempts: number;
            lastStatusCode: number | null;
            lastError: string | null;
            /** Format: date-time */
            nextAttemptAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDeliveryView"][];
            nextCursor: string | null;
        };
        ProblemFieldError: {
            /** @example customerPhone */
            field: string;
            messages: string[];
        };
        Problem: {
            /** @example urn:problem:workorders:validation-failed */
            type: string;
            /** @example Bad Request */
            title: string;
            /** @example 400 */
            status: number;
            detail?: string;
            instance?: string;
            /**
             * @description Stable machine-readable reason
             * @example VALIDATION_FAILED
             */
            code: string;
            errors?: components["schemas"]["ProblemFieldError"][];
            /** @description Present on 500s; quote it when reporting */
            errorId?: string;
        };
        /** @description A stage of a ticket and its deadlines */
        WebhookStage: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "commitment" | "intake" | "review" | "sign_for" | "handling" | "cohandling" | "feedback_review" | "reply" | "revisit";
            /**
             * Format: uuid
             * @description The unit owning the stage (for a co-handling stage, the co-handler)
             */
            unitId: string;
            /** @enum {string} */
            status: "open" | "completed" | "cancelled";
            /**
             * Format: date-time
             * @description When the stage warns (a policy share of its time)
             */
            warnAt: string;
            /**
             * Format: date-time
             * @description The stage deadline
             */
            dueAt: string;
        };
        /** @description What a unit receives: the event, the ticket it is about (number, subject, classification, status, the commitment to the customer), the stage concerned with its deadlines, and the API path of the ticket, so the receiver can act without reading it */
        WebhookPayload: {
            /**
             * Format: uuid
             * @description Identifies the event; every copy of it (to each unit, to the channel, on retries and replays) carries the same id
             */
            eventId: string;
            /** @enum {string} */
            type: "ticket.filed" | "ticket.dispatched" | "ticket.signed" | "ticket.returned" | "ticket.transferred" | "cohandling.assigned" | "cohandling.cancelled" | "extension.requested" | "extension.decided" | "ticket.help_requested" | "feedback.submitted" | "feedback.rejected" | "ticket.replied" | "ticket.closed" | "ticket.reopened" | "stage.warning" | "stage.breached" | "ticket.escalated" | "supervision.issued" | "supervision.warning" | "supervision.breached" | "ticket.urged" | "ticket.upgraded" | "commitment.at_risk" | "ticket.revisited" | "ticket.withdrawn" | "ticket.archived" | "suggestion.schedule_reported" | "suggestion.analysed";
            /**
             * Format: date-time
             * @description When the event was recorded
             */
            occurredAt: string;
            /** Format: uuid */
            ticketId: string;
            /** @example HA20260302000123 */
            ticketNumber: string;
            /**
             * @description Where to read the ticket
             * @example /api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10
             */
            ticketPath: string;
            /** @enum {string} */
            kind: "complaint" | "escalated_complaint" | "appeal" | "inquiry" | "suggestion";
            subject: string;
            /** @example mobile.billing */
            businessType: string;
            /** @enum {string} */
            level: "general" | "provincial" | "national";
            /** @enum {string} */
            customerTier: "vip" | "normal";
            /**
             * @description The ticket status after the event
             * @enum {string}
             */
            status: "review" | "sign_for" | "handling" | "feedback_review" | "reply" | "replied" | "closed" | "revisited" | "archived" | "withdrawn";
            /**
             * Format: date-time
             * @description The reply promised to the customer (the commitment deadline)
             */
            commitmentDueAt: string | null;
            /** @description The stage the event concerns, with its deadlines: the one it names, opened, moved or cancelled, else the stage running for the owner; null when none runs (replied, revisited, withdrawn, archived) */
            stage: components["schemas"]["WebhookStage"] | null;
            /** @description The event as recorded in the ticket history (targets, reasons, notes, texts, deadlines) */
            data: {
                [key: string]: unknown;
            };
        };
        /** @description What the channel system that filed the ticket receives, for customer-facing milestones only: the ticket’s identity, classification, status, the commitment to the customer and its own reference, and of the event what the customer is told. Never stages, units, internal notes or reasons. */
        ChannelWebhookPayload: {
            /**
             * Format: uuid
             * @description Identifies the event; every copy of it (to each unit, to the channel, on retries and replays) carries the same id
             */
            eventId: string;
            /** @enum {string} */
            type: "ticket.filed" | "ticket.dispatched" | "ticket.signed" | "ticket.returned" | "ticket.transferred" | "cohandling.assigned" | "cohandling.cancelled" | "extension.requested" | "extension.decided" | "ticket.help_requested" | "feedback.submitted" | "feedback.rejected" | "ticket.replied" | "ticket.closed" | "ticket.reopened" | "stage.warning" | "stage.breached" | "ticket.escalated" | "supervision.issued" | "supervision.warning" | "supervision.breached" | "ticket.urged" | "ticket.upgraded" | "commitment.at_risk" | "ticket.revisited" | "ticket.withdrawn" | "ticket.archived" | "suggestion.schedule_reported" | "suggestion.analysed";
            /**
             * Format: date-time
             * @description When the event was recorded
             */
            occurredAt: string;
            /** Format: uuid */
            ticketId: string;
            /** @example HA20260302000123 */
            ticketNumber: string;
            /**
             * @description Where to read the ticket
             * @example /api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10
             */
            ticketPath: string;
            /** @enum {string} */
            kind: "complaint" | "escalated_complaint" | "appeal" | "inquiry" | "suggestion";
            subject: string;
            /** @example mobile.billing */
            businessType: string;
            /** @enum {string} */
            level: "general" | "provincial" | "national";
            /** @enum {string} */
            customerTier: "vip" | "normal";
            /**
             * @description The ticket status after the event
             * @enum {string}
             */
            status: "review" | "sign_for" | "handling" | "feedback_review" | "reply" | "replied" | "closed" | "revisited" | "archived" | "withdrawn";
            /**
             * Format: date-time
             * @description The reply promised to the customer (the commitment deadline)
             */
            commitmentDueAt: string | null;
            /** @description The reference the channel system filed the ticket under */
            externalRef: string | null;
            /** @description What the customer is told of the event: the reply text (`ticket.replied`), the attitude and an appeal’s conclusion (`ticket.closed`), the revisit result (`ticket.revisited`), the round (`ticket.reopened`), an appeal’s conclusion (`ticket.withdrawn`) */
            data: {
                [key: string]: unknown;
            };
        };
    };
    responses: {
        /** @description The request is malformed or fails validation (codes: BAD_REQUEST, BODY_TOO_DEEP, INVALID_CURSOR, INVALID_TEXT, INVALID_VALUE, MALFORMED_REQUEST, VALIDATION_FAILED) */
        "auditEvents.list.400": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:bad-request",
                 *       "title": "The request is malformed or fails validation",
                 *       "status": 400,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/audit-events",
                 *       "code": "BAD_REQUEST"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "BAD_REQUEST" | "BODY_TOO_DEEP" | "INVALID_CURSOR" | "INVALID_TEXT" | "INVALID_VALUE" | "MALFORMED_REQUEST" | "VALIDATION_FAILED";
                };
            };
        };
        /** @description No valid credential (codes: UNAUTHENTICATED) */
        "auditEvents.list.401": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:unauthenticated",
                 *       "title": "No valid credential",
                 *       "status": 401,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/audit-events",
                 *       "code": "UNAUTHENTICATED"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "UNAUTHENTICATED";
                };
            };
        };
        /** @description The credential may not do this (codes: CSRF_REFUSED, FORBIDDEN_ROLE, PASSWORD_CHANGE_REQUIRED) */
        "auditEvents.list.403": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:csrf-refused",
                 *       "title": "The credential may not do this",
                 *       "status": 403,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/audit-events",
                 *       "code": "CSRF_REFUSED"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "CSRF_REFUSED" | "FORBIDDEN_ROLE" | "PASSWORD_CHANGE_REQUIRED";
                };
            };
        };
        /** @description Not found, or outside what the caller may read (codes: NOT_FOUND) */
        "auditEvents.list.404": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:not-found",
                 *       "title": "Not found, or outside what the caller may read",
                 *       "status": 404,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/audit-events",
                 *       "code": "NOT_FOUND"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "NOT_FOUND";
                };
            };
        };
        /** @description The request took too long to arrive (codes: REQUEST_TIMEOUT) */
        "auditEvents.list.408": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:request-timeout",
                 *       "title": "The request took too long to arrive",
                 *       "status": 408,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/audit-events",
                 *       "code": "REQUEST_TIMEOUT"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "REQUEST_TIMEOUT";
                };
            };
        };
        /** @description The body is too large (codes: PAYLOAD_TOO_LARGE) */
        "auditEvents.list.413": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:payload-too-large",
                 *       "title": "The body is too large",
                 *       "status": 413,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/audit-events",
                 *       "code": "PAYLOAD_TOO_LARGE"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "PAYLOAD_TOO_LARGE";
                };
            };
        };
        /** @description The body is not JSON (codes: UNSUPPORTED_MEDIA_TYPE) */
        "auditEvents.list.415": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:unsupported-media-type",
                 *       "title": "The body is not JSON",
                 *       "status": 415,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/audit-events",
                 *       "code": "UNSUPPORTED_MEDIA_TYPE"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "UNSUPPORTED_MEDIA_TYPE";
                };
            };
        };
        /** @description Too many requests from this credential or address; retry after the given delay (codes: RATE_LIMITED) */
        "auditEvents.list.429": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:rate-limited",
                 *       "title": "Too many requests from this credential or address",
                 *       "status": 429,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/audit-events",
                 *       "code": "RATE_LIMITED"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "RATE_LIMITED";
                };
            };
        };
        /** @description The request headers are too large (codes: HEADERS_TOO_LARGE) */
        "auditEvents.list.431": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:headers-too-large",
                 *       "title": "The request headers are too large",
                 *       "status": 431,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/audit-events",
                 *       "code": "HEADERS_TOO_LARGE"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "HEADERS_TOO_LARGE";
                };
            };
        };
        /** @description Unavailable (database away, or a transaction conflict that outlasted its retries); retry after the given delay (codes: DATABASE_BUSY, DATABASE_UNAVAILABLE, TRANSACTION_CONFLICT, UNAVAILABLE) */
        "auditEvents.list.503": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:database-busy",
                 *       "title": "Unavailable",
                 *       "status": 503,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/audit-events",
                 *       "code": "DATABASE_BUSY"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "DATABASE_BUSY" | "DATABASE_UNAVAILABLE" | "TRANSACTION_CONFLICT" | "UNAVAILABLE";
                };
            };
        };
        /** @description The request is malformed or fails validation (codes: BAD_REQUEST, BODY_TOO_DEEP, INVALID_TEXT, INVALID_VALUE, MALFORMED_REQUEST, VALIDATION_FAILED) */
        "me.get.400": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:bad-request",
                 *       "title": "The request is malformed or fails validation",
                 *       "status": 400,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/me",
                 *       "code": "BAD_REQUEST"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "BAD_REQUEST" | "BODY_TOO_DEEP" | "INVALID_TEXT" | "INVALID_VALUE" | "MALFORMED_REQUEST" | "VALIDATION_FAILED";
                };
            };
        };
        /** @description The credential may not do this (codes: CSRF_REFUSED, FORBIDDEN_ROLE, FORBIDDEN_SCOPE, PASSWORD_CHANGE_REQUIRED) */
        "channelSystems.create.403": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:csrf-refused",
                 *       "title": "The credential may not do this",
                 *       "status": 403,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/channel-systems",
                 *       "code": "CSRF_REFUSED"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "CSRF_REFUSED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE" | "PASSWORD_CHANGE_REQUIRED";
                };
            };
        };
        /** @description The current state does not allow it (codes: DUPLICATE) */
        "channelSystems.create.409": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:duplicate",
                 *       "title": "The current state does not allow it",
                 *       "status": 409,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/channel-systems",
                 *       "code": "DUPLICATE"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "DUPLICATE";
                };
            };
        };
        /** @description The request is well-formed but refers to something that does not fit (codes: CONSTRAINT_VIOLATION, INVALID_TIER, REFERENCE_VIOLATION, UNIT_NOT_FOUND) */
        "channelSystems.create.422": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:constraint-violation",
                 *       "title": "The request is well-formed but refers to something that does not fit",
                 *       "status": 422,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/channel-systems",
                 *       "code": "CONSTRAINT_VIOLATION"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "CONSTRAINT_VIOLATION" | "INVALID_TIER" | "REFERENCE_VIOLATION" | "UNIT_NOT_FOUND";
                };
            };
        };
        /** @description The request is well-formed but refers to something that does not fit (codes: CONSTRAINT_VIOLATION, REFERENCE_VIOLATION) */
        "staffTokens.issue.422": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:constraint-violation",
                 *       "title": "The request is well-formed but refers to something that does not fit",
                 *       "status": 422,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/staff/{id}/tokens",
                 *       "code": "CONSTRAINT_VIOLATION"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "CONSTRAINT_VIOLATION" | "REFERENCE_VIOLATION";
                };
            };
        };
        /** @description No valid credential (codes: INVALID_CREDENTIALS) */
        "auth.signIn.401": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:invalid-credentials",
                 *       "title": "No valid credential",
                 *       "status": 401,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/auth/sign-in",
                 *       "code": "INVALID_CREDENTIALS"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "INVALID_CREDENTIALS";
                };
            };
        };
        /** @description The credential may not do this (codes: ACCOUNT_LOCKED, CSRF_REFUSED) */
        "auth.signIn.403": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:account-locked",
                 *       "title": "The credential may not do this",
                 *       "status": 403,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/auth/sign-in",
                 *       "code": "ACCOUNT_LOCKED"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "ACCOUNT_LOCKED" | "CSRF_REFUSED";
                };
            };
        };
        /** @description Too many requests from this credential or address; retry after the given delay (codes: RATE_LIMITED, SIGN_IN_THROTTLED) */
        "auth.signIn.429": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:rate-limited",
                 *       "title": "Too many requests from this credential or address",
                 *       "status": 429,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/auth/sign-in",
                 *       "code": "RATE_LIMITED"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "RATE_LIMITED" | "SIGN_IN_THROTTLED";
                };
            };
        };
        /** @description The request is well-formed but refers to something that does not fit (codes: NO_PASSWORD, WEAK_PASSWORD, WRONG_PASSWORD) */
        "auth.changePassword.422": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:no-password",
                 *       "title": "The request is well-formed but refers to something that does not fit",
                 *       "status": 422,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/auth/password",
                 *       "code": "NO_PASSWORD"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "NO_PASSWORD" | "WEAK_PASSWORD" | "WRONG_PASSWORD";
                };
            };
        };
        /** @description The request is malformed or fails validation (codes: BAD_REQUEST, BODY_TOO_DEEP, INVALID_TEXT, INVALID_VALUE, MALFORMED_REQUEST, OIDC_PROVIDER_REFUSED, VALIDATION_FAILED) */
        "auth.oidcLogin.400": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:bad-request",
                 *       "title": "The request is malformed or fails validation",
                 *       "status": 400,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/auth/oidc/login",
                 *       "code": "BAD_REQUEST"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "BAD_REQUEST" | "BODY_TOO_DEEP" | "INVALID_TEXT" | "INVALID_VALUE" | "MALFORMED_REQUEST" | "OIDC_PROVIDER_REFUSED" | "VALIDATION_FAILED";
                };
            };
        };
        /** @description Not found, or outside what the caller may read (codes: OIDC_NOT_CONFIGURED) */
        "auth.oidcLogin.404": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:oidc-not-configured",
                 *       "title": "Not found, or outside what the caller may read",
                 *       "status": 404,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/auth/oidc/login",
                 *       "code": "OIDC_NOT_CONFIGURED"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "OIDC_NOT_CONFIGURED";
                };
            };
        };
        /** @description Unavailable (database away, or a transaction conflict that outlasted its retries); retry after the given delay (codes: DATABASE_BUSY, DATABASE_UNAVAILABLE, OIDC_UNAVAILABLE, TRANSACTION_CONFLICT, UNAVAILABLE) */
        "auth.oidcLogin.503": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:database-busy",
                 *       "title": "Unavailable",
                 *       "status": 503,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/auth/oidc/login",
                 *       "code": "DATABASE_BUSY"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "DATABASE_BUSY" | "DATABASE_UNAVAILABLE" | "OIDC_UNAVAILABLE" | "TRANSACTION_CONFLICT" | "UNAVAILABLE";
                };
            };
        };
        /** @description The request is malformed or fails validation (codes: BAD_REQUEST, BODY_TOO_DEEP, INVALID_TEXT, INVALID_VALUE, MALFORMED_REQUEST, OIDC_PROVIDER_REFUSED, OIDC_STATE_MISMATCH, VALIDATION_FAILED) */
        "auth.oidcCallback.400": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:bad-request",
                 *       "title": "The request is malformed or fails validation",
                 *       "status": 400,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/auth/oidc/callback",
                 *       "code": "BAD_REQUEST"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "BAD_REQUEST" | "BODY_TOO_DEEP" | "INVALID_TEXT" | "INVALID_VALUE" | "MALFORMED_REQUEST" | "OIDC_PROVIDER_REFUSED" | "OIDC_STATE_MISMATCH" | "VALIDATION_FAILED";
                };
            };
        };
        /** @description No valid credential (codes: OIDC_TOKEN_INVALID) */
        "auth.oidcCallback.401": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:oidc-token-invalid",
                 *       "title": "No valid credential",
                 *       "status": 401,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/auth/oidc/callback",
                 *       "code": "OIDC_TOKEN_INVALID"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "OIDC_TOKEN_INVALID";
                };
            };
        };
        /** @description The credential may not do this (codes: OIDC_NO_ACCOUNT) */
        "auth.oidcCallback.403": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:oidc-no-account",
                 *       "title": "The credential may not do this",
                 *       "status": 403,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/auth/oidc/callback",
                 *       "code": "OIDC_NO_ACCOUNT"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "OIDC_NO_ACCOUNT";
                };
            };
        };
        /** @description The request is malformed or fails validation (codes: BAD_REQUEST, BODY_TOO_DEEP, INVALID_TEXT, INVALID_VALUE, MALFORMED_REQUEST, OIDC_LOGOUT_TOKEN_INVALID, OIDC_PROVIDER_REFUSED, VALIDATION_FAILED) */
        "auth.oidcBackChannelLogout.400": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:bad-request",
                 *       "title": "The request is malformed or fails validation",
                 *       "status": 400,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/auth/oidc/back-channel-logout",
                 *       "code": "BAD_REQUEST"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "BAD_REQUEST" | "BODY_TOO_DEEP" | "INVALID_TEXT" | "INVALID_VALUE" | "MALFORMED_REQUEST" | "OIDC_LOGOUT_TOKEN_INVALID" | "OIDC_PROVIDER_REFUSED" | "VALIDATION_FAILED";
                };
            };
        };
        /** @description The request is malformed or fails validation (codes: BAD_REQUEST, BODY_TOO_DEEP, INVALID_TEXT, INVALID_VALUE, MALFORMED_REQUEST, PARENT_REQUIRED, VALIDATION_FAILED) */
        "orgUnits.create.400": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:bad-request",
                 *       "title": "The request is malformed or fails validation",
                 *       "status": 400,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/org-units",
                 *       "code": "BAD_REQUEST"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "BAD_REQUEST" | "BODY_TOO_DEEP" | "INVALID_TEXT" | "INVALID_VALUE" | "MALFORMED_REQUEST" | "PARENT_REQUIRED" | "VALIDATION_FAILED";
                };
            };
        };
        /** @description The current state does not allow it (codes: DUPLICATE, DUPLICATE_CODE, NATIONAL_EXISTS) */
        "orgUnits.create.409": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:duplicate",
                 *       "title": "The current state does not allow it",
                 *       "status": 409,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/org-units",
                 *       "code": "DUPLICATE"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "DUPLICATE" | "DUPLICATE_CODE" | "NATIONAL_EXISTS";
                };
            };
        };
        /** @description The request is well-formed but refers to something that does not fit (codes: CONSTRAINT_VIOLATION, CYCLE, INVALID_TIER, INVALID_TIER_ORDER, PARENT_NOT_FOUND, REFERENCE_VIOLATION) */
        "orgUnits.create.422": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:constraint-violation",
                 *       "title": "The request is well-formed but refers to something that does not fit",
                 *       "status": 422,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/org-units",
                 *       "code": "CONSTRAINT_VIOLATION"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "CONSTRAINT_VIOLATION" | "CYCLE" | "INVALID_TIER" | "INVALID_TIER_ORDER" | "PARENT_NOT_FOUND" | "REFERENCE_VIOLATION";
                };
            };
        };
        /** @description The request is malformed or fails validation (codes: BAD_REQUEST, BODY_TOO_DEEP, INVALID_TEXT, MALFORMED_REQUEST) */
        "health.check.400": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:bad-request",
                 *       "title": "The request is malformed or fails validation",
                 *       "status": 400,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/health",
                 *       "code": "BAD_REQUEST"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "BAD_REQUEST" | "BODY_TOO_DEEP" | "INVALID_TEXT" | "MALFORMED_REQUEST";
                };
            };
        };
        /** @description Unavailable (database away, or a transaction conflict that outlasted its retries); retry after the given delay (codes: DATABASE_BUSY, DATABASE_UNAVAILABLE, TRANSACTION_CONFLICT, UNAVAILABLE, UNHEALTHY) */
        "health.check.503": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:database-busy",
                 *       "title": "Unavailable",
                 *       "status": 503,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/health",
                 *       "code": "DATABASE_BUSY"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "DATABASE_BUSY" | "DATABASE_UNAVAILABLE" | "TRANSACTION_CONFLICT" | "UNAVAILABLE" | "UNHEALTHY";
                };
            };
        };
        /** @description Unavailable (database away, or a transaction conflict that outlasted its retries); retry after the given delay (codes: DATABASE_BUSY, DATABASE_UNAVAILABLE, NOT_READY, TRANSACTION_CONFLICT, UNAVAILABLE) */
        "health.ready.503": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:database-busy",
                 *       "title": "Unavailable",
                 *       "status": 503,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/health/ready",
                 *       "code": "DATABASE_BUSY"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "DATABASE_BUSY" | "DATABASE_UNAVAILABLE" | "NOT_READY" | "TRANSACTION_CONFLICT" | "UNAVAILABLE";
                };
            };
        };
        /** @description The request is well-formed but refers to something that does not fit (codes: CONSTRAINT_VIOLATION, INVALID_PROVINCE, INVALID_TARGET, REFERENCE_VIOLATION) */
        "routingRules.create.422": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:constraint-violation",
                 *       "title": "The request is well-formed but refers to something that does not fit",
                 *       "status": 422,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/routing-rules",
                 *       "code": "CONSTRAINT_VIOLATION"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "CONSTRAINT_VIOLATION" | "INVALID_PROVINCE" | "INVALID_TARGET" | "REFERENCE_VIOLATION";
                };
            };
        };
        /** @description The request is malformed or fails validation (codes: BAD_REQUEST, BODY_TOO_DEEP, INVALID_CURSOR, INVALID_RANGE, INVALID_TEXT, INVALID_VALUE, MALFORMED_REQUEST, RANGE_TOO_LONG, VALIDATION_FAILED) */
        "workingDays.list.400": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:bad-request",
                 *       "title": "The request is malformed or fails validation",
                 *       "status": 400,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/org-units/{id}/working-days",
                 *       "code": "BAD_REQUEST"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "BAD_REQUEST" | "BODY_TOO_DEEP" | "INVALID_CURSOR" | "INVALID_RANGE" | "INVALID_TEXT" | "INVALID_VALUE" | "MALFORMED_REQUEST" | "RANGE_TOO_LONG" | "VALIDATION_FAILED";
                };
            };
        };
        /** @description The request is malformed or fails validation (codes: BAD_REQUEST, BODY_TOO_DEEP, INVALID_SCHEDULE, INVALID_TEXT, INVALID_VALUE, MALFORMED_REQUEST, VALIDATION_FAILED) */
        "officialCalendar.import.400": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:bad-request",
                 *       "title": "The request is malformed or fails validation",
                 *       "status": 400,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/official-calendar",
                 *       "code": "BAD_REQUEST"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "BAD_REQUEST" | "BODY_TOO_DEEP" | "INVALID_SCHEDULE" | "INVALID_TEXT" | "INVALID_VALUE" | "MALFORMED_REQUEST" | "VALIDATION_FAILED";
                };
            };
        };
        /** @description The current state does not allow it (codes: DUPLICATE, DUPLICATE_CODE) */
        "taxonomy.create.409": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:duplicate",
                 *       "title": "The current state does not allow it",
                 *       "status": 409,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/taxonomy",
                 *       "code": "DUPLICATE"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "DUPLICATE" | "DUPLICATE_CODE";
                };
            };
        };
        /** @description The request is well-formed but refers to something that does not fit (codes: CONSTRAINT_VIOLATION, REFERENCE_VIOLATION, UNKNOWN_PARENT) */
        "taxonomy.create.422": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:constraint-violation",
                 *       "title": "The request is well-formed but refers to something that does not fit",
                 *       "status": 422,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/taxonomy",
                 *       "code": "CONSTRAINT_VIOLATION"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "CONSTRAINT_VIOLATION" | "REFERENCE_VIOLATION" | "UNKNOWN_PARENT";
                };
            };
        };
        /** @description The request is malformed or fails validation (codes: BAD_REQUEST, BODY_TOO_DEEP, CHANNEL_REQUIRED, EXTERNAL_REF_CHANNEL_ONLY, INVALID_IDEMPOTENCY_KEY, INVALID_TEXT, INVALID_VALUE, MALFORMED_REQUEST, VALIDATION_FAILED) */
        "tickets.file.400": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:bad-request",
                 *       "title": "The request is malformed or fails validation",
                 *       "status": 400,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/tickets",
                 *       "code": "BAD_REQUEST"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "BAD_REQUEST" | "BODY_TOO_DEEP" | "CHANNEL_REQUIRED" | "EXTERNAL_REF_CHANNEL_ONLY" | "INVALID_IDEMPOTENCY_KEY" | "INVALID_TEXT" | "INVALID_VALUE" | "MALFORMED_REQUEST" | "VALIDATION_FAILED";
                };
            };
        };
        /** @description The credential may not do this (codes: CSRF_REFUSED, FORBIDDEN_ROLE, NATIONAL_INTAKE_ONLY, PASSWORD_CHANGE_REQUIRED) */
        "tickets.file.403": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:csrf-refused",
                 *       "title": "The credential may not do this",
                 *       "status": 403,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/tickets",
                 *       "code": "CSRF_REFUSED"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "CSRF_REFUSED" | "FORBIDDEN_ROLE" | "NATIONAL_INTAKE_ONLY" | "PASSWORD_CHANGE_REQUIRED";
                };
            };
        };
        /** @description The request is well-formed but refers to something that does not fit (codes: CONSTRAINT_VIOLATION, CONTACTED_IN_FUTURE, EXTERNAL_REF_REUSED, IDEMPOTENCY_KEY_REUSED, PROVINCE_OUT_OF_SCOPE, REFERENCE_VIOLATION, UNKNOWN_PROVINCE, UNKNOWN_TAXONOMY_TERM) */
        "tickets.file.422": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:constraint-violation",
                 *       "title": "The request is well-formed but refers to something that does not fit",
                 *       "status": 422,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/tickets",
                 *       "code": "CONSTRAINT_VIOLATION"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "CONSTRAINT_VIOLATION" | "CONTACTED_IN_FUTURE" | "EXTERNAL_REF_REUSED" | "IDEMPOTENCY_KEY_REUSED" | "PROVINCE_OUT_OF_SCOPE" | "REFERENCE_VIOLATION" | "UNKNOWN_PROVINCE" | "UNKNOWN_TAXONOMY_TERM";
                };
            };
        };
        /** @description The credential may not do this (codes: CSRF_REFUSED, FORBIDDEN_ROLE, PASSWORD_CHANGE_REQUIRED, PII_FORBIDDEN) */
        "tickets.list.403": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:csrf-refused",
                 *       "title": "The credential may not do this",
                 *       "status": 403,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/tickets",
                 *       "code": "CSRF_REFUSED"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "CSRF_REFUSED" | "FORBIDDEN_ROLE" | "PASSWORD_CHANGE_REQUIRED" | "PII_FORBIDDEN";
                };
            };
        };
        /** @description The credential may not do this (codes: CSRF_REFUSED, FORBIDDEN_ROLE, NOT_OWNER, PASSWORD_CHANGE_REQUIRED) */
        "tickets.addAttachment.403": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:csrf-refused",
                 *       "title": "The credential may not do this",
                 *       "status": 403,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/tickets/{id}/attachments",
                 *       "code": "CSRF_REFUSED"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "CSRF_REFUSED" | "FORBIDDEN_ROLE" | "NOT_OWNER" | "PASSWORD_CHANGE_REQUIRED";
                };
            };
        };
        /** @description The current state does not allow it (codes: COHANDLING_EXISTS, COHANDLING_NOT_FOUND, COHANDLING_OPEN, DEADLINE_PASSED, DUPLICATE, EXTENSION_LIMIT, EXTENSION_PENDING, INVALID_TRANSITION, NO_PARENT_TIER, NO_PENDING_EXTENSION, SCHEDULE_ALREADY_REPORTED, TICKET_ARCHIVED, VERSION_CONFLICT) */
        "tickets.addAttachment.409": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:cohandling-exists",
                 *       "title": "The current state does not allow it",
                 *       "status": 409,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/tickets/{id}/attachments",
                 *       "code": "COHANDLING_EXISTS"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "COHANDLING_EXISTS" | "COHANDLING_NOT_FOUND" | "COHANDLING_OPEN" | "DEADLINE_PASSED" | "DUPLICATE" | "EXTENSION_LIMIT" | "EXTENSION_PENDING" | "INVALID_TRANSITION" | "NO_PARENT_TIER" | "NO_PENDING_EXTENSION" | "SCHEDULE_ALREADY_REPORTED" | "TICKET_ARCHIVED" | "VERSION_CONFLICT";
                };
            };
        };
        /** @description The request is well-formed but refers to something that does not fit (codes: ANALYSIS_REQUIRED, CAUSE_REQUIRED, COHANDLING_DUE_AFTER_LEAD, COMPANY_POSITION_REQUIRED, CONCLUSION_NOT_ALLOWED, CONCLUSION_REQUIRED, CONSTRAINT_VIOLATION, EFFECTIVE_DATE_NOT_ALLOWED, EFFECTIVE_DATE_REQUIRED, INVALID_DUE, INVALID_EXTENSION, INVALID_TARGET, LEVEL_UNCHANGED, NO_ROUTE, REASON_REQUIRED, REFERENCE_VIOLATION, RESPONSIBILITY_REQUIRED, RETURN_TEXT_REQUIRED, SUGGESTION_ONLY, TARGET_OUT_OF_SCOPE, UNKNOWN_UNIT) */
        "tickets.addAttachment.422": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:analysis-required",
                 *       "title": "The request is well-formed but refers to something that does not fit",
                 *       "status": 422,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/tickets/{id}/attachments",
                 *       "code": "ANALYSIS_REQUIRED"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "ANALYSIS_REQUIRED" | "CAUSE_REQUIRED" | "COHANDLING_DUE_AFTER_LEAD" | "COMPANY_POSITION_REQUIRED" | "CONCLUSION_NOT_ALLOWED" | "CONCLUSION_REQUIRED" | "CONSTRAINT_VIOLATION" | "EFFECTIVE_DATE_NOT_ALLOWED" | "EFFECTIVE_DATE_REQUIRED" | "INVALID_DUE" | "INVALID_EXTENSION" | "INVALID_TARGET" | "LEVEL_UNCHANGED" | "NO_ROUTE" | "REASON_REQUIRED" | "REFERENCE_VIOLATION" | "RESPONSIBILITY_REQUIRED" | "RETURN_TEXT_REQUIRED" | "SUGGESTION_ONLY" | "TARGET_OUT_OF_SCOPE" | "UNKNOWN_UNIT";
                };
            };
        };
        /** @description The credential may not do this (codes: CSRF_REFUSED, FORBIDDEN_ROLE, NOT_REVIEWER, PASSWORD_CHANGE_REQUIRED) */
        "tickets.routingSuggestions.403": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:csrf-refused",
                 *       "title": "The credential may not do this",
                 *       "status": 403,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/tickets/{id}/routing-suggestions",
                 *       "code": "CSRF_REFUSED"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "CSRF_REFUSED" | "FORBIDDEN_ROLE" | "NOT_REVIEWER" | "PASSWORD_CHANGE_REQUIRED";
                };
            };
        };
        /** @description The credential may not do this (codes: CSRF_REFUSED, FORBIDDEN_ROLE, NOT_OWNER, NOT_REVIEWER, PASSWORD_CHANGE_REQUIRED) */
        "tickets.dispatch.403": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:csrf-refused",
                 *       "title": "The credential may not do this",
                 *       "status": 403,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/tickets/{id}/dispatch",
                 *       "code": "CSRF_REFUSED"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "CSRF_REFUSED" | "FORBIDDEN_ROLE" | "NOT_OWNER" | "NOT_REVIEWER" | "PASSWORD_CHANGE_REQUIRED";
                };
            };
        };
        /** @description The credential may not do this (codes: CSRF_REFUSED, FORBIDDEN_ROLE, NOT_COHANDLER, PASSWORD_CHANGE_REQUIRED) */
        "tickets.cohandlingOpinion.403": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:csrf-refused",
                 *       "title": "The credential may not do this",
                 *       "status": 403,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/tickets/{id}/cohandling/opinion",
                 *       "code": "CSRF_REFUSED"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "CSRF_REFUSED" | "FORBIDDEN_ROLE" | "NOT_COHANDLER" | "PASSWORD_CHANGE_REQUIRED";
                };
            };
        };
        /** @description The credential may not do this (codes: CSRF_REFUSED, FORBIDDEN_ROLE, NOT_DISPATCHER, PASSWORD_CHANGE_REQUIRED) */
        "tickets.approveExtension.403": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:csrf-refused",
                 *       "title": "The credential may not do this",
                 *       "status": 403,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/tickets/{id}/extensions/approve",
                 *       "code": "CSRF_REFUSED"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "CSRF_REFUSED" | "FORBIDDEN_ROLE" | "NOT_DISPATCHER" | "PASSWORD_CHANGE_REQUIRED";
                };
            };
        };
        /** @description The credential may not do this (codes: CSRF_REFUSED, FORBIDDEN_ROLE, NOT_SUPERVISOR, PASSWORD_CHANGE_REQUIRED) */
        "tickets.urge.403": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:csrf-refused",
                 *       "title": "The credential may not do this",
                 *       "status": 403,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/tickets/{id}/urge",
                 *       "code": "CSRF_REFUSED"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "CSRF_REFUSED" | "FORBIDDEN_ROLE" | "NOT_SUPERVISOR" | "PASSWORD_CHANGE_REQUIRED";
                };
            };
        };
        /** @description The request is malformed or fails validation (codes: BAD_REQUEST, BODY_TOO_DEEP, INVALID_RANGE, INVALID_TEXT, INVALID_VALUE, MALFORMED_REQUEST, VALIDATION_FAILED) */
        "kpis.report.400": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:bad-request",
                 *       "title": "The request is malformed or fails validation",
                 *       "status": 400,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/kpis",
                 *       "code": "BAD_REQUEST"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "BAD_REQUEST" | "BODY_TOO_DEEP" | "INVALID_RANGE" | "INVALID_TEXT" | "INVALID_VALUE" | "MALFORMED_REQUEST" | "VALIDATION_FAILED";
                };
            };
        };
        /** @description The request is malformed or fails validation (codes: BAD_REQUEST, BODY_TOO_DEEP, GROUP_REQUIRED, INVALID_CURSOR, INVALID_RANGE, INVALID_TEXT, INVALID_VALUE, MALFORMED_REQUEST, VALIDATION_FAILED) */
        "kpis.tickets.400": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:bad-request",
                 *       "title": "The request is malformed or fails validation",
                 *       "status": 400,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/kpis/tickets",
                 *       "code": "BAD_REQUEST"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "BAD_REQUEST" | "BODY_TOO_DEEP" | "GROUP_REQUIRED" | "INVALID_CURSOR" | "INVALID_RANGE" | "INVALID_TEXT" | "INVALID_VALUE" | "MALFORMED_REQUEST" | "VALIDATION_FAILED";
                };
            };
        };
        /** @description The request is malformed or fails validation (codes: BAD_REQUEST, BODY_TOO_DEEP, CUSTOMER_IDENTIFIER_REQUIRED, INVALID_CURSOR, INVALID_TEXT, INVALID_VALUE, MALFORMED_REQUEST, VALIDATION_FAILED) */
        "personalData.export.400": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:bad-request",
                 *       "title": "The request is malformed or fails validation",
                 *       "status": 400,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/personal-data/exports",
                 *       "code": "BAD_REQUEST"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "BAD_REQUEST" | "BODY_TOO_DEEP" | "CUSTOMER_IDENTIFIER_REQUIRED" | "INVALID_CURSOR" | "INVALID_TEXT" | "INVALID_VALUE" | "MALFORMED_REQUEST" | "VALIDATION_FAILED";
                };
            };
        };
        /** @description The request is malformed or fails validation (codes: BAD_REQUEST, BODY_TOO_DEEP, CUSTOMER_IDENTIFIER_REQUIRED, INVALID_TEXT, INVALID_VALUE, MALFORMED_REQUEST, VALIDATION_FAILED) */
        "personalData.erase.400": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:bad-request",
                 *       "title": "The request is malformed or fails validation",
                 *       "status": 400,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/personal-data/erasures",
                 *       "code": "BAD_REQUEST"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "BAD_REQUEST" | "BODY_TOO_DEEP" | "CUSTOMER_IDENTIFIER_REQUIRED" | "INVALID_TEXT" | "INVALID_VALUE" | "MALFORMED_REQUEST" | "VALIDATION_FAILED";
                };
            };
        };
        /** @description The current state does not allow it (codes: CUSTOMER_TICKETS_OPEN) */
        "personalData.erase.409": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:customer-tickets-open",
                 *       "title": "The current state does not allow it",
                 *       "status": 409,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/personal-data/erasures",
                 *       "code": "CUSTOMER_TICKETS_OPEN"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "CUSTOMER_TICKETS_OPEN";
                };
            };
        };
        /** @description The request is well-formed but refers to something that does not fit (codes: CONSTRAINT_VIOLATION, EVENT_TYPE_NOT_FOR_CHANNELS, REFERENCE_VIOLATION, WEBHOOK_URL_FORBIDDEN) */
        "webhookSubscriptions.create.422": {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:problem:workorders:constraint-violation",
                 *       "title": "The request is well-formed but refers to something that does not fit",
                 *       "status": 422,
                 *       "detail": "A sentence for a person; branch on `code`",
                 *       "instance": "/api/v1/webhook-subscriptions",
                 *       "code": "CONSTRAINT_VIOLATION"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "CONSTRAINT_VIOLATION" | "EVENT_TYPE_NOT_FOR_CHANNELS" | "REFERENCE_VIOLATION" | "WEBHOOK_URL_FORBIDDEN";
                };
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Identifies the request in the service logs; the caller may send its own, which is echoed */
        "X-Request-Id": string;
        /** @description Seconds to wait before retrying */
        "Retry-After": number;
        /** @description Path of the resource created */
        Location: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "auditEvents.list": {
        parameters: {
            query?: {
                /** @description Items per page: 50 unless given, at most 500 */
                limit?: number;
                /** @description The `nextCursor` of the previous page, passed back unchanged */
                cursor?: string;
                category?: "identities" | "sessions" | "sign_in" | "org_units" | "routing_rules" | "sla_policies" | "calendars" | "taxonomy" | "webhooks" | "personal_data" | "exports" | "audit";
                /** @description Operation key of the authorization policy, e.g. `routingRules.update` */
                operation?: string;
                outcome?: "success" | "failure";
                /** @description Staff member, channel system or `bootstrap-admin` who acted */
                actorId?: string;
                /** @description Id of the record acted on */
                targetId?: string;
                /** @description Inclusive lower bound of occurredAt */
                from?: string;
                /** @description Exclusive upper bound of occurredAt */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "text",
                     *           "occurredAt": "2026-03-02T09:30:00.000Z",
                     *           "operation": "routingRules.update",
                     *           "category": "identities",
                     *           "outcome": "success",
                     *           "actorKind": "text",
                     *           "actorId": "text",
                     *           "actorUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "address": "text",
                     *           "requestId": "text",
                     *           "targetType": "text",
                     *           "targetId": "text",
                     *           "before": {},
                     *           "after": {},
                     *           "detail": {},
                     *           "prevHash": "text",
                     *           "hash": "text"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            400: components["responses"]["auditEvents.list.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "me.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "kind": "staff",
                     *       "id": "text",
                     *       "role": "text",
                     *       "unitId": "text",
                     *       "tier": "national",
                     *       "provinceId": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "channelSystems.list": {
        parameters: {
            query?: {
                /** @description Items per page: 50 unless given, at most 500 */
                limit?: number;
                /** @description The `nextCursor` of the previous page, passed back unchanged */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "name": "Henan 10086 hotline",
                     *           "channel": "hotline",
                     *           "orgUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "keyPrefix": "text",
                     *           "createdAt": "2026-03-02T09:30:00.000Z",
                     *           "revokedAt": "2026-03-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["ChannelSystemPage"];
                };
            };
            400: components["responses"]["auditEvents.list.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "channelSystems.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Henan 10086 hotline",
                 *       "channel": "hotline",
                 *       "orgUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10"
                 *     }
                 */
                "application/json": components["schemas"]["CreateChannelSystemDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "channelSystem": {
                     *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *         "name": "Henan 10086 hotline",
                     *         "channel": "hotline",
                     *         "orgUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *         "keyPrefix": "text",
                     *         "createdAt": "2026-03-02T09:30:00.000Z",
                     *         "revokedAt": "2026-03-02T09:30:00.000Z"
                     *       },
                     *       "apiKey": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["ChannelSystemCreated"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["channelSystems.create.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["channelSystems.create.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["channelSystems.create.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "channelSystems.revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "name": "Henan 10086 hotline",
                     *       "channel": "hotline",
                     *       "orgUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "keyPrefix": "text",
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "revokedAt": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ChannelSystem"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "staff.list": {
        parameters: {
            query?: {
                /** @description Items per page: 50 unless given, at most 500 */
                limit?: number;
                /** @description The `nextCursor` of the previous page, passed back unchanged */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "name": "张伟",
                     *           "orgUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "role": "agent",
                     *           "username": "zhangwei",
                     *           "createdAt": "2026-03-02T09:30:00.000Z",
                     *           "disabledAt": "2026-03-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["StaffUserPage"];
                };
            };
            400: components["responses"]["auditEvents.list.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "staff.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "张伟",
                 *       "orgUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "role": "agent",
                 *       "username": "zhangwei"
                 *     }
                 */
                "application/json": components["schemas"]["CreateStaffDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "name": "张伟",
                     *       "orgUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "role": "agent",
                     *       "username": "zhangwei",
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "disabledAt": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["StaffUser"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["channelSystems.create.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["channelSystems.create.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["channelSystems.create.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "staffTokens.issue": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ttlHours": 1
                 *     }
                 */
                "application/json": components["schemas"]["IssueTokenDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token": "text",
                     *       "tokenInfo": {
                     *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *         "staffId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *         "tokenPrefix": "text",
                     *         "createdAt": "2026-03-02T09:30:00.000Z",
                     *         "expiresAt": "2026-03-02T09:30:00.000Z",
                     *         "revokedAt": "2026-03-02T09:30:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["TokenIssued"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["channelSystems.create.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["staffTokens.issue.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "staffTokens.revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "staffId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "tokenPrefix": "text",
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "expiresAt": "2026-03-02T09:30:00.000Z",
                     *       "revokedAt": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["StaffToken"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "auth.signIn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "username": "zhangwei",
                 *       "password": "correct horse battery staple"
                 *     }
                 */
                "application/json": components["schemas"]["SignInDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The session cookie (`wo_session`, or `__Host-wo_session` over https: HttpOnly, SameSite=Strict) and the readable CSRF cookie */
                    "Set-Cookie"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "staffId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "sessionId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "expiresAt": "2026-03-02T09:30:00.000Z",
                     *       "idleTimeoutSeconds": 1,
                     *       "csrfToken": "text",
                     *       "mustChangePassword": true
                     *     }
                     */
                    "application/json": components["schemas"]["SignedIn"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auth.signIn.401"];
            403: components["responses"]["auth.signIn.403"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auth.signIn.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "auth.signOut": {
        parameters: {
            query?: never;
            header?: {
                /** @description Required with a session cookie */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "endSessionUrl": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["SignedOut"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "auth.changePassword": {
        parameters: {
            query?: never;
            header?: {
                /** @description Required with a session cookie */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "currentPassword": "text",
                 *       "newPassword": "textxxxxxxxx"
                 *     }
                 */
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The session cookie (`wo_session`, or `__Host-wo_session` over https: HttpOnly, SameSite=Strict) and the readable CSRF cookie */
                    "Set-Cookie"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "session": {
                     *         "staffId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *         "sessionId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *         "expiresAt": "2026-03-02T09:30:00.000Z",
                     *         "idleTimeoutSeconds": 1,
                     *         "csrfToken": "text",
                     *         "mustChangePassword": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PasswordChanged"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["auth.changePassword.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "staff.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "张伟",
                 *       "role": "agent",
                 *       "username": "zhangwei",
                 *       "disabled": true
                 *     }
                 */
                "application/json": components["schemas"]["UpdateStaffAccountDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "name": "张伟",
                     *       "orgUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "role": "agent",
                     *       "username": "zhangwei",
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "disabledAt": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["StaffUser"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["channelSystems.create.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["channelSystems.create.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["channelSystems.create.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "staff.resetPassword": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "temporaryPassword": "text",
                     *       "mustChangePassword": true
                     *     }
                     */
                    "application/json": components["schemas"]["PasswordReset"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "staffSessions.list": {
        parameters: {
            query?: {
                /** @description Items per page: 50 unless given, at most 500 */
                limit?: number;
                /** @description The `nextCursor` of the previous page, passed back unchanged */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "method": "password",
                     *           "createdAt": "2026-03-02T09:30:00.000Z",
                     *           "lastSeenAt": "2026-03-02T09:30:00.000Z",
                     *           "expiresAt": "2026-03-02T09:30:00.000Z",
                     *           "idleExpiresAt": "2026-03-02T09:30:00.000Z",
                     *           "active": true,
                     *           "revokedAt": "2026-03-02T09:30:00.000Z",
                     *           "revokedReason": "signed_out",
                     *           "address": "text",
                     *           "userAgent": "text"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["SessionPage"];
                };
            };
            400: components["responses"]["auditEvents.list.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "staffSessions.revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "method": "password",
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "lastSeenAt": "2026-03-02T09:30:00.000Z",
                     *       "expiresAt": "2026-03-02T09:30:00.000Z",
                     *       "idleExpiresAt": "2026-03-02T09:30:00.000Z",
                     *       "active": true,
                     *       "revokedAt": "2026-03-02T09:30:00.000Z",
                     *       "revokedReason": "signed_out",
                     *       "address": "text",
                     *       "userAgent": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "auth.oidcLogin": {
        parameters: {
            query?: {
                /** @description A path of this service to return to after signing in (anything else means /) */
                returnTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description With `Accept: application/json`: the same, as JSON, for a console that navigates itself */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "authorizationUrl": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["OidcLoginStarted"];
                };
            };
            /** @description To the provider's authorization endpoint; sets the short-lived `wo_oidc` cookie binding the attempt to this browser */
            303: {
                headers: {
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["auth.oidcLogin.400"];
            404: components["responses"]["auth.oidcLogin.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auth.oidcLogin.503"];
        };
    };
    "auth.oidcCallback": {
        parameters: {
            query?: {
                code?: string;
                state?: string;
                /** @description Set by the provider when it refused */
                error?: string;
                error_description?: string;
                /** @description Issuer (RFC 9207) */
                iss?: string;
                session_state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description With `Accept: application/json`: signed in, the session described as JSON (cookies set as well) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "staffId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "sessionId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "expiresAt": "2026-03-02T09:30:00.000Z",
                     *       "idleTimeoutSeconds": 1,
                     *       "csrfToken": "text",
                     *       "mustChangePassword": true
                     *     }
                     */
                    "application/json": components["schemas"]["SignedIn"];
                };
            };
            /** @description Signed in: to the returnTo path given at login, with the session and CSRF cookies set */
            303: {
                headers: {
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["auth.oidcCallback.400"];
            401: components["responses"]["auth.oidcCallback.401"];
            403: components["responses"]["auth.oidcCallback.403"];
            404: components["responses"]["auth.oidcLogin.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auth.oidcLogin.503"];
        };
    };
    "auth.oidcBackChannelLogout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "logout_token": "text"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["BackChannelLogoutDto"];
            };
        };
        responses: {
            /** @description The sessions are ended */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["auth.oidcBackChannelLogout.400"];
            404: components["responses"]["auth.oidcLogin.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auth.oidcLogin.503"];
        };
    };
    "orgUnits.list": {
        parameters: {
            query?: {
                tier?: "national" | "provincial" | "city" | "department";
                parentId?: string;
                /** @description Units per page: 100 unless given, at most 1,000 */
                limit?: number;
                /** @description Opaque cursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "code": "HA",
                     *           "name": "河南省投诉处理中心",
                     *           "tier": "national",
                     *           "parentId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "path": "text",
                     *           "depth": 1,
                     *           "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "calendarId": "cn",
                     *           "createdAt": "2026-03-02T09:30:00.000Z",
                     *           "updatedAt": "2026-03-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["OrgUnitPage"];
                };
            };
            400: components["responses"]["auditEvents.list.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "orgUnits.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "HA-ZZ",
                 *       "name": "郑州市分公司",
                 *       "tier": "national",
                 *       "parentId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "calendarId": "cn"
                 *     }
                 */
                "application/json": components["schemas"]["CreateOrgUnitDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "code": "HA",
                     *       "name": "河南省投诉处理中心",
                     *       "tier": "national",
                     *       "parentId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "path": "text",
                     *       "depth": 1,
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "calendarId": "cn",
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["OrgUnit"];
                };
            };
            400: components["responses"]["orgUnits.create.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["channelSystems.create.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["orgUnits.create.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["orgUnits.create.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "orgUnits.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "code": "HA",
                     *       "name": "河南省投诉处理中心",
                     *       "tier": "national",
                     *       "parentId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "path": "text",
                     *       "depth": 1,
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "calendarId": "cn",
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["OrgUnit"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "orgUnits.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "text",
                 *       "parentId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "calendarId": "text"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateOrgUnitDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "code": "HA",
                     *       "name": "河南省投诉处理中心",
                     *       "tier": "national",
                     *       "parentId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "path": "text",
                     *       "depth": 1,
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "calendarId": "cn",
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["OrgUnit"];
                };
            };
            400: components["responses"]["orgUnits.create.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["channelSystems.create.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["orgUnits.create.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["orgUnits.create.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "orgUnits.subtree": {
        parameters: {
            query?: {
                tier?: "national" | "provincial" | "city" | "department";
                parentId?: string;
                /** @description Units per page: 100 unless given, at most 1,000 */
                limit?: number;
                /** @description Opaque cursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "code": "HA",
                     *           "name": "河南省投诉处理中心",
                     *           "tier": "national",
                     *           "parentId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "path": "text",
                     *           "depth": 1,
                     *           "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "calendarId": "cn",
                     *           "createdAt": "2026-03-02T09:30:00.000Z",
                     *           "updatedAt": "2026-03-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["OrgUnitPage"];
                };
            };
            400: components["responses"]["auditEvents.list.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "orgUnits.escalationChain": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *         "code": "HA",
                     *         "name": "河南省投诉处理中心",
                     *         "tier": "national",
                     *         "parentId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *         "path": "text",
                     *         "depth": 1,
                     *         "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *         "calendarId": "cn",
                     *         "createdAt": "2026-03-02T09:30:00.000Z",
                     *         "updatedAt": "2026-03-02T09:30:00.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["OrgUnit"][];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "health.check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Both dependencies answer */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "info": {},
                     *       "error": {},
                     *       "details": {}
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "down";
                                message?: string;
                            };
                        };
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "down";
                                message?: string;
                            };
                        };
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "down";
                                message?: string;
                            };
                        };
                    };
                };
            };
            400: components["responses"]["health.check.400"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["health.check.503"];
        };
    };
    "health.live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "alive"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status?: "alive";
                    };
                };
            };
            400: components["responses"]["health.check.400"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "health.ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready; `checks` per dependency and `warnings` for an operator */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ready",
                     *       "checks": {},
                     *       "warnings": [
                     *         "text"
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                        checks: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "down";
                                message?: string;
                            };
                        };
                        warnings: string[];
                    };
                };
            };
            400: components["responses"]["health.check.400"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["health.ready.503"];
        };
    };
    "routingRules.list": {
        parameters: {
            query?: {
                /** @description Items per page: 50 unless given, at most 500 */
                limit?: number;
                /** @description The `nextCursor` of the previous page, passed back unchanged */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "name": "text",
                     *           "provinceUnitId": "text",
                     *           "businessType": "text",
                     *           "nature": "text",
                     *           "customerTier": "text",
                     *           "targetUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "mode": "auto",
                     *           "priority": 1,
                     *           "enabled": true,
                     *           "createdAt": "2026-03-02T09:30:00.000Z",
                     *           "updatedAt": "2026-03-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["RoutingRulePage"];
                };
            };
            400: components["responses"]["auditEvents.list.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "routingRules.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "provinceUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "businessType": "mobile",
                 *       "nature": "network_quality",
                 *       "customerTier": "vip",
                 *       "mode": "suggest",
                 *       "priority": 100,
                 *       "enabled": true,
                 *       "name": "Henan mobile network quality → network dept",
                 *       "targetUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10"
                 *     }
                 */
                "application/json": components["schemas"]["CreateRoutingRuleDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "name": "text",
                     *       "provinceUnitId": "text",
                     *       "businessType": "text",
                     *       "nature": "text",
                     *       "customerTier": "text",
                     *       "targetUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "mode": "auto",
                     *       "priority": 1,
                     *       "enabled": true,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["RoutingRuleView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["channelSystems.create.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["channelSystems.create.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["routingRules.create.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "routingRules.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "name": "text",
                     *       "provinceUnitId": "text",
                     *       "businessType": "text",
                     *       "nature": "text",
                     *       "customerTier": "text",
                     *       "targetUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "mode": "auto",
                     *       "priority": 1,
                     *       "enabled": true,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["RoutingRuleView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "routingRules.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["channelSystems.create.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "routingRules.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "provinceUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "businessType": "mobile",
                 *       "nature": "network_quality",
                 *       "customerTier": "vip",
                 *       "mode": "suggest",
                 *       "priority": 100,
                 *       "enabled": true,
                 *       "name": "text",
                 *       "targetUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateRoutingRuleDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "name": "text",
                     *       "provinceUnitId": "text",
                     *       "businessType": "text",
                     *       "nature": "text",
                     *       "customerTier": "text",
                     *       "targetUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "mode": "auto",
                     *       "priority": 1,
                     *       "enabled": true,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["RoutingRuleView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["channelSystems.create.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["channelSystems.create.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["routingRules.create.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "slaPolicies.list": {
        parameters: {
            query?: {
                /** @description Items per page: 50 unless given, at most 500 */
                limit?: number;
                /** @description The `nextCursor` of the previous page, passed back unchanged */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "name": "national VIP",
                     *           "kind": "complaint",
                     *           "level": "general",
                     *           "customerTier": "vip",
                     *           "businessType": "mobile",
                     *           "priority": 100,
                     *           "stageLimits": {
                     *             "intake": {
                     *               "unit": "hours",
                     *               "value": 24
                     *             },
                     *             "review": {
                     *               "unit": "hours",
                     *               "value": 24
                     *             },
                     *             "sign_for": {
                     *               "unit": "hours",
                     *               "value": 24
                     *             },
                     *             "handling": {
                     *               "unit": "hours",
                     *               "value": 24
                     *             },
                     *             "cohandling": {
                     *               "unit": "hours",
                     *               "value": 24
                     *             },
                     *             "feedback_review": {
                     *               "unit": "hours",
                     *               "value": 24
                     *             },
                     *             "reply": {
                     *               "unit": "hours",
                     *               "value": 24
                     *             },
                     *             "revisit": {
                     *               "unit": "hours",
                     *               "value": 24
                     *             }
                     *           },
                     *           "commitment": {
                     *             "unit": "hours",
                     *             "value": 24
                     *           },
                     *           "supervisionLimit": {
                     *             "unit": "hours",
                     *             "value": 24
                     *           },
                     *           "warnRatio": 0.9,
                     *           "maxExtensions": 2,
                     *           "enabled": true,
                     *           "createdAt": "2026-03-02T09:30:00.000Z",
                     *           "updatedAt": "2026-03-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["SlaPolicyPage"];
                };
            };
            400: components["responses"]["auditEvents.list.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "slaPolicies.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "complaint",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "businessType": "mobile",
                 *       "priority": 100,
                 *       "stageLimits": {
                 *         "intake": {
                 *           "unit": "hours",
                 *           "value": 24
                 *         },
                 *         "review": {
                 *           "unit": "hours",
                 *           "value": 24
                 *         },
                 *         "sign_for": {
                 *           "unit": "hours",
                 *           "value": 24
                 *         },
                 *         "handling": {
                 *           "unit": "hours",
                 *           "value": 24
                 *         },
                 *         "cohandling": {
                 *           "unit": "hours",
                 *           "value": 24
                 *         },
                 *         "feedback_review": {
                 *           "unit": "hours",
                 *           "value": 24
                 *         },
                 *         "reply": {
                 *           "unit": "hours",
                 *           "value": 24
                 *         },
                 *         "revisit": {
                 *           "unit": "hours",
                 *           "value": 24
                 *         }
                 *       },
                 *       "commitment": {
                 *         "unit": "hours",
                 *         "value": 24
                 *       },
                 *       "supervisionLimit": {
                 *         "unit": "hours",
                 *         "value": 24
                 *       },
                 *       "warnRatio": 0.9,
                 *       "maxExtensions": 2,
                 *       "enabled": true,
                 *       "name": "national VIP mobile"
                 *     }
                 */
                "application/json": components["schemas"]["CreateSlaPolicyDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "name": "national VIP",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "businessType": "mobile",
                     *       "priority": 100,
                     *       "stageLimits": {
                     *         "intake": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "review": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "sign_for": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "handling": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "cohandling": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "feedback_review": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "reply": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "revisit": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         }
                     *       },
                     *       "commitment": {
                     *         "unit": "hours",
                     *         "value": 24
                     *       },
                     *       "supervisionLimit": {
                     *         "unit": "hours",
                     *         "value": 24
                     *       },
                     *       "warnRatio": 0.9,
                     *       "maxExtensions": 2,
                     *       "enabled": true,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["SlaPolicy"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["channelSystems.create.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["channelSystems.create.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["staffTokens.issue.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "slaPolicies.resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "complaint",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "businessType": "mobile"
                 *     }
                 */
                "application/json": components["schemas"]["ResolveSlaPolicyDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "national VIP",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "businessType": "mobile",
                     *       "priority": 100,
                     *       "stageLimits": {
                     *         "intake": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "review": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "sign_for": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "handling": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "cohandling": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "feedback_review": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "reply": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "revisit": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         }
                     *       },
                     *       "warnRatio": 0.9,
                     *       "maxExtensions": 2,
                     *       "commitment": {
                     *         "unit": "hours",
                     *         "value": 24
                     *       },
                     *       "supervisionLimit": {
                     *         "unit": "hours",
                     *         "value": 24
                     *       },
                     *       "notes": {
                     *         "commitment": "text",
                     *         "intake": "text",
                     *         "review": "text",
                     *         "sign_for": "text",
                     *         "handling": "text",
                     *         "cohandling": "text",
                     *         "feedback_review": "text",
                     *         "reply": "text",
                     *         "revisit": "text",
                     *         "supervisionLimit": "text"
                     *       },
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10"
                     *     }
                     */
                    "application/json": components["schemas"]["ResolvedSlaPolicy"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "slaPolicies.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "name": "national VIP",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "businessType": "mobile",
                     *       "priority": 100,
                     *       "stageLimits": {
                     *         "intake": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "review": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "sign_for": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "handling": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "cohandling": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "feedback_review": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "reply": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "revisit": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         }
                     *       },
                     *       "commitment": {
                     *         "unit": "hours",
                     *         "value": 24
                     *       },
                     *       "supervisionLimit": {
                     *         "unit": "hours",
                     *         "value": 24
                     *       },
                     *       "warnRatio": 0.9,
                     *       "maxExtensions": 2,
                     *       "enabled": true,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["SlaPolicy"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "slaPolicies.disable": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "name": "national VIP",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "businessType": "mobile",
                     *       "priority": 100,
                     *       "stageLimits": {
                     *         "intake": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "review": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "sign_for": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "handling": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "cohandling": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "feedback_review": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "reply": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "revisit": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         }
                     *       },
                     *       "commitment": {
                     *         "unit": "hours",
                     *         "value": 24
                     *       },
                     *       "supervisionLimit": {
                     *         "unit": "hours",
                     *         "value": 24
                     *       },
                     *       "warnRatio": 0.9,
                     *       "maxExtensions": 2,
                     *       "enabled": true,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["SlaPolicy"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["channelSystems.create.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["channelSystems.create.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["staffTokens.issue.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "slaPolicies.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "complaint",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "businessType": "mobile",
                 *       "priority": 100,
                 *       "stageLimits": {
                 *         "intake": {
                 *           "unit": "hours",
                 *           "value": 24
                 *         },
                 *         "review": {
                 *           "unit": "hours",
                 *           "value": 24
                 *         },
                 *         "sign_for": {
                 *           "unit": "hours",
                 *           "value": 24
                 *         },
                 *         "handling": {
                 *           "unit": "hours",
                 *           "value": 24
                 *         },
                 *         "cohandling": {
                 *           "unit": "hours",
                 *           "value": 24
                 *         },
                 *         "feedback_review": {
                 *           "unit": "hours",
                 *           "value": 24
                 *         },
                 *         "reply": {
                 *           "unit": "hours",
                 *           "value": 24
                 *         },
                 *         "revisit": {
                 *           "unit": "hours",
                 *           "value": 24
                 *         }
                 *       },
                 *       "commitment": {
                 *         "unit": "hours",
                 *         "value": 24
                 *       },
                 *       "supervisionLimit": {
                 *         "unit": "hours",
                 *         "value": 24
                 *       },
                 *       "warnRatio": 0.9,
                 *       "maxExtensions": 2,
                 *       "enabled": true,
                 *       "name": "text"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateSlaPolicyDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "name": "national VIP",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "businessType": "mobile",
                     *       "priority": 100,
                     *       "stageLimits": {
                     *         "intake": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "review": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "sign_for": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "handling": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "cohandling": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "feedback_review": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "reply": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         },
                     *         "revisit": {
                     *           "unit": "hours",
                     *           "value": 24
                     *         }
                     *       },
                     *       "commitment": {
                     *         "unit": "hours",
                     *         "value": 24
                     *       },
                     *       "supervisionLimit": {
                     *         "unit": "hours",
                     *         "value": 24
                     *       },
                     *       "warnRatio": 0.9,
                     *       "maxExtensions": 2,
                     *       "enabled": true,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["SlaPolicy"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["channelSystems.create.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["channelSystems.create.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["staffTokens.issue.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "calendarOverrides.list": {
        parameters: {
            query?: {
                /** @description Items per page: 50 unless given, at most 500 */
                limit?: number;
                /** @description The `nextCursor` of the previous page, passed back unchanged */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "orgUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "date": "2026-05-06",
                     *           "kind": "holiday",
                     *           "note": "地方性假日",
                     *           "createdAt": "2026-03-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["CalendarOverridePage"];
                };
            };
            400: components["responses"]["auditEvents.list.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "calendarOverrides.add": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "date": "2026-05-06",
                 *       "kind": "holiday",
                 *       "note": "地方性假日"
                 *     }
                 */
                "application/json": components["schemas"]["CreateCalendarOverrideDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "orgUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "date": "2026-05-06",
                     *       "kind": "holiday",
                     *       "note": "地方性假日",
                     *       "createdAt": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CalendarOverride"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["channelSystems.create.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["channelSystems.create.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["staffTokens.issue.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "calendarOverrides.remove": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                overrideId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["channelSystems.create.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "workingDays.list": {
        parameters: {
            query: {
                /** @description Items per page: 50 unless given, at most 500 */
                limit?: number;
                /** @description The `nextCursor` of the previous page, passed back unchanged */
                cursor?: string;
                /** @description First China local date, included */
                from: string;
                /** @description Last China local date, included; at most 366 days in all */
                to: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "date": "2026-05-06",
                     *           "working": true
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["WorkingDayPage"];
                };
            };
            400: components["responses"]["workingDays.list.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "officialCalendar.list": {
        parameters: {
            query?: {
                /** @description Items per page: 50 unless given, at most 500 */
                limit?: number;
                /** @description The `nextCursor` of the previous page, passed back unchanged */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "year": 2027,
                     *           "source": "chinese-days 1.5.7",
                     *           "importedAt": "2026-03-02T09:30:00.000Z",
                     *           "holidays": 1,
                     *           "workdays": 1
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["OfficialYearPage"];
                };
            };
            400: components["responses"]["auditEvents.list.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "officialCalendar.import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "year": 2027,
                 *       "holidays": [
                 *         "2027-01-01"
                 *       ],
                 *       "workdays": [
                 *         "2027-02-07"
                 *       ],
                 *       "source": "国务院办公厅关于2027年部分节假日安排的通知"
                 *     }
                 */
                "application/json": components["schemas"]["ImportOfficialScheduleDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "year": 2027,
                     *       "source": "chinese-days 1.5.7",
                     *       "importedAt": "2026-03-02T09:30:00.000Z",
                     *       "holidays": 1,
                     *       "workdays": 1,
                     *       "recomputedStages": 1
                     *     }
                     */
                    "application/json": components["schemas"]["OfficialScheduleImported"];
                };
            };
            400: components["responses"]["officialCalendar.import.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["channelSystems.create.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["channelSystems.create.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["staffTokens.issue.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "deadlines.preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "start": "2026-03-13T10:00:00+08:00",
                 *       "limit": {
                 *         "unit": "hours",
                 *         "value": 24
                 *       },
                 *       "warnRatio": 0.9
                 *     }
                 */
                "application/json": components["schemas"]["DeadlinePreviewDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "warnAt": "2026-03-02T09:30:00.000Z",
                     *       "dueAt": "2026-03-02T09:30:00.000Z",
                     *       "timeScale": 1,
                     *       "provisionalYears": []
                     *     }
                     */
                    "application/json": components["schemas"]["DeadlinePreview"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "taxonomy.list": {
        parameters: {
            query?: {
                /** @description Items per page: 50 unless given, at most 500 */
                limit?: number;
                /** @description The `nextCursor` of the previous page, passed back unchanged */
                cursor?: string;
                kind?: "business_type" | "nature";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "business_type",
                     *           "code": "mobile",
                     *           "label": "移动业务",
                     *           "parentCode": "mobile",
                     *           "enabled": true,
                     *           "createdAt": "2026-03-02T09:30:00.000Z",
                     *           "updatedAt": "2026-03-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["TaxonomyTermPage"];
                };
            };
            400: components["responses"]["auditEvents.list.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "taxonomy.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "business_type",
                 *       "code": "iptv",
                 *       "label": "IPTV",
                 *       "parentCode": "value_added"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTaxonomyTermDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "kind": "business_type",
                     *       "code": "mobile",
                     *       "label": "移动业务",
                     *       "parentCode": "mobile",
                     *       "enabled": true,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TaxonomyTerm"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["channelSystems.create.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["taxonomy.create.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["taxonomy.create.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "taxonomy.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "label": "text",
                 *       "enabled": true
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTaxonomyTermDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "kind": "business_type",
                     *       "code": "mobile",
                     *       "label": "移动业务",
                     *       "parentCode": "mobile",
                     *       "enabled": true,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TaxonomyTerm"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["channelSystems.create.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["taxonomy.create.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["taxonomy.create.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.list": {
        parameters: {
            query?: {
                /** @description Items per page: 50 unless given, at most 500 */
                limit?: number;
                /** @description The `nextCursor` of the previous page, passed back unchanged */
                cursor?: string;
                status?: "review" | "sign_for" | "handling" | "feedback_review" | "reply" | "replied" | "closed" | "revisited" | "archived" | "withdrawn";
                /** @description Tickets with an open stage of this kind */
                stage?: "commitment" | "intake" | "review" | "sign_for" | "handling" | "cohandling" | "feedback_review" | "reply" | "revisit";
                /** @description Owner unit's subtree */
                ownerUnitId?: string;
                kind?: "complaint" | "escalated_complaint" | "appeal" | "inquiry" | "suggestion";
                level?: "general" | "provincial" | "national";
                customerTier?: "vip" | "normal";
                businessType?: string;
                channel?: "hotline" | "gm_hotline" | "business_hall" | "face_to_face" | "account_manager" | "letter" | "fax" | "web" | "app" | "sms" | "email" | "regulator" | "social_media";
                createdFrom?: string;
                createdTo?: string;
                /** @description Sync mode: tickets changed at or after this instant, in the order the changes were committed (not newest first). Each ticket appears once per page at its latest version, `nextCursor` is always set (keep it and poll again; an empty page means up to date), and a cursor walk never skips or repeats a change, even one committed late by a long transaction. */
                updatedSince?: string;
                /** @description The ticket filed under this channel system's own reference (exact match) */
                externalRef?: string;
                /** @description A customer's ticket history by phone (centre staff only) */
                customerPhone?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "number": "HA-20261122-000123",
                     *           "kind": "complaint",
                     *           "level": "general",
                     *           "customerTier": "vip",
                     *           "status": "review",
                     *           "channel": "hotline",
                     *           "externalRef": "text",
                     *           "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "dispatcherUnitId": "text",
                     *           "leadUnitId": "text",
                     *           "handlingRound": 1,
                     *           "extensionsUsed": 1,
                     *           "extensionPending": true,
                     *           "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *           "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *           "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *           "escalated": true,
                     *           "customerName": "text",
                     *           "customerPhone": "text",
                     *           "customerIdNumber": "text",
                     *           "piiMasked": true,
                     *           "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *           "homeProvince": "text",
                     *           "occurredProvince": "text",
                     *           "businessType": "text",
                     *           "natures": [
                     *             "text"
                     *           ],
                     *           "subject": "text",
                     *           "description": "text",
                     *           "customerRequest": "text",
                     *           "riskFlags": [
                     *             "text"
                     *           ],
                     *           "linkedTicketIds": [
                     *             "text"
                     *           ],
                     *           "repeatedByTicketIds": [
                     *             "text"
                     *           ],
                     *           "contactedAt": "2026-03-02T09:30:00.000Z",
                     *           "filedAt": "2026-03-02T09:30:00.000Z",
                     *           "lateIntake": true,
                     *           "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *           "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *           "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *           "resolution": "text",
                     *           "replyText": "text",
                     *           "repliedAt": "2026-03-02T09:30:00.000Z",
                     *           "attitude": "text",
                     *           "companyPosition": "text",
                     *           "conclusion": "text",
                     *           "responsibilityType": "text",
                     *           "responsibleUnitId": "text",
                     *           "revisitResult": "text",
                     *           "revisitCause": "text",
                     *           "closedAt": "2026-03-02T09:30:00.000Z",
                     *           "archivedAt": "2026-03-02T09:30:00.000Z",
                     *           "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *           "analysedAt": "2026-03-02T09:30:00.000Z",
                     *           "adoption": "adopted",
                     *           "adoptionReason": "text",
                     *           "adoptionEffectiveFrom": "2026-03-02",
                     *           "version": 1,
                     *           "createdAt": "2026-03-02T09:30:00.000Z",
                     *           "updatedAt": "2026-03-02T09:30:00.000Z",
                     *           "openStages": [
                     *             {
                     *               "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *               "kind": "commitment",
                     *               "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *               "round": 1,
                     *               "status": "open",
                     *               "startedAt": "2026-03-02T09:30:00.000Z",
                     *               "warnAt": "2026-03-02T09:30:00.000Z",
                     *               "dueAt": "2026-03-02T09:30:00.000Z",
                     *               "basis": "text",
                     *               "completedAt": "2026-03-02T09:30:00.000Z",
                     *               "warnedAt": "2026-03-02T09:30:00.000Z",
                     *               "breachedAt": "2026-03-02T09:30:00.000Z",
                     *               "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *               "task": "text",
                     *               "opinion": "text"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["TicketPage"];
                };
            };
            400: components["responses"]["auditEvents.list.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.file": {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key + same body = same ticket; same key + other body = 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "complaint",
                 *       "channel": "hotline",
                 *       "externalRef": "HL-20261122-88812",
                 *       "level": "general",
                 *       "customerName": "王芳",
                 *       "customerPhone": "13800138000",
                 *       "customerIdNumber": "410105199001011234",
                 *       "customerTier": "vip",
                 *       "homeProvince": "HA",
                 *       "occurredProvince": "GD",
                 *       "businessType": "mobile",
                 *       "natures": [
                 *         "network_quality"
                 *       ],
                 *       "subject": "家中信号差，无法通话",
                 *       "description": "近一周在家中无法正常接打电话",
                 *       "customerRequest": "尽快修复信号",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "occurredPlace": "郑州市金水区",
                 *       "complainedParty": "text",
                 *       "contactPreference": "phone",
                 *       "riskFlags": [
                 *         "media_exposure"
                 *       ],
                 *       "contactedAt": "2026-03-02T09:30:00.000Z",
                 *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                 *       "attachments": [
                 *         {
                 *           "name": "call-recording.mp3",
                 *           "contentType": "audio/mpeg",
                 *           "size": 482133,
                 *           "url": "s3://recordings/2026/11/22/abc.mp3",
                 *           "checksum": "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["FileTicketDto"];
            };
        };
        responses: {
            /** @description Replay of an earlier filing */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ],
                     *       "created": true
                     *     }
                     */
                    "application/json": components["schemas"]["FiledTicketView"];
                };
            };
            /** @description Filed */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ],
                     *       "created": true
                     *     }
                     */
                    "application/json": components["schemas"]["FiledTicketView"];
                };
            };
            400: components["responses"]["tickets.file.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.file.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["channelSystems.create.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.file.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.search": {
        parameters: {
            query: {
                /** @description Items per page: 50 unless given, at most 500 */
                limit?: number;
                /** @description The `nextCursor` of the previous page, passed back unchanged */
                cursor?: string;
                status?: "review" | "sign_for" | "handling" | "feedback_review" | "reply" | "replied" | "closed" | "revisited" | "archived" | "withdrawn";
                /** @description Tickets with an open stage of this kind */
                stage?: "commitment" | "intake" | "review" | "sign_for" | "handling" | "cohandling" | "feedback_review" | "reply" | "revisit";
                /** @description Owner unit's subtree */
                ownerUnitId?: string;
                kind?: "complaint" | "escalated_complaint" | "appeal" | "inquiry" | "suggestion";
                level?: "general" | "provincial" | "national";
                customerTier?: "vip" | "normal";
                businessType?: string;
                channel?: "hotline" | "gm_hotline" | "business_hall" | "face_to_face" | "account_manager" | "letter" | "fax" | "web" | "app" | "sms" | "email" | "regulator" | "social_media";
                createdFrom?: string;
                createdTo?: string;
                /** @description The ticket filed under this channel system's own reference (exact match) */
                externalRef?: string;
                /** @description A customer's ticket history by phone (centre staff only) */
                customerPhone?: string;
                /** @description Keywords separated by spaces (at most 5, 64 characters in all); a ticket matches when its subject, description, customer request, customer updates and replies together contain every keyword as written, ignoring case and full-width/half-width differences. One- and two-character Chinese keywords work. Each keyword needs a letter, a digit or a CJK character. */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "number": "HA-20261122-000123",
                     *           "kind": "complaint",
                     *           "level": "general",
                     *           "customerTier": "vip",
                     *           "status": "review",
                     *           "channel": "hotline",
                     *           "externalRef": "text",
                     *           "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "dispatcherUnitId": "text",
                     *           "leadUnitId": "text",
                     *           "handlingRound": 1,
                     *           "extensionsUsed": 1,
                     *           "extensionPending": true,
                     *           "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *           "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *           "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *           "escalated": true,
                     *           "customerName": "text",
                     *           "customerPhone": "text",
                     *           "customerIdNumber": "text",
                     *           "piiMasked": true,
                     *           "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *           "homeProvince": "text",
                     *           "occurredProvince": "text",
                     *           "businessType": "text",
                     *           "natures": [
                     *             "text"
                     *           ],
                     *           "subject": "text",
                     *           "description": "text",
                     *           "customerRequest": "text",
                     *           "riskFlags": [
                     *             "text"
                     *           ],
                     *           "linkedTicketIds": [
                     *             "text"
                     *           ],
                     *           "repeatedByTicketIds": [
                     *             "text"
                     *           ],
                     *           "contactedAt": "2026-03-02T09:30:00.000Z",
                     *           "filedAt": "2026-03-02T09:30:00.000Z",
                     *           "lateIntake": true,
                     *           "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *           "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *           "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *           "resolution": "text",
                     *           "replyText": "text",
                     *           "repliedAt": "2026-03-02T09:30:00.000Z",
                     *           "attitude": "text",
                     *           "companyPosition": "text",
                     *           "conclusion": "text",
                     *           "responsibilityType": "text",
                     *           "responsibleUnitId": "text",
                     *           "revisitResult": "text",
                     *           "revisitCause": "text",
                     *           "closedAt": "2026-03-02T09:30:00.000Z",
                     *           "archivedAt": "2026-03-02T09:30:00.000Z",
                     *           "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *           "analysedAt": "2026-03-02T09:30:00.000Z",
                     *           "adoption": "adopted",
                     *           "adoptionReason": "text",
                     *           "adoptionEffectiveFrom": "2026-03-02",
                     *           "version": 1,
                     *           "createdAt": "2026-03-02T09:30:00.000Z",
                     *           "updatedAt": "2026-03-02T09:30:00.000Z",
                     *           "openStages": [
                     *             {
                     *               "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *               "kind": "commitment",
                     *               "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *               "round": 1,
                     *               "status": "open",
                     *               "startedAt": "2026-03-02T09:30:00.000Z",
                     *               "warnAt": "2026-03-02T09:30:00.000Z",
                     *               "dueAt": "2026-03-02T09:30:00.000Z",
                     *               "basis": "text",
                     *               "completedAt": "2026-03-02T09:30:00.000Z",
                     *               "warnedAt": "2026-03-02T09:30:00.000Z",
                     *               "breachedAt": "2026-03-02T09:30:00.000Z",
                     *               "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *               "task": "text",
                     *               "opinion": "text"
                     *             }
                     *           ],
                     *           "matches": [
                     *             {
                     *               "field": "subject",
                     *               "text": "text",
                     *               "ranges": [
                     *                 {
                     *                   "start": 1,
                     *                   "end": 1
                     *                 }
                     *               ]
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "nextCursor": "text",
                     *       "total": 1,
                     *       "totalCapped": true
                     *     }
                     */
                    "application/json": components["schemas"]["TicketSearchPage"];
                };
            };
            400: components["responses"]["auditEvents.list.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.get": {
        parameters: {
            query?: {
                /** @description Return unmasked personal data (centre staff only; audited) */
                reveal?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.actions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "status": "review",
                     *       "version": 1,
                     *       "actions": [
                     *         {
                     *           "operation": "tickets.dispatch",
                     *           "operationId": "TicketsController_dispatch",
                     *           "method": "POST",
                     *           "path": "/api/v1/tickets/7d0f…/dispatch",
                     *           "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "toStatus": "review",
                     *           "fields": [
                     *             {
                     *               "name": "reason",
                     *               "kind": "text",
                     *               "required": true,
                     *               "minLength": 1,
                     *               "maxLength": 4000,
                     *               "options": [
                     *                 "text"
                     *               ]
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketActions"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "stages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text",
                     *           "explanation": {
                     *             "policy": "省级投诉",
                     *             "limit": {
                     *               "unit": "hours",
                     *               "value": 24
                     *             },
                     *             "warnRatio": 0.9,
                     *             "counted": 3,
                     *             "skippedDays": [
                     *               {
                     *                 "date": "2026-10-01",
                     *                 "reason": "weekday"
                     *               }
                     *             ],
                     *             "madeUpDays": [
                     *               {
                     *                 "date": "2026-10-01",
                     *                 "reason": "weekday"
                     *               }
                     *             ],
                     *             "provisionalYears": [
                     *               1
                     *             ],
                     *             "timeScale": 1
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketDeadlines"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "events": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "seq": 1,
                     *           "type": "ticket.dispatched",
                     *           "actorKind": "staff",
                     *           "actorId": "text",
                     *           "actorUnitId": "text",
                     *           "at": "2026-03-02T09:30:00.000Z",
                     *           "reason": "text",
                     *           "before": {},
                     *           "after": {},
                     *           "data": {}
                     *         }
                     *       ],
                     *       "stages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketHistory"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.attachments": {
        parameters: {
            query?: {
                /** @description Items per page: 50 unless given, at most 500 */
                limit?: number;
                /** @description The `nextCursor` of the previous page, passed back unchanged */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "name": "text",
                     *           "contentType": "text",
                     *           "size": 1,
                     *           "url": "text",
                     *           "checksum": "text",
                     *           "addedBy": "text",
                     *           "createdAt": "2026-03-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["AttachmentPage"];
                };
            };
            400: components["responses"]["auditEvents.list.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.addAttachment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "call-recording.mp3",
                 *       "contentType": "audio/mpeg",
                 *       "size": 482133,
                 *       "url": "s3://recordings/2026/11/22/abc.mp3",
                 *       "checksum": "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                 *     }
                 */
                "application/json": components["schemas"]["AttachmentDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "name": "text",
                     *       "contentType": "text",
                     *       "size": 1,
                     *       "url": "text",
                     *       "checksum": "text",
                     *       "addedBy": "text",
                     *       "createdAt": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AttachmentView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.addAttachment.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.customerUpdate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "客户补充：问题在夜间更严重"
                 *     }
                 */
                "application/json": components["schemas"]["CustomerUpdateDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.addAttachment.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.routingSuggestions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "best": {
                     *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *         "name": "text",
                     *         "provinceUnitId": "text",
                     *         "businessType": "text",
                     *         "nature": "text",
                     *         "customerTier": "text",
                     *         "targetUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *         "mode": "auto",
                     *         "priority": 1,
                     *         "enabled": true,
                     *         "createdAt": "2026-03-02T09:30:00.000Z",
                     *         "updatedAt": "2026-03-02T09:30:00.000Z"
                     *       },
                     *       "suggestions": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "name": "text",
                     *           "provinceUnitId": "text",
                     *           "businessType": "text",
                     *           "nature": "text",
                     *           "customerTier": "text",
                     *           "targetUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "mode": "auto",
                     *           "priority": 1,
                     *           "enabled": true,
                     *           "createdAt": "2026-03-02T09:30:00.000Z",
                     *           "updatedAt": "2026-03-02T09:30:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RoutingSuggestions"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.routingSuggestions.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.regrade": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "资料不全，无法处理",
                 *       "level": "general"
                 *     }
                 */
                "application/json": components["schemas"]["RegradeDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.routingSuggestions.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.resolve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "text"
                 *     }
                 */
                "application/json": components["schemas"]["ResolveAtCentreDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.routingSuggestions.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "text",
                 *       "targetUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10"
                 *     }
                 */
                "application/json": components["schemas"]["DispatchDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.dispatch.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.sign": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.addAttachment.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.return": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "not_our_responsibility",
                 *       "text": "text"
                 *     }
                 */
                "application/json": components["schemas"]["ReturnDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.addAttachment.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.transfer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "资料不全，无法处理",
                 *       "targetUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10"
                 *     }
                 */
                "application/json": components["schemas"]["TransferDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.addAttachment.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.addCohandling": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "task": "核查该用户近一月计费记录",
                 *       "dueAt": "2026-03-02T09:30:00.000Z"
                 *     }
                 */
                "application/json": components["schemas"]["AddCohandlingDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.addAttachment.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.cancelCohandling": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "资料不全，无法处理"
                 *     }
                 */
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.addAttachment.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.cohandlingOpinion": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "opinion": "text"
                 *     }
                 */
                "application/json": components["schemas"]["OpinionDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.cohandlingOpinion.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.requestExtension": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "资料不全，无法处理",
                 *       "requestedDueAt": "2026-03-02T09:30:00.000Z"
                 *     }
                 */
                "application/json": components["schemas"]["RequestExtensionDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.addAttachment.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.approveExtension": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "text",
                 *       "dueAt": "2026-03-02T09:30:00.000Z"
                 *     }
                 */
                "application/json": components["schemas"]["ApproveExtensionDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.approveExtension.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.rejectExtension": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "资料不全，无法处理"
                 *     }
                 */
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.approveExtension.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.escalate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "资料不全，无法处理"
                 *     }
                 */
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.addAttachment.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.submitFeedback": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "result": "text"
                 *     }
                 */
                "application/json": components["schemas"]["FeedbackDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.addAttachment.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.reportAnalysisSchedule": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dueAt": "2026-03-02T09:30:00.000Z",
                 *       "plan": "需联合市场部评估资费方案，预计两个月内完成分析"
                 *     }
                 */
                "application/json": components["schemas"]["AnalysisScheduleDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.addAttachment.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.submitAnalysis": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "analysis": "text",
                 *       "decision": "adopted",
                 *       "reason": "建议合理，已纳入下月资费调整",
                 *       "effectiveFrom": "2027-01-01"
                 *     }
                 */
                "application/json": components["schemas"]["AnalysisDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.addAttachment.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.acceptFeedback": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "text"
                 *     }
                 */
                "application/json": components["schemas"]["NoteDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.approveExtension.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.rejectFeedback": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "资料不全，无法处理"
                 *     }
                 */
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.approveExtension.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.progressReply": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "text"
                 *     }
                 */
                "application/json": components["schemas"]["TextDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.addAttachment.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.reply": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "text"
                 *     }
                 */
                "application/json": components["schemas"]["TextDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.addAttachment.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.close": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "attitude": "accepted",
                 *       "companyPosition": "text",
                 *       "conclusion": "company_responsibility",
                 *       "responsibilityType": "network_fault",
                 *       "responsibleUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10"
                 *     }
                 */
                "application/json": components["schemas"]["CloseDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.addAttachment.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.revisit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "text",
                 *       "result": "satisfied",
                 *       "cause": "poor_handling"
                 *     }
                 */
                "application/json": components["schemas"]["RevisitDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.addAttachment.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.urge": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "请尽快处理"
                 *     }
                 */
                "application/json": components["schemas"]["UrgeDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.urge.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.supervise": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "请尽快处理",
                 *       "dueAt": "2026-03-02T09:30:00.000Z"
                 *     }
                 */
                "application/json": components["schemas"]["SuperviseDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.urge.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "资料不全，无法处理"
                 *     }
                 */
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.routingSuggestions.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "tickets.archive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "number": "HA-20261122-000123",
                     *       "kind": "complaint",
                     *       "level": "general",
                     *       "customerTier": "vip",
                     *       "status": "review",
                     *       "channel": "hotline",
                     *       "externalRef": "text",
                     *       "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "reviewUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "dispatcherUnitId": "text",
                     *       "leadUnitId": "text",
                     *       "handlingRound": 1,
                     *       "extensionsUsed": 1,
                     *       "extensionPending": true,
                     *       "pendingExtensionDueAt": "2026-03-02T09:30:00.000Z",
                     *       "handlingDueAt": "2026-03-02T09:30:00.000Z",
                     *       "roundDispatchedAt": "2026-03-02T09:30:00.000Z",
                     *       "escalated": true,
                     *       "customerName": "text",
                     *       "customerPhone": "text",
                     *       "customerIdNumber": "text",
                     *       "piiMasked": true,
                     *       "anonymisedAt": "2026-03-02T09:30:00.000Z",
                     *       "homeProvince": "text",
                     *       "occurredProvince": "text",
                     *       "businessType": "text",
                     *       "natures": [
                     *         "text"
                     *       ],
                     *       "subject": "text",
                     *       "description": "text",
                     *       "customerRequest": "text",
                     *       "riskFlags": [
                     *         "text"
                     *       ],
                     *       "linkedTicketIds": [
                     *         "text"
                     *       ],
                     *       "repeatedByTicketIds": [
                     *         "text"
                     *       ],
                     *       "contactedAt": "2026-03-02T09:30:00.000Z",
                     *       "filedAt": "2026-03-02T09:30:00.000Z",
                     *       "lateIntake": true,
                     *       "severityUpgradedAt": "2026-03-02T09:30:00.000Z",
                     *       "requestedDueAt": "2026-03-02T09:30:00.000Z",
                     *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                     *       "resolution": "text",
                     *       "replyText": "text",
                     *       "repliedAt": "2026-03-02T09:30:00.000Z",
                     *       "attitude": "text",
                     *       "companyPosition": "text",
                     *       "conclusion": "text",
                     *       "responsibilityType": "text",
                     *       "responsibleUnitId": "text",
                     *       "revisitResult": "text",
                     *       "revisitCause": "text",
                     *       "closedAt": "2026-03-02T09:30:00.000Z",
                     *       "archivedAt": "2026-03-02T09:30:00.000Z",
                     *       "analysisScheduleAt": "2026-03-02T09:30:00.000Z",
                     *       "analysedAt": "2026-03-02T09:30:00.000Z",
                     *       "adoption": "adopted",
                     *       "adoptionReason": "text",
                     *       "adoptionEffectiveFrom": "2026-03-02",
                     *       "version": 1,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "openStages": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "kind": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "round": 1,
                     *           "status": "open",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "basis": "text",
                     *           "completedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "task": "text",
                     *           "opinion": "text"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.routingSuggestions.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["tickets.addAttachment.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["tickets.addAttachment.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "supervision.overdue": {
        parameters: {
            query?: {
                /** @description Items per page: 50 unless given, at most 500 */
                limit?: number;
                /** @description The `nextCursor` of the previous page, passed back unchanged */
                cursor?: string;
                /** @description Root of the subtree to watch; defaults to the caller's unit */
                unitId?: string;
                stage?: "commitment" | "intake" | "review" | "sign_for" | "handling" | "cohandling" | "feedback_review" | "reply" | "revisit";
                level?: "general" | "provincial" | "national";
                customerTier?: "vip" | "normal";
                businessType?: string;
                /** @description The channel the ticket arrived through */
                channel?: "hotline" | "gm_hotline" | "business_hall" | "face_to_face" | "account_manager" | "letter" | "fax" | "web" | "app" | "sms" | "email" | "regulator" | "social_media";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "stageId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "stage": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "ticketNumber": "text",
                     *           "ticketStatus": "text",
                     *           "level": "text",
                     *           "customerTier": "text",
                     *           "businessType": "text",
                     *           "escalated": true
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["QueuePage"];
                };
            };
            400: components["responses"]["auditEvents.list.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "supervision.atRisk": {
        parameters: {
            query?: {
                /** @description Items per page: 50 unless given, at most 500 */
                limit?: number;
                /** @description The `nextCursor` of the previous page, passed back unchanged */
                cursor?: string;
                /** @description Root of the subtree to watch; defaults to the caller's unit */
                unitId?: string;
                stage?: "commitment" | "intake" | "review" | "sign_for" | "handling" | "cohandling" | "feedback_review" | "reply" | "revisit";
                level?: "general" | "provincial" | "national";
                customerTier?: "vip" | "normal";
                businessType?: string;
                /** @description The channel the ticket arrived through */
                channel?: "hotline" | "gm_hotline" | "business_hall" | "face_to_face" | "account_manager" | "letter" | "fax" | "web" | "app" | "sms" | "email" | "regulator" | "social_media";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "stageId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "stage": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "ticketNumber": "text",
                     *           "ticketStatus": "text",
                     *           "level": "text",
                     *           "customerTier": "text",
                     *           "businessType": "text",
                     *           "escalated": true
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["QueuePage"];
                };
            };
            400: components["responses"]["auditEvents.list.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "supervision.dueSoon": {
        parameters: {
            query?: {
                /** @description Items per page: 50 unless given, at most 500 */
                limit?: number;
                /** @description The `nextCursor` of the previous page, passed back unchanged */
                cursor?: string;
                /** @description Root of the subtree to watch; defaults to the caller's unit */
                unitId?: string;
                stage?: "commitment" | "intake" | "review" | "sign_for" | "handling" | "cohandling" | "feedback_review" | "reply" | "revisit";
                level?: "general" | "provincial" | "national";
                customerTier?: "vip" | "normal";
                businessType?: string;
                /** @description The channel the ticket arrived through */
                channel?: "hotline" | "gm_hotline" | "business_hall" | "face_to_face" | "account_manager" | "letter" | "fax" | "web" | "app" | "sms" | "email" | "regulator" | "social_media";
                /** @description Window in minutes */
                withinMinutes?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "stageId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "stage": "commitment",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "startedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "atRiskAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "ticketNumber": "text",
                     *           "ticketStatus": "text",
                     *           "level": "text",
                     *           "customerTier": "text",
                     *           "businessType": "text",
                     *           "escalated": true
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["QueuePage"];
                };
            };
            400: components["responses"]["auditEvents.list.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "supervision.orders": {
        parameters: {
            query?: {
                /** @description Items per page: 50 unless given, at most 500 */
                limit?: number;
                /** @description The `nextCursor` of the previous page, passed back unchanged */
                cursor?: string;
                /** @description Subtree root; defaults to the caller's unit */
                unitId?: string;
                status?: "open" | "resolved";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "stageId": "text",
                     *           "issuerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "targetUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "note": "text",
                     *           "warnAt": "2026-03-02T09:30:00.000Z",
                     *           "dueAt": "2026-03-02T09:30:00.000Z",
                     *           "deadlineGen": 1,
                     *           "basis": "text",
                     *           "automatic": true,
                     *           "status": "open",
                     *           "createdAt": "2026-03-02T09:30:00.000Z",
                     *           "resolvedAt": "2026-03-02T09:30:00.000Z",
                     *           "warnedAt": "2026-03-02T09:30:00.000Z",
                     *           "breachedAt": "2026-03-02T09:30:00.000Z",
                     *           "escalatedFromId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["SupervisionOrderPage"];
                };
            };
            400: components["responses"]["auditEvents.list.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "kpis.report": {
        parameters: {
            query: {
                /** @description Window start (inclusive) */
                from: string;
                /** @description Window end (exclusive); after `from`, at most 366 days later */
                to: string;
                /** @description Split each period by this ticket attribute (owner_unit = current owner) */
                groupBy?: "none" | "business_type" | "level" | "channel" | "customer_tier" | "owner_unit";
                /** @description Bucket by calendar period in Asia/Shanghai time (date_trunc; weeks start on Monday) */
                period?: "none" | "day" | "week" | "month" | "quarter" | "year";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "from": "2026-03-02T09:30:00.000Z",
                     *       "to": "2026-03-02T09:30:00.000Z",
                     *       "groupBy": "none",
                     *       "period": "none",
                     *       "rows": [
                     *         {
                     *           "period": "text",
                     *           "group": "text",
                     *           "ticketsFiled": 1,
                     *           "onTimeClosureRate": {
                     *             "value": 1,
                     *             "numerator": 1,
                     *             "denominator": 1,
                     *             "target": 1,
                     *             "meetsTarget": true
                     *           },
                     *           "firstContactResolutionRate": {
                     *             "value": 1,
                     *             "numerator": 1,
                     *             "denominator": 1,
                     *             "target": 1,
                     *             "meetsTarget": true
                     *           },
                     *           "satisfactionRate": {
                     *             "value": 1,
                     *             "numerator": 1,
                     *             "denominator": 1,
                     *             "target": 1,
                     *             "meetsTarget": true
                     *           },
                     *           "averageHandlingHours": {
                     *             "value": 1,
                     *             "numerator": 1,
                     *             "denominator": 1,
                     *             "target": 1,
                     *             "meetsTarget": true
                     *           },
                     *           "averageDelayHours": {
                     *             "value": 1,
                     *             "numerator": 1,
                     *             "denominator": 1,
                     *             "target": 1,
                     *             "meetsTarget": true
                     *           },
                     *           "returnRate": {
                     *             "value": 1,
                     *             "numerator": 1,
                     *             "denominator": 1,
                     *             "target": 1,
                     *             "meetsTarget": true
                     *           },
                     *           "extensionRate": {
                     *             "value": 1,
                     *             "numerator": 1,
                     *             "denominator": 1,
                     *             "target": 1,
                     *             "meetsTarget": true
                     *           },
                     *           "reHandlingRate": {
                     *             "value": 1,
                     *             "numerator": 1,
                     *             "denominator": 1,
                     *             "target": 1,
                     *             "meetsTarget": true
                     *           },
                     *           "escalationRate": {
                     *             "value": 1,
                     *             "numerator": 1,
                     *             "denominator": 1,
                     *             "target": 1,
                     *             "meetsTarget": true
                     *           },
                     *           "escalatedResolutionRate": {
                     *             "value": 1,
                     *             "numerator": 1,
                     *             "denominator": 1,
                     *             "target": 1,
                     *             "meetsTarget": true
                     *           }
                     *         }
                     *       ],
                     *       "flowTimeliness": [
                     *         {
                     *           "value": 1,
                     *           "numerator": 1,
                     *           "denominator": 1,
                     *           "target": 1,
                     *           "meetsTarget": true,
                     *           "stage": "intake"
                     *         }
                     *       ],
                     *       "suggestions": {
                     *         "received": 1,
                     *         "analysedOnTime": {
                     *           "value": 1,
                     *           "numerator": 1,
                     *           "denominator": 1,
                     *           "target": 1,
                     *           "meetsTarget": true
                     *         },
                     *         "adoptionRate": {
                     *           "value": 1,
                     *           "numerator": 1,
                     *           "denominator": 1,
                     *           "target": 1,
                     *           "meetsTarget": true
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["KpiReport"];
                };
            };
            400: components["responses"]["kpis.report.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "kpis.tickets": {
        parameters: {
            query: {
                /** @description Window start (inclusive) */
                from: string;
                /** @description Window end (exclusive); after `from`, at most 366 days later */
                to: string;
                /** @description The KPI whose tickets to list, counted as in GET /api/v1/kpis over the same window: a due-based one (on-time closure, escalated resolution) over the tickets whose commitment deadline fell in [from, min(to, now)), the others over those filed in [from, to). For a row of a report by period, pass that period as the window (its start, and the next period’s start, within the report’s window) */
                measure: "ticketsFiled" | "onTimeClosureRate" | "firstContactResolutionRate" | "satisfactionRate" | "returnRate" | "extensionRate" | "reHandlingRate" | "escalationRate" | "escalatedResolutionRate";
                /** @description The tickets counted in which part of it */
                part?: "numerator" | "denominator";
                /** @description With `group`: only the tickets of that group of a report by this attribute */
                groupBy?: "none" | "business_type" | "level" | "channel" | "customer_tier" | "owner_unit";
                /** @description The report row's `group` (owner unit id for owner_unit); required with a groupBy other than none */
                group?: string;
                /** @description Tickets per page, oldest filing first */
                limit?: number;
                /** @description The `nextCursor` of the previous page, passed back unchanged */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "total": 1,
                     *       "items": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "number": "text",
                     *           "subject": "text",
                     *           "ownerUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "filedAt": "2026-03-02T09:30:00.000Z",
                     *           "commitmentDueAt": "2026-03-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["KpiTicketsList"];
                };
            };
            400: components["responses"]["kpis.tickets.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "kpis.hotIssues": {
        parameters: {
            query: {
                /** @description Window start (inclusive) */
                from: string;
                /** @description Window end (exclusive); after `from`, at most 366 days later */
                to: string;
                /** @description Most frequent business type × nature pairs to list */
                limit?: number;
                /** @description Also count the listed issues by calendar period in Asia/Shanghai time (`series`; weeks start on Monday) */
                period?: "none" | "day" | "week" | "month";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "from": "2026-03-02T09:30:00.000Z",
                     *       "to": "2026-03-02T09:30:00.000Z",
                     *       "issues": [
                     *         {
                     *           "businessType": "text",
                     *           "nature": "text",
                     *           "count": 1
                     *         }
                     *       ],
                     *       "spikes": [
                     *         {
                     *           "provinceId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "provinceCode": "text",
                     *           "businessType": "text",
                     *           "nature": "text",
                     *           "last24h": 1,
                     *           "dailyAverage": 1,
                     *           "suggestedFlag": "mass_incident"
                     *         }
                     *       ],
                     *       "series": [
                     *         {
                     *           "period": "text",
                     *           "businessType": "text",
                     *           "nature": "text",
                     *           "count": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["HotIssuesReport"];
                };
            };
            400: components["responses"]["kpis.report.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "exports.tickets": {
        parameters: {
            query: {
                status?: "review" | "sign_for" | "handling" | "feedback_review" | "reply" | "replied" | "closed" | "revisited" | "archived" | "withdrawn";
                /** @description Tickets with an open stage of this kind */
                stage?: "commitment" | "intake" | "review" | "sign_for" | "handling" | "cohandling" | "feedback_review" | "reply" | "revisit";
                /** @description Owner unit's subtree */
                ownerUnitId?: string;
                kind?: "complaint" | "escalated_complaint" | "appeal" | "inquiry" | "suggestion";
                level?: "general" | "provincial" | "national";
                customerTier?: "vip" | "normal";
                businessType?: string;
                channel?: "hotline" | "gm_hotline" | "business_hall" | "face_to_face" | "account_manager" | "letter" | "fax" | "web" | "app" | "sms" | "email" | "regulator" | "social_media";
                createdFrom?: string;
                createdTo?: string;
                /** @description The ticket filed under this channel system's own reference (exact match) */
                externalRef?: string;
                /** @description A customer's ticket history by phone (centre staff only) */
                customerPhone?: string;
                /** @description csv: UTF-8 with a byte-order mark, RFC 4180, a header record of JSON field names; xlsx: one worksheet, the same columns */
                format: "csv" | "xlsx";
                /** @description Unmasked customer name, phone and ID number (centre staff only, as for a single ticket); the export is audited either way */
                reveal?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id,number,subject
                     *     6f1c…,HA-20261122-000123,宽带断网
                     */
                    "text/csv": string;
                    /** @example text */
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "exports.ticketSearch": {
        parameters: {
            query: {
                status?: "review" | "sign_for" | "handling" | "feedback_review" | "reply" | "replied" | "closed" | "revisited" | "archived" | "withdrawn";
                /** @description Tickets with an open stage of this kind */
                stage?: "commitment" | "intake" | "review" | "sign_for" | "handling" | "cohandling" | "feedback_review" | "reply" | "revisit";
                /** @description Owner unit's subtree */
                ownerUnitId?: string;
                kind?: "complaint" | "escalated_complaint" | "appeal" | "inquiry" | "suggestion";
                level?: "general" | "provincial" | "national";
                customerTier?: "vip" | "normal";
                businessType?: string;
                channel?: "hotline" | "gm_hotline" | "business_hall" | "face_to_face" | "account_manager" | "letter" | "fax" | "web" | "app" | "sms" | "email" | "regulator" | "social_media";
                createdFrom?: string;
                createdTo?: string;
                /** @description The ticket filed under this channel system's own reference (exact match) */
                externalRef?: string;
                /** @description A customer's ticket history by phone (centre staff only) */
                customerPhone?: string;
                /** @description Keywords separated by spaces (at most 5, 64 characters in all); a ticket matches when its subject, description, customer request, customer updates and replies together contain every keyword as written, ignoring case and full-width/half-width differences. One- and two-character Chinese keywords work. Each keyword needs a letter, a digit or a CJK character. */
                q: string;
                /** @description csv: UTF-8 with a byte-order mark, RFC 4180, a header record of JSON field names; xlsx: one worksheet, the same columns */
                format: "csv" | "xlsx";
                /** @description Unmasked customer name, phone and ID number (centre staff only, as for a single ticket); the export is audited either way */
                reveal?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id,number,subject
                     *     6f1c…,HA-20261122-000123,宽带断网
                     */
                    "text/csv": string;
                    /** @example text */
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["tickets.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "exports.overdue": {
        parameters: {
            query: {
                /** @description Root of the subtree to watch; defaults to the caller's unit */
                unitId?: string;
                stage?: "commitment" | "intake" | "review" | "sign_for" | "handling" | "cohandling" | "feedback_review" | "reply" | "revisit";
                level?: "general" | "provincial" | "national";
                customerTier?: "vip" | "normal";
                businessType?: string;
                /** @description The channel the ticket arrived through */
                channel?: "hotline" | "gm_hotline" | "business_hall" | "face_to_face" | "account_manager" | "letter" | "fax" | "web" | "app" | "sms" | "email" | "regulator" | "social_media";
                /** @description csv: UTF-8 with a byte-order mark, RFC 4180, a header record of JSON field names; xlsx: one worksheet, the same columns */
                format: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id,number,subject
                     *     6f1c…,HA-20261122-000123,宽带断网
                     */
                    "text/csv": string;
                    /** @example text */
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "exports.atRisk": {
        parameters: {
            query: {
                /** @description Root of the subtree to watch; defaults to the caller's unit */
                unitId?: string;
                stage?: "commitment" | "intake" | "review" | "sign_for" | "handling" | "cohandling" | "feedback_review" | "reply" | "revisit";
                level?: "general" | "provincial" | "national";
                customerTier?: "vip" | "normal";
                businessType?: string;
                /** @description The channel the ticket arrived through */
                channel?: "hotline" | "gm_hotline" | "business_hall" | "face_to_face" | "account_manager" | "letter" | "fax" | "web" | "app" | "sms" | "email" | "regulator" | "social_media";
                /** @description csv: UTF-8 with a byte-order mark, RFC 4180, a header record of JSON field names; xlsx: one worksheet, the same columns */
                format: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id,number,subject
                     *     6f1c…,HA-20261122-000123,宽带断网
                     */
                    "text/csv": string;
                    /** @example text */
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "exports.dueSoon": {
        parameters: {
            query: {
                /** @description Root of the subtree to watch; defaults to the caller's unit */
                unitId?: string;
                stage?: "commitment" | "intake" | "review" | "sign_for" | "handling" | "cohandling" | "feedback_review" | "reply" | "revisit";
                level?: "general" | "provincial" | "national";
                customerTier?: "vip" | "normal";
                businessType?: string;
                /** @description The channel the ticket arrived through */
                channel?: "hotline" | "gm_hotline" | "business_hall" | "face_to_face" | "account_manager" | "letter" | "fax" | "web" | "app" | "sms" | "email" | "regulator" | "social_media";
                /** @description Window in minutes */
                withinMinutes?: number;
                /** @description csv: UTF-8 with a byte-order mark, RFC 4180, a header record of JSON field names; xlsx: one worksheet, the same columns */
                format: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id,number,subject
                     *     6f1c…,HA-20261122-000123,宽带断网
                     */
                    "text/csv": string;
                    /** @example text */
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "exports.supervisionOrders": {
        parameters: {
            query: {
                /** @description Subtree root; defaults to the caller's unit */
                unitId?: string;
                status?: "open" | "resolved";
                /** @description csv: UTF-8 with a byte-order mark, RFC 4180, a header record of JSON field names; xlsx: one worksheet, the same columns */
                format: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id,number,subject
                     *     6f1c…,HA-20261122-000123,宽带断网
                     */
                    "text/csv": string;
                    /** @example text */
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "exports.kpis": {
        parameters: {
            query: {
                /** @description Window start (inclusive) */
                from: string;
                /** @description Window end (exclusive); after `from`, at most 366 days later */
                to: string;
                /** @description Split each period by this ticket attribute (owner_unit = current owner) */
                groupBy?: "none" | "business_type" | "level" | "channel" | "customer_tier" | "owner_unit";
                /** @description Bucket by calendar period in Asia/Shanghai time (date_trunc; weeks start on Monday) */
                period?: "none" | "day" | "week" | "month" | "quarter" | "year";
                /** @description csv: UTF-8 with a byte-order mark, RFC 4180, a header record of JSON field names; xlsx: one worksheet, the same columns */
                format: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id,number,subject
                     *     6f1c…,HA-20261122-000123,宽带断网
                     */
                    "text/csv": string;
                    /** @example text */
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["kpis.report.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "personalData.export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "customerPhone": "13800138000",
                 *       "limit": 50
                 *     }
                 */
                "application/json": components["schemas"]["PersonalDataExportRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "number": "HA-20261122-000123",
                     *           "kind": "complaint",
                     *           "status": "review",
                     *           "channel": "text",
                     *           "filedAt": "2026-03-02T09:30:00.000Z",
                     *           "closedAt": "2026-03-02T09:30:00.000Z",
                     *           "archivedAt": "2026-03-02T09:30:00.000Z",
                     *           "customerName": "text",
                     *           "customerPhone": "text",
                     *           "customerIdNumber": "text",
                     *           "subject": "text",
                     *           "description": "text",
                     *           "customerRequest": "text",
                     *           "occurredAt": "2026-03-02T09:30:00.000Z",
                     *           "occurredPlace": "text",
                     *           "contactPreference": "text",
                     *           "resolution": "text",
                     *           "replyText": "text",
                     *           "companyPosition": "text",
                     *           "correspondence": [
                     *             {
                     *               "type": "customer.updated",
                     *               "at": "2026-03-02T09:30:00.000Z",
                     *               "text": "text"
                     *             }
                     *           ],
                     *           "attachments": [
                     *             {
                     *               "name": "text",
                     *               "contentType": "text",
                     *               "size": 1,
                     *               "url": "text",
                     *               "createdAt": "2026-03-02T09:30:00.000Z"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["PersonalDataExport"];
                };
            };
            400: components["responses"]["personalData.export.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "personalData.erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "customerPhone": "13800138000",
                 *       "customerIdNumber": "410105199001011234"
                 *     }
                 */
                "application/json": components["schemas"]["CustomerIdentifiers"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "erasedTicketIds": [
                     *         "text"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PersonalDataErasure"];
                };
            };
            400: components["responses"]["personalData.erase.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["personalData.erase.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "webhookSubscriptions.list": {
        parameters: {
            query?: {
                /** @description Items per page: 50 unless given, at most 500 */
                limit?: number;
                /** @description The `nextCursor` of the previous page, passed back unchanged */
                cursor?: string;
                orgUnitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "orgUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "channelSystemId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "url": "text",
                     *           "eventTypes": [
                     *             "ticket.filed"
                     *           ],
                     *           "enabled": true,
                     *           "createdAt": "2026-03-02T09:30:00.000Z",
                     *           "updatedAt": "2026-03-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookSubscriptionPage"];
                };
            };
            400: components["responses"]["auditEvents.list.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "webhookSubscriptions.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "orgUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "url": "https://crm.example.com/hooks/workorders",
                 *       "eventTypes": [],
                 *       "enabled": true
                 *     }
                 */
                "application/json": components["schemas"]["CreateWebhookSubscriptionDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "orgUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "channelSystemId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "url": "text",
                     *       "eventTypes": [
                     *         "ticket.filed"
                     *       ],
                     *       "enabled": true,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookSubscriptionWithSecret"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["channelSystems.create.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["channelSystems.create.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["webhookSubscriptions.create.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "webhookSubscriptions.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "orgUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "channelSystemId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "url": "text",
                     *       "eventTypes": [
                     *         "ticket.filed"
                     *       ],
                     *       "enabled": true,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookSubscriptionView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "webhookSubscriptions.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "webhookSubscriptions.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "text",
                 *       "eventTypes": [
                 *         "ticket.filed"
                 *       ],
                 *       "enabled": true
                 *     }
                 */
                "application/json": components["schemas"]["UpdateWebhookSubscriptionDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "orgUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "channelSystemId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "url": "text",
                     *       "eventTypes": [
                     *         "ticket.filed"
                     *       ],
                     *       "enabled": true,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookSubscriptionView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["channelSystems.create.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            409: components["responses"]["channelSystems.create.409"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            422: components["responses"]["webhookSubscriptions.create.422"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "webhookSubscriptions.rotateSecret": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "orgUnitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "channelSystemId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "url": "text",
                     *       "eventTypes": [
                     *         "ticket.filed"
                     *       ],
                     *       "enabled": true,
                     *       "createdAt": "2026-03-02T09:30:00.000Z",
                     *       "updatedAt": "2026-03-02T09:30:00.000Z",
                     *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookSubscriptionWithSecret"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "webhookDeliveries.list": {
        parameters: {
            query?: {
                /** @description Items per page: 50 unless given, at most 500 */
                limit?: number;
                /** @description The `nextCursor` of the previous page, passed back unchanged */
                cursor?: string;
                subscriptionId?: string;
                status?: "pending" | "delivered" | "failed" | "dead";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "subscriptionId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *           "outboxId": "text",
                     *           "eventType": "ticket.dispatched",
                     *           "payload": {},
                     *           "status": "pending",
                     *           "attempts": 1,
                     *           "lastStatusCode": 1,
                     *           "lastError": "text",
                     *           "nextAttemptAt": "2026-03-02T09:30:00.000Z",
                     *           "deliveredAt": "2026-03-02T09:30:00.000Z",
                     *           "createdAt": "2026-03-02T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "text"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            400: components["responses"]["auditEvents.list.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "webhookDeliveries.replay": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "subscriptionId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                     *       "outboxId": "text",
                     *       "eventType": "ticket.dispatched",
                     *       "payload": {},
                     *       "status": "pending",
                     *       "attempts": 1,
                     *       "lastStatusCode": 1,
                     *       "lastError": "text",
                     *       "nextAttemptAt": "2026-03-02T09:30:00.000Z",
                     *       "deliveredAt": "2026-03-02T09:30:00.000Z",
                     *       "createdAt": "2026-03-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDeliveryView"];
                };
            };
            400: components["responses"]["me.get.400"];
            401: components["responses"]["auditEvents.list.401"];
            403: components["responses"]["auditEvents.list.403"];
            404: components["responses"]["auditEvents.list.404"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "metrics.scrape": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example text */
                    "text/plain": string;
                };
            };
            400: components["responses"]["health.check.400"];
            408: components["responses"]["auditEvents.list.408"];
            413: components["responses"]["auditEvents.list.413"];
            415: components["responses"]["auditEvents.list.415"];
            429: components["responses"]["auditEvents.list.429"];
            431: components["responses"]["auditEvents.list.431"];
            503: components["responses"]["auditEvents.list.503"];
        };
    };
    "webhooks.ticket.filed": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "ticket.filed",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": (components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "ticket.filed";
                }) | (components["schemas"]["ChannelWebhookPayload"] & {
                    /** @constant */
                    type?: "ticket.filed";
                });
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.ticket.dispatched": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "ticket.dispatched",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "ticket.dispatched";
                };
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.ticket.signed": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "ticket.signed",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": (components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "ticket.signed";
                }) | (components["schemas"]["ChannelWebhookPayload"] & {
                    /** @constant */
                    type?: "ticket.signed";
                });
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.ticket.returned": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "ticket.returned",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "ticket.returned";
                };
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.ticket.transferred": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "ticket.transferred",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "ticket.transferred";
                };
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.cohandling.assigned": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "cohandling.assigned",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "cohandling.assigned";
                };
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.cohandling.cancelled": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "cohandling.cancelled",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "cohandling.cancelled";
                };
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.extension.requested": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "extension.requested",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "extension.requested";
                };
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.extension.decided": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "extension.decided",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "extension.decided";
                };
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.ticket.help_requested": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "ticket.help_requested",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "ticket.help_requested";
                };
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.feedback.submitted": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "feedback.submitted",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "feedback.submitted";
                };
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.feedback.rejected": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "feedback.rejected",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "feedback.rejected";
                };
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.ticket.replied": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "ticket.replied",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": (components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "ticket.replied";
                }) | (components["schemas"]["ChannelWebhookPayload"] & {
                    /** @constant */
                    type?: "ticket.replied";
                });
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.ticket.closed": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "ticket.closed",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": (components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "ticket.closed";
                }) | (components["schemas"]["ChannelWebhookPayload"] & {
                    /** @constant */
                    type?: "ticket.closed";
                });
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.ticket.reopened": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "ticket.reopened",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": (components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "ticket.reopened";
                }) | (components["schemas"]["ChannelWebhookPayload"] & {
                    /** @constant */
                    type?: "ticket.reopened";
                });
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.stage.warning": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "stage.warning",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "stage.warning";
                };
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.stage.breached": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "stage.breached",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "stage.breached";
                };
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.ticket.escalated": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "ticket.escalated",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "ticket.escalated";
                };
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.supervision.issued": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "supervision.issued",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "supervision.issued";
                };
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.supervision.warning": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "supervision.warning",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "supervision.warning";
                };
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.supervision.breached": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "supervision.breached",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "supervision.breached";
                };
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.ticket.urged": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "ticket.urged",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "ticket.urged";
                };
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.ticket.upgraded": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "ticket.upgraded",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "ticket.upgraded";
                };
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.commitment.at_risk": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "commitment.at_risk",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "commitment.at_risk";
                };
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.ticket.revisited": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "ticket.revisited",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": (components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "ticket.revisited";
                }) | (components["schemas"]["ChannelWebhookPayload"] & {
                    /** @constant */
                    type?: "ticket.revisited";
                });
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.ticket.withdrawn": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "ticket.withdrawn",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": (components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "ticket.withdrawn";
                }) | (components["schemas"]["ChannelWebhookPayload"] & {
                    /** @constant */
                    type?: "ticket.withdrawn";
                });
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.ticket.archived": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "ticket.archived",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": (components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "ticket.archived";
                }) | (components["schemas"]["ChannelWebhookPayload"] & {
                    /** @constant */
                    type?: "ticket.archived";
                });
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.suggestion.schedule_reported": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "suggestion.schedule_reported",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "suggestion.schedule_reported";
                };
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhooks.suggestion.analysed": {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse messages more than a few minutes old */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret (base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "type": "suggestion.analysed",
                 *       "occurredAt": "2026-03-02T09:30:00.000Z",
                 *       "ticketId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "ticketNumber": "HA20260302000123",
                 *       "ticketPath": "/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *       "kind": "complaint",
                 *       "subject": "text",
                 *       "businessType": "mobile.billing",
                 *       "level": "general",
                 *       "customerTier": "vip",
                 *       "status": "review",
                 *       "commitmentDueAt": "2026-03-02T09:30:00.000Z",
                 *       "stage": {
                 *         "id": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "kind": "commitment",
                 *         "unitId": "3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10",
                 *         "status": "open",
                 *         "warnAt": "2026-03-02T09:30:00.000Z",
                 *         "dueAt": "2026-03-02T09:30:00.000Z"
                 *       },
                 *       "data": {}
                 *     }
                 */
                "application/json": components["schemas"]["WebhookPayload"] & {
                    /** @constant */
                    type?: "suggestion.analysed";
                };
            };
        };
        responses: {
            /** @description Received; any 2xx is success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
