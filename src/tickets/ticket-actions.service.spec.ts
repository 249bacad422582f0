import { PATH_METADATA } from '@nestjs/common/constants';
import { POLICY } from '../auth/policy/policy';
import { COMMAND_OPERATIONS } from './domain/ticket-transition-rules';
import { ANNOTATION_ROUTES, COMMAND_ROUTES } from './ticket-actions.service';
import { TicketsController } from './tickets.controller';

/** The route table the actions are built from against the controller's own routes: path and body type. */
describe('the routes of the listed actions', () => {
  const routes = [
    ...Object.entries(COMMAND_ROUTES).map(([type, r]) => ({ ...r, operation: COMMAND_OPERATIONS[type as keyof typeof COMMAND_ROUTES] })),
    ...ANNOTATION_ROUTES,
  ];
  it.each(routes.map((r) => [r.operation, r] as const))('%s is where the controller serves it, with its body', (operation, route) => {
    const handler = POLICY[operation].operationId.replace(/^TicketsController_/, '') as keyof TicketsController;
    const method = TicketsController.prototype[handler] as object;
    expect(Reflect.getMetadata(PATH_METADATA, method)).toBe(`:id/${route.path}`);
    const params = (Reflect.getMetadata('design:paramtypes', TicketsController.prototype, handler) ?? []) as unknown[];
    if (route.body) expect(params).toContain(route.body);
  });
});
