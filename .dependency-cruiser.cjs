/**
 * The import graph the architecture allows (docs/architecture.md, "Dependency direction"), checked
 * by `npm run lint:imports` in `npm test`. Type-only imports count: a type is a dependency too.
 */
const CONTEXTS = 'auth|audit|org|tickets|routing|sla|supervision|exports|notifications|taxonomy|throttle|health|metrics|redis';

/** The pure parts: the domain folders and the authorization policy table. */
const PURE = `^src/(?:[^/]+/domain|auth/policy)/`;

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles: each module can be read, tested and replaced after the ones it imports.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'pure-code-no-frameworks',
      severity: 'error',
      comment: 'Domain code and the policy table are pure functions over plain data: no Nest, no TypeORM, no database driver.',
      from: { path: PURE, pathNot: '\\.spec\\.ts$' },
      to: { path: '(?:^|/)node_modules/(?:@nestjs/|typeorm/|pg/|ioredis/|bullmq/)' },
    },
    {
      name: 'pure-code-imports-pure-code',
      severity: 'error',
      comment: 'Domain code imports only other pure code: domain folders, the policy table and common/ helpers.',
      from: { path: PURE, pathNot: '\\.spec\\.ts$' },
      to: { path: '^src/', pathNot: [PURE, '^src/common/'] },
    },
    {
      name: 'common-imports-no-context',
      severity: 'error',
      comment:
        'common/ is the vocabulary and plumbing every context shares; it depends on none of them. The two API ' +
        'catalogues (error codes per operation, the OpenAPI prose) read the policy and the domain tables of the contexts ' +
        'and are imported only by the document builder (src/openapi.ts).',
      from: { path: '^src/common/', pathNot: ['^src/common/(?:error-codes|openapi-docs)\\.ts$', '\\.spec\\.ts$'] },
      to: { path: `^src/(?:${CONTEXTS})/` },
    },
    {
      name: 'api-catalogues-only-for-the-document',
      severity: 'error',
      comment: 'The API catalogues import the contexts, so no context may import them back.',
      from: { path: `^src/(?:${CONTEXTS})/`, pathNot: '\\.spec\\.ts$' },
      to: { path: '^src/common/(?:error-codes|openapi-docs)\\.ts$' },
    },
    {
      name: 'sla-reaches-tickets-through-ports',
      severity: 'error',
      comment:
        'Tickets depend on SLA (deadlines, arming), so SLA reaches the ticket writer only through the ports it owns ' +
        '(DeadlineRecountPort, TicketFiringPort). It may use the ticket vocabulary of tickets/domain.',
      from: { path: '^src/sla/' },
      to: { path: '^src/tickets/', pathNot: '^src/tickets/domain/' },
    },
    {
      name: 'lower-contexts-do-not-import-tickets',
      severity: 'error',
      comment:
        'The org tree, authentication, taxonomy, routing, audit and the plumbing contexts sit below tickets: they may ' +
        'use the ticket vocabulary (tickets/domain) but no ticket service, entity or module.',
      from: { path: '^src/(?:auth|audit|org|taxonomy|routing|throttle|health|metrics|redis)/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^src/tickets/', pathNot: '^src/tickets/domain/' },
    },
    {
      name: 'data-source-only-in-repositories',
      severity: 'error',
      comment:
        'SQL lives in repositories: only *.repository.ts and src/database/ inject the DataSource (@nestjs/typeorm); ' +
        'the root module registers TypeORM.',
      from: { path: '^src/', pathNot: ['\\.repository\\.ts$', '^src/database/', '^src/app\\.module\\.ts$'] },
      to: { path: '(?:^|/)node_modules/@nestjs/typeorm/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.d\\.ts$' },
  },
};
