import { createParamDecorator, ExecutionContext } from '@nestjs/common';

/** The request id pino-http assigned (or the caller sent as X-Request-Id); copied into events and jobs. */
export const RequestId = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined => {
  const id = ctx.switchToHttp().getRequest<{ id?: unknown }>().id;
  return typeof id === 'string' ? id : undefined;
});
